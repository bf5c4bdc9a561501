"""One order everywhere: an entry's template sections in the template's order (the order
the editor shows them in), then the body text ("Other notes") last, in every export, a
bundle, the report and the team library."""

from __future__ import annotations

import json

import pytest

from reflekt.core.journal import Journal
from reflekt.core.models import Entry
from reflekt.core.report import Audience, report_entry
from reflekt.core.templates import BODY, TEMPLATES, reading_order
from reflekt.share import export

# Given out of order on purpose: storage keeps what it was given.
SECTIONS = {"next_time": "NEXT-TIME-TEXT", "planned": "PLANNED-TEXT", "actual": "ACTUAL-TEXT"}
BODY_TEXT = "BODY-TEXT the rest of what I noted"
EDITOR_ORDER = ["PLANNED-TEXT", "ACTUAL-TEXT", "NEXT-TIME-TEXT", BODY_TEXT]


@pytest.fixture
def entry(journal: Journal) -> Entry:
    return journal.add(
        BODY_TEXT, title="Deploy", template="aar", sections=SECTIONS, visibility="shareable"
    )


def _positions(text: str, parts: list[str]) -> list[int]:
    found = [text.find(part) for part in parts]
    assert -1 not in found, f"missing from the output: {parts[found.index(-1)]}"
    return found


def _export(journal: Journal, entry: Entry, fmt: str, lang: str = "en") -> str:
    options = export.ExportOptions(format=fmt, ids=(entry.id,), lang=lang)
    return export.prepare_export(journal, options).data.decode("utf-8")


def test_the_template_decides_and_the_body_comes_last() -> None:
    assert reading_order("aar", ["next_time", "planned"]) == ["planned", "next_time", BODY]
    assert reading_order("aar", ["gone", "actual"]) == ["actual", "gone", BODY]
    assert reading_order(None, ["b", "a"]) == ["b", "a", BODY]
    assert reading_order("free", []) == [BODY]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_exports_read_in_the_editors_order(journal: Journal, entry: Entry, fmt: str) -> None:
    text = _export(journal, entry, fmt)
    order = _positions(text, [*EDITOR_ORDER[:3], "Other notes", BODY_TEXT])
    assert order == sorted(order), text


def test_the_body_heading_is_swedish_in_a_swedish_export(journal: Journal, entry: Entry) -> None:
    text = _export(journal, entry, "md", "sv")
    order = _positions(text, ["NEXT-TIME-TEXT", "## Övriga noteringar", BODY_TEXT])
    assert order == sorted(order)


def test_an_entry_without_sections_has_no_other_notes_heading(journal: Journal) -> None:
    plain = journal.add("Just text", title="Plain", visibility="shareable")
    assert "Other notes" not in _export(journal, plain, "md")
    assert "Just text" in _export(journal, plain, "md")


def test_a_bundle_carries_the_sections_in_the_editors_order(journal: Journal, entry: Entry) -> None:
    export.set_author(journal, "Ada Berg")
    shared = json.loads(_export(journal, entry, "bundle"))
    keys = [s["key"] for s in shared["entries"][0]["sections"]]
    assert keys == [s.key for s in TEMPLATES["aar"].sections if s.key in SECTIONS]


def test_the_report_excerpt_reads_in_the_editors_order(entry: Entry) -> None:
    excerpt = report_entry(entry, Audience.ME).excerpt
    order = _positions(excerpt, [part[:12] for part in EDITOR_ORDER])
    assert order == sorted(order), excerpt


def test_show_on_the_command_line_reads_in_the_editors_order(
    journal: Journal, entry: Entry, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflekt.cli import main

    assert main(["--journal", str(journal.path), "show", entry.id]) == 0
    shown = capsys.readouterr().out
    assert _positions(shown, EDITOR_ORDER) == sorted(_positions(shown, EDITOR_ORDER)), shown
