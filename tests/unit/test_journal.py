"""The Journal facade: the one read/write path, its validation and its queries."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.core.models import (
    Filters,
    GoalStatus,
    Kind,
    PersonLink,
    Relation,
    Source,
    Visibility,
)
from reflekt.errors import InvalidInput, NotFound, ReflektError

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


def test_add_gives_a_private_entry_with_uuid_and_timestamps(journal: Journal) -> None:
    entry = journal.add("Learned to ask before assuming", title="Ask first")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", entry.id)
    assert ISO_WITH_OFFSET.match(entry.created)
    assert entry.updated == entry.created
    assert entry.day == dt.date.fromisoformat(entry.created[:10])
    assert entry.visibility is Visibility.PRIVATE
    assert entry.kind is Kind.REFLECTION
    assert journal.get(entry.id) == entry


def test_everything_round_trips(journal: Journal) -> None:
    goal = journal.goals.add("Facilitate better")
    entry = journal.add(
        "body",
        title="t",
        kind="mistake",
        template="mistake",
        sections={"what_happened": "deploy broke", "learned": "use the checklist"},
        tags=["deploy", "checklist"],
        skills=["Incident handling"],
        people=[PersonLink("Anna Lind", Relation.LEARNED_FROM, "Engineer", "IT"), "Bo"],
        goals=[goal.id],
        source="experience",
        mood=2,
        visibility="shareable",
        starred=True,
        day="2026-03-14",
    )
    got = journal.get(entry.id)
    assert got.kind is Kind.MISTAKE
    assert got.sections == {"what_happened": "deploy broke", "learned": "use the checklist"}
    assert got.tags == ["deploy", "checklist"]
    assert got.skills == ["Incident handling"]
    assert got.people == [
        PersonLink("Anna Lind", Relation.LEARNED_FROM, "Engineer", "IT"),
        PersonLink("Bo", Relation.WITH),
    ]
    assert got.goals == [goal.id]
    assert got.source is Source.EXPERIENCE
    assert (got.mood, got.visibility, got.starred) == (2, Visibility.SHAREABLE, True)
    assert got.day == dt.date(2026, 3, 14)


def test_template_gives_kind_and_source_by_default(journal: Journal) -> None:
    entry = journal.add(template="learned-from", sections={"who": "Sara", "what": "SQL joins"})
    assert entry.kind is Kind.LEARNED_FROM
    assert entry.source is Source.PEOPLE
    assert entry.display_title == "Sara"


def test_empty_sections_are_dropped_and_order_follows_template(journal: Journal) -> None:
    entry = journal.add(
        template="gibbs", sections={"conclusion": "c", "description": "d", "feelings": ""}
    )
    assert list(entry.sections) == ["description", "conclusion"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"kind": "diary"}, "not a valid kind"),
        ({"mood": 0}, "Mood must be a whole number from 1 to 5"),
        ({"mood": 6}, "Mood must be"),
        ({"mood": "high"}, "Mood must be"),
        ({"mood": True}, "Mood must be"),
        ({"source": "tv"}, "not a valid learning source"),
        ({"visibility": "public"}, "not a valid visibility"),
        ({"day": "14/03/2026"}, "YYYY-MM-DD"),
        ({"template": "sonnet"}, "no template called"),
        ({"template": "gibbs", "sections": {"mood": "x"}}, "has no section 'mood'"),
        ({"sections": {"what": "x"}}, "has no sections"),
        ({"people": [PersonLink("A", "fought")]}, "not a valid relation"),
        ({"goals": ["0000dead"]}, "no goal"),
        ({"id": "not-a-uuid"}, "not a valid entry id"),
        ({"created": "2026-01-01T10:00:00"}, "UTC offset"),
        ({"tags": ["x" * 300]}, "too long"),
        ({"tags": ["a\x01b"]}, "control characters"),
        ({"title": 42}, "must be text"),
    ],
)
def test_bad_values_are_refused_with_a_plain_message(journal: Journal, values, message) -> None:
    with pytest.raises(ReflektError, match=message):
        journal.add("text", **values)
    assert journal.count() == 0


def test_text_that_is_not_valid_unicode_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="not valid text"):
        journal.add("broken \udcff surrogate")


def test_very_long_text_is_refused_politely(journal: Journal, monkeypatch) -> None:
    monkeypatch.setattr("reflekt.core.validate.MAX_TEXT", 10)
    with pytest.raises(InvalidInput, match="too long"):
        journal.add("x" * 11)


def test_tags_match_case_insensitively_and_keep_first_spelling(journal: Journal) -> None:
    journal.add("a", tags=["Återkoppling", "#team"])
    journal.add("b", tags=["återKOPPLING", "Team  "])
    assert journal.tag_counts() == [("team", 2), ("Återkoppling", 2)] or journal.tag_counts() == [
        ("Återkoppling", 2),
        ("team", 2),
    ]
    assert journal.count(Filters(tag="ÅTERKOPPLING")) == 2
    assert journal.count(Filters(tag="TEAM")) == 2


def test_duplicate_tags_in_one_entry_collapse(journal: Journal) -> None:
    entry = journal.add("a", tags=["Deploy", "deploy", "DEPLOY", ""])
    assert entry.tags == ["Deploy"]


def test_people_matched_case_insensitively(journal: Journal) -> None:
    journal.add("a", people=[PersonLink("Sara Ek", Relation.LEARNED_FROM)])
    journal.add("b", people=["sara ek"])
    (person,) = journal.people.list()
    assert (person.name, person.count) == ("Sara Ek", 2)
    assert journal.count(Filters(person="SARA EK", relation=Relation.LEARNED_FROM)) == 1
    journal.people.set("SARA ek", role="Analyst", department="Finance")
    assert journal.people.get("sara ek").department == "Finance"


def test_update_changes_only_what_is_given(journal: Journal) -> None:
    entry = journal.add("old", title="Title", tags=["a"], mood=3)
    updated = journal.update(entry.id, body="new")
    assert (updated.body, updated.title, updated.tags, updated.mood) == ("new", "Title", ["a"], 3)
    assert updated.revision == 2
    assert updated.created == entry.created


def test_update_with_no_real_change_writes_nothing(journal: Journal) -> None:
    entry = journal.add("same", tags=["a"])
    again = journal.update(entry.id, body="same", tags=["A"])
    assert again.revision == 1
    assert again.updated == entry.updated


def test_update_refuses_unknown_fields_and_bad_values(journal: Journal) -> None:
    entry = journal.add("x")
    with pytest.raises(InvalidInput, match="no field 'colour'"):
        journal.update(entry.id, colour="red")
    with pytest.raises(InvalidInput, match="Mood"):
        journal.update(entry.id, body="changed", mood=9)
    assert journal.get(entry.id).body == "x"  # nothing half-written


def test_update_can_clear_optional_values(journal: Journal) -> None:
    entry = journal.add("x", mood=3, source="course", tags=["a"], starred=True)
    cleared = journal.update(entry.id, mood=None, source=None, tags=[], starred=False)
    assert (cleared.mood, cleared.source, cleared.tags, cleared.starred) == (None, None, [], False)


def test_trash_restore_purge(journal: Journal) -> None:
    entry = journal.add("oops")
    journal.delete(entry.id)
    assert journal.count() == 0
    assert journal.count(Filters(trash=True)) == 1
    assert journal.get(entry.id).in_trash
    with pytest.raises(InvalidInput, match="in the trash"):
        journal.update(entry.id, body="edit")
    journal.restore(entry.id)
    assert journal.count() == 1
    with pytest.raises(InvalidInput, match="not in the trash"):
        journal.purge(entry.id)
    journal.delete(entry.id)
    journal.purge(entry.id)
    with pytest.raises(NotFound):
        journal.get(entry.id)


def test_empty_trash_removes_links_too(journal: Journal) -> None:
    goal = journal.goals.add("g")
    entry = journal.add("x", tags=["a"], people=["P"], goals=[goal.id])
    journal.add("keep", tags=["a"])
    journal.delete(entry.id)
    assert journal.empty_trash() == 1
    assert journal.tag_counts() == [("a", 1)]
    assert journal.goals.get(goal.id).entry_count == 0
    assert journal.db.execute("SELECT count(*) FROM entry_people").fetchone()[0] == 0


def test_id_prefix(journal: Journal) -> None:
    entry = journal.add("x")
    assert journal.get(entry.id[:6]).id == entry.id
    assert journal.get(entry.id.upper()).id == entry.id
    with pytest.raises(NotFound):
        journal.get("ab")
    with pytest.raises(NotFound):
        journal.get("'; DROP TABLE entries; --")


def test_ambiguous_id_prefix_asks_for_more(journal: Journal) -> None:
    journal.add("a", id="abcd0000-0000-4000-8000-000000000001")
    journal.add("b", id="abcd0000-0000-4000-8000-000000000002")
    with pytest.raises(InvalidInput, match="More than one entry"):
        journal.get("abcd")


def test_keyset_paging_visits_every_entry_once_in_order(journal: Journal) -> None:
    # Many entries on the same day and second: the cursor must still be exact.
    items = [
        {
            "body": f"n{i}",
            "day": f"2026-0{1 + i % 3}-0{1 + i % 2}",
            "created": "2026-01-01T10:00:00+01:00",
        }
        for i in range(53)
    ]
    journal.add_many(items)
    seen, cursor = [], None
    while True:
        page = journal.list(limit=10, cursor=cursor)
        seen += page.entries
        if page.cursor is None:
            break
        cursor = page.cursor
    assert len(seen) == 53
    assert len({e.id for e in seen}) == 53
    days = [e.day for e in seen]
    assert days == sorted(days, reverse=True)
    assert [e.id for e in journal.iter_entries(page_size=7)] == [e.id for e in seen]


def test_filters(journal: Journal) -> None:
    goal = journal.goals.add("Present well")
    a = journal.add(
        "a",
        kind="lesson",
        tags=["x"],
        skills=["SQL"],
        people=[PersonLink("Li", Relation.HELPED)],
        visibility="shareable",
        starred=True,
        source="course",
        goals=[goal.id],
        day="2026-02-10",
    )
    b = journal.add("b", kind="til", day="2025-02-10")
    journal.add("c", day="2026-05-01")

    def ids(**kw) -> set[str]:
        return {e.id for e in journal.list(Filters(**kw), limit=100).entries}

    assert ids(kind=Kind.LESSON) == {a.id}
    assert ids(tag="X") == {a.id}
    assert ids(skill="sql") == {a.id}
    assert ids(person="li") == {a.id}
    assert ids(person="li", relation=Relation.LEARNED_FROM) == set()
    assert ids(goal=goal.id[:6]) == {a.id}
    assert ids(visibility=Visibility.SHAREABLE) == {a.id}
    assert len(ids(visibility=Visibility.PRIVATE)) == 2
    assert ids(starred=True) == {a.id}
    assert ids(source=Source.COURSE) == {a.id}
    assert ids(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 3, 1)) == {a.id}
    assert ids(on_this_day=dt.date(2026, 2, 10)) == {b.id}
    assert journal.count(Filters(kind=Kind.LESSON, tag="x", starred=True)) == 1


def test_search_with_filters_and_limit(journal: Journal) -> None:
    for i in range(5):
        journal.add(f"feedback round {i}", tags=["even" if i % 2 == 0 else "odd"])
    assert len(journal.search("feedback", Filters(tag="even"))) == 3
    assert len(journal.search("feedback", limit=2)) == 2
    with pytest.raises(InvalidInput, match="Type a word"):
        journal.search("   ")


def test_counts(journal: Journal) -> None:
    journal.add("a", kind="lesson", tags=["t1", "t2"], skills=["S"])
    journal.add("b", kind="lesson", tags=["t1"])
    gone = journal.add("c", kind="til", tags=["t3"])
    journal.delete(gone.id)
    assert journal.tag_counts() == [("t1", 2), ("t2", 1)]
    assert journal.skill_counts() == [("S", 1)]
    assert journal.kind_counts() == {Kind.LESSON: 2}


def test_goals(journal: Journal) -> None:
    later = journal.goals.add("Later", target_date="2027-06-01")
    sooner = journal.goals.add("Sooner", target_date="2027-01-01", description="why")
    entry = journal.add("evidence")
    journal.goals.link(entry.id, sooner.id)
    journal.goals.link(entry.id, sooner.id)  # twice is fine
    assert journal.get(entry.id).goals == [sooner.id]
    assert [g.title for g in journal.goals.list()] == ["Sooner", "Later"]
    assert journal.goals.get(sooner.id).entry_count == 1
    journal.goals.update(sooner.id, status="achieved")
    assert [g.title for g in journal.goals.list(GoalStatus.ACTIVE)] == ["Later"]
    assert [g.title for g in journal.goals.list()] == ["Later", "Sooner"]
    journal.goals.unlink(entry.id, sooner.id)
    assert journal.get(entry.id).goals == []
    journal.goals.delete(later.id)
    with pytest.raises(NotFound):
        journal.goals.get(later.id)
    with pytest.raises(InvalidInput, match="needs a title"):
        journal.goals.add("  ")
    with pytest.raises(InvalidInput, match="not a valid goal status"):
        journal.goals.update(sooner.id, status="maybe")


def test_add_many_is_all_or_nothing(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="Entry 3: Mood"):
        journal.add_many([{"body": "ok"}, {"body": "ok"}, {"body": "bad", "mood": 7}])
    assert journal.count() == 0
    ids = journal.add_many([{"body": "one", "tags": ["a"]}, {"body": "two", "tags": ["A"]}])
    assert len(ids) == 2
    assert journal.tag_counts() == [("a", 2)]


def test_import_keeps_ids_and_timestamps(journal: Journal) -> None:
    entry = journal.add(
        "x",
        id="11111111-2222-4333-8444-555555555555",
        created="2020-05-01T08:00:00+02:00",
        updated="2021-01-01T09:00:00+01:00",
        revision=4,
    )
    assert (entry.id, entry.created, entry.updated, entry.revision) == (
        "11111111-2222-4333-8444-555555555555",
        "2020-05-01T08:00:00+02:00",
        "2021-01-01T09:00:00+01:00",
        4,
    )
    assert entry.day == dt.date(2020, 5, 1)
    with pytest.raises(InvalidInput, match="already in this journal"):
        journal.add("y", id=entry.id)


def test_settings_in_journal(journal: Journal) -> None:
    assert journal.get_setting("last_talk") is None
    journal.set_setting("last_talk", "2026-05-01")
    journal.set_setting("last_talk", "2026-11-01")
    assert journal.get_setting("last_talk") == "2026-11-01"


def test_nothing_loads_when_reopened(journal_path) -> None:
    with Journal.open(journal_path) as j:
        entry = j.add("persisted", tags=["kept"])
    with Journal.open(journal_path) as j:
        assert j.get(entry.id).tags == ["kept"]


def test_days_with_entries(journal: Journal) -> None:
    journal.add("a", day="2026-03-01")
    journal.add("b", day="2026-03-01")
    journal.add("c", day="2026-03-09")
    gone = journal.add("d", day="2026-03-10")
    journal.delete(gone.id)
    journal.add("e", day="2026-04-01")
    days = journal.days_with_entries(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert days == {dt.date(2026, 3, 1): 2, dt.date(2026, 3, 9): 1}


def test_a_word_in_very_many_entries_ranks_the_newest_and_still_finds_every_one(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reflekt.core.search as journal_module

    monkeypatch.setattr(journal_module, "RANK_WINDOW", 3)
    titles = [f"meeting {n}" for n in range(6)]
    ids = [journal.add("notes", title=title).id for title in titles]
    journal.add("meeting meeting meeting", title="meeting")  # the best match, added last
    best = journal.search("meeting", limit=1)
    assert best[0].entry.title == "meeting"
    everything = journal.search("meeting", limit=100)
    assert len(everything) == 7
    # Past the ranked window, older matches follow newest first.
    assert [h.entry.id for h in everything[3:]] == ids[::-1][2:]
    # Paging through the hits gives the same hits as one long page.
    paged = journal.search("meeting", limit=4) + journal.search("meeting", limit=4, offset=4)
    assert [h.entry.id for h in paged] == [h.entry.id for h in everything]
    assert all(journal_module.HL_START in h.snippet for h in everything)


def test_counts_follow_changes_made_here_and_by_another_program(
    journal: Journal, journal_path
) -> None:
    journal.add("a", tags=["x"], skills=["sql"], people=["Ann"])
    assert journal.tag_counts() == [("x", 1)]
    entry = journal.add("b", tags=["x"])
    assert journal.tag_counts() == [("x", 2)]
    with Journal.open(journal_path) as other:
        other.add("c", tags=["x", "y"], people=["Ann"])
    assert journal.tag_counts() == [("x", 3), ("y", 1)]
    assert [(p.name, p.count) for p in journal.people.list()] == [("Ann", 2)]
    journal.delete(entry.id)  # the trash does not count
    assert journal.tag_counts() == [("x", 2), ("y", 1)]
    assert journal.skill_counts() == [("sql", 1)]


def test_a_plain_journal_has_no_passphrase_and_reopens_on_the_same_file(
    journal_path: Path,
) -> None:
    old = Journal.open(journal_path)
    assert old.passphrase is None and not old.encrypted
    entry = old.goals.add("Get better at giving feedback")
    fresh = Journal.reopen(old)
    try:
        assert fresh.path == old.path and fresh.passphrase is None
        assert [g.id for g in fresh.goals.list()] == [entry.id]
    finally:
        fresh.close()
