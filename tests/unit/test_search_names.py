"""Search finds an entry by its tags, skills and people as well (issue #16: "reflekt
search incident" where incident is a tag), in the journal, on the command line and
after an upgrade from a journal written before the names were searchable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from tests.conftest import Cli

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.core.storage.steps import known_steps


def _found(journal: Journal, query: str) -> set[str]:
    return {hit.entry.id for hit in journal.search(query)}


def _index_is_sound(journal: Journal) -> None:
    journal.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def test_search_finds_tags_skills_and_people(journal: Journal) -> None:
    tagged = journal.add("The deploy broke at nine", tags=["incident"])
    skilled = journal.add("Wrote the report", skills=["Kubernetes"])
    person = journal.add("Paired all morning", people=[PersonLink("Märta", Relation.LEARNED_FROM)])
    journal.add("Nothing to do with any of them")
    assert _found(journal, "incident") == {tagged.id}
    assert _found(journal, "kubern*") == {skilled.id}
    assert _found(journal, "marta") == {person.id}  # diacritics folded, as in the text
    # every word must match somewhere: a name and a word of the text together
    assert _found(journal, "incident deploy") == {tagged.id}
    assert _found(journal, "incident morning") == set()
    _index_is_sound(journal)


def test_the_names_follow_every_change(journal: Journal) -> None:
    entry = journal.add("text", tags=["incident"], skills=["sql"])
    journal.update(entry.id, tags=["retro"])
    assert _found(journal, "incident") == set()
    assert _found(journal, "retro") == {entry.id}
    assert _found(journal, "sql") == {entry.id}  # the skills stay
    journal.update(entry.id, people=["Kim"], skills=[])
    assert _found(journal, "sql") == set()
    assert _found(journal, "kim retro") == {entry.id}
    journal.update(entry.id, body="new text")  # the text alone: the names stay found
    assert _found(journal, "kim") == {entry.id}
    journal.delete(entry.id)
    assert _found(journal, "kim") == set()
    journal.purge(entry.id)
    _index_is_sound(journal)


def test_entries_added_in_bulk_are_found_by_their_names(journal: Journal) -> None:
    ids = journal.add_many(
        {"body": f"imported {n}", "tags": [f"tag{n}"], "people": ["Ola"]} for n in range(50)
    )
    assert _found(journal, "tag7") == {ids[7]}
    assert len(journal.search("ola", limit=100)) == 50
    _index_is_sound(journal)


OLD_TRIGGERS = (
    "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries "
    "WHEN NOT EXISTS (SELECT 1 FROM fts_paused) BEGIN "
    "INSERT INTO entries_fts (rowid, title, body, sections_text) "
    "VALUES (new.seq, new.title, new.body, new.sections_text); END",
    "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN "
    "INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text) "
    "VALUES ('delete', old.seq, old.title, old.body, old.sections_text); END",
    "CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, sections_text ON entries "
    "BEGIN INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text) "
    "VALUES ('delete', old.seq, old.title, old.body, old.sections_text); "
    "INSERT INTO entries_fts (rowid, title, body, sections_text) "
    "VALUES (new.seq, new.title, new.body, new.sections_text); END",
)


def test_an_older_journal_is_searchable_by_names_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.reflekt"
    with Journal.open(path) as journal:
        kept = journal.add("Rolled back", tags=["incident"], skills=["git"], people=["Kim"])
        journal.add("no names")
    conn = sqlite3.connect(path)
    # Back to the schema before 0011: the index over three columns, no names column.
    db = Database(conn)
    for name in ("entries_fts_insert", "entries_fts_delete", "entries_fts_update"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE entries_fts")
    db.execute("ALTER TABLE entries DROP COLUMN names_text")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_search_names'")
    db.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5 (title, body, sections_text, "
        "content='entries', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', "
        "prefix='2 3')"
    )
    db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    for trigger in OLD_TRIGGERS:
        db.execute(trigger)
    db.execute(f"PRAGMA user_version = {len(known_steps()) - 1}")
    conn.commit()
    conn.close()
    with Journal.open(path) as journal:
        # Every step applied (0011 again last: the later steps were never taken away).
        assert sorted(storage.applied_steps(journal.db)) == sorted(known_steps())
        for word in ("incident", "git", "kim", "rolled"):
            assert _found(journal, word) == {kept.id}, word
        journal.add("a new one", tags=["incident"])
        assert len(journal.search("incident")) == 2
        _index_is_sound(journal)


def test_reflekt_search_finds_a_tag(tmp_path: Path, capsys, monkeypatch) -> None:
    run = Cli(tmp_path / "j.reflekt", capsys, monkeypatch)
    run.ok("add", "The deploy broke at nine", "--title", "Friday deploy", "--tag", "incident")
    out = run.ok("search", "incident")
    assert "Friday deploy" in out and "#incident" in out


# -- snippets of large entries: bounded by what is shown -------------------------------


def _pasted_log(lines: int) -> str:
    return "".join(f"Line {i}: some pasted log output here\n" for i in range(lines))


def test_a_large_pasted_entry_is_searched_quickly_with_a_snippet_of_the_place(
    journal: Journal,
) -> None:
    import time

    from reflekt.core.search import HL_END, HL_START

    pasted = journal.add(_pasted_log(30_000), title="Build log")  # 1.2 MB
    journal.add("Line 1999 of the plan is about the budget")
    started = time.perf_counter()
    hits = journal.search("Line 1999")
    took = time.perf_counter() - started
    # FTS5's own snippet() took ~9 s here (36 s for the issue's 2.4 MB): it scores
    # every match against every other one.
    assert took < 2.0
    (big,) = [h for h in hits if h.entry.id == pasted.id]
    assert f"{HL_START}Line{HL_END} {HL_START}1999{HL_END}:" in big.snippet
    assert big.snippet.startswith("…") and big.snippet.endswith("…")
    assert len(big.snippet) < 300
    (phrase,) = [h for h in journal.search('"line 1999"') if h.entry.id == pasted.id]
    assert f"{HL_START}Line 1999{HL_END}" in phrase.snippet
    (prefix,) = journal.search("outp* 29999")
    assert f"{HL_START}29999{HL_END}" in prefix.snippet and "…" in prefix.snippet


def test_a_large_entry_found_by_its_title_or_a_folded_word_shows_a_bounded_snippet(
    journal: Journal,
) -> None:
    from reflekt.core.search import HL_START

    journal.add("Återkoppling först. " + _pasted_log(1000), title="Retro notes", tags=["team"])
    (by_title,) = journal.search("retro")
    assert by_title.snippet == f"{HL_START}Retro\x03 notes"
    (folded,) = journal.search("aterkoppling")  # the index folds å to a; so does the snippet
    assert folded.snippet.startswith(f"{HL_START}Återkoppling\x03 först.")
    assert len(folded.snippet) < 300
    (by_tag,) = journal.search("team")  # only a tag says it: the tag is the snippet
    assert by_tag.snippet == f"{HL_START}team\x03"


def test_a_large_entry_s_snippet_matches_letters_with_or_without_accents(
    journal: Journal,
) -> None:
    from reflekt.core.search import HL_END, HL_START

    log = _pasted_log(2000).replace("Line 1500: some", "Line 1500: Mötet om återkoppling,")
    entry = journal.add(log)
    for typed in ("motet aterkoppling", "MÖTET återkoppling", "möte* ÅTERKOPPLING"):
        (hit,) = journal.search(typed)
        assert hit.entry.id == entry.id
        assert f"{HL_START}Mötet{HL_END} om {HL_START}återkoppling{HL_END}," in hit.snippet, typed


@settings(max_examples=200, deadline=None)
@given(
    query=st.text(max_size=40),
    text=st.text(max_size=400),
)
def test_a_large_entry_s_snippet_is_bounded_and_marked_in_pairs(query: str, text: str) -> None:
    from reflekt.core.search import HL_END, HL_START, SNIPPET_AFTER, SNIPPET_BEFORE, snippet_in

    texts = ["title", (text.replace(HL_START, "").replace(HL_END, "") + " ") * 50]
    shown = snippet_in(texts, query)
    plain = shown.replace(HL_START, "").replace(HL_END, "")
    assert len(plain) <= SNIPPET_BEFORE + SNIPPET_AFTER + 2  # the window and two "…"
    assert shown.count(HL_START) == shown.count(HL_END)
    assert HL_START + HL_END not in shown  # never an empty match marked
    assert plain.strip("…") in texts[1] or plain.strip("…") in texts[0]


def test_an_edit_that_keeps_the_names_leaves_the_index_alone(journal: Journal) -> None:
    entry = journal.add("text", tags=["incident"])
    statements: list[str] = []
    journal.db.conn.set_trace_callback(statements.append)
    try:
        journal.update(entry.id, mood=3, tags=["incident"])  # as the app's editor saves
    finally:
        journal.db.conn.set_trace_callback(None)
    assert not [s for s in statements if "names_text" in s or "entries_fts" in s]
    assert _found(journal, "incident") == {entry.id}
