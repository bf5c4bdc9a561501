"""Views that prepare their content off the GUI thread (through ``gui/operations.py``)
and say when it is on screen.

``keep_until_done`` holds a running ``Operation``'s work until it finishes, so a dialog
closed (and freed) while its work runs never frees the work under the worker thread.
``wait_until`` turns the event loop until a view says it is ready: for tests that read
a preview right after opening it, and for *Save* pressed before the preview is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

from reflekt.gui.operations import Operation

_RUNNING: set[Any] = set()


def keep_until_done(operation: Operation) -> Operation:
    """Keep ``operation``'s work alive until it has finished (even if its parent goes)."""
    runnable = operation.runnable
    _RUNNING.add(runnable)
    operation.finished.connect(lambda: _RUNNING.discard(runnable))
    return operation


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
