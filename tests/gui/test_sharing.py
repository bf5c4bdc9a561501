"""Sharing in the app: the export preview is exactly what leaves; the team library; imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel
from tests.gui.file_dialogs import answer_save_dialog

from reflekt.core.journal import Journal
from reflekt.core.models import Relation
from reflekt.gui.app import apply_language
from reflekt.gui.operations import wait_for_operations
from reflekt.gui.share_dialog import ExportDialog
from reflekt.gui.share_log_dialog import SharesDialog
from reflekt.gui.team_view import TeamLibrary
from reflekt.share import export, team

SECRET_MOOD_NOTE = "SENTINEL-FEELINGS-7f3a"
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


@pytest.fixture
def filled(journal_path: Path) -> dict[str, str]:
    with Journal.open(journal_path) as j:
        shared = j.add(
            template="gibbs",
            title="Demo froze on stage",
            sections={"description": "The demo froze.", "feelings": SECRET_MOOD_NOTE},
            mood=2,
            visibility="shareable",
            tags=["demo"],
        )
        private = j.add("Private worry about the reorg", title="Reorg worries")
        return {"shared": shared.id, "private": private.id}


def open_dialog(qtbot, journal: Journal, chosen: set[str] | None = None) -> ExportDialog:
    candidates = list(journal.iter_entries())
    dialog = ExportDialog(journal, candidates, chosen)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("fmt", ["md", "html", "bundle", "pdf"])
def test_the_bytes_written_are_the_bytes_previewed(
    qtbot, journal_path, filled, tmp_path, monkeypatch, fmt
) -> None:
    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson", "Support")
        dialog = open_dialog(qtbot, j)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.update_preview()
        dialog.wait_until_ready()  # a PDF's pages are made off the GUI thread
        assert dialog.preview is not None, dialog.status.text()
        target = tmp_path / f"out{export.SUFFIXES[fmt]}"
        answer_save_dialog(qtbot, target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert target.read_bytes() == dialog.preview.data
        if fmt != "pdf":
            shown = dialog.text_view.toPlainText().encode("utf-8")
            assert shown == dialog.preview.data
            assert SECRET_MOOD_NOTE not in dialog.text_view.toPlainText()
        else:
            assert target.read_bytes().startswith(b"%PDF")
            assert dialog.preview_stack.currentWidget() is dialog.pages_area
        assert b"Reorg worries" not in target.read_bytes()
        assert j.shares.list()[0].format == fmt


def test_the_pdf_pages_are_made_while_the_window_answers(qtbot, journal_path, filled) -> None:
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.update_preview()
        # Back at once: the pages are laid out on a worker; nothing can be saved yet.
        assert dialog.status.text() == "Preparing the pages…"
        assert not dialog.save_button.isEnabled() and dialog.preview is None
        with qtbot.waitSignal(dialog.ready, timeout=30_000):
            pass
        assert dialog.preview is not None and dialog.preview.data.startswith(b"%PDF")
        assert dialog.save_button.isEnabled()
        assert dialog.preview_stack.currentWidget() is dialog.pages_area
        assert dialog.pages_area.widget().findChildren(QLabel)
        assert dialog.status.accessibleName() in ("", dialog.status.text())


def test_closing_the_share_window_while_pages_are_made_is_safe(
    qtbot, journal_path, filled, tmp_path
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialogButtonBox

    from reflekt.gui.operations import wait_for_operations

    with Journal.open(journal_path) as j:
        dialog = ExportDialog(j, list(j.iter_entries()))
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.update_preview()
        assert not dialog.is_ready()
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert wait_for_operations()
        qtbot.wait(50)  # the pages arrive for a window that is gone: dropped
        assert j.shares.list() == []  # nothing left the machine
        assert list(tmp_path.glob("*.pdf")) == []


def test_a_private_entry_needs_explicit_consent(qtbot, journal_path, filled) -> None:
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j, chosen={filled["private"]})
        assert not dialog.save_button.isEnabled()
        assert "private" in dialog.status.text()
        assert "Reorg worries" in dialog.status.text()
        assert dialog.consent.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
        dialog.update_preview()
        assert dialog.save_button.isEnabled()
        assert "Reorg worries" in dialog.text_view.toPlainText()


def test_people_are_left_out_unless_chosen(qtbot, journal_path) -> None:
    with Journal.open(journal_path) as j:
        from reflekt.core.models import PersonLink

        j.people.set("Sara Ek", role="Analyst", department="Finance")
        j.add(
            "Sara showed me pivot tables",
            people=[PersonLink("Sara Ek", Relation.LEARNED_FROM)],
            visibility="shareable",
        )
        dialog = open_dialog(qtbot, j)
        assert (
            "Sara Ek" not in dialog.text_view.toPlainText().replace("Sara showed", "")
            or "Finance" not in dialog.text_view.toPlainText()
        )
        dialog.people.setCurrentIndex(dialog.people.findData("roles"))
        dialog.update_preview()
        text = dialog.text_view.toPlainText()
        assert "Finance" in text
        dialog.people.setCurrentIndex(dialog.people.findData("names"))
        dialog.update_preview()
        assert "Sara Ek" in dialog.text_view.toPlainText()


def test_copy_puts_markdown_and_html_on_the_clipboard_and_logs_it(
    qtbot, journal_path, filled
) -> None:
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j)
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        mime = QGuiApplication.clipboard().mimeData()
        assert "Demo froze on stage" in mime.text()
        assert "<html" in mime.html().lower()
        assert SECRET_MOOD_NOTE not in mime.text() + mime.html()
        assert j.shares.list()[0].path == "(clipboard)"
        log = SharesDialog(j)
        qtbot.addWidget(log)
        assert log.table.rowCount() == 1


def test_learning_share_preset_takes_one_to_three_lessons(qtbot, journal_path, filled) -> None:
    with Journal.open(journal_path) as j:
        dialog = open_dialog(qtbot, j)
        dialog.brief.setChecked(True)
        dialog.update_preview()
        assert dialog.preview is not None
        assert "15" in dialog.text_view.toPlainText().splitlines()[0]


def make_bundle(folder: Path, tmp_path: Path, name: str, title: str, revision_text: str) -> Path:
    """A colleague's share bundle, written by their own reflekt."""
    colleague = tmp_path / f"{name}.reflekt"
    with Journal.open(colleague) as j:
        if not export.author(j, required=False).name:
            export.set_author(j, name, "Support")
        existing = [e for e in j.iter_entries() if e.title == title]
        if existing:
            j.update(existing[0].id, body=revision_text)
        else:
            j.add(revision_text, title=title, visibility="shareable", tags=["escalations"])
        return team.publish(j, path=folder)


