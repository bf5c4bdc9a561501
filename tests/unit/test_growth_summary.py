"""The growth summaries (migration 0008_growth_daily) stay exact through every change.

Random journals are built and changed the ways a person (and the bulk paths) can change
them; after each round the statistics, which read the summaries, must equal the same
figures counted straight from the entries, and the summary tables must equal a rebuild
from scratch.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from tests.backup_reference import backup_data

from reflekt.core import stats
from reflekt.core.journal import Journal
from reflekt.core.models import Filters, Kind, PersonLink, Relation, Source
from reflekt.core.periods import Period, month_start, week_start
from reflekt.errors import InvalidInput

D = dt.date.fromisoformat
FIRST = D("2024-01-20")  # a few weeks either side of two month ends
DAYS = 75
SKILLS = ["Facilitation", "SQL", "Planning", "Python", "Coaching"]
PEOPLE = ["Anna", "Bo", "Chen", "Dara"]
TODAY = D("2024-06-01")


def _random_values(rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {
        "body": "text",
        "day": (FIRST + dt.timedelta(days=rng.randrange(DAYS))).isoformat(),
        "kind": rng.choice(list(Kind)).value,
        "source": rng.choice([None, *(s.value for s in Source)]),
        "mood": rng.choice([None, None, 1, 2, 3, 4, 5]),
        "visibility": rng.choice(["private", "shareable"]),
        "skills": rng.sample(SKILLS, rng.randrange(3)),
        "people": [
            PersonLink(name, rng.choice(list(Relation)))
            for name in rng.sample(PEOPLE, rng.randrange(3))
        ],
    }
    return values


def _change(journal: Journal, rng: random.Random, ids: list[str]) -> None:
    """One random change of the kinds the app, the CLI and the imports make."""
    live = [e.id for e in journal.iter_entries()]
    trashed = [e.id for e in journal.iter_entries(Filters(trash=True))]
    action = rng.choice(
        ["add", "add", "many", "import", "edit", "edit", "edit", "trash", "restore", "purge"]
    )
    if action == "add" or not live:
        ids.append(journal.add(**_random_values(rng)).id)
    elif action == "many":
        ids += journal.add_many([_random_values(rng) for _ in range(rng.randrange(1, 6))])
    elif action == "import":
        items = [(f"test:{rng.random()}", _random_values(rng)) for _ in range(rng.randrange(1, 4))]
        items.append((items[0][0], _random_values(rng)))  # the same key again: skipped
        ids += journal.import_entries(items).added
    elif action == "edit":
        fresh = _random_values(rng)
        fields = rng.sample(sorted(fresh), rng.randrange(1, 4))
        journal.update(rng.choice(live), **{k: fresh[k] for k in fields})
    elif action == "trash":
        journal.delete(rng.choice(live))
    elif action == "restore" and trashed:
        journal.restore(rng.choice(trashed))
    elif action == "purge" and trashed:
        if rng.random() < 0.3:
            journal.empty_trash()
        else:
            journal.purge(rng.choice(trashed))


def _straight(journal: Journal, period: Period, shareable_only: bool) -> dict[str, Any]:
    """The figures the summaries feed, counted entry by entry."""
    figures: dict[str, Any] = {
        "total": 0,
        "by_kind": Counter(),
        "by_source": Counter(),
        "per_week": Counter(),
        "kinds_per_month": defaultdict(Counter),
        "kinds_per_week": defaultdict(Counter),
        "mood": defaultdict(list),
        "skills_per_month": Counter(),
        "learned_from": Counter(),
        "helped": Counter(),
        "learned_from_count": 0,
    }
    for entry in journal.iter_entries():
        if not period.contains(entry.day) or (shareable_only and not entry.shareable):
            continue
        figures["total"] += 1
        figures["by_kind"][entry.kind.value] += 1
        figures["by_source"][entry.source.value if entry.source else None] += 1
        figures["per_week"][week_start(entry.day)] += 1
        figures["kinds_per_month"][month_start(entry.day)][entry.kind.value] += 1
        figures["kinds_per_week"][week_start(entry.day)][entry.kind.value] += 1
        if entry.mood is not None:
            figures["mood"][week_start(entry.day)].append(entry.mood)
        for skill in entry.skills:
            figures["skills_per_month"][month_start(entry.day), skill.casefold()] += 1
        relations = {p.relation for p in entry.people}
        for person in entry.people:
            if person.relation is Relation.LEARNED_FROM:
                figures["learned_from"][person.name] += 1
            elif person.relation is Relation.HELPED:
                figures["helped"][person.name] += 1
        if entry.kind is Kind.LEARNED_FROM or Relation.LEARNED_FROM in relations:
            figures["learned_from_count"] += 1
    return figures


def _assert_same(journal: Journal, period: Period, shareable_only: bool) -> None:
    s = stats.compute(journal, period, shareable_only=shareable_only, today=TODAY)
    want = _straight(journal, period, shareable_only)
    assert s.total_entries == want["total"]
    assert {k: n for k, n in s.by_kind.items() if n} == dict(want["by_kind"])
    sources = {k: n for k, n in s.by_source.items() if n}
    if s.without_source:
        sources[None] = s.without_source
    assert sources == dict(want["by_source"])
    assert {w.week_start: w.count for w in s.per_week if w.count} == dict(want["per_week"])
    assert s.kinds_per_month == {m: dict(c) for m, c in want["kinds_per_month"].items()}
    # Weeks that span a month's end are summed from both months' days.
    assert {w: c for w, c in s.kinds_per_week.items() if c} == {
        w: dict(c) for w, c in want["kinds_per_week"].items()
    }
    months: dict[dt.date, list[int]] = defaultdict(list)
    for entry in journal.iter_entries():
        if period.contains(entry.day) and entry.mood is not None and not shareable_only:
            months[month_start(entry.day)].append(entry.mood)
    got_months = {m.month: (round(m.average, 6), m.count) for m in s.mood_per_month}
    assert got_months == {m: (round(sum(v) / len(v), 6), len(v)) for m, v in months.items()}
    if shareable_only:
        assert s.mood_per_week == []
    else:
        moods = {m.week_start: (round(m.average, 6), m.count) for m in s.mood_per_week}
        assert moods == {w: (round(sum(v) / len(v), 6), len(v)) for w, v in want["mood"].items()}
    got_skills = {(p.month, p.skill.casefold()): p.count for p in s.skills_per_month}
    assert got_skills == dict(want["skills_per_month"])
    assert {p.name: p.count for p in s.learned_from} == dict(want["learned_from"])
    assert {p.name: p.count for p in s.people_helped} == dict(want["helped"])
    assert s.learned_from_count == want["learned_from_count"]
    days = Counter(
        e.day
        for e in journal.iter_entries()
        if s.heatmap.contains(e.day) and (e.shareable or not shareable_only)
    )
    assert s.per_day == dict(days)


def _summary_rows(journal: Journal) -> tuple[list[Any], list[Any]]:
    days = journal.db.execute("SELECT * FROM growth_days ORDER BY 1, 2").fetchall()
    links = journal.db.execute(
        "SELECT * FROM growth_links WHERE n != 0 ORDER BY 1, 2, 3, 4"
    ).fetchall()
    return days, links


def _rebuilt(journal: Journal) -> tuple[list[Any], list[Any]]:
    """The summary tables as the migration builds them from scratch (rolled back after)."""
    db = journal.db
    with pytest.raises(_Rollback), db.atomic():
        db.execute("DELETE FROM growth_days")
        db.execute("DELETE FROM growth_links")
        # A bulk block's end rebuilds every day its entries are on: pause with a mark
        # below every entry, and every day is rebuilt.
        db.execute("INSERT INTO fts_paused (one) VALUES (1)")
        db.execute("UPDATE growth_pending SET mark = 0")
        db.execute("DELETE FROM fts_paused")
        rows = _summary_rows(journal)
        raise _Rollback
    return rows


class _Rollback(Exception):
    pass


PERIODS = [
    Period(FIRST, FIRST + dt.timedelta(days=DAYS)),  # partial months at both ends
    Period(D("2024-02-01"), D("2024-02-29")),  # one whole month
    Period(D("2024-02-01"), D("2024-03-31")),  # whole months only
    Period(D("2024-02-10"), D("2024-02-20")),  # inside one month
    Period(D("2024-01-31"), D("2024-03-01")),  # a day either side of whole months
]


@pytest.mark.parametrize("seed", range(8))
def test_statistics_from_the_summaries_equal_counting_the_entries(
    journal: Journal, seed: int
) -> None:
    rng = random.Random(seed)
    ids: list[str] = []
    for round_ in range(6):
        for _ in range(12):
            _change(journal, rng, ids)
        for period in PERIODS:
            for shareable_only in (False, True):
                _assert_same(journal, period, shareable_only)
        assert _summary_rows(journal) == _rebuilt(journal), f"round {round_}"
    assert journal.db.execute("SELECT count(*) FROM growth_pending").fetchone()[0] == 0


def test_restoring_a_backup_brings_the_same_statistics(journal: Journal, tmp_path: Path) -> None:
    rng = random.Random(99)
    ids: list[str] = []
    for _ in range(40):
        _change(journal, rng, ids)
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        restored.restore_backup(backup_data(journal))
        for period in PERIODS:
            for shareable_only in (False, True):
                a = stats.compute(journal, period, shareable_only=shareable_only, today=TODAY)
                b = stats.compute(restored, period, shareable_only=shareable_only, today=TODAY)
                assert a.to_json() == b.to_json()
        assert _summary_rows(restored) == _rebuilt(restored)


def test_a_failed_import_leaves_the_summaries_as_they_were(journal: Journal) -> None:
    journal.add("kept", day="2024-02-02", skills=["SQL"])
    before = _summary_rows(journal)
    with pytest.raises(InvalidInput):
        journal.add_many([{"day": "2024-02-02", "skills": ["SQL"]}, {"mood": 9}])
    assert _summary_rows(journal) == before
    assert journal.db.execute("SELECT count(*) FROM growth_pending").fetchone()[0] == 0
    assert stats.compute(journal, PERIODS[0], today=TODAY).total_entries == 1
    # The triggers the bulk path stood aside came back with the rollback.
    journal.add("later", day="2024-02-03", skills=["SQL"])
    s = stats.compute(journal, PERIODS[0], today=TODAY)
    assert s.total_entries == 2 and [(x.name, x.count) for x in s.skills] == [("SQL", 2)]


def test_an_old_journal_gets_its_summaries_on_upgrade(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add("one", day="2024-02-02", kind="mistake", skills=["SQL"], mood=2)
        journal.add("two", day="2024-02-03", people=[PersonLink("Anna", Relation.LEARNED_FROM)])
        # As a journal from before migration 0008: no summaries.
        db = journal.db
        for kind, name in db.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'growth%' AND type IN "
            "('trigger', 'table') ORDER BY type = 'table'"
        ).fetchall():
            db.execute(f"DROP {kind.upper()} {name}")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_growth_daily'")
        db.execute("PRAGMA user_version = 7")
    with Journal.open(journal_path) as journal:
        s = stats.compute(journal, PERIODS[0], today=TODAY)
        assert s.total_entries == 2
        assert s.lessons_from_mistakes == 1
        assert s.learned_from_count == 1
        assert [(x.name, x.count) for x in s.skills] == [("SQL", 1)]
        assert [m.average for m in s.mood_per_week] == [2.0]


def test_the_summary_has_a_column_for_every_kind_and_source(journal: Journal) -> None:
    """A new kind or source needs a migration that adds its growth_days column (and its
    sum in the rebuild): otherwise the statistics fail, or miss it without a word."""
    columns = {row[1] for row in journal.db.execute("PRAGMA table_info(growth_days)")}
    assert set(stats.KIND_COLUMNS.values()) <= columns
    assert set(stats.SOURCE_COLUMNS.values()) <= columns
    journal.add_many(
        {"body": f"{kind.value} from {source.value}", "kind": kind, "source": source}
        for kind in stats.Kind
        for source in stats.Source
    )
    for column in stats.KIND_COLUMNS.values():  # each kind counted under its own column
        assert journal.db.execute(f"SELECT sum({column}) FROM growth_days").fetchone()[0] == len(
            stats.Source
        ), column
    for column in stats.SOURCE_COLUMNS.values():
        assert journal.db.execute(f"SELECT sum({column}) FROM growth_days").fetchone()[0] == len(
            stats.Kind
        ), column
