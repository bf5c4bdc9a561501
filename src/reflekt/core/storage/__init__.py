"""Opening a journal file: permissions, PRAGMAs, schema upgrades, refusals.

Every connection reflekt makes goes through ``connect``, so every one gets the same
safety settings: WAL with ``synchronous=FULL`` (a committed write survives a crash),
a busy timeout (the CLI and the app can share a journal), ``secure_delete`` (deleted
text is overwritten, not just unlinked) and a quick damage check before anything is
written. Database errors are turned into plain ``JournalError``s here
(``translate_errors``), so neither the CLI nor the app ever shows a raw SQLite message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sqlite3
from _thread import allocate_lock
from collections.abc import Iterator
from pathlib import Path

from reflekt import paths, private_files
from reflekt.core.storage import encryption, lock, open_check
from reflekt.core.storage.diagnose import (
    _damaged,
    _explain,
    _explain_os,
    _plain_with_damaged_magic,
    explain,
    header_problem,
    translate_errors,
)
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.storage.steps import MIGRATION_SET, MIGRATIONS_TABLE, known_steps
from reflekt.errors import (
    EncryptionUnavailable,
    JournalDamaged,
    JournalError,
    JournalMissing,
    JournalReadOnly,
    JournalTooNew,
    NotAJournal,
)
from reflekt.messages import msg

BUSY_TIMEOUT_MS = 5000
# quick_check reads every page: 0.5 s on a 340 MB journal (100,000 long entries),
# ~40 ms at 32 MB. Below this size (not counting the pictures, whose pages the check
# on open leaves out) it runs on every open; above it only the header is checked on
# open, and the app runs the full check in the background.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
CACHE_KIB = 32 * 1024  # each connection's page cache, at most (see _open)

TYPE_CHECKING = False  # typing costs ~7 ms at every CLI start; annotations need not load it
if TYPE_CHECKING:
    from typing import Any

    Connection = Any  # sqlite3.Connection, or sqlcipher3's, which behaves the same


def __getattr__(name: str) -> Any:
    if name == "Connection":  # the alias above, for code that imports it at run time
        from typing import Any

        return Any
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _create_file(path: Path) -> None:
    """Create an empty journal file that only its owner can read (0600)."""
    paths.ensure_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except PermissionError as exc:
        raise JournalReadOnly(
            msg(
                "reflekt cannot create a journal at {path}: permission denied. "
                "Choose a folder you can write to.",
                path=path,
            )
        ) from exc
    except OSError as exc:
        raise _explain_os(exc, path) from exc
    os.close(fd)
    os.chmod(path, 0o600)  # the umask may have taken bits away; make it exact


def quick_check(conn: Connection, path: Path) -> None:
    """Raise ``JournalDamaged`` when a cheap look finds damage (see QUICK_CHECK_MAX_BYTES;
    the pictures' pages are left out, and out of the size: ``storage/open_check.py``)."""
    result = open_check.problem(conn, path.stat().st_size, QUICK_CHECK_MAX_BYTES)
    if result is not None:
        raise _damaged(path, result)


def connect(
    path: Path,
    *,
    create: bool = True,
    readonly: bool = False,
    passphrase: PassphraseProvider | None = None,
    check: bool = True,
) -> Connection:
    """A connection with reflekt's PRAGMAs, or a ``JournalError`` saying why not.

    ``passphrase`` is asked only when the journal is encrypted (default: the
    ``REFLEKT_PASSPHRASE`` environment variable). ``check=False`` skips the damage
    check, for tools that look at damaged files without writing (``reflekt check``).
    """
    return connect_keyed(
        path, create=create, readonly=readonly, passphrase=passphrase, check=check
    )[0]


def connect_keyed(
    path: Path,
    *,
    create: bool = True,
    readonly: bool = False,
    passphrase: PassphraseProvider | None = None,
    check: bool = True,
) -> tuple[Connection, str | None]:
    """Like ``connect``, also returning the passphrase that opened it (None: plain)."""
    path = Path(path)
    # A FIFO or device is refused before anything reads it (it would hang); a journal
    # or folder another user could change is refused before anything is written.
    paths.check_journal_place(path, private=not readonly)
    if path.is_dir():
        raise NotAJournal(
            msg("{path} is a folder, not a journal file. Name a file instead.", path=path)
        )
    if not path.exists():
        if not create:
            raise _no_journal(path)
        _create_file(path)
    try:
        return _open(path, readonly=readonly, passphrase=passphrase, check=check)
    except encryption.database_errors() as exc:
        raise _explain(exc, path) from exc
    except OSError as exc:
        raise _explain_os(exc, path) from exc


def _no_journal(path: Path) -> JournalError:
    return JournalError(
        msg(
            "There is no journal at {path}. Check the path, or run "
            "`reflekt init` to create a new journal there.",
            path=path,
        )
    )


# SQLite's locks on a journal are POSIX record locks, which belong to the process and
# are all dropped when *any* descriptor for the file is closed. Reading the journal's
# header with open() while this process has a connection to it would silently unlock
# that connection, and another program (the CLI) could then checkpoint and delete the
# WAL under it. So once a journal is open here, reflekt never opens that file directly
# again: it remembers what the header said instead.
_LIVE: dict[str, list[Any]] = {}  # real path -> [connections, plain?]
_LIVE_LOCK = allocate_lock()  # threading.Lock, without importing threading (~2 ms)


def _live_plain(path: Path) -> bool | None:
    """Whether an already open journal is plain (None: not open in this process)."""
    with _LIVE_LOCK:
        held = _LIVE.get(os.path.realpath(path))
        return held[1] if held else None


def _hold(path: Path, plain: bool) -> None:
    with _LIVE_LOCK:
        held = _LIVE.setdefault(os.path.realpath(path), [0, plain])
        held[0] += 1
    private_files.protect(path)  # no output is ever written over an open journal


def _release(path: Path) -> None:
    with _LIVE_LOCK:
        key = os.path.realpath(path)
        held = _LIVE.get(key)
        if held is not None:
            held[0] -= 1
            if held[0] <= 0:
                del _LIVE[key]
    private_files.release(path)


def _open(
    path: Path, *, readonly: bool, passphrase: PassphraseProvider | None, check: bool
) -> tuple[Connection, str | None]:
    key = None
    live = _live_plain(path)
    plain = live if live is not None else encryption.is_plain(path)
    if plain:
        if check and live is None and (problem := header_problem(path)):
            raise _damaged(path, problem)
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
    else:
        size = path.stat().st_size
        if check and live is None and _plain_with_damaged_magic(path):
            raise _damaged(path, msg("the file header is damaged"))
        # SQLCipher files are whole pages of random bytes; anything else is not ours.
        if size % 512 or not encryption.available():
            raise NotAJournal(
                msg(
                    "{path} is not a reflekt journal (or it is damaged). Check that you chose "
                    "the right file.",
                    path=path,
                )
                + (
                    ""
                    if encryption.available() or size % 512
                    else " "
                    + msg(
                        "If it is an encrypted journal, this reflekt cannot open it: "
                        "install the sqlcipher3-wheels package."
                    )
                )
            )
        conn, key = encryption.open_encrypted(
            path, passphrase or encryption.env_passphrase, readonly=readonly
        )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA schema_version").fetchone()  # fails early on a non-database
        if check:
            quick_check(conn, path)
        # Deleted text is overwritten with zeros, in the file and in the WAL, instead of
        # lingering in free pages where an undelete tool could find it.
        conn.execute("PRAGMA secure_delete = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # SQLite's own default is 2 MB: a search of a common word on 100,000 entries
        # reads more pages than that, so the next one read them all again. Pages are
        # only taken as they are read.
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn, key


def is_encrypted(path: Path) -> bool:
    """Whether the journal at ``path`` is encrypted (or at least not plain SQLite)."""
    return encryption.is_encrypted(Path(path))


def resolve(path: Path) -> Path:
    """The journal's real file (symlinks followed), or ``JournalMissing`` naming what is gone.

    A dangling symlink or a missing folder is an unplugged drive or a moved folder far
    more often than a wish for a new journal: refused, the link left as it is. Only
    reflekt's own data folder (where the default journal lives) is made when missing.
    """
    real = lock.real_path(Path(path))
    try:
        there = real.parent.is_dir()
    except PermissionError:  # a folder on the way may not be entered by this user
        raise _not_allowed_in(real.parent) from None
    if not there:
        own = Path(os.path.realpath(paths.data_dir()))
        if real.parent == own or own in real.parent.parents:
            paths.ensure_private_dir(real.parent)
        else:
            raise JournalMissing(
                msg(
                    "The folder {folder} of the journal is not there (the drive may be "
                    "unplugged, or the folder moved). Connect it and try again; reflekt "
                    "changed nothing.",
                    folder=real.parent,
                )
            )
    if not os.access(real.parent, os.X_OK):  # there, but this user may not go in
        raise _not_allowed_in(real.parent)
    return real


def _not_allowed_in(folder: Path) -> JournalReadOnly:
    return JournalReadOnly(
        msg(
            "reflekt may not open the folder {folder} that holds the journal (permission "
            "denied). Check the folder's permissions, or choose another place; reflekt "
            "changed nothing.",
            folder=folder,
        )
    )


def _asked_for_encryption(path: Path) -> str | None:
    """The passphrase a new journal must be encrypted with (``REFLEKT_PASSPHRASE``), if any.

    Refuses (``EncryptionUnavailable``) before anything is written when encryption is
    asked for and SQLCipher is missing: reflekt never writes a plaintext journal then.
    """
    wanted = os.environ.get("REFLEKT_PASSPHRASE") or None
    if wanted is None:
        return None
    if not encryption.available():
        raise EncryptionUnavailable(
            msg(
                "REFLEKT_PASSPHRASE is set, so the new journal {path} would have to be "
                "encrypted, but this reflekt cannot encrypt (SQLCipher is not installed). "
                "Nothing was created. Install it with: pip install 'reflekt[encryption]', "
                "or unset REFLEKT_PASSPHRASE to make an unencrypted journal.",
                path=path,
            )
        )
    return encryption.check_passphrase(wanted)


def open_database(
    path: Path, *, create: bool = True, passphrase: PassphraseProvider | None = None
) -> JournalDatabase:
    """Open (creating or upgrading as needed) the journal at ``path``.

    ``path`` is resolved to the real file first (``resolve``); the database's ``path``
    is that file. The journal's shared lock is held until ``close``.
    """
    path = resolve(Path(path))
    new_key = None
    if not os.path.lexists(path):
        if not create:
            raise _no_journal(path)  # before the lock file is made: nothing appears
        new_key = _asked_for_encryption(path)
    lock.acquire_shared(path)
    try:
        if new_key is not None and not os.path.lexists(path):
            _create_file(path)
            try:
                encryption.create_encrypted(path, new_key)
            except BaseException:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                raise
            key_made = new_key
            passphrase = lambda _path, attempt: key_made if attempt == 0 else None  # noqa: E731
        conn, key = connect_keyed(path, create=create, passphrase=passphrase)
        db = JournalDatabase(conn)
        db.passphrase = key
        db.path = path
        try:
            with translate_errors(path):
                upgrade(db, path)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release(path)
        raise
    db.hold(path, plain=key is None)
    db._locked = path
    return db


def applied_steps(db: JournalDatabase) -> list[str]:
    """The schema steps this journal has, in the order they were applied."""
    if not db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone():
        return []
    return [
        name
        for (name,) in db.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]


def upgrade(db: JournalDatabase, path: Path) -> None:
    """Bring the schema up to date; refuse files that are newer or not ours."""
    applied = applied_steps(db)
    known = known_steps()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise JournalTooNew(
            msg(
                "The journal {path} was written by a newer version of reflekt "
                "(it has schema step {step}). Update reflekt to open it; "
                "this version leaves the file untouched.",
                path=path,
                step=repr(unknown[-1]),
            )
        )
    if not applied and db.table_names():
        raise NotAJournal(
            msg(
                "{path} is an SQLite database but not a reflekt journal. Choose a reflekt "
                "journal file, or a new file name to start a new journal.",
                path=path,
            )
        )
    pending = [name for name in known if name not in applied]
    if not pending:
        return
    if not applied:  # a new journal: nobody else can have a schema to lose
        _apply(db, known)
        return
    # An upgrade may rebuild tables under a process that still has the old schema in
    # mind: done only while no other reflekt has the journal open.
    with lock.exclusive(path, upgrade=True):
        backup_before_upgrade(db, path, applied[-1])
        _apply(db, known)


def _apply(db: JournalDatabase, known: list[str]) -> None:
    # sqlite-utils (and the numpy, click and dateutil it imports: 0.2-0.4 s) loads only
    # here, when the schema really changes, not on every start of the CLI.
    from sqlite_utils import Database

    from reflekt.core.storage.migrations import migrations

    target = Database(db.conn, recursive_triggers=False, execute_plugins=False)
    target.atomic = db.atomic  # type: ignore[method-assign]  # BEGIN IMMEDIATE, as everywhere
    migrations.apply(target)
    db.execute(f"PRAGMA user_version = {len(known)}")


_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class JournalDatabase:
    """The open journal's connection, with sqlite-utils' ``execute``/``atomic`` semantics.

    It used to be a sqlite-utils ``Database``; importing sqlite-utils alone took longer
    than a whole ``reflekt search`` should. It remembers the passphrase it was opened
    with (None: plain), so backups of an encrypted journal stay encrypted.
    """

    passphrase: str | None = None
    path: Path | None = None  # the real file (``resolve``), for databases opened here
    _held: Path | None = None
    _locked: Path | None = None  # whose shared lock ``close`` gives back

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # As sqlite-utils set it: a REPLACE's implicit delete fires delete triggers.
        self.conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Any = None) -> Any:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (
                self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
            )
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction the failure opened
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and sql.lstrip().split(None, 1)[0].upper() not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def hold(self, path: Path, *, plain: bool) -> None:
        """Mark the journal as open in this process until ``close`` (see ``_LIVE``)."""
        _hold(path, plain)
        self._held = path

    def close(self) -> None:
        held, self._held = self._held, None
        locked, self._locked = self._locked, None
        try:
            self.conn.close()
        finally:
            if held is not None:
                _release(held)
            if locked is not None:
                lock.release(locked)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[JournalDatabase]:
        """One transaction that takes the write lock at its start (BEGIN IMMEDIATE).

        A deferred BEGIN that reads first and writes later cannot wait for another
        writer: SQLite fails it at once with "database is locked", because its
        snapshot is already stale. Taking the lock up front lets the busy timeout
        work, so the CLI simply waits while the app saves.
        """
        if self.conn.in_transaction:
            savepoint = f"reflekt_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) can end the whole transaction, savepoint included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


_SAVEPOINTS = itertools.count(1)


def backup_before_upgrade(db: JournalDatabase, path: Path, step: str) -> Path:
    """Write a complete copy of the journal before its schema changes."""
    folder = paths.ensure_private_dir(paths.backup_dir())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-before-upgrade-from-{step}-{stamp}.reflekt"
    return write_copy(db.conn, target, passphrase=getattr(db, "passphrase", None))


def is_cipher_connection(conn: Connection) -> bool:
    return not isinstance(conn, sqlite3.Connection)


def write_copy(conn: Connection, target: Path, *, passphrase: str | None = None) -> Path:
    """A consistent, verified copy through SQLite's backup API, 0600, renamed into place.

    A copy of an encrypted journal is encrypted with the same passphrase; it is never
    plaintext, not even for a moment. A copy that fails ``integrity_check`` is removed
    and reported, never left where it could be mistaken for a good backup.
    """
    target = Path(target)
    cipher = is_cipher_connection(conn)
    if cipher and passphrase is None:
        raise JournalError(msg("reflekt needs the passphrase to back up this encrypted journal."))
    # A private temporary file with a random name, renamed into place (never a fixed
    # name another user could plant a symlink at); backups may go to the backup folder.
    with private_files.private_temp(target, backups_ok=True) as tmp:
        dest = (
            encryption.raw_connect(tmp, passphrase)
            if cipher
            else sqlite3.connect(str(tmp), check_same_thread=False)
        )
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            result = dest.execute("PRAGMA integrity_check(1)").fetchone()[0]
        finally:
            dest.close()
        if result != "ok":
            raise JournalDamaged(
                msg(
                    "The copy made for {name} failed its check ({result}). The journal "
                    "itself may be damaged: run `reflekt check`.",
                    name=target.name,
                    result=result,
                )
            )
    return target


__all__ = [
    "MIGRATION_SET",
    "Connection",
    "JournalDatabase",
    "PassphraseProvider",
    "applied_steps",
    "connect",
    "explain",
    "is_encrypted",
    "open_database",
    "resolve",
    "translate_errors",
    "upgrade",
    "write_copy",
]
