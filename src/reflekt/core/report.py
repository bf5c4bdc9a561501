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

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from reflekt.core import pictures, redaction, scope, stats
from reflekt.core.journal import Journal
from reflekt.core.models import (
    Entry,
    GoalStatus,
    Kind,
    Relation,
)
from reflekt.core.periods import Period
from reflekt.core.stats import GrowthStats, NameCount
from reflekt.core.storage import reports
from reflekt.core.templates import normalise_lang
from reflekt.errors import InvalidInput
from reflekt.messages import msg, term
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
            msg(
                "{value} is not an audience for the report. Use 'me' (everything, just for "
                "you) or 'manager' (only shareable entries, no mood, no private sections).",
                value=repr(value),
            )
        ) from None


@dataclass(frozen=True)
class ReportPicture:
    """A picture an entry in the report shows: the journal's stored bytes (no metadata),
    its caption as the audience may read it (names replaced for a manager)."""

    sha256: str
    type: str
    data: bytes
    width: int
    height: int
    caption: str


@dataclass(frozen=True)
class ReportEntry:
    """An entry as the report shows it: already filtered for the audience."""

    id: str
    day: dt.date
    kind: Kind
    title: str
    excerpt: str
    starred: bool
    pictures: tuple[ReportPicture, ...] = ()


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

    def has_pictures(self) -> bool:
        """True when an entry the report shows carries a picture."""
        entries = self.lessons + self.shared + [e for g in self.goals for e in g.evidence]
        return any(entry.pictures for entry in entries)

    def without_pictures(self) -> Report:
        """The same report with every entry's pictures left out (*Include pictures*
        unticked)."""

        def bare(entries: list[ReportEntry]) -> list[ReportEntry]:
            return [replace(entry, pictures=()) for entry in entries]

        goals = [replace(goal, evidence=bare(goal.evidence)) for goal in self.goals]
        return replace(self, goals=goals, lessons=bare(self.lessons), shared=bare(self.shared))


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
    return journal.read(reports.entry_ids, covered, covered_params, where, params, limit)


def _entries(
    journal: Journal,
    ids: list[str],
    audience: Audience,
    words: redaction.Redactor | None,
    include_pictures: bool = True,
) -> list[ReportEntry]:
    entries = []
    for entry_id in ids:
        entry = journal.get(entry_id)
        if words is not None:
            words.for_entry(entry.id, redaction.choices(journal, entry.id))
        shown = report_entry(entry, audience, words)
        if include_pictures:
            shown = replace(shown, pictures=_pictures(journal, entry, audience, words))
        entries.append(shown)
    return entries


def _pictures(
    journal: Journal, entry: Entry, audience: Audience, words: redaction.Redactor | None
) -> tuple[ReportPicture, ...]:
    """The pictures of the texts the audience may read, each once, in reading order."""
    _, text = redaction.report_texts(entry, scope.for_audience(audience.value).private_view)
    if "picture:" not in text:
        return ()
    if words is not None:
        text = words.text(text)
    found: dict[str, ReportPicture] = {}
    for ref in pictures.references(text):
        sha256, caption = ref.sha256, ref.caption
        info = None if sha256 in found else journal.pictures.info(sha256)
        if info is None:
            continue  # shown already, or not in the journal
        found[sha256] = ReportPicture(
            sha256, info.type, journal.pictures.data(sha256), info.width, info.height, caption
        )
    return tuple(found.values())


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
    rows = journal.read(reports.people_linked, covered, params, Relation.LEARNED_FROM.value)
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
            msg(
                "The text for {what} is too long ({count:,} characters; at most "
                "{most:,}). Keep the points for the talk short.",
                what=repr(what),
                count=len(value),
                most=MAX_FREE_TEXT,
            )
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
    include_pictures: bool = True,
) -> Report:
    """Everything the report shows, gathered and filtered for the audience.

    ``names`` shows people's names in a manager's report (otherwise role/department).
    ``include_pictures``: the pictures of the entries shown, under each (``--no-pictures``
    leaves them out).
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
        ids = journal.read(
            reports.goal_evidence, goal.id, covered, covered_params, EVIDENCE_PER_GOAL
        )
        goals.append(
            GoalReport(
                goal.title,  # already without names (_without_names)
                goal.status,
                goal.target_date,
                goal.evidence,
                _entries(journal, ids, who, words, include_pictures),
            )
        )
    lesson_kinds = [Kind.LESSON.value, Kind.MISTAKE.value, Kind.TIL.value]
    lessons = _entries(
        journal,
        _entry_ids(journal, period, who, "e.kind IN (?, ?, ?)", lesson_kinds, TOP_LESSONS),
        who,
        words,
        include_pictures,
    )
    shared = _entries(
        journal,
        _entry_ids(journal, period, who, "e.kind = ?", [Kind.SHARED_KNOWLEDGE.value], TOP_SHARED),
        who,
        words,
        include_pictures,
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
        # Named in the error's language (the messages'), not the report's.
        talk_about=plain(_free_text(talk_about, term("report.talk_about"))),
        support=plain(_free_text(support, term("report.support"))),
        created=today,
    )


# -- the share log -----------------------------------------------------------------


def record_share(journal: Journal, report: Report, fmt: str, path: str) -> bool:
    """Record a manager-audience export in the share log; False when nothing was recorded.

    A report "just for me" never left the person's hands and is not logged.
    """
    if report.audience is not Audience.MANAGER:
        return False
    journal.shares.record(
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
