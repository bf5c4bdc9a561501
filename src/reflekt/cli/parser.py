"""The argparse parsers of every command (cli/fastparse.py reads plain lines without them)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from reflekt import __version__
from reflekt.cli import parser_sv
from reflekt.cli.commands import COMMAND_MODULES, CORE_COMMANDS
from reflekt.cli.common import UsageError
from reflekt.messages import language, msg


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one plain line instead of usage + error, and
    reads a command's options and words in any order (``edit ID --title T "text"``)."""

    _mixing = False  # inside parse_known_intermixed_args, which calls back here

    # argparse makes a help formatter for every argument added, only to check its
    # metavar; a formatter asks the terminal for its width, which imports shutil
    # (~4 ms) for a width that check never uses. While adding, it gets one.
    _width: int | None = None

    def error(self, message: str) -> NoReturn:
        raise UsageError(msg("{message} (see `{prog} --help`)", message=message, prog=self.prog))

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A mistyped command (or action) is named with the nearest one there is."""
        choices = action.choices
        if isinstance(action, argparse._SubParsersAction) and value not in (choices or {}):
            import difflib

            close = difflib.get_close_matches(str(value), list(choices or {}), n=1)
            if close:
                raise argparse.ArgumentError(
                    action,
                    msg(
                        "there is no {value}; did you mean {close}?",
                        value=repr(value),
                        close=close[0],
                    ),
                )
        super()._check_value(action, value)  # type: ignore[misc]

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        """A command without actions of its own reads options and words intermixed:
        plain argparse fills an optional word (``text``) from the words before the
        first option and then refuses the text after ``--title T`` as unrecognised."""
        words = list(args) if args is not None else None
        if (
            self._mixing
            or self._subparsers is not None
            or words is None
            or any(w in ("-h", "--help") for w in words)  # help needs the real usage line
        ):
            return super().parse_known_args(words, namespace)
        self._mixing = True
        # argparse formats the usage line for its error messages (importing shutil, a few
        # ms); reflekt's errors never show it, so any text does.
        usage, self.usage = self.usage, self.usage or self.prog
        try:
            return self.parse_known_intermixed_args(words, namespace)
        finally:
            self._mixing = False
            self.usage = usage

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        self._width = 80
        try:
            return super().add_argument(*args, **kwargs)
        finally:
            del self._width

    def _get_formatter(self) -> argparse.HelpFormatter:
        if self._width is None:
            if language() == "sv":  # only when help or usage is shown
                return parser_sv.SwedishHelp(prog=self.prog)
            return super()._get_formatter()
        return self.formatter_class(prog=self.prog, width=self._width)


def build_parser(
    *, all_commands: bool = True, core: Iterable[str] | None = None
) -> argparse.ArgumentParser:
    """The command line. ``all_commands=False`` leaves out the commands that live in
    ``COMMAND_MODULES`` (importing them and building their parsers costs ~0.1 s, as
    much as a whole search on a large journal takes); ``core`` names the core commands
    to add (default: all of them)."""
    parser_sv.speak(language())  # argparse's own words (usage, errors) as well
    parser = Parser(
        prog="reflekt",
        description="A private journal for reflection and learning at work. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"reflekt {__version__}")
    _global_options(parser)
    # Hidden: opens the window offscreen on a throwaway journal and exits (packaging tests).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    # prog given (it is what argparse would work out) so that no help formatter is made
    # for it: that would import shutil (~4 ms) at every start.
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=Parser, prog="reflekt"
    )

    def command(
        name: str, handler: Callable[..., int], help: str, *, uses: str = "write", **kw: Any
    ) -> argparse.ArgumentParser:
        """A subcommand. ``uses``: "write" (opens, creating if needed), "read" (never
        creates a journal at a path the person named) or "none" (no journal)."""
        p = sub.add_parser(name, help=help, description=help, **kw)
        p.set_defaults(handler=handler, uses=uses)
        return p

    for name in CORE_COMMANDS if core is None else core:
        CORE_COMMANDS[name](command)
    if all_commands:
        for module in COMMAND_MODULES:
            importlib.import_module(module).register(command)
    _global_options_after_commands(parser)
    return parser


def _global_options(parser: argparse.ArgumentParser, after: bool = False) -> None:
    """``--journal`` and ``--lang``; after the command they leave the value given before
    it alone unless given again (``default=SUPPRESS``), and a command's own option of the
    same name (``demo --lang``) keeps its meaning."""
    taken = parser._option_string_actions
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if after else {}
    if "--journal" not in taken:
        parser.add_argument(
            "--journal",
            metavar="PATH",
            help="the journal file (default: $REFLEKT_JOURNAL or your data folder)",
            **extra,
        )
    if "--lang" not in taken:
        parser.add_argument(
            "--lang",
            choices=["en", "sv"],
            help="language for labels, prompts and messages",
            **extra,
        )


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parsers of ``parser``'s commands (or a command's actions), by name."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    for sub in subcommands(parser).values():
        _global_options(sub, after=True)
        _global_options_after_commands(sub)
