"""How long the window stops answering: a 10 ms heartbeat timer in the app's event loop.

    python benchmarks/probes.py heartbeat JOURNAL SPEC

For each thing a person does (back up now, a share preview as PDF, the report, the
growth view, the team library, the first save of a new entry, undo of a delete,
start-up after the first paint) the longest gap between two heartbeats is taken, in
ms: 10 ms means the window never stopped answering. Each action runs ``runs`` times;
the median is reported. Prints one line of JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BEAT_MS = 10
HEARTBEAT_ACTIONS = {  # what the probe measures, as run.py's table names it
    "backup_now": "Back up now",
    "share_pdf_preview": "Share preview of 500 entries as PDF",
    "report_open": "The report, opening",
    "report_save_pdf": "The report, Save as PDF (once open)",
    "growth_first": "The growth view, first open (modules loaded)",
    "team_open": "The team library, opening",
    "team_letter": "The team library, one letter typed in its search",
    "first_save": "The first save of a new entry (1,000 rows loaded)",
    "undo_delete": "Undo of a delete",
    "startup_after_paint": "Start-up after the first paint",
}


class Heartbeat:
    """A 10 ms timer; ``longest`` is the biggest gap between two of its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now

    def measure(self, action: Callable[[], object], done: Callable[[], bool]) -> float:
        """Run ``action`` from the event loop and turn the loop until ``done()``."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, action)
        deadline = time.monotonic() + 600
        settle_until: float | None = None
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
            if settle_until is None and done():
                settle_until = time.monotonic() + 0.3  # work it left on timers, too
            if settle_until is not None and time.monotonic() > settle_until:
                break
        self.timer.stop()
        return round(self.longest, 1)


def close_modal_when_open(then: Callable[[Any], object] | None = None) -> None:
    """Once a modal dialog is open (and, if it prepares its content off the GUI thread,
    ready): run ``then(dialog)``, then close it with Esc."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not getattr(dialog, "is_ready", lambda: True)():
            QTimer.singleShot(5, poll)
            return
        if then is not None:
            then(dialog)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, poll)


