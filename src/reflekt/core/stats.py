"""Growth statistics for a period, as plain data computed with SQL aggregates.

Everything here counts entries by their ``day`` (the day the person says the entry is
about, in their own time zone when they wrote it), never by the UTC instant in
``created``: a reflection written at 23:30 in New York belongs to that evening, not
to the next morning in UTC. Nothing loads whole entries; every figure is one grouped
query over the ``entries_growth`` covering index (migration 0005), so a period of a
journal with 100,000 entries is summed without reading a single entry body.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reflekt.core.journal import Journal
from reflekt.core.models import GoalStatus, Kind, Relation, Source
from reflekt.errors import InvalidInput

# The 70-20-10 model: most learning comes from experience, some from other people,
# a little from courses and reading. Shown as a reference, never as a target to hit.
REFERENCE_SHARES: dict[str, float] = {
    Source.EXPERIENCE.value: 0.70,
    Source.PEOPLE.value: 0.20,
    Source.COURSE.value: 0.10,
}
STREAK_SETTING = "streak_min"
LAST_TALK_SETTING = "last_talk"
HEATMAP_DAYS = 371  # 53 full weeks: a year of days, laid out Monday to Sunday
TOP_PEOPLE = 10
TOP_SKILLS = 12

# The Monday that starts the ISO week of a ``day`` column: 'weekday 0' moves to the
# coming Sunday (or stays on one), six days back is that week's Monday. Unlike
# strftime('%W') this never splits a week at New Year.
WEEK_START_SQL = "date({col}, 'weekday 0', '-6 days')"


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
                f"The period ends ({self.end}) before it starts ({self.start}). "
                "Give the earlier date as 'from' and the later one as 'to'."
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


def last_talk(journal: Journal) -> dt.date | None:
    """The day of the last development talk, when the person has recorded one."""
    value = journal.get_setting(LAST_TALK_SETTING)
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None  # a hand-edited setting should not stop the growth view opening


def set_last_talk(journal: Journal, day: dt.date) -> None:
    journal.set_setting(LAST_TALK_SETTING, day.isoformat())


def default_period(journal: Journal, today: dt.date | None = None) -> Period:
    """Since the last development talk (the day after it), else the last 12 months."""
    today = today or dt.date.today()
    talk = last_talk(journal)
    if talk is not None and talk < today:
        return Period(talk + dt.timedelta(days=1), today)
    return Period.last_months(12, today)


def resolve_period(
    journal: Journal,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date | None = None,
) -> Period:
    """The period a command line or dialog asked for; missing ends get sensible defaults."""
    today = today or dt.date.today()
    if start is None and end is None:
        return default_period(journal, today)
    if end is None:
        end = max(today, start) if start else today
    if start is None:
        start = Period.last_months(12, end).start
    return Period(start, end)


def streak_min(journal: Journal) -> int:
    """Entries a week needs to keep a streak going (the ``streak_min`` setting, default 1)."""
    try:
        return max(1, int(journal.get_setting(STREAK_SETTING, "1") or "1"))
    except ValueError:
        return 1


# -- results ------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    week_start: dt.date
    count: int


@dataclass(frozen=True)
class Streak:
    """Runs of consecutive weeks with at least ``min_per_week`` entries.

    Which days in a week have entries does not matter (rest days are forgiven);
    a week still under way that has not reached the minimum yet does not break the
    current run either.
    """

    current: int
    longest: int
    min_per_week: int


@dataclass(frozen=True)
class NameCount:
    name: str
    count: int


@dataclass(frozen=True)
class SkillMonth:
    month: dt.date
    skill: str
    count: int


@dataclass(frozen=True)
class MoodWeek:
    week_start: dt.date
    average: float
    count: int


@dataclass(frozen=True)
class MonthFlow:
    """Entries learned from a colleague vs entries sharing knowledge, per month."""

    month: dt.date
    learned: int
    shared: int


@dataclass(frozen=True)
class GoalProgress:
    id: str
    title: str
    status: GoalStatus
    target_date: dt.date | None
    evidence: int  # linked entries within the period


@dataclass
class GrowthStats:
    period: Period
    previous: Period
    shareable_only: bool
    total_entries: int
    previous_total: int
    by_kind: dict[str, int]
    by_source: dict[str, int]
    without_source: int
    per_week: list[WeekCount]
    kinds_per_week: dict[dt.date, dict[str, int]]
    kinds_per_month: dict[dt.date, dict[str, int]]
    streak: Streak
    skills: list[NameCount]
    skills_per_month: list[SkillMonth]
    learned_from: list[NameCount]
    learned_from_count: int
    people_helped: list[NameCount]
    shared_count: int
    lessons_from_mistakes: int
    team_lessons_used: int
    mood_per_week: list[MoodWeek]
    flow_per_month: list[MonthFlow]
    per_day: dict[dt.date, int]
    heatmap: Period
    goals: list[GoalProgress] = field(default_factory=list)

    @property
    def change(self) -> int:
        return self.total_entries - self.previous_total

    @property
    def source_shares(self) -> dict[str, float]:
        """Each learning source's share of the entries that name one (0 when none do)."""
        named = sum(self.by_source.values())
        return {key: (count / named if named else 0.0) for key, count in self.by_source.items()}

    @property
    def mood_recorded(self) -> bool:
        return bool(self.mood_per_week)

    @property
    def months(self) -> list[dt.date]:
        """First days of every month the period touches, in order."""
        result = []
        month = month_start(self.period.start)
        while month <= self.period.end:
            result.append(month)
            month = add_months(month, 1)
        return result

    def to_json(self) -> dict[str, Any]:
        """The ``reflekt stats --json`` shape (keys as in issue #5, then extras)."""
        shares = self.source_shares
        return {
            "period": self.period.to_json(),
            "total_entries": self.total_entries,
            "previous_total": self.previous_total,
            "by_kind": dict(self.by_kind),
            "by_source": dict(self.by_source),
            "per_week": [
                {"week_start": w.week_start.isoformat(), "count": w.count} for w in self.per_week
            ],
            "streak": {"current": self.streak.current, "longest": self.streak.longest},
            "skills": [{"skill": s.name, "count": s.count} for s in self.skills],
            "learned_from": [{"person": p.name, "count": p.count} for p in self.learned_from],
            "shared_count": self.shared_count,
            "lessons_from_mistakes": self.lessons_from_mistakes,
            "goals": [
                {"title": g.title, "status": g.status.value, "evidence": g.evidence}
                for g in self.goals
            ],
            # Beyond the list: useful to a script, harmless to ignore.
            "previous_period": self.previous.to_json(),
            "shareable_only": self.shareable_only,
            "streak_min_per_week": self.streak.min_per_week,
            "source_shares": {key: round(value, 4) for key, value in shares.items()},
            "source_reference": dict(REFERENCE_SHARES),
            "without_source": self.without_source,
            "learned_from_count": self.learned_from_count,
            "people_helped": [{"person": p.name, "count": p.count} for p in self.people_helped],
            "team_lessons_used": self.team_lessons_used,
            "mood_per_week": [
                {
                    "week_start": m.week_start.isoformat(),
                    "average": round(m.average, 2),
                    "count": m.count,
                }
                for m in self.mood_per_week
            ],
            "skills_per_month": [
                {"month": s.month.isoformat()[:7], "skill": s.skill, "count": s.count}
                for s in self.skills_per_month
            ],
            "learned_vs_shared_per_month": [
                {"month": f.month.isoformat()[:7], "learned": f.learned, "shared": f.shared}
                for f in self.flow_per_month
            ],
        }


