"""The development-talk report as HTML (and its CSS): what the report dialog shows and
the PDF is printed from. The report's data is built by ``core/report.py``."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Sequence

from reflekt.core import stats
from reflekt.core.models import GOAL_STATUS_LABELS, KIND_LABELS, SOURCE_LABELS, Source, label
from reflekt.core.report import (
    ChartImage,
    Report,
    ReportEntry,
    ReportPicture,
    _signed,
    _t,
    format_day,
    format_period,
    report_title,
)
from reflekt.core.stats import GrowthStats

# -- HTML ------------------------------------------------------------------------------

_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: #1d1d1f;
       font-size: 10.5pt; margin: 0 auto; max-width: 46em; padding: 1em; }
h1 { font-size: 22pt; font-weight: 600; color: #1f4e8c; margin: 0 0 0.1em 0; }
h2 { font-size: 14pt; font-weight: 600; color: #1f4e8c; margin: 1.4em 0 0.4em 0;
     border-bottom: 1px solid #c9d6ea; padding-bottom: 0.15em; }
h3 { font-size: 11pt; font-weight: 600; margin: 0.9em 0 0.2em 0; }
p { margin: 0.3em 0; }
.muted { color: #5f6368; }
.period { font-size: 12pt; color: #3c4043; margin: 0; }
table.tiles { border-collapse: separate; border-spacing: 6px; width: 100%; }
table.tiles td { background-color: #eef3fa; padding: 8px 10px; vertical-align: top;
                 width: 25%; }
.number { font-size: 18pt; font-weight: 600; color: #1f4e8c; }
.tile-label { font-size: 9pt; color: #3c4043; }
.tile-note { font-size: 8.5pt; color: #5f6368; }
table.mix { border-collapse: collapse; margin: 0.3em 0; }
table.mix td, table.mix th { padding: 3px 12px 3px 0; text-align: left; }
table.mix th { font-weight: 600; font-size: 9pt; color: #5f6368; }
.caption { font-size: 9.5pt; color: #3c4043; margin: 0.2em 0 1.2em 0; }
.picture-caption { font-size: 9pt; color: #3c4043; margin: 0.1em 0 0.6em 0; }
img { max-width: 100%; height: auto; }
p, li { line-height: 140%; }
p.chart { margin: 0.2em 0 0 0; line-height: 100%; }
ul { margin: 0.2em 0 0.2em 1.2em; padding: 0; }
li { margin: 0.25em 0; }
.entry-title { font-weight: 600; }
.entry-meta { font-size: 9pt; color: #5f6368; }
.status { font-size: 9pt; color: #1f4e8c; }
.free { border-collapse: collapse; }
.free td { background-color: #f3f5f8; padding: 6px 10px; }
.footer { margin-top: 2em; font-size: 8.5pt; color: #5f6368; border-top: 1px solid #ddd;
          padding-top: 0.4em; }
"""


# On paper the text fills the page's text area. Qt's rich text (the PDF) reads "margin:
# 0 auto" as a wide indent on both sides of every block (and applies @media screen
# rules), which left charts wider than the text and cut off at the margin.
_PAPER_CSS = "body { margin: 0; max-width: none; padding: 0; }"

_BREAK = "page-break-before: always"
# The widest an entry's picture is drawn (CSS pixels): inside the list's indent on A4.
PICTURE_WIDTH = 480
_MIME = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}


def png_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _entry_li(entry: ReportEntry, lang: str) -> str:
    star = f' <span class="muted" title="{_e(_t("starred", lang))}">★</span>' * entry.starred
    meta = f"{format_day(entry.day, lang)} · {label(KIND_LABELS[entry.kind], lang)}"
    title = f'<span class="entry-title">{_e(entry.title)}</span>{star}' if entry.title else ""
    text = f"<br>{_e(entry.excerpt)}" if entry.excerpt else ""
    pictures = "".join(_picture(p) for p in entry.pictures)
    return f'<li>{title} <span class="entry-meta">{_e(meta)}</span>{text}{pictures}</li>'


