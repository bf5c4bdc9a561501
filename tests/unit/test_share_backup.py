"""A backup restores the journal exactly: ids, timestamps, revisions, links, visibility."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.backup_reference import backup_data

from reflekt import controls
from reflekt.core.journal import Journal
from reflekt.core.models import Filters, PersonLink, Relation, entry_to_dict
from reflekt.core.templates import TEMPLATES
from reflekt.share import export, team
from reflekt.share.importers import import_file

_counter = itertools.count()
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
name = st.text(st.characters(whitelist_categories=("L", "Nd")), min_size=1, max_size=12)


@st.composite
def entries(draw: st.DrawFn) -> dict[str, object]:
    template = draw(st.sampled_from(sorted(TEMPLATES)))
    keys = [s.key for s in TEMPLATES[template].sections]
    return {
        "body": draw(text),
        "title": controls.strip(draw(text)),  # titles refuse control characters
        "template": template,
        "sections": draw(st.dictionaries(st.sampled_from(keys), text, max_size=3)) if keys else {},
        "tags": draw(st.lists(name, max_size=3)),
        "skills": draw(st.lists(name, max_size=2)),
        "people": [
            PersonLink(n, r, draw(st.sampled_from(["", "Lead"])), draw(st.sampled_from(["", "IT"])))
            for n, r in draw(st.lists(st.tuples(name, st.sampled_from(list(Relation))), max_size=2))
        ],
        "mood": draw(st.none() | st.integers(1, 5)),
        "visibility": draw(st.sampled_from(["private", "shareable"])),
        "starred": draw(st.booleans()),
        "day": f"2026-0{draw(st.integers(1, 9))}-1{draw(st.integers(0, 9))}",
        "edits": draw(st.integers(0, 2)),
        "trash": draw(st.booleans()),
    }


def snapshot(journal: Journal) -> dict[str, object]:
    """Everything a person can see, through the public API."""
    return {
        "entries": sorted(
            (
                entry_to_dict(e)
                for f in (Filters(), Filters(trash=True))
                for e in journal.iter_entries(f)
            ),
            key=lambda e: e["id"],
        ),
        "goals": [
            (g.id, g.title, g.status, g.target_date, g.created, g.updated, g.entry_count)
            for g in journal.goals.list()
        ],
        "people": journal.people.list(),
        "tags": journal.tag_counts(),
        "settings": backup_data(journal)["settings"],
        "shares": [(r.at, r.format, r.path, r.entries) for r in journal.shares.list()],
        "team": [(x.author_name, x.entry_id, x.revision, x.title) for x in journal.team.lessons()],
    }


def fill(journal: Journal, items: list[dict[str, object]], with_goal: bool) -> None:
    goal = (
        journal.goals.add("Give better feedback", target_date="2026-12-31") if with_goal else None
    )
    journal.people.set("Standalone Person", role="Mentor", department="HR")
    journal.set_setting("team.folder", "/somewhere/Team")  # never restored from a file
    journal.set_setting("streak_min", "3")  # on the short list a backup brings back
    for item in items:
        values = dict(item)
        edits, trash = values.pop("edits"), values.pop("trash")
        if goal is not None:
            values["goals"] = [goal.id]
        entry = journal.add(**values)
        for n in range(int(edits)):  # type: ignore[call-overload]
            journal.update(entry.id, title=f"edit {n} {next(_counter)}")
        if trash:
            journal.delete(entry.id)
    journal.shares.record("md", "/tmp/x.md", [], people="roles")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(entries(), max_size=6), with_goal=st.booleans())
def test_backup_round_trip(tmp_path: Path, items: list[dict[str, object]], with_goal: bool) -> None:
    case = tmp_path / f"case{next(_counter)}"
    case.mkdir()
    with Journal.open(case / "a.reflekt") as original:
        fill(original, items, with_goal)
        expected = snapshot(original)
        raw = backup_data(original)
        # Folder and identity settings never come from a file (docs/formats.md).
        expected["settings"] = {"streak_min": "3"}
        raw["settings"] = {"streak_min": "3"}
        preview = export.prepare_export(original, export.ExportOptions(format="backup"))
        # The backup cannot hold the log line of its own writing.
        backup = export.write_export(original, preview, case / "backup.json")
    with Journal.open(case / "b.reflekt") as restored:
        report = import_file(restored, backup)
        assert report.format == "backup"
        assert report.imported == len(items)
        got = snapshot(restored)
        assert got == expected
        assert backup_data(restored) == raw
        again = import_file(restored, backup)  # idempotent
        assert again.imported == 0 and again.duplicates == len(items)
        assert snapshot(restored) == expected


def test_backup_keeps_team_library_and_import_history(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Team"
    folder.mkdir()
    other = tmp_path / "other.reflekt"
    with Journal.open(other) as colleague:
        export.set_author(colleague, "Bo Berg")
        colleague.add("Ask early", title="Feedback", visibility="shareable")
        team.set_folder(colleague, folder)
        team.publish(colleague)
    team.set_folder(journal, folder)
    team.scan(journal)
    md = tmp_path / "2024-03-04.md"
    md.write_text("# A note\nbody", encoding="utf-8")
    import_file(journal, md)
    preview = export.prepare_export(journal, export.ExportOptions(format="backup"))
    path = export.write_export(journal, preview, tmp_path / "b.json")
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        import_file(restored, path)
        assert [x.title for x in restored.team.lessons()] == ["Feedback"]
        assert import_file(restored, md).imported == 0  # the import history came along


def test_backup_from_a_newer_reflekt_is_refused(journal: Journal, tmp_path: Path) -> None:
    from reflekt.errors import FileRejected

    path = tmp_path / "b.json"
    path.write_text('{"format": "reflekt-backup", "version": 9, "exported": "", "journal": {}}')
    with pytest.raises(FileRejected, match="newer reflekt"):
        import_file(journal, path)


def test_a_backup_file_is_json_with_one_entry_per_line(journal: Journal, tmp_path: Path) -> None:
    import json

    journal.add("first\nwith a second line", title='ä "quoted"', tags=["x"])
    journal.add("second")
    target = tmp_path / "backup.json"
    export.write_export(
        journal, export.prepare_export(journal, export.ExportOptions("backup")), target
    )
    text = target.read_text(encoding="utf-8")
    data = json.loads(text)
    assert [e["body"] for e in data["journal"]["entries"]] == [
        "first\nwith a second line",
        "second",
    ]
    entry_lines = [line for line in text.splitlines() if line.startswith('{"id": ')]
    assert len(entry_lines) == 2  # greppable and diff-friendly: an entry is a line
    assert "ä" in text  # written as text, not \u escapes