def heartbeat(journal_path: str, spec_json: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reflekt.core.journal import Journal
    from reflekt.core.storage import backup
    from reflekt.gui.app import create_application
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.settings import AppSettings

    spec = json.loads(spec_json)
    runs = int(spec["runs"])
    today = dt.date.fromisoformat(spec["today"])
    path = Path(journal_path)
    create_application()
    beat = Heartbeat()
    result: dict[str, Any] = {}
    settings = AppSettings()

    def median_of(name: str, one_run: Callable[[], float]) -> None:
        result[name] = statistics.median(one_run() for _ in range(runs))

    # -- start-up: from the shell's first paint until the journal is on screen --
    def start_up() -> float:
        window = MainWindow(None, settings, path=path)
        window.show()
        QApplication.processEvents()
        loaded: list[bool] = []

        def load() -> None:
            window.load(Journal.open(path, create=False))
            loaded.append(True)

        stall = beat.measure(load, lambda: bool(loaded))
        window.journal.close()
        window.hide()
        window.deleteLater()
        QApplication.processEvents()
        return stall

    median_of("startup_after_paint", start_up)

    window = MainWindow(Journal.open(path, create=False), settings, today=lambda: today)
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()

    # -- back up now (Settings → Safety) --
    from reflekt.gui.safety import SafetyPanel

    panel = SafetyPanel(window.journal, window.reopen_after)

    def back_up_now() -> float:
        made: list[bool] = []
        return beat.measure(lambda: (panel.back_up_now(), made.append(True)), lambda: bool(made))

    median_of("backup_now", back_up_now)
    for made in backup.list_backups(path):  # leave the benchmark journal as it was
        made.path.unlink()

    # -- the first save of a new entry, with 1,000 rows loaded in the list --
    while window.model.rowCount() < min(1000, spec.get("scroll_rows", 1000)):
        if not window.model.canFetchMore():
            break
        window.model.fetchMore()

    added: list[str] = []

    def first_save_kept() -> float:
        window.new_entry()
        QTest.keyClicks(window.editor.body, "A new thought")
        stall = beat.measure(window.editor.save, lambda: not window.editor.is_draft)
        added.append(window.editor.entry.id)
        return stall

    median_of("first_save", first_save_kept)

    # -- undo of a delete --
    def undo_delete() -> float:
        window._select_row(3)
        window.delete_entry()
        return beat.measure(window.undo_delete, lambda: not window._undo)

    median_of("undo_delete", undo_delete)
    for entry_id in added:  # leave the benchmark journal as it was
        window.journal.delete(entry_id)
    window.journal.empty_trash()
    window.model.reload()

    # -- the report: open it, then Save as PDF --
    from reflekt.gui import folders

    folder = Path(tempfile.mkdtemp())
    target = folder / "talk.pdf"
    # Every save dialog goes through folders.save_file (a modal QFileDialog): answered here.
    folders.save_file = lambda *a, **k: target  # type: ignore[assignment]
    opened: list[bool] = []

    def report_open() -> float:
        opened.clear()
        close_modal_when_open(lambda dialog: opened.append(True))
        return beat.measure(window.report_action.trigger, lambda: bool(opened))

    median_of("report_open", report_open)

    def report_pdf() -> float:
        """Only the click on Save as PDF, measured once the dialog is open."""
        stalls: list[float] = []

        def save(dialog: Any) -> None:
            saved: list[bool] = []
            stalls.append(
                beat.measure(
                    lambda: (dialog._export("pdf"), saved.append(True)), lambda: bool(saved)
                )
            )

        close_modal_when_open(save)
        window.report_action.trigger()  # returns once the dialog is closed again
        return stalls[0]

    median_of("report_save_pdf", report_pdf)
    result["report_pdf_bytes"] = target.stat().st_size if target.exists() else 0

    # -- the share preview of (up to) 500 entries as PDF --
    from reflekt.core.models import Filters, Visibility
    from reflekt.gui.share_dialog import ExportDialog

    shareable = Filters(visibility=Visibility.SHAREABLE)
    chosen = {e.id for e in window.journal.list(shareable, limit=500).entries}

    def share_pdf() -> float:
        dialog = ExportDialog(window.journal, None, chosen, window)  # 500 shareable entries
        dialog.show()
        QApplication.processEvents()
        dialog.wait_until_ready()  # the list of the whole journal, read off the GUI thread
        previewed: list[bool] = []

        def choose_pdf() -> None:
            dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
            dialog.update_preview()
            previewed.append(True)

        # Until the pages are on screen (they are made off the GUI thread).
        stall = beat.measure(choose_pdf, lambda: bool(previewed) and dialog.is_ready())
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
        return stall

    median_of("share_pdf_preview", share_pdf)

    # -- the growth view, the first time it opens --
    def growth_first() -> float:
        window.growth = None  # as if for the first time (the modules stay loaded)
        shown: list[bool] = []
        stall = beat.measure(  # until its figures and the charts in view are drawn
            lambda: (window.open_growth(), shown.append(True)),
            lambda: bool(shown) and window.growth.is_ready(),
        )
        window.pages.setCurrentWidget(window.splitter)
        return stall

    median_of("growth_first", growth_first)

    # -- the team library: opening it, one letter typed in its search --
    def team_open() -> float:
        shown: list[bool] = []
        stall = beat.measure(
            lambda: (window.team_action.trigger(), shown.append(True)), lambda: bool(shown)
        )
        return stall

    median_of("team_open", team_open)
    library = window.team_library

    def team_letter() -> float:
        library.search.clear()
        QApplication.processEvents()
        typed: list[bool] = []
        return beat.measure(  # until the search (after its debounce) has run
            lambda: (QTest.keyClicks(library.search, "a"), typed.append(True)),
            lambda: bool(typed) and not library._search_timer.isActive(),
        )

    median_of("team_letter", team_letter)
    library.close()

    window.journal.close()
    window.hide()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # the close-time work (backups, settings) is not measured here
