"""Search: the query language a person types, ranking, snippets and paging cursors.

``fts_query`` turns what a person types into a safe FTS5 query; ``entries`` answers
``Journal.search`` (bounded ranking, snippets only for the rows returned); list
positions stay opaque (``_Cursor``).
"""

from __future__ import annotations

import re

from reflekt.core.models import Filters, SearchHit
from reflekt.core.storage import search as stored
from reflekt.core.storage.chunks import chunks
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.journal import Journal
    from reflekt.core.storage import JournalDatabase

RANK_WINDOW = 2000  # matches ranked by relevance at most (see Journal.search)
HL_START = "\x02"  # snippet highlight markers; faces turn them into bold/HTML
HL_END = "\x03"
# Search leaves entries in the trash out afterwards while there are at most this many.
TRASH_SET_MAX = 1000


class _Cursor:
    """Keyset position in (day, created, seq) order, as an opaque string."""

    @staticmethod
    def encode(day: str, created: str, seq: int) -> str:
        return f"{day}|{created}|{seq}"

    @staticmethod
    def decode(cursor: str) -> tuple[str, str, int]:
        try:
            day, created, seq = cursor.split("|")
            return day, created, int(seq)
        except ValueError:
            raise InvalidInput(
                msg("{cursor} is not a list position reflekt gave out.", cursor=repr(cursor))
            ) from None


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are ANDed; ``"a phrase"`` stays a phrase; ``word*`` is a prefix;
    ``-word`` leaves entries with that word out; ``OR`` between words works.
    Everything else is quoted, so no input is an FTS syntax error.
    """
    positive: list[str] = []
    negative: list[str] = []
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', text):
        minus, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            if positive and positive[-1] != "OR":
                positive.append("OR")
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        raw = phrase if phrase is not None else word
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        if not any(ch.isalnum() for ch in raw):
            continue
        term = '"' + raw.replace('"', '""') + '"' + ("*" if prefix else "")
        (negative if minus else positive).append(term)
    while positive and positive[-1] == "OR":
        positive.pop()
    if not positive:
        return ""
    query = " ".join(positive)
    if negative:
        query = f"({query}) NOT ({' OR '.join(negative)})"
    return query


# -- the bulk path (add_many, imports) ------------------------------------------


def entries(
    journal: Journal,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """``Journal.search``: entries matching ``query`` best first, with snippets."""
    match = fts_query(query)
    if not match:
        raise InvalidInput(msg("Type a word to search for."))
    if limit < 1:
        raise InvalidInput(msg("The limit must be at least 1."))
    where, params = journal._where(filters or Filters())
    wanted = max(offset, 0) + limit
    # Newest first is the order FTS5 can stream and stop early; bm25 is computed
    # only for the rows fetched.
    rows = _matches(journal.db, match, where, params, max(wanted, RANK_WINDOW))
    ranked = sorted(rows[:RANK_WINDOW], key=lambda row: row[1]) + rows[RANK_WINDOW:]
    page = ranked[max(offset, 0) : wanted]
    hits: list[SearchHit] = []
    # Snippets (which re-read and re-tokenize each text) only for the rows returned.
    for chunk in chunks(page):
        seqs = [seq for seq, _ in chunk]
        snippets = stored.snippets(journal.db, match, seqs, HL_START, HL_END)
        entries = journal._entries_by_seq(seqs)
        hits += [
            SearchHit(entry, snippets.get(seq, ""), score)
            for entry, (seq, score) in zip(entries, chunk, strict=True)
        ]
    return hits


def _matches(
    db: JournalDatabase, match: str, where: list[str], params: list[Any], limit: int
) -> list[tuple[int, float]]:
    """The newest ``limit`` matches that pass the filters, as (seq, bm25) pairs."""
    if where == ["e.trashed = ?"] and params == [0]:
        # No filter but "not in the trash" (search as you type): the few entries in
        # the trash are left out afterwards, instead of reading each match's large
        # entry row to see whether it is (2,000 rows: 5-15 ms of the 15-30 ms).
        trashed = stored.trashed(db, TRASH_SET_MAX + 1)
        if len(trashed) <= TRASH_SET_MAX:
            rows = stored.newest_matches(db, match, limit + len(trashed))
            return [row for row in rows if row[0] not in trashed][:limit]
    return stored.newest_filtered_matches(db, match, where, params, limit)
