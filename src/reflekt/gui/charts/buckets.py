"""From growth statistics to the columns a chart draws: weeks, months, quarters, years.

Plain data work, no widget: every function takes a ``GrowthStats`` (core data) and
returns spans of days with their labels and what falls in each. The labels come from
``labels`` (the UI language's dates).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable

from reflekt.core.models import Kind
from reflekt.core.periods import Period, add_months
from reflekt.core.stats import GrowthStats
from reflekt.gui.charts.labels import day_text, month_text, short_day_text, week_of_text

WEEKS_UP_TO_DAYS = 190  # periods up to about six months are shown by week, longer by month
MONTHS_UP_TO = 36  # ... up to three years by month, then by quarter
QUARTERS_UP_TO = 44  # ... up to eleven years by quarter, then by year
MOOD_WEEKS_UP_TO_DAYS = 400  # mood week by week for up to about a year
SKILL_ROWS = 8


@dataclasses.dataclass(frozen=True)
class Bucket:
    """One bar's (or column's) span of days: a week, a month, a quarter or a year."""

    start: dt.date
    end: dt.date
    label: str  # on the axis, where there is room
    long_label: str  # in tooltips and sentences
    months: tuple[dt.date, ...] = ()  # the months it sums (none for a week)


def clip(period: Period, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The part of ``start``..``end`` inside the period (what a click on it filters)."""
    return max(start, period.start), min(end, period.end)


def week_buckets(stats: GrowthStats, long_label: Callable[[dt.date], str]) -> list[Bucket]:
    """One bucket per week of the period; ``long_label`` names a week from its Monday."""
    return [
        Bucket(
            week.week_start,
            week.week_start + dt.timedelta(days=6),
            short_day_text(week.week_start),
            long_label(week.week_start),
        )
        for week in stats.per_week
    ]


def buckets(stats: GrowthStats) -> tuple[str, list[Bucket]]:
    """Weeks for periods up to about six months, else as ``month_buckets``."""
    if stats.period.days > WEEKS_UP_TO_DAYS:
        return month_buckets(stats)
    return "week", week_buckets(stats, week_of_text)


def month_buckets(stats: GrowthStats) -> tuple[str, list[Bucket]]:
    """Months for up to three years, quarters up to eleven, years beyond: a chart of ten
    years keeps about forty columns, each wide enough to see and to click."""
    months = stats.months
    if len(months) <= MONTHS_UP_TO:
        return "month", [
            Bucket(
                month,
                add_months(month, 1) - dt.timedelta(days=1),
                month_text(month, with_year=n == 0 or month.month == 1),
                month_text(month),
                (month,),
            )
            for n, month in enumerate(months)
        ]
    size, unit = (3, "quarter") if len(months) <= 3 * QUARTERS_UP_TO else (12, "year")
    groups: dict[dt.date, list[dt.date]] = {}
    for month in months:
        first = month.replace(month=1 + (month.month - 1) // size * size)
        groups.setdefault(first, []).append(month)
    result = []
    for n, (first, inside) in enumerate(groups.items()):
        end = add_months(first, size) - dt.timedelta(days=1)
        if unit == "year":
            label = long_label = str(first.year)
        else:
            # The axis names a year at its first quarter; a tooltip names the months.
            label = str(first.year) if first.month == 1 or n == 0 else ""
            long_label = f"{month_text(first, with_year=False)}–{month_text(end)}"
        result.append(Bucket(first, end, label, long_label, tuple(inside)))
    return unit, result


def bucket_ticks(spans: list[Bucket]) -> tuple[list[tuple[float, str]], int]:
    """(position, label) for the axis under ``spans``, and show every how many-th."""
    ticks: list[tuple[float, str]] = [(n, b.label) for n, b in enumerate(spans) if b.label]
    return ticks, math.ceil(len(ticks) / 12)


def month_sums(stats: GrowthStats, span: Bucket) -> dict[str, int]:
    """Entries of each kind in a bucket of months."""
    result: dict[str, int] = {}
    for month in span.months:
        for kind, count in stats.kinds_per_month.get(month, {}).items():
            result[kind] = result.get(kind, 0) + count
    return result


def kinds_series(stats: GrowthStats) -> tuple[str, list[Bucket], list[dict[str, int]]]:
    """The unit, its spans and the entries of each kind in each."""
    unit, spans = buckets(stats)
    if unit == "week":
        return unit, spans, [stats.kinds_per_week.get(b.start, {}) for b in spans]
    return unit, spans, [month_sums(stats, b) for b in spans]


def flow_series(stats: GrowthStats) -> tuple[list[Bucket], list[tuple[int, int]]]:
    """Columns of months (or longer) and (learned from a colleague, shared) in each."""
    _, spans = month_buckets(stats)
    learned, shared = Kind.LEARNED_FROM.value, Kind.SHARED_KNOWLEDGE.value
    counts = []
    for span in spans:
        sums = month_sums(stats, span)
        counts.append((sums.get(learned, 0), sums.get(shared, 0)))
    return spans, counts


def skill_grid(
    stats: GrowthStats,
) -> tuple[list[Bucket], list[str], dict[tuple[int, str], int]]:
    """Columns, rows (the most practised skills) and the entries at (column, skill)."""
    _, spans = month_buckets(stats)
    rows = [s.name for s in stats.skills[:SKILL_ROWS]]
    column = {month: n for n, span in enumerate(spans) for month in span.months}
    counts: dict[tuple[int, str], int] = {}
    for point in stats.skills_per_month:
        n = column.get(point.month)
        if n is not None and point.skill in rows:
            counts[n, point.skill] = counts.get((n, point.skill), 0) + point.count
    return spans, rows, counts


def mood_series(stats: GrowthStats) -> tuple[str, list[Bucket], list[tuple[float, int] | None]]:
    """The unit, its spans and (average mood, moods recorded) in each (None: no mood).
    Week by week for up to about a year, else by month, quarter or year."""
    if stats.period.days <= MOOD_WEEKS_UP_TO_DAYS:
        spans = week_buckets(stats, day_text)
        weekly = {m.week_start: (m.average, m.count) for m in stats.mood_per_week}
        return "week", spans, [weekly.get(b.start) for b in spans]
    unit, spans = month_buckets(stats)
    monthly = {m.month: m for m in stats.mood_per_month}
    values: list[tuple[float, int] | None] = []
    for span in spans:
        inside = [monthly[m] for m in span.months if m in monthly]
        count = sum(m.count for m in inside)
        values.append((sum(m.average * m.count for m in inside) / count, count) if count else None)
    return unit, spans, values
