"""Closed windows are freed: opening and closing every dialog many times costs nothing."""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reflekt.core.journal import Journal

ROUNDS = 40
DIALOG_ACTIONS = (
    "settings_action",
    "share_action",
    "shares_action",
    "goals_action",
    "report_action",
    "shortcuts_action",
    "template_action",
)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        resident = int(f.read().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def windows_left(main: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w is not main and not w.isVisible()]


def open_and_close_with_escape(qtbot, action) -> None:
    seen: list[QWidget] = []

    def press_escape() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, press_escape)
            return
        seen.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    action.trigger()
    assert seen, f"{action.text()} opened no dialog"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no raising
def test_every_dialog_and_window_is_freed_when_closed(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        for i in range(60):
            j.add(
                f"A lesson about feedback number {i}",
                tags=["feedback"],
                visibility="shareable" if i % 2 == 0 else "private",
            )
    window = make_window()

    def one_round() -> None:
        for name in DIALOG_ACTIONS:
            open_and_close_with_escape(qtbot, getattr(window, name))
        window.team_action.trigger()  # a window of its own, closed as with its close button
        library = window.team_library
        qtbot.waitExposed(library)
        library.close()
        window.guide_action.trigger()  # the user guide, closed with Esc
        qtbot.waitExposed(window.guide)
        qtbot.keyClick(window.guide.browser, Qt.Key.Key_Escape)

    for _ in range(3):  # first use fills caches (fonts, translations, imports)
        one_round()
    settle()
    before_windows = len(windows_left(window))
    before = rss_mb()
    for _ in range(ROUNDS):
        one_round()
    settle()
    after = rss_mb()
    left = windows_left(window)
    kept = sorted({type(w).__name__ for w in left})
    assert len(left) == before_windows, f"{len(left) - before_windows} closed windows kept: {kept}"
    assert after - before < 8, f"memory grew from {before:.0f} to {after:.0f} MB"
