"""The journal lock: shared while a journal is open, exclusive to replace the whole file.

Every process that has a journal open holds a *shared* lock on ``NAME.lock`` beside
the journal's real file for as long as it is open. Whatever replaces or rewrites the
whole file (recover, restore from a backup, encrypt, decrypt, a passphrase change, a
schema upgrade) takes the lock *exclusively* first and refuses at once when it cannot:
someone else would go on writing to the old file.

Why a separate file: SQLite's locks on the journal are POSIX record locks, which the
process loses when *any* descriptor of the journal is closed. Opening and closing the
journal itself to lock it would silently unlock SQLite's connections. The lock file is
opened once per journal and process (``_HELD`` counts the holders, the way
``storage._LIVE`` does), so several ``Journal`` objects on one file neither deadlock
nor drop each other's lock.

The locks are ``flock`` on Linux and macOS and ``LockFileEx`` on Windows, both through
portalocker. One exception, measured: importing portalocker costs ~60 ms (it reads its
own package metadata), more than half of a whole ``reflekt search``; so the shared lock
every command takes on POSIX calls the same ``fcntl.flock`` portalocker calls there,
directly. The exclusive lock (rare, slow operations anyway) always goes through
portalocker. Both are the same kind of lock on the same file, so they see each other.

Who holds it: beside the lock, each holder writes ``NAME.lock.PID`` saying what it is
("app" or "command add"), so a refusal can name the other holder. A note whose process
is gone is ignored (and removed).

File systems without locks (some network shares): a shared lock that cannot be taken
is skipped (the journal still opens; SQLite's own locking still guards every write),
but an exclusive one is refused, because reflekt cannot then know that nobody else
has the journal open. That is the safe side: nothing is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from _thread import allocate_lock
from collections.abc import Iterator
from pathlib import Path

from reflekt.errors import JournalInUse, JournalLocked, JournalMissing
from reflekt.messages import msg

WAIT_SECONDS = 5.0  # as long as SQLite's busy timeout: a short exclusive job is waited out
_POLL = 0.02
# Errors that mean "this file system cannot lock", not "someone holds it".
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, getattr(errno, "ENOTSUP", -1)}

_role = {"name": "reflekt"}


def set_role(name: str) -> None:
    """Say what this process is ("app", "command add"), for other processes' refusals."""
    _role["name"] = " ".join(str(name).split())[:60] or "reflekt"


class _Held:
    __slots__ = ("exclusive", "fd", "locked", "note", "shared")

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.shared = 0
        self.exclusive = 0
        self.locked = True  # False where the file system has no locks
        self.note: Path | None = None


_HELD: dict[str, _Held] = {}  # real journal path -> this process's lock on it
_HELD_LOCK = allocate_lock()


def real_path(path: Path) -> Path:
    """The journal's real file: symlinks followed, once.

    A symlink whose target is gone, or a journal whose folder is missing, is an error
    naming what is missing; it is never a reason to make a new journal elsewhere.
    """
    path = Path(path).expanduser()
    real = Path(os.path.realpath(path))
    if os.path.islink(path) and not os.path.lexists(real):
        raise JournalMissing(
            msg(
                "The journal {path} points to {target}, which is not there (the drive may be "
                "unplugged, or the folder moved). Connect it and try again; reflekt changed "
                "nothing.",
                path=path,
                target=real,
            )
        )
    return real


def lock_file(journal: Path) -> Path:
    return Path(f"{journal}.lock")


def _open_lock_file(journal: Path) -> int:
    target = lock_file(journal)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileNotFoundError as exc:
        raise JournalMissing(
            msg(
                "The folder {folder} of the journal is not there (the drive may be unplugged, "
                "or the folder moved). Connect it and try again; reflekt changed nothing.",
                folder=journal.parent,
            )
        ) from exc
    except PermissionError:
        # A journal in a read-only folder can still be read; it cannot be locked
        # there, so the open goes on unlocked (as on a file system without locks).
        return -1
    return fd


