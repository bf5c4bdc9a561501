"""A new user's first hour on the command line (issue #16): the command lines the README
and the guide show work as written, in any order, and mistakes are told in the
person's language."""

from __future__ import annotations

import argparse
import inspect
import json
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt.cli.parser import build_parser, subcommands


@pytest.fixture
def run(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "first.reflekt", capsys, monkeypatch)


def _show(run: Cli, entry_id: str) -> dict:
    return json.loads(run.ok("show", entry_id, "--json"))


# -- options and text in any order ---------------------------------------------------


def test_edit_takes_options_before_the_text(run: Cli) -> None:
    entry_id = run.ok("add", "old text").strip()
    run.ok("edit", entry_id, "--title", "Migration", "new text")
    entry = _show(run, entry_id)
    assert (entry["title"], entry["body"]) == ("Migration", "new text")


def test_add_takes_options_on_both_sides_of_the_text(run: Cli) -> None:
    entry_id = run.ok("add", "--tag", "incident", "What broke", "--star").strip()
    entry = _show(run, entry_id)
    assert (entry["body"], entry["tags"], entry["starred"]) == ("What broke", ["incident"], True)


def test_edit_still_refuses_a_second_text(run: Cli) -> None:
    entry_id = run.ok("add", "text").strip()
    run.fails("edit", entry_id, "one", "--title", "T", "two", match="unrecognized arguments: two")
    assert _show(run, entry_id)["title"] == ""


# -- global options after the command --------------------------------------------------


def test_lang_after_the_command_as_the_readme_shows(run: Cli) -> None:
    english = run.ok("prompt", "--date", "2026-03-02")
    swedish = run.ok("prompt", "--date", "2026-03-02", "--lang", "sv")
    assert swedish == run.ok("--lang", "sv", "prompt", "--date", "2026-03-02")
    assert swedish != english


def test_journal_after_the_command(run: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other.reflekt"
    run.ok("add", "in the first journal")
    run.ok("add", "in the other journal", "--journal", str(other))
    assert "in the other journal" in run.ok("search", "journal", "--journal", str(other))
    assert "in the first journal" not in run.ok("list", "--journal", str(other))
    assert "in the first journal" in run.ok("list")


def test_a_commands_own_lang_keeps_its_meaning(run: Cli) -> None:
    run.ok("demo", "--lang", "sv")  # the sample's language, not only the messages'
    titles = " ".join(e["title"] for e in json.loads(run.ok("list", "--json", "--limit", "5")))
    assert any(ch in titles for ch in "åäö")


def _global_options_everywhere() -> list[tuple[str, ...]]:
    found = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for name, sub in subcommands(parser).items():
            found.append((*path, name))
            walk(sub, (*path, name))

    walk(build_parser(), ())
    return found


@pytest.mark.parametrize("command", _global_options_everywhere(), ids=" ".join)
def test_every_command_takes_the_global_options_after_it(command: tuple[str, ...]) -> None:
    parser = build_parser()
    for word in command:
        parser = subcommands(parser)[word]
    assert "--journal" in parser._option_string_actions
    assert "--lang" in parser._option_string_actions


# -- a group command with no action does its listing ----------------------------------


def _groups() -> list[str]:
    return [name for name, sub in subcommands(build_parser()).items() if subcommands(sub)]


def test_the_group_commands_are_the_ones_the_guide_names() -> None:
    assert set(_groups()) >= {"team", "trash", "goal"}


@pytest.mark.parametrize("group", _groups())
def test_a_group_command_with_no_action_lists(run: Cli, group: str) -> None:
    run.ok("goal", "add", "Lead a retro")
    entry_id = run.ok("add", "gone soon").strip()
    run.ok("delete", entry_id)
    code, out, err = run(group)
    assert (code, err) == (0, "")
    assert out == run.ok(group, "list")
    assert out.strip()


# -- mistakes in the person's language ---------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "english", "swedish"),
    [
        (["serch", "x"], "there is no 'serch'; did you mean search?", "menade du search?"),
        (["trash", "emty"], "there is no 'emty'; did you mean empty?", "menade du empty?"),
        (["zzz"], "invalid choice: 'zzz'", "ogiltigt val: 'zzz'"),
        (["list", "extra"], "unrecognized arguments: extra", "okända argument: extra"),
        (["show"], "the following arguments are required: id", "de här argumenten behövs: id"),
        (["list", "--limit"], "expected one argument", "ett värde behövs"),
        (["list", "--limit", "x"], "invalid int value: 'x'", "ogiltigt värde: 'x'"),
        (["add", "x", "--mood", "9"], "mood must be a whole number", "humöret ska vara"),
    ],
)
def test_parser_mistakes_in_swedish_when_asked(
    run: Cli, argv: list[str], english: str, swedish: str
) -> None:
    err = run.fails(*argv, match=english)
    assert "(see `reflekt" in err
    for lang in (["--lang", "sv"], ["--lang=sv"]):
        err = run.fails(*lang, *argv, match=swedish)
        assert "(se `reflekt" in err
        assert run.fails(*argv, *lang, match=swedish)  # after the command as well
    # and English again for the next command line in the same process
    run.fails(*argv, match=english)
    assert not (run.journal.exists())  # a refused command line makes no journal


