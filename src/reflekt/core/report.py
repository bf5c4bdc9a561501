"""The development-talk report: what goes in it, and the same as a self-contained HTML page.

Two audiences. **Just me** sees everything. **To show my manager** is built only
from entries marked shareable, never shows mood or a template's private sections,
and names people by role/department unless the person chose to show names: in the
thank-you list and in every text (titles, excerpts, goals, the person's own points).
Which entries: ``core/scope.py``; which fields and words: ``core/redaction.py``. The
filtering happens here, while the data is gathered, so no renderer (HTML, PDF, the
preview) can leak what it was never given.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from reflekt.core import redaction, scope, stats
from reflekt.core.journal import Journal
from reflekt.core.models import (
    GOAL_STATUS_LABELS,
    KIND_LABELS,
    SOURCE_LABELS,
    Entry,
    GoalStatus,
    Kind,
    Relation,
    Source,
    label,
)
from reflekt.core.stats import GrowthStats, NameCount, Period
from reflekt.core.templates import normalise_lang
from reflekt.errors import InvalidInput
from reflekt.messages import term
from reflekt.messages.pages import MONTHS

TOP_LESSONS = 6
TOP_SHARED = 8
EVIDENCE_PER_GOAL = 4
EXCERPT = 260  # characters of an entry shown in the report
MAX_FREE_TEXT = 20_000


class Audience(StrEnum):
    ME = "me"
    MANAGER = "manager"


def audience(value: str | Audience) -> Audience:
    try:
        return Audience(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(
            f"{value!r} is not an audience for the report. Use 'me' (everything, just for "
            "you) or 'manager' (only shareable entries, no mood, no private sections)."
        ) from None


@dataclass(frozen=True)
class ReportEntry:
    """An entry as the report shows it: already filtered for the audience."""

    id: str
    day: dt.date
    kind: Kind
    title: str
    excerpt: str
    starred: bool


@dataclass(frozen=True)
class GoalReport:
    title: str
    status: GoalStatus
    target_date: dt.date | None
    evidence_count: int
    evidence: list[ReportEntry]


@dataclass(frozen=True)
class Thanks:
    """Someone to thank: a colleague learned from, or the author of a team lesson used."""

    name: str
    count: int
    team_lesson: bool = False


@dataclass(frozen=True)
class ChartImage:
    """A chart rendered by the GUI layer, handed in as PNG bytes."""

    key: str
    title: str
    summary: str
    png: bytes
    width: int = 640  # size on the page, in CSS pixels (the PNG may have more)
    height: int = 300


@dataclass
class Report:
    period: Period
    audience: Audience
    lang: str
    names_shown: bool
    stats: GrowthStats
    goals: list[GoalReport]
    lessons: list[ReportEntry]
    shared: list[ReportEntry]
    thanks: list[Thanks]
    talk_about: str = ""
    support: str = ""
    created: dt.date = field(default_factory=dt.date.today)

    @property
    def for_manager(self) -> bool:
        return self.audience is Audience.MANAGER

    def entry_ids(self) -> list[str]:
        """Every entry the report shows (what a share log records)."""
        ids = [e.id for e in self.lessons] + [e.id for e in self.shared]
        ids += [e.id for goal in self.goals for e in goal.evidence]
        return list(dict.fromkeys(ids))


# -- gathering ------------------------------------------------------------------


def _plain(text: str) -> str:
    """Markdown reduced to one line of readable text for an excerpt."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images say nothing in an excerpt
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?|\d+[.)]\s+)", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|`|~~)", "", text)
    return " ".join(text.split())


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _scope(audience: Audience, period: Period) -> scope.Scope:
    return scope.for_audience(audience.value, period)


def report_entry(
    entry: Entry, audience: Audience, words: redaction.Redactor | None = None
) -> ReportEntry:
    """An entry cut down to what ``audience`` may read, names replaced by ``words``."""
    title, body = redaction.report_texts(entry, scope.for_audience(audience.value).private_view)
    if words is not None:
        title, body = words.text(title), words.text(body)
    title = title.strip()
    if not title:
        # Not display_title: that may come from a private section the audience must not see.
        first, _, body = body.strip().partition("\n")
        title = _plain(first)
        if len(title) > 100:
            title, body = _excerpt(title, 100), first + "\n" + body
    text = _plain(body)
    return ReportEntry(entry.id, entry.day, entry.kind, title, _excerpt(text), entry.starred)


