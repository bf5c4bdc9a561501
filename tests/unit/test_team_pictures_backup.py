"""Promise: a colleague's lesson keeps its pictures through every backup. The JSON backup
brings the lesson back linked to its pictures (``team_pictures``), so the team library
shows them and ``collect()`` keeps them; a copy of the whole file keeps them as they are
(issue #18)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from tests import picture_samples as samples
from tests.conftest import Cli
from tests.unit.test_team_pictures import BO, E1, E2, _png, lesson, put, record, ref

from reflekt.core.journal import Journal
from reflekt.core.storage import picture_keep
from reflekt.share import export, team
from reflekt.share.importers import import_file

LONG_AGO = "2020-01-01T09:00:00+00:00"  # past the grace a picture on its way in gets


@pytest.fixture
def folder(journal: Journal, tmp_path: Path) -> Path:
    path = tmp_path / "Team"
    path.mkdir()
    team.set_folder(journal, path)
    return path


def lesson_pictures(journal: Journal) -> list[tuple[str, int, str, str]]:
    """(lesson id, position, sha256, caption) of every colleague's picture link."""
    return journal.db.execute(
        "SELECT l.entry_id, t.position, t.sha256, t.caption FROM team_pictures t "
        "JOIN team_lessons l ON l.seq = t.lesson_seq ORDER BY l.entry_id, t.position"
    ).fetchall()


def json_backup(journal: Journal, path: Path) -> dict:
    preview = export.prepare_export(journal, export.ExportOptions(format="backup"))
    export.write_export(journal, preview, path)
    return json.loads(path.read_text(encoding="utf-8"))


def a_colleagues_lesson_with_a_picture(journal: Journal, folder: Path) -> tuple[str, bytes]:
    """Bo's lesson showing one picture (and one without), kept long ago: (sha256, bytes)."""
    raw = _png((3, 90, 250), (80, 60))
    sha = hashlib.sha256(raw).hexdigest()
    put(
        folder,
        [lesson(E1, "The board\n\n" + ref(sha, "the board")), lesson(E2, "no picture", "Two")],
        [record(raw)],
    )
    team.scan(journal)
    with journal.db.atomic():
        picture_keep.set_added(journal.db, sha, LONG_AGO)
    return sha, journal.pictures.data(sha)


def test_a_json_backup_brings_a_colleagues_lesson_back_with_its_picture(
    journal: Journal, folder: Path, tmp_path: Path
) -> None:
    sha, stored = a_colleagues_lesson_with_a_picture(journal, folder)
    links = lesson_pictures(journal)
    assert links == [(E1, 1, sha, "the board")]
    json_backup(journal, tmp_path / "backup.json")

    with Journal.open(tmp_path / "restored.reflekt") as restored:
        report = import_file(restored, tmp_path / "backup.json")
        assert not any("icture" in note for note in report.warnings)  # none skipped
        assert sorted(lesson.entry_id for lesson in restored.team.lessons()) == [E1, E2]
        assert lesson_pictures(restored) == links  # the library shows the picture
        data = restored.pictures.data(sha)
        assert data == stored and hashlib.sha256(data).hexdigest() == sha
        assert sha not in restored.pictures.unreferenced()
        assert restored.pictures.collect() == 0  # kept, though it came in long ago
        assert restored.pictures.data(sha) == stored
        # Brought back a second time: nothing doubled, the link still one.
        import_file(restored, tmp_path / "backup.json")
        assert lesson_pictures(restored) == links
        assert len(restored.pictures.all()) == 1
        # And when Bo withdraws the lesson, the picture is free to go again.
        restored.team.forget_author(BO)
        assert restored.pictures.collect() == 1
        assert restored.pictures.all() == []


def test_a_colleagues_picture_changed_on_the_way_back_is_shown_in_its_kept_form(
    journal: Journal, folder: Path, tmp_path: Path
) -> None:
    """A crafted backup holds a raw phone photo under its own hash for a colleague's
    lesson: it is kept without its metadata, and the lesson points at what was kept."""
    a_colleagues_lesson_with_a_picture(journal, folder)
    data = json_backup(journal, tmp_path / "backup.json")
    photo = samples.photo_with_metadata(320, 240)
    raw_sha = hashlib.sha256(photo).hexdigest()
    [row] = [r for r in data["journal"]["team_lessons"] if r["entry_id"] == E1]
    row["body"] = "Site visit\n\n" + ref(raw_sha, "site visit")
    data["journal"]["pictures"] = [
        {"sha256": raw_sha, "type": "jpeg", "data": base64.b64encode(photo).decode()}
    ]
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(data), encoding="utf-8")

    with Journal.open(tmp_path / "restored.reflekt") as restored:
        import_file(restored, crafted)
        [kept] = restored.pictures.all()
        assert kept.sha256 != raw_sha
        assert samples.CAMERA.encode() not in restored.pictures.data(kept.sha256)
        [shown] = [lesson for lesson in restored.team.lessons() if lesson.entry_id == E1]
        assert f"(picture:{kept.sha256})" in shown.body and raw_sha not in shown.body
        assert lesson_pictures(restored) == [(E1, 1, kept.sha256, "site visit")]


def test_a_copy_of_the_whole_file_keeps_a_colleagues_lesson_with_its_picture(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    path = tmp_path / "journal.reflekt"
    shared = tmp_path / "Team"
    shared.mkdir()
    with Journal.open(path) as journal:
        team.set_folder(journal, shared)
        sha, stored = a_colleagues_lesson_with_a_picture(journal, shared)
        links = lesson_pictures(journal)
        made = journal.backups.make()
        journal.team.forget_author(BO)  # then the lesson and its picture go
        assert journal.pictures.collect() == 1

    Cli(path, capsys, monkeypatch).ok("restore", str(made))
    with Journal.open(path) as restored:
        assert lesson_pictures(restored) == links
        assert restored.pictures.data(sha) == stored
        assert restored.pictures.collect() == 0
