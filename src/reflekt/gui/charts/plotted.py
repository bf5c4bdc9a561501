"""Charts drawn with pyqtgraph: the skills' dots, the learning flow and the mood line.

This is the only module that imports pyqtgraph, and nothing imports it at start-up: the
growth view loads it when it is first opened. PySide6 is imported first so that
pyqtgraph binds to it. (pyqtgraph 0.14's SVG exporter fails with PySide6 6.12, so the
base class writes SVG through ``QSvgGenerator``.)
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6, so that pyqtgraph uses it)

from reflekt.core.models import Filters, Kind
from reflekt.gui.charts.base import GrowthChart, Theme, column_at
from reflekt.gui.charts.buckets import (
    Bucket,
    bucket_ticks,
    clip,
    flow_series,
    mood_series,
    skill_grid,
)
from reflekt.gui.charts.labels import LocalNumber, day_text, entries_text
from reflekt.gui.charts.legend import LegendItem, kind_pattern
from reflekt.gui.charts.reading import Point
from reflekt.gui.theme import kind_color

pg.setConfigOptions(antialias=True, useOpenGL=False)
SKILL_STEPS = 12


class PlottedChart(GrowthChart):
    """A chart on a pyqtgraph plot, built when it is first shown (a plot is costly)."""

    @property
    def plot(self) -> pg.PlotWidget:
        """The pyqtgraph plot (built and drawn on first use for a lazy chart)."""
        view = self.view()
        assert isinstance(view, pg.PlotWidget)
        return view

    def make_view(self) -> QWidget:
        # No menus: they offer the SVG exporter that fails, and building them is a third
        # of what a plot costs.
        plot = pg.PlotWidget(parent=self, enableMenu=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.plotItem.vb.setMouseEnabled(False, False)
        plot.setMinimumHeight(120)
        plot.scene().sigMouseMoved.connect(self._moved)
        plot.scene().sigMouseClicked.connect(self._clicked)
        return plot

    def surface(self) -> QWidget:
        return self.plot.viewport()

    def tooltip_widget(self) -> QWidget:
        return self.plot

    def lay_out(self) -> None:
        self.plot.plotItem.layout.activate()

    def begin_draw(self, theme: Theme) -> None:
        plot = self.plot
        plot.clear()
        item = plot.plotItem
        plot.setBackground(theme.background)
        font = self.tick_font()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.foreground))
            axis.setStyle(tickFont=font)
            axis.setTicks(None)
        item.showGrid(x=False, y=False)

    def set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        self.plot.plotItem.getAxis(axis).setTicks([ticks, []])

    def view_point(self, pos: QPointF) -> QPointF | None:
        return self._scene_to_data(self.plot.mapToScene(pos.toPoint()))

    def widget_point(self, x: float, y: float) -> QPointF:
        scene = self.plot.plotItem.vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.plot.mapFromScene(scene))

    def _scene_to_data(self, scene_pos: QPointF) -> QPointF | None:
        vb = self.plot.plotItem.vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    # pyqtgraph reports the mouse in scene coordinates; the base class works on the
    # viewport, which shows the scene one to one.
    def _moved(self, scene_pos: QPointF) -> None:
        self.hover_at(QPointF(self.plot.mapFromScene(scene_pos)))

    def _clicked(self, event: object) -> None:
        self.click_at(QPointF(self.plot.mapFromScene(event.scenePos())))  # type: ignore[attr-defined]


class SkillsChart(PlottedChart):
    """The most practised skills over time: bigger dots, more entries."""

    key = "skills"

    def title(self) -> str:
        return self.tr("Skills over time")

    def _grid(self) -> tuple[list[Bucket], list[str], dict[tuple[int, str], int]]:
        """Columns, rows (skills) and the entries at (column, skill)."""
        return self.memo("grid", lambda: skill_grid(self._stats()))

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

    def points(self) -> list[Point]:
        spans, rows, _ = self._grid()
        return [
            Point(c, y, (c - 0.45, y - 0.45, c + 0.45, y + 0.45))
            for y in range(len(rows) - 1, -1, -1)
            for c in range(len(spans))
        ]

    def steps(self) -> tuple[int, int]:
        return 1, max(1, len(self._grid()[0]))  # Down: the same column, the next skill

    def table(self) -> tuple[list[str], list[list[str]]]:
        spans, rows, counts = self._grid()
        headers = [self.tr("Skill"), *(span.long_label for span in spans)]
        return headers, [
            [skill, *(str(counts.get((c, skill), 0)) for c in range(len(spans)))] for skill in rows
        ]

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        spans, rows, counts = self._grid()
        column, row = round(x), len(rows) - 1 - round(y)
        if not (0 <= column < len(spans) and 0 <= row < len(rows)):
            return None
        if abs(x - column) > 0.4 or abs(y - round(y)) > 0.4:
            return None
        span, skill = spans[column], rows[row]
        start, end = clip(self.stats.period, span.start, span.end)
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


class FlowChart(PlottedChart):
    """Learned from colleagues vs knowledge shared, side by side per month (or quarter)."""

    key = "flow"

    def title(self) -> str:
        return self.tr("Learned from others and shared with others")

    def _series(self) -> tuple[list[Bucket], list[tuple[int, int]]]:
        """Columns and (learned, shared) in each."""
        return self.memo("series", lambda: flow_series(self._stats()))

    def draw(self, theme: Theme) -> None:
        spans, counts = self._series()
        for offset, kind, values in (
            (-0.18, Kind.LEARNED_FROM, [c[0] for c in counts]),
            (0.18, Kind.SHARED_KNOWLEDGE, [c[1] for c in counts]),
        ):
            # The kind's colour, and its pattern over it (as in the legend).
            for brush in (
                pg.mkBrush(kind_color(kind.value)),
                QBrush(theme.background, kind_pattern(kind.value)),
            ):
                bars = pg.BarGraphItem(
                    x=[n + offset for n in range(len(spans))],
                    height=values,
                    width=0.34,
                    brush=brush,
                    pen=pg.mkPen(None),
                )
                self.plot.addItem(bars)
        self._legend(
            [
                LegendItem(kind_color(kind.value), text, kind_pattern(kind.value))
                for kind, text in (
                    (Kind.LEARNED_FROM, self.tr("Learned from a colleague")),
                    (Kind.SHARED_KNOWLEDGE, self.tr("Knowledge I shared")),
                )
            ]
        )
        top = max((max(c) for c in counts), default=0)
        self.plot.setYRange(0, max(3, top) * 1.1, padding=0)
        self._count_ticks(max(3, top))
        self.plot.setXRange(-0.7, max(len(spans), 1) - 0.3, padding=0)
        self._ticks("bottom", *bucket_ticks(spans))
        self.plot.plotItem.showGrid(y=True, alpha=0.15)

    def points(self) -> list[Point]:
        counts = self._series()[1]
        top = max(3, max((max(c) for c in counts), default=0))
        # At the first bar: Enter lists what was learned from colleagues in that column.
        return [Point(n - 0.18, 0, (n - 0.4, 0, n + 0.4, top)) for n in range(len(counts))]

    def table(self) -> tuple[list[str], list[list[str]]]:
        spans, counts = self._series()
        headers = [
            self.tr("Period"),
            self.tr("Learned from a colleague"),
            self.tr("Knowledge I shared"),
        ]
        return headers, [
            [span.long_label, str(learned), str(shared)]
            for span, (learned, shared) in zip(spans, counts, strict=True)
        ]

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        spans, counts = self._series()
        index = column_at(x, len(spans))
        if index is None:
            return None
        span, (learned, shared) = spans[index], counts[index]
        kind = Kind.LEARNED_FROM if x < index else Kind.SHARED_KNOWLEDGE
        start, end = clip(self.stats.period, span.start, span.end)
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


class MoodChart(PlottedChart):
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
        return self.memo("series", lambda: mood_series(self._stats()))

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

    def points(self) -> list[Point]:
        values = self._series()[2]
        return [
            Point(n, v[0], (n - 0.3, v[0] - 0.3, n + 0.3, v[0] + 0.3))
            if v is not None
            else Point(n, 3.0, (n - 0.3, 0.7, n + 0.3, 5.3))
            for n, v in enumerate(values)
        ]

    def table(self) -> tuple[list[str], list[list[str]]]:
        _, spans, values = self._series()
        headers = [self.tr("Period"), self.tr("Average mood (1–5)"), self.tr("Moods recorded")]
        return headers, [
            [span.long_label, f"{LocalNumber(v[0]):.1f}", str(v[1])]
            if v
            else [span.long_label, "–", "0"]
            for span, v in zip(spans, values, strict=True)
        ]

    def hit(self, x: float, y: float) -> tuple[str, Filters | None] | None:
        assert self.stats is not None
        unit, spans, values = self._series()
        index = round(x)
        if not 0 <= index < len(spans):
            return None
        span, value = spans[index], values[index]
        start, end = clip(self.stats.period, span.start, span.end)
        if unit == "week":
            if value is None:
                text = self.tr("Week of {date}: no mood recorded").format(date=span.long_label)
            else:
                text = self.tr("Week of {date}: average mood {average:.1f} ({entries})").format(
                    date=span.long_label,
                    average=LocalNumber(value[0]),
                    entries=entries_text(value[1]),
                )
        elif value is None:
            text = self.tr("{span}: no mood recorded").format(span=span.long_label)
        else:
            text = self.tr("{span}: average mood {average:.1f} ({entries})").format(
                span=span.long_label, average=LocalNumber(value[0]), entries=entries_text(value[1])
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
        ).format(average=LocalNumber(average), weeks=len(moods), week=day_text(lowest.week_start))
