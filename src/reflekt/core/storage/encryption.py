"""Encryption at rest with SQLCipher (the optional ``sqlcipher3-wheels`` package).

The whole file is encrypted, full-text index included. Turning encryption on or off
and changing the passphrase all work the same way: ``sqlcipher_export`` copies the
journal into a new file next to it, already in its new form (so no plaintext copy of
an encrypted journal is ever written), the copy is verified, then renamed over the
old file in one step. A crash at any point leaves either the old or the new journal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from reflekt.errors import (
    EncryptionUnavailable,
    InvalidInput,
    JournalDamaged,
    JournalLocked,
    PassphraseRequired,
    WrongPassphrase,
)
from reflekt.messages import msg

TYPE_CHECKING = False  # typing costs ~7 ms at every CLI start; annotations need not load it
if TYPE_CHECKING:
    from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_ATTEMPTS = 3

PassphraseProvider = Callable[[Path, int], "str | None"]
"""Asked for a journal's passphrase: called with the journal's path and the number of
wrong passphrases given so far (0 on the first ask). Returns the passphrase, or None
when the person gives up (cancels the dialog, or there is nothing more to try)."""

# Optional: encryption is offered only where SQLCipher is installed. Loaded on first
# use, so that opening a plain journal (every CLI command) does not pay ~8 ms for it.
_UNLOADED: Any = object()
_sqlcipher: Any = _UNLOADED


def _module() -> ModuleType | None:
    global _sqlcipher
    if _sqlcipher is _UNLOADED:
        try:
            import sqlcipher3 as module
        except ImportError:  # pragma: no cover - depends on the installation
            module = None
        _sqlcipher = module
    return _sqlcipher


def sqlcipher_busy() -> sqlite3.OperationalError:
    """The error for "another connection has the journal open", as SQLite words it."""
    return sqlite3.OperationalError("database is locked")  # untranslated: SQLite's words


def is_locked(exc: BaseException) -> bool:
    """Whether a database error means another connection holds the journal: the one test
    behind every ``JournalLocked`` that storage raises (open, backup, restore, rekey)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def available() -> bool:
    """Whether this reflekt can open and create encrypted journals."""
    return _module() is not None


def sqlcipher() -> ModuleType:
    module = _module()
    if module is None:
        raise EncryptionUnavailable(
            msg(
                "Encrypted journals need SQLCipher, which is not installed with this reflekt. "
                "Install it with: pip install 'reflekt[encryption]' (or pip install "
                "sqlcipher3-wheels)."
            )
        )
    return module


def database_errors() -> tuple[type[BaseException], ...]:
    """Exception types a database call can raise, from either SQLite library."""
    # Before SQLCipher is loaded, nothing can have raised one of its errors.
    if _sqlcipher is None or _sqlcipher is _UNLOADED:
        return (sqlite3.Error,)
    return (sqlite3.Error, _sqlcipher.Error)


def is_plain(path: Path) -> bool:
    """True for an empty file or a plain (unencrypted) SQLite file."""
    with open(path, "rb") as f:
        head = f.read(16)
    return head == b"" or head == SQLITE_MAGIC


def is_encrypted(path: Path) -> bool:
    """True when the file is not plain SQLite: encrypted, or not a database at all."""
    return path.exists() and path.stat().st_size > 0 and not is_plain(path)


def env_passphrase(path: Path, attempt: int) -> str | None:
    """The passphrase in ``REFLEKT_PASSPHRASE``; asked again, it has nothing new to offer."""
    if attempt > 0:
        return None
    return os.environ.get("REFLEKT_PASSPHRASE") or None


