"""The argparse parsers of every command (cli/fastparse.py reads plain lines without them)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from reflekt import __version__
from reflekt.cli.commands import COMMAND_MODULES, CORE_COMMANDS
from reflekt.cli.common import UsageError


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one plain line instead of usage + error."""

    # argparse makes a help formatter for every argument added, only to check its
    # metavar; a formatter asks the terminal for its width, which imports shutil
    # (~4 ms) for a width that check never uses. While adding, it gets one.
    _width: int | None = None

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        self._width = 80
        try:
            return super().add_argument(*args, **kwargs)
        finally:
            del self._width

    def _get_formatter(self) -> argparse.HelpFormatter:
        if self._width is None:
            return super()._get_formatter()
        return self.formatter_class(prog=self.prog, width=self._width)


def build_parser(
    *, all_commands: bool = True, core: Iterable[str] | None = None
) -> argparse.ArgumentParser:
    """The command line. ``all_commands=False`` leaves out the commands that live in
    ``COMMAND_MODULES`` (importing them and building their parsers costs ~0.1 s, as
    much as a whole search on a large journal takes); ``core`` names the core commands
    to add (default: all of them)."""
    parser = Parser(
        prog="reflekt",
        description="A private journal for reflection and learning at work. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"reflekt {__version__}")
    parser.add_argument(
        "--journal",
        metavar="PATH",
        help="the journal file (default: $REFLEKT_JOURNAL or your data folder)",
    )
    parser.add_argument("--lang", choices=["en", "sv"], help="language for labels and prompts")
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
    return parser
