"""jrnl's JSON export (``jrnl --export json``).

jrnl writes each entry's local date and time without a time zone; they are taken
as this computer's local time. Tags keep their words without jrnl's ``@``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from collections.abc import Callable
from typing import Any

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.messages import msg
from reflekt.share.importers.base import (
    ImportReport,
    Parsed,
    Source,
    add_entries,
    foreign_export,
    register,
)

NAME = "jrnl"
TITLE = "jrnl"


def sniff(source: Source) -> bool:
    """A JSON export whose entries have a date and a title or body (and none of Day
    One's marks); with no entries, jrnl's ``tags`` count."""
    found = foreign_export(source)
    if found is None:
        return False
    data, first = found
    if first is None:
        return "tags" in data and "metadata" not in data
    if "uuid" in first or "creationDate" in first:
        return False
    return "date" in first and ("title" in first or "body" in first)


def read(
    journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
) -> ImportReport:
    return add_entries(journal, parse(source.json(), source.name), source, report, cancelled)


def _bad(name: str, number: int, what: str) -> FileRejected:
    return FileRejected(
        msg(
            "{name} is not a jrnl export reflekt can read: entry {number} {what}. "
            "Nothing was imported.",
            name=name,
            number=number,
            what=what,
        )
    )


class _LocalTime:
    """ISO 8601 local timestamps with their UTC offset, for many dates and times.

    ``datetime.astimezone()`` asks the C library about the time zone on every call;
    an export holds ten thousands of entries on a few thousand days. A day whose
    offset is the same at its start and at its end (every day but the two a year
    when the clocks change) has that offset all day, so it is asked once per day.
    """

    def __init__(self) -> None:
        self._days: dict[dt.date, str | None] = {}

    def stamp(self, day: dt.date, clock: dt.time) -> str:
        if clock.tzinfo is None and clock.microsecond == 0:
            offset = self._days.get(day, "")
            if offset == "":
                offset = self._days[day] = self._offset_all_day(day)
            if offset is not None:
                return f"{day.isoformat()}T{clock.isoformat(timespec='seconds')}{offset}"
        return dt.datetime.combine(day, clock).astimezone().isoformat(timespec="seconds")

    @staticmethod
    def _offset_all_day(day: dt.date) -> str | None:
        first = dt.datetime.combine(day, dt.time(0, 0)).astimezone()
        last = dt.datetime.combine(day, dt.time(23, 59, 59)).astimezone()
        if first.utcoffset() != last.utcoffset():
            return None  # the clocks change that day: ask for each time
        return first.isoformat(timespec="seconds")[19:]


def parse(data: Any, name: str) -> Parsed:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise FileRejected(
            msg("{name} is not a jrnl JSON export (it has no list of entries).", name=name)
        )
    parsed = Parsed()
    items = parsed.items
    local = _LocalTime()
    days: dict[str, dt.date] = {}
    clocks: dict[str, dt.time] = {}
    sha256 = hashlib.sha256
    for number, item in enumerate(data["entries"], start=1):
        if type(item) is not dict:
            raise _bad(name, number, msg("is not an object"))
        get = item.get
        date, time = get("date"), get("time", "00:00")
        title, body = get("title", ""), get("body", "")
        tags, starred = get("tags", []), get("starred", False)
        if type(date) is not str or type(time) is not str:
            raise _bad(name, number, msg("has no date"))
        if type(title) is not str or type(body) is not str:
            raise _bad(name, number, msg("has a title or text that is not text"))
        if type(tags) is not list or not all(type(t) is str for t in tags):
            raise _bad(name, number, msg("has tags that are not a list of words"))
        try:
            day = days.get(date) or days.setdefault(date, dt.date.fromisoformat(date))
            clock = clocks.get(time) or clocks.setdefault(time, dt.time.fromisoformat(time))
        except ValueError:
            what = msg(
                "has a date or time reflekt cannot read ({date} {time})",
                date=date[:20],
                time=time[:20],
            )
            raise _bad(name, number, what) from None
        if not (title.strip() or body.strip()):
            parsed.warnings.append(
                msg("Entry {number} ({day}) has no text and was left out.", number=number, day=date)
            )
            continue
        digest = sha256("\x1f".join((date, time, title, body)).encode()).hexdigest()
        items.append(
            (
                f"jrnl:{digest[:32]}",
                {
                    "title": title.strip(),
                    "body": body.strip("\n"),
                    "tags": [t.lstrip("@#") for t in tags],
                    "starred": bool(starred),
                    "day": day,
                    "created": local.stamp(day, clock),
                },
            )
        )
    return parsed


register(sys.modules[__name__])
