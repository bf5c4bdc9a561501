"""Search: the query language a person types, ranking, snippets and paging cursors.

``fts_query`` turns what a person types into a safe FTS5 query; ``entries`` answers
``Journal.search`` (bounded ranking, snippets only for the rows returned); list
positions stay opaque (``_Cursor``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from reflekt.core.models import Entry, Filters, SearchHit
from reflekt.core.storage import search as stored
from reflekt.core.storage.chunks import chunks
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
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


def _terms(text: str) -> Iterator[tuple[str, bool, bool]]:
    """What a person typed as (words or phrase, is a prefix, is left out) terms, with
    "OR" as ("OR", False, False); the one reading of the query language."""
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', text):
        minus, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            yield "OR", False, False
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        raw = phrase if phrase is not None else word
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        if any(ch.isalnum() for ch in raw):
            yield raw, prefix, bool(minus)


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are ANDed; ``"a phrase"`` stays a phrase; ``word*`` is a prefix;
    ``-word`` leaves entries with that word out; ``OR`` between words works.
    Everything else is quoted, so no input is an FTS syntax error.
    """
    positive: list[str] = []
    negative: list[str] = []
    for raw, prefix, minus in _terms(text):
        if (raw, prefix, minus) == ("OR", False, False):
            if positive and positive[-1] != "OR":
                positive.append("OR")
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
        entries = journal._entries_by_seq(seqs)
        small = [seq for seq, e in zip(seqs, entries, strict=True) if _size(e) <= SNIPPET_FTS_MAX]
        snippets = stored.snippets(journal.db, match, small, HL_START, HL_END) if small else {}
        hits += [
            SearchHit(
                entry,
                snippets.get(seq, "") if seq in snippets or seq in small else snippet(entry, query),
                score,
            )
            for entry, (seq, score) in zip(entries, chunk, strict=True)
        ]
    return hits


# -- snippets of large entries ------------------------------------------------------

# FTS5's snippet() scores every place a match could start against every match in the
# text: for a 2.4 MB pasted log where "line" is on each of 60,000 lines, one snippet
# took 33 s (and the search 36 s, against 55 ms for a rarer word). Texts longer than
# this get `snippet` below instead, whose work is bounded by the window it shows.
SNIPPET_FTS_MAX = 8_000  # characters of title, text and sections
SNIPPET_BEFORE = 40  # characters shown before the match (about FTS5's 16 tokens in all)
SNIPPET_AFTER = 140
SNIPPET_TERMS = 8  # terms of a query located in a large entry at most


def _size(entry: Entry) -> int:
    return len(entry.title) + len(entry.body) + sum(len(t) for t in entry.sections.values())


@functools.cache
def _accented() -> dict[str, str]:
    """Each base letter with its accented forms (a: aàáâãäåā…), as the index folds them."""
    forms: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0].lower()
        if base.isascii() and base.isalpha() and base != char.lower():
            forms[base] = forms.get(base, base) + char.lower()
    return forms


def _letters(word: str) -> str:
    """``word`` as a pattern that also matches its letters with or without accents."""
    forms = _accented()
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )
    return "".join(f"[{forms[c]}]" if c in forms else re.escape(c) for c in folded)


def _pattern(raw: str, prefix: bool) -> str:
    words = re.findall(r"\w+", raw)
    return r"(?<!\w)" + r"\W+".join(map(_letters, words)) + (r"\w*" if prefix else r"(?!\w)")


def snippet(entry: Entry, query: str) -> str:
    """A snippet of ``entry`` around what ``query`` asks for, matches marked (see
    ``snippet_in``): for entries too large for FTS5's own snippet()."""
    texts = [entry.title, entry.body, *entry.sections.values(), *entry.tags, *entry.skills]
    return snippet_in([*texts, *(p.name for p in entry.people)], query)


def snippet_in(texts: list[str], query: str) -> str:
    """A snippet of ``texts`` (the title first, then the text, sections, names) around
    what ``query`` asks for, matches marked: where the most of its terms stand
    together, else the start of the text. Any large text can use it (a team lesson).

    Each term is looked for up to its first place in each text (a regular expression
    in C), then only the window shown is examined: a few milliseconds for a 2.4 MB text.
    Matching ignores case and accents, as the index does (å matches a); a match only
    the index sees shows the start of the text.
    """
    patterns = [
        re.compile(_pattern(raw, prefix), re.IGNORECASE)
        for raw, prefix, minus in _terms(query)
        if not minus and (raw, prefix) != ("OR", False)
    ][:SNIPPET_TERMS]
    best: tuple[int, str, int] | None = None  # (terms in the window, text, where)
    for text in texts:
        for pattern in patterns:
            found = pattern.search(text)
            if found is None:
                continue
            window = text[max(0, found.start() - SNIPPET_BEFORE) : found.end() + SNIPPET_AFTER]
            together = sum(1 for other in patterns if other.search(window))
            if best is None or together > best[0]:
                best = (together, text, found.start())
    if best is None:  # the start of the text (the title is on the hit's own line)
        text = next((t for t in texts[1:] if t.strip()), texts[0] if texts else "")
        return _cut(text, 0, patterns)
    return _cut(best[1], best[2], patterns)


def _cut(text: str, where: int, patterns: list[re.Pattern[str]]) -> str:
    """The window of ``text`` around ``where``, cut between words, matches marked."""
    start = max(0, where - SNIPPET_BEFORE)
    end = min(len(text), where + SNIPPET_AFTER)
    if start > 0:
        space = text.find(" ", start, where)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", where, end)
        end = space if space > where else end
    window = text[start:end]
    if patterns:
        either = re.compile("|".join(p.pattern for p in patterns), re.IGNORECASE)
        window = either.sub(lambda m: f"{HL_START}{m.group(0)}{HL_END}", window)
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")


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
