"""The growth charts' parts: columns from statistics without any widget, one base class
every chart really is, and pyqtgraph behind one module."""

from __future__ import annotations

import ast
import datetime as dt
import itertools
from pathlib import Path

import pytest

from reflekt.core import stats
from reflekt.core.journal import Journal
from reflekt.core.periods import Period, add_months

TODAY = dt.date(2026, 3, 15)
CHARTS_DIR = Path(__file__).resolve().parents[2] / "src" / "reflekt" / "gui" / "charts"


def monthly(journal: Journal, first: dt.date, months: int, **fields: object) -> None:
    """One entry in the middle of every month from ``first`` on."""
    journal.add_many(
        [{"body": f"month {n}", "day": add_months(first, n), **fields} for n in range(months)]
    )


def test_a_short_period_is_counted_week_by_week_and_a_click_never_leaves_it(
    journal: Journal,
) -> None:
    from reflekt.gui.charts.buckets import buckets, clip

    journal.add_many(
        [{"body": "a", "day": dt.date(2026, 3, 2)}, {"body": "b", "day": dt.date(2026, 3, 4)}]
    )
    period = Period(dt.date(2026, 1, 7), TODAY)
    unit, spans = buckets(stats.compute(journal, period, today=TODAY))
    assert unit == "week"
    assert all(span.start.weekday() == 0 and (span.end - span.start).days == 6 for span in spans)
    assert spans[0].start <= period.start and spans[-1].end >= period.end
    # The first week began before the period: what a click on it lists starts with the period.
    assert clip(period, spans[0].start, spans[0].end) == (period.start, spans[0].end)


@pytest.mark.parametrize(
    ("years", "unit", "most_columns"),
    [(2, "month", 25), (10, "quarter", 44), (30, "year", 31)],
)
def test_long_periods_keep_few_enough_columns_to_click(
    journal: Journal, years: int, unit: str, most_columns: int
) -> None:
    from reflekt.gui.charts.buckets import buckets, kinds_series

    first = dt.date(TODAY.year - years, TODAY.month, 10)
    monthly(journal, first, 12 * years, kind="mistake")
    growth = stats.compute(journal, Period(first, TODAY), today=TODAY)
    found, spans = buckets(growth)
    assert found == unit
    assert len(spans) <= most_columns
    # Every entry is in exactly one column, and the columns follow each other day by day.
    _, _, counts = kinds_series(growth)
    assert sum(c.get("mistake", 0) for c in counts) == 12 * years
    assert all(b.start == a.end + dt.timedelta(days=1) for a, b in itertools.pairwise(spans))


def test_flow_counts_learned_and_shared_per_column(journal: Journal) -> None:
    from reflekt.gui.charts.buckets import flow_series

    journal.add_many(
        [
            {"body": "from Anna", "day": dt.date(2026, 1, 5), "kind": "learned-from"},
            {"body": "from Bo", "day": dt.date(2026, 1, 20), "kind": "learned-from"},
            {"body": "taught", "day": dt.date(2026, 2, 3), "kind": "shared-knowledge"},
            {"body": "other", "day": dt.date(2026, 2, 4), "kind": "lesson"},
        ]
    )
    spans, counts = flow_series(stats.compute(journal, Period.last_months(12, TODAY)))
    by_month = {span.start: count for span, count in zip(spans, counts, strict=True)}
    assert by_month[dt.date(2026, 1, 1)] == (2, 0)
    assert by_month[dt.date(2026, 2, 1)] == (0, 1)
    assert sum(learned + shared for learned, shared in counts) == 3


def test_mood_over_years_is_the_average_of_every_mood_in_the_column(journal: Journal) -> None:
    from reflekt.gui.charts.buckets import mood_series

    journal.add_many(
        [
            {"body": "low", "day": dt.date(2024, 1, 10), "mood": 1},
            {"body": "high", "day": dt.date(2024, 2, 10), "mood": 5},
            {"body": "high", "day": dt.date(2024, 2, 11), "mood": 5},
        ]
    )
    unit, spans, values = mood_series(stats.compute(journal, Period(dt.date(2024, 1, 1), TODAY)))
    assert unit == "month"
    by_start = dict(zip((s.start for s in spans), values, strict=True))
    assert by_start[dt.date(2024, 1, 1)] == (1.0, 1)
    assert by_start[dt.date(2024, 2, 1)] == (5.0, 2)
    assert by_start[dt.date(2024, 3, 1)] is None  # no mood that month: no point drawn


