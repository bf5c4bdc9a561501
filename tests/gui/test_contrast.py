"""Contrast of the colours reflekt really paints, in the light and the dark theme.

WCAG 2.2: text 4.5:1 against what it is drawn on (1.4.3), marks that carry meaning
(a kind's colour, the star, a heatmap shade, the focus ring) 3:1 (1.4.11). Every colour
is read from where the app takes it: the palette the theme sets, the widgets that set
their own, the row painter's colours and the charts' theme. Nothing is copied here.
"""

from __future__ import annotations

import pytest
from coloraide import Color
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget

from reflekt.core.journal import Journal
from reflekt.core.models import Kind
from reflekt.gui.theme import ERROR_TEXT, apply_theme, meaning_color

TEXT = 4.5
MARK = 3.0
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def ratio(a: QColor, b: QColor) -> float:
    assert a.alpha() == 255 and b.alpha() == 255, "blend before measuring"
    return Color(a.name()).contrast(b.name(), method="wcag21")


def failures(pairs: list[tuple[str, QColor, QColor, float]]) -> list[str]:
    return [
        f"{name}: {fg.name()} on {bg.name()} is {ratio(fg, bg):.2f}:1, needs {need}:1"
        for name, fg, bg, need in pairs
        if ratio(fg, bg) < need
    ]


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    apply_theme(request.param)
    return request.param


def test_the_palettes_text_reads_in_both_themes(theme: str) -> None:
    p = QApplication.palette()
    pairs = [
        ("text in fields", p.color(Role.Text), p.color(Role.Base), TEXT),
        ("text on the window", p.color(Role.WindowText), p.color(Role.Window), TEXT),
        ("button text", p.color(Role.ButtonText), p.color(Role.Button), TEXT),
        ("selected text", p.color(Role.HighlightedText), p.color(Role.Highlight), TEXT),
        ("tooltips", p.color(Role.ToolTipText), p.color(Role.ToolTipBase), TEXT),
        ("placeholders", p.color(Role.PlaceholderText), p.color(Role.Base), TEXT),
        ("links in fields", p.color(Role.Link), p.color(Role.Base), TEXT),
        ("links on the window", p.color(Role.Link), p.color(Role.Window), TEXT),
        ("visited links", p.color(Role.LinkVisited), p.color(Role.Base), TEXT),
        # Quiet but meaningful: notes under the growth figures, other months' days.
        (
            "quiet text on the window",
            p.color(Group.Disabled, Role.WindowText),
            p.color(Role.Window),
            TEXT,
        ),
        ("quiet text in fields", p.color(Group.Disabled, Role.Text), p.color(Role.Base), TEXT),
        ("errors on the window", meaning_color(ERROR_TEXT, p), p.color(Role.Window), TEXT),
        # The focus ring (and a chart's marker) against what it surrounds.
        ("focus ring on fields", p.color(Role.Highlight), p.color(Role.Base), MARK),
        ("focus ring on the window", p.color(Role.Highlight), p.color(Role.Window), MARK),
    ]
    assert failures(pairs) == [], theme


def test_the_calendar_s_weekends_and_other_months_read(qtbot, theme: str) -> None:
    from reflekt.gui.theme import keep_weekends_readable

    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    keep_weekends_readable(calendar)
    p = calendar.palette()
    weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    pairs = [
        ("weekend days", weekend, p.color(Role.Base), TEXT),
        # Qt paints the days of the months before and after in the disabled text colour.
        ("other months' days", p.color(Group.Disabled, Role.Text), p.color(Role.Base), TEXT),
    ]
    assert failures(pairs) == [], theme


def test_the_sidebar_calendar_follows_a_theme_change(qtbot, journal: Journal) -> None:
    from reflekt.gui.sidebar import Sidebar

    apply_theme("light")
    sidebar = Sidebar(journal)
    qtbot.addWidget(sidebar)
    calendar = sidebar.calendar
    light = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    apply_theme("dark")
    qtbot.waitUntil(
        lambda: calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != light
    )
    dark = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert ratio(dark, calendar.palette().color(Role.Base)) >= TEXT
    assert ratio(light, QColor("#ffffff")) >= TEXT


