"""The one writer for files that hold journal text: private, whole, never over the journal.

Exports of every format, reports, charts, backups and bundles are written here. Each
file is made 0600 whatever the umask, through a temporary file created exclusively
(``O_EXCL``, and ``O_NOFOLLOW`` where the system has it: ``tempfile.mkstemp``) with a
random name in the target's folder, flushed to disk, then renamed over the target. A
name planted next to the target (a symlink to another user's file) is never followed.

Before anything is written, :func:`check_target` refuses, ``--force`` or not: a journal
open in this process (compared by real path) or the default journal, their ``-wal``,
``-shm`` and ``-journal`` files, a file in reflekt's backup folder, a folder, and
anything that is not an ordinary file (a device such as ``/dev/null``, a FIFO, a socket).

Base layer: stdlib only, no Qt; ``core/storage`` registers the journals it opens.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from reflekt import paths
from reflekt.errors import FileRejected, OutputExists, UnsafeOutput
from reflekt.messages import msg, os_reason

TYPE_CHECKING = False  # typing, tempfile (shutil, random) load only when a file is written:
if TYPE_CHECKING:  # core/storage imports this module at every CLI start (test_startup.py)
    from collections.abc import Callable, Iterator
    from typing import BinaryIO

PRIVATE_MODE = 0o600
_SIDE_FILES = ("-wal", "-shm", "-journal")
_OPEN_JOURNALS: dict[str, int] = {}  # real path -> how many connections hold it


def protect(journal: Path | str) -> None:
    """Remember that ``journal`` is open here: no output may be written over it."""
    key = os.path.realpath(journal)
    _OPEN_JOURNALS[key] = _OPEN_JOURNALS.get(key, 0) + 1


def release(journal: Path | str) -> None:
    key = os.path.realpath(journal)
    count = _OPEN_JOURNALS.get(key, 0) - 1
    if count > 0:
        _OPEN_JOURNALS[key] = count
    else:
        _OPEN_JOURNALS.pop(key, None)


def _journals() -> set[str]:
    found = set(_OPEN_JOURNALS)
    with contextlib.suppress(OSError, ValueError):
        found.add(os.path.realpath(paths.default_journal()))
    return found


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def refuse_existing(path: Path | str, *, overwrite: bool) -> None:
    """The one rule for every file a person names for reflekt to write (exports, reports,
    charts, backups, bundles): one that exists is replaced only when they said so
    (``--force`` on the command line; the app's save dialog asks). Otherwise
    ``OutputExists``, before any work is done."""
    target = Path(path).expanduser()
    if not overwrite and os.path.lexists(target) and not target.is_dir():
        raise OutputExists(
            msg(
                "{path} already exists. Choose another name, or allow replacing it (--force).",
                path=target,
            )
        )


def check_target(path: Path | str, *, backups_ok: bool = False) -> Path:
    """``path`` if reflekt may write a private file there; ``UnsafeOutput`` saying why not.

    ``backups_ok`` lets reflekt's own backups be written into the backup folder.
    """
    target = Path(path).expanduser()
    real = os.path.realpath(target)
    for journal in _journals():
        if real == journal:
            raise UnsafeOutput(
                msg(
                    "{path} is your journal. Writing there would destroy it, so reflekt "
                    "refuses (even with --force). Name another file.",
                    path=target,
                )
            )
        # The lock beside it (NAME.lock) and each holder's note (NAME.lock.PID) too:
        # a new file there would leave the lock held by others on the old one.
        if real in {journal + side for side in _SIDE_FILES} or (
            real == journal + ".lock" or real.startswith(journal + ".lock.")
        ):
            raise UnsafeOutput(
                msg(
                    "{path} is one of the working files of your journal {journal}. Writing "
                    "there would damage the journal, so reflekt refuses (even with --force). "
                    "Name another file.",
                    path=target,
                    journal=journal,
                )
            )
    backups = os.path.realpath(paths.backup_dir())
    if not backups_ok and _inside(real, backups):
        raise UnsafeOutput(
            msg(
                "{path} is in reflekt's backup folder {folder}, where your backups are "
                "kept. Name a file somewhere else.",
                path=target,
                folder=backups,
            )
        )
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target  # nothing there, or a dangling link: the rename replaces the link
    except OSError as exc:
        raise FileRejected(
            msg("reflekt could not save {path}: {reason}.", path=target, reason=os_reason(exc))
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnsafeOutput(msg("{target} is a folder. Name a file to write.", target=target))
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeOutput(
            msg(
                "{path} is not an ordinary file (it is a device, a pipe or a socket), so "
                "reflekt will not write there (even with --force). Name an ordinary file.",
                path=target,
            )
        )
    for journal in _journals():  # the same file under another name (a hard link)
        with contextlib.suppress(OSError):
            other = os.stat(journal)
            if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
                raise UnsafeOutput(
                    msg(
                        "{path} is your journal. Writing there would destroy it, so reflekt "
                        "refuses (even with --force). Name another file.",
                        path=target,
                    )
                )
    return target


def _temp_in(target: Path, *, plain: bool = True) -> tuple[int, Path]:
    folder = target.parent
    if plain and not folder.is_dir():
        raise FileRejected(
            msg("The folder {folder} does not exist. Choose another place to save.", folder=folder)
        )
    import tempfile

    try:
        # mkstemp: O_CREAT | O_EXCL | O_NOFOLLOW where available, mode 0600, random name.
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        if not plain:
            raise
        raise FileRejected(
            msg(
                "reflekt cannot write in {folder}: {reason}. Choose a folder you can write to.",
                folder=folder,
                reason=os_reason(exc),
            )
        ) from None
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_MODE)  # exact, whatever the umask took away or left
    return fd, Path(name)


def _finish(tmp: Path, target: Path, *, backups_ok: bool) -> None:
    check_target(target, backups_ok=backups_ok)  # nothing special was put there meanwhile
    os.replace(tmp, target)
    fsync_folder(target.parent)


def _discard(tmp: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{tmp}{suffix}").unlink()


def write_private(
    path: Path | str,
    data: bytes | Callable[[BinaryIO], object],
    *,
    backups_ok: bool = False,
) -> Path:
    """Write ``data`` (bytes, or a function that writes to the open file) to ``path``.

    Private (0600), atomic (a failure leaves the target as it was and no temporary
    file), refused where :func:`check_target` refuses. Returns the path written.
    """
    target = check_target(path, backups_ok=backups_ok)
    fd, tmp = _temp_in(target)
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes | bytearray | memoryview):
                f.write(data)
            else:
                data(f)
            f.flush()
            os.fsync(f.fileno())
        _finish(tmp, target, backups_ok=backups_ok)
    except OSError as exc:
        _discard(tmp)
        raise FileRejected(
            msg("reflekt could not save {path}: {reason}.", path=target, reason=os_reason(exc))
        ) from None
    except BaseException:
        _discard(tmp)
        raise
    return target


@contextlib.contextmanager
def private_temp(path: Path | str, *, backups_ok: bool = False) -> Iterator[Path]:
    """A fresh private temporary file beside ``path`` for writers that need a path
    (SQLite's backup API); renamed over ``path`` when the block ends without error.

    OSErrors reach the caller as they are, so it can word them for its own job.
    """
    target = check_target(path, backups_ok=backups_ok)
    fd, tmp = _temp_in(target, plain=False)
    os.close(fd)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, PRIVATE_MODE)
        _finish(tmp, target, backups_ok=backups_ok)
    except BaseException:
        _discard(tmp)
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = [
    "PRIVATE_MODE",
    "check_target",
    "fsync_folder",
    "private_temp",
    "protect",
    "release",
    "write_private",
]