def _entry_ids(
    journal: Journal, period: Period, audience: Audience, where: str, params: list[Any], limit: int
) -> list[str]:
    covered, covered_params = _scope(audience, period).entry_where("e")
    return [
        row[0]
        for row in journal.db.execute(
            f"SELECT e.id FROM entries e WHERE {covered} AND {where} "
            "ORDER BY e.starred DESC, e.day DESC, e.created DESC LIMIT ?",
            [*covered_params, *params, limit],
        )
    ]


def _entries(
    journal: Journal, ids: list[str], audience: Audience, words: redaction.Redactor | None
) -> list[ReportEntry]:
    entries = []
    for entry_id in ids:
        entry = journal.get(entry_id)
        if words is not None:
            words.for_entry(entry.id, redaction.choices(journal, entry.id))
        entries.append(report_entry(entry, audience, words))
    return entries


def redacted(name: str, role: str, department: str, lang: str) -> str:
    """A person as a manager's report shows them when names are not chosen."""
    if role and department:
        return _t("role_in", lang).format(role=role, department=department)
    if role:
        return role
    if department:
        return _t("colleague_in", lang).format(department=department)
    return _t("colleague", lang)


def _thanks(
    journal: Journal, period: Period, audience: Audience, names: bool, lang: str
) -> list[Thanks]:
    covered, params = _scope(audience, period).entry_where("e")
    rows = journal.db.execute(
        "SELECT p.name, p.role, p.department, count(*) AS n FROM entries e "
        "JOIN entry_people l ON l.entry = e.seq JOIN people p ON p.id = l.person "
        f"WHERE {covered} AND l.relation = ? GROUP BY p.id ORDER BY n DESC, p.key",
        [*params, Relation.LEARNED_FROM.value],
    ).fetchall()
    counts: dict[str, int] = {}
    for name, role, department, count in rows:
        if audience is Audience.MANAGER and not names:
            shown_as = redacted(name, role, department, lang)
        else:
            shown_as = name + (f" ({role})" if role else "")
        counts[shown_as] = counts.get(shown_as, 0) + count
    thanks = [Thanks(name, count) for name, count in counts.items()]
    thanks.sort(key=lambda t: (-t.count, t.name.casefold()))
    authors = stats.team_lesson_authors(journal, period, _scope(audience, period).shared_only)
    if audience is Audience.MANAGER and not names:
        authors = [NameCount(_t("team_colleague", lang), sum(a.count for a in authors))] * bool(
            authors
        )
    thanks += [Thanks(a.name, a.count, team_lesson=True) for a in authors]
    return thanks


def _without_names(growth: GrowthStats, plain: Callable[[str], str]) -> GrowthStats:
    """The figures with every name in them replaced: skills (charts, summaries), the
    people learned from and helped, goal titles."""
    return replace(
        growth,
        skills=[NameCount(plain(s.name), s.count) for s in growth.skills],
        skills_per_month=[
            stats.SkillMonth(s.month, plain(s.skill), s.count) for s in growth.skills_per_month
        ],
        learned_from=[NameCount(plain(p.name), p.count) for p in growth.learned_from],
        people_helped=[NameCount(plain(p.name), p.count) for p in growth.people_helped],
        goals=[replace(g, title=plain(g.title)) for g in growth.goals],
    )


def _free_text(value: str, what: str) -> str:
    if len(value) > MAX_FREE_TEXT:
        raise InvalidInput(
            f"The text for {what!r} is too long ({len(value):,} characters; at most "
            f"{MAX_FREE_TEXT:,}). Keep the points for the talk short."
        )
    return value.strip()


