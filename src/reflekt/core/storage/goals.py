"""The goals table and the entries linked to each goal as evidence."""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from reflekt.core.storage import JournalDatabase


def seq_of(db: JournalDatabase, goal_id: str) -> int | None:
    row = db.execute("SELECT seq FROM goals WHERE id = ?", [goal_id]).fetchone()
    return row[0] if row else None


def seqs_with_prefix(db: JournalDatabase, prefix: str, limit: int = 2) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT seq FROM goals WHERE id >= ? AND id < ? LIMIT ?",
            [prefix, prefix + "\uffff", limit],
        )
    ]


def id_of(db: JournalDatabase, seq: int) -> str:
    return db.execute("SELECT id FROM goals WHERE seq = ?", [seq]).fetchone()[0]


def insert(db: JournalDatabase, row: Sequence[Any]) -> None:
    """Add a goal: (id, title, description, target_date, status, created, updated)."""
    db.execute(
        "INSERT INTO goals (id, title, description, target_date, status, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        list(row),
    )


def update(db: JournalDatabase, seq: int, row: Mapping[str, Any]) -> None:
    """Set the given columns of one goal (names come from the part, never a person)."""
    assignments = ", ".join(f"{column} = ?" for column in row)
    db.execute(f"UPDATE goals SET {assignments} WHERE seq = ?", [*row.values(), seq])


def delete(db: JournalDatabase, seq: int) -> None:
    db.execute("DELETE FROM goals WHERE seq = ?", [seq])


def rows(
    db: JournalDatabase, seq: int | None = None, status: str | None = None
) -> list[tuple[Any, ...]]:
    """(id, title, description, target_date, status, created, updated, entries not in
    the trash) of one goal (``seq``), of the goals with ``status``, or of all; active
    first, then by target date."""
    where, params = "", []
    if seq is not None:
        where, params = "WHERE g.seq = ?", [seq]
    elif status is not None:
        where, params = "WHERE g.status = ?", [status]
    return db.execute(
        "SELECT g.id, g.title, g.description, g.target_date, g.status, g.created, "
        "g.updated, (SELECT count(*) FROM entry_goals l JOIN entries e ON e.seq = l.entry "
        " WHERE l.goal = g.seq AND e.trashed = 0) "
        f"FROM goals g {where} "
        "ORDER BY g.status != 'active', g.target_date IS NULL, g.target_date, g.seq",
        params,
    ).fetchall()


def link(db: JournalDatabase, entry: int, goal: int) -> bool:
    """Link an entry to a goal; False when it already was."""
    return bool(
        db.execute(
            "INSERT OR IGNORE INTO entry_goals (entry, goal) VALUES (?, ?)", [entry, goal]
        ).rowcount
    )


def unlink(db: JournalDatabase, entry: int, goal: int) -> bool:
    """Unlink an entry from a goal; False when it was not linked."""
    return bool(
        db.execute("DELETE FROM entry_goals WHERE entry = ? AND goal = ?", [entry, goal]).rowcount
    )
