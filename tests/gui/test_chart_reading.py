"""The growth charts read without a mouse (issue 17, point 5): every chart takes focus
and shows a ring, the arrow keys step through its data and say each value, and
*Show as table* lists the same numbers. Colour is never the only sign (point 4)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.core.models import Filters, Kind, Source
from reflekt.core.periods import add_months

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def year(journal: Journal) -> Journal:
    """A year of entries of every kind, source, skill and mood, the same every run."""
    rng = random.Random(17)
    items = []
    for n in range(240):
        items.append(
            {
                "title": f"Entry {n}",
                "body": "What happened.",
                "kind": rng.choice([k.value for k in Kind]),
                "source": rng.choice(["experience", "people", "course", None]),
                "skills": rng.sample(["SQL", "Feedback", "<b>Planning</b>"], rng.randrange(3)),
                "mood": rng.choice([None, 2, 3, 4, 5]),
                "day": TODAY - dt.timedelta(days=rng.randrange(365)),
            }
        )
    journal.add_many(items)
    return journal


@pytest.fixture
def view(qtbot, year: Journal):
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()
    qtbot.waitExposed(view)
    return view


def press(qtbot, widget, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key)


def months_of(view) -> list[dt.date]:
    start = view.period().start.replace(day=1)
    months = []
    while start <= TODAY:
        months.append(start)
        start = add_months(start, 1)
    return months


def test_every_chart_is_reached_with_tab_and_shows_a_focus_ring(qtbot, view) -> None:
    view.period_box.setFocus()
    reached = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    charts = view.charts.values()
    assert all(chart in reached for chart in charts), [c.key for c in charts if c not in reached]
    # Never the plot inside a chart: the chart is the one stop.
    assert not any(chart.view() in reached for chart in charts)

    for chart in charts:
        chart.setFocus()
        qtbot.waitUntil(chart.hasFocus)
        surface = chart.surface()
        ring = chart.palette().color(QPalette.ColorRole.Highlight)
        image = surface.grab().toImage()
        edge = image.pixelColor(1, image.height() // 2)
        assert distance(edge, ring) < 40, (chart.key, edge.name(), ring.name())


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_right_three_times_speaks_the_third_month(qtbot, view) -> None:
    chart = view.charts["kinds"]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.accessibleName() == chart.title()
    press(qtbot, chart, Qt.Key.Key_Right, 3)

    third = months_of(view)[2]
    counts = {k: n for k, n in view.stats.kinds_per_month[third].items() if n}
    total = sum(counts.values())
    from reflekt.gui.charts import kind_name, month_text

    expected = f"{month_text(third)}: {total} entries, " + ", ".join(
        f"{kind_name(k.value)}: {counts[k.value]}" for k in Kind if k.value in counts
    )
    assert chart.accessibleName() == expected
    # What assistive technology asks Qt for: the chart's name is the point.
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface.text(QAccessible.Text.Name) == expected
    assert interface.state().focused
    # Where a person who sees the screen is: a marker round the third bar.
    marker = chart.surface().findChild(type(chart._marker))
    assert marker.isVisible()
    box = marker.point_rect()
    centre = chart.widget_point(2, 0)
    assert box.left() < centre.x() < box.right()

    # Enter lists the entries behind it, as a click would.
    with qtbot.waitSignal(view.entriesRequested) as asked:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert asked.args == [Filters(date_from=third, date_to=add_months(third, 1) - dt.timedelta(1))]

    press(qtbot, chart, Qt.Key.Key_End)
    assert chart.accessibleName().startswith(month_text(months_of(view)[-1]) + ":")
    press(qtbot, chart, Qt.Key.Key_Right)  # past the end it stays on the last
    assert chart.accessibleName().startswith(month_text(months_of(view)[-1]) + ":")
    press(qtbot, chart, Qt.Key.Key_Home)
    assert chart.accessibleName().startswith(month_text(months_of(view)[0]) + ":")

    # Leaving the chart gives it back its title.
    view.period_box.setFocus()
    qtbot.waitUntil(lambda: not chart.hasFocus())
    assert chart.accessibleName() == chart.title()


def test_the_calendar_steps_a_week_across_and_a_day_down(qtbot, view) -> None:
    from reflekt.gui.charts import day_text

    chart = view.charts["activity"]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    first = view.stats.heatmap.start
    press(qtbot, chart, Qt.Key.Key_Right)
    assert chart.accessibleName().startswith(day_text(first, with_weekday=True) + ":")
    press(qtbot, chart, Qt.Key.Key_Right, 2)
    press(qtbot, chart, Qt.Key.Key_Down)
    day = first + dt.timedelta(days=15)
    count = view.stats.per_day.get(day, 0)
    entries = "1 entry" if count == 1 else f"{count} entries"
    assert chart.accessibleName() == f"{day_text(day, with_weekday=True)}: {entries}"


def test_skills_and_mood_speak_their_values(qtbot, view) -> None:
    skills = view.charts["skills"]
    skills.setFocus()
    qtbot.waitUntil(skills.hasFocus)
    press(qtbot, skills, Qt.Key.Key_Down, 2)  # the first point, then the next skill down
    top, second = [s.name for s in view.stats.skills[:2]]
    assert skills.accessibleName().startswith(f"{second}, {months_of(view)[0]:%b} ")
    assert top != second

    mood = view.charts["mood"]
    mood.setFocus()
    qtbot.waitUntil(mood.hasFocus)
    press(qtbot, mood, Qt.Key.Key_End)
    last = view.stats.mood_per_week[-1]
    name = mood.accessibleName()
    assert f"average mood {last.average:.1f}" in name or "no mood recorded" in name


@pytest.mark.parametrize("key", ["activity", "kinds", "sources", "skills", "flow", "mood"])
def test_show_as_table_lists_the_charts_numbers_and_esc_closes_it(qtbot, view, key) -> None:
    from reflekt.gui.charts.reading import ChartTable

    card = view.cards[key]
    chart = view.charts[key]
    view._scroll.ensureWidgetVisible(card)
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChartTable))
    qtbot.waitExposed(dialog)
    assert dialog.table.accessibleName() == chart.title()
    assert card.table_button.accessibleName() == f"Show “{chart.title()}” as a table"
    headers, cells = dialog.headers(), dialog.cells()
    s = view.stats

    if key == "activity":
        assert headers == ["Day", "Entries"]
        assert len(cells) == s.heatmap.days
        assert sum(int(row[1]) for row in cells) == sum(s.per_day.values())
    elif key == "kinds":
        assert headers[:2] == ["Period", "Entries"]
        assert sum(int(row[1]) for row in cells) == s.total_entries
        for n, kind in enumerate(headers[2:], start=2):
            kind_value = next(k.value for k in Kind if _kind_name(k) == kind)
            assert sum(int(row[n]) for row in cells) == s.by_kind[kind_value]
    elif key == "sources":
        assert [row[0] for row in cells] == ["Experience", "Other people", "Course or reading"]
        assert [int(row[1]) for row in cells] == [s.by_source[x.value] for x in Source]
        assert [row[3] for row in cells] == ["70 %", "20 %", "10 %"]
    elif key == "skills":
        assert headers[0] == "Skill" and len(headers) == 1 + len(months_of(view))
        assert [row[0] for row in cells] == [x.name for x in s.skills[:8]]
        # An outside name is text in the table, never markup.
        assert "<b>Planning</b>" in [row[0] for row in cells]
        for row, skill in zip(cells, s.skills[:8], strict=True):
            assert sum(int(c) for c in row[1:]) == sum(
                p.count for p in s.skills_per_month if p.skill == skill.name
            )
    elif key == "flow":
        assert headers == ["Period", "Learned from a colleague", "Knowledge I shared"]
        assert sum(int(row[1]) for row in cells) == s.by_kind.get("learned-from", 0)
        assert sum(int(row[2]) for row in cells) == s.by_kind.get("shared-knowledge", 0)
    elif key == "mood":
        recorded = sum(int(row[2]) for row in cells)
        assert recorded == sum(m.count for m in s.mood_per_week)

    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _kind_name(kind: Kind) -> str:
    from reflekt.gui.charts import kind_name

    return kind_name(kind.value)


def test_t_on_a_focused_chart_opens_its_table(qtbot, view) -> None:
    from reflekt.gui.charts.reading import ChartTable

    chart = view.charts["sources"]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    press(qtbot, chart, Qt.Key.Key_Right, 2)
    reading = chart.accessibleName()
    assert reading.startswith("Other people:")
    qtbot.keyClick(chart, Qt.Key.Key_T)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChartTable))
    assert dialog.isVisible() and "Where learning came from" in dialog.windowTitle()
    qtbot.waitUntil(dialog.table.hasFocus)  # the table's window is active: the chart's is not
    assert not chart.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Back on the chart, the reading goes on from where it was.
    view.activateWindow()
    chart.setFocus()
    assert chart.accessibleName() == reading
    press(qtbot, chart, Qt.Key.Key_Right)
    assert chart.accessibleName().startswith("Course or reading:")


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing"
)  # a menu, offscreen
def test_shift_f10_opens_the_chart_s_menu_with_show_as_table(qtbot, view) -> None:
    from PySide6.QtWidgets import QMenu

    from reflekt.gui.charts.reading import ChartTable

    chart = view.charts["flow"]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = next(m for m in chart.findChildren(QMenu) if m.isVisible())
    assert [a.text() for a in menu.actions()] == ["Show as table"]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChartTable))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.headers()[0] == "Period"
    dialog.close()


def test_legends_tell_series_apart_by_pattern_not_colour_alone(qtbot, view) -> None:
    kinds = view.charts["kinds"].legend.items
    assert len(kinds) == len({item.pattern for item in kinds}) >= 6
    flow = view.charts["flow"].legend.items
    assert flow[0].pattern != flow[1].pattern
    sources = view.charts["sources"].legend.items
    assert [item.dashed for item in sources] == [False, False, False, True]
    # The calendar's shades say how many entries a day each stands for, from 1 to the
    # busiest day, without a gap.
    shades = view.charts["activity"].legend.items
    assert shades[0].text == "No entries"
    busiest = max(view.stats.per_day.values())
    covered = []
    for item in shades[1:]:
        numbers = [int(n) for n in item.text.split()[0].split("–")]
        covered += range(numbers[0], numbers[-1] + 1)
    assert covered == list(range(1, busiest + 1))
    # A bar shows its pattern: a patterned kind's block is not one flat colour, a solid
    # one is.
    chart = view.charts["kinds"]
    image = chart.surface().grab().toImage()
    column = len(months_of(view)) - 2
    counts = view.stats.kinds_per_month[months_of(view)[column]]
    seen = {}
    base = 0
    for kind in Kind:  # stacked in this order from the bottom
        height = counts.get(kind.value, 0)
        if height >= 2:
            centre = chart.widget_point(column, base + height / 2).toPoint()
            seen[kind] = {
                image.pixelColor(centre.x() + dx, centre.y() + dy).name()
                for dx in range(-3, 4)
                for dy in range(-3, 4)
            }
        base += height
    from reflekt.gui.charts.legend import kind_pattern

    assert any(kind_pattern(k.value) != Qt.BrushStyle.SolidPattern for k in seen), seen
    for kind, colours in seen.items():
        solid = kind_pattern(kind.value) == Qt.BrushStyle.SolidPattern
        assert (len(colours) == 1) == solid, (kind, colours)


def test_a_mood_average_is_written_with_the_languages_decimal_sign(qapp) -> None:
    """ "Humör i snitt 3,2" in Swedish, "average mood 3.2" in English (table cells too)."""
    from PySide6.QtCore import QLocale

    from reflekt.gui.charts.labels import LocalNumber

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert f"{LocalNumber(3.25):.1f}" == "3,2"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert f"{LocalNumber(3.25):.1f}" == "3.2"
    finally:
        QLocale.setDefault(before)
