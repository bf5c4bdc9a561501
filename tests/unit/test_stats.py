"""Growth statistics on small hand-built journals, where every figure can be counted by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reflekt.core import stats
from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.core.periods import Period, add_months
from reflekt.core.stats import WeekCount
from reflekt.errors import InvalidInput

D = dt.date.fromisoformat
# Four weeks, Monday 2024-02-19 to Sunday 2024-03-17, with the leap day in the second.
PERIOD = Period(D("2024-02-19"), D("2024-03-17"))
AFTER = D("2024-04-01")  # "today" well after the period: every week is over


@pytest.fixture
def hand_built(journal: Journal) -> Journal:
    j = journal
    goal = j.goals.add("Run better meetings", target_date="2024-06-30")
    j.goals.add("Learn SQL window functions", status="dropped")
    j.add(
        "Week one, Monday.",
        kind="lesson",
        source="experience",
        skills=["Facilitation"],
        mood=4,
        day="2024-02-19",
        goals=[goal.id],
        starred=True,
    )
    j.add("Week one, Sunday: a rest-day reflection.", day="2024-02-25", mood=2)
    j.add(
        "Leap day: I booked the wrong room.",
        kind="mistake",
        source="experience",
        skills=["facilitation", "Planning"],
        day="2024-02-29",
        goals=[goal.id],
    )
    # Written late on Sunday evening in New York: already Monday in UTC, but the
    # person's Sunday, so it belongs to the week of 2024-02-26.
    j.add(
        "Anna showed me how she runs retros.",
        kind="learned-from",
        source="people",
        people=[PersonLink("Anna", Relation.LEARNED_FROM, role="Team lead")],
        created="2024-03-03T23:30:00-05:00",
    )
    # Written just after midnight in Tokyo: still Sunday in UTC, Monday for the person.
    j.add(
        "I explained our release checklist to Bo.",
        kind="shared-knowledge",
        source="course",
        people=[PersonLink("Bo", Relation.HELPED)],
        created="2024-03-11T00:30:00+09:00",
        visibility="shareable",
    )
    j.add(
        "Another lesson from Anna.",
        kind="lesson",
        day="2024-03-12",
        people=[PersonLink("Anna", Relation.LEARNED_FROM)],
    )
    trashed = j.add("In the trash: never counted.", kind="mistake", day="2024-02-20")
    j.delete(trashed.id)
    # The previous period of the same length: 2024-01-22 .. 2024-02-18.
    j.add("Previous period, last day.", day="2024-02-18")
    j.add("Previous period, first day.", day="2024-01-22")
    j.add("Before the previous period.", day="2024-01-21")
    j.add("After the period.", day="2024-03-18")
    return j


def test_period_totals_and_previous_period_of_the_same_length(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    assert result.total_entries == 6
    assert result.previous == Period(D("2024-01-22"), D("2024-02-18"))
    assert result.previous_total == 2
    assert result.change == 4


def test_weeks_start_on_monday_keep_empty_weeks_and_follow_the_writers_day(
    hand_built: Journal,
) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    assert [(w.week_start.isoformat(), w.count) for w in result.per_week] == [
        ("2024-02-19", 2),  # Monday and the Sunday that closes the week
        ("2024-02-26", 2),  # the leap day and New York's Sunday evening
        ("2024-03-04", 0),  # empty, yet present (Tokyo's Monday is not pulled back)
        ("2024-03-11", 2),
    ]


def test_kinds_sources_and_people(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    assert result.by_kind["lesson"] == 2
    assert result.by_kind["mistake"] == 1  # the trashed mistake is not counted
    assert result.by_kind["goal-note"] == 0  # every kind is present, zero or not
    assert result.by_source == {"experience": 2, "people": 1, "course": 1}
    assert result.without_source == 2
    assert result.source_shares == {"experience": 0.5, "people": 0.25, "course": 0.25}
    assert result.lessons_from_mistakes == 1
    assert result.shared_count == 1
    assert [(p.name, p.count) for p in result.learned_from] == [("Anna", 2)]
    assert result.learned_from_count == 2
    assert [(p.name, p.count) for p in result.people_helped] == [("Bo", 1)]
    assert [(s.name, s.count) for s in result.skills] == [("Facilitation", 2), ("Planning", 1)]
    assert [(s.month.isoformat(), s.skill, s.count) for s in result.skills_per_month] == [
        ("2024-02-01", "Facilitation", 2),
        ("2024-02-01", "Planning", 1),
    ]
    assert [(f.month.isoformat(), f.learned, f.shared) for f in result.flow_per_month] == [
        ("2024-02-01", 0, 0),
        ("2024-03-01", 1, 1),  # a lesson crediting Anna is not a learned-from entry
    ]
    assert result.team_lessons_used == 0  # no team library in this journal


def test_mood_per_week_only_where_recorded(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    assert [(m.week_start.isoformat(), m.average, m.count) for m in result.mood_per_week] == [
        ("2024-02-19", 3.0, 2)
    ]
    assert result.mood_recorded
    later = stats.compute(hand_built, Period(D("2024-03-04"), D("2024-03-17")), today=AFTER)
    assert not later.mood_recorded


def test_goals_show_evidence_in_the_period(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    # The dropped goal without evidence is left out; the open one shows its two entries.
    assert [(g.title, g.status.value, g.evidence) for g in result.goals] == [
        ("Run better meetings", "active", 2)
    ]


def test_shareable_only_counts_shareable_entries_and_never_mood(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, shareable_only=True, today=AFTER)
    assert result.total_entries == 1
    assert result.by_kind["shared-knowledge"] == 1
    assert result.mood_per_week == []


def test_heatmap_covers_a_year_of_days_ending_with_the_period(hand_built: Journal) -> None:
    result = stats.compute(hand_built, PERIOD, today=AFTER)
    assert result.heatmap.end == PERIOD.end
    assert result.heatmap.start.weekday() == 0
    assert 365 <= result.heatmap.days <= 371
    assert result.per_day[D("2024-02-29")] == 1
    assert result.per_day[D("2024-02-18")] == 1  # before the period, still in the year
    assert D("2024-03-18") not in result.per_day


def test_weeks_never_split_at_new_year(journal: Journal) -> None:
    journal.add("Wednesday before New Year", day="2025-12-31")
    journal.add("New Year's Day, a Thursday", day="2026-01-01")
    journal.add("Monday 2024-12-30 starts ISO week 2025-W01", day="2024-12-30")
    journal.add("Wednesday 2025-01-01", day="2025-01-01")
    result = stats.compute(journal, Period(D("2024-12-23"), D("2026-01-04")), today=AFTER)
    counts = {w.week_start.isoformat(): w.count for w in result.per_week}
    assert counts["2025-12-29"] == 2
    assert counts["2024-12-30"] == 2
    assert len(result.per_week) == 54  # every Monday from 2024-12-23 to 2025-12-29
    assert sum(counts.values()) == 4


def test_leap_day_and_month_arithmetic() -> None:
    assert add_months(D("2024-02-29"), -12) == D("2023-02-28")
    assert add_months(D("2024-03-31"), -1) == D("2024-02-29")
    assert Period.last_months(12, D("2024-02-29")) == Period(D("2023-03-01"), D("2024-02-29"))
    assert Period(D("2024-02-01"), D("2024-02-29")).previous() == Period(
        D("2024-01-03"), D("2024-01-31")
    )


def test_a_backwards_period_is_refused_plainly() -> None:
    with pytest.raises(InvalidInput, match="before it starts"):
        Period(D("2024-03-01"), D("2024-02-01"))


def weeks(*counts: int, first: str = "2024-01-01") -> list[WeekCount]:
    return [WeekCount(D(first) + dt.timedelta(weeks=n), c) for n, c in enumerate(counts)]


def four_weeks_from(first: str, n: int) -> Period:
    return Period(D(first), D(first) + dt.timedelta(weeks=n) - dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("counts", "minimum", "current", "longest"),
    [
        ((1, 1, 0, 1, 1, 1), 1, 3, 3),  # a week without entries breaks a run
        ((3, 1, 2, 2), 2, 2, 2),  # weeks under the minimum break it too
        ((1, 1, 1, 0), 1, 0, 3),  # the last week is over and empty: no current streak
        ((0, 0, 0), 1, 0, 0),
        ((5,), 1, 1, 1),
    ],
)
def test_streaks_count_weeks_not_days(
    counts: tuple[int, ...], minimum: int, current: int, longest: int
) -> None:
    period = four_weeks_from("2024-01-01", len(counts))
    result = stats.streaks(weeks(*counts), minimum, period, today=AFTER)
    assert (result.current, result.longest) == (current, longest)


def test_a_week_still_under_way_does_not_break_the_current_streak() -> None:
    period = Period(D("2024-01-01"), D("2024-01-24"))  # ends on a Wednesday
    series = weeks(1, 1, 1, 0)
    assert stats.streaks(series, 1, period, today=D("2024-01-24")).current == 3
    # Once that week is over without an entry, the streak is gone.
    period = Period(D("2024-01-01"), D("2024-01-28"))
    assert stats.streaks(series, 1, period, today=D("2024-02-05")).current == 0


def test_rest_days_are_forgiven_with_the_streak_setting(journal: Journal) -> None:
    # One entry on Monday, one on Friday: five rest days in a row, still a streak week.
    for day in ("2024-01-01", "2024-01-05", "2024-01-08", "2024-01-12", "2024-01-15"):
        journal.add("x", day=day)
    period = Period(D("2024-01-01"), D("2024-01-21"))
    assert stats.compute(journal, period, today=AFTER).streak.current == 3
    journal.set_setting("streak_min", "2")
    result = stats.compute(journal, period, today=AFTER)
    assert (result.streak.current, result.streak.longest, result.streak.min_per_week) == (0, 2, 2)


def test_json_has_exactly_the_documented_keys_first(hand_built: Journal) -> None:
    data = json.loads(json.dumps(stats.compute(hand_built, PERIOD, today=AFTER).to_json()))
    documented = [
        "period",
        "total_entries",
        "previous_total",
        "by_kind",
        "by_source",
        "per_week",
        "streak",
        "skills",
        "learned_from",
        "shared_count",
        "lessons_from_mistakes",
        "goals",
    ]
    assert list(data)[: len(documented)] == documented
    assert data["period"] == {"from": "2024-02-19", "to": "2024-03-17"}
    assert set(data["by_source"]) == {"experience", "people", "course"}
    assert data["per_week"][2] == {"week_start": "2024-03-04", "count": 0}
    assert data["streak"] == {"current": 1, "longest": 2}
    assert data["skills"][0] == {"skill": "Facilitation", "count": 2}
    assert data["learned_from"] == [{"person": "Anna", "count": 2}]
    assert data["goals"] == [{"title": "Run better meetings", "status": "active", "evidence": 2}]


def test_default_period_is_since_the_last_talk(journal: Journal) -> None:
    today = D("2024-05-15")
    assert stats.default_period(journal, today) == Period(D("2023-05-16"), today)
    stats.set_last_talk(journal, D("2024-01-10"))
    assert stats.default_period(journal, today) == Period(D("2024-01-11"), today)
    journal.set_setting("last_talk", "not a date")
    assert stats.default_period(journal, today).start == D("2023-05-16")


def test_statistics_use_the_covering_index(journal: Journal) -> None:
    plan = journal.db.execute(
        "EXPLAIN QUERY PLAN SELECT e.kind, e.source, count(*) FROM entries e "
        "WHERE e.trashed = 0 AND e.day BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY 1, 2"
    ).fetchall()
    assert any("COVERING INDEX entries_growth" in row[-1] for row in plan)


def test_team_lessons_used_count_distinct_lessons_in_the_period(journal: Journal) -> None:
    lesson_ids = ["6f1c2a8e-3b1d-4c55-9d0e-2a7b8c9d0e11", "7a2d3b9f-4c2e-4d66-8e1f-3b8c9d0e1f22"]
    journal.team.apply_bundle(
        {"id": "kim-1", "name": "Kim Berg"},
        "2024-03-01T10:00:00+01:00",
        [{"id": i, "day": "2024-02-20", "title": f"Lesson {n}"} for n, i in enumerate(lesson_ids)],
    )
    seqs = [lesson.seq for lesson in journal.team.lessons()]
    first = journal.add("Tried Kim's checklist", day="2024-03-05", visibility="shareable")
    again = journal.add("And again", day="2024-03-12")
    outside = journal.add("Long after", day="2024-05-01")
    journal.team.link_lesson(first.id, seqs[0])
    journal.team.link_lesson(again.id, seqs[0])  # the same lesson twice counts once
    journal.team.link_lesson(again.id, seqs[1])
    journal.team.link_lesson(outside.id, seqs[1])
    result = stats.compute(journal, PERIOD, today=AFTER)
    assert result.team_lessons_used == 2
    assert stats.team_lesson_authors(journal, PERIOD) == [stats.NameCount("Kim Berg", 2)]
    shared_only = stats.compute(journal, PERIOD, shareable_only=True, today=AFTER)
    assert shared_only.team_lessons_used == 1
