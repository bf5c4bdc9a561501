"""Pictures on the command line, as a person uses them: `add --image`, `edit --add-image`
and `--remove-image`, `reflekt images` (listed and written out), and the pictures in
`--json`, `show` and `list`. Refusals write nothing: no entry, no picture."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import Cli

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.core.models import Filters

PICTURE_KEYS = {"position", "hash", "size", "type", "caption", "width", "height"}


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> Cli:
    return Cli(tmp_path / "cli.reflekt", capsys, monkeypatch)


def _png(path: Path, colour: tuple[int, int, int] = (0, 0, 255), size=(200, 100)) -> Path:
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def _photo(path: Path, size=(3000, 2000)) -> Path:
    """A large phone photo with GPS and camera EXIF."""
    exif = Image.Exif()
    exif[0x0110] = "PhoneModel X"
    exif.get_ifd(0x8825).update({1: "N", 2: (59.0, 19.0, 45.0)})
    Image.new("RGB", size, (200, 40, 40)).save(path, "JPEG", exif=exif)
    return path


def _stored(run: Cli) -> tuple[int, int]:
    """How many entries and pictures the journal holds."""
    with Journal.open(run.journal) as journal:
        return journal.count(), len(journal.pictures.all())


def test_add_keeps_pictures_in_order_with_their_captions(run: Cli, tmp_path: Path) -> None:
    board = _photo(tmp_path / "board.jpg")
    shot = _png(tmp_path / "shot.png")
    data = run.json(
        "add",
        "What the retro found",
        "--image",
        str(board),
        "--caption",
        "The whiteboard [after] the retro",
        "--image",
        str(shot),
    )
    assert isinstance(data, dict)
    shown = data["pictures"]
    assert [set(p) for p in shown] == [PICTURE_KEYS, PICTURE_KEYS]
    assert [(p["position"], p["type"], p["caption"]) for p in shown] == [
        (1, "jpeg", "The whiteboard [after] the retro"),
        (2, "png", ""),
    ]
    # Scaled to the default long side, the bytes as kept.
    assert (shown[0]["width"], shown[0]["height"]) == (2560, 1707)
    assert (shown[1]["width"], shown[1]["height"]) == (200, 100)
    # At the end of the text, in the order given, each a paragraph of its own.
    assert data["body"] == (
        "What the retro found\n\n"
        + pictures.reference(shown[0]["hash"], "The whiteboard [after] the retro")
        + "\n\n"
        + pictures.reference(shown[1]["hash"])
    )
    again = run.json("show", data["id"])
    assert again["pictures"] == shown  # type: ignore[index]
    assert run.json("images", data["id"]) == shown


def test_add_prints_the_id_as_before(run: Cli, tmp_path: Path) -> None:
    entry_id = run.ok("add", "A screenshot of the error", "--image", str(_png(tmp_path / "e.png")))
    assert len(entry_id.strip()) == 36
    assert _stored(run) == (1, 1)


def test_a_picture_alone_makes_an_entry(run: Cli, tmp_path: Path) -> None:
    data = run.json("add", "--image", str(_png(tmp_path / "sketch.png")), "--caption", "Sketch")
    assert data["body"] == pictures.reference(data["pictures"][0]["hash"], "Sketch")  # type: ignore[index]


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (["--caption", "Alone"], "--caption 'Alone' has no picture before it"),
        (["--caption", "First", "--image", "GOOD"], "has no picture before it"),
        (["--image", "GOOD", "--caption", "a", "--caption", "b"], "has two captions"),
    ],
)
def test_a_caption_without_its_picture_is_refused(
    run: Cli, tmp_path: Path, args: list[str], match: str
) -> None:
    good = str(_png(tmp_path / "good.png"))
    run.fails("add", "text", *[good if a == "GOOD" else a for a in args], match=match)
    assert _stored(run) == (0, 0)


def _html_named_jpg(tmp_path: Path) -> Path:
    path = tmp_path / "holiday.jpg"
    path.write_text("<html><body>not a photo</body></html>")
    return path


def _oversized(tmp_path: Path) -> Path:
    path = tmp_path / "huge.png"
    with path.open("wb") as f:  # sparse: 41 MB on paper, nothing on disk
        f.write(b"\x89PNG\r\n\x1a\n")
        f.truncate(41 * 1024 * 1024)
    return path


def _truncated(tmp_path: Path) -> Path:
    whole = _png(tmp_path / "whole.png", size=(400, 400))
    path = tmp_path / "cut.png"
    path.write_bytes(whole.read_bytes()[:200])
    return path


def _bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(path, "PNG")  # 400 Mpx in a few KB
    return path


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (_html_named_jpg, "'holiday.jpg' is named as a picture but is not one"),
        (_oversized, "'huge.png' is 41 MB"),
        (_truncated, "'cut.png' is damaged or incomplete"),
        (_bomb, "'bomb.png' is too large to open safely"),
        (lambda tmp: tmp / "nowhere.png", "'nowhere.png'"),
    ],
    ids=["html-as-jpg", "over-40-MB", "truncated", "decompression-bomb", "missing"],
)
def test_one_refused_picture_writes_nothing(
    run: Cli, tmp_path: Path, make: Any, match: str
) -> None:
    good = _png(tmp_path / "good.png")
    bad = make(tmp_path)
    run.fails("add", "text", "--image", str(good), "--image", str(bad), match=match)
    assert _stored(run) == (0, 0)


def test_an_entry_refused_keeps_no_picture(run: Cli, tmp_path: Path) -> None:
    good = _png(tmp_path / "good.png")
    run.ok("add", "first")  # the journal exists, with one entry
    run.fails("add", "text", "--title", "bad\x1b[2Jtitle", "--image", str(good), match="control")
    assert _stored(run) == (1, 0)


def test_the_same_picture_twice_is_kept_once(run: Cli, tmp_path: Path) -> None:
    shot = str(_png(tmp_path / "shot.png"))
    one = run.json("add", "a", "--image", shot)
    two = run.json("add", "b", "--image", shot, "--image", shot)
    assert [p["hash"] for p in two["pictures"]] == [one["pictures"][0]["hash"]] * 2  # type: ignore[index]
    assert _stored(run) == (2, 1)


# -- edit -------------------------------------------------------------------------------


@pytest.fixture
def three(run: Cli, tmp_path: Path) -> dict[str, Any]:
    """An entry with three pictures: red, green, blue."""
    files = [
        str(_png(tmp_path / f"{name}.png", colour))
        for name, colour in (("red", (255, 0, 0)), ("green", (0, 255, 0)), ("blue", (0, 0, 255)))
    ]
    data = run.json(
        "add",
        "Three colours",
        "--image",
        files[0],
        "--caption",
        "red",
        "--image",
        files[1],
        "--caption",
        "green",
        "--image",
        files[2],
        "--caption",
        "blue",
    )
    assert isinstance(data, dict)
    return data


def test_edit_adds_pictures_at_the_end(run: Cli, three: dict[str, Any], tmp_path: Path) -> None:
    extra = str(_png(tmp_path / "grey.png", (128, 128, 128)))
    data = run.json("edit", three["id"][:8], "--add-image", extra, "--caption", "grey")
    assert [p["caption"] for p in data["pictures"]] == ["red", "green", "blue", "grey"]  # type: ignore[index]
    assert data["revision"] == three["revision"] + 1  # type: ignore[index]
    assert data["body"].startswith("Three colours\n\n")  # type: ignore[index]


def test_edit_removes_pictures_by_their_number(run: Cli, three: dict[str, Any]) -> None:
    data = run.json("edit", three["id"], "--remove-image", "2")
    assert [p["caption"] for p in data["pictures"]] == ["red", "blue"]  # type: ignore[index]
    assert [p["position"] for p in data["pictures"]] == [1, 2]  # type: ignore[index]
    assert "\n\n\n" not in data["body"]  # type: ignore[operator]
    # Several at once count from the same numbering.
    data = run.json("edit", three["id"], "--remove-image", "1", "--remove-image", "2")
    assert data["pictures"] == []  # type: ignore[index]
    assert data["body"] == "Three colours"  # type: ignore[index]


def test_edit_removes_and_adds_in_one_change(
    run: Cli, three: dict[str, Any], tmp_path: Path
) -> None:
    extra = str(_png(tmp_path / "black.png", (0, 0, 0)))
    data = run.json(
        "edit", three["id"], "--remove-image", "3", "--add-image", extra, "--title", "Colours"
    )
    assert [p["caption"] for p in data["pictures"]] == ["red", "green", ""]  # type: ignore[index]
    assert data["title"] == "Colours"  # type: ignore[index]
    assert data["revision"] == three["revision"] + 1  # type: ignore[index]


@pytest.mark.parametrize(
    ("number", "match"),
    [
        ("4", "The entry has 3 pictures, so there is no picture 4"),
        ("0", "a picture's number is a whole number from 1"),
        ("two", "a picture's number is a whole number from 1"),
    ],
)
def test_removing_a_picture_that_is_not_there_changes_nothing(
    run: Cli, three: dict[str, Any], number: str, match: str
) -> None:
    run.fails("edit", three["id"], "--remove-image", number, match=match)
    assert run.json("show", three["id"])["revision"] == three["revision"]  # type: ignore[index]


def test_an_entry_without_pictures_says_so(run: Cli) -> None:
    entry_id = run.ok("add", "just words").strip()
    run.fails(
        "edit",
        entry_id,
        "--remove-image",
        "1",
        match="The entry has no pictures, so there is no picture 1 to remove",
    )


def test_edit_keeps_the_revision_rules(run: Cli, three: dict[str, Any], tmp_path: Path) -> None:
    extra = str(_png(tmp_path / "grey.png", (128, 128, 128)))
    run.ok("edit", three["id"], "--title", "Changed meanwhile")
    before = _stored(run)
    run.fails(
        "edit",
        three["id"],
        "--add-image",
        extra,
        "--if-revision",
        str(three["revision"]),
        match="changed",
        code=5,
    )
    assert _stored(run) == before  # the new picture was not kept
    shown = run.json("show", three["id"])
    assert len(shown["pictures"]) == 3  # type: ignore[index]


def test_a_refused_picture_leaves_the_entry_as_it_was(
    run: Cli, three: dict[str, Any], tmp_path: Path
) -> None:
    bad = _html_named_jpg(tmp_path)
    good = str(_png(tmp_path / "grey.png", (128, 128, 128)))
    change = ["--remove-image", "1", "--add-image", good, "--add-image", str(bad)]
    run.fails("edit", three["id"], *change, match="'holiday.jpg'")
    shown = run.json("show", three["id"])
    assert shown["revision"] == three["revision"]  # type: ignore[index]
    assert _stored(run) == (1, 3)


# -- reflekt images -------------------------------------------------------------------------


def test_images_lists_them_for_a_person(run: Cli, three: dict[str, Any]) -> None:
    out = run.ok("images", three["id"][:8])
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].split()[:3] == ["1", "png", "200×100"]
    assert lines[0].endswith("red") and lines[2].endswith("blue")
    entry_id = run.ok("add", "no pictures").strip()
    assert "has no pictures" in run.ok("images", entry_id)


def test_images_writes_them_out_with_safe_names(run: Cli, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "board.jpg")
    hostile = [
        "../../etc/passwd",
        "C:\\Windows\\win.ini",
        "\x1b]52;c;ZXZpbA==\x07 clipboard",
        "Tavlan efter mötet: åäö " + "lång " * 40,
        "",
    ]
    args = []
    for caption in hostile:
        args += ["--image", str(photo), "--caption", caption]
    data = run.json("add", "captions from elsewhere", *args)
    out = tmp_path / "out"
    written = run.json("images", data["id"], "-o", str(out))  # type: ignore[index]
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "01-etc-passwd.jpg",
        "02-c-windows-win-ini.jpg",
        "03-52-c-zxzpba-clipboard.jpg",
        names[3],
        "05.jpg",
    ]
    assert names[3].startswith("04-tavlan-efter-motet-aao-lang-lang")
    assert len(names[3]) <= 2 + 1 + 60 + 4
    for name in names:
        assert name.isascii() and "/" not in name and "\\" not in name and name.isprintable()
    assert [Path(p["file"]).name for p in written] == names  # type: ignore[index]
    # The bytes as kept: the same hash, no metadata, private to the owner.
    for entry in written:  # type: ignore[union-attr]
        content = Path(entry["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["hash"]
        assert b"PhoneModel X" not in content
        with Image.open(io.BytesIO(content)) as im:
            assert not im.getexif()
        if os.name == "posix":
            assert Path(entry["file"]).stat().st_mode & 0o077 == 0


def test_images_refuses_files_that_exist_unless_forced(
    run: Cli, three: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "02-green.png").write_bytes(b"mine")
    run.fails("images", three["id"], "-o", str(out), match="02-green.png already exists")
    assert sorted(p.name for p in out.iterdir()) == ["02-green.png"]  # nothing else written
    assert (out / "02-green.png").read_bytes() == b"mine"
    printed = run.ok("images", three["id"], "-o", str(out), "--force")
    assert [Path(line).name for line in printed.splitlines()] == [
        "01-red.png",
        "02-green.png",
        "03-blue.png",
    ]
    assert (out / "02-green.png").read_bytes().startswith(b"\x89PNG")


def test_images_out_to_a_file_is_refused(run: Cli, three: dict[str, Any], tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x")
    run.fails("images", three["id"], "-o", str(target), match="is a file, not a folder")


# -- show and list ------------------------------------------------------------------------


def test_list_and_show_mark_entries_with_pictures(run: Cli, three: dict[str, Any]) -> None:
    run.ok("add", "no pictures here")
    lines = run.ok("list").splitlines()
    marked = [line for line in lines if "Three colours" in line]
    plain = [line for line in lines if "no pictures here" in line]
    assert marked[0].endswith("🖼 3") and not plain[0].endswith("🖼 3")
    assert "🖼" not in plain[0]
    assert run.ok("list", "--limit", "0").splitlines() == lines
    assert "🖼 3" in run.ok("search", "colours")
    shown = run.ok("show", three["id"])
    assert "pictures:   🖼 3" in shown
    assert f"reflekt images {three['id'][:8]}" in shown


def test_the_mark_is_ascii_where_the_output_cannot_show_it(
    run: Cli, three: dict[str, Any], monkeypatch
) -> None:
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    from reflekt.cli.output import picture_mark

    assert picture_mark(3) == "[3 pictures]"
    assert picture_mark(1) == "[1 picture]"
    assert picture_mark(0) == ""


def test_pictures_speak_swedish(run: Cli, tmp_path: Path) -> None:
    run.fails("--lang", "sv", "add", "text", "--caption", "x", match="har ingen bild före sig")
    entry_id = run.ok("add", "ord").strip()
    assert "har inga bilder" in run.ok("--lang", "sv", "images", entry_id)
    good = str(_png(tmp_path / "good.png"))
    data = run.json("edit", entry_id, "--add-image", good)
    assert "bilder:" in run.ok("--lang", "sv", "show", data["id"])  # type: ignore[index]


def test_json_keys_of_show_are_kept(run: Cli) -> None:
    entry_id = run.ok("add", "plain").strip()
    data = run.json("show", entry_id)
    assert data["pictures"] == []  # type: ignore[index]
    listed = json.loads(run.ok("list", "--json"))
    assert "pictures" not in listed[0]  # list --json stays as it was


def test_a_picture_the_journal_lacks_keeps_its_number(run: Cli, tmp_path: Path) -> None:
    shot = str(_png(tmp_path / "shot.png"))
    absent = pictures.reference("ab" * 32, "lost one")
    data = run.json("add", f"Before\n\n{absent}", "--image", shot, "--caption", "kept")
    lines = run.ok("images", data["id"]).splitlines()  # type: ignore[index]
    assert lines[0].split()[0] == "1" and "missing" in lines[0] and lines[0].endswith("lost one")
    assert lines[1].split()[:2] == ["2", "png"] and lines[1].endswith("kept")
    assert [p["position"] for p in data["pictures"]] == [2]  # type: ignore[index]
    run.ok("edit", data["id"], "--remove-image", "1")  # the missing one can be taken away
    assert run.json("images", data["id"])[0]["position"] == 1  # type: ignore[index]


def _full_disk_on_the_second_picture(monkeypatch) -> None:
    from reflekt.core.picture_store import Pictures
    from reflekt.errors import DiskFull

    keep = Pictures.add
    calls = []

    def add(self: Pictures, prepared: Any) -> Any:
        calls.append(prepared.sha256)
        if len(calls) == 2:
            raise DiskFull("The disk is full. Free some space and try again.")
        return keep(self, prepared)

    monkeypatch.setattr(Pictures, "add", add)


def test_a_full_disk_while_keeping_pictures_takes_the_new_entry_back(
    run: Cli, tmp_path: Path, monkeypatch
) -> None:
    run.ok("add", "already here")
    red, blue = _png(tmp_path / "r.png", (255, 0, 0)), _png(tmp_path / "b.png")
    _full_disk_on_the_second_picture(monkeypatch)
    run.fails("add", "new", "--image", str(red), "--image", str(blue), match="disk is full")
    with Journal.open(run.journal) as journal:
        assert [e.body for e in journal.iter_entries()] == ["already here"]
        assert list(journal.iter_entries(Filters(trash=True))) == []
        # The one picture kept before the disk filled is used by nothing: the next
        # clean-up of unused pictures takes it.
        assert [p.sha256 for p in journal.pictures.all()] == journal.pictures.unreferenced()


def test_a_full_disk_while_keeping_pictures_takes_the_edit_back(
    run: Cli, three: dict[str, Any], tmp_path: Path, monkeypatch
) -> None:
    red, grey = _png(tmp_path / "r2.png", (250, 0, 0)), _png(tmp_path / "g.png", (90, 90, 90))
    _full_disk_on_the_second_picture(monkeypatch)
    change = ["--title", "T", "--add-image", str(red), "--add-image", str(grey)]
    run.fails("edit", three["id"], *change, match="disk is full")
    shown = run.json("show", three["id"])
    assert (shown["title"], shown["body"]) == (three["title"], three["body"])  # type: ignore[index]
    assert [p["caption"] for p in shown["pictures"]] == ["red", "green", "blue"]  # type: ignore[index]


def test_pictures_in_template_sections_count_in_reading_order(run: Cli, tmp_path: Path) -> None:
    red = _png(tmp_path / "r.png", (255, 0, 0))
    blue = _png(tmp_path / "b.png", (0, 0, 255))
    in_section = pictures.reference(
        run.json("add", "x", "--image", str(red))["pictures"][0]["hash"], "in a section"
    )  # type: ignore[index]
    data = run.json(
        "add",
        "--template",
        "gibbs",
        "--section",
        f"description=The demo froze\n\n{in_section}",
        "--image",
        str(blue),
        "--caption",
        "in the body",
    )
    shown = data["pictures"]  # type: ignore[index]
    assert [p["caption"] for p in shown] == ["in a section", "in the body"]
    data = run.json("edit", data["id"], "--remove-image", "1")  # type: ignore[index]
    assert data["sections"]["description"] == "The demo froze"  # type: ignore[index]
    assert [p["caption"] for p in data["pictures"]] == ["in the body"]  # type: ignore[index]
