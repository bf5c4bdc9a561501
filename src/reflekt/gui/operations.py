"""Long work off the GUI thread: one helper, one way of showing what went wrong.

``Operation`` runs a function on a worker thread while the window keeps answering:
a progress dialog (only when the work takes long enough to notice), *Cancel* where
the work can stop safely, the result handed to a callback on the GUI thread, and one
failure path (``show_failure``) that shows a ``ReflektError`` plainly and sends a bug
to the crash dialog. Callers that need more (a status line instead of a dialog) pass
``on_error`` and hand anything they do not handle on to ``show_failure``.

SQLite connections belong to one thread: work that reads or writes the journal opens
its own connection with ``second_connection`` (or is handed plain data).
``run_and_wait`` is for the few steps that must finish before the caller goes on
(restore, encryption, the backup on close): the event loop keeps turning meanwhile,
so the window repaints, and the caller gets the result or the error back in line.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QStatusBar, QWidget

from reflekt.core.journal import Journal
from reflekt.errors import Cancelled, ReflektError
from reflekt.gui import plaintext

Cancelled_ = Callable[[], bool]
Work = Callable[[Cancelled_], Any]

PROGRESS_DELAY_MS = 400  # quick work never flashes a dialog


def second_connection(journal: Journal) -> Callable[[], Journal]:
    """An opener for another connection to ``journal``, for a worker thread."""
    path, passphrase = journal.path, journal.passphrase

    def open_it() -> Journal:
        return Journal.open(
            path, create=False, passphrase=lambda p, attempt: passphrase if attempt == 0 else None
        )

    return open_it


def with_journal(opener: Callable[[], Journal], work: Callable[[Journal, Cancelled_], Any]) -> Work:
    """Work that needs the journal: it opens (and closes) its own connection."""

    def run(cancelled: Cancelled_) -> Any:
        with opener() as journal:
            return work(journal, cancelled)

    return run


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The one failure path: a cancel noted, a ReflektError shown, a bug to the crash dialog."""
    if isinstance(exc, Cancelled):
        bar = parent.findChild(QStatusBar) if parent is not None else None
        if bar is not None:
            bar.showMessage(exc.message, 8000)
        return
    if isinstance(exc, ReflektError):
        from reflekt.gui.dialogs import show_error

        show_error(parent, exc.message)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._hand_over(self.signals.failed, exc)
        else:
            self._hand_over(self.signals.done, result)

    @staticmethod
    def _hand_over(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window that asked was closed meanwhile
            signal.emit(value)


class Operation(QObject):
    """One piece of long work; keep a reference until ``finished`` fires."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        *,
        title: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
        can_cancel: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.cancel = threading.Event()
        self.running = True
        self._on_done = on_done
        self._on_error = on_error
        self.runnable = _Runnable(work, self.cancel)
        self.runnable.setAutoDelete(False)
        self.runnable.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.runnable.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None
        if show_progress:
            cancel_text = self.tr("Cancel") if can_cancel else ""
            self.progress = QProgressDialog(title, cancel_text, 0, 0, parent)
            self.progress.setLabel(plaintext.label(title))
            self.progress.setWindowTitle(title)
            self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
            self.progress.setValue(0)  # starts the clock: shown once the work passes the delay
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            if can_cancel:
                self.progress.canceled.connect(self.cancel.set)
            else:
                self.progress.setCancelButton(None)  # type: ignore[arg-type]
        QThreadPool.globalInstance().start(self.runnable)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finish(self) -> None:
        self.running = False
        QTimer.singleShot(0, self.finished.emit)
        QTimer.singleShot(0, self.deleteLater)

    def _done(self, result: Any) -> None:
        self._close_progress()
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        try:
            if self._on_error is not None:
                self._on_error(exc)
            else:
                show_failure(self.parent_widget, exc)
        finally:
            self._finish()


def run_and_wait(parent: QWidget, work: Work, *, title: str, can_cancel: bool = False) -> Any:
    """Run ``work`` off the GUI thread and wait for it with the event loop turning.

    Returns the work's result or raises its error, like calling it in line would.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc

    op = Operation(
        parent,
        work,
        title=title,
        on_done=done,
        on_error=failed,
        can_cancel=can_cancel,
    )
    op.finished.connect(loop.quit)
    if op.running:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def wait_for_operations(timeout_ms: int = 10_000) -> bool:
    """For tests and shutdown: wait until no background work runs."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _GuiCaller(QObject):
    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def _run(self, box: list[Any]) -> None:
        box[1] = box[0]()


def on_gui_thread(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` made callable from a worker: it runs on the GUI thread (e.g. a
    passphrase dialog a restore asks for) and the worker waits for its answer."""
    caller = _GuiCaller()  # made on, and so living in, the GUI thread

    def call(*args: Any) -> Any:
        if QThread.currentThread() == caller.thread():
            return function(*args)
        box: list[Any] = [lambda: function(*args), None]
        caller.call.emit(box)
        return box[1]

    call.caller = caller  # type: ignore[attr-defined]  # kept alive as long as the call
    return call
