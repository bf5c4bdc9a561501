"""Days as people say them: ISO dates, "yesterday", "3 days ago", and Swedish too."""

from __future__ import annotations

import datetime as dt
import re

from reflekt.errors import InvalidInput
from reflekt.messages import msg

_UNITS = {
    "day": 1,
    "days": 1,
    "dag": 1,
    "dagar": 1,
    "week": 7,
    "weeks": 7,
    "vecka": 7,
    "veckor": 7,
}
_NAMED = {
    "today": 0,
    "idag": 0,
    "i dag": 0,
    "yesterday": 1,
    "igår": 1,
    "i går": 1,
    "igar": 1,
    "i förrgår": 2,
    "förrgår": 2,
}


def parse_when(text: str, today: dt.date | None = None) -> dt.date:
    """The day ``text`` names, relative to ``today``; ``InvalidInput`` when unclear."""
    today = today or dt.date.today()
    value = " ".join(str(text).strip().lower().split())
    if value in _NAMED:
        return today - dt.timedelta(days=_NAMED[value])
    match = re.fullmatch(r"(?:för\s+)?(\d{1,5})\s+(\w+)\s+(?:ago|sedan)", value)
    if match and match.group(2) in _UNITS:
        return today - dt.timedelta(days=int(match.group(1)) * _UNITS[match.group(2)])
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidInput(
        msg(
            "{text} is not a date reflekt understands. Use YYYY-MM-DD (2026-03-14), "
            "'today', 'yesterday' or '3 days ago'.",
            text=repr(text),
        )
    )
