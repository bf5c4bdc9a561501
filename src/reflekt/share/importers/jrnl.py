"""jrnl's JSON export (``jrnl --export json``).

jrnl writes each entry's local date and time without a time zone; they are taken
as this computer's local time. Tags keep their words without jrnl's ``@``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from reflekt.errors import FileRejected
from reflekt.share.importers import Parsed


def _bad(name: str, number: int, what: str) -> FileRejected:
    return FileRejected(
        f"{name} is not a jrnl export reflekt can read: entry {number} {what}. "
        "Nothing was imported."
    )


def parse(data: Any, name: str) -> Parsed:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise FileRejected(f"{name} is not a jrnl JSON export (it has no list of entries).")
    parsed = Parsed()
    for number, item in enumerate(data["entries"], start=1):
        if not isinstance(item, dict):
            raise _bad(name, number, "is not an object")
        date, time = item.get("date"), item.get("time", "00:00")
        title, body = item.get("title", ""), item.get("body", "")
        tags, starred = item.get("tags", []), item.get("starred", False)
        if not isinstance(date, str) or not isinstance(time, str):
            raise _bad(name, number, "has no date")
        if not isinstance(title, str) or not isinstance(body, str):
            raise _bad(name, number, "has a title or text that is not text")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise _bad(name, number, "has tags that are not a list of words")
        try:
            day = dt.date.fromisoformat(date)
            clock = dt.time.fromisoformat(time)
        except ValueError:
            what = f"has a date or time reflekt cannot read ({date[:20]} {time[:20]})"
            raise _bad(name, number, what) from None
        created = dt.datetime.combine(day, clock).astimezone().isoformat(timespec="seconds")
        if not (title.strip() or body.strip()):
            parsed.warnings.append(f"Entry {number} ({date}) has no text and was left out.")
            continue
        digest = hashlib.sha256("\x1f".join((date, time, title, body)).encode()).hexdigest()
        parsed.items.append(
            (
                f"jrnl:{digest[:32]}",
                {
                    "title": title.strip(),
                    "body": body.strip("\n"),
                    "tags": [t.lstrip("@#") for t in tags],
                    "starred": bool(starred),
                    "day": day,
                    "created": created,
                },
            )
        )
    return parsed
