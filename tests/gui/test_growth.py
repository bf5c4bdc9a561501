"""The growth view, its charts and the development-talk report on paper."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from reflekt.cli import main
from reflekt.core import stats
from reflekt.core.journal import Journal
from reflekt.core.models import Filters, Kind, PersonLink, Relation
from reflekt.core.periods import Period, add_months
from reflekt.core.report import build_report

TODAY = dt.date(2026, 3, 15)
SENTINELS = ("SENTINEL-PRIVATE-ENTRY", "SENTINEL-PRIVATE-SECTION", "Sentinel Person")


def fill_year(journal: Journal, seed: int = 7) -> None:
    """About a year of varied entries, the same every run."""
    rng = random.Random(seed)
    kinds = ["reflection", "lesson", "mistake", "learned-from", "shared-knowledge", "til"]
    skills = ["Facilitation", "SQL", "Feedback", "Planning", "Writing"]
    goal = journal.goals.add("Run calmer meetings", target_date="2026-06-30")
    items = []
    for n in range(360):
        day = TODAY - dt.timedelta(days=rng.randrange(365))
        kind = rng.choice(kinds)
        items.append(
            {
                "title": f"Entry {n}",
                "body": "What happened and what I take from it.",
                "kind": kind,
                "source": rng.choice(["experience", "people", "course", None]),
                "skills": rng.sample(skills, rng.randrange(3)),
                "mood": rng.choice([None, 2, 3, 4, 5]),
                "day": day,
                "visibility": rng.choice(["private", "shareable"]),
                "starred": rng.random() < 0.1,
                "goals": [goal.id] if rng.random() < 0.1 else [],
                "people": (
                    [PersonLink("Anna", Relation.LEARNED_FROM, role="Designer")]
                    if kind == "learned-from"
                    else []
                ),
            }
        )
    journal.add_many(items)


@pytest.fixture
def year(journal: Journal) -> Journal:
    fill_year(journal)
    return journal


@pytest.fixture
def year_stats(year: Journal) -> stats.GrowthStats:
    return stats.compute(year, Period.last_months(12, TODAY), today=TODAY)


def pixel_variance(image: QImage) -> float:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    values = [
        image.pixelColor(x, y).value()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def test_opening_the_app_does_not_load_pyqtgraph() -> None:
    code = (
        "import sys, reflekt.gui.growth_view, reflekt.gui.report_dialog\n"
        "print([m for m in sys.modules if m.startswith('pyqtgraph')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", ["activity", "kinds", "sources", "skills", "flow", "mood"])
def test_chart_png_has_the_requested_size_and_is_not_blank(
    qapp, tmp_path: Path, year_stats: stats.GrowthStats, name: str
) -> None:
    from reflekt.gui.charts import export_chart

    target = tmp_path / f"{name}.png"
    export_chart(name, year_stats, target, 733, 311)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (733, 311)
    assert pixel_variance(image) > 50  # bars, dots and labels, not an empty canvas


def test_chart_svg_is_written_through_qsvggenerator(
    qapp, tmp_path: Path, year_stats: stats.GrowthStats
) -> None:
    from reflekt.gui.charts import export_chart

    target = tmp_path / "kinds.svg"
    export_chart("kinds", year_stats, target, 800, 400)
    svg = target.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert 'width="' in svg
    assert svg.count("<rect") + svg.count("<path") > 12  # the bars are shapes, not a bitmap
    assert "<image" not in svg
    assert "Kinds of entry over time" in svg  # the title, for screen readers


def test_growth_view_updates_every_chart_when_the_period_changes(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    assert view.period() == Period.last_months(12, TODAY)
    before = {key: chart.summary() for key, chart in view.charts.items()}
    before_total = view.tiles["entries"].number.text()
    assert all(card.isVisible() for card in view.cards.values())  # mood was recorded

    with qtbot.waitSignal(view.periodChanged):
        view.period_box.setCurrentIndex(view.period_box.findData("3m"))
    view.wait_until_ready()
    assert view.period() == Period.last_months(3, TODAY)
    after = {key: chart.summary() for key, chart in view.charts.items()}
    unchanged = [key for key in before if before[key] == after[key]]
    assert not unchanged, f"these charts did not follow the period: {unchanged}"
    assert view.tiles["entries"].number.text() != before_total
    for key, chart in view.charts.items():
        assert chart.accessibleDescription() == after[key]  # the summary is what screen readers get
        assert view.cards[key].summary.text() == after[key]


def test_the_growth_view_comes_back_at_once_and_says_it_is_preparing(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView
    from reflekt.gui.operations import wait_for_operations

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    # The figures are computed on a worker: a quiet "preparing" line meanwhile.
    assert view.stats is None and not view.is_ready()
    assert view.preparing.isVisible()
    assert view.preparing.accessibleName() == "Preparing the figures…"
    with qtbot.waitSignal(view.ready, timeout=30_000):
        pass
    assert not view.preparing.isVisible()
    assert view.tiles["entries"].number.text() == str(view.stats.total_entries)
    assert view.charts["activity"].realized()
    # A view freed while its figures are computed: the result is dropped, nothing breaks.
    other = GrowthView(year, today=lambda: TODAY)
    other.show()
    other.deleteLater()
    qtbot.wait(1)
    assert wait_for_operations()
    qtbot.wait(50)


def test_custom_dates_show_date_fields(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    assert not view.date_from.isVisible()
    view.period_box.setCurrentIndex(view.period_box.findData("custom"))
    assert view.date_from.isVisible() and view.date_to.isVisible()
    with qtbot.waitSignal(view.periodChanged, timeout=2000):
        view.date_from.setDate(view.date_from.date().addMonths(6))
    assert view.period().days < 200


def test_clicking_a_day_or_a_bar_asks_for_those_entries(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    qtbot.waitExposed(view)
    heatmap = view.charts["activity"]
    day = TODAY - dt.timedelta(days=10)
    column = (day - heatmap.stats.heatmap.start).days // 7
    point = heatmap.widget_point(column, 6 - day.weekday()).toPoint()
    assert str(day.day) in heatmap.tooltip_at(column, 6 - day.weekday())
    with qtbot.waitSignal(view.entriesRequested) as clicked:
        qtbot.mouseClick(heatmap.surface(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [Filters(date_from=day, date_to=day)]

    kinds = view.charts["kinds"]
    months = kinds.stats.months
    last = len(months) - 1
    counts = kinds.stats.kinds_per_month[months[last]]
    bottom = next(k.value for k in Kind if counts.get(k.value))
    with qtbot.waitSignal(view.entriesRequested) as clicked:
        qtbot.mouseClick(
            kinds.surface(),
            Qt.MouseButton.LeftButton,
            pos=kinds.widget_point(last, 0.5).toPoint(),
        )
    assert clicked.args == [Filters(kind=Kind(bottom), date_from=months[last], date_to=TODAY)]


def test_years_are_charted_by_quarter_and_a_click_lists_that_quarter(
    qtbot, journal: Journal
) -> None:
    from reflekt.gui.charts import month_buckets
    from reflekt.gui.growth_view import GrowthView

    first = dt.date(2016, 5, 10)
    items = []
    for n in range(130):  # one entry in the middle of every month for ten years and more
        day = add_months(first, n)
        items.append({"body": f"month {n}", "day": day, "kind": "mistake", "skills": ["SQL"]})
    journal.add_many(items)
    period = Period(first, TODAY)
    view = GrowthView(journal, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    view.set_period(period)
    qtbot.waitExposed(view)
    view.wait_until_ready()

    kinds = view.charts["kinds"]
    unit, spans = month_buckets(kinds.stats)
    assert unit == "quarter" and len(spans) == 40  # Apr-Jun 2016 to Jan-Mar 2026
    assert "busiest quarter" in kinds.summary()
    # The first column is the partial quarter the period starts in: its own days only.
    with qtbot.waitSignal(view.entriesRequested) as clicked:
        qtbot.mouseClick(
            kinds.surface(),
            Qt.MouseButton.LeftButton,
            pos=kinds.widget_point(0, 0.5).toPoint(),
        )
    assert clicked.args == [
        Filters(kind=Kind.MISTAKE, date_from=first, date_to=dt.date(2016, 6, 30))
    ]
    listed = journal.count(clicked.args[0])
    assert listed == 2  # May and June 2016
    assert "2" in kinds.tooltip_at(0, 0.5)

    skills = view.charts["skills"]
    text, filters = skills.hit(5, 0)  # SQL in the sixth quarter, Jul-Sep 2017
    assert filters == Filters(
        skill="SQL", date_from=dt.date(2017, 7, 1), date_to=dt.date(2017, 9, 30)
    )
    assert journal.count(filters) == 3 and "3" in text


def test_charts_out_of_view_are_drawn_when_scrolled_to(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 520)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    qtbot.waitExposed(view)
    mood = view.charts["mood"]
    assert view.charts["activity"].realized()
    assert not mood.realized()  # far below the fold: not built yet
    assert mood.summary() == view.cards["mood"].summary.text()  # but described already
    from PySide6.QtWidgets import QScrollArea

    bar = view.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(mood.realized, timeout=2000)
    assert pixel_variance(mood.grab().toImage()) > 20  # a drawn chart, not an empty box


def test_charts_follow_the_dark_theme(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView
    from reflekt.gui.theme import apply_theme

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    chart = view.charts["kinds"]

    def background() -> int:
        return chart.surface().grab().toImage().pixelColor(QPoint(3, 3)).lightness()

    assert background() > 200
    apply_theme("dark")
    qtbot.waitUntil(lambda: background() < 60, timeout=2000)


def test_mood_chart_is_hidden_without_moods(qtbot, journal: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    journal.add("no mood here", day=TODAY)
    view = GrowthView(journal, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    assert not view.cards["mood"].isVisible()
    assert view.cards["kinds"].isVisible()


def add_sentinels(journal: Journal) -> None:
    journal.add(
        f"notes {SENTINELS[0]}",
        title="Private",
        kind="lesson",
        starred=True,  # starred lessons lead the report, so these are surely in it
        day=TODAY - dt.timedelta(days=3),
    )
    journal.add(
        template="gibbs",
        title="Shared reflection",
        kind="lesson",
        starred=True,
        sections={"description": "Visible part.", "feelings": SENTINELS[1]},
        visibility="shareable",
        mood=1,
        day=TODAY - dt.timedelta(days=2),
    )
    journal.add(
        "learned",
        kind="learned-from",
        visibility="shareable",
        day=TODAY - dt.timedelta(days=1),
        people=[PersonLink(SENTINELS[2], Relation.LEARNED_FROM, role="Team lead")],
    )


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)  # the font's "ﬂ" ligature is "fl" to a reader


def test_manager_pdf_is_valid_and_holds_no_private_text(
    qapp, tmp_path: Path, year: Journal
) -> None:
    from reflekt.gui.report_pdf import export_report

    add_sentinels(year)
    built = build_report(year, Period.last_months(12, TODAY), "manager", today=TODAY)
    target = export_report(year, built, tmp_path / "talk.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = pdf_text(target)
    assert "Development talk" in text and "Page 1 of" in text
    assert "Shared reflection" in text and "Team lead" in text
    for sentinel in SENTINELS:
        assert sentinel not in text
    assert "Mood" not in text
    assert not list(tmp_path.glob("*.partial"))


def test_my_pdf_has_the_mood_chart_and_page_numbers(qapp, tmp_path: Path, year: Journal) -> None:
    from reflekt.gui.report_pdf import export_report

    built = build_report(year, Period.last_months(12, TODAY), "me", lang="sv", today=TODAY)
    text = pdf_text(export_report(year, built, tmp_path / "samtal.pdf"))
    assert "Utvecklingssamtal" in text
    pages = text.count("\f")
    assert pages >= 3 and f"Sida {pages} av {pages}" in text


def test_report_dialog_previews_and_saves(qtbot, tmp_path: Path, year: Journal) -> None:
    from reflekt.gui.report_dialog import ReportDialog

    add_sentinels(year)
    dialog = ReportDialog(year, Period.last_months(12, TODAY), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait_until_ready()  # the report is prepared off the GUI thread
    assert SENTINELS[0] in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.manager, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.talk_about, "Moving towards a lead role")
    qtbot.waitUntil(lambda: "Moving towards a lead role" in dialog.preview.toPlainText())
    shown = dialog.preview.toPlainText()
    assert all(sentinel not in shown for sentinel in SENTINELS)
    dialog.remember.setChecked(True)
    written = dialog.save(tmp_path / "talk.html")
    assert written is not None and "Moving towards a lead role" in written.read_text("utf-8")
    assert stats.last_talk(year) == TODAY


def test_the_report_opens_at_once_and_says_it_is_preparing(qtbot, year: Journal) -> None:
    """The report's data and charts are made while the window keeps answering."""
    from reflekt.gui.report_dialog import ReportDialog

    add_sentinels(year)
    dialog = ReportDialog(year, Period.last_months(12, TODAY), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # Back from the constructor before the report exists: a light "preparing" line.
    assert dialog.preparing.isVisible()
    assert dialog.preparing.accessibleName() == "Preparing the report…"
    assert dialog.report is None and SENTINELS[0] not in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        pass
    assert not dialog.preparing.isVisible()
    assert SENTINELS[0] in dialog.preview.toPlainText()
    assert "<img" in dialog.preview.toHtml()  # the charts, drawn one per turn, are in
    charts = dialog.preview.toHtml().count("<img")
    # Typing changes only the text: the preview follows with the same charts.
    qtbot.keyClicks(dialog.support, "A mentor for the facilitation course")
    qtbot.waitUntil(lambda: "facilitation course" in dialog.preview.toPlainText())
    assert dialog.wait_until_ready()
    assert dialog.preview.toHtml().count("<img") == charts > 0
    # A change of audience is previewed with its own charts (mood never for a manager).
    qtbot.mouseClick(dialog.manager, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SENTINELS[0] not in dialog.preview.toPlainText())
    assert dialog.wait_until_ready()
    assert 0 < dialog.preview.toHtml().count("<img") < charts


def test_closing_the_report_while_it_is_prepared_is_safe(qtbot, year: Journal) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QPushButton

    from reflekt.gui.operations import wait_for_operations
    from reflekt.gui.report_dialog import ReportDialog

    dialog = ReportDialog(year, Period.last_months(12, TODAY), today=TODAY)
    dialog.show()
    assert not dialog.is_ready()
    (close,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)  # at once, while the work runs
    assert not dialog.isVisible()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert wait_for_operations()
    qtbot.wait(50)  # the work's result arrives for a dialog that is gone: dropped
    assert stats.last_talk(year) is None and year.shares.list() == []  # nothing written


def run(*args: str, journal: Path) -> int:
    return main(["--journal", str(journal), *args])


def test_command_line_chart_and_report(qapp, tmp_path: Path, journal_path: Path, capsys) -> None:
    with Journal.open(journal_path) as j:
        fill_year(j)
    png = tmp_path / "skills.png"
    assert (
        run(
            "chart",
            "skills",
            "--from",
            "2025-06-01",
            "-o",
            str(png),
            "--width",
            "500",
            "--height",
            "260",
            journal=journal_path,
        )
        == 0
    )
    assert QImage(str(png)).size().toTuple() == (500, 260)
    html = tmp_path / "talk.html"
    assert run("report", "--audience", "manager", "-o", str(html), journal=journal_path) == 0
    assert "data:image/png;base64," in html.read_text("utf-8")
    capsys.readouterr()
    for bad in (
        ["chart", "kinds", "-o", str(tmp_path / "k.gif")],
        ["chart", "kinds", "-o", str(tmp_path / "k.png"), "--width", "10"],
        ["report", "-o", str(tmp_path / "missing" / "r.pdf")],
        ["report", "--from", "2026-03-01", "--to", "2026-01-01", "-o", str(tmp_path / "r.pdf")],
        ["stats", "--from", "someday"],
    ):
        assert run(*bad, journal=journal_path) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_command_line_stats(journal_path: Path, capsys) -> None:
    import json

    with Journal.open(journal_path) as j:
        j.add("a", kind="mistake", day="2024-02-29", source="experience")
    assert (
        run("stats", "--from", "2024-02-26", "--to", "2024-03-10", "--json", journal=journal_path)
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["per_week"] == [
        {"week_start": "2024-02-26", "count": 1},
        {"week_start": "2024-03-04", "count": 0},
    ]
    assert data["lessons_from_mistakes"] == 1
    assert run("stats", "--from", "2024-02-26", "--to", "2024-03-10", journal=journal_path) == 0
    out = capsys.readouterr().out
    assert "Entries:" in out and "Lessons from mistakes:  1" in out


@pytest.mark.qt_log_ignore("does not support raise")  # the tooltip, offscreen
def test_sources_bars_answer_hover_and_clicks_and_say_what_they_show(qtbot, year: Journal) -> None:
    from reflekt.core.models import Source
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    qtbot.waitExposed(view)
    sources = view.charts["sources"]
    surface = sources.surface()
    assert surface.accessibleName() == sources.title()
    assert surface.accessibleDescription() == sources.summary()
    share = sources.stats.source_shares["people"] * 100
    point = sources.widget_point(1 - 0.18, share / 2).toPoint()  # inside "Other people"
    # A hover as the window system sends it (QTest's mouseMove does not reach an
    # offscreen window).
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(surface.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(surface, move)
    people = sources.stats.by_source["people"]
    assert "Other people" in surface.toolTip() and str(people) in surface.toolTip()
    with qtbot.waitSignal(view.entriesRequested) as clicked:
        qtbot.mouseClick(surface, Qt.MouseButton.LeftButton, pos=point)
    filters = clicked.args[0]
    assert filters == Filters(source=Source.PEOPLE, date_from=view.period().start, date_to=TODAY)
    assert year.count(filters) == people
    # Between the groups of bars there is nothing to list.
    with qtbot.assertNotEmitted(view.entriesRequested):
        gap = sources.widget_point(1.5, 5).toPoint()
        qtbot.mouseClick(surface, Qt.MouseButton.LeftButton, pos=gap)


def test_the_charts_in_view_are_drawn_when_the_view_is_first_shown(qtbot, year: Journal) -> None:
    from reflekt.gui.growth_view import GrowthView

    view = GrowthView(year, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    qtbot.waitExposed(view)
    for key in ("activity", "kinds", "sources"):
        image = view.charts[key].surface().grab().toImage()
        assert pixel_variance(image) > 50, key  # cells, bars and labels, not an empty box
