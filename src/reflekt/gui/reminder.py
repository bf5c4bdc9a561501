"""The daily reminder: a tray notification where a tray exists, a banner in the app otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from reflekt.gui.settings import AppSettings


def is_due(
    now: dt.datetime, time_text: str, days: tuple[int, ...], last_shown: dt.date | None
) -> bool:
    """True once per chosen weekday, from the reminder time on."""
    hh, mm = (int(x) for x in time_text.split(":"))
    return now.weekday() in days and (now.hour, now.minute) >= (hh, mm) and last_shown != now.date()


class Reminder(QObject):
    """Checks every half minute; ``due`` fires at most once a day."""

    due = Signal()

    def __init__(
        self,
        settings: AppSettings,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.last_shown: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        s = self.settings
        if not s.reminder_enabled:
            return False
        now = self.clock()
        if is_due(now, s.reminder_time, s.reminder_days, self.last_shown):
            self.last_shown = now.date()
            self.due.emit()
            return True
        return False


class Tray(QObject):
    """A tray icon when the desktop has a tray; ``available`` says whether it does."""

    activated = Signal()

    def __init__(self, icon: QIcon, parent: Any = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("reflekt")
            self.icon.activated.connect(lambda *_: self.activated.emit())
            self.icon.messageClicked.connect(self.activated)
            self.icon.show()

    def notify(self, title: str, message: str) -> bool:
        """Show a notification; False when there is no tray to show it in."""
        if self.icon is None:
            return False
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True
