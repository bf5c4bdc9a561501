"""Colleagues' pictures in the team library: each checked again on the way in; one that
fails is dropped with a note, the lesson and the rest kept (issue #18)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from tests.share_picture_samples import add_photo, has_metadata

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.messages import language, set_language
from reflekt.share import bundle, export, team
from reflekt.share.importers import import_file

BO = "5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10"
E1 = "00000000-0000-4000-8000-000000000001"
E2 = "00000000-0000-4000-8000-000000000002"


def _png(colour: tuple[int, int, int] = (10, 200, 90), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _bomb() -> bytes:
    """A tiny PNG that declares 30000 x 30000 pixels (3.6 GB once decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\0" * 3 * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def record(raw: bytes, kind: str = "png", **changes: object) -> dict[str, object]:
    made: dict[str, object] = {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "type": kind,
        "size": len(raw),
        "data": base64.b64encode(raw).decode("ascii"),
    }
    made.update(changes)
    return made


def lesson(entry_id: str, body: str, title: str = "Board") -> dict[str, object]:
    return {
        "id": entry_id,
        "revision": 1,
        "day": "2026-03-14",
        "kind": "lesson",
        "title": title,
        "body": body,
    }


def ref(sha256: str, caption: str = "") -> str:
    return pictures.reference(sha256, caption)


def put(folder: Path, entries: list, carried: list, name: str = "bo.reflekt.json") -> Path:
    data = bundle.build(
        author_id=BO,
        author_name="Bo Berg",
        author_team="Support",
        exported="2026-03-14T09:00:00+01:00",
        entries=entries,
        pictures=carried,
    )
    path = folder / name
    path.write_bytes(bundle.encode(data))  # as a hostile writer would: unchecked
    return path


@pytest.fixture
def folder(journal: Journal, tmp_path: Path) -> Path:
    path = tmp_path / "Team"
    path.mkdir()
    team.set_folder(journal, path)
    return path


def _body(journal: Journal) -> str:
    [shown] = journal.team.lessons()
    return shown.body


def test_a_colleagues_bundle_brings_its_pictures(journal: Journal, tmp_path: Path) -> None:
    """The whole way: Bo shares a lesson with a photo, the library shows it, clean."""
    with Journal.open(tmp_path / "bo.reflekt") as bo:
        bo.set_setting(export.AUTHOR_NAME, "Bo Berg")
        _, sha256 = add_photo(bo)
        stored = bo.pictures.data(sha256)
        preview = export.prepare_export(bo, export.ExportOptions("bundle"))
        shared = tmp_path / "Team"
        shared.mkdir()
        export.write_export(bo, preview, shared / preview.suggested_name)
    report = team.scan(journal, shared)
    assert report.pictures_dropped == [] and report.problems == []
    assert f"(picture:{sha256})" in _body(journal)
    assert journal.pictures.data(sha256) == stored  # prepare of a clean picture keeps it
    assert not has_metadata(journal.pictures.data(sha256))
    assert journal.pictures.thumbnail(sha256)
    assert sha256 not in journal.pictures.unreferenced()  # linked by team_pictures


def test_each_failing_picture_is_dropped_with_a_note_and_the_lesson_kept(
    journal: Journal, folder: Path
) -> None:
    good = _png()
    html = b"<!DOCTYPE html><html><script>alert(1)</script></html>"
    bomb = _bomb()
    other = _png((200, 10, 10))
    wrong_hash = record(other, sha256="e" * 64)
    huge = record(b"\0" * 10, data="A" * 3_000_000)  # 2.25 MB where 10 bytes are said
    not_base64 = record(_png((1, 2, 3)), data="!!!! not base64 !!!!")
    jpeg_said = record(_png((9, 9, 9)), kind="jpeg")
    carried = [record(good), record(html), record(bomb), wrong_hash, huge, not_base64, jpeg_said]
    missing = "f" * 64
    hashes = [r["sha256"] for r in carried] + [missing]
    body = "Our board.\n\n" + "\n\n".join(ref(h, f"pic {n}") for n, h in enumerate(hashes))
    put(folder, [lesson(E1, body), lesson(E2, "No pictures here", "Other")], carried)
    before = {r.sha256 for r in journal.pictures.all()}

    report = team.scan(journal)

    assert report.problems == []  # the file was read
    assert sorted(x.title for x in journal.team.lessons()) == ["Board", "Other"]
    dropped = {picture: why for _, picture, why in report.pictures_dropped}
    assert set(dropped) == set(hashes[1:])
    assert all(name == "bo.reflekt.json" for name, _, _ in report.pictures_dropped)
    assert "SHA-256" in dropped["e" * 64]
    assert "bytes" in dropped[huge["sha256"]]  # its length is not the one it says
    assert "base64" in dropped[not_base64["sha256"]]
    assert "JPEG" in dropped[jpeg_said["sha256"]]
    assert "does not carry" in dropped[missing]
    # Only the good picture is kept; the refused ones left nothing behind.
    good_sha = hashlib.sha256(good).hexdigest()
    assert {r.sha256 for r in journal.pictures.all()} - before == {good_sha}
    # The sync report names the file and the picture, for a person and in --json.
    lines = "\n".join(report.lines())
    assert "In bo.reflekt.json, the picture " + html_sha(html)[:12] in lines
    assert {d["picture"] for d in report.to_dict()["pictures_dropped"]} == set(hashes[1:])
    was = language()
    set_language("sv")
    try:
        assert "utelämnades" in "\n".join(report.lines())
    finally:
        set_language(was)


def html_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_bundle_with_a_malformed_picture_record_keeps_its_lessons(
    journal: Journal, folder: Path
) -> None:
    carried = [record(_png()), {"sha256": "<script>", "type": "gif", "size": -1, "data": 5}]
    put(folder, [lesson(E1, "Text " + ref(hashlib.sha256(_png()).hexdigest()))], carried)
    report = team.scan(journal)
    assert report.problems == [] and len(journal.team.lessons()) == 1
    [(_name, picture, _)] = report.pictures_dropped
    assert picture == "pictures/1" and "<script>" not in "\n".join(report.lines())


def test_pictures_in_a_version_1_bundle_refuse_the_file(journal: Journal, folder: Path) -> None:
    path = put(folder, [lesson(E1, "x")], [record(_png())])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    report = team.scan(journal)
    assert len(report.problems) == 1 and "version 1" in report.problems[0][1]
    assert journal.team.lessons() == []


def test_a_withdrawn_lesson_or_forgotten_colleague_frees_their_pictures(
    journal: Journal, folder: Path
) -> None:
    first, second = _png((1, 1, 200)), _png((200, 1, 1))
    a, b = html_sha(first), html_sha(second)
    put(folder, [lesson(E1, ref(a)), lesson(E2, ref(b), "Two")], [record(first), record(second)])
    team.scan(journal)
    assert not {a, b} & set(journal.pictures.unreferenced())
    # Bo withdraws the second lesson: its picture is no longer needed.
    later = bundle.build(
        author_id=BO,
        author_name="Bo Berg",
        author_team="Support",
        exported="2026-03-15T09:00:00+01:00",
        entries=[lesson(E1, ref(a))],
        pictures=[record(first)],
    )
    (folder / "bo.reflekt.json").write_bytes(bundle.encode(later))
    team.scan(journal)
    assert set(journal.pictures.unreferenced()) & {a, b} == {b}
    journal.team.forget_author(BO)
    assert set(journal.pictures.unreferenced()) & {a, b} == {a, b}


def test_a_bundle_imported_by_hand_checks_its_pictures_too(
    journal: Journal, tmp_path: Path
) -> None:
    html = b"<html>not a picture</html>"
    path = put(tmp_path, [lesson(E1, ref(html_sha(html), "x"))], [record(html)])
    report = import_file(journal, path)
    assert len(journal.team.lessons()) == 1
    assert any("was left out" in w for w in report.warnings)
    assert journal.pictures.info(html_sha(html)) is None


def test_the_sync_limits_count_picture_bytes(journal: Journal, folder: Path) -> None:
    big = _png((5, 5, 5), (800, 800))
    put(folder, [lesson(E1, ref(html_sha(big)))], [record(big)])
    size = (folder / "bo.reflekt.json").stat().st_size
    journal.set_setting(team.AUTHOR_BYTES_SETTING, str(size - 1))
    report = team.scan(journal)
    assert journal.team.lessons() == [] and report.problems  # over the limit: not read
    assert journal.pictures.info(html_sha(big)) is None


def test_links_lost_by_a_restore_come_back(journal: Journal, folder: Path) -> None:
    first = _png((3, 3, 250))
    sha = html_sha(first)
    put(
        folder,
        [lesson(E1, "Board\n\n" + ref(sha, "b")), lesson(E2, "none", "Two")],
        [record(first)],
    )
    team.scan(journal)
    with journal.db.atomic():  # as a restore of lessons from a JSON backup leaves them
        journal.db.execute("DELETE FROM team_pictures")
    assert sha in journal.pictures.unreferenced()
    assert journal.team.relink_pictures() == 1
    assert sha not in journal.pictures.unreferenced()
