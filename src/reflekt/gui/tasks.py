"""Compat names for ``reflekt.gui.operations`` (long work off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from reflekt.core.journal import Journal
from reflekt.gui.operations import Operation, wait_for_operations, with_journal

wait_for_tasks = wait_for_operations  # compat: removed in phase B


def Task(  # compat: removed in phase B
    parent: QWidget,
    journal_path: Path,
    work: Callable[[Journal, Callable[[], bool]], Any],
    *,
    title: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    show_progress: bool = True,
    opener: Callable[[], Journal] | None = None,
) -> Operation:
    opener = opener or (lambda: Journal.open(journal_path, create=False))
    return Operation(
        parent,
        with_journal(opener, work),
        title=title,
        on_done=on_done,
        on_error=on_error,
        show_progress=show_progress,
    )