def _picture(picture: ReportPicture) -> str:
    """A picture embedded whole (``data:``), no wider than ``PICTURE_WIDTH``, its caption
    (``alt`` and under it)."""
    width, height = max(1, picture.width), max(1, picture.height)
    if width > PICTURE_WIDTH:
        width, height = PICTURE_WIDTH, max(1, round(height * PICTURE_WIDTH / width))
    src = f"data:{_MIME[picture.type]};base64," + base64.b64encode(picture.data).decode("ascii")
    # In a paragraph of its own at line height 100%: the list's 140% would leave a
    # band the height of half the picture under it.
    caption = f'<p class="picture-caption">{_e(picture.caption)}</p>' if picture.caption else ""
    return (
        f'<p class="chart"><img src="{src}" alt="{_e(picture.caption)}" width="{width}" '
        f'height="{height}"></p>{caption}'
    )


def _tile(number: str, caption: str, note: str = "") -> str:
    note_html = f'<br><span class="tile-note">{_e(note)}</span>' if note else ""
    return (
        f'<td><span class="number">{_e(number)}</span><br>'
        f'<span class="tile-label">{_e(caption)}</span>{note_html}</td>'
    )


def _free(title: str, text: str) -> list[str]:
    if not text:
        return []
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    body = "".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    # One shaded table cell, not a div: Qt's rich text shades each paragraph of a div apart.
    return [
        f"<h2>{_e(title)}</h2>",
        f'<table class="free" width="100%"><tr><td>{body}</td></tr></table>',
    ]


