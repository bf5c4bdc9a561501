"""The entry list, search and the growth view never read a picture's bytes (#18): SQLite
itself is asked which columns each statement reads."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests import picture_samples as samples

from reflekt.core import pictures, stats
from reflekt.core.journal import Journal
from reflekt.core.models import Filters
from reflekt.core.periods import Period

BLOBS = {("pictures", "data"), ("pictures", "thumb")}


def _watch(journal: Journal) -> list[tuple[str, str]]:
    """Every (table, column) of the pictures' bytes a statement reads from now on."""
    seen: list[tuple[str, str]] = []

    def authorizer(action: int, table: str | None, column: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and (table, column) in BLOBS:
            seen.append((table or "", column or ""))
        return sqlite3.SQLITE_OK

    journal.db.conn.set_authorizer(authorizer)
    return seen


def test_list_search_and_growth_read_no_picture_bytes(journal_path: Path) -> None:
    with Journal.open(journal_path) as j:
        kept = j.pictures.add(pictures.prepare(samples.png(), "board.png"))
        for n in range(5):
            j.add(
                f"Retro {n} feedback\n\n{pictures.reference(kept.sha256, 'board')}",
                title=f"Retro {n}",
                tags=["retro"],
                skills=["Facilitation"],
                day=f"2026-03-1{n}",
            )
    with Journal.open(journal_path) as j:
        seen = _watch(j)
        assert len(j.list().entries) == 5
        assert [h.pictures for h in j.iter_headlines()] == [1] * 5  # the list's mark
        assert j.count(Filters(tag="retro")) == 5
        assert len(j.search("feedback")) == 5
        growth = stats.compute(
            j, Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)), today=dt.date(2026, 12, 31)
        )
        assert growth is not None
        assert seen == []
        # The watch does see a read of the bytes (so the test above can fail).
        j.pictures.data(kept.sha256)
        assert ("pictures", "data") in seen
