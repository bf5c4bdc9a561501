"""The growth charts: one base class every chart is, two ways of drawing it.

- ``base``: ``GrowthChart`` (title, summary, accessible name and description, theme,
  hover and click to entries, PNG/SVG export, the redraw template); no plot library.
- ``buckets``: statistics to columns (weeks, months, quarters, years); no widget.
- ``labels``: kinds, sources and dates in the UI language (the model's labels).
- ``painted``: charts painted with QPainter (activity, kinds, sources).
- ``plotted``: charts drawn with pyqtgraph (skills, flow, mood), the only module that
  imports it. Importing this package loads pyqtgraph: the growth view and the report
  import it only when they are first used.
- ``exporting``: the charts by name, as files and as pictures for the report.
"""

from __future__ import annotations

from reflekt.gui.charts.base import GrowthChart, Theme, light_palette
from reflekt.gui.charts.buckets import Bucket, bucket_ticks, buckets, month_buckets, month_sums
from reflekt.gui.charts.exporting import (
    CHARTS,
    DEFAULT_SIZE,
    chart_class,
    export_chart,
    paper_chart,
    report_charts,
)
from reflekt.gui.charts.labels import day_text, entries_text, kind_name, month_text, source_name
from reflekt.gui.charts.painted import ActivityChart, KindsChart, PaintedChart, SourcesChart
from reflekt.gui.charts.plotted import FlowChart, MoodChart, PlottedChart, SkillsChart

__all__ = [
    "CHARTS",
    "DEFAULT_SIZE",
    "ActivityChart",
    "Bucket",
    "FlowChart",
    "GrowthChart",
    "KindsChart",
    "MoodChart",
    "PaintedChart",
    "PlottedChart",
    "SkillsChart",
    "SourcesChart",
    "Theme",
    "bucket_ticks",
    "buckets",
    "chart_class",
    "day_text",
    "entries_text",
    "export_chart",
    "kind_name",
    "light_palette",
    "month_buckets",
    "month_sums",
    "month_text",
    "paper_chart",
    "report_charts",
    "source_name",
]
