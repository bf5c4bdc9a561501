"""Words and dates the charts show, in the UI language.

Kinds and learning sources are named by the model's own labels (``core.models``), so a
chart says what the editor and the exports say. Nothing here needs a widget.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from reflekt.core.models import KIND_LABELS, SOURCE_LABELS, Kind, Source, label
from reflekt.gui import i18n


def kind_name(kind: str) -> str:
    """The kind's label in the UI language (the value itself for a kind reflekt lacks)."""
    try:
        return label(KIND_LABELS[Kind(kind)], i18n.current())
    except ValueError:
        return kind


def source_name(source: str) -> str:
    """The learning source's label in the UI language, as the editor names it."""
    try:
        return label(SOURCE_LABELS[Source(source)], i18n.current())
    except ValueError:
        return source


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


def short_day_text(day: dt.date) -> str:
    """'3 Mar': a week's label on an axis."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def month_text(month: dt.date, with_year: bool = True) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy" if with_year else "MMM")


def week_of_text(monday: dt.date) -> str:
    """'week of 3 Mar 2026': a week in tooltips and sentences."""
    return QCoreApplication.translate("GrowthChart", "week of {date}").format(date=day_text(monday))


class LocalNumber(float):
    """A number written with the language's decimal sign: "3,2" in Swedish, "3.2" in
    English (a chart text's ``{average:.1f}`` keeps its place in the translations)."""

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        return text.replace(".", QLocale().decimalPoint()) if spec.endswith("f") else text
