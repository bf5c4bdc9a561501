"""Search: the query language a person types, and the paging cursors.

Ranking and snippets run in storage's FTS5 index; this module turns what a person
types into a safe FTS5 query and keeps list positions opaque.
"""

from __future__ import annotations

import re

from reflekt.errors import InvalidInput

RANK_WINDOW = 2000  # matches ranked by relevance at most (see Journal.search)
HL_START = "\x02"  # snippet highlight markers; faces turn them into bold/HTML
HL_END = "\x03"


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
            raise InvalidInput(f"{cursor!r} is not a list position reflekt gave out.") from None


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