def _posix_shared(fd: int) -> bool:
    """Try a shared lock without waiting; False when someone holds it exclusively."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _try(fd: int, *, exclusive: bool) -> bool:
    """Take the lock on ``fd`` without waiting; False when another holder is in the way.

    Raises ``OSError`` (with an errno in ``_NO_LOCKS``) where the file system has no locks.
    """
    if not exclusive and sys.platform != "win32":
        return _posix_shared(fd)
    import portalocker

    flags = portalocker.LockFlags.NON_BLOCKING | (
        portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
    )
    try:
        portalocker.lock(fd, flags)  # type: ignore[arg-type]  # a raw descriptor is accepted
    except portalocker.AlreadyLocked:
        return False
    except portalocker.LockException as exc:
        cause = exc.__cause__ or (exc.args[0] if exc.args else None)
        if isinstance(cause, OSError):
            if cause.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise cause from exc
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    import portalocker

    portalocker.unlock(fd)  # type: ignore[arg-type]


def _write_note(journal: Path, role: str) -> Path | None:
    note = Path(f"{lock_file(journal)}.{os.getpid()}")
    try:
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        return None  # only a courtesy for the other side's message
    try:
        os.write(fd, role.encode("utf-8", "replace"))
    finally:
        os.close(fd)
    return note


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill would end the process there; keep the note's word for it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holders(journal: Path) -> list[tuple[int, str]]:
    """Other live processes that said they hold this journal: (pid, "app"/"command …")."""
    base = lock_file(journal)
    found = []
    with contextlib.suppress(OSError):
        for note in base.parent.iterdir():
            head, _, pid_text = note.name.rpartition(".")
            if head != base.name or not pid_text.isdigit():
                continue
            pid = int(pid_text)
            if pid == os.getpid():
                continue
            if not _alive(pid):
                note.unlink(missing_ok=True)
                continue
            with contextlib.suppress(OSError):
                found.append((pid, note.read_text("utf-8", "replace")[:60]))
    return sorted(found)


def _in_use(journal: Path, *, here: bool = False) -> JournalInUse:
    if here:
        who = msg("this reflekt window or one of its tasks")
    else:
        names = []
        for pid, role in holders(journal):
            if role == "app":
                names.append(msg("the reflekt app (process {pid})", pid=pid))
            elif role.startswith("command "):
                names.append(
                    msg(
                        "the command `reflekt {name}` (process {pid})",
                        name=role.removeprefix("command "),
                        pid=pid,
                    )
                )
            else:
                names.append(msg("another reflekt (process {pid})", pid=pid))
        who = ", ".join(names[:3]) if names else msg("the reflekt app or a reflekt command")
    return JournalInUse(
        msg(
            "reflekt has the journal {path} open elsewhere ({who}). Close it there (or let "
            "the command finish) and try again. Nothing was changed.",
            path=journal,
            who=who,
        )
    )


def _no_locks(journal: Path) -> JournalInUse:
    return JournalInUse(
        msg(
            "The disk that holds {path} cannot lock files, so reflekt cannot be sure that "
            "nobody else has the journal open, and will not replace it. Close reflekt "
            "everywhere, copy the journal to a folder on this computer, and run the command "
            "on that copy. Nothing was changed.",
            path=journal,
        )
    )


def acquire_shared(journal: Path, *, wait: float = WAIT_SECONDS) -> None:
    """Hold the shared lock on the (real) journal until ``release``.

    Waits up to ``wait`` seconds while another process holds it exclusively (a restore
    or an encryption change), then refuses with ``JournalLocked``.
    """
    journal = Path(os.path.realpath(journal))  # one lock per real file, however named
    key = str(journal)
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is not None:
            held.shared += 1
            return
        fd = _open_lock_file(journal)
        held = _Held(fd)
        try:
            if fd < 0:
                held.locked = False
            else:
                deadline = time.monotonic() + wait
                while True:
                    try:
                        if _try(fd, exclusive=False):
                            break
                    except OSError as exc:
                        if exc.errno not in _NO_LOCKS:
                            raise
                        held.locked = False
                        break
                    if time.monotonic() >= deadline:
                        raise JournalLocked(
                            msg(
                                "The journal {path} is being replaced or re-encrypted by "
                                "reflekt elsewhere. Wait until that has finished, then try "
                                "again.",
                                path=journal,
                            )
                        )
                    time.sleep(_POLL)
        except BaseException:
            if fd >= 0:
                os.close(fd)
            raise
        held.shared = 1
        held.note = _write_note(journal, _role["name"])
        _HELD[key] = held


def release(journal: Path) -> None:
    """Give back one hold taken by ``acquire_shared``."""
    journal = Path(os.path.realpath(journal))  # one lock per real file, however named
    with _HELD_LOCK:
        held = _HELD.get(str(journal))
        if held is None:
            return
        held.shared -= 1
        _maybe_close(str(journal), held)


def _maybe_close(key: str, held: _Held) -> None:
    if held.shared > 0 or held.exclusive > 0:
        return
    del _HELD[key]
    if held.note is not None:
        held.note.unlink(missing_ok=True)
    if held.fd >= 0:
        if held.locked:
            with contextlib.suppress(Exception):  # OSError, or portalocker's LockException
                _unlock(held.fd)  # Windows frees a closed handle's locks only eventually
        os.close(held.fd)


def held_here(journal: Path) -> int:
    """How many holds this process has on the journal (tests, and the refusals)."""
    journal = Path(os.path.realpath(journal))  # one lock per real file, however named
    with _HELD_LOCK:
        held = _HELD.get(str(journal))
        return 0 if held is None else held.shared + held.exclusive


@contextlib.contextmanager
def exclusive(journal: Path, *, upgrade: bool = False) -> Iterator[None]:
    """Hold the journal exclusively inside the block, or refuse at once (``JournalInUse``).

    Refused too while this same process has the journal open (the app must close
    it first), except with ``upgrade``: a schema upgrade run by the one open that
    holds the only shared hold. Nested blocks in one process are fine.
    """
    journal = Path(os.path.realpath(journal))  # one lock per real file, however named
    key = str(journal)
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is not None and held.exclusive:
            held.exclusive += 1
            nested = True
        else:
            nested = False
            if held is not None and not (upgrade and held.shared == 1):
                raise _in_use(journal, here=True)
            converted = held is not None
            if held is None:
                fd = _open_lock_file(journal)
                if fd < 0:
                    raise _no_locks(journal)
                held = _Held(fd)
            elif held.fd < 0 or not held.locked:
                raise _no_locks(journal)
            no_locks = False
            try:
                if converted:  # flock converts, not atomically: give the shared lock back first
                    _unlock(held.fd)
                ok = _try(held.fd, exclusive=True)
            except OSError as exc:
                if exc.errno not in _NO_LOCKS:
                    raise
                ok, no_locks = False, True
            if not ok:
                if converted:
                    _retake_shared(held.fd)
                else:
                    os.close(held.fd)
                raise _no_locks(journal) if no_locks else _in_use(journal)
            held.exclusive = 1
            if not converted:
                held.note = _write_note(journal, _role["name"])
                _HELD[key] = held
    if not nested:
        # Alone with the journal now: notes left by processes that were killed go.
        holders(journal)
    try:
        yield
    finally:
        with _HELD_LOCK:
            held.exclusive -= 1
            if not nested and held.exclusive == 0:
                if held.shared > 0:
                    _retake_shared(held.fd)
                _maybe_close(key, held)


def remove_lock_file(journal: Path) -> None:
    """Remove the lock file of a journal that a failed first command took away again.

    Only while nobody holds it (exclusively held here for the moment it takes), so no
    other process can be left locking a file that is gone.
    """
    with contextlib.suppress(JournalLocked, JournalMissing, OSError), exclusive(Path(journal)):
        if not os.path.lexists(journal):
            lock_file(Path(journal)).unlink(missing_ok=True)


def _retake_shared(fd: int) -> None:
    """Back to shared after an exclusive moment (nobody else can hold it exclusively now,
    except in the instant of a conversion elsewhere: so wait for it)."""
    if sys.platform == "win32":  # LockFileEx stacks locks instead of converting them
        _unlock(fd)
    deadline = time.monotonic() + WAIT_SECONDS
    while not _try(fd, exclusive=False) and time.monotonic() < deadline:
        time.sleep(_POLL)


__all__ = [
    "acquire_shared",
    "exclusive",
    "held_here",
    "holders",
    "real_path",
    "release",
    "remove_lock_file",
    "set_role",
]