def test_reflekt_lang_in_the_environment_speaks_swedish_too(run: Cli, monkeypatch) -> None:
    monkeypatch.setenv("REFLEKT_LANG", "sv")
    run.fails("list", "extra", match="okända argument: extra")


def test_the_swedish_parser_words_are_still_what_argparse_says() -> None:
    from reflekt.cli.parser_sv import ARGPARSE_SV, ARGPARSE_SV_PLURAL

    source = inspect.getsource(argparse)
    for english in ARGPARSE_SV:
        assert f"_({english!r})" in source or f'_("{english}")' in source, english
    for singular, plural in ARGPARSE_SV_PLURAL:
        assert repr(singular) in source and repr(plural) in source


def test_swedish_help_headings() -> None:
    from reflekt import messages

    messages.set_language("sv")
    try:
        help_text = build_parser().format_help()
    finally:
        messages.set_language("en")
        build_parser()  # argparse's own English back for the tests after this one
    assert "användning: reflekt" in help_text
    assert "flaggor:" in help_text
    assert "options:" in build_parser().format_help()


# -- nothing to write is refused, from standard input as well ----------------------------


@pytest.mark.parametrize("stdin", [b"", b"\n", b"  \n\t\n", "\u00a0\n".encode()])
def test_add_refuses_blank_standard_input(run: Cli, stdin: bytes) -> None:
    run.fails("add", "-", match="standard input was empty", stdin=stdin)
    run.fails("add", "-", "--title", " ", match="Nothing to write", stdin=stdin)
    assert not run.journal.exists()  # nothing written, not even a new journal


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_add_refuses_blank_text(run: Cli, text: str) -> None:
    run.fails("add", text, match="Nothing to write")
    assert not run.journal.exists()


def test_edit_keeps_the_text_when_standard_input_is_blank(run: Cli) -> None:
    entry_id = run.ok("add", "keep me").strip()
    run.fails("edit", entry_id, "-", match="Standard input was empty", stdin=b"\n")
    entry = _show(run, entry_id)
    assert (entry["body"], entry["revision"]) == ("keep me", 1)


def test_add_reads_standard_input_with_words(run: Cli) -> None:
    entry_id = run.ok("add", "-", stdin="Lärdom\n".encode()).strip()
    assert _show(run, entry_id)["body"] == "Lärdom\n"


# -- tags, skills and people: replace, add or remove ----------------------------------


def test_edit_tag_replaces_and_its_help_says_so(run: Cli) -> None:
    help_text = " ".join(subcommands(build_parser())["edit"].format_help().split())
    assert "replaces all the entry's tags" in help_text
    assert "--add-tag" in help_text and "--remove-person" in help_text
    entry_id = run.ok("add", "x", "--tag", "a,b").strip()
    run.ok("edit", entry_id, "--tag", "c")
    assert _show(run, entry_id)["tags"] == ["c"]


def test_edit_adds_and_removes_names_keeping_the_others(run: Cli) -> None:
    entry_id = run.ok(
        "add", "x", "--tag", "a,b", "--skill", "sql", "--person", "Kim=learned-from"
    ).strip()
    run.ok("edit", entry_id, "--add-tag", "c,A", "--remove-tag", "b", "--add-skill", "git")
    run.ok("edit", entry_id, "--add-person", "Lo=helped", "--remove-person", "kim")
    entry = _show(run, entry_id)
    assert entry["tags"] == ["a", "c"]
    assert entry["skills"] == ["sql", "git"]
    assert [(p["name"], p["relation"]) for p in entry["people"]] == [("Lo", "helped")]


def test_removing_a_name_the_entry_does_not_have_changes_nothing(run: Cli) -> None:
    entry_id = run.ok("add", "x", "--tag", "Incident").strip()
    err = run.fails("edit", entry_id, "--add-tag", "b", "--remove-tag", "zz", match="no tag")
    assert "'zz'" in err and "(it has: Incident, b)" in err
    entry = _show(run, entry_id)
    assert (entry["tags"], entry["revision"]) == (["Incident"], 1)


# -- the README's command lines are ones reflekt reads -----------------------------------


def _readme_command_lines() -> list[list[str]]:
    import re
    import shlex

    readme = Path(__file__).resolve().parents[2] / "README.md"
    lines: list[list[str]] = []
    for block in re.findall(r"```sh\n(.*?)```", readme.read_text(encoding="utf-8"), re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            command: list[str] = []
            for word in [*words, "&&"]:
                if word in ("&&", "|", ";"):
                    if command[:1] == ["reflekt"]:
                        lines.append(command[1:])
                    command = []
                else:
                    command.append(word)
    return lines


def test_the_readme_shows_command_lines() -> None:
    assert len(_readme_command_lines()) >= 20


@pytest.mark.parametrize("argv", _readme_command_lines(), ids=" ".join)
def test_every_command_line_in_the_readme_is_read(argv: list[str]) -> None:
    from reflekt.cli.fastparse import parse

    args = parse(argv)  # a mistake raises UsageError, naming it
    words = [w for i, w in enumerate(argv) if not w.startswith("-") and argv[i - 1] != "--journal"]
    assert args.command == words[0]
