"""The charts by name, and charts as files and as pictures for the report (light, as
on paper, whatever the app's theme)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from reflekt import private_files
from reflekt.core.stats import GrowthStats
from reflekt.errors import InvalidInput
from reflekt.gui.charts.base import GrowthChart, light_palette
from reflekt.gui.charts.painted import ActivityChart, KindsChart, SourcesChart
from reflekt.gui.charts.plotted import FlowChart, MoodChart, SkillsChart
from reflekt.messages import msg

DEFAULT_SIZE = QSize(900, 420)

CHARTS: dict[str, type[GrowthChart]] = {
    chart.key: chart
    for chart in (ActivityChart, KindsChart, SourcesChart, SkillsChart, FlowChart, MoodChart)
}

# Laid out about as large as they are printed (so text keeps its size on paper), painted
# at twice the pixels so they stay sharp when printed or zoomed.
PAPER_SIZES = {"activity": QSize(640, 170)}
PAPER_SIZE = QSize(640, 300)
PAPER_SCALE = 2.0


def chart_class(name: str) -> type[GrowthChart]:
    chart = CHARTS.get(name.strip().lower())
    if chart is None:
        raise InvalidInput(
            msg(
                "There is no chart called {name}. Choose one of: {choices}.",
                name=repr(name),
                choices=", ".join(CHARTS),
            )
        )
    return chart


def export_chart(
    name: str,
    stats: GrowthStats,
    path: Path,
    width: int = DEFAULT_SIZE.width(),
    height: int = DEFAULT_SIZE.height(),
) -> None:
    """Write one chart as PNG or SVG (by the file's extension), light as on paper."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise InvalidInput(
            msg(
                "reflekt can write charts as .png or .svg, not {suffix}. "
                "Name the output file like chart.png or chart.svg.",
                suffix=suffix or msg("a file without one"),
            )
        )
    private_files.check_target(path)  # never the journal, a backup, a device or a pipe
    chart = paper_chart(name, stats)
    try:
        if suffix == ".svg":
            data = chart.svg_bytes(width, height)
        else:
            data = chart.png_bytes(width, height)
    finally:
        chart.deleteLater()
    # Private (0600), through a random temporary name renamed into place.
    private_files.write_private(path, data)


def paper_chart(name: str, stats: GrowthStats) -> GrowthChart:
    """A chart off screen in the light palette, ready to export."""
    chart = chart_class(name)()
    chart.setPalette(light_palette())
    chart.set_stats(stats)
    return chart


def report_charts(
    stats: GrowthStats, *, include_mood: bool
) -> list[tuple[str, str, str, bytes, QSize]]:
    """(key, title, summary, PNG, size on paper) for every chart with something to show."""
    result = []
    for key in CHARTS:
        if key == "mood" and not include_mood:
            continue
        chart = paper_chart(key, stats)
        try:
            if chart.is_relevant():
                size = PAPER_SIZES.get(key, PAPER_SIZE)
                png = chart.png_bytes(size.width(), size.height(), PAPER_SCALE)
                result.append((key, chart.title(), chart.summary(), png, size))
        finally:
            chart.deleteLater()
    return result
