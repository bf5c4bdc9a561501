"""Growth charts drawn with pyqtgraph, each with a one-sentence summary.

This is the only module that imports pyqtgraph, and nothing imports it at start-up:
the growth view loads it when it is first opened. PySide6 is imported first so that
pyqtgraph binds to it.

Every chart is a ``GrowthChart``: it draws a ``GrowthStats`` (core data), says in one
translatable sentence what it shows (its accessible description, and the caption in
the report), shows a tooltip for what is under the mouse, emits ``entriesRequested``
with the ``Filters`` for a clicked bar or day, follows the palette (light/dark), and
exports itself at an exact size as PNG or as SVG (through ``QSvgGenerator``: the SVG
exporter of pyqtgraph 0.14 fails with PySide6 6.12).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph uses it)

from reflekt import private_files
from reflekt.core import stats as core_stats
from reflekt.core.models import Filters, Kind, Source
from reflekt.core.stats import GrowthStats, Period
from reflekt.errors import InvalidInput
from reflekt.gui import plaintext
from reflekt.gui.theme import kind_color

pg.setConfigOptions(antialias=True, useOpenGL=False)
T = TypeVar("T")

SOURCE_COLORS: dict[str, str] = {
    "experience": "#2e9e6b",
    "people": "#8e6bd8",
    "course": "#d9822b",
}
WEEKS_UP_TO_DAYS = 190  # periods up to about six months are shown by week, longer by month
MONTHS_UP_TO = 36  # ... up to three years by month, then by quarter
QUARTERS_UP_TO = 44  # ... up to eleven years by quarter, then by year
MOOD_WEEKS_UP_TO_DAYS = 400  # mood week by week for up to about a year
SKILL_ROWS = 8
SKILL_STEPS = 12
DEFAULT_SIZE = QSize(900, 420)


def kind_name(kind: str) -> str:
    names = {
        "reflection": QCoreApplication.translate("GrowthChart", "Reflection"),
        "lesson": QCoreApplication.translate("GrowthChart", "Lesson learned"),
        "mistake": QCoreApplication.translate("GrowthChart", "Lesson from a mistake"),
        "learned-from": QCoreApplication.translate("GrowthChart", "Learned from a colleague"),
        "shared-knowledge": QCoreApplication.translate("GrowthChart", "Knowledge I shared"),
        "goal-note": QCoreApplication.translate("GrowthChart", "Goal note"),
        "til": QCoreApplication.translate("GrowthChart", "Today I learned"),
        "review": QCoreApplication.translate("GrowthChart", "Weekly review"),
    }
    return names.get(kind, kind)


def source_name(source: str) -> str:
    names = {
        "experience": QCoreApplication.translate("GrowthChart", "Experience"),
        "people": QCoreApplication.translate("GrowthChart", "Other people"),
        "course": QCoreApplication.translate("GrowthChart", "Courses and reading"),
    }
    return names.get(source, source)


class ChartText(QObject):
    """Only a translation context: lupdate sees plural forms in ``self.tr(..., n)`` calls
    but not in ``QCoreApplication.translate(..., n)``."""

    def entries(self, count: int) -> str:
        return self.tr("%n entries", "", count)


def entries_text(count: int) -> str:
    """'1 entry' / '3 entries' in the UI language (plural forms come from the .qm files)."""
    return ChartText().entries(count)


def day_text(day: dt.date, with_weekday: bool = False) -> str:
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    fmt = "ddd d MMM yyyy" if with_weekday else "d MMM yyyy"
    return locale.toString(qdate, fmt)


def month_text(month: dt.date, with_year: bool = True) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy" if with_year else "MMM")


def _clip(period: Period, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return max(start, period.start), min(end, period.end)


@dataclasses.dataclass(frozen=True)
class Bucket:
    """One bar's (or column's) span of days: a week, a month, a quarter or a year."""

    start: dt.date
    end: dt.date
    label: str  # on the axis, where there is room
    long_label: str  # in tooltips and sentences
    months: tuple[dt.date, ...] = ()  # the months it sums (none for a week)


def buckets(stats: GrowthStats) -> tuple[str, list[Bucket]]:
    """Weeks for periods up to about six months, else as ``month_buckets``."""
    if stats.period.days > WEEKS_UP_TO_DAYS:
        return month_buckets(stats)
    result = []
    for week in stats.per_week:
        end = week.week_start + dt.timedelta(days=6)
        result.append(
            Bucket(
                week.week_start,
                end,
                QLocale().toString(
                    QDate(week.week_start.year, week.week_start.month, week.week_start.day),
                    "d MMM",
                ),
                QCoreApplication.translate("GrowthChart", "week of {date}").format(
                    date=day_text(week.week_start)
                ),
            )
        )
    return "week", result


def month_buckets(stats: GrowthStats) -> tuple[str, list[Bucket]]:
    """Months for up to three years, quarters up to eleven, years beyond: a chart of ten
    years keeps about forty columns, each wide enough to see and to click."""
    months = stats.months
    if len(months) <= MONTHS_UP_TO:
        return "month", [
            Bucket(
                month,
                core_stats.add_months(month, 1) - dt.timedelta(days=1),
                month_text(month, with_year=n == 0 or month.month == 1),
                month_text(month),
                (month,),
            )
            for n, month in enumerate(months)
        ]
    size, unit = (3, "quarter") if len(months) <= 3 * QUARTERS_UP_TO else (12, "year")
    groups: dict[dt.date, list[dt.date]] = {}
    for month in months:
        first = month.replace(month=1 + (month.month - 1) // size * size)
        groups.setdefault(first, []).append(month)
    result = []
    for n, (first, inside) in enumerate(groups.items()):
        end = core_stats.add_months(first, size) - dt.timedelta(days=1)
        if unit == "year":
            label = long_label = str(first.year)
        else:
            # The axis names a year at its first quarter; a tooltip names the months.
            label = str(first.year) if first.month == 1 or n == 0 else ""
            long_label = f"{month_text(first, with_year=False)}–{month_text(end)}"
        result.append(Bucket(first, end, label, long_label, tuple(inside)))
    return unit, result


def bucket_ticks(spans: list[Bucket]) -> tuple[list[tuple[float, str]], int]:
    """(position, label) for the axis under ``spans``, and show every how many-th."""
    ticks = [(n, b.label) for n, b in enumerate(spans) if b.label]
    return ticks, math.ceil(len(ticks) / 12)


def month_sums(stats: GrowthStats, span: Bucket) -> dict[str, int]:
    """Entries of each kind in a bucket of months."""
    result: dict[str, int] = {}
    for month in span.months:
        for kind, count in stats.kinds_per_month.get(month, {}).items():
            result[kind] = result.get(kind, 0) + count
    return result


@dataclasses.dataclass(frozen=True)
class Theme:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    accent: QColor
    empty: QColor

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
            empty=QColor("#3a3f46") if dark else QColor("#e6e8eb"),
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


class GrowthChart(QWidget):
    """One chart of the growth view. Subclasses set ``key`` and draw in ``draw()``."""

    key = ""
    entriesRequested = Signal(object)  # Filters for the entries behind a bar or a day

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        """``lazy``: build and draw the plot only when ``plot`` or ``realize()`` is first
        used (the growth view does so when the chart scrolls into view)."""
        super().__init__(parent)
        self.stats: GrowthStats | None = None
        self._drawing = False
        self._plot: pg.PlotWidget | None = None
        self._memo: tuple[GrowthStats, dict[str, object]] | None = None
        self.legend = plaintext.rich_label(self)  # swatches built here; names escaped
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(8, 0, 8, 4)
        self.legend.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        # Until its plot is built, a lazy chart shows the plot's own background.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        if not lazy:
            self._build()

    @property
    def plot(self) -> pg.PlotWidget:
        """The pyqtgraph plot (built and drawn on first use for a lazy chart)."""
        if self._plot is None:
            self.realize()
        assert self._plot is not None
        return self._plot

    def surface(self) -> QWidget:
        """The widget that takes the mouse (hover and clicks) and shows the marks."""
        return self.plot.viewport()

    def realized(self) -> bool:
        return self._plot is not None

    def realize(self) -> None:
        """Build and draw the plot now, if it is not yet."""
        if self._plot is None:
            self._build()
            self.redraw()

    def _build(self) -> None:
        # No menus: they offer the SVG exporter that fails, and building them is a third
        # of what a plot costs.
        plot = pg.PlotWidget(parent=self, enableMenu=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.plotItem.vb.setMouseEnabled(False, False)
        plot.setMinimumHeight(120)
        plot.scene().sigMouseMoved.connect(self._hover)
        plot.scene().sigMouseClicked.connect(self._clicked)
        self._plot = plot
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, plot, 1)
        if self.isVisible():  # a chart that comes into view: show and place it at once
            plot.show()
            layout.activate()

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

    # -- what subclasses provide ------------------------------------------------

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

    # -- shared machinery --------------------------------------------------------

    def set_stats(self, stats: GrowthStats) -> None:
        self.stats = stats
        self.redraw()

    def redraw(self) -> None:
        if self.stats is None or self._drawing:
            return
        if self._plot is None:  # lazy and not in view yet: drawn when it is
            self._describe()
            return
        self._drawing = True
        try:
            theme = Theme.of(self)
            self.plot.clear()
            item = self.plot.plotItem
            self.legend.clear()
            self.legend.setVisible(False)
            self.plot.setBackground(theme.background)
            font = QFont(self.font())
            font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted))
                axis.setTextPen(pg.mkPen(theme.foreground))
                axis.setStyle(tickFont=font)
                axis.setTicks(None)
            item.showGrid(x=False, y=False)
            self.draw(theme)
        finally:
            self._drawing = False
        self._describe()

    def described(self) -> tuple[str, str]:
        """The title and the one-sentence summary, worked out once per ``stats``."""
        return self.memo("described", lambda: (self.title(), self.summary()))

    def _describe(self) -> None:
        title, summary = self.described()
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        if self._plot is not None:
            self._plot.setAccessibleName(title)
            self._plot.setAccessibleDescription(summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        super().changeEvent(event)

    def view_point(self, scene_pos: QPointF) -> QPointF | None:
        vb = self.plot.plotItem.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    def widget_point(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is on the plot's viewport (for tests and tooltips)."""
        scene = self.plot.plotItem.vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.plot.mapFromScene(scene))

    def tooltip_at(self, x: float, y: float) -> str:
        found = self.hit(x, y) if self.stats else None
        return found[0] if found else ""

    def _hover(self, scene_pos: QPointF) -> None:
        point = self.view_point(scene_pos)
        text = self.tooltip_at(point.x(), point.y()) if point is not None else ""
        self.plot.setToolTip(plaintext.tooltip(text))
        if text:
            QToolTip.showText(QCursor.pos(), plaintext.tooltip(text), self.plot)
        else:
            QToolTip.hideText()

    def _clicked(self, event: object) -> None:
        point = self.view_point(event.scenePos())  # type: ignore[attr-defined]
        if point is None or self.stats is None:
            return
        found = self.hit(point.x(), point.y())
        if found and found[1] is not None:
            self.entriesRequested.emit(found[1])

    def _count_ticks(self, top: float) -> None:
        """Whole-number ticks on the left: counts of entries have no halves."""
        rough = max(1.0, top / 5)
        magnitude = 10 ** math.floor(math.log10(rough))
        step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
        self._ticks("left", [(v, str(v)) for v in range(0, int(top) + 1, int(step))])

    def _ticks(self, axis: str, ticks: list[tuple[float, str]], every: int = 1) -> None:
        shown = [tick for n, tick in enumerate(ticks) if n % max(1, every) == 0]
        self.plot.plotItem.getAxis(axis).setTicks([shown, []])

    def _legend(self, items: list[tuple[QColor, str]]) -> None:
        """A legend under the plot, as text that wraps. (pyqtgraph's LegendItem misplaces
        items in multi-column layouts and cannot wrap to the chart's width.)"""
        swatches = []
        for color, text in items:
            # Non-breaking spaces: a line may wrap between items, never inside one.
            words = plaintext.escape(text).replace(" ", "&nbsp;")
            swatches.append(f'<span style="color:{color.name()}">■</span>&nbsp;{words}')
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(swatches))
        self.legend.setVisible(bool(items))

    # -- exporting ---------------------------------------------------------------

    def render_image(self, width: int, height: int, scale: float = 1.0) -> QImage:
        """The chart laid out at ``width`` x ``height``, painted at ``scale`` (2 = sharp on
        paper). At scale 1 the image has exactly the pixels asked for, on any screen."""
        _check_size(width, height)
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
        _check_size(width, height)
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
            raise InvalidInput("reflekt could not draw the chart as SVG. This is a bug in reflekt.")
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
            self.show()  # offscreen: pyqtgraph lays out its items only for shown views
        self.layout().activate()
        QCoreApplication.sendPostedEvents()
        self.plot.plotItem.layout.activate()
        self.redraw()


