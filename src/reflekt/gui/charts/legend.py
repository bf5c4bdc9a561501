"""A chart's legend: a swatch and a name per series, wrapping to the chart's width.

Colour is never the only sign: each swatch is painted with the series' pattern too (the
same brush the chart fills its bars with) and, for a reference, a dashed outline.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Patterns per kind of entry, drawn over the kind's colour in the background's colour.
# Eight kinds, eight patterns; the most common kinds get the plainest ones.
KIND_PATTERNS: dict[str, Qt.BrushStyle] = {
    "reflection": Qt.BrushStyle.SolidPattern,
    "lesson": Qt.BrushStyle.BDiagPattern,
    "mistake": Qt.BrushStyle.HorPattern,
    "learned-from": Qt.BrushStyle.FDiagPattern,
    "shared-knowledge": Qt.BrushStyle.CrossPattern,
    "goal-note": Qt.BrushStyle.VerPattern,
    "til": Qt.BrushStyle.DiagCrossPattern,
    "review": Qt.BrushStyle.Dense6Pattern,
}


def kind_pattern(kind: str) -> Qt.BrushStyle:
    return KIND_PATTERNS.get(kind, Qt.BrushStyle.SolidPattern)


def fill(
    painter: QPainter, rect: QRectF, color: QColor, pattern: Qt.BrushStyle, over: QColor
) -> None:
    """``rect`` in ``color``, with ``pattern`` drawn over it in ``over``."""
    painter.fillRect(rect, color)
    if pattern != Qt.BrushStyle.SolidPattern:
        painter.save()
        painter.setBrushOrigin(rect.topLeft())
        painter.fillRect(rect, QBrush(over, pattern))
        painter.restore()


@dataclasses.dataclass(frozen=True)
class LegendItem:
    color: QColor
    text: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
    dashed: bool = False  # a reference, not a count: outlined with a dashed line
    outlined: bool = False  # a swatch close to the background (an empty day) gets an edge


class Legend(QWidget):
    """The items in a row that wraps; its accessible description names every item."""

    SWATCH = 14
    GAP = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[LegendItem] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setContentsMargins(8, 0, 8, 4)
        self.setAccessibleName(self.tr("Legend"))

    def set_items(self, items: list[LegendItem]) -> None:
        self.items = items
        self.setAccessibleDescription(", ".join(item.text for item in items))
        self.setVisible(bool(items))
        self.updateGeometry()
        self.update()

    def _places(self, width: int) -> tuple[list[QRectF], float]:
        """Each item's box for ``width``, and the height they need."""
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        left, right = margins.left(), width - margins.right()
        line = max(metrics.height(), self.SWATCH) + 4
        x, y, boxes = float(left), float(margins.top()), []
        for item in self.items:
            w = self.SWATCH + 6 + metrics.horizontalAdvance(item.text)
            if x > left and x + w > right:
                x, y = float(left), y + line
            boxes.append(QRectF(x, y, w, line))
            x += w + self.GAP
        return boxes, (y + line + margins.bottom() if self.items else 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self._places(width)[1])

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(50, self.heightForWidth(max(self.width(), 200)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            background = self.palette().color(QPalette.ColorRole.Base)
            text = self.palette().color(QPalette.ColorRole.Text)
            boxes, _ = self._places(self.width())
            for item, box in zip(self.items, boxes, strict=True):
                swatch = QRectF(
                    box.left(), box.center().y() - self.SWATCH / 2, self.SWATCH, self.SWATCH
                )
                fill(painter, swatch, item.color, item.pattern, background)
                if item.dashed or item.outlined:
                    style = Qt.PenStyle.DashLine if item.dashed else Qt.PenStyle.SolidLine
                    painter.setPen(QPen(text, 1, style))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(swatch.adjusted(0.5, 0.5, -0.5, -0.5))
                painter.setPen(text)
                painter.drawText(
                    box.adjusted(self.SWATCH + 6, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    item.text,
                )
        finally:
            painter.end()