def test_team_library_lists_searches_and_credits_a_colleague(qtbot, journal_path, tmp_path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    make_bundle(folder, tmp_path, "Sara Ek", "Calm customers first", "Listen, then summarise.")
    (folder / ".syncthing.sara.reflekt.json.tmp").write_text("{half a file")
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        library = TeamLibrary(j)
        qtbot.addWidget(library)
        library.show()
        library.sync()
        qtbot.waitUntil(lambda: library.list.count() == 1, timeout=5000)
        assert "Calm customers first" in library.list.item(0).text()
        assert "Listen, then summarise." in library.viewer.toPlainText()
        library.search.setText("summarise")
        library.refresh()
        assert library.list.count() == 1
        library.search.setText("nothingmatches")
        library.refresh()
        assert library.list.count() == 0
        library.search.clear()
        library.refresh()
        created = []
        library.entryCreated.connect(created.append)
        qtbot.mouseClick(library.learned_button, Qt.MouseButton.LeftButton)
        entry = j.get(created[0])
        assert entry.kind.value == "learned-from"
        assert entry.people[0].name == "Sara Ek"
        assert entry.people[0].relation is Relation.LEARNED_FROM
        assert j.team.lessons_used()[0]["author"] == "Sara Ek"
        assert j.count() == 1  # team lessons never mix into one's own entries


def test_team_library_follows_the_folder_as_it_changes(qtbot, journal_path, tmp_path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    make_bundle(folder, tmp_path, "Sara Ek", "Calm customers first", "First version.")
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        library = TeamLibrary(j)
        qtbot.addWidget(library)
        library._watch_timer.setInterval(50)
        library.sync()
        qtbot.waitUntil(lambda: library.list.count() == 1, timeout=5000)
        make_bundle(folder, tmp_path, "Sara Ek", "Calm customers first", "Second version.")
        qtbot.waitUntil(lambda: "Second version." in library.viewer.toPlainText(), timeout=8000)
        make_bundle(folder, tmp_path, "Li Wei", "Write the runbook", "Steps first.")
        qtbot.waitUntil(lambda: library.list.count() == 2, timeout=8000)
        wait_for_operations()


@pytest.mark.skipif(not FIXTURES.exists(), reason="the shared fixtures are not beside the repo")
def test_import_from_the_window_runs_in_the_background(
    qtbot, make_window, monkeypatch, no_blocking_message_boxes
) -> None:
    window = make_window()
    source = FIXTURES / "jrnl_export_real.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    wait_for_operations()
    expected = len(json.loads(source.read_text())["entries"])
    assert window.journal.count() == expected
    assert any("import" in text.lower() for text in no_blocking_message_boxes)


def test_a_rejected_import_says_why_and_changes_nothing(
    qtbot, make_window, monkeypatch, tmp_path, no_blocking_message_boxes
) -> None:
    window = make_window()
    bad = tmp_path / "broken.json"
    bad.write_bytes(b'{"entries": [ {"title": "half')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown_before = len(no_blocking_message_boxes)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(no_blocking_message_boxes) > shown_before, timeout=10_000)
    assert "broken.json" in no_blocking_message_boxes[-1]
    assert window.journal.count() == 0


def test_a_swedish_window_says_why_an_import_was_refused_in_swedish(
    qtbot, make_window, monkeypatch, tmp_path, no_blocking_message_boxes
) -> None:
    apply_language("sv")  # as the app does at start with the language setting "sv"
    window = make_window()
    bad = tmp_path / "trasig.json"
    bad.write_bytes(b'{"entries": [ {"title": "half')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown_before = len(no_blocking_message_boxes)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(no_blocking_message_boxes) > shown_before, timeout=10_000)
    said = no_blocking_message_boxes[-1]
    assert "trasig.json tar slut mitt i sitt innehåll" in said
    assert "Inget importerades" in said or "Vänta tills den är klar" in said
    assert "ends in the middle" not in said
    assert window.journal.count() == 0