def _check_size(width: int, height: int) -> None:
    if not (50 <= width <= 8000 and 50 <= height <= 8000):
        raise InvalidInput(
            f"A chart of {width} x {height} pixels is not possible. Choose a width and "
            "height between 50 and 8000."
        )


class _Canvas(QWidget):
    """The surface a painted chart draws on; forwards hover and clicks to its chart."""

    def __init__(self, chart: PaintedChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart.paint(painter)
        finally:
            painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.chart.hover_at(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chart.click_at(event.position())

    def leaveEvent(self, event: QEvent) -> None:
        QToolTip.hideText()


class PaintedChart(GrowthChart):
    """A chart painted with QPainter on a plain widget: bars and calendar cells need no
    plot library, and such a chart costs next to nothing to create and draw.

    Subclasses set the data ranges and axis ticks in ``draw()`` (called on every redraw)
    and paint their marks in ``paint_marks()``; hit testing works in the same data
    coordinates as for the plotted charts.
    """

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        self._canvas: _Canvas | None = None
        self._x_range = (0.0, 1.0)
        self._y_range = (0.0, 1.0)
        self._axis_ticks: dict[str, list[tuple[float, str]]] = {"left": [], "bottom": []}
        self._axis_lines = True
        self._grid_alpha = 0.0
        self._theme: Theme | None = None
        self._generation = 0  # counts redraws: the axes' labels may have changed
        self._area_memo: tuple[tuple[int, int, int], QRectF] | None = None
        super().__init__(parent, lazy=False)  # nothing to put off: it is cheap

    @property
    def plot(self) -> pg.PlotWidget:  # type: ignore[override]
        raise AttributeError("a painted chart has no pyqtgraph plot; use surface()")

    def surface(self) -> QWidget:
        assert self._canvas is not None
        return self._canvas

    def realized(self) -> bool:
        return True

    def realize(self) -> None:
        pass

    def _build(self) -> None:
        self._canvas = _Canvas(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._canvas, 1)

    def redraw(self) -> None:
        if self.stats is None or self._drawing:
            return
        self._drawing = True
        try:
            theme = Theme.of(self)
            self._theme = theme
            self.legend.clear()
            self.legend.setVisible(False)
            self._axis_ticks = {"left": [], "bottom": []}
            self._grid_alpha = 0.0
            self._axis_lines = True
            self.draw(theme)
            self._generation += 1
        finally:
            self._drawing = False
        if self._canvas is not None:
            self._canvas.update()
        self._describe()

    def _describe(self) -> None:
        super()._describe()
        if self._canvas is not None:
            title, summary = self.described()
            self._canvas.setAccessibleName(title)
            self._canvas.setAccessibleDescription(summary)

    def _settle(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, not self.isVisible())
        if not self.isVisible():
            self.show()
        self.layout().activate()
        QCoreApplication.sendPostedEvents()
        self.redraw()

    # -- axes and coordinates ----------------------------------------------------

    def _ticks(self, axis: str, ticks: list[tuple[float, str]], every: int = 1) -> None:
        self._axis_ticks[axis] = [t for n, t in enumerate(ticks) if n % max(1, every) == 0]

    def _tick_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
        return font

    def _area(self) -> QRectF:
        """Where the data are drawn on the canvas (the rest holds the axes' labels)."""
        assert self._canvas is not None
        key = (self._canvas.width(), self._canvas.height(), self._generation)
        if self._area_memo is None or self._area_memo[0] != key:
            self._area_memo = (key, self._make_area())
        return self._area_memo[1]

    def _make_area(self) -> QRectF:
        assert self._canvas is not None
        metrics = QFontMetricsF(self._tick_font())
        left_labels = [label for _, label in self._axis_ticks["left"]]
        left = max((metrics.horizontalAdvance(t) for t in left_labels), default=0.0) + 14
        bottom = metrics.height() + 10 if self._axis_ticks["bottom"] else 8
        rect = QRectF(self._canvas.rect())
        return rect.adjusted(left, 10, -12, -bottom)

    def _mapping(self) -> tuple[float, float, float, float]:
        """(a, b, c, d) with pixel x = a + b * x and pixel y = c - d * y."""
        area = self._area()
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        across = area.width() / (x1 - x0)
        up = area.height() / (y1 - y0)
        return area.left() - x0 * across, across, area.bottom() + y0 * up, up

    def _to_pixel(self, x: float, y: float) -> QPointF:
        a, b, c, d = self._mapping()
        return QPointF(a + b * x, c - d * y)

    def _scale(self) -> tuple[float, float]:
        """Pixels per data unit, across and up."""
        area = self._area()
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        return area.width() / (x1 - x0), area.height() / (y1 - y0)

    def widget_point(self, x: float, y: float) -> QPointF:
        return self._to_pixel(x, y)

    def view_point(self, pos: QPointF) -> QPointF | None:  # type: ignore[override]
        area = self._area()
        if not area.contains(pos):
            return None
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        return QPointF(
            x0 + (pos.x() - area.left()) / area.width() * (x1 - x0),
            y0 + (area.bottom() - pos.y()) / area.height() * (y1 - y0),
        )

    def hover_at(self, pos: QPointF) -> None:
        point = self.view_point(pos)
        text = self.tooltip_at(point.x(), point.y()) if point is not None else ""
        canvas = self.surface()
        canvas.setToolTip(plaintext.tooltip(text))
        if text:
            QToolTip.showText(QCursor.pos(), plaintext.tooltip(text), canvas)
        else:
            QToolTip.hideText()

    def click_at(self, pos: QPointF) -> None:
        point = self.view_point(pos)
        if point is None or self.stats is None:
            return
        found = self.hit(point.x(), point.y())
        if found and found[1] is not None:
            self.entriesRequested.emit(found[1])

    def bar_rect(self, x: float, width: float, y0: float, y1: float) -> QRectF:
        """The rectangle of a bar centred on ``x``, from ``y0`` up to ``y1`` (data units)."""
        a, b, c, d = self._mapping()
        left, right = a + b * (x - width / 2), a + b * (x + width / 2)
        top, bottom = c - d * max(y0, y1), c - d * min(y0, y1)
        return QRectF(left, top, right - left, bottom - top)

    # -- painting ---------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        if self.stats is None or self._canvas is None:
            return
        theme = self._theme or Theme.of(self)
        painter.fillRect(self._canvas.rect(), theme.background)
        area = self._area()
        font = self._tick_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        if self._grid_alpha:
            grid = QColor(theme.foreground)
            grid.setAlphaF(self._grid_alpha)
            painter.setPen(QPen(grid, 1))
            for value, _ in self._axis_ticks["left"]:
                y = round(self._to_pixel(0, value).y()) + 0.5
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.save()
        painter.setClipRect(area.adjusted(-2, -2, 2, 2))
        self.paint_marks(painter, theme)
        painter.restore()
        painter.setFont(font)
        axis_pen = QPen(theme.muted, 1)
        if self._axis_lines:
            painter.setPen(axis_pen)
            left, bottom = round(area.left()) - 0.5, round(area.bottom()) + 0.5
            painter.drawLine(QPointF(left, area.top()), QPointF(left, bottom))
            painter.drawLine(QPointF(left, bottom), QPointF(area.right(), bottom))
        # Labels: left ones right-aligned by their tick, bottom ones centred under it; a
        # label that would overlap the one before it is left out.
        for value, label in self._axis_ticks["left"]:
            y = self._to_pixel(0, value).y()
            if self._axis_lines:
                painter.setPen(axis_pen)
                painter.drawLine(QPointF(area.left() - 5, y), QPointF(area.left() - 1, y))
            painter.setPen(theme.foreground)
            box = QRectF(0, y - metrics.height() / 2, area.left() - 8, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        placed: list[tuple[float, float, str]] = []  # (left, width, label)
        for n, (value, label) in enumerate(self._axis_ticks["bottom"]):
            x = self._to_pixel(value, 0).x()
            if self._axis_lines:
                painter.setPen(axis_pen)
                painter.drawLine(QPointF(x, area.bottom() + 1), QPointF(x, area.bottom() + 5))
            width = metrics.horizontalAdvance(label)
            left = min(max(0.0, x - width / 2), self._canvas.width() - width)
            if placed and left < placed[-1][0] + placed[-1][1] + 4:
                # Too close: the first label (a partial year or month) gives way to the
                # second, any other keeps its place.
                if n == 1 and len(placed) == 1:
                    placed.pop()
                else:
                    continue
            placed.append((left, width, label))
        painter.setPen(theme.foreground)
        for left, width, label in placed:
            box = QRectF(left, area.bottom() + 6, width + 1, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        raise NotImplementedError


# -- the charts ----------------------------------------------------------------------


class ActivityChart(PaintedChart):
    """A calendar heatmap of the year of days up to the end of the period."""

    key = "activity"

    def title(self) -> str:
        return self.tr("Activity over the year")

    def _days(self) -> list[tuple[int, int, dt.date]]:
        assert self.stats is not None
        first = self.stats.heatmap.start
        result = []
        day = first
        while day <= self.stats.heatmap.end:
            result.append(((day - first).days // 7, day.weekday(), day))
            day += dt.timedelta(days=1)
        return result

    def draw(self, theme: Theme) -> None:
        assert self.stats is not None
        s = self.stats
        top = max(s.per_day.values(), default=0)
        steps = [0.25, 0.45, 0.7, 1.0]
        shades: dict[tuple[int, bool], QColor] = {}
        cells: list[tuple[int, int, QColor]] = []
        for column, weekday, day in self._days():
            count = s.per_day.get(day, 0)
            level = min(3, math.ceil(4 * count / max(top, 1)) - 1) if count else -1
            inside = s.period.contains(day)
            if (level, inside) not in shades:
                color = QColor(theme.empty) if level < 0 else QColor(theme.accent)
                if level >= 0:
                    color.setAlphaF(steps[level])
                if not inside:
                    # The year around the period stays visible, quieter than the period.
                    color.setAlphaF(color.alphaF() * 0.45)
                shades[level, inside] = color
            cells.append((column, 6 - weekday, shades[level, inside]))
        self._cells = cells
        self._axis_lines = False
        locale = QLocale()
        self._ticks(
            "left",
            [(6 - d, locale.dayName(d + 1, QLocale.FormatType.ShortFormat)) for d in (0, 2, 4)],
        )
        months = []
        for column, _, day in self._days():
            if day.day == 1:
                months.append((column, month_text(day, with_year=day.month == 1)))
        self._ticks("bottom", months)
        columns = (s.heatmap.days + 6) // 7
        self._x_range = (-0.6, columns - 0.4)
        self._y_range = (-0.6, 6.6)

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        # Days stay square whatever the chart's shape.
        across, up = self._scale()
        side = max(3.0, 0.86 * min(across, up))
        painter.setPen(Qt.PenStyle.NoPen)
        side = round(side)  # whole pixels: crisp edges, and every day the same size
        a, b, c, d = self._mapping()
        for column, row, color in self._cells:
            painter.fillRect(
                QRect(round(a + b * column - side / 2), round(c - d * row - side / 2), side, side),
                color,
            )

    def _day_at(self, x: float, y: float) -> dt.date | None:
        assert self.stats is not None
        column, weekday = round(x), 6 - round(y)
        if not 0 <= weekday <= 6 or column < 0:
            return None
        day = self.stats.heatmap.start + dt.timedelta(days=column * 7 + weekday)
        return day if self.stats.heatmap.contains(day) else None

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        day = self._day_at(x, y)
        if day is None:
            return None
        count = self.stats.per_day.get(day, 0)
        text = f"{day_text(day, with_weekday=True)}: {entries_text(count)}"
        return text, Filters(date_from=day, date_to=day)

    def summary(self) -> str:
        assert self.stats is not None
        s = self.stats
        in_period = {day: n for day, n in s.per_day.items() if s.period.contains(day) and n}
        if not in_period:
            return self.tr("No entries between {start} and {end}.").format(
                start=day_text(s.period.start), end=day_text(s.period.end)
            )
        busiest = max(s.per_week, key=lambda w: (w.count, w.week_start))
        # The calendar shows a year; the sentence is about the chosen period in it.
        shown_days = min(s.period.days, s.heatmap.days)
        return self.tr(
            "You wrote on {days} of the {total} days from {start} to {end}; the busiest "
            "week began {week} with {entries}."
        ).format(
            days=len(in_period),
            total=shown_days,
            start=day_text(max(s.period.start, s.heatmap.start)),
            end=day_text(s.period.end),
            week=day_text(busiest.week_start),
            entries=entries_text(busiest.count),
        )


class KindsChart(PaintedChart):
    """Stacked bars of entries per week or month, one colour per kind."""

    key = "kinds"

    def title(self) -> str:
        return self.tr("Kinds of entry over time")

    def _series(self) -> tuple[str, list[Bucket], list[dict[str, int]]]:
        return self.memo("series", self._make_series)

    def _make_series(self) -> tuple[str, list[Bucket], list[dict[str, int]]]:
        assert self.stats is not None
        unit, spans = buckets(self.stats)
        if unit == "week":
            return unit, spans, [self.stats.kinds_per_week.get(b.start, {}) for b in spans]
        return unit, spans, [month_sums(self.stats, b) for b in spans]

    def draw(self, theme: Theme) -> None:
        _, spans, counts = self._series()
        kinds = [k.value for k in Kind if any(c.get(k.value) for c in counts)]
        self._kinds = kinds
        self._legend([(kind_color(kind), kind_name(kind)) for kind in kinds])
        top = max((sum(c.values()) for c in counts), default=0)
        self._y_range = (0.0, max(4, top) * 1.08)
        self._count_ticks(max(4, top))
        self._x_range = (-0.7, max(len(spans), 1) - 0.3)
        self._ticks("bottom", *bucket_ticks(spans))
        self._grid_alpha = 0.15

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        counts = self._series()[2]
        painter.setPen(QPen(theme.background, 0.5))
        colors = {kind: kind_color(kind) for kind in self._kinds}
        for n, count in enumerate(counts):
            base = 0
            for kind in self._kinds:
                height = count.get(kind, 0)
                if height:
                    painter.setBrush(colors[kind])
                    painter.drawRect(self.bar_rect(n, 0.72, base, base + height))
                    base += height

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        _, spans, counts = self._series()
        index = round(x)
        if not 0 <= index < len(spans) or abs(x - index) > 0.4:
            return None
        span, count = spans[index], counts[index]
        start, end = _clip(self.stats.period, span.start, span.end)
        lines = [f"{span.long_label}: {entries_text(sum(count.values()))}"]
        clicked_kind = None
        level = 0
        for kind in (k.value for k in Kind):
            if count.get(kind):
                lines.append(f"  {kind_name(kind)}: {count[kind]}")
                if level <= y < level + count[kind]:
                    clicked_kind = Kind(kind)
                level += count[kind]
        return "\n".join(lines), Filters(kind=clicked_kind, date_from=start, date_to=end)

    def summary(self) -> str:
        assert self.stats is not None
        unit, spans, counts = self._series()
        total = self.stats.total_entries
        if not total:
            return self.tr("No entries in this period.")
        kind, most = max(self.stats.by_kind.items(), key=lambda kv: (kv[1], kv[0]))
        busiest = max(range(len(spans)), key=lambda n: (sum(counts[n].values()), -n))
        templates = {
            "week": self.tr(
                "Most entries were “{kind}” ({count} of {total}); the busiest week was the {span}."
            ),
            "month": self.tr(
                "Most entries were “{kind}” ({count} of {total}); the busiest month was {span}."
            ),
            "quarter": self.tr(
                "Most entries were “{kind}” ({count} of {total}); the busiest quarter was {span}."
            ),
            "year": self.tr(
                "Most entries were “{kind}” ({count} of {total}); the busiest year was {span}."
            ),
        }
        template = templates[unit]
        return template.format(
            kind=kind_name(kind), count=most, total=total, span=spans[busiest].long_label
        )


class SourcesChart(PaintedChart):
    """The learning-source mix next to the 70-20-10 reference."""

    key = "sources"

    def title(self) -> str:
        return self.tr("Where learning came from, next to 70-20-10")

    def _values(self) -> tuple[list[str], list[float], list[float]]:
        """The sources, their shares and the reference shares, in per cent."""
        assert self.stats is not None
        shares = self.stats.source_shares
        sources = [s.value for s in Source]
        mine = [100 * shares[s] for s in sources]
        reference = [100 * core_stats.REFERENCE_SHARES[s] for s in sources]
        return sources, mine, reference

    def draw(self, theme: Theme) -> None:
        sources, _, _ = self._values()
        self._legend(
            [
                *((QColor(SOURCE_COLORS[s]), source_name(s)) for s in sources),
                (theme.muted, self.tr("70-20-10 reference")),
            ]
        )
        self._ticks("bottom", [(n, source_name(s)) for n, s in enumerate(sources)])
        self._ticks("left", [(v, f"{v} %") for v in range(0, 101, 20)])
        self._y_range = (0.0, 110.0)
        self._x_range = (-0.6, 2.6)

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        sources, mine, reference = self._values()
        ref_fill = QColor(theme.muted)
        ref_fill.setAlphaF(0.35)
        ref_pen = QPen(theme.muted, 1, Qt.PenStyle.DashLine)
        painter.setFont(self.font())  # the values read at the text's own size
        metrics = QFontMetricsF(painter.font())
        for n, source in enumerate(sources):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SOURCE_COLORS[source]))
            painter.drawRect(self.bar_rect(n - 0.18, 0.34, 0, mine[n]))
            painter.setPen(ref_pen)
            painter.setBrush(ref_fill)
            painter.drawRect(self.bar_rect(n + 0.18, 0.34, 0, reference[n]))
            for x, value, color in (
                (n - 0.18, mine[n], theme.foreground),
                (n + 0.18, reference[n], theme.muted),
            ):
                text = f"{value:.0f} %"
                anchor = self._to_pixel(x, value + 1.5)
                width = metrics.horizontalAdvance(text)
                painter.setPen(color)
                painter.drawText(
                    QRectF(
                        anchor.x() - width / 2,
                        anchor.y() - metrics.height(),
                        width + 1,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        index = round(x)
        if not 0 <= index <= 2 or abs(x - index) > 0.4:
            return None
        source = list(Source)[index]
        count = self.stats.by_source[source.value]
        share = 100 * self.stats.source_shares[source.value]
        reference = 100 * core_stats.REFERENCE_SHARES[source.value]
        text = self.tr("{source}: {entries} ({share:.0f} %; reference {reference:.0f} %)").format(
            source=source_name(source.value),
            entries=entries_text(count),
            share=share,
            reference=reference,
        )
        period = self.stats.period
        return text, Filters(source=source, date_from=period.start, date_to=period.end)

    def summary(self) -> str:
        assert self.stats is not None
        s = self.stats
        if not sum(s.by_source.values()):
            return self.tr("No entry in this period says where the learning came from yet.")
        shares = {k: round(100 * v) for k, v in s.source_shares.items()}
        text = self.tr(
            "{experience} % of the learning came from experience, {people} % from other "
            "people and {course} % from courses and reading (the 70-20-10 reference)."
        ).format(**shares)
        if s.without_source:
            text += " " + self.tr("{entries} name no source.").format(
                entries=entries_text(s.without_source)
            )
        return text


class SkillsChart(GrowthChart):
    """The most practised skills over time: bigger dots, more entries."""

    key = "skills"

    def title(self) -> str:
        return self.tr("Skills over time")

    def _rows(self) -> list[str]:
        assert self.stats is not None
        return [s.name for s in self.stats.skills[:SKILL_ROWS]]

    def _grid(self) -> tuple[list[Bucket], list[str], dict[tuple[int, str], int]]:
        """Columns, rows (skills) and the entries at (column, skill)."""
        return self.memo("grid", self._make_grid)

    def _make_grid(self) -> tuple[list[Bucket], list[str], dict[tuple[int, str], int]]:
        assert self.stats is not None
        _, spans = month_buckets(self.stats)
        rows = self._rows()
        column = {month: n for n, span in enumerate(spans) for month in span.months}
        counts: dict[tuple[int, str], int] = {}
        for point in self.stats.skills_per_month:
            n = column.get(point.month)
            if n is not None and point.skill in rows:
                counts[n, point.skill] = counts.get((n, point.skill), 0) + point.count
        return spans, rows, counts

    def draw(self, theme: Theme) -> None:
        spans, rows, counts = self._grid()
        top = max(counts.values(), default=1)
        xs, ys, brushes = [], [], []
        self._steps: list[int] = []
        # Twelve steps of size and shade: as readable as any other number of them, and
        # pyqtgraph draws each distinct dot once, not once per dot.
        shades: dict[int, QBrush] = {}
        for (column, skill), count in counts.items():
            step = max(1, round(SKILL_STEPS * count / top))
            if step not in shades:
                color = QColor(theme.accent)
                color.setAlphaF(0.35 + 0.6 * step / SKILL_STEPS)
                shades[step] = pg.mkBrush(color)
            xs.append(column)
            ys.append(len(rows) - 1 - rows.index(skill))
            brushes.append(shades[step])
            self._steps.append(step)
        self._dots = pg.ScatterPlotItem(
            x=xs, y=ys, size=self._sizes(), brush=brushes, pen=pg.mkPen(theme.accent, width=1)
        )
        self.plot.addItem(self._dots)
        if not getattr(self, "_resize_hooked", False):
            self.plot.plotItem.vb.sigResized.connect(self._resize_dots)
            self._resize_hooked = True
        self._ticks("left", [(len(rows) - 1 - n, name) for n, name in enumerate(rows)])
        self._ticks("bottom", *bucket_ticks(spans))
        self.plot.setYRange(-0.7, max(len(rows), 1) - 0.3, padding=0)
        self.plot.setXRange(-0.7, max(len(spans), 1) - 0.3, padding=0)
        self.plot.plotItem.showGrid(x=True, y=True, alpha=0.1)

    def _sizes(self) -> list[int]:
        """Dot sizes in pixels: the biggest fills its cell, however many columns there are."""
        spans, rows, _ = self._grid()
        rect = self.plot.plotItem.vb.boundingRect()
        cell = min(rect.width() / max(len(spans), 1), rect.height() / max(len(rows), 1))
        biggest = max(6.0, min(30.0, 0.92 * cell))
        return [round(max(4.0, biggest * math.sqrt(s / SKILL_STEPS))) for s in self._steps]

    def _resize_dots(self) -> None:
        dots = getattr(self, "_dots", None)
        if dots is not None and self.stats is not None and len(self._steps) == len(dots.data):
            dots.setSize(self._sizes())

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        spans, rows, counts = self._grid()
        column, row = round(x), len(rows) - 1 - round(y)
        if not (0 <= column < len(spans) and 0 <= row < len(rows)):
            return None
        if abs(x - column) > 0.4 or abs(y - round(y)) > 0.4:
            return None
        span, skill = spans[column], rows[row]
        start, end = _clip(self.stats.period, span.start, span.end)
        text = f"{skill}, {span.long_label}: {entries_text(counts.get((column, skill), 0))}"
        return text, Filters(skill=skill, date_from=start, date_to=end)

    def summary(self) -> str:
        assert self.stats is not None
        skills = self.stats.skills
        if not skills:
            return self.tr("No skills were named in this period.")
        return self.tr(
            "The skill practised most was {skill} ({entries}); {count} skills appear in all."
        ).format(
            skill=skills[0].name,
            entries=entries_text(skills[0].count),
            count=len({p.skill for p in self.stats.skills_per_month}),
        )


class FlowChart(GrowthChart):
    """Learned from colleagues vs knowledge shared, side by side per month (or quarter)."""

    key = "flow"

    def title(self) -> str:
        return self.tr("Learned from others and shared with others")

    def _series(self) -> tuple[list[Bucket], list[tuple[int, int]]]:
        """Columns and (learned, shared) in each."""
        return self.memo("series", self._make_series)

    def _make_series(self) -> tuple[list[Bucket], list[tuple[int, int]]]:
        assert self.stats is not None
        _, spans = month_buckets(self.stats)
        learned, shared = Kind.LEARNED_FROM.value, Kind.SHARED_KNOWLEDGE.value
        counts = []
        for span in spans:
            sums = month_sums(self.stats, span)
            counts.append((sums.get(learned, 0), sums.get(shared, 0)))
        return spans, counts

    def draw(self, theme: Theme) -> None:
        spans, counts = self._series()
        for offset, kind, values in (
            (-0.18, Kind.LEARNED_FROM, [c[0] for c in counts]),
            (0.18, Kind.SHARED_KNOWLEDGE, [c[1] for c in counts]),
        ):
            bars = pg.BarGraphItem(
                x=[n + offset for n in range(len(spans))],
                height=values,
                width=0.34,
                brush=pg.mkBrush(kind_color(kind.value)),
                pen=pg.mkPen(None),
            )
            self.plot.addItem(bars)
        self._legend(
            [
                (kind_color(Kind.LEARNED_FROM.value), self.tr("Learned from a colleague")),
                (kind_color(Kind.SHARED_KNOWLEDGE.value), self.tr("Knowledge I shared")),
            ]
        )
        top = max((max(c) for c in counts), default=0)
        self.plot.setYRange(0, max(3, top) * 1.1, padding=0)
        self._count_ticks(max(3, top))
        self.plot.setXRange(-0.7, max(len(spans), 1) - 0.3, padding=0)
        self._ticks("bottom", *bucket_ticks(spans))
        self.plot.plotItem.showGrid(y=True, alpha=0.15)

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        spans, counts = self._series()
        index = round(x)
        if not 0 <= index < len(spans) or abs(x - index) > 0.4:
            return None
        span, (learned, shared) = spans[index], counts[index]
        kind = Kind.LEARNED_FROM if x < index else Kind.SHARED_KNOWLEDGE
        start, end = _clip(self.stats.period, span.start, span.end)
        text = self.tr("{month}: learned from others {learned}, shared {shared}").format(
            month=span.long_label, learned=learned, shared=shared
        )
        return text, Filters(kind=kind, date_from=start, date_to=end)

    def summary(self) -> str:
        assert self.stats is not None
        learned = sum(f.learned for f in self.stats.flow_per_month)
        shared = sum(f.shared for f in self.stats.flow_per_month)
        if not learned and not shared:
            return self.tr("No entries about learning from or sharing with colleagues yet.")
        return self.tr(
            "You wrote {learned} about learning from a colleague and {shared} about knowledge "
            "you shared."
        ).format(learned=entries_text(learned), shared=entries_text(shared))


class MoodChart(GrowthChart):
    """Average mood per week (per month or quarter over years); only shown when moods
    were recorded."""

    key = "mood"

    def title(self) -> str:
        unit = self._series()[0] if self.stats else "week"
        return {
            "week": self.tr("Mood, week by week"),
            "month": self.tr("Mood, month by month"),
            "quarter": self.tr("Mood, quarter by quarter"),
            "year": self.tr("Mood, year by year"),
        }[unit]

    def is_relevant(self) -> bool:
        return bool(self.stats and self.stats.mood_recorded)

    def _series(self) -> tuple[str, list[Bucket], list[tuple[float, int] | None]]:
        """The unit, its spans and (average, moods recorded) in each (None: no mood)."""
        return self.memo("series", self._make_series)

    def _make_series(self) -> tuple[str, list[Bucket], list[tuple[float, int] | None]]:
        assert self.stats is not None
        s = self.stats
        if s.period.days <= MOOD_WEEKS_UP_TO_DAYS:
            spans = [
                Bucket(
                    w.week_start,
                    w.week_start + dt.timedelta(days=6),
                    QLocale().toString(
                        QDate(w.week_start.year, w.week_start.month, w.week_start.day), "d MMM"
                    ),
                    day_text(w.week_start),
                )
                for w in s.per_week
            ]
            weekly = {m.week_start: (m.average, m.count) for m in s.mood_per_week}
            return "week", spans, [weekly.get(b.start) for b in spans]
        unit, spans = month_buckets(s)
        monthly = {m.month: m for m in s.mood_per_month}
        values: list[tuple[float, int] | None] = []
        for span in spans:
            inside = [monthly[m] for m in span.months if m in monthly]
            count = sum(m.count for m in inside)
            values.append(
                (sum(m.average * m.count for m in inside) / count, count) if count else None
            )
        return unit, spans, values

    def draw(self, theme: Theme) -> None:
        unit, spans, values = self._series()
        xs = [n for n, v in enumerate(values) if v is not None]
        ys = [v[0] for v in values if v is not None]
        self.plot.plot(
            xs,
            ys,
            pen=pg.mkPen(theme.accent, width=2),
            symbol="o",
            symbolSize=7,
            symbolBrush=pg.mkBrush(theme.accent),
            symbolPen=pg.mkPen(theme.background),
        )
        self._ticks("left", [(v, str(v)) for v in range(1, 6)])
        if unit == "week":
            self._ticks(
                "bottom",
                [(n, b.label) for n, b in enumerate(spans)],
                every=math.ceil(len(spans) / 10),
            )
        else:
            self._ticks("bottom", *bucket_ticks(spans))
        self.plot.setYRange(0.6, 5.4, padding=0)
        self.plot.setXRange(-0.7, max(len(spans), 1) - 0.3, padding=0)
        self.plot.plotItem.showGrid(y=True, alpha=0.15)

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        unit, spans, values = self._series()
        index = round(x)
        if not 0 <= index < len(spans):
            return None
        span, value = spans[index], values[index]
        start, end = _clip(self.stats.period, span.start, span.end)
        if unit == "week":
            if value is None:
                text = self.tr("Week of {date}: no mood recorded").format(date=span.long_label)
            else:
                text = self.tr("Week of {date}: average mood {average:.1f} ({entries})").format(
                    date=span.long_label, average=value[0], entries=entries_text(value[1])
                )
        elif value is None:
            text = self.tr("{span}: no mood recorded").format(span=span.long_label)
        else:
            text = self.tr("{span}: average mood {average:.1f} ({entries})").format(
                span=span.long_label, average=value[0], entries=entries_text(value[1])
            )
        return text, Filters(date_from=start, date_to=end)

    def summary(self) -> str:
        assert self.stats is not None
        moods = self.stats.mood_per_week
        if not moods:
            return self.tr("No mood was recorded in this period.")
        total = sum(m.count for m in moods)
        average = sum(m.average * m.count for m in moods) / total
        lowest = min(moods, key=lambda m: (m.average, m.week_start))
        return self.tr(
            "Average mood {average:.1f} of 5 over {weeks} weeks with a mood; the lowest was the "
            "week of {week}."
        ).format(average=average, weeks=len(moods), week=day_text(lowest.week_start))


CHARTS: dict[str, type[GrowthChart]] = {
    chart.key: chart
    for chart in (ActivityChart, KindsChart, SourcesChart, SkillsChart, FlowChart, MoodChart)
}


def chart_class(name: str) -> type[GrowthChart]:
    chart = CHARTS.get(name.strip().lower())
    if chart is None:
        raise InvalidInput(
            f"There is no chart called {name!r}. Choose one of: {', '.join(CHARTS)}."
        )
    return chart


def export_chart(
    name: str,
    stats: GrowthStats,
    path: Path,
    width: int = DEFAULT_SIZE.width(),
    height: int = DEFAULT_SIZE.height(),
) -> None:
    """Write one chart as PNG or SVG (by the file's extension), light as on paper."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise InvalidInput(
            f"reflekt can write charts as .png or .svg, not {suffix or 'a file without one'}. "
            "Name the output file like chart.png or chart.svg."
        )
    private_files.check_target(path)  # never the journal, a backup, a device or a pipe
    chart = paper_chart(name, stats)
    try:
        if suffix == ".svg":
            data = chart.svg_bytes(width, height)
        else:
            data = chart.png_bytes(width, height)
    finally:
        chart.deleteLater()
    # Private (0600), through a random temporary name renamed into place.
    private_files.write_private(path, data)


def paper_chart(name: str, stats: GrowthStats) -> GrowthChart:
    """A chart off screen in the light palette, ready to export."""
    chart = chart_class(name)()
    chart.setPalette(light_palette())
    chart.set_stats(stats)
    return chart


# Laid out about as large as they are printed (so text keeps its size on paper), painted
# at twice the pixels so they stay sharp when printed or zoomed.
PAPER_SIZES = {"activity": QSize(640, 170)}
PAPER_SIZE = QSize(640, 300)
PAPER_SCALE = 2.0


def report_charts(
    stats: GrowthStats, *, include_mood: bool
) -> list[tuple[str, str, str, bytes, QSize]]:
    """(key, title, summary, PNG, size on paper) for every chart with something to show."""
    result = []
    for key in CHARTS:
        if key == "mood" and not include_mood:
            continue
        chart = paper_chart(key, stats)
        try:
            if chart.is_relevant():
                size = PAPER_SIZES.get(key, PAPER_SIZE)
                png = chart.png_bytes(size.width(), size.height(), PAPER_SCALE)
                result.append((key, chart.title(), chart.summary(), png, size))
        finally:
            chart.deleteLater()
    return result


__all__ = [
    "CHARTS",
    "GrowthChart",
    "chart_class",
    "export_chart",
    "paper_chart",
    "report_charts",
]
