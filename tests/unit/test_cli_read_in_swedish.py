"""What a person reads from the command line follows `--lang sv` too: the names of an
entry's fields in `reflekt show`, a restore's confirmation and the `--help` texts
(issue #16: "everything a person can see follows the chosen language")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt import messages


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    yield Cli(tmp_path / "cli.reflekt", capsys, monkeypatch)
    messages.set_language("en")


def _entry(cli: Cli) -> str:
    out = cli.ok(
        "add",
        "Vi flyttade tabellerna en i taget.",
        "--title",
        "Migreringen",
        "--tag",
        "databas",
        "--skill",
        "SQL",
        "--person",
        "Maria Lind",
        "--source",
        "people",
        "--mood",
        "4",
        "--share",
        "--star",
    )
    return out.strip().split()[-1]


# The field names `show` gave in English only.
ENGLISH_FIELDS = re.compile(
    r"^(day|kind|visibility|source|mood|tags|skills|people|created):", re.MULTILINE
)


def test_show_names_every_field_in_swedish(cli: Cli) -> None:
    entry = _entry(cli)
    shown = cli.ok("--lang", "sv", "show", entry)
    assert ENGLISH_FIELDS.findall(shown) == [], shown
    for line in (
        "datum:",
        "typ:",
        "synlighet:    delbar  ★ stjärnmärkt",
        "lärandekälla: Andra människor (people)",
        "humör:        4/5",
        "taggar:       databas",
        "färdigheter:  SQL",
        "personer:     Maria Lind (",
        "ändrad: ",
    ):
        assert line in shown, (line, shown)
    assert "updated:" not in shown and "starred" not in shown


def test_show_in_english_keeps_its_lines(cli: Cli) -> None:
    entry = _entry(cli)
    shown = cli.ok("show", entry)
    assert "visibility: shareable  ★ starred\n" in shown
    assert "source:     people\n" in shown
    assert re.search(r"^day:        \d{4}-\d\d-\d\d$", shown, re.MULTILINE)
    assert re.search(r"^created:    \S+   updated: \S+$", shown, re.MULTILINE)


def test_a_restore_is_confirmed_in_swedish(cli: Cli) -> None:
    entry = _entry(cli)
    cli.ok("delete", entry)
    said = cli.ok("--lang", "sv", "restore", entry)
    assert said.startswith(f"Återställde {entry[:8]}: Migreringen"), said
