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


# -- --help ---------------------------------------------------------------------------------


def _help_texts() -> dict[str, str]:
    """Every help and description text the command line can show, with where it is."""
    import argparse

    from reflekt.cli import parser_sv
    from reflekt.cli.parser import build_parser, subcommands

    parser_sv.speak("en")
    found: dict[str, str] = {}

    def walk(parser: argparse.ArgumentParser, where: str) -> None:
        if parser.description:
            found.setdefault(parser.description, where)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                found.setdefault(action.help, f"{where} {'/'.join(action.option_strings)}")
            for choice in getattr(action, "_choices_actions", []):
                found.setdefault(choice.help, f"{where} {choice.dest}")
        for name, sub in subcommands(parser).items():
            walk(sub, f"{where} {name}")

    walk(build_parser(), "reflekt")
    return found


def test_every_help_text_has_its_swedish_and_none_is_left_over() -> None:
    from reflekt.cli.parser_sv import ARGPARSE_SV
    from reflekt.messages.sv_help import HELP

    shown = _help_texts()
    argparse_own = {text for text in shown if text in ARGPARSE_SV}  # "show this help ..."
    missing = [f"{where}: {text!r}" for text, where in shown.items() if text not in HELP]
    assert sorted(set(missing) - {f"{shown[t]}: {t!r}" for t in argparse_own}) == []
    assert sorted(set(HELP) - set(shown)) == [], "no longer shown by any command"
    assert [text for text, sv in HELP.items() if sv == text] == []


@pytest.mark.parametrize(
    ("argv", "swedish", "english"),
    [
        (["--lang", "sv", "--help"], "visa en anteckning", "show one entry"),
        (["show", "--help", "--lang", "sv"], "skriv ut JSON", "print JSON"),
        (["--lang", "sv", "edit", "--help"], "ersätter alla anteckningens taggar", "replaces"),
        (["--lang", "sv", "team", "sync", "--help"], "slutkod 6", "could not be read"),
        (["--lang", "sv", "--help"], "visa programmets version", "version number"),
    ],
)
def test_help_is_read_in_swedish(capsys, argv: list[str], swedish: str, english: str) -> None:
    from reflekt.cli import main

    with pytest.raises(SystemExit) as done:
        main(argv)
    out = capsys.readouterr().out
    messages.set_language("en")
    assert done.value.code == 0
    out = " ".join(out.split())  # as read, whatever the terminal's width
    assert swedish in out and english not in out, out


def test_help_in_english_is_unchanged(capsys) -> None:
    from reflekt.cli import main

    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    out = capsys.readouterr().out
    assert "replaces all the entry's tags, --add-tag keeps them" in " ".join(out.split())


def test_an_export_goals_and_the_share_log_are_reported_in_swedish(cli: Cli, tmp_path) -> None:
    entry = _entry(cli)
    goal = cli.ok("goal", "add", "Bli bättre på SQL", "--target", "2027-01-31").strip()
    cli.ok("goal", "link", goal, entry)
    said = cli.ok("--lang", "sv", "export", "--format", "md", "--shared", "-o", str(tmp_path))
    assert said.startswith("Exporterade 1 anteckning till "), said
    goals = cli.ok("--lang", "sv", "goals")
    assert "senast 2027-01-31" in goals and "(1 anteckning)" in goals, goals
    shown = cli.ok("--lang", "sv", "goal", "show", goal)
    assert "måldatum: 2027-01-31" in shown and "1 länkad anteckning:" in shown, shown
    log = cli.ok("--lang", "sv", "shares")
    assert "1 anteckning" in log and "entry" not in log, log


def test_every_commands_help_can_be_shown_in_swedish() -> None:
    """argparse fills %(default)s and friends into help texts: a stray % in a Swedish
    text would break that command's --help."""
    import argparse

    from reflekt.cli.parser import build_parser, subcommands

    messages.set_language("sv")
    try:
        pages = []

        def walk(parser: argparse.ArgumentParser) -> None:
            pages.append(parser.format_help())
            for sub in subcommands(parser).values():
                walk(sub)

        walk(build_parser())
    finally:
        from reflekt.cli import parser_sv

        messages.set_language("en")
        parser_sv.speak("en")
    assert len(pages) > 40
    assert all(page.startswith("användning: ") for page in pages)
    assert not any("show this help" in page for page in pages)
