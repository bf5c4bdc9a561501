"""The pictures table and the links from entries to the pictures they show.

``pictures`` holds each picture once (keyed by the SHA-256 of its stored bytes) with
its thumbnail; the blobs live in this table only, so listing, search and the growth
view never read them. ``entry_pictures`` says which entry shows which picture at which
position; it is an index of the entries' text (the ``picture:SHA256`` references),
kept in step by the facade with every entry write.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

    from reflekt.core.storage import JournalDatabase

# Migration 0012_pictures (core/storage/migrations.py runs it).
# entry_pictures.entry_id is the entry's row number (entries.seq), as in every link
# table: removed with the entry. A link names only a picture the journal holds.
STEP = """
CREATE TABLE pictures (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    type TEXT NOT NULL CHECK (type IN ('png', 'jpeg', 'webp')),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size INTEGER NOT NULL,
    added TEXT NOT NULL,
    data BLOB NOT NULL,
    thumb BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE entry_pictures (
    entry_id INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES pictures (sha256) ON DELETE CASCADE,
    caption TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
CREATE INDEX entry_pictures_sha256 ON entry_pictures (sha256)
"""

_INFO = "sha256, type, width, height, size, added"
# How many hashes one IN (...) names (SQLite's default limit is 32,766 parameters).
_CHUNK = 500


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def insert(db: JournalDatabase, row: Sequence[Any]) -> bool:
    """Keep a picture: (sha256, type, width, height, size, added, data, thumb); False
    when it was already kept (the same bytes are kept once)."""
    assert db.conn.in_transaction
    return bool(
        db.execute(
            "INSERT OR IGNORE INTO pictures (sha256, type, width, height, size, added, "
            "data, thumb) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            list(row),
        ).rowcount
    )


def info(db: JournalDatabase, sha256: str) -> tuple[Any, ...] | None:
    """(sha256, type, width, height, size, added) of a picture, without its bytes."""
    return db.execute(f"SELECT {_INFO} FROM pictures WHERE sha256 = ?", [sha256]).fetchone()


def infos(db: JournalDatabase) -> list[tuple[Any, ...]]:
    """(sha256, type, width, height, size, added) of every picture, oldest first."""
    return db.execute(f"SELECT {_INFO} FROM pictures ORDER BY added, sha256").fetchall()


def count(db: JournalDatabase) -> int:
    """How many pictures the journal keeps (no blob read)."""
    return db.execute("SELECT count(*) FROM pictures").fetchone()[0]


def blob(db: JournalDatabase, sha256: str, column: str) -> bytes | None:
    """The picture's bytes (``column="data"``) or its thumbnail (``"thumb"``)."""
    assert column in ("data", "thumb")
    row = db.execute(f"SELECT {column} FROM pictures WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else bytes(row[0])


def known(db: JournalDatabase, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` the journal holds."""
    wanted = list(dict.fromkeys(hashes))
    found: set[str] = set()
    if not wanted:
        return found
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            row[0]
            for row in db.execute(
                f"SELECT sha256 FROM pictures WHERE sha256 IN ({_marks(chunk)})", chunk
            )
        )
    return found


def any_pictures(db: JournalDatabase) -> bool:
    return db.execute("SELECT 1 FROM pictures LIMIT 1").fetchone() is not None


# -- links ---------------------------------------------------------------------------

LINK_INSERT = "INSERT INTO entry_pictures (entry_id, position, sha256, caption) VALUES (?, ?, ?, ?)"


def set_links(
    db: JournalDatabase, seq: int, links: Sequence[tuple[int, str, str]], *, new: bool = False
) -> None:
    """Set the entry's links to (position, sha256, caption) of the pictures it shows;
    references to pictures the journal does not hold are left out."""
    if not new:
        db.execute("DELETE FROM entry_pictures WHERE entry_id = ?", [seq])
    if not links:
        return
    held = known(db, (sha for _, sha, _ in links))
    db.conn.executemany(
        LINK_INSERT,
        [(seq, position, sha, caption) for position, sha, caption in links if sha in held],
    )


def write_links(db: JournalDatabase, rows: Sequence[tuple[int, int, str, str]]) -> None:
    """New entries' links (entry_id, position, sha256, caption) in one go (the bulk
    path); those to pictures the journal does not hold are left out."""
    if not rows:
        return
    held = known(db, (row[2] for row in rows))
    db.conn.executemany(LINK_INSERT, [row for row in rows if row[2] in held])


def of_entry(db: JournalDatabase, seq: int) -> list[tuple[Any, ...]]:
    """(position, sha256, caption, type, size, width, height) of the pictures the entry
    shows, in order; no picture bytes read."""
    return db.execute(
        "SELECT l.position, l.sha256, l.caption, p.type, p.size, p.width, p.height "
        "FROM entry_pictures l JOIN pictures p ON p.sha256 = l.sha256 "
        "WHERE l.entry_id = ? ORDER BY l.position",
        [seq],
    ).fetchall()


def counts(db: JournalDatabase, seqs: Sequence[int]) -> dict[int, int]:
    """How many pictures each of the entries shows (entries without any left out)."""
    return _counts_in_chunks(
        db,
        "SELECT entry_id, count(*) FROM entry_pictures "
        "WHERE entry_id IN ({marks}) GROUP BY entry_id",
        seqs,
    )


def _counts_in_chunks(db: JournalDatabase, select: str, keys: Sequence[Any]) -> dict[Any, int]:
    """``select`` (its ``{marks}`` filled for a chunk of ``keys``) over every chunk."""
    if not keys or db.execute("SELECT 1 FROM entry_pictures LIMIT 1").fetchone() is None:
        return {}  # a journal without pictures costs one look
    result: dict[Any, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start : start + _CHUNK])
        result.update(db.execute(select.format(marks=_marks(chunk)), chunk).fetchall())
    return result


def all_counts(db: JournalDatabase) -> dict[int, int]:
    """How many pictures every entry that shows any shows: one pass over the links
    (far fewer than the entries), cheaper than a look per entry for a long listing."""
    return dict(
        db.execute("SELECT entry_id, count(*) FROM entry_pictures GROUP BY entry_id").fetchall()
    )


def counts_by_id(db: JournalDatabase, entry_ids: Sequence[str]) -> dict[str, int]:
    """How many pictures each of the entries (by whole id) shows; without any: left out."""
    return _counts_in_chunks(
        db,
        "SELECT e.id, count(*) FROM entries e JOIN entry_pictures l ON l.entry_id = e.seq "
        "WHERE e.id IN ({marks}) GROUP BY e.id",
        entry_ids,
    )


def entries_mentioning(db: JournalDatabase, sha256: str) -> list[tuple[Any, ...]]:
    """(seq, template, sections, body) of the entries (in the trash too) whose text
    names the picture: found through the full-text index, which holds the 64 hex
    digits of a ``picture:SHA256`` reference as one word, then checked in the text."""
    seqs = [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", [f'"{sha256}"']
        )
    ]
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(seqs), _CHUNK):
        chunk = seqs[start : start + _CHUNK]
        rows += db.execute(
            f"SELECT seq, template, sections, body FROM entries WHERE seq IN ({_marks(chunk)}) "
            "AND (instr(body, ?) OR instr(sections, ?))",
            [*chunk, sha256, sha256],
        ).fetchall()
    return rows


def entries_with_references(db: JournalDatabase) -> list[tuple[Any, ...]]:
    """(seq, template, sections, body) of every entry (in the trash too) whose text
    holds a picture reference."""
    return db.execute(
        "SELECT seq, template, sections, body FROM entries "
        "WHERE instr(body, '](picture:') OR instr(sections, '](picture:')"
    ).fetchall()


def unreferenced(db: JournalDatabase) -> list[str]:
    """The pictures nothing refers to: no entry (live or in the trash) shows them, no
    draft's text names them, and no colleague's lesson (``team_pictures``, when that
    table exists) carries them. What ``journal.pictures.collect`` may remove."""
    has_team = (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_pictures'"
        ).fetchone()
        is not None
    )
    team = "AND NOT EXISTS (SELECT 1 FROM team_pictures t WHERE t.sha256 = p.sha256) "
    candidates = [
        row[0]
        for row in db.execute(
            "SELECT p.sha256 FROM pictures p "
            "WHERE NOT EXISTS (SELECT 1 FROM entry_pictures l WHERE l.sha256 = p.sha256) "
            "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE instr(d.fields, p.sha256)) "
            f"{team if has_team else ''}"
            "ORDER BY p.sha256"
        )
    ]
    if not candidates:
        return []
    # Text that names a picture although its link is missing (written while the
    # picture was not yet in the journal) keeps it: one pass over the entries that
    # hold any reference, not one per picture.
    import re

    from reflekt.core.models import PICTURE_HASH

    named: set[str] = set()
    for _, _, sections, body in entries_with_references(db):
        named.update(re.findall(PICTURE_HASH, f"{body}\n{sections}"))
    return [sha for sha in candidates if sha not in named]
