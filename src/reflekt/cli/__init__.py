"""The command line: every capability of reflekt, usable without a display.

``reflekt`` with no command opens the desktop app. Commands print plain text,
or JSON with ``--json``. Bad input exits 2 with one plain line on stderr and no
traceback; nothing is written when a command fails.

The package: fastparse.py reads plain command lines quickly, parser.py holds the
argparse parsers, dispatch.py opens the journal and runs a command, output.py prints;
each command group has its module (entries, catalogue, share, trust, growth, desktop, spell).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from reflekt import __version__, paths
from reflekt.cli.common import EXIT_BAD_INPUT, EXIT_BUG, EXIT_OK, UsageError
from reflekt.cli.dispatch import journal_path, run_command
from reflekt.cli.fastparse import parse
from reflekt.cli.output import QUICK_EXIT, finish
from reflekt.controls import for_terminal
from reflekt.errors import ReflektError

TYPE_CHECKING = False  # `argparse` stays unloaded on `reflekt search` (cli/fastparse.py)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = ["EXIT_BAD_INPUT", "EXIT_BUG", "EXIT_OK", "QUICK_EXIT", "UsageError", "main", "run"]


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _open_app(args: argparse.Namespace) -> int:
    if not _has_display():
        from reflekt.messages import msg

        raise ReflektError(
            msg(
                "There is no desktop here to open reflekt's window on. The command line works "
                "everywhere: see `reflekt --help`."
            )
        )
    from reflekt.gui.app import run_app

    path, _ = journal_path(args)
    return run_app(path)


def _log_bug(exc: BaseException) -> Path | None:
    import traceback

    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        target = folder / "reflekt.log"
        with target.open("a", encoding="utf-8") as f:
            f.write(f"\n--- {dt.datetime.now().isoformat()} reflekt {__version__}\n")
            f.write("".join(traceback.format_exception(exc)))
        return target
    except (OSError, ReflektError):  # no log folder can be made (read-only): no log then
        return None


def _asked_language(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for, wherever it stands (before ``--``), so that
    even a command line argparse refuses is refused in that language."""
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word == "--lang":
            word = "--lang=" + next(words, "")
        if word.startswith("--lang=") and word[7:] in ("en", "sv"):
            return word[7:]
    return None


def _speak(lang: str | None) -> None:
    """Messages stay English (a stable contract) unless --lang or REFLEKT_LANG asks."""
    from reflekt import messages

    messages.set_language(lang or os.environ.get("REFLEKT_LANG") or "en")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    _speak(_asked_language(words))
    try:
        args = parse(words)
        _speak(args.lang)  # what --lang said in the end (`demo --lang` is the sample's)
        if args.smoke_test:
            from reflekt.gui.smoke import run_smoke_test

            return run_smoke_test()
        if args.command is None:
            return _open_app(args)
        return run_command(args)
    except ReflektError as exc:
        sys.stderr.write(f"reflekt: {for_terminal(exc.message)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("reflekt: stopped.\n")
        return 130
    except BrokenPipeError:
        # `reflekt list | head`: the reader left; not an error worth a word.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: keep the details, show one plain line
        from reflekt.messages import msg

        where = _log_bug(exc)
        sys.stderr.write(
            "reflekt: "
            + msg("something went wrong inside reflekt (this is a bug, not your doing).")
            + (" " + msg("The details are in {where}.", where=where) if where else "")
            + "\n"
        )
        return EXIT_BUG


def run() -> None:
    """The ``reflekt`` command: ``main()``, then out (at once after a command that only
    read: see ``output.finish``)."""
    finish(main())
