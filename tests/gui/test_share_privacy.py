"""The share dialog and names (issue #13): every replacement highlighted, a name kept
or one more word left out, remembered for the entry, and still exactly the bytes written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.gui.file_dialogs import answer_save_dialog

from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.gui.share_dialog import ExportDialog

TITLE = "Learned from Erik Berg: ask before you advise"
TEXT = "Erik showed me that Erik Berg's way works. Berg said: ask first. Acme liked it."
NAME_FORMS = ("Erik", "Berg")


@pytest.fixture
def issue_example(journal_path: Path) -> str:
    """The entry from the issue, as `reflekt person` and `reflekt add` make it."""
    with Journal.open(journal_path) as j:
        j.people.set("Erik Berg", role="HR partner")
        entry = j.add(
            TEXT,
            title=TITLE,
            kind="learned-from",
            people=[PersonLink("Erik Berg", Relation.LEARNED_FROM)],
            visibility="shareable",
        )
        return entry.id


def open_dialog(qtbot, journal: Journal) -> ExportDialog:
    dialog = ExportDialog(journal, list(journal.iter_entries()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot, dialog: ExportDialog, combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=3000)
    dialog.update_preview()
    dialog.wait_until_ready()  # a PDF's pages are made off the GUI thread


def save(qtbot, dialog: ExportDialog, target: Path, monkeypatch) -> bytes:
    answer_save_dialog(qtbot, target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return target.read_bytes()


def highlighted(dialog: ExportDialog) -> list[str]:
    return [s.cursor.selectedText() for s in dialog.text_view.extraSelections()]


@pytest.mark.parametrize("fmt", ["md", "html", "bundle"])
def test_the_issue_example_leaves_no_name_and_every_replacement_is_highlighted(
    qtbot, journal_path, issue_example, tmp_path, monkeypatch, fmt
) -> None:
    with Journal.open(journal_path) as j:
        from reflekt.share import export

        export.set_author(j, "Alex Andersson")
        dialog = open_dialog(qtbot, j)
        choose(qtbot, dialog, dialog.format, fmt)
        for people in ("none", "roles"):
            choose(qtbot, dialog, dialog.people, people)
            shown = dialog.text_view.toPlainText()
            for form in NAME_FORMS:
                assert form not in shown, (people, shown)
            marks = highlighted(dialog)
            # title, "Erik", "Erik Berg's", "Berg" (the title may appear twice in HTML)
            assert len(marks) >= 4
            assert all(m.lower().startswith(("a colleague", "a colleague's")) for m in marks)
            if people == "roles":
                assert "a colleague (HR partner)" in shown
            listed = [dialog.replaced.item(i).text() for i in range(dialog.replaced.count())]
            assert any(line.startswith("Erik Berg →") for line in listed)
            target = tmp_path / f"{people}{export.SUFFIXES[fmt]}"
            written = save(qtbot, dialog, target, monkeypatch)
            assert written == dialog.preview.data == shown.encode("utf-8")
        choose(qtbot, dialog, dialog.people, "names")
        shown = dialog.text_view.toPlainText()
        assert TITLE in shown
        assert "Erik showed me that Erik Berg" in shown
        assert "Berg said: ask first." in shown
        assert highlighted(dialog) == []


def test_a_kept_name_and_a_left_out_word_reach_the_written_bytes_and_are_remembered(
    qtbot, journal_path, issue_example, tmp_path, monkeypatch
) -> None:
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j)
        choose(qtbot, dialog, dialog.people, "roles")
        assert "Acme" in dialog.text_view.toPlainText()
        # Keep Erik Berg's name in this entry: pick it in the list, press the button.
        row = next(
            i
            for i in range(dialog.replaced.count())
            if dialog.replaced.item(i).text().startswith("Erik Berg →")
        )
        rect = dialog.replaced.visualItemRect(dialog.replaced.item(row))
        qtbot.mouseClick(dialog.replaced.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert dialog.keep_button.isEnabled()
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        shown = dialog.text_view.toPlainText()
        assert TITLE in shown
        assert "Erik Berg's way works. Berg said" in shown
        assert "Erik Berg" in highlighted(dialog)  # kept names stay marked, in green
        # Leave out one more word: the customer.
        qtbot.keyClicks(dialog.extra_word, "acme")
        qtbot.mouseClick(dialog.leave_out_button, Qt.MouseButton.LeftButton)
        shown = dialog.text_view.toPlainText()
        assert "Acme" not in shown
        assert "[left out] liked it." in shown
        assert "[left out]" in highlighted(dialog)
        written = save(qtbot, dialog, tmp_path / "kept.md", monkeypatch)
        assert written == dialog.preview.data == shown.encode("utf-8")
        assert b"Erik Berg" in written and b"Acme" not in written

    # Remembered for that entry: a new dialog, and the command line, make the same bytes.
    with Journal.open(journal_path) as j:
        again = open_dialog(qtbot, j)
        choose(qtbot, again, again.people, "roles")
        assert again.preview.data == written
        from reflekt.share import export

        cli = export.prepare_export(j, export.ExportOptions(format="md", people="roles"))
        assert cli.data == written
        # And the kept name can be replaced again from the list.
        row = next(
            i for i in range(again.replaced.count()) if "(kept)" in again.replaced.item(i).text()
        )
        again.replaced.setCurrentRow(row)
        assert again.keep_button.text() == "Replace this name again"
        qtbot.mouseClick(again.keep_button, Qt.MouseButton.LeftButton)
        assert "Erik" not in again.text_view.toPlainText()
        assert "Acme" not in again.text_view.toPlainText()
        # And the left-out word put back.
        row = next(
            i
            for i in range(again.replaced.count())
            if again.replaced.item(i).text().startswith("Acme →")
        )
        again.replaced.setCurrentRow(row)
        assert again.keep_button.text() == "Put this word back"
        qtbot.mouseClick(again.keep_button, Qt.MouseButton.LeftButton)
        assert "Acme liked it." in again.text_view.toPlainText()


def test_the_pdf_pages_hold_no_name(qtbot, journal_path, issue_example, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j)
        choose(qtbot, dialog, dialog.format, "pdf")
        assert dialog.replaced.count() >= 1
        # Each page image shows the replacements on the highlighter colour.
        from reflekt.gui.share_pages import REPLACED

        pages = dialog.pages_area.widget().findChildren(QLabel)
        image = pages[0].pixmap().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height() // 2, 2)
        }
        assert REPLACED.name() in colours
        written = save(qtbot, dialog, tmp_path / "out.pdf", monkeypatch)
        assert written == dialog.preview.data
        reader = pypdf.PdfReader(str(tmp_path / "out.pdf"))
        text = " ".join(page.extract_text() for page in reader.pages)
        assert "colleague" in text
        for form in NAME_FORMS:
            assert form not in text
