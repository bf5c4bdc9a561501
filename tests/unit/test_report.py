"""The development-talk report: what a manager's copy may show, and safe HTML."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

from reflekt.core import report, stats
from reflekt.core.journal import Journal
from reflekt.core.models import KIND_LABELS, Kind, PersonLink, Relation, label
from reflekt.core.periods import Period
from reflekt.core.report import Audience, ChartImage, build_report
from reflekt.errors import InvalidInput
from reflekt.share.report_html import render_html

D = dt.date.fromisoformat
PERIOD = Period(D("2024-01-01"), D("2024-06-30"))
TODAY = D("2024-07-01")
PRIVATE_ENTRY = "SENTINEL-PRIVATE-ENTRY"
PRIVATE_SECTION = "SENTINEL-PRIVATE-SECTION"
MOOD = "SENTINEL-MOOD"
PERSON = "Sentinel Person"


@pytest.fixture
def sentinel_journal(journal: Journal) -> Journal:
    goal = journal.goals.add("Facilitate better retrospectives")
    journal.add(
        f"My own notes. {PRIVATE_ENTRY}",
        title="A private lesson",
        kind="lesson",
        starred=True,
        mood=1,
        day="2024-02-01",
        goals=[goal.id],
        people=[PersonLink("Private Pal", Relation.LEARNED_FROM)],
    )
    journal.add(
        template="gibbs",
        title="The retro that went quiet",
        sections={
            "description": "Nobody spoke for ten minutes.",
            "feelings": f"I felt awful. {PRIVATE_SECTION}",
            "conclusion": "Start with a silent writing round.",
        },
        kind="lesson",
        mood=2,
        visibility="shareable",
        day="2024-03-05",
        goals=[goal.id],
    )
    journal.add(
        "How she runs check-ins.",
        title="Check-ins from a colleague",
        kind="learned-from",
        visibility="shareable",
        day="2024-04-10",
        people=[PersonLink(PERSON, Relation.LEARNED_FROM, role="Team lead", department="Support")],
    )
    journal.add(
        "Showed the team how to use the release checklist.",
        title="<script>alert('x')</script> & the checklist",
        kind="shared-knowledge",
        visibility="shareable",
        day="2024-05-20",
    )
    return journal


class Text(HTMLParser):
    """Visible text, and every attribute that could load something."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action") and value:
                self.sources.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Text:
    parser = Text()
    parser.feed(page)
    return parser


def charts_with_mood() -> list[ChartImage]:
    png = b"\x89PNG\r\n\x1a\nnot really"
    return [
        ChartImage("kinds", "Kinds of entry over time", "Mostly lessons.", png),
        ChartImage("mood", f"Mood {MOOD}", f"Average mood 1.5 {MOOD}", png),
    ]


def test_manager_report_never_shows_private_entries_sections_mood_or_names(
    sentinel_journal: Journal,
) -> None:
    built = build_report(sentinel_journal, PERIOD, "manager", lang="en", today=TODAY)
    page = render_html(built, charts_with_mood())
    for sentinel in (PRIVATE_ENTRY, PRIVATE_SECTION, MOOD, PERSON, "Private Pal"):
        assert sentinel not in page
    assert "A private lesson" not in page
    text = " ".join(parse(page).text)
    assert "The retro that went quiet" in text
    assert "Start with a silent writing round." in text  # a shareable section stays
    assert "Team lead, Support" in text  # the person, by role and department
    assert built.stats.total_entries == 3  # only shareable entries are counted
    assert built.stats.mood_per_week == []
    goal = built.goals[0]
    assert (goal.evidence_count, [e.title for e in goal.evidence]) == (
        1,
        ["The retro that went quiet"],
    )


def test_manager_report_names_people_when_asked(sentinel_journal: Journal) -> None:
    built = build_report(sentinel_journal, PERIOD, "manager", names=True, today=TODAY)
    page = render_html(built)
    assert f"{PERSON} (Team lead)" in page
    assert "Private Pal" not in page  # still only shareable entries


def test_my_own_report_shows_everything(sentinel_journal: Journal) -> None:
    built = build_report(sentinel_journal, PERIOD, Audience.ME, today=TODAY)
    page = render_html(built, charts_with_mood())
    for sentinel in (PRIVATE_ENTRY, PRIVATE_SECTION, MOOD, PERSON, "Private Pal"):
        assert sentinel in page
    lessons = [e.title for e in built.lessons]
    assert lessons[0] == "A private lesson"  # starred first
    assert [t.name for t in built.thanks] == ["Private Pal", f"{PERSON} (Team lead)"]


def test_html_is_escaped_self_contained_and_script_free(sentinel_journal: Journal) -> None:
    built = build_report(
        sentinel_journal,
        PERIOD,
        "me",
        talk_about='<img src="https://evil.example/x.png">Pay rise?',
        support="A mentor\n\nand time for a course",
        today=TODAY,
    )
    page = render_html(built, charts_with_mood())
    parsed = parse(page)
    assert "script" not in parsed.tags
    assert all(src.startswith("data:image/png;base64,") for src in parsed.sources)
    assert len(parsed.sources) == 2
    text = "".join(parsed.text)
    assert "<script>alert('x')</script> & the checklist" in text  # shown, as text
    assert '<img src="https://evil.example/x.png">Pay rise?' in text
    assert "What I want to talk about" in text and "Support I would like" in text
    assert "Content-Security-Policy" in page


def test_summary_numbers_compare_with_the_previous_period(journal: Journal) -> None:
    for day in ("2023-08-01", "2024-02-01", "2024-03-01", "2024-04-01"):
        journal.add("x", day=day)
    built = build_report(journal, PERIOD, "me", today=TODAY)
    assert (built.stats.total_entries, built.stats.previous_total) == (3, 1)
    assert "+2 compared with the 182 days before" in render_html(built)


def test_swedish_report(sentinel_journal: Journal) -> None:
    built = build_report(sentinel_journal, PERIOD, "manager", lang="sv", today=TODAY)
    text = " ".join(parse(render_html(built)).text)
    assert "Utvecklingssamtal" in text
    assert "1 januari 2024 – 30 juni 2024" in text
    assert "Förberett för att visa min chef" in text
    assert label(KIND_LABELS[Kind.SHARED_KNOWLEDGE], "sv") in text  # kind labels in Swedish


def test_an_unknown_audience_is_refused_plainly(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="'me'"):
        build_report(journal, PERIOD, "hr")


def test_a_manager_export_is_recorded_in_the_share_log(sentinel_journal: Journal) -> None:
    built = build_report(sentinel_journal, PERIOD, "manager", today=TODAY)
    assert report.record_share(sentinel_journal, built, "pdf", "/tmp/x.pdf") is True
    (record,) = sentinel_journal.shares.list()
    assert (record.format, record.path) == ("pdf", "/tmp/x.pdf")
    shown = {e.id for e in built.lessons + built.shared}
    assert set(record.entries) == shown and shown
    mine = build_report(sentinel_journal, PERIOD, "me", today=TODAY)
    assert report.record_share(sentinel_journal, mine, "pdf", "/tmp/y.pdf") is False
    assert len(sentinel_journal.shares.list()) == 1


def test_last_talk_sets_the_default_period(journal: Journal) -> None:
    stats.set_last_talk(journal, D("2024-03-31"))
    assert stats.default_period(journal, TODAY) == Period(D("2024-04-01"), TODAY)
