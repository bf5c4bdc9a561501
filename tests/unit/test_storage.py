"""The journal file: permissions, PRAGMAs, migrations, refusals, full-text search."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from reflekt import paths
from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.search import HL_END, HL_START, fts_query
from reflekt.core.storage.migrations import MIGRATION_SET, known_steps, migrations
from reflekt.errors import JournalError, JournalTooNew, NotAJournal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_journal_is_private_file_in_private_folder(tmp_path: Path) -> None:
    # Missing folders are made only inside reflekt's own data folder (the default
    # journal's); elsewhere a missing folder is refused (test_journal_lock.py).
    from reflekt import paths

    path = paths.data_dir() / "new" / "deeper" / "j.reflekt"
    Journal.open(path).close()
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700


def test_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Journal.open(folder / "j.reflekt").close()
    assert mode(folder) == 0o755


def test_pragmas(journal: Journal) -> None:
    db = journal.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_default_journal_lives_under_reflekt_home(reflekt_home: Path) -> None:
    with Journal.open() as j:
        assert j.path == reflekt_home / "data" / "journal.reflekt"
    assert j.path.exists()


def test_reflekt_journal_env_names_the_journal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("REFLEKT_JOURNAL", str(tmp_path / "elsewhere.reflekt"))
    assert paths.default_journal() == tmp_path / "elsewhere.reflekt"


def test_all_steps_applied_on_a_new_journal(journal: Journal) -> None:
    assert storage.applied_steps(journal.db) == known_steps()
    assert journal.db.execute("PRAGMA user_version").fetchone()[0] == len(known_steps())


def test_old_journal_is_upgraded_after_a_backup(tmp_path: Path, reflekt_home: Path) -> None:
    path = tmp_path / "old.reflekt"
    conn = storage.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0003_search")  # a journal from before search existed
    db.execute(
        "INSERT INTO entries (id, created, updated, day, kind, title, body) VALUES "
        "('5b0c7f7e-8f3c-4a44-9a39-1d3d7f0c2a11', '2025-01-02T10:00:00+01:00', "
        "'2025-01-02T10:00:00+01:00', '2025-01-02', 'lesson', 'Återkoppling', 'Old text')"
    )
    db.conn.commit()
    conn.close()

    with Journal.open(path) as j:
        assert storage.applied_steps(j.db) == known_steps()
        # The entry written before the upgrade is searchable afterwards.
        hits = j.search("aterkoppling")
        assert [h.entry.title for h in hits] == ["Återkoppling"]

    backups = list((reflekt_home / "data" / "backups").glob("old-before-upgrade-*.reflekt"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT title FROM entries").fetchall() == [("Återkoppling",)]
    steps = copy.execute("SELECT name FROM _sqlite_migrations").fetchall()
    assert [s[0] for s in steps] == known_steps()[:2]


def test_up_to_date_journal_is_not_backed_up_again(tmp_path: Path, reflekt_home: Path) -> None:
    path = tmp_path / "j.reflekt"
    Journal.open(path).close()
    Journal.open(path).close()
    assert not (reflekt_home / "data" / "backups").exists()


def test_journal_from_newer_reflekt_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.reflekt"
    Journal.open(path).close()
    db = Database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "0099_from_the_future", "applied_at": "x"}
    )
    db.close()
    before = path.read_bytes()
    with pytest.raises(JournalTooNew, match="newer version of reflekt"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_random_file_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary " * 500)
    with pytest.raises(NotAJournal, match="not a reflekt journal"):
        Journal.open(path)
    assert path.read_text().startswith("Dear diary")


def test_other_sqlite_database_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    Database(path)["things"].insert({"a": 1})
    with pytest.raises(NotAJournal, match="not a reflekt journal"):
        Journal.open(path)


def test_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(NotAJournal, match="folder"):
        Journal.open(tmp_path)


def test_missing_journal_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal at"):
        Journal.open(tmp_path / "missing.reflekt", create=False)
    assert not (tmp_path / "missing.reflekt").exists()


# -- full-text search ------------------------------------------------------


def test_search_ignores_swedish_diacritics(journal: Journal) -> None:
    journal.add("Jag fick bra återkoppling på mötet", title="Återkoppling från Åsa")
    journal.add("Nothing relevant here")
    assert [h.entry.title for h in journal.search("aterkoppling")] == ["Återkoppling från Åsa"]
    assert len(journal.search("ÅTERKOPPLING")) == 1
    assert len(journal.search("asa")) == 1


def test_prefix_search(journal: Journal) -> None:
    journal.add("Asked for feedback after the demo")
    journal.add("Gave feedbacks to two colleagues")
    journal.add("A fee was charged")
    assert len(journal.search("feedb*")) == 2
    assert len(journal.search("fee*")) == 3


def test_search_covers_title_body_and_sections(journal: Journal) -> None:
    a = journal.add(title="Retrospective")
    b = journal.add("we held a retrospective")
    c = journal.add(template="gibbs", sections={"analysis": "the retrospective worked"})
    found = {h.entry.id for h in journal.search("retrospective")}
    assert found == {a.id, b.id, c.id}


def test_search_ranks_title_matches_first(journal: Journal) -> None:
    journal.add("A long day. Mentioned the deploy once among many other words " * 3)
    best = journal.add("short", title="Deploy went wrong")
    hits = journal.search("deploy")
    assert hits[0].entry.id == best.id
    assert hits[0].rank <= hits[1].rank


def test_snippet_highlights_the_match(journal: Journal) -> None:
    journal.add("Yesterday I learned how to run a learning meeting in fifteen minutes")
    (hit,) = journal.search("meeting")
    assert f"{HL_START}meeting{HL_END}" in hit.snippet


def test_fts_follows_edits_trash_and_purge(journal: Journal) -> None:
    entry = journal.add("about onboarding")
    journal.update(entry.id, body="about mentoring")
    assert journal.search("onboarding") == []
    assert len(journal.search("mentoring")) == 1
    journal.delete(entry.id)
    assert journal.search("mentoring") == []
    assert len(journal.search("mentoring", _trash())) == 1
    journal.purge(entry.id)
    assert journal.search("mentoring", _trash()) == []
    journal.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def _trash():
    from reflekt.core.models import Filters

    return Filters(trash=True)


@pytest.mark.parametrize(
    "typed",
    ['"unclosed', "AND", "OR OR", "*", "-", "NEAR(", "a:b", "title:x", "(", "''", "^x", "-only"],
)
def test_no_typed_query_is_an_fts_syntax_error(journal: Journal, typed: str) -> None:
    journal.add("a b x only title")
    query = fts_query(typed)
    if query:
        journal.search(typed)  # must not raise sqlite3.OperationalError


def test_query_language(journal: Journal) -> None:
    journal.add("coffee with the sales team")
    journal.add("tea with the sales team")
    journal.add("team coffee")
    assert len(journal.search("sales team")) == 2
    assert len(journal.search('"team coffee"')) == 1
    assert len(journal.search("team -coffee")) == 1
    assert len(journal.search("tea OR coffee")) == 3


def test_a_second_connection_in_the_same_process_keeps_the_first_ones_locks(
    tmp_path: Path,
) -> None:
    """Opening the journal again (a background job in the app) must not unlock the first
    connection: if it did, the command line could delete the WAL under the app."""
    import subprocess
    import sys

    path = tmp_path / "j.reflekt"
    app = Journal.open(path)
    app.add("before")
    Journal.open(path).close()  # e.g. the automatic backup's own connection
    listed = subprocess.run(
        [sys.executable, "-m", "reflekt", "--journal", str(path), "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "before" in listed.stdout
    assert Path(f"{path}-wal").exists(), "the command line deleted the app's WAL"
    app.add("after")
    with Journal.open(path) as other:
        assert sorted(e.body for e in other.list().entries) == ["after", "before"]
    app.close()
    with Journal.open(path) as reopened:
        assert reopened.count() == 2


def test_the_step_names_read_on_open_are_the_registered_migrations() -> None:
    # Opening a journal compares names from steps.py without loading the migrations;
    # a step added to one list and not the other would skip or refuse an upgrade.
    from reflekt.core.storage import migrations as steps_module

    assert known_steps() == steps_module.registered_steps()
