"""The drafts table (migration 0009_drafts): typed text waiting for the person's choice.

Plain functions over the open journal's connection; the facade (``Journal.save_draft``
and friends) validates and converts, this module only reads and writes rows.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def put(db: Any, entry_id: str, base_revision: int | None, saved: str, fields: str) -> None:
    """Keep (or replace) the draft of ``entry_id`` in one transaction."""
    with db.atomic():
        db.execute(
            "INSERT INTO drafts (entry_id, base_revision, saved, fields) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entry_id) DO UPDATE SET base_revision = excluded.base_revision, "
            "saved = excluded.saved, fields = excluded.fields",
            [entry_id, base_revision, saved, fields],
        )


def rows(db: Any) -> list[tuple[str, int | None, str, str]]:
    """Every draft as (entry_id, base_revision, saved, fields), oldest first."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT entry_id, base_revision, saved, fields FROM drafts ORDER BY saved, entry_id"
        )
    ]


def drop(db: Any, entry_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM drafts WHERE entry_id = ?", [entry_id])
