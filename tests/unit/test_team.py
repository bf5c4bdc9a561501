"""The team library: a synced folder of bundles, with revisions, withdrawals and debris."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from tests.backup_reference import backup_data

from reflekt.cli import main
from reflekt.core.journal import Journal
from reflekt.share import bundle, export, team

BO = "5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10"
CY = "0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5"
E1, E2, E3 = (str(uuid.UUID(int=i, version=4)) for i in (1, 2, 3))


def lesson(entry_id: str, revision: int = 1, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": entry_id,
        "revision": revision,
        "day": "2026-03-14",
        "kind": "lesson",
        "title": f"Lesson {entry_id[-1]} r{revision}",
        "body": "Återkoppling direkt efter mötet fungerar bäst",
        "sections": [{"key": "learned", "label": "Learned", "text": "Ask early"}],
        "tags": ["Feedback"],
        "skills": ["Facilitation"],
        "source": "people",
        "people": [{"description": "a colleague in Support", "relation": "learned-from"}],
    }
    data.update(changes)
    return data


def put(folder: Path, name: str, author: str, exported: str, entries: list) -> Path:
    data = bundle.build(
        author_id=author,
        author_name="Bo Berg" if author == BO else "Cy Chen",
        author_team="Support",
        exported=exported,
        entries=entries,
    )
    path = folder / name
    path.write_bytes(bundle.dumps(data))
    return path


@pytest.fixture
def folder(journal: Journal, tmp_path: Path) -> Path:
    path = tmp_path / "Team"
    path.mkdir()
    team.set_folder(journal, path)
    return path


def titles(journal: Journal) -> list[str]:
    return sorted(lesson.title for lesson in journal.team.lessons())


def test_scan_imports_revises_and_withdraws(journal: Journal, folder: Path) -> None:
    put(folder, "bo.reflekt.json", BO, "2026-03-14T09:00:00+01:00", [lesson(E1), lesson(E2)])
    put(folder, "cy.reflekt.json", CY, "2026-03-14T09:00:00+01:00", [lesson(E3)])
    report = team.scan(journal)
    assert titles(journal) == ["Lesson 1 r1", "Lesson 2 r1", "Lesson 3 r1"]
    assert report.files_read == 2 and report.changed
    # Bo edits lesson 1 and withdraws lesson 2.
    put(folder, "bo.reflekt.json", BO, "2026-03-15T09:00:00+01:00", [lesson(E1, 2)])
    report = team.scan(journal)
    assert titles(journal) == ["Lesson 1 r2", "Lesson 3 r1"]
    bo = next(u for u in report.updates if u.author == "Bo Berg")
    assert (bo.updated, bo.withdrawn) == (1, 1)
    # Scanning again changes nothing.
    assert not team.scan(journal).changed


def test_stale_copy_never_brings_back_withdrawn_lessons(journal: Journal, folder: Path) -> None:
    put(folder, "bo.reflekt.json", BO, "2026-03-15T09:00:00+01:00", [lesson(E1, 2)])
    team.scan(journal)
    # OneDrive leaves an old copy under another name: it is older, so it loses.
    put(folder, "bo-LAPTOP.reflekt.json", BO, "2026-03-14T09:00:00+01:00", [lesson(E1), lesson(E2)])
    team.scan(journal)
    assert titles(journal) == ["Lesson 1 r2"]
    # Even imported by hand, the stale bundle changes nothing.
    from reflekt.share.importers import import_file

    report = import_file(journal, folder / "bo-LAPTOP.reflekt.json")
    assert report.team is not None and report.team.stale
    assert titles(journal) == ["Lesson 1 r2"]


def test_sync_debris_is_ignored_or_reported(journal: Journal, folder: Path) -> None:
    put(folder, "bo.reflekt.json", BO, "2026-03-14T09:00:00+01:00", [lesson(E1)])
    good = (folder / "bo.reflekt.json").read_bytes()
    (folder / ".syncthing.cy.reflekt.json.tmp").write_bytes(good[:50])
    (folder / "cy.sync-conflict-20260314-120000-ABCDEF.reflekt.json").write_bytes(good)
    (folder / "~$cy.reflekt.json").write_bytes(b"lock")
    (folder / ".~lock.cy.reflekt.json#").write_bytes(b"lock")
    (folder / "empty.reflekt.json").write_bytes(b"")
    (folder / "half.reflekt.json").write_bytes(good[: len(good) // 2])
    (folder / "notes.txt").write_text("not a bundle")
    report = team.scan(journal)
    assert titles(journal) == ["Lesson 1 r1"]
    problems = dict(report.problems)
    assert set(problems) == {"empty.reflekt.json", "half.reflekt.json"}
    assert "empty" in problems["empty.reflekt.json"]
    assert "incomplete" in problems["half.reflekt.json"]
    # Every file that was not read is named, with its reason.
    copy = "cy.sync-conflict-20260314-120000-ABCDEF.reflekt.json"
    assert dict(report.conflicts)[copy].startswith("not used")
    assert "a copy of bo.reflekt.json" in dict(report.stale)[copy]
    assert set(report.copying) == {
        ".syncthing.cy.reflekt.json.tmp",
        "~$cy.reflekt.json",
        ".~lock.cy.reflekt.json#",
    }
    assert report.not_bundles == ["notes.txt"]
    lines = report.lines()
    assert any("Skipped half.reflekt.json" in line for line in lines)
    assert any("Skipped notes.txt: not a share bundle" in line for line in lines)
    assert any("Skipped ~$cy.reflekt.json: being copied" in line for line in lines)


def test_an_author_whose_file_left_the_folder_disappears(journal: Journal, folder: Path) -> None:
    path = put(folder, "cy.reflekt.json", CY, "2026-03-14T09:00:00+01:00", [lesson(E3)])
    team.scan(journal)
    path.unlink()
    report = team.scan(journal)
    assert journal.team.lessons() == []
    assert report.removed_authors == ["Cy Chen"]


def test_a_half_synced_file_does_not_remove_lessons(journal: Journal, folder: Path) -> None:
    path = put(folder, "cy.reflekt.json", CY, "2026-03-14T09:00:00+01:00", [lesson(E3)])
    team.scan(journal)
    path.write_bytes(path.read_bytes()[:40])
    team.scan(journal)
    assert titles(journal) == ["Lesson 3 r1"]


def test_search_and_filters(journal: Journal, folder: Path) -> None:
    put(folder, "bo.reflekt.json", BO, "2026-03-14T09:00:00+01:00", [lesson(E1)])
    put(
        folder,
        "cy.reflekt.json",
        CY,
        "2026-03-14T09:00:00+01:00",
        [lesson(E3, tags=["Onboarding"], skills=[], body="Pair on the first ticket")],
    )
    team.scan(journal)
    hits = journal.team.search("aterkoppling")  # diacritics folded, Swedish works
    assert [h.lesson.author_name for h in hits] == ["Bo Berg"]
    assert journal.team.search("pair*")[0].lesson.author_name == "Cy Chen"
    assert [x.author_name for x in journal.team.lessons(tag="feedback")] == ["Bo Berg"]
    assert [x.author_name for x in journal.team.lessons(skill="FACILITATION")] == ["Bo Berg"]
    assert [x.author_name for x in journal.team.lessons(author="cy chen")] == ["Cy Chen"]
    assert journal.team.count() == 2
    assert journal.count() == 0  # team lessons never mix into the person's own entries


def test_own_export_writes_one_file_named_for_the_author(journal: Journal, folder: Path) -> None:
    export.set_author(journal, "Åsa Öberg", "Support")
    journal.add("shared", title="Mine to share", visibility="shareable")
    journal.add("private", title="Mine only")
    first = team.publish(journal)
    second = team.publish(journal)
    assert first == second
    files = [p.name for p in folder.iterdir()]
    assert files == [first.name] and first.name.startswith("asa-oberg-")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert [e["title"] for e in data["entries"]] == ["Mine to share"]
    team.scan(journal)
    assert journal.team.lessons() == []  # our own bundle is not a colleague's lesson
    # Making the entry private again withdraws it on the next publish.
    entry = next(e for e in journal.iter_entries() if e.title == "Mine to share")
    journal.update(entry.id, visibility="private")
    team.publish(journal)
    assert json.loads(first.read_text(encoding="utf-8"))["entries"] == []


def test_missing_team_folder_says_what_to_do(journal: Journal, tmp_path: Path) -> None:
    from reflekt.errors import InvalidInput

    with pytest.raises(InvalidInput, match="reflekt team folder PATH"):
        team.scan(journal)
    journal.set_setting(team.FOLDER_SETTING, str(tmp_path / "gone"))
    with pytest.raises(InvalidInput, match="not there"):
        team.scan(journal)


def test_cli_team_commands(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Team"
    folder.mkdir()
    put(folder, "bo.reflekt.json", BO, "2026-03-14T09:00:00+01:00", [lesson(E1)])

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--journal", str(journal_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("team", "folder", str(folder))[0] == 0
    code, out, _ = run("team", "sync")
    assert code == 0 and "1 new" in out
    code, out, _ = run("team", "list")
    assert "Bo Berg" in out and "Lesson 1 r1" in out
    code, out, _ = run("team", "list", "--json")
    assert json.loads(out)[0]["author"]["name"] == "Bo Berg"
    code, out, _ = run("team", "search", "återkoppling")
    assert "Bo Berg" in out
    code, _, err = run("team", "folder", str(tmp_path / "nope"))
    assert code == 2 and "is not a folder" in err
    os.chmod(folder, 0o755)


def test_learning_from_a_team_lesson_is_linked_and_survives_a_backup(tmp_path) -> None:
    from reflekt.core.journal import Journal
    from reflekt.core.models import PersonLink

    with Journal.open(tmp_path / "a.reflekt") as journal:
        journal.team.apply_bundle(
            {"id": "0f5e8a40-0000-4000-8000-000000000001", "name": "Sara Ek", "team": "IT"},
            "2026-11-01T10:00:00+01:00",
            [
                {
                    "id": "5b0c7f7e-8f3c-4a44-9a39-1d3d7f0c2a11",
                    "revision": 1,
                    "day": "2026-10-30",
                    "kind": "lesson",
                    "title": "Read the query plan",
                    "body": "EXPLAIN first.",
                }
            ],
        )
        (lesson,) = journal.team.lessons()
        entry = journal.add(
            template="learned-from",
            sections={"who": "Sara Ek"},
            people=[PersonLink("Sara Ek", "learned-from")],
        )
        journal.team.link_lesson(entry.id, lesson.seq)
        journal.team.link_lesson(entry.id, lesson.seq)  # twice is once
        used = journal.team.lessons_used()
        assert used == [
            {
                "entry": entry.id,
                "author_key": "0f5e8a40-0000-4000-8000-000000000001",
                "lesson_id": "5b0c7f7e-8f3c-4a44-9a39-1d3d7f0c2a11",
                "author": "Sara Ek",
            }
        ]
        data = backup_data(journal)
    with Journal.open(tmp_path / "b.reflekt") as restored:
        restored.restore_backup(data)
        assert restored.team.lessons_used() == used
