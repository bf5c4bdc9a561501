"""A visible focus ring around whichever control has the keyboard focus, in every window.

Fusion shows focus faintly or not at all (an item view changes no pixel, the sidebar
tree and the calendar get a 1-px outline at 1.18:1), and a style sheet would have to
restyle each kind of control to fix that. So one ring does it for all of them: a thin
overlay, a child of the focused control's window, drawn just outside the control and
kept inside whatever clips it (a pane edge, a scroll area), so it never disappears
behind a neighbour. Its colour comes from the theme (``theme.focus_color``), measured
at 3:1 or more against both themes' backgrounds; where a control sits on a colour of
its own (the amber conflict bar) the ring looks at what it covers and takes the other
theme's colour when that stands out more. tests/gui/test_accessibility.py measures the
change focus makes around every control of every window, in both themes.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSplitter, QWidget

from reflekt.gui.theme import focus_color, focus_colors

WIDTH = 2  # px of ring
GAP = 1  # px between the control and the ring, so the ring never hides a thin frame
# Moves and resizes of the focused control or of a pane it sits in move the ring;
# a new theme recolours it.
_TRACKED = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
    QEvent.Type.ZOrderChange,
    QEvent.Type.PaletteChange,  # a new theme: the ring's colour follows
}


class FocusRing(QWidget):
    """The ring itself: a masked, mouse-transparent overlay in one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("reflektFocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.color = focus_color()
        self.hide()

    def place(self, area: QRect) -> None:
        """Ring ``area`` (in window coordinates); hide when it is empty."""
        if area.width() <= 2 * WIDTH or area.height() <= 2 * WIDTH:
            self.hide()
            return
        self.hide()  # not in the picture of what lies under it
        self.color = ring_color(under(self.parentWidget(), area))
        self.setGeometry(area)
        inner = QRect(0, 0, area.width(), area.height()).adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(0, 0, area.width(), area.height()) - QRegion(inner))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        pen = QPen(self.color, WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class FocusTracker(QObject):
    """Follows ``QApplication.focusChanged`` and keeps the ring on the focused control.

    Nothing is done inside the focus change itself (it also comes while widgets are
    being destroyed): a zero-time timer places the ring once the event loop is back,
    on whatever has the focus then.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        # The focused control and its panes, watched for moves: (widget, its slot on
        # ``destroyed``); a key in _gone once the widget is destroyed.
        self._watched: list[tuple[QWidget, Any, int]] = []
        self._gone: set[int] = set()
        self._next_key = 0
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.update_ring)
        app.focusChanged.connect(lambda *_: self._pending.start())

    def _watch(self, widget: QWidget) -> None:
        self._next_key += 1
        key = self._next_key

        def gone(*_: Any) -> None:
            self._gone.add(key)

        widget.installEventFilter(self)
        widget.destroyed.connect(gone)
        self._watched.append((widget, gone, key))

    def _unwatch(self) -> None:
        for widget, gone, key in self._watched:
            if key not in self._gone:
                widget.removeEventFilter(self)
                widget.destroyed.disconnect(gone)
        self._watched = []
        self._gone.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TRACKED:
            self._pending.start()  # once, after the layout has settled
        return False

    def update_ring(self) -> None:
        self._unwatch()
        widget = QApplication.focusWidget()
        window = widget.window() if widget is not None else None
        ring = self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None
        if ring is not None and ring.parentWidget() is not window:
            ring.hide()  # only one control has the focus
        if widget is None or window is None or widget is window:
            return
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return  # a drop-down list or a completer: its highlight is the focus
        parent: QWidget | None = widget
        while parent is not None:
            self._watch(parent)
            parent = None if parent.isWindow() else parent.parentWidget()
        ring = window.findChild(
            FocusRing, "reflektFocusRing", Qt.FindChildOption.FindDirectChildrenOnly
        )
        if ring is None:
            ring = FocusRing(window)
        self._ring = ring
        if widget.isVisible():
            ring.place(ring_area(widget))
        else:
            ring.hide()


def ring_area(widget: QWidget) -> QRect:
    """Where the ring goes, in window coordinates: around ``widget``, but inside every
    pane that clips it (so a control flush with a pane edge gets its ring inside)."""
    window = widget.window()
    margin = WIDTH + GAP
    corner = widget.mapTo(window, QPoint(0, 0))
    area = QRect(corner, widget.size()).adjusted(-margin, -margin, margin, margin)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if _clips(parent):
            area = area.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return area.intersected(window.rect())


def _clips(pane: QWidget) -> bool:
    """A pane whose edge the ring stays inside: a scrolled view (what lies beyond its
    edge is not shown) or a part of a splitter. A plain container (a dialog's button
    box, a group of fields) does not: the ring goes around its control, over the margin
    beside it, rather than on top of the control's own border."""
    holder = pane.parentWidget()
    return isinstance(holder, (QAbstractScrollArea, QSplitter)) or isinstance(
        pane, QAbstractScrollArea
    )


def under(window: QWidget, area: QRect) -> list[QColor]:
    """The colours the ring would cover: a picture of its four edges, sampled."""
    colors: list[QColor] = []
    x, y, w, h = area.x(), area.y(), area.width(), area.height()
    for edge in (
        QRect(x, y, w, WIDTH),
        QRect(x, y + h - WIDTH, w, WIDTH),
        QRect(x, y, WIDTH, h),
        QRect(x + w - WIDTH, y, WIDTH, h),
    ):
        image = window.grab(edge).toImage()
        step_x = max(1, image.width() // 12)
        step_y = max(1, image.height() // 12)
        for px in range(0, image.width(), step_x):
            for py in range(0, image.height(), step_y):
                colors.append(QColor(image.pixel(px, py)))
    return colors


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_color(background: list[QColor]) -> QColor:
    """The theme's focus colour, or its partner from the other theme where a control
    sits on a colour of its own (the amber conflict bar in the dark theme): whichever
    stands out more from everything the ring covers (WCAG asks 3:1)."""
    preferred = focus_color()
    if not background:
        return preferred
    candidates = [preferred, *(QColor(c) for c in focus_colors() if QColor(c) != preferred)]

    def stands_out(color: QColor) -> int:
        """On how much of what it covers the ring shows at 3:1 (a neighbouring
        button's text or border may be under a few of its pixels)."""
        return sum(contrast(color, under) >= 3.0 for under in background)

    if stands_out(preferred) * 2 >= len(background):
        return preferred
    return max(candidates, key=stands_out)


def install() -> None:
    """Show the ring from now on, in every window of the app (once per app)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("reflekt_focus_ring"):
        return
    app.setProperty("reflekt_focus_ring", True)
    _trackers.append(FocusTracker(app))


_trackers: list[FocusTracker] = []  # the app owns it; this keeps its Python side too


__all__ = ["FocusRing", "FocusTracker", "contrast", "install", "ring_area", "ring_color"]
