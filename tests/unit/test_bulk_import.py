"""The bulk path (add_many, imports) at a size where it rebuilds the entry indexes.

Large imports drop the entry table's indexes, index the text once and build the
indexes again, all inside the import's one transaction; these tests hold it to what
a person sees: everything or nothing, and search finds every imported entry (by
word, prefix and phrase) the moment the import returns.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from reflekt.core import bulk, search
from reflekt.core.bulk import BULK_REINDEX_MIN
from reflekt.core.journal import Journal
from reflekt.core.models import Filters
from reflekt.errors import FileRejected, InvalidInput
from reflekt.share.importers import import_file

MANY = BULK_REINDEX_MIN + 200  # enough to take the rebuilding path


def _indexes(journal: Journal) -> list[tuple[str, str]]:
    return journal.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def _jrnl_export(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def _jrnl_entry(n: int, body: str | None = None) -> dict[str, object]:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=n % 1500)
    return {
        "title": f"Retro {n}",
        "body": body if body is not None else f"Standup number {n} about deployment @ops",
        "date": day.isoformat(),
        "time": f"{n % 24:02d}:{n % 60:02d}",
        "tags": ["@ops"],
        "starred": n % 7 == 0,
    }


def test_a_large_import_is_found_by_word_prefix_and_phrase_at_once(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add("An entry written before the import, about fikaraster")
    indexes = _indexes(journal)
    entries = [_jrnl_entry(n) for n in range(MANY)]
    entries[MANY // 2]["body"] = "The quarterly kräftskiva planning went sideways"
    report = import_file(journal, _jrnl_export(tmp_path / "big.json", entries), "jrnl")

    assert report.imported == MANY
    assert journal.count() == MANY + 1
    assert [h.entry.title for h in journal.search("kraftskiva")] == [f"Retro {MANY // 2}"]
    assert [h.entry.title for h in journal.search("kräftsk*")] == [f"Retro {MANY // 2}"]
    assert [h.entry.title for h in journal.search('"planning went sideways"')] == [
        f"Retro {MANY // 2}"
    ]
    assert journal.search("sideways planning")[0].snippet.count(search.HL_START) == 2
    # Every other imported entry, each once (one of them was about the kräftskiva).
    assert len({h.entry.id for h in journal.search("deployment", limit=MANY + 10)}) == MANY - 1
    assert len({h.entry.id for h in journal.search("dep*", limit=MANY + 10)}) == MANY - 1
    assert len(journal.search("fikaraster")) == 1
    # Everything a list filter needs is back, and the filters answer as before.
    assert _indexes(journal) == indexes
    assert journal.count(Filters(starred=True)) == len([e for e in entries if e["starred"]])
    assert journal.tag_counts() == [("ops", MANY)]
    assert journal.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The full-text index agrees with the entries it was built from.
    journal.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")


def test_a_large_import_failing_half_way_leaves_the_journal_as_it_was(
    journal: Journal, tmp_path: Path
) -> None:
    kept = journal.add("Kept from before: a note on onboarding", tags=["mine"])
    indexes = _indexes(journal)
    entries = [_jrnl_entry(n) for n in range(MANY)]
    entries[MANY - 3]["time"] = "25:99"  # unreadable, near the end
    with pytest.raises(FileRejected, match=f"entry {MANY - 2} has a date or time"):
        import_file(journal, _jrnl_export(tmp_path / "bad.json", entries), "jrnl")

    assert [e.id for e in journal.iter_entries()] == [kept.id]
    assert journal.tag_counts() == [("mine", 1)]
    assert _indexes(journal) == indexes
    assert [h.entry.id for h in journal.search("onboard*")] == [kept.id]
    assert journal.search("deployment") == []


def test_add_many_failing_in_the_database_leaves_no_entry_and_every_index(
    journal: Journal,
) -> None:
    indexes = _indexes(journal)
    items = [{"body": f"Entry {n} on mentoring"} for n in range(MANY)]
    # Valid on its own, refused by the database: the same id twice in one batch.
    items[-1]["id"] = items[-2]["id"] = "11111111-2222-4333-8444-555555555555"
    with pytest.raises(InvalidInput, match=f"Entry {MANY}: An entry with id"):
        journal.add_many(items)
    assert journal.count() == 0
    assert _indexes(journal) == indexes
    journal.add("After the failure, about mentoring")
    assert len(journal.search("mentoring")) == 1


def test_values_are_checked_per_entry_even_when_remembered(journal: Journal) -> None:
    # Validation verdicts are remembered per distinct value: True must not pass as 1.
    with pytest.raises(InvalidInput, match="Entry 2: Mood"):
        journal.add_many([{"body": "fine", "mood": 1}, {"body": "not fine", "mood": True}])
    with pytest.raises(InvalidInput, match=r"Entry 3: .*not a valid kind"):
        journal.add_many([{"body": "a", "kind": "lesson"}] * 2 + [{"body": "b", "kind": ["x"]}])
    assert journal.count() == 0
    ids = journal.add_many(
        [
            {
                "body": "one",
                "tags": ["Feedback", " feedback "],
                "people": ["Anna", ("Bo", "helped")],
            },
            {"body": "two", "tags": ["feedback"], "people": [("anna", "learned-from")]},
        ]
    )
    first, second = (journal.get(i) for i in ids)
    assert first.tags == ["Feedback"] and second.tags == ["Feedback"]
    assert [(p.name, p.relation.value) for p in second.people] == [("Anna", "learned-from")]


def test_reimporting_skips_what_is_there_and_search_still_finds_it_once(
    journal: Journal, tmp_path: Path
) -> None:
    source = _jrnl_export(tmp_path / "j.json", [_jrnl_entry(n) for n in range(MANY)])
    import_file(journal, source, "jrnl")
    again = import_file(journal, source, "jrnl")
    assert (again.imported, again.duplicates) == (0, MANY)
    assert len(journal.search("deployment", limit=2 * MANY)) == MANY


def test_search_leaves_out_entries_in_the_trash_however_many(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = journal.add_many([{"body": f"Sprint review {n}"} for n in range(30)])
    for entry_id in ids[:12]:
        journal.delete(entry_id)
    expected = set(ids[12:])
    assert {h.entry.id for h in journal.search("review", limit=100)} == expected
    assert {h.entry.id for h in journal.search("rev*", limit=100)} == expected
    monkeypatch.setattr(search, "TRASH_SET_MAX", 5)  # the other way: by join
    assert {h.entry.id for h in journal.search("review", limit=100)} == expected
    in_trash = journal.search("review", Filters(trash=True), limit=100)
    assert {h.entry.id for h in in_trash} == set(ids[:12])


def test_prefix_snippets_mark_the_matches_on_every_page(journal: Journal) -> None:
    journal.add_many(
        [{"body": f"Timmen {n} went to the timmerman and the timing review"} for n in range(120)]
    )
    seen = []
    for offset in range(0, 120, 50):
        for hit in journal.search("timm*", limit=50, offset=offset):
            assert f"{search.HL_START}Timmen{search.HL_END}" in hit.snippet
            assert f"{search.HL_START}timmerman{search.HL_END}" in hit.snippet
            assert "timing" in hit.snippet and f"{search.HL_START}timing" not in hit.snippet
            seen.append(hit.entry.id)
    assert len(set(seen)) == 120


def test_jrnl_local_times_keep_their_offset_on_the_days_the_clocks_change(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        entries = [
            {"title": "before", "body": "x", "date": "2026-03-29", "time": "01:30", "tags": []},
            {"title": "after", "body": "x", "date": "2026-03-29", "time": "03:30", "tags": []},
            {"title": "summer", "body": "x", "date": "2026-07-01", "time": "12:00", "tags": []},
            {"title": "winter", "body": "x", "date": "2026-12-01", "time": "12:00", "tags": []},
        ]
        import_file(journal, _jrnl_export(tmp_path / "dst.json", entries), "jrnl")
        created = {e.title: e.created for e in journal.iter_entries()}
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert created == {
        "before": "2026-03-29T01:30:00+01:00",
        "after": "2026-03-29T03:30:00+02:00",
        "summer": "2026-07-01T12:00:00+02:00",
        "winter": "2026-12-01T12:00:00+01:00",
    }


def test_entries_written_in_several_rounds_keep_their_links_and_order(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "BULK_BATCH", 7)
    items = [
        {
            "body": f"Pairing session {n}",
            "tags": [f"t{n % 3}"],
            "people": [("Sara", "helped")] if n % 2 else [],
            "day": (dt.date(2025, 1, 1) + dt.timedelta(days=n)).isoformat(),
        }
        for n in range(50)
    ]
    ids = journal.add_many(items)
    assert [e.id for e in journal.iter_entries()] == ids[::-1]  # newest first
    for n, entry in enumerate(journal.get(i) for i in ids):
        assert entry.body == f"Pairing session {n}"
        assert entry.tags == [f"t{n % 3}"]
        assert [p.name for p in entry.people] == (["Sara"] if n % 2 else [])
    assert len(journal.search("pairing", limit=100)) == 50


@pytest.mark.parametrize("stop_at_call", [1, 2, 4])
def test_a_cancelled_import_changes_nothing_and_the_next_one_works(
    journal: Journal, tmp_path: Path, stop_at_call: int
) -> None:
    """Cancel before the entries, among them, or just before the indexes are built."""
    from reflekt.errors import Cancelled

    journal.add("Written by hand before any import.", tags=["kept"])
    before = _indexes(journal)
    source = _jrnl_export(tmp_path / "big.json", [_jrnl_entry(n) for n in range(MANY)])
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= stop_at_call

    with pytest.raises(Cancelled, match="Nothing was imported"):
        import_file(journal, source, cancelled=cancelled)
    assert len(asked) == stop_at_call, "it stops at the first yes"
    assert journal.count() == 1
    assert _indexes(journal) == before
    assert journal.db.execute("SELECT count(*) FROM tags").fetchone()[0] == 1
    assert [h.entry.body for h in journal.search("written")] == [
        "Written by hand before any import."
    ]

    report = import_file(journal, source)  # not cancelled this time: all of it comes in
    assert report.imported == MANY
    assert journal.count() == MANY + 1
    assert _indexes(journal) == before


def _backup_of_many(tmp_path: Path) -> Path:
    from reflekt.share import export

    with Journal.open(tmp_path / "source.reflekt") as source:
        source.add_many({"body": f"Backed up lesson {n}", "tags": ["kept"]} for n in range(MANY))
        preview = export.prepare_export(source, export.ExportOptions(format="backup"))
        return export.write_export(source, preview, tmp_path / "backup.json")


def test_restoring_the_same_backup_again_adds_nothing_and_rebuilds_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    backup = _backup_of_many(tmp_path)
    first = import_file(journal, backup, "backup")
    assert first.imported == MANY
    pages = journal.db.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()
    again = import_file(journal, backup, "backup")
    assert (again.imported, journal.count()) == (0, MANY)
    assert (
        journal.db.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()
        == pages
    ), "the entry indexes were dropped and built again for nothing"


def test_a_cancelled_backup_restore_keeps_nothing(journal: Journal, tmp_path: Path) -> None:
    from reflekt.errors import Cancelled

    backup = _backup_of_many(tmp_path)
    with pytest.raises(Cancelled):
        import_file(journal, backup, "backup", cancelled=lambda: True)
    assert journal.count() == 0
    assert journal.search("backed") == []
