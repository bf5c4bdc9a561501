"""Day One's *JSON in Zip* export brings its photos along: stored without their metadata,
shown where the entry's text showed them, and a missing or bad photo is a note, never
the loss of its entry."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from reflekt import messages
from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.share.importers import import_file

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
DAYONE = FIXTURES / "dayone_export_real.json"

pytestmark = pytest.mark.skipif(
    not DAYONE.exists(), reason=f"the shared fixtures are not beside the repository ({FIXTURES})"
)

HELLO = "2BF9C546"  # "# Hello Again\nThis is my second diary\\."
HISTORY = "49058FC2"  # "This is something happened in history."
FUTURE = "D2AAA4D7"  # "This will be something happening in future"
GPS_PLACE = "Storgatan 1 Umea"


def _photo_with_gps(colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS, the camera, the owner and a comment."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "PhoneModel X"  # Model
    exif[0x013B] = "Anna Andersson"  # Artist
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (63.0, 49.0, 30.0), 3: "E", 4: (20.0, 15.0, 50.0), 27: GPS_PLACE})
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif, comment=b"taken at home")
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as im:  # it really has them
        assert im.getexif().get_ifd(0x8825)[2] == (63.0, 49.0, 30.0)
    assert b"PhoneModel X" in data
    return data


def _entry(data: dict[str, Any], uuid_start: str) -> dict[str, Any]:
    return next(e for e in data["entries"] if e["uuid"].startswith(uuid_start))


def _export(tmp_path: Path, photos: dict[str, bytes], change: Any) -> Path:
    """A Day One zip: the real fixture's JSON, changed by ``change``, and ``photos``
    (member name -> bytes) beside it."""
    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    change(data)
    archive = tmp_path / "Export - Journal.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Journal.json", json.dumps(data))
        for name, content in photos.items():
            z.writestr(name, content, compress_type=zipfile.ZIP_STORED)
    return archive


def _listing(identifier: str, data: bytes, kind: str = "jpeg") -> dict[str, Any]:
    """A photo as Day One lists it in an entry's ``photos``."""
    return {
        "identifier": identifier,
        "md5": hashlib.md5(data).hexdigest(),
        "type": kind,
        "orderInEntry": 0,
        "width": 640,
        "height": 480,
        "creationDevice": "PhoneModel X",
        "location": {"placeName": GPS_PLACE},
    }


def _by_uuid(journal: Journal, uuid_start: str) -> Any:
    """An imported entry, found by the text the fixture gave it."""
    texts = {
        HELLO: "This is my second diary.",
        HISTORY: "This is something happened in history.",
        FUTURE: "This will be something happening in future",
    }
    return next(e for e in journal.iter_entries() if e.body.startswith(texts[uuid_start]))


