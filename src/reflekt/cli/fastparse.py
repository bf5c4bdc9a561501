"""The quick reader of plain command lines: `reflekt search` without argparse.

Start-up time is most of a command's time on a large journal (a search itself takes
~20 ms of a ~100 ms `reflekt search` on a 100k journal): importing argparse and building
a parser costs ~9 ms of it, a parser with every command ~0.1 s, and `typing` a few ms
more (measured with `python -X importtime -m reflekt search x`, see
docs/performance.md). So a plain command line is read here from what the core commands
declare, without argparse; anything else goes to cli/parser.py, which gives the same
result (a hypothesis test in tests/unit/test_startup.py holds the two together). The
modules the plain path loads (cli/__init__, common, output, dispatch, commands,
entries, catalogue) import `typing`, `argparse` and the Journal facade only for type
checking or where used; tests/unit/test_startup.py keeps it that way.
"""

from __future__ import annotations

import functools
import sys
from types import SimpleNamespace

from reflekt.cli.commands import CORE_COMMANDS
from reflekt.cli.common import UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from typing import Any


# The options before the command, written out in full: `_command_name` skips them.
_GLOBAL_FLAGS = frozenset({"--version", "--smoke-test"})
_GLOBAL_VALUES = frozenset({"--journal", "--lang"})


def _command_name(args: Sequence[str]) -> str | None:
    """The command word of ``args`` when plain to see ("" for none), else None.

    Plain means: only ``--journal``/``--lang`` (with their values) and ``--version``/
    ``--smoke-test`` come before it, spelled in full. Anything else (an abbreviated
    option, ``--``) is left to argparse."""
    rest = iter(args)
    for arg in rest:
        if arg in _GLOBAL_FLAGS:
            continue
        if arg in _GLOBAL_VALUES:
            if next(rest, None) is None:
                return None
            continue
        if arg.startswith("-"):
            if arg.partition("=")[0] in _GLOBAL_VALUES:
                continue
            return None
        return arg
    return ""


class _Unsupported(Exception):
    """A command's options use what `quick_parse` leaves to argparse."""


class _Spec:
    """What a command's builder declares, recorded instead of built (no argparse).

    It stands in for the subparser: `add_argument`, `add_argument_group` and
    `set_defaults` are what the core builders call; anything else (sub-actions, nargs,
    other actions) raises `_Unsupported` and the command is parsed by argparse."""

    def __init__(self) -> None:
        self.options: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self.positionals: list[tuple[str, dict[str, Any]]] = []
        self.defaults: dict[str, Any] = {}

    def add_argument(self, *names: str, **kw: Any) -> None:
        action = kw.get("action", "store")
        if (
            action not in ("store", "store_true", "append")
            or kw.get("nargs") is not None
            or kw.get("required")
            or isinstance(kw.get("default"), str)  # argparse would convert it
            or not names
        ):
            raise _Unsupported
        if not names[0].startswith("-"):
            self.positionals.append((names[0], kw))
            self.defaults[names[0]] = None
            return
        long_names = [n for n in names if n.startswith("--")] or list(names)
        dest = kw.get("dest") or long_names[0].lstrip("-").replace("-", "_")
        self.defaults[dest] = kw.get("default", False if action == "store_true" else None)
        for name in names:
            self.options[name] = (dest, action, kw)

    def add_argument_group(self, *args: Any, **kw: Any) -> _Spec:
        return self

    def set_defaults(self, **kw: Any) -> None:
        self.defaults.update(kw)

    def add_subparsers(self, *args: Any, **kw: Any) -> None:
        raise _Unsupported


@functools.cache
def _spec(name: str) -> _Spec | None:
    """The recorded options of the core command ``name``; None when argparse must read it."""
    spec = _Spec()

    def command(name: str, handler: Callable[..., int], help: str, *, uses: str = "write") -> _Spec:
        spec.set_defaults(handler=handler, uses=uses)
        return spec

    try:
        CORE_COMMANDS[name](command)  # type: ignore[arg-type]
    except _Unsupported:
        return None
    return spec


