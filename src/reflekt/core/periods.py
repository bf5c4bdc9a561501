"""Periods of whole days, and the week and month arithmetic the statistics, the report
and the charts share (no journal needed)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from reflekt.errors import InvalidInput
from reflekt.messages import msg


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week ``day`` is in."""
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (Feb 29 -> Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Period:
    """A run of whole days, both ends included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                msg(
                    "The period ends ({end}) before it starts ({start}). "
                    "Give the earlier date as 'from' and the later one as 'to'.",
                    end=self.end,
                    start=self.start,
                )
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def last_months(cls, months: int, today: dt.date | None = None) -> Period:
        """The last ``months`` months up to and including ``today``."""
        today = today or dt.date.today()
        return cls(add_months(today, -months) + dt.timedelta(days=1), today)

    def to_json(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}
