"""Promise: importing a backup file is an import like any other. Team-lesson rows are
checked by the bundle rules, identity and folder settings never come from a file, and
people keep the roles the journal already gave them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from tests.backup_reference import backup_data

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.share import export, team
from reflekt.share.importers import import_file

from .conftest import Cli


@pytest.fixture
def cli_for(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    return lambda path: Cli(path, capsys, monkeypatch)


@pytest.fixture
def backup(tmp_path: Path) -> dict[str, Any]:
    """A genuine backup of a journal with a colleague's lessons, people and settings."""
    folder = tmp_path / "Team"
    folder.mkdir()
    with Journal.open(tmp_path / "colleague.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg")
        colleague.add("Ask early", title="Feedback", visibility="shareable", tags=["review"])
        team.set_folder(colleague, folder)
        team.publish(colleague)
    with Journal.open(tmp_path / "source.reflekt") as source:
        team.set_folder(source, folder)
        team.scan(source)
        source.people.set("Sara", role="Intern", department="Sales")
        source.people.set("Olle", role="Mentor", department="HR")
        source.add("Paired with Sara", people=[("Sara", "with")])
        preview = export.prepare_export(source, export.ExportOptions(format="backup"))
        path = export.write_export(source, preview, tmp_path / "genuine.json")
    return json.loads(path.read_text())


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    """The person's own journal, with an identity, a person and a lesson of their own."""
    path = tmp_path / "mine.reflekt"
    with Journal.open(path) as journal:
        export.set_author(journal, "Alice Andersson")
        export.author(journal)
        journal.people.set("Sara", role="Tech lead", department="Platform")
        journal.add("My own reflection", title="Mine")
    return path


def _write(tmp_path: Path, data: dict[str, Any], name: str = "crafted.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def _state(path: Path) -> tuple[Any, ...]:
    with Journal.open(path) as journal:
        return (
            journal.count(),
            [(p.name, p.role, p.department) for p in journal.people.list()],
            backup_data(journal)["settings"],
            [(x.author_name, x.title) for x in journal.team.lessons()],
        )


BAD_ROWS = {
    "tags not JSON": {"tags": "{not json"},
    "sections not sections": {"sections": "[1, 2]"},
    "people not a list": {"people": '{"name": "x"}'},
    "title far too long": {"title": "x" * 5000},
    "id not a UUID": {"entry_id": "../../etc"},
    "kind unknown": {"kind": "<img src=/dev/zero>"},
    "revision zero": {"revision": 0},
    "day impossible": {"day": "2026-13-45"},
    "unknown author": {"author_key": str(uuid.uuid4())},
    "tag with an escape": {"tags": '["ok", "bad\\u001b]0;owned\\u0007"]'},
}


@pytest.mark.parametrize("problem", sorted(BAD_ROWS))
def test_a_bad_team_lesson_row_refuses_the_file_and_changes_nothing(
    backup: dict[str, Any], mine: Path, tmp_path: Path, cli_for: Any, problem: str
) -> None:
    assert backup["journal"]["team_lessons"], "the fixture has a lesson to spoil"
    backup["journal"]["team_lessons"][0].update(BAD_ROWS[problem])
    crafted = _write(tmp_path, backup)
    before = _state(mine)
    with Journal.open(mine) as journal, pytest.raises(FileRejected, match="Nothing was imported"):
        import_file(journal, crafted)
    assert _state(mine) == before
    cli = cli_for(mine)
    cli.fails("import", str(crafted), match="crafted.json")
    assert _state(mine) == before
    cli.ok("team", "list")  # the library still works
    cli.ok("team", "search", "anything")


def test_a_genuine_backups_team_library_comes_back_and_lists(
    backup: dict[str, Any], mine: Path, tmp_path: Path, cli_for: Any
) -> None:
    cli = cli_for(mine)
    cli.ok("import", str(_write(tmp_path, backup)))
    assert "Feedback" in cli.ok("team", "list")


def test_identity_and_folder_settings_never_come_from_a_file(
    backup: dict[str, Any], mine: Path, tmp_path: Path, cli_for: Any
) -> None:
    with Journal.open(mine) as journal:
        me = export.author(journal)
    backup["journal"]["settings"] = {
        "author.id": str(uuid.uuid4()),
        "author.name": "Mallory",
        "author.team": "Red team",
        "team.folder": str(tmp_path / "attacker"),
        "team.people": "names",
        "import.max_bytes": "1",
        "author.key": "-----BEGIN PRIVATE KEY-----",
        "streak_min": "2",
        "last_talk": "2026-05-04",
        "backup.interval_hours": "12.0",
    }
    out = cli_for(mine).ok("import", str(_write(tmp_path, backup)))
    assert "never set from a file" in out
    with Journal.open(mine) as journal:
        assert export.author(journal) == me
        settings = backup_data(journal)["settings"]
        assert settings.get("author.name") == "Alice Andersson"
        for key in ("author.team", "team.folder", "team.people", "import.max_bytes", "author.key"):
            assert key not in settings, key
        assert settings["streak_min"] == "2"
        assert settings["last_talk"] == "2026-05-04"
        assert settings["backup.interval_hours"] == "12.0"
    cli_for(mine).ok("import", str(_write(tmp_path, backup, "again.json")))  # no 1-byte limit


def test_a_short_list_setting_with_a_bad_value_is_ignored(
    backup: dict[str, Any], mine: Path, tmp_path: Path, cli_for: Any
) -> None:
    backup["journal"]["settings"] = {"streak_min": "-5", "last_talk": "yesterday"}
    cli_for(mine).ok("import", str(_write(tmp_path, backup)))
    with Journal.open(mine) as journal:
        settings = backup_data(journal)["settings"]
    assert "streak_min" not in settings and "last_talk" not in settings


def test_people_keep_their_roles_and_only_what_is_missing_is_added(
    backup: dict[str, Any], mine: Path, tmp_path: Path, cli_for: Any
) -> None:
    for entry in backup["journal"]["entries"]:  # the link carries the old role too
        for person in entry.get("people", []):
            person.update(role="Intern", department="Sales")
    cli_for(mine).ok("import", str(_write(tmp_path, backup)))
    with Journal.open(mine) as journal:
        people = {p.name: (p.role, p.department) for p in journal.people.list()}
        everyone = {
            name: (role, department)
            for name, role, department in journal.db.execute(
                "SELECT name, role, department FROM people"
            )
        }
    assert people["Sara"] == ("Tech lead", "Platform")
    assert everyone["Olle"] == ("Mentor", "HR")  # missing here: added with its role