class _Args(SimpleNamespace):
    """The parsed command line, as `argparse.Namespace` has it."""

    def __contains__(self, key: str) -> bool:
        return key in self.__dict__


def _value(token: str, kw: dict[str, Any]) -> Any:
    """An option's or positional's value as argparse converts and checks it; raises
    `_Unsupported` where argparse would refuse it (argparse then says why)."""
    if "type" in kw:
        try:
            value = kw["type"](token)
        except Exception:
            raise _Unsupported from None
    else:
        value = token
    if kw.get("choices") is not None and value not in kw["choices"]:
        raise _Unsupported
    return value


def quick_parse(args: Sequence[str]) -> _Args | None:
    """The command line read without argparse when it is plain, else None.

    Plain: a core command that needs none of argparse's finer points (see `_Spec`),
    every option spelled in full and given as its own word (``--journal`` and
    ``--lang`` before or after the command), and no value or word that starts with "-". argparse reads such a line the same way (a test holds the two
    together), but importing it and building a parser is ~9 ms of each ~100 ms
    `reflekt search` on a large journal."""
    parsed: dict[str, Any] = {"journal": None, "lang": None, "smoke_test": False}
    words = iter(args)
    name = None

    def read_global(option: str) -> bool:
        """Read ``--journal``/``--lang``'s value into ``parsed``; False when not plain."""
        value = next(words, "-")
        if value.startswith("-"):
            return False
        choices = ("en", "sv") if option == "--lang" else None
        parsed[option[2:]] = _value(value, {"choices": choices})
        return True

    try:
        for word in words:
            if word == "--smoke-test":
                parsed["smoke_test"] = True
            elif word in _GLOBAL_VALUES:
                if not read_global(word):
                    return None
            elif word.startswith("-"):
                return None
            else:
                name = word
                break
        parsed["command"] = name
        if name is None:
            return _Args(**parsed)
        spec = _spec(name) if name in CORE_COMMANDS else None
        if spec is None:
            return None
        values = dict(spec.defaults)
        positionals = iter(spec.positionals)
        filled = 0
        for word in words:
            if not word.startswith("-"):
                dest, kw = next(positionals, (None, {}))
                if dest is None:
                    return None
                values[dest] = _value(word, kw)
                filled += 1
                continue
            if word in _GLOBAL_VALUES and word not in spec.options:
                # Global options after the command too (`reflekt prompt --lang sv`).
                if not read_global(word):
                    return None
                continue
            if word not in spec.options:
                return None
            dest, action, kw = spec.options[word]
            if action == "store_true":
                values[dest] = True
                continue
            value = next(words, "-")
            if value.startswith("-"):
                return None
            value = _value(value, kw)
            values[dest] = [*(values[dest] or []), value] if action == "append" else value
        if filled < len(spec.positionals):
            return None
    except _Unsupported:
        return None
    return _Args(**parsed, **values)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse without argparse when the command line is plain (`quick_parse`), else
    with the one core command asked for when that suffices, else with every command:
    a parser with all of them costs as much time as a search, and argparse gives the
    same result (or, on a mistake, the same message) either way."""
    args = list(sys.argv[1:] if argv is None else argv)
    asks_help = any(a in ("-h", "--help") for a in args)
    quick = None if asks_help else quick_parse(args)
    if quick is not None:
        return quick  # type: ignore[return-value]
    from reflekt.cli.parser import build_parser  # argparse: only for a line that is not plain

    name = None if asks_help else _command_name(args)
    if not asks_help and (name is None or name in CORE_COMMANDS or name == ""):
        core = None if name is None else [name] if name else []
        try:
            return build_parser(all_commands=False, core=core).parse_args(args)
        except UsageError:
            pass
    return build_parser().parse_args(args)