def build_report(
    journal: Journal,
    period: Period,
    audience_: Audience | str = Audience.ME,
    *,
    names: bool = False,
    talk_about: str = "",
    support: str = "",
    lang: str = "en",
    today: dt.date | None = None,
) -> Report:
    """Everything the report shows, gathered and filtered for the audience.

    ``names`` shows people's names in a manager's report (otherwise role/department).
    """
    who = audience(audience_)
    lang = normalise_lang(lang)
    manager = who is Audience.MANAGER
    today = today or dt.date.today()
    view = _scope(who, period)
    growth = stats.compute(journal, period, shareable_only=view.shared_only, today=today)
    # A manager's report without names: every person the journal knows is replaced in
    # every text, as in an export with people as roles (issue #13).
    words = (
        redaction.for_journal(journal, redaction.PeopleMode.ROLES, lang)
        if manager and not names
        else None
    )

    def plain(text: str) -> str:
        return words.for_entry("", redaction.Choices()).text(text) if words else text

    if words is not None:
        growth = _without_names(growth, plain)
    covered, covered_params = view.entry_where("e")
    goals = []
    for goal in growth.goals:
        ids = [
            row[0]
            for row in journal.db.execute(
                "SELECT e.id FROM entry_goals l JOIN entries e ON e.seq = l.entry "
                f"JOIN goals g ON g.seq = l.goal WHERE g.id = ? AND {covered} "
                "ORDER BY e.starred DESC, e.day DESC LIMIT ?",
                [goal.id, *covered_params, EVIDENCE_PER_GOAL],
            )
        ]
        goals.append(
            GoalReport(
                goal.title,  # already without names (_without_names)
                goal.status,
                goal.target_date,
                goal.evidence,
                _entries(journal, ids, who, words),
            )
        )
    lesson_kinds = [Kind.LESSON.value, Kind.MISTAKE.value, Kind.TIL.value]
    lessons = _entries(
        journal,
        _entry_ids(journal, period, who, "e.kind IN (?, ?, ?)", lesson_kinds, TOP_LESSONS),
        who,
        words,
    )
    shared = _entries(
        journal,
        _entry_ids(journal, period, who, "e.kind = ?", [Kind.SHARED_KNOWLEDGE.value], TOP_SHARED),
        who,
        words,
    )
    return Report(
        period=period,
        audience=who,
        lang=lang,
        names_shown=names or not manager,
        stats=growth,
        goals=goals,
        lessons=lessons,
        shared=shared,
        thanks=_thanks(journal, period, who, names, lang),
        talk_about=plain(_free_text(talk_about, "What I want to talk about")),
        support=plain(_free_text(support, "Support I would like")),
        created=today,
    )


# -- the share log -----------------------------------------------------------------


def record_share(journal: Journal, report: Report, fmt: str, path: str) -> bool:
    """Record a manager-audience export in the share log; False when nothing was recorded.

    A report "just for me" never left the person's hands and is not logged.
    """
    if report.audience is not Audience.MANAGER:
        return False
    journal.record_share(
        fmt,
        str(path),
        report.entry_ids(),
        people="names" if report.names_shown else "roles",
        audience="manager",
        note="development-talk report",
    )
    return True


# -- words ---------------------------------------------------------------------------


def _t(key: str, lang: str) -> str:
    return term(f"report.{key}", lang)


def format_day(day: dt.date, lang: str) -> str:
    """14 March 2026 / 14 mars 2026: unambiguous for a person in either language."""
    return f"{day.day} {MONTHS[normalise_lang(lang)][day.month - 1]} {day.year}"


def format_period(period: Period, lang: str) -> str:
    return f"{format_day(period.start, lang)} – {format_day(period.end, lang)}"


def report_title(report: Report) -> str:
    return f"{_t('title', report.lang)} · {format_period(report.period, report.lang)}"


def _signed(number: int) -> str:
    return f"+{number}" if number > 0 else ("±0" if number == 0 else f"−{-number}")


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
.footer { margin-top: 2em; font-size: 8.5pt; color: #80868b; border-top: 1px solid #ddd;
          padding-top: 0.4em; }
"""


_BREAK = "page-break-before: always"


def png_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _entry_li(entry: ReportEntry, lang: str) -> str:
    star = f' <span class="muted" title="{_e(_t("starred", lang))}">★</span>' * entry.starred
    meta = f"{format_day(entry.day, lang)} · {label(KIND_LABELS[entry.kind], lang)}"
    title = f'<span class="entry-title">{_e(entry.title)}</span>{star}' if entry.title else ""
    text = f"<br>{_e(entry.excerpt)}" if entry.excerpt else ""
    return f'<li>{title} <span class="entry-meta">{_e(meta)}</span>{text}</li>'


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
) -> str:
    """The report as one HTML page: inline CSS, no scripts, nothing loaded from anywhere.

    Every piece of the person's text is escaped. Charts are embedded as ``data:`` PNGs
    unless ``image_src`` names them otherwise (the PDF writer hands images to Qt
    directly). A manager's report never includes the mood chart, whatever is passed.
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
        f"<style>{_CSS}</style></head><body>",
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
