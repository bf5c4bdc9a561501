"""Growth statistics for a period, as plain data computed with SQL aggregates.

Everything here counts entries by their ``day`` (the day the person says the entry is
about, in their own time zone when they wrote it), never by the UTC instant in
``created``: a reflection written at 23:30 in New York belongs to that evening, not
to the next morning in UTC. Nothing loads whole entries: entry figures are sums over a
per-day summary and skills and people over a per-month one (migration
0008_growth_daily, kept exact by triggers), so ten years of a journal with 100,000
entries are a few thousand summary rows, not 100,000 entries and their links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import add
from typing import Any

from reflekt.core import scope
from reflekt.core.journal import Journal
from reflekt.core.models import GoalStatus, Kind, Relation, Source
from reflekt.core.periods import Period, add_months, month_start, week_start
from reflekt.core.storage import stats as stored
from reflekt.core.storage.stats import KIND_COLUMNS as KIND_COLUMNS
from reflekt.core.storage.stats import SOURCE_COLUMNS as SOURCE_COLUMNS

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
class MoodMonth:
    month: dt.date
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
    mood_per_month: list[MoodMonth] = field(default_factory=list)  # long periods' mood chart

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
        self.journal = journal
        self.shareable_only = shareable_only

    def where(self, period: Period, alias: str = "e") -> tuple[str, list[Any]]:
        # The day range comes straight after trashed = 0 so SQLite can walk the
        # (trashed, day, ...) index instead of the table.
        return _scope(period, self.shareable_only).entry_where(alias)

    def read(self, query: Any, period: Period, *args: Any) -> Any:
        """``query(db, where, params, *args)`` over the entries the period covers."""
        return self.journal.read(query, *self.where(period), *args)


LEARNED, HELPED = Relation.LEARNED_FROM.value, Relation.HELPED.value


class _Summary:
    """Reads of the per-day and per-month summaries for a period."""

    def __init__(self, journal: Journal, shareable_only: bool) -> None:
        self.journal = journal
        self.shareable_only = shareable_only

    def where(self, column: str, start: str, end: str) -> tuple[str, list[Any]]:
        return _scope(None, self.shareable_only).summary_where(column, start, end)

    def read(self, query: Any, period: Period, *args: Any) -> Any:
        """``query(db, where, params, *args)`` over the period's days in the summary."""
        where = self.where("day", period.start.isoformat(), period.end.isoformat())
        return self.journal.read(query, *where, *args)

    def total(self, period: Period) -> int:
        return self.read(stored.total, period)


def _full_months(period: Period) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the whole calendar months inside ``period``, if any."""
    first = period.start if period.start.day == 1 else add_months(month_start(period.start), 1)
    after = period.end + dt.timedelta(days=1)
    last = period.end if after.day == 1 else month_start(period.end) - dt.timedelta(days=1)
    return (first, last) if first <= last else None


def _link_counts(
    journal: Journal, q: _Query, summary: _Summary, period: Period
) -> tuple[dict[tuple[str, int], int], dict[tuple[str, int], int]]:
    """Entries per (month 'YYYY-MM', skill id), and per (relation, person id) for the
    people learned from and helped: whole months from the per-month summary, the partial
    months at the period's ends counted from the entries themselves."""
    skills: dict[tuple[str, int], int] = {}
    people: dict[tuple[str, int], int] = {}
    edges = [period]
    months = _full_months(period)
    if months is not None:
        first, last = months
        where = summary.where("month", first.isoformat()[:7], last.isoformat()[:7])
        for month, ref, n in journal.read(stored.month_skills, *where):
            skills[month, ref] = n
        for link, ref, n in journal.read(stored.month_people, *where, (LEARNED, HELPED)):
            people[link, ref] = n
        edges = []
        if period.start < first:
            edges.append(Period(period.start, first - dt.timedelta(days=1)))
        if last < period.end:
            edges.append(Period(last + dt.timedelta(days=1), period.end))
    for edge in edges:
        for month, ref, n in q.read(stored.entry_skills, edge):
            skills[month, ref] = skills.get((month, ref), 0) + n
        for link, ref, n in q.read(stored.entry_people, edge, (LEARNED, HELPED)):
            people[link, ref] = people.get((link, ref), 0) + n
    return skills, people


