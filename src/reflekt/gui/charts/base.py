"""What every growth chart is, whatever draws it.

A ``GrowthChart`` draws a ``GrowthStats`` (core data), says in one translatable sentence
what it shows (its accessible description, and the caption in the report), shows a
tooltip for what is under the mouse, emits ``entriesRequested`` with the ``Filters`` for
a clicked bar or day, follows the palette (light/dark), and exports itself at an exact
size as PNG or as SVG (through ``QSvgGenerator``).

Two kinds of chart build on it: ``painted.PaintedChart`` (QPainter on a plain widget)
and ``plotted.PlottedChart`` (a pyqtgraph plot). No plot library is imported here.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QFocusEvent,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QToolTip, QVBoxLayout, QWidget

from reflekt.core.models import Filters
from reflekt.core.stats import GrowthStats
from reflekt.errors import InvalidInput
from reflekt.gui import plaintext
from reflekt.gui.charts.legend import Legend, LegendItem
from reflekt.gui.charts.reading import ChartTable, Marker, Point, spoken
from reflekt.messages import msg

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Theme:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    accent: QColor
    empty: QColor
    levels: tuple[QColor, ...]  # the heatmap's shades, fewest entries first
    highlight: QColor  # the focus ring and the marker of the point read out

    @classmethod
    def of(cls, widget: QWidget) -> Theme:
        palette = widget.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        return cls(
            dark=dark,
            background=background,
            foreground=foreground,
            muted=QColor("#9aa0a6") if dark else QColor("#6b7076"),
            grid=QColor(255, 255, 255, 28) if dark else QColor(0, 0, 0, 22),
            accent=QColor("#7fb0ff") if dark else QColor("#2f66b3"),
            # An empty day is a quiet square; the lightest shade is 3:1 against it, and
            # each shade steps further from it (more entries: darker on light, lighter
            # on dark).
            empty=QColor("#33373d") if dark else QColor("#e9ebee"),
            levels=tuple(
                QColor(c)
                for c in (
                    ("#6a93d6", "#88abe8", "#a9c5f5", "#d2e2ff")
                    if dark
                    else ("#5a83c2", "#3a68ad", "#24508f", "#143566")
                )
            ),
            highlight=palette.color(QPalette.ColorRole.Highlight),
        )


def light_palette() -> QPalette:
    """The palette charts use on paper (report and file exports), whatever the app theme."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Text, "#1d1d1f"),
        (QPalette.ColorRole.WindowText, "#1d1d1f"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def check_size(width: int, height: int) -> None:
    if not (50 <= width <= 8000 and 50 <= height <= 8000):
        raise InvalidInput(
            msg(
                "A chart of {width} x {height} pixels is not possible. Choose a width and "
                "height between 50 and 8000.",
                width=width,
                height=height,
            )
        )


def column_at(x: float, columns: int, half_width: float = 0.4) -> int | None:
    """The column (bar or group of bars, centred on whole numbers) under ``x``, or None
    between columns and beside the chart."""
    index = round(x)
    if not 0 <= index < columns or abs(x - index) > half_width:
        return None
    return index


class GrowthChart(QWidget):
    """One chart of the growth view.

    A chart sets ``key`` and provides ``title``, ``summary``, ``draw`` and ``hit`` (in
    data coordinates). What draws it (``PaintedChart``, ``PlottedChart``) provides the
    view (``make_view``), how data coordinates map onto it (``view_point``,
    ``widget_point``), the axes (``set_ticks``) and what a redraw starts with
    (``begin_draw``) and ends with (``end_draw``).
    """

    key = ""
    entriesRequested = Signal(object)  # Filters for the entries behind a bar or a day

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        """``lazy``: build and draw the view only when it is first needed (the growth
        view does so when the chart scrolls into view)."""
        super().__init__(parent)
        self.stats: GrowthStats | None = None
        self._drawing = False
        self._view: QWidget | None = None
        self._memo: tuple[GrowthStats, dict[str, object]] | None = None
        self.legend = Legend(self)
        self.legend.setVisible(False)
        # While the chart has focus: how to read it, then the point being read (for
        # people who see the screen; a screen reader hears the accessible name).
        self.readout = plaintext.label(parent=self)
        self.readout.setWordWrap(True)
        self.readout.setContentsMargins(8, 0, 8, 4)
        self.readout.setVisible(False)
        # Read with the keyboard: the chart takes focus (never its plot), the arrows step
        # through its points, T or the context menu shows its numbers as a table.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._current: int | None = None
        self._marker: Marker | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.readout)
        # Until its view is built, a lazy chart shows the view's own background.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        # Every chart is one Tab stop, whatever draws it (a plot's own view would be
        # one only for plotted charts), named by its title and summary.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if not lazy:
            self._build()

    # -- what each chart provides -------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        """One sentence saying what the chart shows, for people who cannot see it."""
        raise NotImplementedError

    def draw(self, theme: Theme) -> None:
        raise NotImplementedError

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        """Tooltip text and the entries behind the point (x, y), in data coordinates."""
        return None

    def is_relevant(self) -> bool:
        """False when there is nothing this chart could show (the mood chart without mood)."""
        return True

    def points(self) -> list[Point]:
        """What the arrow keys step through, in reading order (``hit`` names each)."""
        raise NotImplementedError

    def steps(self) -> tuple[int, int]:
        """How far Right and Down move in ``points`` (a calendar: a week and a day)."""
        return 1, 1

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The chart's numbers: column headers and rows of cells, as *Show as table*
        shows them."""
        raise NotImplementedError

    # -- what the way of drawing provides ------------------------------------------

    def make_view(self) -> QWidget:
        """The widget the chart is drawn on, made once."""
        raise NotImplementedError

    def view_point(self, pos: QPointF) -> QPointF | None:
        """The data point under ``pos`` (on the surface), or None outside the data."""
        raise NotImplementedError

    def widget_point(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is on the surface (for tests and tooltips)."""
        raise NotImplementedError

    def set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        """Labels along ``axis`` ("left" or "bottom") at data positions."""
        raise NotImplementedError

    def begin_draw(self, theme: Theme) -> None:
        """Before ``draw``: clear what the last drawing left."""

    def end_draw(self) -> None:
        """After ``draw``: show what was drawn."""

    def lay_out(self) -> None:
        """Place the marks for the current size (before exporting an image)."""

    # -- the view ------------------------------------------------------------------

    def surface(self) -> QWidget:
        """The widget that takes the mouse (hover and clicks) and shows the marks."""
        return self.view()

    def tooltip_widget(self) -> QWidget:
        """The widget that carries the tooltip."""
        return self.surface()

    def view(self) -> QWidget:
        """The drawing widget (built and drawn on first use for a lazy chart)."""
        if self._view is None:
            self.realize()
        assert self._view is not None
        return self._view

    def realized(self) -> bool:
        return self._view is not None

    def realize(self) -> None:
        """Build and draw the view now, if it is not yet."""
        if self._view is None:
            self._build()
            self.redraw()

    def _build(self) -> None:
        view = self.make_view()
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart itself takes the focus
        self._view = view
        self._marker = Marker(self, self.surface())
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, view, 1)
        if self.isVisible():  # a chart that comes into view: show and place it at once
            view.show()
            layout.activate()

    def _stats(self) -> GrowthStats:
        """The statistics being shown (a chart is drawn only once it has them)."""
        assert self.stats is not None
        return self.stats

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """``make()``, computed once per ``stats``: title, summary, drawing and every
        tooltip ask for the same columns."""
        if self._memo is None or self._memo[0] is not self.stats:
            assert self.stats is not None
            self._memo = (self.stats, {})
        values = self._memo[1]
        if key not in values:
            values[key] = make()
        return values[key]  # type: ignore[return-value]

    # -- drawing ---------------------------------------------------------------------

    def set_stats(self, stats: GrowthStats) -> None:
        self.stats = stats
        self._current = None  # other figures: reading starts again from the first point
        self.redraw()

    def redraw(self) -> None:
        if self.stats is None or self._drawing:
            return
        if self._view is None:  # lazy and not in view yet: drawn when it is
            self._describe()
            return
        self._drawing = True
        try:
            theme = Theme.of(self)
            self.legend.set_items([])
            self.begin_draw(theme)
            self.draw(theme)
            self.end_draw()
        finally:
            self._drawing = False
        self._describe()

    def described(self) -> tuple[str, str]:
        """The title and the one-sentence summary, worked out once per ``stats``."""
        return self.memo("described", lambda: (self.title(), self.summary()))

    def _describe(self) -> None:
        title, summary = self.described()
        for widget in (self, self._view):
            if widget is not None:
                widget.setAccessibleName(title)
                widget.setAccessibleDescription(summary)
        if self._current is not None:
            self._read(self._current)
        elif self.readout.isVisible():
            self._show_readout()  # new figures: the hint again, not an old point

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        super().changeEvent(event)

    def tick_font(self) -> QFont:
        """The axes' font: a little smaller than the text, never below 8 points."""
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
        return font

    def _ticks(self, axis: str, ticks: list[tuple[float, str]], every: int = 1) -> None:
        self.set_ticks(axis, [tick for n, tick in enumerate(ticks) if n % max(1, every) == 0])

    def _count_ticks(self, top: float) -> None:
        """Whole-number ticks on the left: counts of entries have no halves."""
        rough = max(1.0, top / 5)
        magnitude = 10 ** math.floor(math.log10(rough))
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
        self._ticks("left", [(v, str(v)) for v in range(0, int(top) + 1, int(step))])

    def _legend(self, items: list[LegendItem]) -> None:
        """A legend under the chart: a swatch (colour and pattern) and a name per series."""
        self.legend.set_items(items)

    # -- the keyboard ----------------------------------------------------------------

    def _points(self) -> list[Point]:
        return self.memo("points", self.points) if self.stats is not None else []

    def current_point(self) -> Point | None:
        """The point being read with the keyboard, if any."""
        points = self._points()
        if self._current is None or not 0 <= self._current < len(points):
            return None
        return points[self._current]

    def spoken_text(self) -> str:
        """What a screen reader hears for the point being read ('' for none)."""
        point = self.current_point()
        if point is None:
            return ""
        found = self.hit(point.x, point.y)
        return spoken(found[0]) if found else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, points = event.key(), self._points()
        across, down = self.steps()
        moves = {
            Qt.Key.Key_Right: across,
            Qt.Key.Key_Left: -across,
            Qt.Key.Key_Down: down,
            Qt.Key.Key_Up: -down,
        }
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key in moves and points and plain:
            if self._current is None:  # the first step starts at one end
                self._read(0 if moves[key] > 0 else len(points) - 1)
            else:
                self._read(min(max(0, self._current + moves[key]), len(points) - 1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and points and plain:
            self._read(0 if key == Qt.Key.Key_Home else len(points) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_point() and plain:
            point = self.current_point()
            assert point is not None and self.stats is not None
            found = self.hit(point.x, point.y)
            if found and found[1] is not None:
                self.entriesRequested.emit(found[1])
        elif key == Qt.Key.Key_T and plain and self.stats is not None:
            self.show_table()
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            self._menu_at(self.mapToGlobal(self.rect().center()))
        else:
            super().keyPressEvent(event)

    def _read(self, index: int) -> None:
        """Make ``index`` the point being read: mark it, name it, show it."""
        self._current = index
        text = self.spoken_text()
        title = self.described()[0]
        # The name is what a screen reader speaks when it changes (Qt announces the
        # change); the summary stays in the description, the title comes back on leaving.
        self.setAccessibleName(text or title)
        self._show_readout()
        if self._marker is not None:
            self._marker.follow()

    def _show_readout(self) -> None:
        text = self.spoken_text() or self.tr(
            "Arrow keys: read the chart point by point. Enter: list those entries. "
            "T: show as table."
        )
        self.readout.setText(text)
        self.readout.setVisible(self.hasFocus() and self.stats is not None)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.realize()
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Not under a click: the line would move the chart under the mouse.
            self._show_readout()
        if self._marker is not None:
            self._marker.follow()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            # Its menu or its table opened, or another window came up: back here, the
            # reading goes on where it was.
            if self._marker is not None:
                self._marker.follow()
            return
        if self.stats is not None:
            self.setAccessibleName(self.described()[0])
        self._current = None
        self.readout.setVisible(False)
        if self._marker is not None:
            self._marker.follow()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._menu_at(event.globalPos())
        event.accept()

    def _menu_at(self, pos: QPoint) -> None:
        """The chart's menu: Show as table (the same for the mouse and the keyboard)."""
        if self.stats is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Show as table"), self.show_table)
        menu.popup(pos)

    def show_table(self) -> ChartTable:
        """The chart's numbers in a table of their own (Esc closes it)."""
        dialog = ChartTable(self)
        dialog.show()
        dialog.activateWindow()
        return dialog

    # -- the mouse -----------------------------------------------------------------

    def tooltip_at(self, x: float, y: float) -> str:
        found = self.hit(x, y) if self.stats else None
        return found[0] if found else ""

    def hover_at(self, pos: QPointF) -> None:
        """Show the tooltip for what is at ``pos`` on the surface (or hide it)."""
        point = self.view_point(pos)
        text = self.tooltip_at(point.x(), point.y()) if point is not None else ""
        widget = self.tooltip_widget()
        widget.setToolTip(plaintext.tooltip(text))
        if text:
            QToolTip.showText(QCursor.pos(), plaintext.tooltip(text), widget)
        else:
            QToolTip.hideText()

    def click_at(self, pos: QPointF) -> None:
        """Ask for the entries behind what is at ``pos`` on the surface."""
        point = self.view_point(pos)
        if point is None or self.stats is None:
            return
        found = self.hit(point.x(), point.y())
        if found and found[1] is not None:
            self.entriesRequested.emit(found[1])

    # -- exporting -------------------------------------------------------------------

    def render_image(self, width: int, height: int, scale: float = 1.0) -> QImage:
        """The chart laid out at ``width`` x ``height``, painted at ``scale`` (2 = sharp on
        paper). At scale 1 the image has exactly the pixels asked for, on any screen."""
        check_size(width, height)
        self.resize(width, height)
        self._settle()
        image = QImage(
            round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(scale)
        image.fill(Theme.of(self).background)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        return image

    def png_bytes(self, width: int, height: int, scale: float = 1.0) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.render_image(width, height, scale).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def svg_bytes(self, width: int, height: int) -> bytes:
        check_size(width, height)
        self.resize(width, height)
        self._settle()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        title, summary = self.described()
        generator.setTitle(title)
        generator.setDescription(summary)
        painter = QPainter()
        if not painter.begin(generator):
            raise InvalidInput(
                msg("reflekt could not draw the chart as SVG. This is a bug in reflekt.")
            )
        try:
            painter.fillRect(QRect(0, 0, width, height), Theme.of(self).background)
            self.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())

    def _settle(self) -> None:
        """Let layouts follow a new size before painting a widget that is not on screen."""
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, not self.isVisible())
        if not self.isVisible():
            self.show()  # offscreen: a plot lays out its items only for shown views
        self.view()
        self.layout().activate()
        QCoreApplication.sendPostedEvents()
        self.lay_out()
        self.redraw()