@pytest.mark.skipif(not FIXTURES.exists(), reason="the shared fixtures are not beside the repo")
def test_cancelling_an_import_leaves_the_journal_as_it_was(
    qtbot, make_window, monkeypatch, no_blocking_message_boxes
) -> None:
    import time

    from PySide6.QtWidgets import QPushButton

    window = make_window()
    window.journal.add("Written before the import.")
    original = Journal.import_entries

    def slow_import(self, items, *, cancelled=None):  # a big file: still at work when...
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return original(self, items, cancelled=cancelled)

    monkeypatch.setattr(Journal, "import_entries", slow_import)
    source = FIXTURES / "jrnl_export_real.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.import_action.trigger()
    progress = window.session.task.progress
    qtbot.waitUntil(lambda: progress.isVisible(), timeout=5000)
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # ...the person clicks Cancel
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=10_000)
    wait_for_operations()
    assert window.journal.count() == 1
    assert [hit.entry.body for hit in window.journal.search("written")] == [
        "Written before the import."
    ]
    assert not no_blocking_message_boxes, "no error dialog for a cancel"


def test_the_share_log_says_a_backup_took_every_entry(qtbot, journal_path, tmp_path) -> None:
    with Journal.open(journal_path) as j:
        j.add("A private thought.")
        export.write_backup(j, tmp_path / "backup.json")
        log = SharesDialog(j)
        qtbot.addWidget(log)
        assert log.table.rowCount() == 1
        assert log.table.item(0, 2).text() == "All"


