"""The growth view: a period, a few numbers, and every growth chart with its summary.

Importing this module is cheap: pyqtgraph (through ``reflekt.gui.charts``) is loaded
only when a ``GrowthView`` is created, so the app starts without it.

Nothing here stalls the window: the figures are computed from a connection of their own
on a worker thread (``gui/operations.py``) while a "Preparing…" line shows, and the
charts in view are then built one per event-loop turn. ``ready`` fires once the figures
for the period asked for last are shown and the charts in view are drawn
(``wait_until_ready()`` waits for it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reflekt.core import stats as core_stats
from reflekt.core.journal import Journal
from reflekt.core.periods import Period
from reflekt.core.stats import GrowthStats
from reflekt.gui import access, plaintext

if TYPE_CHECKING:
    from reflekt.gui.charts import GrowthChart

PERIOD_CHOICES = ("3m", "6m", "12m", "talk", "custom")
SLIVER_PX = 24  # less of a chart than this in view shows only the margin above its plot
IDLE_START_MS = 400  # charts out of view are built this long after the view is shown
IDLE_NEXT_MS = 60  # ... one at a time


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _Tile(QFrame):
    """One number with a caption, e.g. "42 entries · +8 compared with before"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("growthTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = plaintext.label(parent=self)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = plaintext.label(parent=self)
        self.caption.setWordWrap(True)
        self.note = plaintext.label(parent=self)
        self.note.setWordWrap(True)
        # Quieter than the caption, 4.5:1 in both themes (not disabled: a screen reader
        # would call it unavailable).
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        for label in (self.number, self.caption, self.note):
            layout.addWidget(label)

    def set(self, number: str, caption: str, note: str = "") -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{caption}: {number}" + (f" ({note})" if note else ""))


class _ChartCard(QFrame):
    """A chart with its title above and its one-sentence summary below."""

    def __init__(self, chart: GrowthChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plaintext.label(parent=self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.summary = plaintext.label(parent=self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The chart's numbers for anyone who cannot (or would rather not) read them off it.
        self.table_button = QPushButton(self.tr("Show as table"), self)
        self.table_button.clicked.connect(self._show_table)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(heading)
        layout.addWidget(chart, 1)
        layout.addWidget(self.summary)
        QWidget.setTabOrder(self.table_button, chart)  # as they read: the button, then the chart

    def _show_table(self) -> None:
        if self.chart.stats is not None:
            self.chart.show_table()

    def refresh(self) -> None:
        title, summary = self.chart.described()
        self.title.setText(title)
        self.summary.setText(summary)
        self.table_button.setAccessibleName(self.tr("Show “%1” as a table").replace("%1", title))
        self.table_button.setEnabled(self.chart.stats is not None)
        self.setVisible(self.chart.is_relevant())


class _Host(QWidget):
    """The charts' grid inside the scroll area; says when its size (so the layout) changed."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class GrowthView(QWidget):
    """Charts of the person's growth for a chosen period.

    Signals:
      ``entriesRequested(Filters)``: a bar or a day was clicked; show those entries.
      ``reportRequested(Period)``: the person wants to prepare a development talk.
      ``periodChanged(Period)``: the period shown changed.
      ``ready()``: the figures asked for last are shown and the charts in view drawn.
    Call ``refresh()`` after the journal changed (e.g. when the view is shown again).
    """

    entriesRequested = Signal(object)
    reportRequested = Signal(object)
    periodChanged = Signal(object)
    ready = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        # Here, not at module level: pyqtgraph loads when the view is first created.
        from reflekt.gui import charts

        self.journal = journal
        self._today = today
        self.stats: GrowthStats | None = None
        self._period = core_stats.default_period(journal, today())
        self._generation = 0  # a newer refresh makes the figures of older ones stale
        self._computing = False
        self._redraw: list[str] = []  # charts drawn with older figures, to redraw

        self.period_box = QComboBox(self)
        self.period_box.setAccessibleName(self.tr("Period"))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._custom_dates_changed)
        self.report_button = QPushButton(self.tr("Prepare for my development talk…"), self)
        self.report_button.clicked.connect(lambda: self.reportRequested.emit(self._period))
        heading = plaintext.label(self.tr("My growth"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)

        self.preparing = plaintext.label(self.tr("Preparing the figures…"), self)
        self.preparing.setAccessibleName(self.tr("Preparing the figures…"))
        self.preparing.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, 4.5:1
        self.preparing.hide()

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.preparing)
        top.addStretch(1)
        period_label = plaintext.label(self.tr("Period:"), self)
        period_label.setBuddy(self.period_box)  # its name for screen readers
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        top.addWidget(self.date_from)
        self.dash = plaintext.label("–", self)
        top.addWidget(self.dash)
        top.addWidget(self.date_to)
        access.buddy(self.tr("From"), self.date_from, top)
        access.buddy(self.tr("To"), self.date_to, top)
        top.addSpacing(12)
        top.addWidget(self.report_button)

        self.tiles = {
            key: _Tile(self) for key in ("entries", "streak", "mistakes", "shared", "learned")
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tiles.addWidget(tile)

        self.charts: dict[str, GrowthChart] = {}
        self.cards: dict[str, _ChartCard] = {}
        grid_host = _Host(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for n, (key, chart_class) in enumerate(charts.CHARTS.items()):
            # Each plot is built and drawn when its card first comes into view: the
            # charts further down cost nothing until the person scrolls to them.
            chart = chart_class(grid_host, lazy=True)
            chart.entriesRequested.connect(self.entriesRequested)
            card = _ChartCard(chart, grid_host)
            self.charts[key] = chart
            self.cards[key] = card
            if key == "activity":
                chart.setMinimumHeight(200)
                grid.addWidget(card, 0, 0, 1, 2)
            else:
                chart.setMinimumHeight(260)
                grid.addWidget(card, 1 + (n - 1) // 2, (n - 1) % 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: each chart is one, and the area scrolls to it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(grid_host)
        self._scroll = scroll
        self._grid = grid
        grid_host.resized.connect(self._realize_visible)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._realize_next)
        self._in_view = QTimer(self)  # the charts in view: one per event-loop turn
        self._in_view.setSingleShot(True)
        self._in_view.setInterval(0)
        self._in_view.timeout.connect(self._next_step)
        scroll.verticalScrollBar().valueChanged.connect(self._realize_visible)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)

        self._fill_period_box()
        self.period_box.currentIndexChanged.connect(self._choice_changed)
        self._set_dates(self._period)
        self.refresh()

    # -- the period ---------------------------------------------------------------

    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show ``period`` (as a custom period unless it matches a choice)."""
        self._set_dates(period)
        self._select("custom")
        self._apply(period)

    def _fill_period_box(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        talk = core_stats.last_talk(self.journal)
        labels = {
            "3m": self.tr("Last 3 months"),
            "6m": self.tr("Last 6 months"),
            "12m": self.tr("Last 12 months"),
            "talk": (
                self.tr("Since my last development talk ({date})").format(
                    date=QLocale().toString(_qdate(talk), QLocale.FormatType.ShortFormat)
                )
                if talk
                else self.tr("Since my last development talk (none recorded yet)")
            ),
            "custom": self.tr("Custom dates"),
        }
        for key in PERIOD_CHOICES:
            self.period_box.addItem(labels[key], key)
        if talk is None:
            # A choice that cannot work stays visible (it explains itself) but not selectable.
            item = self.period_box.model().item(PERIOD_CHOICES.index("talk"))  # type: ignore[attr-defined]
            item.setEnabled(False)
        self.period_box.setCurrentIndex(PERIOD_CHOICES.index(self._matching_choice(self._period)))
        self.period_box.blockSignals(False)
        self._show_dates()

    def _matching_choice(self, period: Period) -> str:
        for key in ("talk", "3m", "6m", "12m"):
            candidate = self._choice_period(key)
            if candidate == period:
                return key
        return "custom"

    def _choice_period(self, key: str) -> Period | None:
        today = self._today()
        if key in ("3m", "6m", "12m"):
            return Period.last_months(int(key[:-1]), today)
        if key == "talk":
            talk = core_stats.last_talk(self.journal)
            return Period(talk + dt.timedelta(days=1), today) if talk and talk < today else None
        return None

    def _select(self, key: str) -> None:
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(PERIOD_CHOICES.index(key))
        self.period_box.blockSignals(False)
        self._show_dates()

    def _show_dates(self) -> None:
        custom = self.period_box.currentData() == "custom"
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)

    def _choice_changed(self) -> None:
        key = self.period_box.currentData()
        self._show_dates()
        period = self._choice_period(key)
        if period is None:  # custom: start from what is shown now
            return
        self._set_dates(period)
        self._apply(period)

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _custom_dates_changed(self) -> None:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if end < start:
            # Typing a date often passes through a moment where the ends cross; follow along.
            end = start
            self._set_dates(Period(start, end))
        # Debounced: stepping a date with the arrow keys should not recompute every step.
        self._pending = Period(start, end)
        QTimer.singleShot(150, self._apply_pending)

    def _apply_pending(self) -> None:
        pending = getattr(self, "_pending", None)
        if pending is not None and pending != self._period:
            self._apply(pending)

    def _apply(self, period: Period) -> None:
        changed = period != self._period
        self._period = period
        self.refresh()
        if changed:
            self.periodChanged.emit(period)

    # -- drawing ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every figure for the current period (off the GUI thread), then
        redraw every chart."""
        from reflekt.gui.operations import second_connection, with_journal
        from reflekt.gui.ready import run_for

        self._generation += 1
        generation = self._generation
        self._computing = True
        self._in_view.stop()
        self._redraw = []
        self.preparing.show()
        period, today = self._period, self._today()
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: core_stats.compute(journal, period, today=today),
        )
        run_for(
            self,
            work,
            on_done=lambda figures: self._show_stats(generation, figures),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show_stats(self, generation: int, figures: GrowthStats) -> None:
        if generation != self._generation:
            return
        self.stats = figures
        # A chart not built yet only takes its new summary; one already drawn is redrawn,
        # one per event-loop turn (six plots redrawn at once would stall the window).
        self._redraw = []
        for key, chart in self.charts.items():
            if chart.realized():
                self._redraw.append(key)
            else:
                chart.set_stats(figures)
                self.cards[key].refresh()
        self._fill_tiles(figures)
        self._computing = False
        self.preparing.hide()
        self._next_step()
        if not self.isVisible() and not self._in_view.isActive():
            self.ready.emit()

    def _next_step(self) -> None:
        """One piece of drawing per event-loop turn: a chart redrawn, else one built."""
        if self._redraw:
            key = self._redraw.pop(0)
            if self.stats is not None:
                self.charts[key].set_stats(self.stats)
                self.cards[key].refresh()
            self._in_view.start()
            return
        self._realize_visible()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from reflekt.gui.operations import show_failure

        self._computing = False
        self.preparing.hide()
        self.ready.emit()
        show_failure(self, exc)

    def is_ready(self) -> bool:
        """True when the figures for the period shown are on screen, charts in view drawn."""
        return not self._computing and not self._in_view.isActive()

    def wait_until_ready(self, timeout_ms: int = 30_000) -> bool:
        """Turn the event loop until the view is ready (for tests)."""
        from reflekt.gui.ready import wait_until

        return wait_until(self.ready, self.is_ready, timeout_ms)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._realize_visible()
        # The charts out of view are built a little after the view is on screen, one at
        # a time, so that scrolling to them later finds them drawn.
        self._idle.start(IDLE_START_MS)

    def _realize_visible(self) -> None:
        """Build and draw a chart in view, one per event-loop turn until all in view are
        (a sliver at the bottom edge waits: it would show only the empty margin above
        the plot)."""
        if not self.isVisible() or self._computing:
            return
        self._grid.activate()
        host = self._scroll.widget()
        viewport = self._scroll.viewport()
        top = self._scroll.verticalScrollBar().value()
        shown = QRect(0, top, viewport.width(), viewport.height())
        for key, chart in self.charts.items():
            if chart.realized() or not self.cards[key].isVisible():
                continue
            place = QRect(chart.mapTo(host, QPoint(0, 0)), chart.size())
            if place.intersected(shown).height() >= SLIVER_PX:
                chart.realize()
                self._in_view.start()  # the next one (if any) on the next turn
                return
        self.ready.emit()

    def _realize_next(self) -> None:
        for key, chart in self.charts.items():
            if not chart.realized() and self.cards[key].isVisible():
                chart.realize()
                self._idle.start(IDLE_NEXT_MS)
                return

    def _fill_tiles(self, s: GrowthStats) -> None:
        change = s.change
        signed = f"+{change}" if change > 0 else ("±0" if change == 0 else f"−{-change}")
        self.tiles["entries"].set(
            str(s.total_entries),
            self.tr("entries"),
            self.tr("{change} compared with the {days} days before").format(
                change=signed, days=s.period.days
            ),
        )
        self.tiles["streak"].set(
            str(s.streak.current),
            self.tr("weeks in a row"),
            self.tr("longest: {longest}").format(longest=s.streak.longest),
        )
        self.tiles["mistakes"].set(str(s.lessons_from_mistakes), self.tr("lessons from mistakes"))
        self.tiles["shared"].set(str(s.shared_count), self.tr("times I shared knowledge"))
        self.tiles["learned"].set(str(s.learned_from_count), self.tr("things learned from others"))

    def summaries(self) -> dict[str, str]:
        """Each shown chart's one-sentence summary (what the report prints under it)."""
        return {key: c.summary() for key, c in self.charts.items() if c.is_relevant()}

    def talk_recorded(self) -> None:
        """Call after the last-talk date changed, so "since my last talk" follows."""
        self._fill_period_box()
