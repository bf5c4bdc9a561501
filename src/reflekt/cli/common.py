"""What every command module shares: exit codes, the usage error, and reading options."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable

from reflekt.core.dates import parse_when
from reflekt.errors import InvalidInput, ReflektError
from reflekt.messages import msg

# `typing` and `argparse` stay unloaded on `reflekt search` (see cli/fastparse.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

#: ``command(name, handler, help, uses=...)`` (cli/parser.py): adds a subcommand and
#: returns its parser. Each command module's ``register`` or builders take one.
Command = Callable[..., "argparse.ArgumentParser"]

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


class UsageError(ReflektError):
    """The command line itself is off (unknown option, missing argument)."""


def language_of(args: argparse.Namespace) -> str:
    """The language for labels and prompts: --lang, else the environment's locale."""
    from reflekt.core.templates import normalise_lang

    if getattr(args, "lang", None):
        return normalise_lang(args.lang)
    for var in ("REFLEKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return normalise_lang(os.environ[var])
    import locale

    return normalise_lang(locale.getlocale()[0])


def as_day(text: str) -> dt.date:
    return parse_when(text)


def date_range(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    """``--from`` and ``--to`` as days; refused when they are the wrong way round."""
    date_from = as_day(args.date_from) if args.date_from else None
    date_to = as_day(args.date_to) if args.date_to else None
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(
            msg(
                "--from {start} is after --to {end}. Swap them to get the days between.",
                start=date_from,
                end=date_to,
            )
        )
    return date_from, date_to


def split(values: Sequence[str] | None) -> list[str] | None:
    """Repeated options and comma lists both work: --tag a --tag b,c."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def read_text(value: str | None) -> str | None:
    """An option's text, or standard input (as UTF-8) when it is ``-``."""
    if value != "-":
        return value
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            msg("The text on standard input is not UTF-8. Save it as UTF-8 and try again.")
        ) from None
