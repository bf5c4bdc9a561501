"""`reflekt list` prints one line per entry from headlines, read without the entries'
text: the lines must be exactly those the whole entries would give."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from tests.conftest import Cli

from reflekt.cli.output import entry_line
from reflekt.core.journal import Journal
from reflekt.core.models import Filters

TITLES = ["", " ", "\t\n", "\u3000", "Feedback from Anna", "  padded title  ", "Åsa's ÅÄÖ"]
BODIES = ["", "# Heading line\nmore", "\n\n  second line first", "one line", "###"]


def _fill(journal: Journal, count: int, seed: int) -> None:
    rng = random.Random(seed)
    items = []
    for _ in range(count):
        template = rng.choice(["free", "free", "til", "mistake"])
        items.append(
            {
                "title": rng.choice(TITLES),
                "body": rng.choice(BODIES),
                "template": template,
                "sections": (
                    {}
                    if template == "free"
                    else {"learned": rng.choice(["", "Section text\nline two"])}
                ),
                "tags": rng.sample(["feedback", "mentoring", "åäö", "x"], rng.randint(0, 3)),
                "visibility": rng.choice(["private", "shareable"]),
                "starred": rng.random() < 0.2,
                # Many entries share a day: the order falls back to time and row.
                "day": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(30)),
            }
        )
    journal.add_many(items)
    for entry in journal.list(limit=5).entries:
        journal.delete(entry.id)  # to the trash


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(tag="feedback"),
        Filters(date_from=dt.date(2024, 1, 5), date_to=dt.date(2024, 1, 20)),
        Filters(trash=True),
        Filters(starred=True),
    ],
    ids=["all", "tag", "dates", "trash", "starred"],
)
@pytest.mark.parametrize("page_size", [1, 7, 1000])
def test_headlines_give_the_lines_whole_entries_give(
    journal: Journal, filters: Filters, page_size: int
) -> None:
    _fill(journal, 60, seed=page_size)
    whole = [entry_line(e) for e in journal.iter_entries(filters)]
    light = [entry_line(h) for h in journal.iter_headlines(filters, page_size=page_size)]
    assert light == whole
    assert whole, "the filter matches something"


def test_an_untitled_entry_is_listed_by_its_first_line(
    journal_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(journal_path, capsys, monkeypatch)
    cli.ok("add", "\n\n# Asked Maria about the release checklist\nShe showed me")
    cli.ok("add", "--title", "Titled one", "text")
    out = cli.ok("list", "--limit", "0")
    assert "Asked Maria about the release checklist" in out
    assert "Titled one" in out
    assert len(out.splitlines()) == 2
