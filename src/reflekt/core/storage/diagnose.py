"""What a database or disk fault means, in words a person can act on.

Storage errors are translated at this one boundary (``translate_errors``): an
environment fault (damaged, locked, read-only, full, not a journal) becomes a plain
``JournalError`` that says what to do; anything else is a bug and passes through to
the crash report. The file header is also read here, without SQLite, to spot a
truncated or overwritten journal before it is opened.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from reflekt.core.storage import encryption
from reflekt.errors import (
    DiskFull,
    JournalDamaged,
    JournalError,
    JournalLocked,
    JournalReadOnly,
    NotAJournal,
    ReflektError,
)
from reflekt.messages import msg, os_reason


def _explain_os(exc: OSError, path: Path) -> JournalError:
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFull(
            msg(
                "The disk that holds {path} is full, so nothing was saved. Free some space "
                "and try again.",
                path=path,
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return JournalReadOnly(
            msg(
                "reflekt may not write to {path} (permission denied or a read-only disk). "
                "Check the permissions, or choose another place.",
                path=path,
            )
        )
    return JournalError(
        msg("reflekt cannot use {path}: {problem}.", path=path, problem=os_reason(exc))
    )


def header_problem(path: Path) -> str | None:
    """What is wrong with a plain journal's file header, read without SQLite; None if fine.

    Catches truncation and overwritten headers in microseconds, whatever the size.
    """
    size = path.stat().st_size
    if size == 0:
        return None
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100 or head[:16] != encryption.SQLITE_MAGIC:
        return msg("the file header is damaged or the file was cut short")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return msg("the file header is damaged (impossible page size)")
    if size % page_size:
        return msg("the file was cut short (it ends in the middle of a page)")
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    counter = int.from_bytes(head[24:28], "big")
    try:  # a writer's last connection may remove the WAL at any moment: ask once
        wal_has_frames = os.stat(f"{path}-wal").st_size > 32
    except FileNotFoundError:
        wal_has_frames = False
    # The header's page count is only trustworthy when the two counters agree; with
    # pages still in the WAL the file may legitimately be shorter than it says.
    if pages and valid_for == counter and size < pages * page_size and not wal_has_frames:
        return msg("the file was cut short (pages are missing at the end)")
    return None


def _plain_with_damaged_magic(path: Path) -> bool:
    """A plain journal whose first bytes were overwritten, not an encrypted one.

    An encrypted file starts with 16 random bytes and is random after them; a plain
    one keeps fixed values at bytes 21-23 (the payload fractions 64, 32, 32).
    """
    with open(path, "rb") as f:
        head = f.read(100)
    return head[21:24] == b"\x40\x20\x20" or head[:16] == bytes(16)


def _damaged(path: Path, detail: str) -> JournalDamaged:
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    if len(detail) > 120:
        detail = detail[:119] + "…"
    return JournalDamaged(
        msg(
            "The journal {path} is damaged: {detail}. reflekt has not changed it. "
            "Run `reflekt check` to see what is wrong, then `reflekt recover` to put the "
            "newest good backup in its place (the damaged file is kept as {name}.damaged).",
            path=path,
            detail=detail,
            name=path.name,
        )
    )


def explain(exc: BaseException, path: Path) -> JournalError | None:
    """The plain ``JournalError`` for an environment fault; None for a bug."""
    text = str(exc).lower()
    if "malformed" in text or "disk image" in text or "corrupt" in text:
        return _damaged(path, msg("the database reports it is malformed"))
    if "not a database" in text or "file is encrypted" in text:
        return NotAJournal(
            msg(
                "{path} is not a reflekt journal (or it is damaged). Check that you chose "
                "the right file.",
                path=path,
            )
        )
    if "disk is full" in text:  # "database or disk is full"
        return DiskFull(
            msg(
                "The disk that holds {path} is full (or the journal reached its size limit), "
                "so the last change was not saved; everything saved before it is safe. "
                "Free some space and try again.",
                path=path,
            )
        )
    if encryption.is_locked(exc):
        return JournalLocked(
            msg(
                "The journal {path} is busy in another program. "
                "Close the other program and try again.",
                path=path,
            )
        )
    if "readonly" in text or "read-only" in text:
        return JournalReadOnly(
            msg(
                "The journal {path} cannot be written (it or its folder is read-only). Check "
                "the permissions, or choose another journal. Nothing was changed.",
                path=path,
            )
        )
    if "unable to open" in text:
        return JournalError(
            msg(
                "reflekt cannot open {path}. Check that the folder exists and that you "
                "may write to it.",
                path=path,
            )
        )
    if "disk i/o error" in text:
        return JournalError(
            msg(
                "The disk reported an error while reading or writing {path}. The last change "
                "may not be saved. Check the disk (or the network drive) and try again.",
                path=path,
            )
        )
    return None


def _explain(exc: BaseException, path: Path) -> JournalError:
    return explain(exc, path) or JournalError(
        msg("reflekt cannot use {path}: {problem}.", path=path, problem=exc)
    )


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn database and disk faults inside the block into plain ``JournalError``s.

    Errors that are bugs (a misspelt column, say) pass through unchanged, so they
    still reach the crash report.
    """
    try:
        yield
    except ReflektError:
        raise
    except encryption.database_errors() as exc:
        plain = explain(exc, path)
        if plain is None:
            raise
        raise plain from exc
    except OSError as exc:
        if exc.errno is None:
            raise
        raise _explain_os(exc, path) from exc
