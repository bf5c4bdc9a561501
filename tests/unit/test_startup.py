"""What the everyday commands load: a large journal's search must not wait on imports.

Not a timing test: it checks that the slow imports (sqlite-utils with numpy, jsonschema,
the other command modules, Qt) stay out of `reflekt search` and `reflekt list`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEAVY = (
    # slow third-party and GUI modules
    "sqlite_utils",
    "numpy",
    "jsonschema",
    "PySide6",
    "platformdirs",
    # the other command modules, and what only writing or other commands need
    "reflekt.cli_share",
    "reflekt.cli_trust",
    "reflekt.cli_growth",
    "reflekt.desktop",
    "reflekt.gui",
    "reflekt.core.templates",
    "reflekt.core.storage.backup",
    "reflekt.core.storage.check",
    "reflekt.core.storage.migrations",
    # standard modules that cost milliseconds each at every start: the value classes
    # are written out (no dataclasses, inspect), annotations need no typing, no logging
    # is configured, uuid only when writing, shutil/traceback only for help and bugs
    "dataclasses",
    "inspect",
    "typing",
    "logging",
    "uuid",
    "platform",
    "shutil",
    "traceback",
)


def _loaded_by(argv: list[str]) -> tuple[int, list[str]]:
    """Run `reflekt ARGV` in a fresh interpreter: its exit code, and the HEAVY modules
    that running it loaded (those loaded before it, by the interpreter's own start-up
    and site hooks, do not count)."""
    script = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from reflekt.cli import main\n"
        f"code = main({argv!r})\n"
        "new = set(sys.modules) - before\n"
        f"print(code, sorted(m for m in new if m.split('.')[0] in {HEAVY!r} or m in {HEAVY!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    code, _, loaded = done.stdout.strip().splitlines()[-1].partition(" ")
    return int(code), [m for m in HEAVY if m in loaded]


@pytest.mark.parametrize(
    "command",
    [
        ["search", "feedback"],
        ["search", "feedback", "--json", "--limit", "0"],
        ["list", "--tag", "x"],
        ["list", "--tag", "x", "--from", "2020-01-01", "--to", "2030-12-31", "--limit", "0"],
        ["list", "--json"],
    ],
)
def test_everyday_commands_load_nothing_heavy(journal_path: Path, command: list[str]) -> None:
    from reflekt.core.journal import Journal

    with Journal.open(journal_path) as j:  # created (and migrated) before the check
        j.add("feedback on the release notes", tags=["x"])
    assert _loaded_by(["--journal", str(journal_path), *command]) == (0, [])


def test_version_loads_nothing_heavy() -> None:
    script = (
        "import sys\n"
        "from reflekt.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('reflekt.core.journal', 'sqlite3', 'importlib.metadata')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("reflekt 0.")
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_commands_from_the_other_modules_still_run(journal: object, journal_path: Path) -> None:
    from reflekt.cli import main

    # `shares` lives in cli_share: the core-only parser refuses it, the full one runs it.
    assert main(["--journal", str(journal_path), "shares"]) == 0


# Words a command line is made of: every core command, some of the other modules'
# commands, the global options (whole, abbreviated, with =), options, values and typos.
WORDS = [
    *("add", "edit", "list", "search", "show", "delete", "purge", "trash", "tags", "skills"),
    *("people", "person", "templates", "kinds", "prompt", "demo", "goals", "goal"),
    *("shares", "export", "init", "restore", "check", "serch", ""),
    *("--journal", "--journal=j.reflekt", "--jour", "--lang", "--lang=sv", "--smoke-test"),
    *("sv", "xx", "--", "-", "--json", "--limit", "0", "-5", "12", "--tag", "feedback"),
    *("--from", "2020-01-01", "--to", "yesterday", "--kind", "lesson", "--mood", "9", "3"),
    *("--title", "--status", "active", "--trash", "--shared", "--private", "--date"),
    *("list", "empty", "link", "--unknown", "-x"),
]


def _outcome(parse: Any, argv: list[str]) -> tuple[str, object]:
    from reflekt.cli import UsageError

    try:
        return "parsed", vars(parse(argv))
    except UsageError as exc:
        return "refused", exc.message


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=7))
def test_the_lean_parse_reads_every_command_line_as_the_full_parser(argv: list[str]) -> None:
    """`_parse` builds only the parser of the command asked for; what it reads, or the
    message it refuses with, is what the parser with every command gives."""
    from reflekt.cli import _parse, build_parser

    assert _outcome(_parse, argv) == _outcome(build_parser().parse_args, argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--journal", "search", "list"],
        ["--lang", "sv", "--journal=x", "search", "a b", "--limit", "0", "--json"],
        ["list", "--tag", "feedback", "--from", "2020-01-01", "--to", "2020-12-31", "--limit", "0"],
        ["goal", "add", "Lead a retro", "--status", "active"],
        ["trash", "empty"],
    ],
)
def test_the_lean_parse_reads_the_usual_command_lines_as_the_full_parser(
    argv: list[str],
) -> None:
    from reflekt.cli import _parse, build_parser

    lean, full = _outcome(_parse, argv), _outcome(build_parser().parse_args, argv)
    assert lean == full
    assert lean[0] == "parsed"
