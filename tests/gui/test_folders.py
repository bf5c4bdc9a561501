"""Files land where a person expects: dialogs start in Documents, remember the last
folder per purpose, and a name typed without its extension gets it (issue #16)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.gui.file_dialogs import Answered, answer_save_dialog

from reflekt.core.journal import Journal
from reflekt.gui import folders
from reflekt.gui.share_dialog import ExportDialog
from reflekt.share import export


@pytest.fixture
def lesson(journal_path: Path) -> Path:
    with Journal.open(journal_path) as j:
        j.add("Move the tables one at a time.", title="Migration lesson", visibility="shareable")
        export.set_author(j, "Alex Andersson", "Support")
    return journal_path


def save_as(qtbot, journal: Journal, fmt: str, typed: str | Path, seen: Answered) -> Path | None:
    dialog = ExportDialog(journal, list(journal.iter_entries()))
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.update_preview()
    assert dialog.wait_until_ready() and dialog.preview is not None, dialog.status.text()
    answer_save_dialog(qtbot, typed, seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog.written


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "bundle"])
def test_a_name_typed_without_its_extension_gets_it(qtbot, lesson, tmp_path, fmt) -> None:
    seen = Answered()
    with Journal.open(lesson) as j:
        written = save_as(qtbot, j, fmt, tmp_path / "migration-lesson", seen)
        suffix = export.SUFFIXES[fmt]
        assert written == tmp_path / f"migration-lesson{suffix}"
        assert written.is_file() and not (tmp_path / "migration-lesson").exists()
        assert seen.suffixes == [suffix.lstrip(".")]  # the dialog asks about that name
        assert j.shares.list()[0].path.endswith(f"migration-lesson{suffix}")


def test_the_save_dialog_starts_in_documents_then_remembers(qtbot, lesson, tmp_path) -> None:
    seen = Answered()
    chosen = tmp_path / "shares"
    chosen.mkdir()
    with Journal.open(lesson) as j:
        save_as(qtbot, j, "md", chosen / "first", seen)
        save_as(qtbot, j, "md", chosen / "second", seen)
        shutil.rmtree(chosen)  # the remembered folder is gone: back to Documents
        save_as(qtbot, j, "md", None, seen)  # cancelled
    documents = folders.documents()
    assert seen.folders == [documents, chosen, documents]
    assert documents != Path.cwd()  # not the folder the app was started from


def test_cancelling_the_save_dialog_writes_nothing(qtbot, lesson, tmp_path) -> None:
    with Journal.open(lesson) as j:
        assert save_as(qtbot, j, "bundle", None, Answered()) is None
        assert j.shares.list() == []
    assert list(tmp_path.rglob("*.reflekt.json")) == []


def test_each_purpose_remembers_its_own_folder(tmp_path, monkeypatch) -> None:
    asked: list[str] = []

    def fake_open(parent, title, folder, name_filter):
        asked.append(folder)
        return str(tmp_path / "imports" / "day-one.zip"), ""

    def fake_folder(parent, title, folder):
        asked.append(folder)
        return str(tmp_path / "team")

    (tmp_path / "imports").mkdir()
    (tmp_path / "team").mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake_folder)
    documents = str(folders.documents())
    folders.open_file(None, folders.Purpose.IMPORT, "Import", "*")
    folders.choose_folder(None, folders.Purpose.TEAM, "Team")
    folders.open_file(None, folders.Purpose.IMPORT, "Import", "*")
    folders.choose_folder(None, folders.Purpose.TEAM, "Team")
    folders.open_file(None, folders.Purpose.JOURNAL, "Open", "*")
    assert asked == [
        documents,
        documents,
        str(tmp_path / "imports"),
        str(tmp_path / "team"),
        documents,  # opening a journal has not been used yet
    ]


def test_without_a_documents_folder_dialogs_start_at_home(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    if os.name == "posix":
        assert folders.documents() == home
        assert folders.start_folder(folders.Purpose.SHARE) == home


def test_every_file_dialog_goes_through_the_folder_memory() -> None:
    """The class of problem: a new dialog that opens wherever the app was started."""
    package = Path(folders.__file__).parent
    users = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "QFileDialog" in p.read_text(encoding="utf-8") and p.name != "folders.py"
    )
    assert users == []


@pytest.mark.parametrize(
    ("typed", "fmt", "written"),
    [
        ("migration-lesson", "bundle", "migration-lesson.reflekt.json"),
        ("lesson.REFLEKT.JSON", "bundle", "lesson.REFLEKT.JSON"),
        ("notes.v2", "md", "notes.v2.md"),
        ("talk.pdf", "pdf", "talk.pdf"),
        ("page", "html", "page.html"),
    ],
)
def test_with_format_suffix(typed: str, fmt: str, written: str, tmp_path) -> None:
    assert export.with_format_suffix(tmp_path / typed, fmt) == tmp_path / written


@pytest.mark.parametrize("button", ["pdf_button", "html_button"])
def test_a_report_saved_without_its_extension_gets_it(qtbot, lesson, tmp_path, button) -> None:
    import datetime as dt

    from reflekt.core.periods import Period
    from reflekt.gui.report_dialog import ReportDialog

    today = dt.date.today()
    seen = Answered()
    with Journal.open(lesson) as j:
        dialog = ReportDialog(j, Period.last_months(12, today), today=today)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.wait_until_ready()
        answer_save_dialog(qtbot, tmp_path / "talk", seen)
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    suffix = ".pdf" if button == "pdf_button" else ".html"
    written = tmp_path / f"talk{suffix}"
    assert written.is_file() and not (tmp_path / "talk").exists()
    assert seen.folders == [folders.documents()] and seen.suffixes == [suffix[1:]]


def answer_no(monkeypatch, asked: list[str]) -> None:
    """The next questions are answered No, as a person who keeps the file would."""

    def no(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.No.value

    monkeypatch.setattr(QMessageBox, "exec", no)


@pytest.mark.parametrize(
    ("fmt", "typed", "existing"),
    [("bundle", "lesson.json", "lesson.reflekt.json"), ("md", "notes.txt", "notes.txt.md")],
)
def test_a_file_the_extension_leads_to_is_replaced_only_when_the_person_says_so(
    qtbot, lesson, tmp_path, monkeypatch, no_blocking_message_boxes, fmt, typed, existing
) -> None:
    """The dialog asked about the name typed; the extension then named another file
    that exists. One rule: nothing is overwritten without a word."""
    old = tmp_path / existing
    old.write_text("a colleague's file, kept", encoding="utf-8")
    with Journal.open(lesson) as j:
        assert save_as(qtbot, j, fmt, tmp_path / typed, Answered()) == old  # Yes
        assert old.read_text(encoding="utf-8") != "a colleague's file, kept"
        assert len(no_blocking_message_boxes) == 1 and existing in no_blocking_message_boxes[0]

        old.write_text("a colleague's file, kept", encoding="utf-8")
        asked: list[str] = []
        answer_no(monkeypatch, asked)
        assert save_as(qtbot, j, fmt, tmp_path / typed, Answered()) is None
        assert old.read_text(encoding="utf-8") == "a colleague's file, kept"
        assert not (tmp_path / typed).exists() and len(j.shares.list()) == 1
        assert len(asked) == 1 and existing in asked[0]


def test_a_report_never_replaces_the_file_its_extension_leads_to_unasked(
    qtbot, lesson, tmp_path, monkeypatch
) -> None:
    import datetime as dt

    from reflekt.core.periods import Period
    from reflekt.gui.report_dialog import ReportDialog

    old = tmp_path / "talk.txt.pdf"
    old.write_bytes(b"last year's talk")
    today = dt.date.today()
    asked: list[str] = []
    with Journal.open(lesson) as j:
        dialog = ReportDialog(j, Period.last_months(12, today), today=today)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.wait_until_ready()
        answer_save_dialog(qtbot, tmp_path / "talk.txt", Answered())
        answer_no(monkeypatch, asked)
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "talk.txt.pdf" in asked[0]
    assert old.read_bytes() == b"last year's talk" and not (tmp_path / "talk.txt").exists()
