"""The editor and the team library read an entry's parts in the order every export does
(core.templates.reading_order): the template's sections, then the body ("Other notes")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPlainTextEdit

from reflekt.core.journal import Journal
from reflekt.share import export
from reflekt.share.importers import import_file

SECTIONS = {"next_time": "NEXT-TIME-TEXT", "planned": "PLANNED-TEXT", "actual": "ACTUAL-TEXT"}
BODY_TEXT = "BODY-TEXT the rest"
EDITOR_ORDER = ["PLANNED-TEXT", "ACTUAL-TEXT", "NEXT-TIME-TEXT", BODY_TEXT]


def test_the_editor_shows_the_sections_then_the_body(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        j.add(BODY_TEXT, title="Deploy", template="aar", sections=SECTIONS)
    window = make_window()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.entry is not None and editor.entry.title == "Deploy")
    fields = [
        w
        for w in editor.findChildren(QPlainTextEdit)
        if w.isVisible() and w.toPlainText() in EDITOR_ORDER
    ]
    top_down = sorted(fields, key=lambda w: w.mapTo(editor, QPoint(0, 0)).y())
    assert [w.toPlainText() for w in top_down] == EDITOR_ORDER


def test_a_colleagues_lesson_reads_in_the_same_order(
    qapp, journal: Journal, tmp_path: Path
) -> None:
    from reflekt.gui.team_view import lesson_markdown

    with Journal.open(tmp_path / "colleague.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg")
        entry = colleague.add(
            BODY_TEXT, title="Deploy", template="aar", sections=SECTIONS, visibility="shareable"
        )
        options = export.ExportOptions(format="bundle", ids=(entry.id,))
        bundle = export.write_export(
            colleague, export.prepare_export(colleague, options), tmp_path / "bo.reflekt.json"
        )
    import_file(journal, bundle)
    (lesson,) = journal.team.lessons()
    text = lesson_markdown(lesson, "en")
    found = [text.find(part) for part in [*EDITOR_ORDER[:3], "## Other notes", BODY_TEXT]]
    assert -1 not in found and found == sorted(found), text
