"""The demo journal: a believable, deterministic year in English and in Swedish."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt.core.demo import fill_demo
from reflekt.core.journal import Journal
from reflekt.core.models import Entry, GoalStatus, Kind, Relation, Source
from reflekt.core.templates import TEMPLATES

TODAY = dt.date(2026, 11, 28)
SWEDISH_LETTERS = set("åäöÅÄÖ")


def _filled(path: Path, lang: str, today: dt.date = TODAY, seed: int = 7) -> tuple[Journal, int]:
    journal = Journal.open(path)
    return journal, fill_demo(journal, lang, today=today, seed=seed)


# Filling takes a moment, so each language is built once for the whole module.
@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, int]]:
    journal, count = _filled(tmp_path_factory.mktemp("en") / "j.reflekt", "en")
    yield journal, count
    journal.close()


@pytest.fixture(scope="module")
def swedish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, int]]:
    journal, count = _filled(tmp_path_factory.mktemp("sv") / "j.reflekt", "sv")
    yield journal, count
    journal.close()


@pytest.fixture(scope="module")
def entries(english: tuple[Journal, int]) -> list[Entry]:
    return list(english[0].iter_entries())


def _text(entry: Entry) -> str:
    return " ".join([entry.title, entry.body, *entry.sections.values()])


def test_count_is_in_range_and_matches_what_was_stored(english: tuple[Journal, int]) -> None:
    journal, count = english
    assert 140 <= count <= 200
    assert journal.count() == count


def test_same_day_and_seed_give_the_same_journal(tmp_path: Path) -> None:
    def sequence(name: str) -> list[tuple[dt.date, str, str]]:
        journal, _ = _filled(tmp_path / name, "en", today=dt.date(2025, 3, 3), seed=11)
        with journal:
            return [(e.day, e.title, e.body) for e in journal.iter_entries()]

    assert sequence("a.reflekt") == sequence("b.reflekt")


def test_another_seed_gives_another_year(tmp_path: Path) -> None:
    first, _ = _filled(tmp_path / "a.reflekt", "en", seed=1)
    second, _ = _filled(tmp_path / "b.reflekt", "en", seed=2)
    with first, second:
        assert [e.day for e in first.iter_entries()] != [e.day for e in second.iter_entries()]


def test_every_kind_and_template_is_used_several_times(
    english: tuple[Journal, int], entries: list[Entry]
) -> None:
    kinds = english[0].kind_counts()
    assert all(kinds.get(kind, 0) >= 3 for kind in Kind), kinds
    templates = Counter(entry.template for entry in entries)
    assert all(templates[key] >= 3 for key in TEMPLATES), templates


def test_sections_are_the_templates_own_and_filled(entries: list[Entry]) -> None:
    for entry in entries:
        template = TEMPLATES[entry.template]
        # A section the editor asks as one of the people ("Who") is not written twice:
        # the colleague is among the entry's people, linked as the template implies.
        keys = [s.key for s in template.sections if s.key != template.person]
        assert list(entry.sections) == keys[: len(entry.sections)]
        assert entry.body or entry.sections, entry.title
        if template.person:
            assert template.relation in {link.relation for link in entry.people}, entry.title


def test_a_year_of_mostly_weekdays_with_entries_today_and_yesterday(
    entries: list[Entry],
) -> None:
    days = [entry.day for entry in entries]
    assert all(TODAY - dt.timedelta(days=365) <= day <= TODAY for day in days)
    assert TODAY in days
    assert TODAY - dt.timedelta(days=1) in days
    assert sum(day.weekday() < 5 for day in days) / len(days) > 0.9
    assert max(Counter(day for day in days if day.weekday() < 5).values()) <= 2
    # Summer holiday: next to nothing in July.
    assert sum(day.month == 7 for day in days) <= 2


def _last_sunday(year: int, month: int) -> dt.date:
    weeks = calendar.monthcalendar(year, month)
    return dt.date(year, month, weeks[-1][6] or weeks[-2][6])


def test_timestamps_carry_the_stockholm_offset(entries: list[Entry]) -> None:
    for entry in entries:
        year = entry.day.year
        summer = _last_sunday(year, 3) <= entry.day < _last_sunday(year, 10)
        assert entry.created.startswith(entry.day.isoformat())
        assert entry.created.endswith("+02:00" if summer else "+01:00"), entry.created
        created = dt.datetime.fromisoformat(entry.created)
        assert created <= dt.datetime.fromisoformat(entry.updated)


def test_titles_are_varied_and_some_tils_have_none(entries: list[Entry]) -> None:
    titles = {entry.title for entry in entries if entry.title}
    assert len(titles) >= 60
    untitled = [entry for entry in entries if not entry.title]
    assert untitled
    assert all(entry.kind is Kind.TIL and entry.body for entry in untitled)


def test_some_reflections_use_markdown(entries: list[Entry]) -> None:
    bodies = [entry.body for entry in entries if entry.template == "free"]
    assert any("**" in body for body in bodies)
    assert any(line.startswith("#") for body in bodies for line in body.splitlines())
    assert any(line.startswith("- ") for body in bodies for line in body.splitlines())


def test_people_come_from_several_departments(
    english: tuple[Journal, int], entries: list[Entry]
) -> None:
    people = english[0].people.list()
    assert len({person.department for person in people if person.department}) >= 4
    assert all(person.role for person in people)
    learned = [entry for entry in entries if entry.kind is Kind.LEARNED_FROM]
    assert learned
    for entry in learned:
        assert any(link.relation is Relation.LEARNED_FROM for link in entry.people)
    assert {link.relation for entry in entries for link in entry.people} == set(Relation)


def test_tags_and_skills_are_a_manageable_vocabulary(english: tuple[Journal, int]) -> None:
    assert 10 <= len(english[0].tag_counts()) <= 15
    assert 8 <= len(english[0].skill_counts()) <= 12


def test_shares_moods_stars_and_sources(entries: list[Entry]) -> None:
    total = len(entries)
    shareable = [entry for entry in entries if entry.shareable]
    assert 0.15 <= len(shareable) / total <= 0.40
    moods = [entry.mood for entry in entries]
    assert all(mood is None or 1 <= mood <= 5 for mood in moods)
    assert 0.3 <= sum(mood is not None for mood in moods) / total <= 0.7
    assert 0.05 <= sum(entry.starred for entry in entries) / total <= 0.2
    sources = Counter(entry.source for entry in entries)
    assert 0.55 <= sources[Source.EXPERIENCE] / total <= 0.85
    assert sources[Source.PEOPLE] > sources[Source.COURSE] > 0


def test_moods_dip_around_the_incident(entries: list[Entry]) -> None:
    rated = [entry for entry in entries if entry.mood is not None]
    average = sum(entry.mood or 0 for entry in rated) / len(rated)
    assert 3 <= average <= 4
    incident = min(entry.day for entry in entries if "incident" in entry.tags)
    near = [entry.mood or 0 for entry in rated if abs((entry.day - incident).days) <= 10]
    assert near
    assert sum(near) / len(near) < average - 0.5


def test_goals_are_linked_and_one_is_achieved(english: tuple[Journal, int]) -> None:
    goals = english[0].goals.list()
    assert 3 <= len(goals) <= 4
    assert all(goal.entry_count >= 2 for goal in goals)
    assert sum(goal.status is GoalStatus.ACHIEVED for goal in goals) == 1


def test_english_titles_have_no_swedish_letters(entries: list[Entry]) -> None:
    assert not [entry.title for entry in entries if SWEDISH_LETTERS & set(entry.title)]


def test_swedish_demo_is_in_swedish(swedish: tuple[Journal, int], entries: list[Entry]) -> None:
    journal, count = swedish
    svenska = list(journal.iter_entries())
    assert len(svenska) == count
    # The same year, told in another language.
    assert [(e.day, e.kind, e.template) for e in svenska] == [
        (e.day, e.kind, e.template) for e in entries
    ]
    with_letters = [entry for entry in svenska if SWEDISH_LETTERS & set(_text(entry))]
    assert len(with_letters) / count >= 0.8
    english_titles = {entry.title for entry in entries if entry.title}
    assert not [entry.title for entry in svenska if entry.title in english_titles]
    goals = " ".join(goal.title + goal.description for goal in journal.goals.list())
    assert SWEDISH_LETTERS & set(goals)
    tags = {name for name, _ in journal.tag_counts()}
    assert "återkoppling" in tags
