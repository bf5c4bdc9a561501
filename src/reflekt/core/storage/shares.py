"""The share log: what left the machine, when, in which format, to which path."""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from reflekt.core.storage import JournalDatabase

_COLUMNS = "id, at, format, path, entries, people, audience, note"


def insert(db: JournalDatabase, row: Sequence[Any]) -> int:
    """Add a record (at, format, path, entries, people, audience, note); returns its id."""
    record = db.execute(
        "INSERT INTO share_log (at, format, path, entries, people, audience, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        list(row),
    ).lastrowid
    assert record is not None
    return record


def rows(
    db: JournalDatabase, record: int | None = None, limit: int | None = None
) -> list[tuple[Any, ...]]:
    """Records (all, or the one with id ``record``), newest first, at most ``limit``."""
    where, params = ("WHERE id = ?", [record]) if record is not None else ("", [])
    return db.execute(
        f"SELECT {_COLUMNS} FROM share_log {where} ORDER BY at DESC, id DESC"
        + (" LIMIT ?" if limit else ""),
        [*params, *([limit] if limit else [])],
    ).fetchall()
