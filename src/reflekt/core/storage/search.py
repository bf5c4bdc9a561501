"""Full-text queries over the entries (FTS5): matches with their bm25 score, snippets.

The query language a person types, the ranking policy and the paging live in
``core/search.py``; ``match`` here is always a query it made safe.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.storage import JournalDatabase


def trashed(db: JournalDatabase, limit: int) -> set[int]:
    """Row numbers of (at most ``limit``) entries in the trash."""
    return {
        seq for (seq,) in db.execute("SELECT seq FROM entries WHERE trashed = 1 LIMIT ?", [limit])
    }


def newest_matches(db: JournalDatabase, match: str, limit: int) -> list[tuple[int, float]]:
    """The newest ``limit`` matches, trash included, as (seq, bm25) pairs: the order
    FTS5 can stream and stop early, bm25 computed only for the rows fetched."""
    return db.execute(
        "SELECT rowid, bm25(entries_fts, 5.0, 1.0, 1.0, 2.0) FROM entries_fts "
        "WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        [match, limit],
    ).fetchall()


def newest_filtered_matches(
    db: JournalDatabase, match: str, clauses: list[str], params: list[Any], limit: int
) -> list[tuple[int, float]]:
    """The newest ``limit`` matches that pass the conditions on ``entries e``."""
    return db.execute(
        "SELECT e.seq, bm25(entries_fts, 5.0, 1.0, 1.0, 2.0) "
        "FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid "
        f"WHERE entries_fts MATCH ? AND {' AND '.join(clauses)} "
        "ORDER BY entries_fts.rowid DESC LIMIT ?",
        [match, *params, limit],
    ).fetchall()


def snippets(
    db: JournalDatabase, match: str, seqs: list[int], start: str, end: str
) -> dict[int, str]:
    """A snippet of each of the given entries, matches marked with ``start``/``end``."""
    # The matches are walked once over the rows' range and the snippet made only
    # for the wanted ones: `rowid IN (...)` looked each row up on its own, and for
    # a prefix (`timm*`) every lookup gathered all the words it stands for again
    # (50 rows: 25-90 ms, now 1-5 ms).
    wanted = set(seqs)
    return {
        seq: snippet
        for seq, snippet in db.execute(
            f"SELECT rowid, CASE WHEN rowid IN ({','.join('?' * len(seqs))}) "
            "THEN snippet(entries_fts, -1, ?, ?, '…', 16) END FROM entries_fts "
            "WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?",
            [*seqs, start, end, match, min(seqs), max(seqs)],
        )
        if seq in wanted
    }