def _names(journal: Journal, table: str, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (name, key) for the given skills or people."""
    return journal.read(stored.names, table, ids)


def _top(totals: dict[int, int], names: dict[int, tuple[str, str]], limit: int) -> list[NameCount]:
    """Most entries first, then by name key (as the SQL of old: ``ORDER BY n DESC, key``)."""
    ranked = sorted(
        (ref for ref in totals if ref in names), key=lambda r: (-totals[r], names[r][1])
    )
    return [NameCount(names[ref][0], totals[ref]) for ref in ranked[:limit]]


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
    Entry figures come from the per-day summary, skills and people from the per-month
    one (migration 0008_growth_daily), so ten years cost about what one month does.
    """
    today = today or dt.date.today()
    q = _Query(journal, shareable_only)
    summary = _Summary(journal, shareable_only)
    kinds = list(KIND_COLUMNS)
    sources = list(SOURCE_COLUMNS)
    n_kinds, n_sources = len(kinds), len(sources)

    def kind_counts(row: list[int]) -> dict[str, int]:
        return {k: n for k, n in zip(kinds, row[1 : 1 + n_kinds], strict=True) if n}

    # One pass over the per-day summary, grouped by (week, month): a week that spans two
    # months is two groups. Folding those few hundred groups into weeks and into months
    # here costs less than a second GROUP BY (SQLite sorts the day rows for each).
    week_sums: dict[str, list[int]] = {}
    month_sums: dict[str, list[int]] = {}
    for row in summary.read(stored.week_month_sums, period):
        for key, into in ((row[0], week_sums), (row[1], month_sums)):
            sums = into.get(key)
            into[key] = list(row[2:]) if sums is None else list(map(add, sums, row[2:]))

    by_kind = {kind: 0 for kind in kinds}
    by_source = {source: 0 for source in sources}
    total = learned_from_count = 0
    kinds_per_month: dict[dt.date, dict[str, int]] = {}
    mood_per_month: list[MoodMonth] = []
    for key in sorted(month_sums):
        row = month_sums[key]
        total += row[0]
        counts = kind_counts(row)
        month = dt.date.fromisoformat(key + "-01")
        kinds_per_month[month] = counts
        mood_sum, mood_count = row[-2], row[-1]
        if mood_count and not shareable_only:
            mood_per_month.append(MoodMonth(month, mood_sum / mood_count, mood_count))
        for kind, n in counts.items():
            by_kind[kind] += n
        for source, n in zip(sources, row[1 + n_kinds : 1 + n_kinds + n_sources], strict=True):
            by_source[source] += n
        learned_from_count += row[-3]
    without_source = total - sum(by_source.values())
    previous = period.previous()
    previous_total = summary.total(previous)

    kinds_per_week: dict[dt.date, dict[str, int]] = {}
    mood_per_week: list[MoodWeek] = []
    for key in sorted(week_sums):
        row = week_sums[key]
        start = dt.date.fromisoformat(key)
        kinds_per_week[start] = kind_counts(row)
        mood_sum, mood_count = row[-2], row[-1]
        # Mood is never part of anything meant for other eyes.
        if mood_count and not shareable_only:
            mood_per_week.append(MoodWeek(start, mood_sum / mood_count, mood_count))
    weeks = _week_starts(period)
    per_week = [WeekCount(w, sum(kinds_per_week.get(w, {}).values())) for w in weeks]

    skill_months, people = _link_counts(journal, q, summary, period)
    skill_names = _names(journal, "skills", (ref for _, ref in skill_months))
    people_names = _names(journal, "people", (ref for _, ref in people))
    skill_totals: dict[int, int] = {}
    for (_, ref), n in skill_months.items():
        skill_totals[ref] = skill_totals.get(ref, 0) + n
    skills = _top(skill_totals, skill_names, TOP_SKILLS)
    first_days = {month: dt.date.fromisoformat(month + "-01") for month, _ in skill_months}
    skills_per_month = [
        SkillMonth(first_days[month], skill_names[ref][0], skill_months[month, ref])
        for _, _, month, ref in sorted(
            (month, skill_names[ref][1], month, ref)
            for month, ref in skill_months
            if ref in skill_names
        )
    ]
    by_relation: dict[str, dict[int, int]] = {LEARNED: {}, HELPED: {}}
    for (link, ref), n in people.items():
        by_relation[link][ref] = n
    learned_from = _top(by_relation[LEARNED], people_names, TOP_PEOPLE)
    people_helped = _top(by_relation[HELPED], people_names, TOP_PEOPLE)

    heatmap = Period(week_start(period.end) - dt.timedelta(days=HEATMAP_DAYS - 7), period.end)
    per_day = {
        dt.date.fromisoformat(day): count for day, count in summary.read(stored.per_day, heatmap)
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
        mood_per_month=mood_per_month,
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


def _goals(q: _Query, period: Period) -> list[GoalProgress]:
    """Goals still open, plus any other goal that has evidence in the period."""
    rows = q.read(stored.goals, period)
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
    return journal.read(stored.has_table, table)


def _scope(period: Period | None, shareable_only: bool) -> scope.Scope:
    """The view the figures cover: the manager's (shareable only) or the person's own."""
    return scope.Scope(scope.Audience.MANAGER if shareable_only else scope.Audience.ME, period)


def _team_where(period: Period, shareable_only: bool) -> tuple[str, list[Any]]:
    return _scope(period, shareable_only).entry_where("e")


def team_lessons_used(journal: Journal, period: Period, shareable_only: bool = False) -> int:
    """Colleagues' team lessons the person drew on ("I learned from this") in the period.

    Counted through the links of migration 0006_team_links (issue #4): distinct lessons
    credited by entries of the period. A journal without those tables counts 0.
    """
    if not _has_table(journal, "entry_team_lessons"):
        return 0
    return journal.read(stored.team_lessons_used, *_team_where(period, shareable_only))


def team_lesson_authors(
    journal: Journal, period: Period, shareable_only: bool = False
) -> list[NameCount]:
    """Authors of the team lessons used in the period, most used first (the thank-you list)."""
    if not (_has_table(journal, "entry_team_lessons") and _has_table(journal, "team_authors")):
        return []
    rows = journal.read(stored.team_lesson_authors, *_team_where(period, shareable_only))
    return [NameCount(name, count) for name, count in rows]
