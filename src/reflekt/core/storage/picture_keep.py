"""Keeping pictures honest: removing those nothing uses any more, and checking that
the kept ones are whole (``reflekt check``). The tables are made and written by
``core/storage/pictures.py`` (which also says which pictures nothing refers to:
``unreferenced``); this module removes and checks.
"""

from __future__ import annotations

import hashlib
import re

from reflekt.core.models import PICTURE_HASH

_NAMED = re.compile(PICTURE_HASH)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Collection, Iterator
    from typing import Any


def _has_table(conn: Any, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        is not None
    )


def keeps_pictures(conn: Any) -> bool:
    """Whether the journal has the pictures tables (a journal from before 0012 has not)."""
    return _has_table(conn, "pictures") and _has_table(conn, "entry_pictures")


def linked_to_entries(db: Any, seqs: Collection[int] | None = None) -> set[str]:
    """The pictures linked to these entries (by ``seq``); None: to every entry in the trash."""
    if seqs is None:
        rows = db.execute(
            "SELECT DISTINCT p.sha256 FROM entry_pictures p "
            "JOIN entries e ON e.seq = p.entry_id WHERE e.trashed = 1"
        )
    else:
        marks = ", ".join("?" * len(seqs))
        rows = db.execute(
            f"SELECT DISTINCT sha256 FROM entry_pictures WHERE entry_id IN ({marks})",
            list(seqs),
        )
    return {sha for (sha,) in rows}


def named_by_team_lessons(db: Any) -> set[str]:
    """The pictures a colleague's lesson names in its text. Lessons link their pictures
    (``team_pictures``, made again from their texts when a JSON backup brings them
    back), but should a link ever be lost, the text still says which pictures it
    shows. One pass over the lessons that hold a reference at all."""
    named: set[str] = set()
    rows = db.execute(
        "SELECT body, sections FROM team_lessons "
        "WHERE instr(body, '(picture:') OR instr(sections, '(picture:')"
    )
    for body, sections in rows:
        for text in (body, sections):  # sections as JSON: the caption may be escaped
            if isinstance(text, str):
                named.update(_NAMED.findall(text))
    return named


def secure_delete_on(db: Any) -> None:
    db.execute("PRAGMA secure_delete = ON")


def checkpoint(db: Any) -> None:
    """Fold the write-ahead log into the file and cut it to nothing (best effort: a
    reader in another program can hold it; it is cut at the next checkpoint then)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def set_added(db: Any, sha256: str, added: str) -> None:
    """When a picture first came into the journal (a restore keeps the backup's time)."""
    db.execute("UPDATE pictures SET added = ? WHERE sha256 = ?", [added, sha256])


def remove(db: Any, hashes: Collection[str]) -> int:
    """Delete these pictures (data and thumbnail; their links go with them); returns
    how many went. With ``secure_delete`` on, SQLite overwrites the freed pages."""
    removed = 0
    for sha in hashes:
        removed += db.execute("DELETE FROM pictures WHERE sha256 = ?", [sha]).rowcount
    return removed


# -- reflekt check ----------------------------------------------------------------------


def missing_links(conn: Any, limit: int) -> list[tuple[str, str]]:
    """(entry id, picture hash) of links to a picture the journal does not hold."""
    return [
        (entry_id, sha)
        for entry_id, sha in conn.execute(
            "SELECT e.id, p.sha256 FROM entry_pictures p JOIN entries e ON e.seq = p.entry_id "
            "WHERE p.sha256 NOT IN (SELECT sha256 FROM pictures) "
            "ORDER BY e.seq, p.position LIMIT ?",
            [limit],
        )
    ]


def damaged(conn: Any, limit: int) -> Iterator[str]:
    """The hashes of kept pictures whose bytes no longer hash to their name.

    Read one picture at a time: a gigabyte of pictures is never in memory at once.
    """
    found = 0
    for sha, data in conn.execute(
        "SELECT sha256, CAST(data AS BLOB) FROM pictures ORDER BY sha256"
    ):
        if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha:
            yield sha
            found += 1
            if found >= limit:
                return


def count(conn: Any) -> int:
    return conn.execute("SELECT count(*) FROM pictures").fetchone()[0]
