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
from PySide6.QtWidgets import QApplication, QCalendarWidget, QPushButton

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


# -- what bars and lines with colours of their own really paint ---------------------


def painted(widget) -> tuple[QColor, QColor]:
    """(ink, background) of a widget as painted over what is behind it (its parent's
    pixels where it is): the commonest pixel is the background, the pixel that stands
    out most from it the ink (bold text reaches its full colour)."""
    from collections import Counter

    parent = widget.parentWidget()
    image = (parent.grab(widget.geometry()) if parent else widget.grab()).toImage()
    counts = Counter(
        image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height())
    )
    background = QColor(counts.most_common(1)[0][0])
    ink = max((QColor(rgb) for rgb in counts), key=lambda c: ratio(c, background))
    return ink, background


def shown(qtbot, widget, width: int = 640):
    qtbot.addWidget(widget)
    widget.resize(width, max(widget.sizeHint().height(), 40))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_editor_s_banners_read(qtbot, theme: str) -> None:
    from reflekt.gui.editor_bars import VisibilityBanner

    banner = shown(qtbot, VisibilityBanner())
    pairs = []
    for shareable in (False, True):
        banner.set_shareable(shareable)
        ink, background = painted(banner.currentWidget())
        pairs.append((f"banner shareable={shareable}", ink, background, TEXT))
    assert failures(pairs) == [], theme
    # The Shareable banner is the list's badge colour, not the pale green of before.
    assert painted(banner.shareable)[1] == QColor(EntryDelegateColors()["badge"])


def EntryDelegateColors() -> dict[str, QColor]:
    from reflekt.gui.entry_list import EntryDelegate

    return EntryDelegate.colors(QApplication.palette(), False)


