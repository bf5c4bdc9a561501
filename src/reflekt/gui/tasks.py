"""Long work off the GUI thread: a worker with a progress dialog, cancel, and callbacks.

The worker opens its own connection to the journal (SQLite connections are not
shared across threads); the window notices the writes through ``data_version``
or reloads in ``on_done``. Results and errors come back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reflekt.core.journal import Journal
from reflekt.gui import plaintext

Work = Callable[[Journal, Callable[[], bool]], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, opener: Callable[[], Journal], work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.opener = opener
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with self.opener() as journal:
                result = self.work(journal, self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """One background job; keep a reference until ``finished`` fires."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        journal_path: Path,
        work: Work,
        *,
        title: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        show_progress: bool = True,
        opener: Callable[[], Journal] | None = None,
    ) -> None:
        super().__init__(parent)
        opener = opener or (lambda: Journal.open(journal_path, create=False))
        self.cancel = threading.Event()
        self._on_done = on_done
        self._on_error = on_error
        self.runnable = _Runnable(opener, work, self.cancel)
        self.runnable.setAutoDelete(False)
        self.runnable.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.runnable.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None
        if show_progress:
            self.progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.progress.setLabel(plaintext.label(title))
            self.progress.setWindowTitle(title)
            self.progress.setMinimumDuration(400)  # quick jobs never flash a dialog
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.canceled.connect(self.cancel.set)
        QThreadPool.globalInstance().start(self.runnable)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel.set)
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: Any) -> None:
        self._close_progress()
        try:
            self._on_done(result)
        finally:
            QTimer.singleShot(0, self.finished.emit)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        try:
            self._on_error(exc)
        finally:
            QTimer.singleShot(0, self.finished.emit)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """For tests and shutdown: wait until no background job runs."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