def test_the_skills_grid_shows_the_most_practised_skills_only(journal: Journal) -> None:
    from reflekt.gui.charts.buckets import SKILL_ROWS, skill_grid

    items = []
    for n in range(SKILL_ROWS + 3):
        for _ in range(SKILL_ROWS + 3 - n):  # skill 0 most often, the last ones least
            items.append({"body": "x", "day": dt.date(2026, 2, 2), "skills": [f"Skill {n}"]})
    journal.add_many(items)
    spans, rows, counts = skill_grid(stats.compute(journal, Period.last_months(6, TODAY)))
    assert rows == [f"Skill {n}" for n in range(SKILL_ROWS)]
    column = next(n for n, s in enumerate(spans) if s.start == dt.date(2026, 2, 1))
    assert counts[column, "Skill 0"] == SKILL_ROWS + 3
    assert all(skill in rows for _, skill in counts)


def test_charts_name_kinds_and_sources_as_the_editor_does(qapp) -> None:
    from reflekt.core.models import KIND_LABELS, SOURCE_LABELS, Kind, Source
    from reflekt.gui import i18n
    from reflekt.gui.charts import kind_name, source_name

    try:
        for lang in ("en", "sv"):
            i18n.install(lang)
            assert source_name("people") == SOURCE_LABELS[Source.PEOPLE][lang]
            assert kind_name("mistake") == KIND_LABELS[Kind.MISTAKE][lang]
        assert source_name("unheard-of") == "unheard-of"  # a value from elsewhere stays as is
    finally:
        i18n.install("en")


def test_every_chart_is_a_growth_chart_and_none_opts_out_by_raising(qapp) -> None:
    from reflekt.gui import charts

    for key, chart_class in charts.CHARTS.items():
        assert issubclass(chart_class, charts.GrowthChart), key
        chart = chart_class()
        try:
            # Every way of drawing provides the view, its surface and the coordinates.
            assert chart.surface() is not None
            point = chart.widget_point(0, 0)
            assert point.x() == point.x()  # a number, not an exception
        finally:
            chart.deleteLater()
    for module in CHARTS_DIR.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # A property or method whose whole body raises AttributeError hides what a
            # base class promised: the base is then not what the chart really is.
            if isinstance(node, ast.FunctionDef) and len(node.body) == 1:
                raised = node.body[0]
                if isinstance(raised, ast.Raise) and raised.exc is not None:
                    name = ast.unparse(raised.exc)
                    assert not name.startswith("AttributeError"), f"{module.name}: {node.name}"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, by its full name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_pyqtgraph_is_imported_by_the_plotted_charts_only() -> None:
    src = CHARTS_DIR.parents[1]
    importers = sorted(
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if any(name.split(".")[0] == "pyqtgraph" for name in imported_modules(path))
    )
    assert importers == [str(Path("gui") / "charts" / "plotted.py")]


@pytest.mark.parametrize("module", ["base", "buckets", "labels"])
def test_the_base_and_the_buckets_need_no_plot_and_no_chart_above_them(module: str) -> None:
    """Followed through the charts' own modules: none reaches a plot library or a chart."""
    seen, todo = set(), [module]
    while todo:
        name = todo.pop()
        seen.add(name)
        for imported in imported_modules(CHARTS_DIR / f"{name}.py"):
            assert imported.split(".")[0] != "pyqtgraph", f"{name}.py imports {imported}"
            prefix = "reflekt.gui.charts."
            if imported.startswith(prefix) and imported[len(prefix) :] not in seen:
                todo.append(imported[len(prefix) :])
    assert not seen & {"painted", "plotted", "exporting"}, seen