def render_html(
    report: Report,
    charts: Sequence[ChartImage] = (),
    *,
    image_src: Callable[[ChartImage], str] | None = None,
    paper: bool = False,
) -> str:
    """The report as one HTML page: inline CSS, no scripts, nothing loaded from anywhere.

    Every piece of the person's text is escaped. Charts are embedded as ``data:`` PNGs
    unless ``image_src`` names them otherwise (the PDF writer hands images to Qt
    directly). A manager's report never includes the mood chart, whatever is passed.
    ``paper``: laid out for the PDF's page (no centring, no padding of its own).
    """
    lang = report.lang
    src = image_src or (lambda chart: png_data_url(chart.png))
    s = report.stats
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}"><head><meta charset="utf-8">',
        # A page nobody can make fetch or run anything, even if opened from a mail.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{_e(report_title(report))}</title>",
        f"<style>{_CSS}{_PAPER_CSS if paper else ''}</style></head><body>",
        f"<h1>{_e(_t('title', lang))}</h1>",
        f'<p class="period">{_e(format_period(report.period, lang))}</p>',
        f'<p class="muted">{_e(_t("for_manager" if report.for_manager else "for_me", lang))}</p>',
        f"<h2>{_e(_t('summary', lang))}</h2>",
        '<table class="tiles"><tr>',
        _tile(
            str(s.total_entries),
            _t("entries", lang),
            _t("vs_previous", lang).format(change=_signed(s.change), days=s.period.days),
        ),
        _tile(
            str(s.streak.current),
            _t("streak", lang),
            _t("streak_note", lang).format(longest=s.streak.longest),
        ),
        _tile(str(s.lessons_from_mistakes), _t("mistakes", lang)),
        _tile(str(s.shared_count), _t("shared_count", lang)),
        "</tr><tr>",
        _tile(str(s.learned_from_count), _t("learned_count", lang)),
        _tile(str(sum(p.count for p in s.people_helped)), _t("helped", lang)),
        _tile(str(s.team_lessons_used), _t("team_used", lang)),
        _tile(str(len([g for g in s.goals if g.evidence])), _t("goals", lang)),
        "</tr></table>",
    ]
    out += _mix_table(s, lang)
    out += _free(_t("talk_about", lang), report.talk_about)
    # Goals come first after the person's own points: they are what the talk is about.
    out.append(f"<h2>{_e(_t('goals', lang))}</h2>")
    if not report.goals:
        out.append(f'<p class="muted">{_e(_t("no_goals", lang))}</p>')
    for goal in report.goals:
        status = label(GOAL_STATUS_LABELS[goal.status], lang)
        if goal.target_date:
            status += " · " + _t("target", lang).format(date=format_day(goal.target_date, lang))
        count = (
            _t("evidence_one", lang)
            if goal.evidence_count == 1
            else _t("evidence", lang).format(count=goal.evidence_count)
        )
        out.append(f'<h3>{_e(goal.title)}</h3><p class="status">{_e(status)} · {_e(count)}</p>')
        if goal.evidence:
            out.append("<ul>" + "".join(_entry_li(e, lang) for e in goal.evidence) + "</ul>")
    shown_charts = [c for c in charts if not (report.for_manager and c.key == "mood")]
    if shown_charts:
        # Charts start on a fresh page, two to a page, so that no chart is torn from its title.
        out.append(f'<h2 style="{_BREAK}">{_e(_t("charts", lang))}</h2>')
        for n, chart in enumerate(shown_charts):
            style = f' style="{_BREAK}"' if n and n % 2 == 0 else ""
            out += [
                f"<h3{style}>{_e(chart.title)}</h3>",
                f'<p class="chart"><img src="{_e(src(chart))}" alt="{_e(chart.summary)}" '
                f'width="{chart.width}" height="{chart.height}"></p>',
                f'<p class="caption">{_e(chart.summary)}</p>',
            ]
    lessons_style = f' style="{_BREAK}"' if shown_charts else ""
    out.append(f"<h2{lessons_style}>{_e(_t('lessons', lang))}</h2>")
    out.append(_list(report.lessons, lang, "no_lessons"))
    out.append(f"<h2>{_e(_t('shared', lang))}</h2>")
    out.append(_list(report.shared, lang, "no_shared"))
    out.append(f"<h2>{_e(_t('thanks', lang))}</h2>")
    if report.thanks:
        out.append(f"<p>{_e(_t('thanks_intro', lang))}</p><ul>")
        for thanks in report.thanks:
            extra = f" ({_t('team_lesson', lang)})" if thanks.team_lesson else ""
            times = _t("times", lang).format(count=thanks.count)
            out.append(f'<li>{_e(thanks.name)}{_e(extra)} <span class="muted">{_e(times)}</span>')
        out.append("</ul>")
    else:
        out.append(f'<p class="muted">{_e(_t("no_thanks", lang))}</p>')
    out += _free(_t("support", lang), report.support)
    footer = _t("footer", lang).format(date=format_day(report.created, lang))
    out += [f'<p class="footer">{_e(footer)}</p>', "</body></html>"]
    return "\n".join(out)


def _mix_table(s: GrowthStats, lang: str) -> list[str]:
    named = sum(s.by_source.values())
    if not named:
        return []
    rows = [
        f"<h3>{_e(_t('mix', lang))}</h3>",
        '<table class="mix"><tr><th></th>',
        f"<th>{_e(_t('mine', lang))}</th><th>{_e(_t('reference', lang))}</th></tr>",
    ]
    for source in Source:
        mine = round(100 * s.source_shares[source.value])
        reference = round(100 * stats.REFERENCE_SHARES[source.value])
        rows.append(
            f"<tr><td>{_e(label(SOURCE_LABELS[source], lang))}</td>"
            f"<td>{mine} %</td><td>{reference} %</td></tr>"
        )
    rows += ["</table>", f'<p class="muted">{_e(_t("mix_note", lang))}</p>']
    return rows


def _list(entries: list[ReportEntry], lang: str, empty: str) -> str:
    if not entries:
        return f'<p class="muted">{_e(_t(empty, lang))}</p>'
    return "<ul>" + "".join(_entry_li(e, lang) for e in entries) + "</ul>"
