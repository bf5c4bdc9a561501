"""Promise: a damaged journal is found, explained, never modified, and recovered from
its newest good backup with the damaged file kept beside it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.storage import backup
from reflekt.core.storage.check import check_journal
from reflekt.errors import BackupError, JournalDamaged

from .conftest import Cli, fill, leaf_page, page_of, smash_page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_ways():
    def flip_bytes(path: Path) -> None:
        smash_page(path, page_of(path, "entries") + 5)

    def truncate_mid_page(path: Path) -> None:
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 2 + 100)

    def truncate_at_page(path: Path) -> None:
        with open(path, "r+b") as f:
            f.truncate((path.stat().st_size // 4096 // 2) * 4096)

    def zero_header(path: Path) -> None:
        with open(path, "r+b") as f:
            f.write(bytes(16))

    def smash_index(path: Path) -> None:
        smash_page(path, page_of(path, "entries_order"))

    return [flip_bytes, truncate_mid_page, truncate_at_page, zero_header, smash_index]


@pytest.fixture
def damaged(journal_path: Path, request) -> Path:
    fill(journal_path)
    request.param(journal_path)
    return journal_path


@pytest.mark.parametrize("damaged", damage_ways(), indirect=True, ids=lambda f: f.__name__)
def test_damage_is_found_on_open_and_the_file_is_left_alone(damaged: Path) -> None:
    before = digest(damaged)
    with pytest.raises(JournalDamaged, match="reflekt has not changed it"):
        Journal.open(damaged)
    assert digest(damaged) == before
    report = check_journal(damaged)
    assert not report.ok and report.problems
    assert digest(damaged) == before


@pytest.mark.parametrize("damaged", damage_ways(), indirect=True, ids=lambda f: f.__name__)
def test_cli_refuses_to_write_to_a_damaged_journal(damaged: Path, cli: Cli) -> None:
    cli.journal = damaged
    before = digest(damaged)
    cli.fails("add", "new thoughts", match="is damaged")
    cli.fails("trash", "empty", match="is damaged")
    assert digest(damaged) == before


def test_check_reports_damage_and_exits_non_zero(journal_path: Path, cli: Cli) -> None:
    fill(journal_path)
    cli.journal = journal_path
    assert "is sound: 200 entries" in cli.ok("check")
    smash_page(journal_path, page_of(journal_path, "entries") + 5)
    code, out, _ = cli("check")
    assert code == 3
    assert "is damaged" in out and "  - " in out
    assert "no backup" in out  # and says what to do without one


def test_a_damaged_search_index_is_reported(journal_path: Path, cli: Cli) -> None:
    fill(journal_path, 300)
    smash_page(journal_path, page_of(journal_path, "entries_fts_data") + 0)
    report = check_journal(journal_path)
    assert not report.ok


def test_recover_puts_the_newest_good_backup_in_place(journal_path: Path, cli: Cli) -> None:
    ids = fill(journal_path, 100)
    with Journal.open(journal_path) as j:
        older = j.backups.make()
        j.add("written after the first backup")
        newest = j.backups.make()
    smash_page(newest, page_of(newest, "entries") + 3)  # the newest backup is bad too
    smash_page(journal_path, page_of(journal_path, "entries") + 3)
    damaged_bytes = digest(journal_path)

    cli.journal = journal_path
    out = cli.ok("recover")
    assert older.name in out
    kept = journal_path.with_name(journal_path.name + ".damaged")
    assert digest(kept) == damaged_bytes
    with Journal.open(journal_path) as j:
        assert {e.id for e in j.iter_entries()} == set(ids)
    assert "is sound" in cli.ok("check")


def test_recover_api_without_backups_leaves_everything_as_it_was(journal_path: Path) -> None:
    fill(journal_path, 100)
    smash_page(journal_path, page_of(journal_path, "entries") + 3)
    before = digest(journal_path)
    with pytest.raises(BackupError, match="no good backup"):
        backup.recover_from_backup(journal_path)
    assert digest(journal_path) == before
    assert not journal_path.with_name(journal_path.name + ".damaged").exists()


def test_recover_refuses_a_healthy_journal(journal_path: Path) -> None:
    with Journal.open(journal_path) as j:
        j.add("fine")
        j.backups.make()
    with pytest.raises(BackupError, match="not damaged"):
        backup.recover_from_backup(journal_path)


def test_damage_in_a_big_journal_is_found_when_read(journal_path: Path, monkeypatch) -> None:
    fill(journal_path, 300)
    smash_page(journal_path, leaf_page(journal_path, "entries"))
    # Above the size limit only the header is checked on open; reading finds the rest.
    monkeypatch.setattr(storage, "QUICK_CHECK_MAX_BYTES", 0)
    before = digest(journal_path)
    with Journal.open(journal_path) as journal, pytest.raises(JournalDamaged, match="damaged"):
        list(journal.iter_entries())
    assert digest(journal_path) == before
