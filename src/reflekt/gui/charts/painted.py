"""Charts painted with QPainter on a plain widget: bars and calendar cells need no plot
library, and such a chart costs next to nothing to create and draw."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reflekt.core import stats as core_stats
from reflekt.core.models import Filters, Kind, Source
from reflekt.gui.charts.base import GrowthChart, Theme, column_at
from reflekt.gui.charts.buckets import Bucket, bucket_ticks, clip, kinds_series
from reflekt.gui.charts.labels import day_text, entries_text, kind_name, month_text, source_name
from reflekt.gui.charts.legend import LegendItem, fill, kind_pattern
from reflekt.gui.charts.reading import Point
from reflekt.gui.theme import KIND_COLORS, kind_color

# The sources borrow three kinds' colours (3:1 on both themes' fields).
SOURCE_COLORS: dict[str, str] = {
    "experience": KIND_COLORS["lesson"],
    "people": KIND_COLORS["learned-from"],
    "course": KIND_COLORS["mistake"],
}


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
    """A chart painted with QPainter on its canvas.

    Subclasses set the data ranges and axis ticks in ``draw()`` (called on every redraw)
    and paint their marks in ``paint_marks()``; hit testing works in the same data
    coordinates as for the plotted charts.
    """

    def __init__(self, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        self._x_range = (0.0, 1.0)
        self._y_range = (0.0, 1.0)
        self._axis_ticks: dict[str, list[tuple[float, str]]] = {"left": [], "bottom": []}
        self._axis_lines = True
        self._grid_alpha = 0.0
        self._theme: Theme | None = None
        self._generation = 0  # counts redraws: the axes' labels may have changed
        self._area_memo: tuple[tuple[int, int, int], QRectF] | None = None
        super().__init__(parent, lazy=False)  # nothing to put off: it is cheap

    def make_view(self) -> QWidget:
        return _Canvas(self)

    def begin_draw(self, theme: Theme) -> None:
        self._theme = theme
        self._axis_ticks = {"left": [], "bottom": []}
        self._grid_alpha = 0.0
        self._axis_lines = True

    def end_draw(self) -> None:
        self._generation += 1
        self.view().update()

    # -- axes and coordinates ----------------------------------------------------

    def set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        self._axis_ticks[axis] = ticks

    def _area(self) -> QRectF:
        """Where the data are drawn on the canvas (the rest holds the axes' labels)."""
        key = (self.view().width(), self.view().height(), self._generation)
        if self._area_memo is None or self._area_memo[0] != key:
            self._area_memo = (key, self._make_area())
        return self._area_memo[1]

    def _make_area(self) -> QRectF:
        metrics = QFontMetricsF(self.tick_font())
        left_labels = [label for _, label in self._axis_ticks["left"]]
        left = max((metrics.horizontalAdvance(t) for t in left_labels), default=0.0) + 14
        bottom = metrics.height() + 10 if self._axis_ticks["bottom"] else 8
        rect = QRectF(self.view().rect())
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

    def view_point(self, pos: QPointF) -> QPointF | None:
        area = self._area()
        if not area.contains(pos):
            return None
        (x0, x1), (y0, y1) = self._x_range, self._y_range
        return QPointF(
            x0 + (pos.x() - area.left()) / area.width() * (x1 - x0),
            y0 + (area.bottom() - pos.y()) / area.height() * (y1 - y0),
        )

    def bar_rect(self, x: float, width: float, y0: float, y1: float) -> QRectF:
        """The rectangle of a bar centred on ``x``, from ``y0`` up to ``y1`` (data units)."""
        a, b, c, d = self._mapping()
        left, right = a + b * (x - width / 2), a + b * (x + width / 2)
        top, bottom = c - d * max(y0, y1), c - d * min(y0, y1)
        return QRectF(left, top, right - left, bottom - top)

    # -- painting ---------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        if self.stats is None:
            return
        theme = self._theme or Theme.of(self)
        painter.fillRect(self.view().rect(), theme.background)
        area = self._area()
        font = self.tick_font()
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
            left = min(max(0.0, x - width / 2), self.view().width() - width)
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
        """Paint the chart's own marks inside the data area (axes are painted around)."""


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
        levels = len(theme.levels)
        cells: list[tuple[int, int, QColor, bool]] = []
        for column, weekday, day in self._days():
            count = s.per_day.get(day, 0)
            level = min(levels - 1, math.ceil(levels * count / max(top, 1)) - 1) if count else -1
            color = theme.levels[level] if level >= 0 else theme.empty
            # The year around the period stays visible, in smaller squares: the shades
            # keep their contrast, and the period stands out by its size, not a paler colour.
            cells.append((column, 6 - weekday, color, s.period.contains(day)))
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
        self._legend(self._shades_legend(theme, top))
        columns = (s.heatmap.days + 6) // 7
        self._x_range = (-0.6, columns - 0.4)
        self._y_range = (-0.6, 6.6)

    def _shades_legend(self, theme: Theme, top: int) -> list[LegendItem]:
        """What each shade stands for, in entries a day (a shade holds the counts above
        its share of the busiest day up to the next)."""
        items = [LegendItem(theme.empty, self.tr("No entries"), outlined=True)]
        levels = len(theme.levels)
        for level, color in enumerate(theme.levels):
            low, high = level * top // levels + 1, (level + 1) * top // levels
            if low > high:
                continue  # few entries a day: fewer shades in use
            text = (
                entries_text(low)
                if low == high
                else self.tr("%1–%2 entries").replace("%1", str(low)).replace("%2", str(high))
            )
            items.append(LegendItem(color, text))
        return items

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        # Days stay square whatever the chart's shape.
        across, up = self._scale()
        side = max(3.0, 0.86 * min(across, up))
        painter.setPen(Qt.PenStyle.NoPen)
        side = round(side)  # whole pixels: crisp edges, and every day the same size
        small = max(2, round(side * 0.6))
        a, b, c, d = self._mapping()
        for column, row, color, inside in self._cells:
            size = side if inside else small
            painter.fillRect(
                QRect(round(a + b * column - size / 2), round(c - d * row - size / 2), size, size),
                color,
            )

    def points(self) -> list[Point]:
        return [
            Point(column, 6 - weekday, (column - 0.5, 5.5 - weekday, column + 0.5, 6.5 - weekday))
            for column, weekday, _ in self._days()
        ]

    def steps(self) -> tuple[int, int]:
        return 7, 1  # Right: a week later (the next column); Down: the next day

    def table(self) -> tuple[list[str], list[list[str]]]:
        per_day = self._stats().per_day
        return [self.tr("Day"), self.tr("Entries")], [
            [day_text(day, with_weekday=True), str(per_day.get(day, 0))]
            for _, _, day in self._days()
        ]

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
        return self.memo("series", lambda: kinds_series(self._stats()))

    def draw(self, theme: Theme) -> None:
        _, spans, counts = self._series()
        kinds = [k.value for k in Kind if any(c.get(k.value) for c in counts)]
        self._kinds = kinds
        self._legend(
            [LegendItem(kind_color(kind), kind_name(kind), kind_pattern(kind)) for kind in kinds]
        )
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
                    rect = self.bar_rect(n, 0.72, base, base + height)
                    fill(painter, rect, colors[kind], kind_pattern(kind), theme.background)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)
                    base += height

    def points(self) -> list[Point]:
        counts = self._series()[2]
        top = max(4, max((sum(c.values()) for c in counts), default=0))
        # y below the bars: the whole column, every kind in it.
        return [Point(n, -1.0, (n - 0.4, 0, n + 0.4, top)) for n in range(len(counts))]

    def table(self) -> tuple[list[str], list[list[str]]]:
        _, spans, counts = self._series()
        kinds = [k.value for k in Kind if any(c.get(k.value) for c in counts)]
        headers = [self.tr("Period"), self.tr("Entries"), *(kind_name(k) for k in kinds)]
        rows = [
            [span.long_label, str(sum(count.values())), *(str(count.get(k, 0)) for k in kinds)]
            for span, count in zip(spans, counts, strict=True)
        ]
        return headers, rows

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        _, spans, counts = self._series()
        index = column_at(x, len(spans))
        if index is None:
            return None
        span, count = spans[index], counts[index]
        start, end = clip(self.stats.period, span.start, span.end)
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
                *(LegendItem(QColor(SOURCE_COLORS[s]), source_name(s)) for s in sources),
                LegendItem(self._reference_fill(theme), self.tr("70-20-10 reference"), dashed=True),
            ]
        )
        self._ticks("bottom", [(n, source_name(s)) for n, s in enumerate(sources)])
        self._ticks("left", [(v, f"{v} %") for v in range(0, 101, 20)])
        self._y_range = (0.0, 110.0)
        self._x_range = (-0.6, 2.6)

    @staticmethod
    def _reference_fill(theme: Theme) -> QColor:
        color = QColor(theme.muted)
        color.setAlphaF(0.35)
        return color

    def points(self) -> list[Point]:
        return [Point(n, 50, (n - 0.4, 0, n + 0.4, 106)) for n in range(len(Source))]

    def table(self) -> tuple[list[str], list[list[str]]]:
        s = self._stats()
        sources, mine, reference = self._values()
        headers = [
            self.tr("Source"),
            self.tr("Entries"),
            self.tr("Share"),
            self.tr("70-20-10 reference"),
        ]
        rows = [
            [source_name(source), str(s.by_source[source]), f"{share:.0f} %", f"{ref:.0f} %"]
            for source, share, ref in zip(sources, mine, reference, strict=True)
        ]
        return headers, rows

    def paint_marks(self, painter: QPainter, theme: Theme) -> None:
        sources, mine, reference = self._values()
        ref_fill = self._reference_fill(theme)
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
        index = column_at(x, len(Source))
        if index is None:
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
