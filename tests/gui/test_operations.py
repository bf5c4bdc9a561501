"""Long work keeps the window answering, and small changes do not reload the whole list."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from reflekt.core.backups import Backups
from reflekt.core.journal import Journal
from reflekt.core.storage import backup
from reflekt.errors import BackupError
from reflekt.gui.operations import Operation, wait_for_operations
from reflekt.gui.safety import SafetyPanel


def seed_many(path: Path, count: int) -> None:
    with Journal.open(path) as j:
        start = dt.date(2024, 1, 1)
        for i in range(count):
            j.add(f"older entry {i}", day=(start + dt.timedelta(days=i % 400)).isoformat())


def scroll_to_the_end(window) -> None:
    while window.model.canFetchMore():
        window.model.fetchMore()


def test_the_first_save_of_a_new_entry_keeps_the_scrolled_list(
    qtbot, make_window, journal_path
) -> None:
    seed_many(journal_path, 300)
    window = make_window()
    scroll_to_the_end(window)
    loaded = window.model.rowCount()
    assert loaded == 300
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, "A fresh thought about the retro")
    qtbot.waitUntil(lambda: window.model.rowCount() == loaded + 1, timeout=3000)
    assert not resets, "the list was reloaded instead of the one row added"
    assert window.model.entry_at(0).body == "A fresh thought about the retro"
    assert window.list.currentIndex().row() == 0
    # The rows are still in the journal's order (newest day first).
    days = [window.model.entry_at(r).day for r in range(window.model.rowCount())]
    assert days == sorted(days, reverse=True)

    # The sidebar recounts on another thread and shows the new total when done.
    def all_entries() -> str:
        items = window.sidebar._items()
        return next(
            it.text(1) for it in items if it.data(0, Qt.ItemDataRole.UserRole + 10) == "view:all"
        )

    qtbot.waitUntil(lambda: all_entries() == "301", timeout=5000)


def test_undo_of_a_delete_puts_the_entry_back_in_its_place(
    qtbot, make_window, journal_path
) -> None:
    seed_many(journal_path, 120)
    window = make_window()
    scroll_to_the_end(window)
    window.list.setFocus()
    window._select_row(5)
    gone = window.editor.entry
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert window.model.row_of(gone.id) is None
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.row_of(gone.id) == 5
    assert window.model.rowCount() == 120
    assert not resets


def test_back_up_now_keeps_the_window_painting(
    qtbot, make_window, journal_path, monkeypatch
) -> None:
    original = Backups.make

    def slow_backup(backups, **kwargs):  # a big journal takes a while to copy
        time.sleep(0.6)
        return original(backups, **kwargs)

    monkeypatch.setattr(Backups, "make", slow_backup)
    window = make_window()
    window.journal.add("worth a backup")
    panel = SafetyPanel(window.journal, window.reopen_after)
    qtbot.addWidget(panel)
    longest = [0]
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    last[0] = clock.elapsed()
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    heartbeat.stop()
    assert len(backup.list_backups(journal_path)) == 1
    assert "Backed up to" in panel.backup_note.text()
    assert longest[0] < 300, f"the window stalled {longest[0]} ms during the backup"


def test_a_failed_operation_is_shown_plainly(qtbot, make_window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("reflekt.gui.dialogs.show_error", lambda parent, text: shown.append(text))
    window = make_window()

    def work(cancelled):
        raise BackupError("The backup folder is full. Free some space and try again.")

    done: list[object] = []
    op = Operation(window, work, title="Working", on_done=done.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    wait_for_operations()
    assert shown == ["The backup folder is full. Free some space and try again."]
    assert not done
    del op


def test_a_question_asked_from_the_worker_is_shown_on_the_gui_thread(qtbot, make_window) -> None:
    from PySide6.QtCore import QThread

    from reflekt.gui.operations import on_gui_thread, run_and_wait

    window = make_window()
    gui = QThread.currentThread()
    asked_on: list[bool] = []

    def ask(path, attempt):  # stands in for the passphrase dialog
        asked_on.append(QThread.currentThread() == gui)
        return "correct horse"

    asker = on_gui_thread(ask)
    answer = run_and_wait(window, lambda cancelled: asker(Path("j"), 0), title="Restoring")
    assert answer == "correct horse"
    assert asked_on == [True]


def test_publishing_to_the_team_folder_from_the_share_window(qtbot, journal_path, tmp_path) -> None:
    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export, team

    folder = tmp_path / "team"
    folder.mkdir()
    with Journal.open(journal_path) as j:
        j.add("Pairing on the release checklist", visibility="shareable")
        export.set_author(j, "Alex Andersson", "Support")
        team.set_folder(j, folder)
        dialog = ExportDialog(j, list(j.iter_entries()))
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
        dialog.update_preview()
        assert dialog.team_button.isEnabled(), dialog.status.text()
        qtbot.mouseClick(dialog.team_button, Qt.MouseButton.LeftButton)
        (published,) = folder.iterdir()
        assert "Pairing on the release checklist" in published.read_text("utf-8")
        assert str(published) in dialog.status.text()


def test_long_work_shows_its_progress_window_soon_and_quick_work_never(qtbot) -> None:
    """The progress window comes up once the work has taken PROGRESS_DELAY_MS (not
    seconds later), and work shorter than that never flashes one."""
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from reflekt.gui.operations import PROGRESS_DELAY_MS

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = []

    def slow(cancelled) -> None:
        while not release and not cancelled():
            time.sleep(0.01)

    clock = QElapsedTimer()
    clock.start()
    op = Operation(parent, slow, title="Working")
    qtbot.waitUntil(lambda: op.progress is not None and op.progress.isVisible(), timeout=3000)
    assert clock.elapsed() < PROGRESS_DELAY_MS + 1500
    release.append(True)
    qtbot.waitUntil(lambda: not op.running, timeout=5000)

    quick = Operation(parent, lambda cancelled: None, title="Quick")
    qtbot.waitUntil(lambda: not quick.running, timeout=5000)
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
