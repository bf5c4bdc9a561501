"""The bulk write path's statements (``core/bulk.py``): many rows per ``executemany``,
the full-text index and the entry indexes set aside for a block and rebuilt at its end.

Every function runs inside the caller's transaction, so nobody else ever sees a
trigger paused or an index missing, and a block that fails leaves nothing behind.
"""

from __future__ import annotations

from reflekt.core.storage import growth as growth_summary
from reflekt.core.storage.chunks import chunks
from reflekt.core.storage.entries import INSERT

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from reflekt.core.storage import JournalDatabase

# FTS5's in-memory index while the bulk path indexes (see index_text_after), and
# FTS5's own default, put back afterwards.
BULK_FTS_HASH = 64 * 1024 * 1024
FTS_HASH_DEFAULT = 1024 * 1024
# Page cache while the bulk path writes (KiB).
BULK_CACHE_KIB = 64 * 1024

_WRITES = {
    "entries": INSERT,
    "tags": "INSERT INTO entry_tags (entry, tag, position) VALUES (?, ?, ?)",
    "skills": "INSERT INTO entry_skills (entry, skill, position) VALUES (?, ?, ?)",
    "people": "INSERT INTO entry_people (entry, person, relation, position) VALUES (?, ?, ?, ?)",
    "goals": "INSERT INTO entry_goals (entry, goal) VALUES (?, ?)",
    "keys": "INSERT INTO import_keys (key, entry, imported) VALUES (?, ?, ?)",
}
WRITE_ORDER = tuple(_WRITES)  # entries first: the links refer to them


def write(db: JournalDatabase, what: str, rows: Sequence[Sequence[Any]]) -> None:
    """Write gathered rows of one kind (``WRITE_ORDER``) in one ``executemany``."""
    assert db.conn.in_transaction
    if rows:
        db.conn.executemany(_WRITES[what], rows)


def present(db: JournalDatabase, table: str, column: str, values: list[Any]) -> set[Any]:
    """Which of ``values`` are in ``table.column`` (an indexed column)."""
    wanted = [v for v in dict.fromkeys(values) if v is not None]
    if not wanted or not db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
        return set()
    found: set[Any] = set()
    for chunk in chunks(wanted):
        found.update(
            row[0]
            for row in db.execute(
                f"SELECT {column} FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return found


def pause(db: JournalDatabase, adding: int, reindex_min: int) -> tuple[int, dict[str, Any]]:
    """Set the per-row index upkeep aside for a block that adds ``adding`` entries:
    the highest row number before it, and what ``resume`` needs to put things back.

    When the block adds at least as many entries as the journal holds (and at least
    ``reindex_min``), the entry table's secondary indexes are dropped too, to be
    built again by ``resume``.
    """
    assert db.conn.in_transaction, "the bulk path needs a transaction"
    last, count = db.execute("SELECT coalesce(max(seq), 0), count(*) FROM entries").fetchone()
    db.execute("INSERT OR IGNORE INTO fts_paused (one) VALUES (1)")
    rebuild: list[tuple[str, str]] = []
    if adding >= max(count, reindex_min):
        rebuild = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'entries' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, _ in rebuild:
            db.execute(f'DROP INDEX "{name}"')
    cache_size = db.execute("PRAGMA cache_size").fetchone()[0]
    # Room for the new rows' pages while they are written (instead of spilling them
    # to the WAL and reading them back) and for sorting the index keys in memory.
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    growth_triggers = growth_summary.pause(db)  # rebuilt at DELETE FROM fts_paused
    return last, {"rebuild": rebuild, "cache_size": cache_size, "growth": growth_triggers}


def resume(db: JournalDatabase, last: int, saved: dict[str, Any]) -> None:
    """Build what ``pause`` set aside, and index the text of the entries after ``last``."""
    for _, sql in saved["rebuild"]:
        db.execute(sql)
    growth_summary.resume(db, saved["growth"])
    db.execute("DELETE FROM fts_paused")
    index_text_after(db, last)


def restore_cache(db: JournalDatabase, saved: dict[str, Any]) -> None:
    """The page cache as it was before ``pause`` (also after a failed block)."""
    db.execute(f"PRAGMA cache_size = {int(saved['cache_size'])}")


def index_text_after(db: JournalDatabase, last: int) -> None:
    """Add the text of every entry after row ``last`` to the full-text index."""
    # FTS5 keeps new index data in memory and writes it out as a segment whenever
    # it passes `hashsize` (1 MB by default), merging segments as they pile up: for
    # 44 MB of text, hundreds of segments merged again and again. With room for
    # more, the index is written in a few large segments (about twice as fast).
    # The setting is stored with the index, so it is put back in this same
    # transaction.
    db.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", [BULK_FTS_HASH]
    )
    # New rows always get a seq above the old maximum (INTEGER PRIMARY KEY).
    db.execute(
        "INSERT INTO entries_fts (rowid, title, body, sections_text, names_text) "
        "SELECT seq, title, body, sections_text, names_text FROM entries WHERE seq > ?",
        [last],
    )
    db.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", [FTS_HASH_DEFAULT]
    )
