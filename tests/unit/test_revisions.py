"""Revisions: every write raises an entry's revision, and a change made from an older
copy is refused (``EntryConflict``) without writing anything."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.backup_reference import backup_data
from tests.conftest import Cli

from reflekt.core.journal import Journal
from reflekt.errors import EntryConflict, InvalidInput


def _row(journal: Journal, entry_id: str) -> dict[str, object]:
    """What the journal holds for an entry, through a second connection."""
    with Journal.open(journal.path, create=False) as other:
        entry = other.get(entry_id)
    return {"title": entry.title, "body": entry.body, "revision": entry.revision}


def test_every_write_raises_the_revision(journal: Journal) -> None:
    entry = journal.add("first", title="One")
    assert entry.revision == 1
    assert journal.update(entry.id, title="Two").revision == 2
    assert journal.update(entry.id, body="second", starred=True).revision == 3
    assert journal.delete(entry.id).revision == 4
    assert journal.restore(entry.id).revision == 5
    goal = journal.goals.add("Facilitate a retro")
    journal.goals.link(entry.id, goal.id)
    assert journal.get(entry.id).revision == 6
    journal.goals.unlink(entry.id, goal.id)
    assert journal.get(entry.id).revision == 7


def test_a_no_op_update_leaves_the_revision_and_the_time(journal: Journal) -> None:
    entry = journal.add("same", title="Same", tags=["a"], starred=True)
    again = journal.update(entry.id, title="Same", body="same", tags=["A"], starred=True)
    assert again.revision == entry.revision == 1
    assert again.updated == entry.updated
    # Restoring an entry that is not in the trash writes nothing either.
    assert journal.restore(entry.id).revision == 1
    # Linking a goal twice changes the entry once.
    goal = journal.goals.add("Goal")
    journal.goals.link(entry.id, goal.id)
    journal.goals.link(entry.id, goal.id)
    assert journal.get(entry.id).revision == 2


def test_an_update_from_the_current_revision_is_written(journal: Journal) -> None:
    entry = journal.add("text", title="Old")
    changed = journal.update(entry.id, expected_revision=1, title="New")
    assert changed.title == "New" and changed.revision == 2
    assert _row(journal, entry.id)["title"] == "New"


def test_an_update_from_an_older_revision_is_refused_and_writes_nothing(
    journal: Journal,
) -> None:
    entry = journal.add("text", title="Mine")
    # Another program changes the entry after this copy was read.
    with Journal.open(journal.path, create=False) as terminal:
        terminal.update(entry.id, title="Theirs", starred=True)
    with pytest.raises(EntryConflict) as caught:
        journal.update(entry.id, expected_revision=entry.revision, title="Mine, edited")
    assert caught.value.revision == 2
    assert caught.value.expected == 1
    assert caught.value.current.title == "Theirs"
    assert caught.value.current.starred
    assert "changed elsewhere" in caught.value.message
    assert _row(journal, entry.id) == {"title": "Theirs", "body": "text", "revision": 2}


def test_an_update_from_before_the_trash_is_a_conflict(journal: Journal) -> None:
    entry = journal.add("text", title="Mine")
    journal.delete(entry.id)
    with pytest.raises(EntryConflict) as caught:
        journal.update(entry.id, expected_revision=1, body="more")
    assert caught.value.current.in_trash
    assert "trash" in caught.value.message
    assert journal.get(entry.id).body == "text"
    # Without a revision the old refusal stands.
    with pytest.raises(InvalidInput, match="in the trash"):
        journal.update(entry.id, body="more")


def test_an_update_of_a_purged_entry_is_a_conflict_not_a_typo(journal: Journal) -> None:
    entry = journal.add("text", title="Mine")
    journal.delete(entry.id)
    journal.purge(entry.id)
    with pytest.raises(EntryConflict) as caught:
        journal.update(entry.id, expected_revision=2, body="more")
    assert caught.value.current is None and caught.value.revision is None
    assert "deleted for good" in caught.value.message
    assert journal.count() == 0


def test_delete_restore_and_purge_check_the_revision_too(journal: Journal) -> None:
    entry = journal.add("text")
    journal.update(entry.id, title="moved on")
    with pytest.raises(EntryConflict):
        journal.delete(entry.id, expected_revision=1)
    assert not journal.get(entry.id).in_trash
    trashed = journal.delete(entry.id, expected_revision=2)
    with pytest.raises(EntryConflict):
        journal.purge(entry.id, expected_revision=2)
    assert journal.get(entry.id).in_trash
    with pytest.raises(EntryConflict):
        journal.restore(entry.id, expected_revision=2)
    journal.restore(entry.id, expected_revision=trashed.revision)
    assert not journal.get(entry.id).in_trash


@pytest.mark.parametrize("bad", [0, -1, True, "2", 1.0])
def test_a_revision_that_is_not_a_whole_number_is_refused(journal: Journal, bad) -> None:
    entry = journal.add("text")
    with pytest.raises(InvalidInput, match="revision"):
        journal.update(entry.id, expected_revision=bad, title="x")
    assert journal.get(entry.id).title == ""


def test_two_writers_from_the_same_revision_one_wins(journal: Journal) -> None:
    """The check and the write are one transaction: of two writers that start from the
    same revision, exactly one writes and the other gets the conflict."""
    entry = journal.add("text")
    results: list[str] = []

    def write(title: str) -> None:
        with Journal.open(journal.path, create=False) as own:
            try:
                own.update(entry.id, expected_revision=1, title=title)
                results.append("written")
            except EntryConflict:
                results.append("conflict")

    threads = [threading.Thread(target=write, args=(f"writer {i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["conflict", "conflict", "conflict", "written"]
    assert journal.get(entry.id).revision == 2


def test_bulk_adds_start_at_revision_one(journal: Journal) -> None:
    ids = journal.add_many([{"body": f"entry {i}"} for i in range(50)])
    assert {journal.get(i).revision for i in ids} == {1}


def test_a_backup_keeps_revisions_and_restores_them(journal: Journal, tmp_path: Path) -> None:
    entry = journal.add("text")
    journal.update(entry.id, title="three")
    journal.update(entry.id, title="times")
    data = backup_data(journal)
    assert [e["revision"] for e in data["entries"]] == [3]
    with Journal.open(tmp_path / "restored.reflekt") as fresh:
        fresh.restore_backup(data)
        assert fresh.get(entry.id).revision == 3


# -- the command line ----------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "cli.reflekt", capsys, monkeypatch)


def test_json_shows_the_revision_and_edit_raises_it(cli: Cli) -> None:
    entry_id = cli.ok("add", "text", "--title", "One").strip()
    assert cli.json("show", entry_id)["revision"] == 1
    cli.ok("edit", entry_id, "--title", "Two")
    assert cli.json("show", entry_id)["revision"] == 2
    assert [e["revision"] for e in cli.json("list")] == [2]
    cli.ok("delete", entry_id)
    assert [e["revision"] for e in cli.json("list", "--trash")] == [3]


def test_edit_if_revision_writes_when_the_entry_is_unchanged(cli: Cli) -> None:
    entry_id = cli.ok("add", "text").strip()
    cli.ok("edit", entry_id, "--title", "Checked", "--if-revision", "1")
    shown = cli.json("show", entry_id)
    assert (shown["title"], shown["revision"]) == ("Checked", 2)


def test_edit_if_revision_refuses_a_moved_on_entry_and_changes_nothing(cli: Cli) -> None:
    entry_id = cli.ok("add", "text").strip()
    cli.ok("edit", entry_id, "--title", "Someone else's")
    err = cli.fails(
        "edit", entry_id, "--title", "Mine", "--star", "--if-revision", "1",
        match="was changed elsewhere", code=EntryConflict.exit_code,
    )  # fmt: skip
    assert "revision 2 now, not 1" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    shown = cli.json("show", entry_id)
    assert (shown["title"], shown["starred"], shown["revision"]) == ("Someone else's", False, 2)


def test_edit_if_revision_of_a_purged_entry(cli: Cli) -> None:
    entry_id = cli.ok("add", "text").strip()
    cli.ok("delete", entry_id)
    cli.ok("purge", entry_id)
    cli.fails(
        "edit", entry_id, "--title", "x", "--if-revision", "2",
        match="deleted for good", code=EntryConflict.exit_code,
    )  # fmt: skip
    assert cli.json("list", "--trash") == [] and cli.json("list") == []


def test_edit_help_documents_if_revision_and_its_exit_code(cli: Cli, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        cli("edit", "--help")
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--if-revision N" in text
    assert f"exit {EntryConflict.exit_code}" in text


def test_conflict_message_in_swedish(cli: Cli, monkeypatch) -> None:
    entry_id = cli.ok("add", "text").strip()
    cli.ok("edit", entry_id, "--title", "Ny")
    monkeypatch.setenv("REFLEKT_LANG", "sv")
    try:
        err = cli.fails(
            "edit", entry_id, "--title", "x", "--if-revision", "1",
            match="har ändrats någon annanstans", code=EntryConflict.exit_code,
        )  # fmt: skip
    finally:
        from reflekt import messages

        messages.set_language("en")
    assert json.dumps(err)  # one plain line, no traceback (checked by fails)


# -- drafts: text kept in the journal while a choice is pending ----------------------


def test_a_draft_is_kept_in_the_journal_until_discarded(journal: Journal) -> None:
    import datetime as dt

    from reflekt.core.models import PersonLink, Relation, Visibility

    entry = journal.add("text")
    values = {
        "title": "Mitt utkast",
        "body": "Åsa sa något klokt",
        "template": "free",
        "sections": {},
        "kind": "lesson",
        "day": dt.date(2026, 3, 14),
        "tags": ["möten"],
        "skills": [],
        "people": [PersonLink("Åsa", Relation.LEARNED_FROM)],
        "source": None,
        "mood": 4,
        "starred": True,
        "visibility": Visibility.SHAREABLE,
        "goals": [],
    }
    journal.save_draft(entry.id, values, 1)
    # Another connection (the next start of the app) finds it.
    with Journal.open(journal.path, create=False) as later:
        (draft,) = later.drafts()
    assert (draft.entry_id, draft.base_revision) == (entry.id, 1)
    assert draft.values == values
    # The draft is not an edit: the entry itself is untouched.
    assert journal.get(entry.id).revision == 1 and journal.get(entry.id).body == "text"
    journal.save_draft(entry.id, {**values, "body": "later text"}, 1)
    assert [d.values["body"] for d in journal.drafts()] == ["later text"]
    journal.discard_draft(entry.id)
    assert journal.drafts() == []


def test_a_draft_needs_a_whole_entry_id(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.save_draft("abcd", {"body": "x"}, 1)
    assert journal.drafts() == []


def test_delete_and_purge_if_revision(cli: Cli) -> None:
    entry_id = cli.ok("add", "text").strip()
    cli.ok("edit", entry_id, "--title", "changed meanwhile")
    cli.fails("delete", entry_id, "--if-revision", "1", match="changed elsewhere", code=5)
    assert cli.json("list", "--trash") == []
    cli.ok("delete", entry_id, "--if-revision", "2")
    cli.fails("purge", entry_id, "--if-revision", "2", match="trash elsewhere", code=5)
    assert [e["id"] for e in cli.json("list", "--trash")] == [entry_id]
    cli.ok("purge", entry_id, "--if-revision", "3")
    assert cli.json("list", "--trash") == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.text(st.characters(exclude_categories=()), max_size=200),
    body=st.text(max_size=2000),
    tag=st.text(max_size=40),
)
@example(title="half a pair \ud800 of surrogates", body="", tag="")
def test_any_typed_text_survives_as_a_draft(journal: Journal, title, body, tag) -> None:
    entry_id = "0190e6a4-8d3b-7c2e-9f10-1a2b3c4d5e6f"
    values = {"title": title, "body": body, "tags": [tag], "sections": {"what": body}}
    journal.save_draft(entry_id, values, 1)
    (draft,) = journal.drafts()
    assert draft.values == values
    journal.discard_draft(entry_id)
