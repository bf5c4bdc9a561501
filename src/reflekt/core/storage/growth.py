"""Standing the growth summaries' triggers aside for a bulk block (imports, restores).

The triggers of migration 0008_growth_daily keep the per-day and per-month summaries
exact one change at a time. Inside a bulk block each trigger would still be started
once per row, even when its WHEN clause has it do nothing (about 4 fires per imported
entry with its skills and people: seconds for 100,000 entries). So the bulk path drops
them for the block and puts them back, word for word, at its end; ending the
full-text pause (``DELETE FROM fts_paused``) then rebuilds the days and months of the
new entries in one go. DDL is transactional in SQLite: a block that fails rolls the
triggers back with everything else, and no other connection ever sees them missing.

Correctness never depends on this: without it the triggers stay and only cost time.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from typing import Any

# Every growth trigger but the two on fts_paused, which do the rebuild at the end.
_PER_ROW = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
    "AND substr(name, 1, 7) = 'growth_' AND substr(name, 1, 12) != 'growth_bulk_' "
    "ORDER BY name"
)


def pause(db: Any) -> list[str]:
    """Drop the per-row growth triggers (inside the caller's transaction); returns what
    ``resume`` needs to create them again."""
    triggers = db.execute(_PER_ROW).fetchall()
    for name, _ in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    return [sql for _, sql in triggers]


def resume(db: Any, saved: list[str]) -> None:
    """Create the triggers ``pause`` dropped, exactly as they were."""
    for sql in saved:
        db.execute(sql)
