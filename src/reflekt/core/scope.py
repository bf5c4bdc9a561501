"""Which entries a view covers: the one place that decides it (issue #13).

A view has an audience and, for statistics and the report, a period:

- **me**: everything in the journal (the private report, the person's own charts);
- **manager**: only entries the person marked shareable (the report to show a manager);
- **team**: only shareable entries unless the person explicitly agrees to a private
  one (exports, bundles, the brief, the team folder).

``share/redact.py`` then decides which fields and which words of each covered entry
leave. Statistics, the report and every export ask this module; nothing else filters
on visibility. The SQL text itself lives in ``core/storage/visibility.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from reflekt.core.models import Entry, Filters, Headline, Visibility
from reflekt.core.storage import visibility as sql

if TYPE_CHECKING:
    from reflekt.core.periods import Period


class Audience(StrEnum):
    ME = "me"
    MANAGER = "manager"
    TEAM = "team"


@dataclass(frozen=True)
class Scope:
    """The entries a view covers: an audience and, where it matters, a period."""

    audience: Audience = Audience.ME
    period: Period | None = None

    @property
    def shared_only(self) -> bool:
        """Only entries marked shareable (every audience but the person themself)."""
        return self.audience is not Audience.ME

    @property
    def private_view(self) -> bool:
        """Nothing of this view leaves the person's hands: names, mood, all sections stay."""
        return self.audience is Audience.ME

    def entry_where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A WHERE clause (and its parameters) for entry rows named ``alias``."""
        if self.period is None:
            clause, params = f"{alias}.trashed = 0", []
        else:
            clause = sql.LIVE_IN_DAYS.format(alias=alias)
            params = [self.period.start.isoformat(), self.period.end.isoformat()]
        if self.shared_only:
            clause += " AND " + sql.SHARED_ENTRY.format(alias=alias)
        return clause, params

    def summary_where(self, column: str, start: str, end: str) -> tuple[str, list[Any]]:
        """A WHERE clause for the growth summaries, over ``column`` between two keys."""
        clause = f"{column} BETWEEN ? AND ?"
        if self.shared_only:
            clause += " AND " + sql.SHARED_SUMMARY
        return clause, [start, end]

    def visibility_filter(self) -> Visibility | None:
        """The list filter's visibility for "only what this view covers"."""
        return Visibility.SHAREABLE if self.shared_only else None

    def default_filters(self, filters: Filters | None = None) -> Filters:
        """The list filters for "every entry this view covers" when none were chosen."""
        if filters is not None:
            return filters
        return Filters(visibility=self.visibility_filter())


def for_audience(audience_: Audience | str, period: Period | None = None) -> Scope:
    return Scope(Audience(audience_), period)


TEAM = Scope(Audience.TEAM)


def needs_consent(entries: Iterable[Entry]) -> list[Entry]:
    """The entries that are private: they leave only with the person's explicit yes."""
    return [e for e in entries if e.visibility is not Visibility.SHAREABLE]


def is_private(entry: Entry | Headline) -> bool:
    return entry.visibility is not Visibility.SHAREABLE
