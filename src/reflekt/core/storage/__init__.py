"""Opening a journal file: permissions, PRAGMAs, schema upgrades, refusals."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from reflekt import paths
from reflekt.core.storage.migrations import MIGRATION_SET, known_steps, migrations
from reflekt.errors import JournalError, JournalLocked, JournalTooNew, NotAJournal

BUSY_TIMEOUT_MS = 5000


def _create_file(path: Path) -> None:
    """Create an empty journal file that only its owner can read (0600)."""
    paths.ensure_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except PermissionError as exc:
        raise JournalError(
            f"reflekt cannot create a journal at {path}: permission denied. "
            "Choose a folder you can write to."
        ) from exc
    os.close(fd)
    os.chmod(path, 0o600)  # the umask may have taken bits away; make it exact


def connect(path: Path, *, create: bool = True, readonly: bool = False) -> sqlite3.Connection:
    """A connection with reflekt's PRAGMAs, or a ``JournalError`` saying why not."""
    path = Path(path)
    if path.is_dir():
        raise NotAJournal(f"{path} is a folder, not a journal file. Name a file instead.")
    if not path.exists():
        if not create:
            raise JournalError(
                f"There is no journal at {path}. Check the path, or run "
                "`reflekt init` to create a new journal there."
            )
        _create_file(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA schema_version").fetchone()  # fails early on a non-database
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise _explain(exc, path) from exc
    return conn


def _explain(exc: sqlite3.DatabaseError, path: Path) -> JournalError:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return NotAJournal(
            f"{path} is not a reflekt journal (or it is damaged). Check that you chose "
            "the right file."
        )
    if "locked" in text or "busy" in text:
        return JournalLocked(
            f"The journal {path} is busy in another program. Close the other program and try again."
        )
    if "readonly" in text or "read-only" in text:
        return JournalError(
            f"The journal {path} cannot be written (it is read-only). Check the file's "
            "permissions or choose another journal."
        )
    if "unable to open" in text:
        return JournalError(
            f"reflekt cannot open {path}. Check that the folder exists and that you "
            "may write to it."
        )
    return JournalError(f"reflekt cannot use {path}: {exc}.")


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (creating or upgrading as needed) the journal at ``path``."""
    path = Path(path)
    conn = connect(path, create=create)
    db = Database(conn, execute_plugins=False)
    try:
        upgrade(db, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def applied_steps(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def upgrade(db: Database, path: Path) -> None:
    """Bring the schema up to date; refuse files that are newer or not ours."""
    applied = applied_steps(db)
    known = known_steps()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise JournalTooNew(
            f"The journal {path} was written by a newer version of reflekt "
            f"(it has schema step {unknown[-1]!r}). Update reflekt to open it; "
            "this version leaves the file untouched."
        )
    if not applied and db.table_names():
        raise NotAJournal(
            f"{path} is an SQLite database but not a reflekt journal. Choose a reflekt "
            "journal file, or a new file name to start a new journal."
        )
    pending = [name for name in known if name not in applied]
    if not pending:
        return
    if applied:
        backup_before_upgrade(db, path, applied[-1])
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {len(known)}")


def backup_before_upgrade(db: Database, path: Path, step: str) -> Path:
    """Write a complete copy of the journal before its schema changes."""
    folder = paths.ensure_private_dir(paths.backup_dir())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-before-upgrade-from-{step}-{stamp}.reflekt"
    return write_copy(db.conn, target)


def write_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, 0600, renamed into place."""
    tmp = target.with_name(target.name + ".partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    dest = sqlite3.connect(str(tmp))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target


__all__ = [
    "MIGRATION_SET",
    "applied_steps",
    "connect",
    "open_database",
    "upgrade",
    "write_copy",
]
