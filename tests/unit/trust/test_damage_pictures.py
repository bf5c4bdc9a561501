"""Promise: the damage check on opening costs the same with or without pictures: it reads
none of the pictures' pages, and pictures never push a journal past the size that is
checked on open; damage anywhere else is still found there (issue #18)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.pictures import Prepared
from reflekt.core.storage import open_check
from reflekt.core.storage.check import check_journal
from reflekt.errors import JournalDamaged

from .conftest import fill, page_of, smash_page
from .test_damage import damage_ways, digest

PROC_IO = Path("/proc/self/io")


def with_pictures(path: Path, count: int, kib: int) -> int:
    """``count`` pictures of ``kib`` KiB each kept in the journal; returns their bytes.
    Random bytes stand in for checked pictures (as the benchmark's do): what matters
    here is where their bytes lie in the file, not what they show."""
    rng = random.Random(18)
    total = 0
    with Journal.open(path) as journal:
        for n in range(count):
            data = n.to_bytes(4, "big") + rng.randbytes(kib * 1024 - 4)
            sha = hashlib.sha256(data).hexdigest()
            journal.pictures.add(Prepared(sha, "jpeg", data, 2560, 1920, rng.randbytes(4096)))
            total += len(data)
        journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return total


def bytes_read() -> int:
    """Bytes this process has read from files so far (the page cache's included)."""
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux's /proc/self/io")
def test_opening_a_small_journal_reads_none_of_its_pictures(journal_path: Path) -> None:
    fill(journal_path, 200)
    without = journal_path.stat().st_size
    pictures = with_pictures(journal_path, 12, 512)  # 6 MB of pictures, under the limit
    assert journal_path.stat().st_size <= storage.QUICK_CHECK_MAX_BYTES
    before = bytes_read()
    storage.connect(journal_path).close()  # the damage check included
    read = bytes_read() - before
    assert read < without + 512 * 1024 < pictures  # the text's pages at most


def test_a_journal_over_the_limit_only_by_its_pictures_is_checked_on_open(
    journal_path: Path, monkeypatch
) -> None:
    fill(journal_path, 200)
    pictures = with_pictures(journal_path, 8, 256)
    size = journal_path.stat().st_size
    # A limit the journal is over with its pictures and under without them.
    monkeypatch.setattr(storage, "QUICK_CHECK_MAX_BYTES", size - pictures + 64 * 1024)
    with Journal.open(journal_path) as journal:  # sound: opens
        assert journal.count() == 200
    smash_page(journal_path, page_of(journal_path, "entries") + 5)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="reflekt has not changed it"):
        Journal.open(journal_path)
    assert digest(journal_path) == before
    # Its text over the limit too: then only the header is checked on open, as for any
    # big journal, and the damage is found when read (test_damage.py says how).
    monkeypatch.setattr(storage, "QUICK_CHECK_MAX_BYTES", size - pictures - 64 * 1024)
    Journal.open(journal_path).close()
    # More pictures than are read to decide, and the first ones are not enough: judged
    # by the file's size too (deciding never reads more than a few pages).
    monkeypatch.setattr(storage, "QUICK_CHECK_MAX_BYTES", size - pictures + 64 * 1024)
    monkeypatch.setattr(open_check, "SIZES_READ", 2)
    Journal.open(journal_path).close()
    assert digest(journal_path) == before


@pytest.mark.parametrize("damage", damage_ways(), ids=lambda f: f.__name__)
def test_damage_in_a_journal_with_pictures_is_found_on_open(journal_path: Path, damage) -> None:
    fill(journal_path, 200)
    with_pictures(journal_path, 4, 256)
    damage(journal_path)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="reflekt has not changed it"):
        Journal.open(journal_path)
    assert digest(journal_path) == before


def test_a_damaged_picture_is_found_by_the_whole_check(journal_path: Path) -> None:
    """The check on open leaves the pictures' pages to the whole check."""
    fill(journal_path, 50)
    with_pictures(journal_path, 4, 256)
    pages = journal_path.stat().st_size // 4096
    smash_page(journal_path, pages - 40)  # inside the last picture's bytes
    report = check_journal(journal_path)
    assert not report.ok and report.problems


def test_an_sqlite_that_cannot_check_by_table_checks_the_whole_small_file(
    journal_path: Path, monkeypatch
) -> None:
    fill(journal_path, 200)
    with_pictures(journal_path, 2, 128)
    monkeypatch.setattr(open_check, "BY_TABLE", (999, 0, 0))
    with Journal.open(journal_path) as journal:
        assert journal.count() == 200
    smash_page(journal_path, page_of(journal_path, "entries") + 5)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="reflekt has not changed it"):
        Journal.open(journal_path)
    assert digest(journal_path) == before