def test_team_library_shows_keys_lists_skipped_files_and_forgets_a_colleague(
    qtbot, journal_path, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "team"
    folder.mkdir()
    genuine = make_bundle(folder, tmp_path, "Sara Ek", "Calm customers first", "Listen first.")
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        library = TeamLibrary(j)
        qtbot.addWidget(library)
        library.show()
        library.sync()
        qtbot.waitUntil(lambda: library.list.count() == 1, timeout=5000)
        (sara,) = j.team.authors()
        assert library.author.itemText(1) == f"Sara Ek · {sara['fingerprint']}"
        assert library.own_key.isHidden()  # this journal has shared nothing: no key yet
        export.set_author(j, "Me Myself")
        team.publish(j)
        reopened = TeamLibrary(j)  # the next time the library is opened
        qtbot.addWidget(reopened)
        reopened.show()
        assert reopened.own_key.isVisible()
        assert f"Your key: {_own_fingerprint(j)}" in reopened.own_key.text()
        reopened.close()
        assert library.skipped.isHidden()
        # Someone else's journal claims Sara's id: refused, and the file is named with why.
        with Journal.open(tmp_path / "mallory.reflekt") as m:
            export.set_author(m, "Sara Ek")
            m.set_setting(export.AUTHOR_ID, sara["id"])
            m.add("x", title="Forged", visibility="shareable")
            data = export.prepare_export(m, export.ExportOptions(format="bundle")).data
        (folder / "<b>forged<i>.reflekt.json").write_bytes(data)
        qtbot.mouseClick(library.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: library.skipped.isVisible(), timeout=5000)
        wait_for_operations()
        skipped = library.skipped.toPlainText()
        assert "<b>forged<i>.reflekt.json" in skipped and "another key" in skipped
        assert [x.title for x in j.team.lessons()] == ["Calm customers first"]
        # Forget Sara: choose her, click, confirm in the box.
        library.author.setCurrentIndex(1)
        assert library.forget_button.isEnabled()

        asked: list[str] = []

        def answer_yes(box: QMessageBox) -> QMessageBox.StandardButton:
            asked.append(box.text())
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "exec", answer_yes)
        qtbot.mouseClick(library.forget_button, Qt.MouseButton.LeftButton)
        assert "Sara Ek" in asked[0] and "1 lesson" in asked[0]
        assert j.team.authors() == [] and j.team.lessons() == []
        assert library.list.count() == 0 and library.author.count() == 1
        assert not library.forget_button.isEnabled()
        # Two keys now claim the forgotten colleague: neither is trusted.
        genuine.touch()
        qtbot.mouseClick(library.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "different keys" in library.skipped.toPlainText(), timeout=5000)
        wait_for_operations()
        assert j.team.lessons() == []


def test_the_start_up_team_scan_runs_in_the_background(
    qtbot, make_window, journal_path, tmp_path, monkeypatch
) -> None:
    """The quiet scan a few seconds after start never runs on the GUI thread, so a big
    team folder cannot freeze the window, and it brings new lessons in."""
    import threading

    folder = tmp_path / "team"
    folder.mkdir()
    make_bundle(folder, tmp_path, "Sara Ek", "Calm customers first", "Listen first.")
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
    threads: list[threading.Thread] = []
    real_scan = team.scan

    def recording_scan(journal: Journal, *args: object, **kwargs: object) -> team.ScanReport:
        threads.append(threading.current_thread())
        return real_scan(journal, *args, **kwargs)

    monkeypatch.setattr(team, "scan", recording_scan)
    window = make_window()
    qtbot.waitUntil(lambda: bool(threads), timeout=6000)
    wait_for_operations()
    assert threads[0] is not threading.main_thread()
    assert [x.title for x in window.journal.team.lessons()] == ["Calm customers first"]


def _own_fingerprint(journal: Journal) -> str:
    from reflekt.core.team_library import key_fingerprint
    from reflekt.share import signing

    return key_fingerprint(signing.public_key(journal))
