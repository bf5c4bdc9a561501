"""Promise: backups are made automatically when needed, are complete, verified, private,
thinned sensibly, and restore gives back exactly what was saved."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.storage import backup
from reflekt.errors import BackupError, JournalError, JournalLocked

from .conftest import Cli, smash_page


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- thinning: a pure function over times ------------------------------------


def test_thinning_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2026, 6, 30, 18, 0)
    # Two backups a day (start and close) for two years.
    stamps = [start - dt.timedelta(days=d, hours=h) for d in range(730) for h in (0, 9)]
    keep = backup.backups_to_keep(stamps)
    assert len(keep) == 7 + 4 + 12
    days = sorted({s.date() for s in keep}, reverse=True)
    # The newest backup of each of the last 7 days...
    assert days[:7] == [start.date() - dt.timedelta(days=d) for d in range(7)]
    assert all(s.hour == 18 for s in keep if s.date() in days[:7])
    # ...then one per week for 4 weeks, then one per month for 12 months.
    weekly = sorted(keep, reverse=True)[7:11]
    assert len({s.isocalendar()[:2] for s in weekly}) == 4
    monthly = sorted(keep, reverse=True)[11:]
    assert len({(s.year, s.month) for s in monthly}) == 12
    assert min(keep) > start - dt.timedelta(days=400)


def test_thinning_keeps_everything_while_there_are_few() -> None:
    stamps = [dt.datetime(2026, 1, d, 9) for d in range(1, 6)]
    assert backup.backups_to_keep(stamps) == set(stamps)


def test_thinning_keeps_only_the_newest_of_a_day() -> None:
    stamps = [dt.datetime(2026, 1, 1, h) for h in (8, 12, 17)]
    assert backup.backups_to_keep(stamps) == {dt.datetime(2026, 1, 1, 17)}


def test_thinning_of_nothing() -> None:
    assert backup.backups_to_keep([]) == set()


# -- making backups --------------------------------------------------------------


def test_backup_is_complete_private_and_verified(journal: Journal) -> None:
    entry = journal.add("Lärdom: ask early", tags=["feedback"])
    made = journal.backups.make()
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700
    assert mode(made.parent.parent) == 0o700
    assert not list(made.parent.glob("*.partial"))
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("SELECT id, body FROM entries").fetchall() == [
        (entry.id, "Lärdom: ask early")
    ]
    # One self-contained file: no WAL needed to read it.
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backups_of_two_journals_with_the_same_name_never_mix(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with Journal.open(tmp_path / "a" / "journal.reflekt") as a:
        a.backups.make()
    with Journal.open(tmp_path / "b" / "journal.reflekt") as b:
        b.add("only in b")
        b.backups.make()
    assert len(backup.list_backups(tmp_path / "a" / "journal.reflekt")) == 1
    assert len(backup.list_backups(tmp_path / "b" / "journal.reflekt")) == 1


def test_automatic_backup_only_when_changed_and_interval_passed(journal: Journal) -> None:
    journal.add("first")
    first = journal.backups.if_due("start")
    assert first is not None
    # Right away: the interval has not passed.
    assert journal.backups.if_due("close") is None
    later = dt.datetime.now() + dt.timedelta(days=2)
    # Two days later but nothing written since: nothing to back up.
    assert journal.backups.if_due("start", now=later) is None
    journal.add("second")
    second = journal.backups.if_due("start", now=later)
    assert second is not None and second.exists()
    # Both were made today: thinning keeps only the newer one of a day.
    assert [b.path for b in backup.list_backups(journal.path)] == [second]


def test_automatic_backups_can_be_turned_off_or_made_hourly(journal: Journal) -> None:
    journal.backups.set_interval(0)
    journal.add("x")
    assert journal.backups.if_due() is None
    journal.backups.set_interval(1)
    assert journal.backups.if_due() is not None
    with pytest.raises(BackupError):
        journal.backups.set_interval(-1)


def test_automatic_backups_are_thinned_but_manual_ones_kept(journal: Journal) -> None:
    folder = backup.backup_folder(journal.path)
    folder.mkdir(parents=True)
    old = dt.datetime(2025, 1, 1, 12)
    for day in range(40):  # forty old automatic backups, one per day
        stamp = old + dt.timedelta(days=day)
        (folder / f"{stamp:%Y%m%d-%H%M%S}-auto.reflekt").write_bytes(b"x")
    (folder / "20240101-120000-manual.reflekt").write_bytes(b"x")
    journal.add("new")
    assert journal.backups.if_due() is not None
    found = backup.list_backups(journal.path)
    automatic = [b for b in found if b.automatic]
    assert len(automatic) < 41
    assert len({b.taken.date() for b in automatic}) == len(automatic)
    assert any(b.reason == "manual" for b in found)


def test_a_damaged_journal_is_not_backed_up_over_good_backups(tmp_path: Path) -> None:
    from .conftest import fill, page_of

    path = tmp_path / "j.reflekt"
    fill(path)
    smash_page(path, page_of(path, "entries") + 3)
    # The disk fails while the app has the journal open (so no check on open saw it).
    journal = Journal(storage.JournalDatabase(storage.connect(path, check=False)), path)
    try:
        with pytest.raises(JournalError, match="reflekt check"):
            journal.backups.make()
    finally:
        journal.close()
    assert backup.list_backups(path) == []
    assert not list(backup.backup_folder(path).glob("*"))


# -- restore -----------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_journal(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path) as j:
        kept_entry = j.add("before the backup")
        made = j.backups.make()
        j.add("after the backup")
    before = backup.restore(made, journal_path)
    with Journal.open(journal_path) as j:
        assert [e.id for e in j.iter_entries()] == [kept_entry.id]
    assert before is not None and before.name.endswith("before-restore.reflekt")
    with Journal.open(before) as old:
        assert {e.body for e in old.iter_entries()} == {"before the backup", "after the backup"}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(journal_path: Path) -> None:
    from .conftest import fill, page_of

    fill(journal_path, 50)
    with Journal.open(journal_path) as j:
        made = j.backups.make()
    smash_page(made, page_of(made, "entries") + 2)
    before = journal_path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        backup.restore(made, journal_path)
    assert journal_path.read_bytes() == before


def test_restore_refuses_while_the_journal_is_open_elsewhere(journal_path: Path) -> None:
    with Journal.open(journal_path) as j:
        j.add("x")
        made = j.backups.make()
        before = journal_path.read_bytes()
        # The app has the journal open: replacing the file under it would split it in two.
        with pytest.raises(JournalLocked, match="Close it there"):
            backup.restore(made, journal_path)
        assert journal_path.read_bytes() == before
        assert j.count() == 1


def test_restore_refuses_something_that_is_not_a_journal(
    journal_path: Path, tmp_path: Path
) -> None:
    Journal.open(journal_path).close()
    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(BackupError, match="not a reflekt journal"):
        backup.restore(other, journal_path)


# -- the command line ----------------------------------------------------------


def test_cli_backup_backups_and_restore(cli: Cli, tmp_path: Path) -> None:
    entry_id = cli.ok("add", "Keep this").strip()
    out = cli.ok("backup")
    assert "Backed up to" in out
    listed = json.loads(cli.ok("backups", "--json"))
    assert len(listed) == 1 and listed[0]["reason"] == "manual"
    assert "manual" in cli.ok("backups")
    target = tmp_path / "my copy.reflekt"
    cli.ok("backup", "-o", str(target))
    assert mode(target) == 0o600
    cli.fails("backup", "-o", str(target), match="already exists")
    cli.ok("delete", entry_id)
    cli.ok("trash", "empty")
    out = cli.ok("restore", str(target))
    assert "Restored" in out and "kept at" in out
    assert "Keep this" in cli.ok("list")
    # `restore ID` still brings an entry back from the trash.
    cli.ok("delete", entry_id)
    assert "Restored" in cli.ok("restore", entry_id[:8])
    assert "Keep this" in cli.ok("list")


def test_cli_restore_of_a_missing_file_is_a_plain_message(cli: Cli, tmp_path: Path) -> None:
    cli.ok("add", "x")
    cli.fails("restore", str(tmp_path / "nope.reflekt"), match="no backup file")


def test_cli_backups_when_there_are_none(cli: Cli) -> None:
    cli.ok("add", "x")
    assert "no backups" in cli.ok("backups")
