"""GUI fixtures: a main window on a fresh journal, with no real tray and no real dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from reflekt import messages
from reflekt.core.journal import Journal
from reflekt.gui import i18n
from reflekt.gui.settings import AppSettings
from reflekt.gui.theme import apply_theme


class FakeTray(QObject):
    """Stands in for the system tray, which offscreen Qt and Xvfb do not have."""

    activated = Signal()
    available_default = True

    def __init__(self, icon: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.available = FakeTray.available_default
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        if not self.available:
            return False
        self.messages.append((title, message))
        return True


@pytest.fixture(autouse=True)
def english_light(qapp: QApplication) -> Iterator[None]:
    i18n.install("en")
    apply_theme("light")
    yield
    i18n.install("en")
    messages.set_language("en")  # a test that speaks Swedish leaves English behind
    # Qt's offscreen platform crashes at exit while its clipboard still holds rich
    # (QMimeData) content; real platforms (xcb, Windows, macOS) do not.
    QApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would wait for a click; record them and answer Yes instead."""
    shown: list[str] = []

    def record(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def fake(parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
            shown.append(text)
            return answer

        return fake

    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", record(QMessageBox.StandardButton.Close))
    monkeypatch.setattr(QMessageBox, "about", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record(QMessageBox.StandardButton.Ok))

    def fake_exec(box: QMessageBox) -> int:
        # A box built by hand answers as the static helpers above do: Yes, Close or Ok.
        shown.append(box.text())
        for answer in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Ok,
        ):
            if box.button(answer) is not None:
                return answer.value
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def settings(reflekt_home: Path) -> AppSettings:
    s = AppSettings()
    s.welcomed = True
    return s


@pytest.fixture
def make_window(qtbot, settings: AppSettings, journal_path: Path):
    """Opens a main window on the test journal (a new one each call, like a restart)."""
    from reflekt.gui.mainwindow import MainWindow

    windows = []

    def make(today: dt.date | None = None) -> MainWindow:
        journal = Journal.open(journal_path)
        window = MainWindow(
            journal,
            settings,
            tray_factory=FakeTray,
            today=(lambda: today) if today else dt.date.today,
        )
        qtbot.addWidget(window)
        if settings.value("ui/geometry") is None:
            window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.journal.close()
