"""Keyboard and screen-reader help shared by every window: buddy labels, names for
Qt's own unnamed parts, keys that close secondary windows, announcements, and a
calendar that lets Tab go.

Why buddies: on Linux, Qt gives a combo box its current value as its name and ignores
``setAccessibleName``; a screen reader names it from the label whose buddy it is.
"""

from __future__ import annotations

import itertools
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QWidget,
)

from reflekt.gui import plaintext


def buddy(
    text: str, widget: QWidget, layout: QLayout | None = None, *, shown: bool = False
) -> QLabel:
    """A label that names ``widget`` for screen readers, its buddy.

    Hidden unless ``shown``: for a control whose own text already says what it is (a
    drop-down showing "All tags"), read only by assistive technology. Screen readers
    find it beside the widget, so it goes into ``layout`` (at the end; a hidden widget
    takes no room) or, without one, into the widget's parent.
    """
    label = plaintext.label(text)
    label.setBuddy(widget)
    if layout is not None:
        layout.addWidget(label)
    else:
        label.setParent(widget.parentWidget())
    label.setVisible(shown)
    return label


def buttons_last(dialog: QWidget) -> None:
    """Put the dialog's buttons (its QDialogButtonBox) at the end of its Tab order,
    after sections added below them later (reading order: the buttons close it)."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 2000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is dialog:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    boxes = dialog.findChildren(QDialogButtonBox)
    last = [w for w in chain if any(box.isAncestorOf(w) for box in boxes)]
    order = [w for w in chain if w not in last] + last
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Name the little ✕ that ``setClearButtonEnabled`` puts into a line edit."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(plaintext.tooltip(name))


def close_with_keys(window: QWidget) -> None:
    """Esc and Ctrl+W (the platform's Close) close a secondary window, as dialogs do."""
    action = QAction(window)
    keys = [
        QKeySequence(Qt.Key.Key_Escape),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Close),
    ]
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (a change the person did not cause)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class _LiveLabel(QLabel):
    """A status line whose every new text a screen reader says, politely, while its
    window is shown (a check that starts, and what it found)."""

    def setText(self, text: str) -> None:  # type: ignore[override]
        changed = text != self.text()
        super().setText(text)
        if changed and self.window().isVisible():
            announce(self, text)


def live_label() -> QLabel:
    """A plain-text status line that is spoken as it changes (a live region)."""
    return plaintext.label(cls=_LiveLabel)


class _CalendarTab(QObject):
    """Tab and Shift+Tab leave the calendar at once.

    Typing a digit in ``QCalendarWidget`` opens a quick date editor that swallows every
    key, Tab included, until it closes 1.5 s later: a keyboard trap. Seen first (an
    event filter installed later runs earlier), this moves the focus on.
    """

    def __init__(self, calendar: QCalendarWidget) -> None:
        super().__init__(calendar)
        self.calendar = calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                )
                target = watched if isinstance(watched, QWidget) else self.calendar
                _move_focus(target, forward)
                return True
        return False


def _move_focus(widget: QWidget, forward: bool) -> None:
    """Focus the next (or previous) control in Tab order after ``widget``."""
    candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    seen = 0
    while candidate is not widget and seen < 1000:
        seen += 1
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
            and candidate.window() is widget.window()
            and not widget.isAncestorOf(candidate)
        ):
            candidate.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()


def let_tab_leave(calendar: QCalendarWidget) -> None:
    """Tab leaves the calendar even while its quick date editor is open."""
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    tab = _CalendarTab(calendar)
    for widget in (calendar, view):
        if widget is not None:
            widget.installEventFilter(tab)


# -- secondary windows exposed as windows ---------------------------------------------

_interfaces: list[Any] = []  # kept while their widget lives (see _window_factory)


def _window_factory(classname: str, obj: QObject) -> Any:
    """Expose reflekt's own top-level widgets (the team library) as windows, not as
    plain panels (Qt's default for a QWidget)."""
    if not isinstance(obj, QWidget) or classname != obj.metaObject().className():
        return None
    if isinstance(obj, QDialog | QMainWindow) or not obj.isWindow():
        return None
    if obj.windowType() != Qt.WindowType.Window or not type(obj).__module__.startswith("reflekt."):
        return None
    from PySide6.QtWidgets import QAccessibleWidget

    # Qt's cache deletes an interface with its widget; a wrapper whose C++ side is gone
    # is then invalid and safe to drop. Until then Python must hold it.
    _interfaces[:] = [i for i in _interfaces if shiboken6.isValid(i)]
    interface = QAccessibleWidget(obj, QAccessible.Role.Window)
    _interfaces.append(interface)
    return interface


def install() -> None:
    """Once per app: reflekt's windows exposed as windows (the focus ring is apart)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("reflekt_access"):
        return
    app.setProperty("reflekt_access", True)
    QAccessible.installFactory(_window_factory)


__all__ = [
    "announce",
    "buddy",
    "close_with_keys",
    "install",
    "let_tab_leave",
    "live_label",
    "name_clear_button",
]
