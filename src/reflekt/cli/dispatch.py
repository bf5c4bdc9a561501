"""Running one parsed command: which journal, opened how, and cleaned up on failure."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reflekt import paths
from reflekt.cli.output import mark_read_done

TYPE_CHECKING = False  # `argparse` stays unloaded on `reflekt search` (cli/fastparse.py)
if TYPE_CHECKING:
    import argparse


def journal_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The journal to use, and whether the person named it (option or env)."""
    if args.journal:
        return Path(args.journal).expanduser(), True
    named = bool(os.environ.get("REFLEKT_JOURNAL", "").strip())
    return paths.default_journal(), named


def run_command(args: argparse.Namespace) -> int:
    """Run the command's handler: with no journal (``uses="none"``), or with the journal
    open ("read" never creates one at a path the person named). A journal the command
    created itself is removed again when the command fails."""
    if args.uses == "none":
        code = args.handler(args, None)
        mark_read_done(args.command)
        return code
    path, named = journal_path(args)
    create = not (named and args.uses == "read")
    from reflekt.core.journal import Journal
    from reflekt.core.storage import lock, resolve

    lock.set_role(f"command {args.command}")
    path = resolve(path)  # the real file; a dangling link is refused, never replaced
    existed = os.path.lexists(path)
    try:
        journal = Journal.open(path, create=create, passphrase=_ask_passphrase)
    except BaseException:
        if not existed:
            remove_new_journal(path)
        raise
    try:
        with journal:
            code = args.handler(args, journal)
        mark_read_done(args.command if args.uses == "read" else None)  # journal closed
        return code
    except BaseException:
        if not existed:
            # The command failed on a journal it created itself: leave no trace.
            remove_new_journal(path)
        raise


def _ask_passphrase(path: Path, attempt: int) -> str | None:
    """The passphrase prompt, loaded only for an encrypted journal (~10 ms)."""
    from reflekt.cli.passphrase import ask_passphrase

    return ask_passphrase(path, attempt)


def remove_new_journal(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):  # never made, or not ours to remove
            Path(str(path) + suffix).unlink(missing_ok=True)
    from reflekt.core.storage import lock

    lock.remove_lock_file(path)