def test_the_demo_and_conflict_bars_read(qtbot, theme: str) -> None:
    from reflekt.gui import notices
    from reflekt.gui.conflict import ConflictBar

    demo = shown(qtbot, notices.demo_banner())
    demo.show_message("This is the demo journal.", "Back to my journal")
    bar = shown(qtbot, ConflictBar(), 900)
    bar.label.setText("This entry was changed in another program.")
    qtbot.wait(10)
    window = QApplication.palette().color(Role.Window)
    pairs = [
        ("the demo bar", *painted(demo.label), TEXT),
        ("the conflict bar", *painted(bar.label), TEXT),
    ]
    bar_image = bar.grab().toImage()
    bar_background = painted(bar.label)[1]
    for button in bar.findChildren(QPushButton):
        if not button.isVisible():
            continue
        ink, face = painted(button)
        pairs.append((f"button {button.text()!r}", ink, face, TEXT))
        # A button's edge stands out from the bar (3:1), the bar's edge from the window.
        at = button.geometry()
        edge = bar_image.pixelColor(at.left(), at.center().y())
        pairs.append((f"edge of {button.text()!r}", QColor(edge.rgb()), bar_background, MARK))
    edge = bar_image.pixelColor(0, bar.height() // 2)
    pairs.append(("the conflict bar's edge", QColor(edge.rgb()), window, MARK))
    assert failures(pairs) == [], theme


def test_the_share_window_s_error_line_reads(qtbot, theme: str, journal: Journal) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    entry = journal.add("Only for me", title="A private note", visibility="private")
    dialog = ExportDialog(journal, list(journal.iter_entries()), {entry.id})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_until_ready()
    qtbot.waitUntil(lambda: "private" in dialog.status.text(), timeout=3000)
    ink, _ = painted(dialog.status)
    background = dialog.status.palette().color(Role.Window)
    assert failures([("the share window's error", ink, background, TEXT)]) == [], theme
    assert ink == meaning_color(ERROR_TEXT, dialog.palette())


def test_replaced_names_read_on_their_marker_and_are_underlined(
    qtbot, theme: str, journal: Journal
) -> None:
    """In the share window a replaced name is marked yellow and underlined, a kept one
    green; the text on either reads in both themes (the names list too)."""
    from PySide6.QtGui import QTextCharFormat

    from reflekt.core.models import PersonLink, Relation
    from reflekt.gui.share_dialog import ExportDialog

    journal.add(
        "Erik showed me how. Erik Berg said: ask first.",
        title="Learned from Erik Berg",
        people=[PersonLink("Erik Berg", Relation.LEARNED_FROM)],
        visibility="shareable",
    )
    dialog = ExportDialog(journal, list(journal.iter_entries()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_until_ready()
    qtbot.waitUntil(lambda: bool(dialog.text_view.extraSelections()), timeout=3000)
    pairs = []
    for selection in dialog.text_view.extraSelections():
        fmt: QTextCharFormat = selection.format
        pairs.append(("a marked name", fmt.foreground().color(), fmt.background().color(), TEXT))
        assert fmt.fontUnderline(), selection.cursor.selectedText()
    assert pairs
    names = dialog.replaced
    for row in range(names.count()):
        item = names.item(row)
        pairs.append((item.text(), item.foreground().color(), item.background().color(), TEXT))
    assert names.count()
    assert failures(pairs) == [], theme


def test_no_colour_in_gui_is_left_outside_the_theme() -> None:
    """Every colour the windows paint comes from gui/theme.py (or the charts' theme in
    charts/base.py), where the tests above measure it: no hex string, named Qt colour or
    QColor(r, g, b) anywhere else in gui/."""
    import ast
    import re
    from pathlib import Path

    import reflekt.gui

    gui = Path(reflekt.gui.__file__).parent
    themes = {gui / "theme.py", gui / "charts" / "base.py"}
    paper = {("share_pages.py", "white")}  # the preview's sheet of paper, as printed
    hex_colour = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")
    found = []
    for path in sorted(gui.glob("**/*.py")):
        if path in themes:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.name}:{getattr(node, 'lineno', '?')}"
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and hex_colour.search(text):
                found.append(f"{where}: {hex_colour.search(text).group()}")
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "GlobalColor"
                and (path.name, node.attr) not in paper
            ):
                found.append(f"{where}: Qt.GlobalColor.{node.attr}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QColor"
                and node.args
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                found.append(f"{where}: QColor{tuple(a.value for a in node.args)}")
    assert found == []


def test_the_edges_of_fields_lists_and_boxes_stand_out(qtbot) -> None:
    """WCAG 1.4.11: the outline of a text field, a drop-down list, a date or number
    field, a check box and a radio button is 3:1 against the window around it, in both
    themes, and follows a change of theme (the widgets are made once, in light)."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QPlainTextEdit,
        QRadioButton,
        QSpinBox,
        QTextEdit,
        QVBoxLayout,
        QWidget,
    )

    apply_theme("light")
    window = QWidget()
    qtbot.addWidget(window)
    combo = QComboBox()
    combo.addItems(["All tags", "feedback"])
    fields = [
        QLineEdit("Retro"),
        combo,
        QCheckBox("Shareable"),
        QDateEdit(),
        QSpinBox(),
        QPlainTextEdit("We tried a silent start"),
        QTextEdit("Notes"),
        QRadioButton("Names"),
        QListWidget(),
    ]
    goal = QListWidgetItem("Answer my own data questions with SQL", fields[-1])
    goal.setFlags(goal.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    goal.setCheckState(Qt.CheckState.Unchecked)
    layout = QVBoxLayout(window)
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # unfocused: the outline of rest
        layout.addWidget(field)
    window.resize(320, 480)
    window.show()
    qtbot.waitExposed(window)
    for theme in ("light", "dark"):
        apply_theme(theme)
        qtbot.wait(10)
        image = window.grab().toImage()
        around = window.palette().color(Role.Window)
        pairs = []
        for field in fields:
            at = field.geometry()
            # Along the middle row from the left edge in: the edge's strongest pixel (a
            # box's or a circle's edge lies a few pixels in).
            reach = 20 if isinstance(field, QCheckBox | QRadioButton) else 3
            edge = max(
                (
                    QColor(image.pixel(x, at.center().y()))
                    for x in range(at.left(), at.left() + reach)
                ),
                key=lambda c: ratio(c, around),
            )
            pairs.append((f"edge of {type(field).__name__}", edge, around, MARK))
        # A ticked list's box (a goal in the editor) against the list's own fields.
        box = goal.listWidget().visualItemRect(goal)
        top_left = goal.listWidget().viewport().mapTo(window, box.topLeft())
        y = top_left.y() + box.height() // 2
        inside = window.palette().color(Role.Base)
        edge = max(
            (QColor(image.pixel(x, y)) for x in range(top_left.x(), top_left.x() + 20)),
            key=lambda c: ratio(c, inside),
        )
        pairs.append(("the box of a ticked list's item", edge, inside, MARK))
        assert failures(pairs) == [], theme


def test_the_spelling_underline_stands_out_on_the_fields(qtbot, theme: str) -> None:
    """The wavy line under a misspelt word is a mark: 3:1 against the text fields."""
    from reflekt.gui.spell_check import underline_format

    fields = QApplication.palette().color(Role.Base)
    line = underline_format().underlineColor()
    assert failures([("spelling underline", line, fields, MARK)]) == [], theme
