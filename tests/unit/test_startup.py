"""What the everyday commands load: a large journal's search must not wait on imports.

Not a timing test: it checks that the slow imports (sqlite-utils with numpy, jsonschema,
the other command modules, Qt) stay out of `reflekt search` and `reflekt list`.
"""

from __future__ import annotations

import contextlib
import functools
import io
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
    "cryptography",  # signing share bundles: only when a bundle is written or read
    "PySide6",
    "platformdirs",
    # the other command modules, and what only writing or other commands need
    "reflekt.cli.share",
    "reflekt.cli.trust",
    "reflekt.cli.growth",
    "reflekt.cli.desktop",
    "reflekt.cli.spell",
    "spylls",  # the spell checker: only `reflekt spell` and the app's editor load it
    "reflekt.core.spelling",
    "reflekt.cli.parser",
    "reflekt.cli.passphrase",
    "reflekt.gui",
    "reflekt.core.templates",
    "reflekt.core.team_records",  # what sharing passes around: never for search or list
    # the Swedish messages and the report's/shared page's words: only when asked for
    "reflekt.messages.sv",
    "reflekt.messages.pages",
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
    "argparse",  # plain command lines are read without it
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

    # `shares` lives in cli/share.py: the core-only parser refuses it, the full one runs it.
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
    *("list", "empty", "link", "--unknown", "-x", "-1", "--limit=5", "--tag=x", "--json=1"),
    *("-a b", "a b", "--person", "Kim", "--skill", "--source", "course", "--starred", "x" * 40),
    *("--version", "--goal", "--role", "--department", "--description", "--target", "en"),
]


def _outcome(parse: Any, argv: list[str]) -> tuple[str, object]:
    from reflekt.cli import UsageError

    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            return "parsed", vars(parse(argv))
    except UsageError as exc:
        return "refused", exc.message
    except SystemExit as exc:  # --version
        return "exited", (exc.code, out.getvalue())


OPTIONS = [w for w in WORDS if w.startswith("-")]
VALUES = ["", "x", "a b", "sv", "xx", "0", "12", "1_0", "-1", "lesson", "nope", "2020-01-01", "-"]
COMMANDS = [w for w in WORDS if w and not w.startswith("-")]
GLOBAL = st.sampled_from(
    [
        *(["--journal", "j.reflekt"], ["--journal"], ["--journal", "-x"], ["--jour", "j"]),
        *(["--lang", "sv"], ["--lang", "xx"], ["--lang", "en"], ["--smoke-test"], ["--version"]),
    ]
)
ITEM = st.one_of(
    st.tuples(st.sampled_from(OPTIONS)),
    st.tuples(st.sampled_from(OPTIONS), st.sampled_from(VALUES)),
    st.tuples(st.sampled_from(VALUES)),
)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """Global options, a command, then options with or without values, words and
    global options again."""
    argv = [word for option in draw(st.lists(GLOBAL, max_size=2)) for word in option]
    if draw(st.booleans()):
        argv.append(draw(st.sampled_from(COMMANDS)))
    argv += [word for item in draw(st.lists(st.one_of(ITEM, GLOBAL), max_size=5)) for word in item]
    return argv


@functools.cache
def _full_parser() -> Any:
    from reflekt.cli.parser import build_parser

    return build_parser()


@settings(max_examples=300, deadline=None)
@given(st.one_of(command_lines(), st.lists(st.sampled_from(WORDS), max_size=7)))
def test_the_lean_parse_reads_every_command_line_as_the_full_parser(argv: list[str]) -> None:
    """`_parse` reads plain command lines itself and builds only the parser of the
    command asked for otherwise; what it reads, or the message it refuses with, is what
    the parser with every command gives."""
    from reflekt.cli.fastparse import parse as _parse

    assert _outcome(_parse, argv) == _outcome(_full_parser().parse_args, argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--journal", "search", "list"],
        ["--lang", "sv", "--journal=x", "search", "a b", "--limit", "0", "--json"],
        ["list", "--tag", "feedback", "--from", "2020-01-01", "--to", "2020-12-31", "--limit", "0"],
        ["goal", "add", "Lead a retro", "--status", "active"],
        ["trash", "empty"],
        ["show", "abcd", "--json"],
        ["search", "--tag", "a", "--tag", "b", "word", "--limit", "1_0", "--starred"],
        ["kinds"],
        ["--smoke-test"],
        # the global options after the command too, and options before the text
        ["search", "word", "--journal", "j"],
        ["--journal", "a", "list", "--journal", "b", "--lang", "sv", "--limit", "3"],
        ["prompt", "--lang", "sv"],
        ["edit", "abcd", "--title", "T", "text"],
        ["add", "--tag", "x", "text", "--star"],
        ["demo", "--lang", "sv"],
        ["trash"],
        ["goal"],
    ],
)
def test_the_lean_parse_reads_the_usual_command_lines_as_the_full_parser(
    argv: list[str],
) -> None:
    from reflekt.cli.fastparse import parse as _parse
    from reflekt.cli.parser import build_parser

    lean, full = _outcome(_parse, argv), _outcome(build_parser().parse_args, argv)
    assert lean == full
    assert lean[0] == "parsed"


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "xx"],
        ["--journal"],
        ["search"],
        ["search", "a", "b"],
        ["search", "--kind", "nope", "word"],
        ["list", "--limit", "x"],
        ["list", "--limit"],
        ["list", "--limit", "-1"],
        ["list", "extra"],
        ["show"],
        ["search", "word", "--lang", "xx"],
        ["edit", "abcd", "--title", "T", "text", "more"],
    ],
)
def test_the_lean_parse_refuses_as_the_full_parser(argv: list[str]) -> None:
    from reflekt.cli.fastparse import parse as _parse
    from reflekt.cli.parser import build_parser

    lean, full = _outcome(_parse, argv), _outcome(build_parser().parse_args, argv)
    assert lean == full
    assert lean[0] == "refused" or argv == ["list", "--limit", "-1"]


def test_python_m_reflekt_loads_nothing_heavy_before_the_command_line(
    journal_path: Path,
) -> None:
    """`python -m reflekt` (how the packaged app and the benchmark start it) passes
    through reflekt/__main__.py, which looks for the helper processes' private argument:
    that look must not load the helper module (and typing with it) for every command."""
    from reflekt.core.journal import Journal

    with Journal.open(journal_path) as j:
        j.add("feedback on the release notes", tags=["x"])
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "reflekt",
            "--journal",
            str(journal_path),
            "list",
            "--tag",
            "x",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "feedback on the release notes" in done.stdout
    assert not imported & {"reflekt.gui", "reflekt.gui.helper_process", "typing"}
