"""Views that prepare their content off the GUI thread (through ``gui/operations.py``)
and say when it is on screen.

``run_for`` runs work for a dialog without tying the work to the dialog's life: the
person may close (and so free) the dialog while the work runs; the work then finishes
on its own and its result goes nowhere. ``wait_until`` turns the event loop until a view
says it is ready: for tests that read a preview right after opening it, and for *Save*
pressed before the preview is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from reflekt.gui.operations import Operation, Work

_host: QObject | None = None


def _work_host() -> QObject:
    """The parent of work that outlives its dialog (made once, on the GUI thread)."""
    global _host
    if _host is None:
        _host = QObject()
    return _host


def _while_alive(view: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def call(value: Any) -> None:
        if shiboken6.isValid(view):
            callback(value)

    return call


def run_for(
    view: QWidget,
    work: Work,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Operation:
    """``work`` off the GUI thread for ``view``; the callbacks run only while it exists."""
    return Operation(
        _work_host(),  # type: ignore[arg-type]  # no progress dialog, so no widget needed
        work,
        title="",
        on_done=_while_alive(view, on_done),
        on_error=_while_alive(view, on_error),
        show_progress=False,
    )


def wait_until(ready: SignalInstance, is_ready: Callable[[], bool], timeout_ms: int) -> bool:
    """Turn the event loop until ``is_ready()`` (checked whenever ``ready`` fires) or
    ``timeout_ms`` passed; returns ``is_ready()``."""
    if is_ready():
        return True
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    ready.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        while not is_ready() and timer.isActive():
            loop.exec()
    finally:
        ready.disconnect(loop.quit)
        timer.stop()
    return is_ready()
