"""Reading a chart without a mouse: its points in order, the marker on the one being read,
the focus ring, and the chart's numbers as a table.

A chart lists its ``points`` (data coordinates and the box each one takes); the arrow
keys step through them, and each step names the point in the chart's accessible name
(a screen reader speaks the change) and in a line under the chart, with a marker round
the point (for people who see the screen). ``ChartTable`` shows the same numbers as ``GrowthChart.table``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflekt.gui import plaintext

if TYPE_CHECKING:
    from reflekt.gui.charts.base import GrowthChart


@dataclasses.dataclass(frozen=True)
class Point:
    """One thing a chart shows (a day, a bar, a dot): where ``hit`` finds it and the box
    (x0, y0, x1, y1, in data coordinates) the marker goes round."""

    x: float
    y: float
    box: tuple[float, float, float, float]


def spoken(text: str) -> str:
    """A tooltip's lines as one sentence a screen reader can speak."""
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


class Marker(QWidget):
    """Painted over a chart's surface: the focus ring while the chart has focus, and a
    box round the point being read. Transparent to the mouse."""

    def __init__(self, chart: GrowthChart, surface: QWidget) -> None:
        super().__init__(surface)
        self.chart = chart
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(surface.rect())
        surface.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def follow(self) -> None:
        """Show (and repaint) while the chart has focus or a point is being read."""
        wanted = self.chart.hasFocus() or self.chart.current_point() is not None
        self.setVisible(wanted)
        if wanted:
            self.raise_()
            self.update()

    def point_rect(self) -> QRectF | None:
        """The current point's box on the surface, or None."""
        point = self.chart.current_point()
        if point is None:
            return None
        x0, y0, x1, y1 = point.box
        a = self.chart.widget_point(x0, y0)
        b = self.chart.widget_point(x1, y1)
        return QRectF(a, b).normalized().adjusted(-3, -3, 3, 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        from reflekt.gui.charts.base import Theme

        theme = Theme.of(self.chart)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self.chart.hasFocus():
                # The palette's highlight: 3:1 against the chart's background.
                painter.setPen(QPen(theme.highlight, 2))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            box = self.point_rect()
            if box is not None:
                # A ring of the background round the highlight: it stands out on a bar of
                # any colour as on the empty chart.
                painter.setPen(QPen(QColor(theme.background), 5))
                painter.drawRoundedRect(box, 3, 3)
                painter.setPen(QPen(theme.highlight, 2.5))
                painter.drawRoundedRect(box, 3, 3)
        finally:
            painter.end()


class ChartTable(QDialog):
    """A chart's numbers as a table: the same columns a person could read off the chart.

    Esc or Close shuts it; it never changes the journal.
    """

    def __init__(self, chart: GrowthChart) -> None:
        super().__init__(chart.window())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title, summary = chart.described()
        self.setWindowTitle(self.tr("%1 (as a table)").replace("%1", title))
        headers, rows = chart.table()
        self.summary = plaintext.label(summary, self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(summary)
        self.table.setTabKeyNavigation(False)  # Tab moves on to Close, as everywhere else
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)  # plain text: skill names come from outside
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(max(420, min(900, 140 * len(headers))), 420)
        if rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def cells(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def headers(self) -> list[str]:
        return [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