# -- computing ----------------------------------------------------------------


class _Query:
    """The WHERE clause every figure shares: entries in the journal, within days."""

    def __init__(self, journal: Journal, shareable_only: bool) -> None:
        self.db = journal.db
        self.shareable_only = shareable_only

    def where(self, period: Period, alias: str = "e") -> tuple[str, list[Any]]:
        # The day range comes straight after trashed = 0 so SQLite can walk the
        # (trashed, day, ...) index instead of the table.
        clause = f"{alias}.trashed = 0 AND {alias}.day BETWEEN ? AND ?"
        params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
        if self.shareable_only:
            clause += f" AND {alias}.visibility = 'shareable'"
        return clause, params

    def rows(self, sql: str, period: Period, extra: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        where, params = self.where(period)
        return self.db.execute(sql.format(where=where), [*params, *extra]).fetchall()

    def scalar(self, sql: str, period: Period, extra: Iterable[Any] = ()) -> int:
        rows = self.rows(sql, period, extra)
        return int(rows[0][0] or 0) if rows else 0


def compute(
    journal: Journal,
    period: Period,
    *,
    shareable_only: bool = False,
    today: dt.date | None = None,
) -> GrowthStats:
    """Every growth figure for ``period``.

    ``shareable_only`` counts only entries marked shareable (the manager's report).
    ``today`` decides whether the period's last week is still under way (streaks).
    """
    today = today or dt.date.today()
    q = _Query(journal, shareable_only)
    week = WEEK_START_SQL.format(col="e.day")

    total = q.scalar("SELECT count(*) FROM entries e WHERE {where}", period)
    previous = period.previous()
    previous_total = q.scalar("SELECT count(*) FROM entries e WHERE {where}", previous)

    by_kind = {kind.value: 0 for kind in Kind}
    by_source = {source.value: 0 for source in Source}
    without_source = 0
    for kind, source, count in q.rows(
        "SELECT e.kind, e.source, count(*) FROM entries e WHERE {where} GROUP BY 1, 2", period
    ):
        by_kind[kind] = by_kind.get(kind, 0) + count
        if source is None:
            without_source += count
        else:
            by_source[source] = by_source.get(source, 0) + count

    kinds_per_week: dict[dt.date, dict[str, int]] = {}
    for start, kind, count in q.rows(
        f"SELECT {week} AS w, e.kind, count(*) FROM entries e WHERE {{where}} GROUP BY 1, 2",
        period,
    ):
        kinds_per_week.setdefault(dt.date.fromisoformat(start), {})[kind] = count
    weeks = _week_starts(period)
    per_week = [WeekCount(w, sum(kinds_per_week.get(w, {}).values())) for w in weeks]

    kinds_per_month: dict[dt.date, dict[str, int]] = {}
    for month, kind, count in q.rows(
        "SELECT substr(e.day, 1, 7), e.kind, count(*) FROM entries e WHERE {where} GROUP BY 1, 2",
        period,
    ):
        kinds_per_month.setdefault(dt.date.fromisoformat(month + "-01"), {})[kind] = count

    skills = [
        NameCount(name, count)
        for name, count in q.rows(
            "SELECT s.name, count(*) AS n FROM entries e "
            "JOIN entry_skills l ON l.entry = e.seq JOIN skills s ON s.id = l.skill "
            "WHERE {where} GROUP BY s.id ORDER BY n DESC, s.key LIMIT ?",
            period,
            [TOP_SKILLS],
        )
    ]
    skills_per_month = [
        SkillMonth(dt.date.fromisoformat(month + "-01"), name, count)
        for month, name, count in q.rows(
            "SELECT substr(e.day, 1, 7), s.name, count(*) FROM entries e "
            "JOIN entry_skills l ON l.entry = e.seq JOIN skills s ON s.id = l.skill "
            "WHERE {where} GROUP BY 1, s.id ORDER BY 1, s.key",
            period,
        )
    ]

    learned_from = _people(q, period, Relation.LEARNED_FROM)
    people_helped = _people(q, period, Relation.HELPED)
    # An entry counts as learning from someone when it is of that kind or credits a
    # person it was learned from; counted once either way.
    learned_clause = (
        "(e.kind = 'learned-from' OR EXISTS (SELECT 1 FROM entry_people p "
        "WHERE p.entry = e.seq AND p.relation = 'learned-from'))"
    )
    learned_from_count = q.scalar(
        f"SELECT count(*) FROM entries e WHERE {{where}} AND {learned_clause}", period
    )
    mood_per_week: list[MoodWeek] = []
    if not shareable_only:  # mood is never part of anything meant for other eyes
        mood_per_week = [
            MoodWeek(dt.date.fromisoformat(start), float(average), count)
            for start, average, count in q.rows(
                f"SELECT {week} AS w, avg(e.mood), count(e.mood) FROM entries e "
                "WHERE {where} AND e.mood IS NOT NULL GROUP BY 1 ORDER BY 1",
                period,
            )
        ]

    heatmap = Period(week_start(period.end) - dt.timedelta(days=HEATMAP_DAYS - 7), period.end)
    per_day = {
        dt.date.fromisoformat(day): count
        for day, count in q.rows(
            "SELECT e.day, count(*) FROM entries e WHERE {where} GROUP BY 1", heatmap
        )
    }

    stats = GrowthStats(
        period=period,
        previous=previous,
        shareable_only=shareable_only,
        total_entries=total,
        previous_total=previous_total,
        by_kind=by_kind,
        by_source=by_source,
        without_source=without_source,
        per_week=per_week,
        kinds_per_week=kinds_per_week,
        kinds_per_month=kinds_per_month,
        streak=streaks(per_week, streak_min(journal), period, today),
        skills=skills,
        skills_per_month=skills_per_month,
        learned_from=learned_from,
        learned_from_count=learned_from_count,
        people_helped=people_helped,
        shared_count=by_kind.get(Kind.SHARED_KNOWLEDGE.value, 0),
        lessons_from_mistakes=by_kind.get(Kind.MISTAKE.value, 0),
        team_lessons_used=team_lessons_used(journal, period, shareable_only),
        mood_per_week=mood_per_week,
        flow_per_month=[],
        per_day=per_day,
        heatmap=heatmap,
        goals=_goals(q, period),
    )
    # By kind alone, so that clicking a month's bar lists exactly the entries it counts.
    stats.flow_per_month = [
        MonthFlow(
            month,
            kinds_per_month.get(month, {}).get(Kind.LEARNED_FROM.value, 0),
            kinds_per_month.get(month, {}).get(Kind.SHARED_KNOWLEDGE.value, 0),
        )
        for month in stats.months
    ]
    return stats


def _week_starts(period: Period) -> list[dt.date]:
    """Every week the period touches, empty ones included, by their Monday."""
    weeks = []
    start = week_start(period.start)
    while start <= period.end:
        weeks.append(start)
        start += dt.timedelta(days=7)
    return weeks


def streaks(weeks: list[WeekCount], minimum: int, period: Period, today: dt.date) -> Streak:
    """Current and longest runs of weeks with at least ``minimum`` entries."""
    runs = []
    run = 0
    for week in weeks:
        run = run + 1 if week.count >= minimum else 0
        runs.append(run)
    longest = max(runs, default=0)
    current = runs[-1] if runs else 0
    if len(runs) > 1 and current == 0:
        sunday = weeks[-1].week_start + dt.timedelta(days=6)
        # A last week not over yet (today is in it, or the period cuts it off) has not
        # failed: the run up to the week before still counts as current.
        if min(period.end, today) < sunday:
            current = runs[-2]
    return Streak(current, longest, minimum)


def _people(q: _Query, period: Period, relation: Relation) -> list[NameCount]:
    return [
        NameCount(name, count)
        for name, count in q.rows(
            "SELECT p.name, count(*) AS n FROM entries e "
            "JOIN entry_people l ON l.entry = e.seq JOIN people p ON p.id = l.person "
            "WHERE {where} AND l.relation = ? GROUP BY p.id ORDER BY n DESC, p.key LIMIT ?",
            period,
            [relation.value, TOP_PEOPLE],
        )
    ]


def _goals(q: _Query, period: Period) -> list[GoalProgress]:
    """Goals still open, plus any other goal that has evidence in the period."""
    where, params = q.where(period)
    rows = q.db.execute(
        "SELECT g.id, g.title, g.status, g.target_date, "
        f"(SELECT count(*) FROM entry_goals l JOIN entries e ON e.seq = l.entry "
        f" WHERE l.goal = g.seq AND {where}) AS evidence "
        "FROM goals g "
        "ORDER BY g.status != 'active', g.target_date IS NULL, g.target_date, g.seq",
        params,
    ).fetchall()
    return [
        GoalProgress(
            goal_id,
            title,
            GoalStatus(status),
            dt.date.fromisoformat(target) if target else None,
            evidence,
        )
        for goal_id, title, status, target, evidence in rows
        if status == GoalStatus.ACTIVE.value or evidence
    ]


def _has_table(journal: Journal, table: str) -> bool:
    return bool(
        journal.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
    )


def _team_where(period: Period, shareable_only: bool) -> tuple[str, list[Any]]:
    where = "e.trashed = 0 AND e.day BETWEEN ? AND ?"
    if shareable_only:
        where += " AND e.visibility = 'shareable'"
    return where, [period.start.isoformat(), period.end.isoformat()]


def team_lessons_used(journal: Journal, period: Period, shareable_only: bool = False) -> int:
    """Colleagues' team lessons the person drew on ("I learned from this") in the period.

    Counted through the links of migration 0006_team_links (issue #4): distinct lessons
    credited by entries of the period. A journal without those tables counts 0.
    """
    if not _has_table(journal, "entry_team_lessons"):
        return 0
    where, params = _team_where(period, shareable_only)
    row = journal.db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT l.author_key, l.lesson_id "
        "FROM entry_team_lessons l JOIN entries e ON e.seq = l.entry "
        f"WHERE {where})",
        params,
    ).fetchone()
    return int(row[0] or 0)


def team_lesson_authors(
    journal: Journal, period: Period, shareable_only: bool = False
) -> list[NameCount]:
    """Authors of the team lessons used in the period, most used first (the thank-you list)."""
    if not (_has_table(journal, "entry_team_lessons") and _has_table(journal, "team_authors")):
        return []
    where, params = _team_where(period, shareable_only)
    return [
        NameCount(name, count)
        for name, count in journal.db.execute(
            "SELECT coalesce(a.name, l.author_key), count(DISTINCT l.lesson_id) AS n "
            "FROM entry_team_lessons l JOIN entries e ON e.seq = l.entry "
            "LEFT JOIN team_authors a ON a.key = l.author_key "
            f"WHERE {where} GROUP BY l.author_key ORDER BY n DESC, 1",
            params,
        )
    ]
