"""Promises: emptying the trash removes the text from the file and its WAL; the CLI can
write while the app has the journal open, and the app notices."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reflekt.core import storage
from reflekt.core.journal import Journal

from .conftest import Cli

SECRET = "zanzibarquokka"  # one word: it is also a token in the search index


def raw_files(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
        if p.exists()
    }


def assert_text_gone(path: Path) -> None:
    for name, data in raw_files(path).items():
        for needle in (SECRET, SECRET[:9], SECRET.upper()):
            assert needle.encode() not in data, f"{needle!r} is still in {name}"


def test_secure_delete_is_on_for_every_connection(journal: Journal) -> None:
    assert journal.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    conn = storage.connect(journal.path)
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("checkpointed", [True, False], ids=["in-file", "in-wal"])
def test_trash_empty_removes_the_text_from_file_and_wal(cli: Cli, checkpointed: bool) -> None:
    for n in range(30):
        cli.ok("add", f"Ordinary reflection {n} about meetings and planning")
    app = Journal.open(cli.journal)  # the app has the journal open all along
    try:
        secret = app.add(f"My private worry: {SECRET} " * 50, title=f"About {SECRET}")
        if checkpointed:
            app.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert SECRET.encode() in b"".join(raw_files(cli.journal).values())
        cli.ok("delete", secret.id)
        assert "Removed 1 entry" in cli.ok("trash", "empty")
        assert_text_gone(cli.journal)
        assert app.search(SECRET) == []
        assert app.count() == 30
    finally:
        app.close()
    assert_text_gone(cli.journal)


def test_purge_removes_the_text_too(journal: Journal) -> None:
    entry = journal.add(f"{SECRET} " * 100)
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    journal.delete(entry.id)
    journal.purge(entry.id)
    assert_text_gone(journal.path)


# -- one journal, two programs ----------------------------------------------------


def test_cli_write_is_seen_by_the_open_app(cli: Cli) -> None:
    cli.ok("add", "first")
    with Journal.open(cli.journal) as app:
        seen = app.data_version()
        assert app.count() == 1
        assert app.data_version() == seen  # reading changes nothing
        cli.ok("add", "written from the command line")
        assert app.data_version() != seen
        assert app.count() == 2
        assert [h.entry.body for h in app.search("command line")] == [
            "written from the command line"
        ]


def test_cli_waits_for_the_app_to_finish_saving(cli: Cli) -> None:
    cli.ok("add", "first")
    app = Journal.open(cli.journal)
    app.db.execute("BEGIN IMMEDIATE")  # the app is in the middle of a save
    app.db.execute("UPDATE entries SET title = 'saved by the app'")
    timer = threading.Timer(0.5, lambda: app.db.execute("COMMIT"))
    timer.start()
    started = time.monotonic()
    try:
        cli.ok("add", "second")
    finally:
        timer.join()
    assert time.monotonic() - started >= 0.4
    with Journal.open(cli.journal) as j:
        assert j.count() == 2
        assert [e.title for e in j.iter_entries()].count("saved by the app") == 1
    app.close()


def test_a_journal_busy_for_too_long_gives_a_plain_message(cli: Cli, monkeypatch) -> None:
    cli.ok("add", "first")
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    app = Journal.open(cli.journal)
    try:
        app.db.execute("BEGIN IMMEDIATE")
        cli.fails("add", "second", match="busy in another program")
        app.db.execute("ROLLBACK")
    finally:
        app.close()
    with Journal.open(cli.journal) as j:
        assert j.count() == 1  # nothing half-written
