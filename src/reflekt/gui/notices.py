"""What the main window says about where the person is: the demo journal's bar, and
what an empty view says (which view it is, and how to fill it).

Its words are in the main window's translation context.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reflekt.gui.shell import Banner
from reflekt.gui.theme import DEMO_BAR

if TYPE_CHECKING:
    from reflekt.gui.mainwindow import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

# The demo bar: light blue with dark text in either theme (contrast 14:1), a firm edge.
DEMO_STYLE = (
    "QWidget#demoBanner {{ background: {background}; border-bottom: 1px solid {edge}; }}"
    "QWidget#demoBanner QLabel {{ color: {text}; font-weight: bold; }}"
).format(**DEMO_BAR)


def demo_banner() -> Banner:
    banner = Banner("demoBanner")
    banner.setStyleSheet(DEMO_STYLE)
    banner.setAccessibleName(translate("MainWindow", "Demo journal"))
    banner.button.setAccessibleName(translate("MainWindow", "Back to my journal"))
    return banner


def update_demo_banner(window: MainWindow) -> None:
    """In the demo journal, a bar across the window says so and leads back."""
    if window.session.in_demo:
        window.demo_banner.show_message(
            translate(
                "MainWindow",
                "This is the demo journal: sample entries to look around in. "
                "Your own journal is not touched.",
            ),
            translate("MainWindow", "Back to my journal"),
            window.session.back_to_own_journal,
        )
    else:
        window.demo_banner.hide()


def update_empty_state(window: MainWindow) -> None:
    """An empty list says why it is empty, and what to do."""
    empty = window.model.rowCount() == 0
    if empty:
        key = window.sidebar.key
        if window.model.query:
            text = translate(
                "MainWindow", "Nothing matches “%1”. Press Esc to see all entries again."
            ).replace("%1", window.model.query)
        elif key == "view:trash":
            text = translate("MainWindow", "The trash is empty.")
        elif window.journal.count() == 0:
            text = translate(
                "MainWindow", "Your journal is empty. Press Ctrl+N to write your first reflection."
            )
        else:
            text = empty_view_text(key, picked_day(key))
        window.empty_label.setText(text)
    window.empty_label.setVisible(empty)
    window.list.setVisible(not empty)


def picked_day(key: str) -> dt.date | None:
    """The day a sidebar key stands for ("day:2026-03-02"), while that day is listed."""
    group, _, value = key.partition(":")
    if group != "day":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def empty_view_text(key: str, day: dt.date | None) -> str:
    """What an empty view says: which view it is, and how to fill it."""
    if day is not None:
        name = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        return translate(
            "MainWindow", "No entries on %1. Press Ctrl+N to write one for that day."
        ).replace("%1", name)
    texts = {
        "view:today": translate("MainWindow", "Nothing written today yet. Press Ctrl+N to write."),
        "view:starred": translate(
            "MainWindow", "No starred entries. Press Ctrl+D to star the open entry."
        ),
        "view:shareable": translate(
            "MainWindow", "No shareable entries. Tick Shareable in an entry to allow exporting it."
        ),
        "view:on-this-day": translate(
            "MainWindow", "Nothing was written on this day in earlier years."
        ),
    }
    return texts.get(key) or translate("MainWindow", "No entries here yet.")