def test_the_entry_list_rows_read_selected_or_not(theme: str) -> None:
    from reflekt.gui.entry_list import EntryDelegate
    from reflekt.gui.theme import kind_color

    p = QApplication.palette()
    pairs = []
    for selected, under in ((False, p.color(Role.Base)), (True, p.color(Role.Highlight))):
        colors = EntryDelegate.colors(p, selected)
        where = "selected row" if selected else "row"
        pairs += [
            (f"title on a {where}", colors["text"], under, TEXT),
            (f"date on a {where}", colors["date"], under, TEXT),
            (f"tags on a {where}", colors["tags"], under, TEXT),
            (f"star on a {where}", colors["star"], under, MARK),
        ]
    colors = EntryDelegate.colors(p, False)
    pairs.append(("the Shareable badge", colors["badge text"], colors["badge"], TEXT))
    pairs += [(f"kind {k.value}", kind_color(k.value), p.color(Role.Base), MARK) for k in Kind]
    assert failures(pairs) == [], theme


def test_the_growth_figures_notes_read(qtbot, theme: str) -> None:
    from reflekt.gui.growth_view import _Tile

    tile = _Tile()
    qtbot.addWidget(tile)
    tile.set("12", "entries", "+3 compared with the 3 months before")
    note = tile.note
    assert note.isEnabled()  # quiet, not "unavailable" to a screen reader
    color = note.palette().color(note.foregroundRole())
    background = tile.palette().color(tile.backgroundRole())
    assert failures([("growth tile note", color, background, TEXT)]) == [], theme


@pytest.mark.parametrize("paper", [False, True], ids=["on screen", "on paper"])
def test_the_charts_marks_and_labels_stand_out(qtbot, theme: str, paper: bool) -> None:
    from reflekt.gui.charts import ActivityChart, light_palette
    from reflekt.gui.charts.base import Theme
    from reflekt.gui.charts.painted import SOURCE_COLORS
    from reflekt.gui.theme import kind_color

    chart = ActivityChart()
    qtbot.addWidget(chart)
    if paper:
        chart.setPalette(light_palette())
    t = Theme.of(chart)
    bg = t.background
    pairs = [
        ("axis labels", t.foreground, bg, TEXT),
        ("quiet labels (the 70-20-10 values)", t.muted, bg, TEXT),
        ("the accent (mood line, skill dots)", t.accent, bg, MARK),
        ("the lightest heatmap shade next to an empty day", t.levels[0], t.empty, MARK),
        ("the keyboard marker and focus ring", t.highlight, bg, MARK),
    ]
    # Each busier shade steps further from an empty day than the one before.
    steps = [ratio(level, t.empty) for level in t.levels]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)
    pairs += [(f"kind {k.value}", kind_color(k.value), bg, MARK) for k in Kind]
    pairs += [(f"source {s}", QColor(c), bg, MARK) for s, c in SOURCE_COLORS.items()]
    assert failures(pairs) == [], (theme, paper)


def test_the_contrast_measure_is_wcag_s() -> None:
    # The two ends of the scale and a pair the issue measured by hand.
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert ratio(QColor("#ffffff"), QColor("#2e9e6b")) == pytest.approx(3.38, abs=0.01)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_list_names_each_entry_s_kind_beside_its_colour(qtbot, journal, lang) -> None:
    """Colour is never the only sign of a kind: the row's second line names it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from reflekt.core.models import KIND_LABELS, label
    from reflekt.gui import i18n
    from reflekt.gui.entry_list import EntryDelegate, EntryListModel, EntryListView

    drawn: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args: object) -> None:  # type: ignore[override]
            drawn.append(next(a for a in args if isinstance(a, str)))
            super().drawText(*args)

    i18n.install(lang)
    journal.add("Ask before you advise", kind="learned-from", tags=["feedback"])
    view = EntryListView()
    qtbot.addWidget(view)
    view.setModel(EntryListModel(journal))
    view.resize(600, 300)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 600, 60)
    image = QImage(600, 60, QImage.Format.Format_ARGB32)
    painter = Recording(image)
    try:
        EntryDelegate(view).paint(painter, option, view.model().index(0, 0))
    finally:
        painter.end()
    kind = label(KIND_LABELS[Kind.LEARNED_FROM], lang)
    assert any(text.startswith(f"{kind} · ") for text in drawn), drawn