def _no_metadata(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as im:
        assert not im.getexif(), "no EXIF at all"
        assert not im.getexif().get_ifd(0x8825), "no GPS"
        assert "exif" not in im.info and "comment" not in im.info
    for secret in (GPS_PLACE.encode(), b"PhoneModel X", b"PhoneMaker", b"Anna", b"at home"):
        assert secret not in data


def test_photos_come_in_where_the_text_showed_them(journal: Journal, tmp_path: Path) -> None:
    red, blue = _photo_with_gps((200, 30, 30)), _photo_with_gps((30, 30, 200), (480, 640))
    listed_red, listed_blue = _listing("AAAA1111", red), _listing("BBBB2222", blue)

    def change(data: dict[str, Any]) -> None:
        hello = _entry(data, HELLO)
        hello["text"] += "\n\n![](dayone-moment://AAAA1111)\n\nAfter the photo\\."
        hello["photos"] = [listed_red]
        # Listed but not in the text: it comes at the end.
        _entry(data, HISTORY)["photos"] = [listed_blue]

    archive = _export(
        tmp_path,
        {f"photos/{listed_red['md5']}.jpeg": red, f"photos/{listed_blue['md5']}.jpeg": blue},
        change,
    )
    report = import_file(journal, archive)
    assert report.imported == 9
    assert not any("photo" in w.lower() for w in report.warnings), report.warnings

    hello = _by_uuid(journal, HELLO)
    refs = pictures.references(hello.body)
    assert len(refs) == 1
    # Where the moment reference was: between the two paragraphs, the escape removed.
    assert hello.body == (
        "This is my second diary.\n\n" + pictures.reference(refs[0].sha256) + "\n\nAfter the photo."
    )
    assert "dayone-moment" not in hello.body
    shown = journal.pictures.of_entry(hello.id)
    assert [(p.position, p.sha256, p.type, p.width, p.height) for p in shown] == [
        (1, refs[0].sha256, "jpeg", 640, 480)
    ]
    stored = journal.pictures.data(refs[0].sha256)
    assert hashlib.sha256(stored).hexdigest() == refs[0].sha256
    _no_metadata(stored)

    history = _by_uuid(journal, HISTORY)
    (ref,) = pictures.references(history.body)
    assert history.body.endswith(pictures.reference(ref.sha256))
    assert history.body.startswith("This is something happened in history.")
    _no_metadata(journal.pictures.data(ref.sha256))
    assert journal.pictures.info(ref.sha256).height == 640  # type: ignore[union-attr]

    # Not extracted anywhere, and a second import adds nothing (entries or pictures).
    assert not (tmp_path / "photos").exists()
    kept = {p.sha256 for p in journal.pictures.all()}
    again = import_file(journal, archive)
    assert (again.imported, again.duplicates) == (0, 9)
    assert {p.sha256 for p in journal.pictures.all()} == kept


def test_a_missing_or_bad_photo_is_a_note_and_its_entry_is_kept(
    journal: Journal, tmp_path: Path
) -> None:
    good = _photo_with_gps((10, 150, 10))
    html = b"<html><script>alert(1)</script></html>"
    listed_good = _listing("C0C0C0C0", good)
    listed_missing = _listing("DEADBEEF", b"never in the zip")
    listed_html = _listing("FEEDF00D", html)

    def change(data: dict[str, Any]) -> None:
        future = _entry(data, FUTURE)
        future["text"] += (
            "\n\n![](dayone-moment://C0C0C0C0)\n\n![](dayone-moment://DEADBEEF)"
            "\n\n![](dayone-moment://FEEDF00D)"
        )
        future["photos"] = [listed_good, listed_missing, listed_html]

    archive = _export(
        tmp_path,
        {
            f"photos/{listed_good['md5']}.jpeg": good,
            f"photos/{listed_html['md5']}.jpeg": html,
        },
        change,
    )
    report = import_file(journal, archive)
    assert report.imported == 9
    missing = [w for w in report.warnings if listed_missing["md5"] in w]
    refused = [w for w in report.warnings if listed_html["md5"] in w]
    assert len(missing) == 1 and "is not in the archive" in missing[0]
    assert len(refused) == 1 and "is named as a picture but is not one" in refused[0]

    future = _by_uuid(journal, FUTURE)
    (ref,) = pictures.references(future.body)
    assert [p.sha256 for p in journal.pictures.of_entry(future.id)] == [ref.sha256]
    # The photos that did not come keep Day One's reference: nothing written is lost.
    assert "![](dayone-moment://DEADBEEF)" in future.body
    assert "![](dayone-moment://FEEDF00D)" in future.body
    assert len(journal.pictures.all()) == 1


def test_the_notes_read_in_swedish(journal: Journal, tmp_path: Path) -> None:
    html = b"<html>not a photo</html>"
    gone, refused = _listing("ABCDEF01", b"gone"), _listing("ABCDEF02", html)

    def change(data: dict[str, Any]) -> None:
        entry = _entry(data, FUTURE)
        entry["text"] += "\n\n![](dayone-moment://ABCDEF01)\n\n![](dayone-moment://ABCDEF02)"
        entry["photos"] = [gone, refused]
        entry["videos"] = [{"identifier": "V1", "md5": "0" * 32, "type": "mov"}]

    archive = _export(tmp_path, {f"photos/{refused['md5']}.jpeg": html}, change)
    messages.set_language("sv")
    try:
        report = import_file(journal, archive)
        lines = report.lines()
    finally:
        messages.set_language("en")
    notes = [line for line in lines if "photos/" in line or "filmer" in line]
    assert len(notes) == 3, lines
    assert any("finns inte i arkivet" in n for n in notes)
    assert any("importerades inte" in n and refused["md5"] in n for n in notes)
    english = re.compile(r"\b(the|is|not|and|was|of|with|photo|entry|kept|Note)\b")
    for note in notes:
        quoted = re.sub(r"'[^']*'|photos/\S+", "", note)  # file names stay as they are
        assert english.findall(quoted) == [], note


def test_a_plain_json_export_says_where_the_photos_are(journal: Journal, tmp_path: Path) -> None:
    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    _entry(data, FUTURE)["photos"] = [_listing("ABCDEF01", b"x")]
    source = tmp_path / "Journal.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    report = import_file(journal, source)
    assert any("Import Day One's .zip export" in w for w in report.warnings), report.warnings
    assert journal.pictures.all() == []


def test_a_photo_that_unpacks_far_beyond_its_size_refuses_the_archive(
    journal: Journal, tmp_path: Path
) -> None:
    bomb = b"\0" * (8 * 1024 * 1024)  # deflates ~1000:1
    listed = _listing("B0B0B0B0", bomb)

    def change(data: dict[str, Any]) -> None:
        entry = _entry(data, FUTURE)
        entry["photos"] = [listed]

    archive = tmp_path / "bomb.zip"
    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    change(data)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Journal.json", json.dumps(data))
        z.writestr(f"photos/{listed['md5']}.jpeg", bomb)
    from reflekt.errors import FileRejected

    with pytest.raises(FileRejected, match="unpacks to far more"):
        import_file(journal, archive)
    assert list(journal.iter_entries()) == []
    assert journal.pictures.all() == []


def test_a_photo_over_the_picture_limit_is_a_note(journal: Journal, tmp_path: Path) -> None:
    huge = b"\0" * (41 * 1024 * 1024)  # never read: its size in the zip says enough
    listed = _listing("0B0B0B0B", huge)

    def change(data: dict[str, Any]) -> None:
        entry = _entry(data, FUTURE)
        entry["text"] += "\n\n![](dayone-moment://0B0B0B0B)"
        entry["photos"] = [listed]

    data = json.loads(DAYONE.read_text(encoding="utf-8"))
    change(data)
    archive = tmp_path / "huge.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Journal.json", json.dumps(data))
        z.writestr(f"photos/{listed['md5']}.jpeg", huge)
    report = import_file(journal, archive)
    assert report.imported == 9
    (note,) = [w for w in report.warnings if listed["md5"] in w]
    assert "it is 41 MB, and reflekt keeps pictures of up to 40 MB" in note
    assert journal.pictures.all() == []