def _quoted(passphrase: str) -> str:
    check_passphrase(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase(passphrase: str) -> str:
    """A passphrase reflekt can use, or ``InvalidInput`` saying why not."""
    if not isinstance(passphrase, str) or passphrase == "":
        raise InvalidInput(msg("The passphrase is empty. Type a passphrase."))
    if "\x00" in passphrase:
        raise InvalidInput(msg("The passphrase contains a NUL character. Choose another."))
    return passphrase


def raw_connect(path: Path, passphrase: str | None, *, readonly: bool = False) -> Any:
    """A SQLCipher connection to ``path``, keyed, but not yet known to be the right key."""
    module = sqlcipher()
    if readonly:
        conn = module.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = module.connect(str(path), check_same_thread=False)
    # SQLCipher prints decryption failures to stderr by default; a wrong passphrase
    # is an everyday event that gets a plain message instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    return conn


def _key_works(conn: Any) -> bool:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher().DatabaseError as exc:
        if "not a database" in str(exc):
            return False
        raise
    return True


def open_encrypted(
    path: Path, provider: PassphraseProvider | None, *, readonly: bool = False
) -> tuple[Any, str]:
    """Ask ``provider`` for the passphrase until one opens ``path`` (at most 3 tries)."""
    sqlcipher()
    for attempt in range(MAX_ATTEMPTS):
        passphrase = provider(path, attempt) if provider else None
        if passphrase is None:
            if attempt == 0:
                raise PassphraseRequired(
                    msg(
                        "The journal {path} is encrypted. Give its passphrase (reflekt asks "
                        "for it, or set REFLEKT_PASSPHRASE).",
                        path=path,
                    )
                )
            break
        conn = raw_connect(path, passphrase, readonly=readonly)
        if _key_works(conn):
            return conn, passphrase
        conn.close()
    raise WrongPassphrase(
        msg(
            "That passphrase does not open {path}. Check it (capital letters count) and try "
            "again. If this is not an encrypted reflekt journal, choose the right file. "
            "A lost passphrase cannot be recovered.",
            path=path,
        )
    )


def create_encrypted(path: Path, passphrase: str) -> None:
    """Key a new, empty journal file so everything written to it is encrypted."""
    conn = raw_connect(path, check_passphrase(passphrase))
    try:
        # Writing the schema cookie makes SQLCipher write page 1, encrypted, now.
        conn.execute("PRAGMA user_version = 0")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.commit()
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def rewrite(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the journal at ``path`` from key ``old`` to key ``new`` (None = plain).

    Needs the journal to be closed everywhere else: the old file is swapped out.
    Another process that has it open is detected (``JournalLocked``); the calling
    process must close its own connections first, because SQLCipher's SQLite and
    Python's are separate libraries whose file locks do not see each other.
    """
    from reflekt.core.storage import lock

    module = sqlcipher()
    if new is not None:
        check_passphrase(new)
    # The real file: a symlinked journal is rewritten where it lives, the link kept.
    path = lock.real_path(Path(path))
    with lock.exclusive(path):
        _rewrite(module, path, old, new)


def _rewrite(module: Any, path: Path, old: str | None, new: str | None) -> None:
    import tempfile

    # A random name made exclusively (O_EXCL, no symlink followed), 0600, beside the
    # journal: nothing planted there can catch the rewritten journal.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".rekey")
    os.close(fd)
    target = Path(name)
    os.chmod(target, 0o600)
    conn = raw_connect(path, old)
    try:
        if old is not None and not _key_works(conn):
            raise WrongPassphrase(
                msg("That passphrase does not open {path}. Check it and try again.", path=path)
            )
        try:
            # Exclusive: nobody else may write while the copy is made, and the WAL
            # (which may hold plaintext pages of a plain journal) is folded in and
            # removed before the old file goes away.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":  # SQLite keeps WAL while others have it open
                raise sqlcipher_busy()
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            quick = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if quick != "ok":
                raise JournalDamaged(
                    msg(
                        "The journal {path} is damaged ({problem}); reflekt leaves it as it "
                        "is. Run `reflekt check` and `reflekt recover`.",
                        path=path,
                        problem=quick,
                    )
                )
            key = _quoted(new) if new is not None else "''"
            conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {key}", [str(target)])
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            conn.execute(f"PRAGMA rekeyed.user_version = {int(user_version)}")
            conn.execute("DETACH DATABASE rekeyed")
        except (module.OperationalError, sqlite3.OperationalError) as exc:
            if is_locked(exc):
                raise JournalLocked(
                    msg(
                        "The journal {path} is open in another program (perhaps the reflekt "
                        "app). Close it there and try again.",
                        path=path,
                    )
                ) from exc
            raise
    except BaseException:
        conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    _verify_copy(target, new, path)
    # Keep the connection (and its exclusive lock) until the swap, so no one writes
    # to the old file between the copy and the rename.
    os.replace(target, path)
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    _fsync_dir(path.parent)
    os.chmod(path, 0o600)


def _verify_copy(target: Path, passphrase: str | None, original: Path) -> None:
    conn = raw_connect(target, passphrase)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        conn.commit()
    finally:
        conn.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise JournalDamaged(
            msg(
                "The re-written copy of {original} failed its check ({result}); the journal "
                "was left as it was.",
                original=original,
                result=result,
            )
        )
    with open(target, "rb") as f:
        os.fsync(f.fileno())


def encrypt_journal(path: Path, passphrase: str) -> None:
    """Encrypt a plain journal in place (the app's "Encrypt this journal")."""
    rewrite(path, None, passphrase)


def decrypt_journal(path: Path, passphrase: str) -> None:
    """Remove the encryption (the app's "Remove encryption")."""
    rewrite(path, passphrase, None)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Change the passphrase (the app's "Change passphrase")."""
    rewrite(path, old, new)
