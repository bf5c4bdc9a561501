"""Backups: automatic and by hand, verified, thinned, restorable.

Each journal has its own folder under ``paths.backup_dir()`` (0700), named after the
journal file and a short hash of its full path, so two journals called
``journal.reflekt`` in different folders never mix their backups. A backup is a whole
journal file (0600), written with SQLite's backup API to a temporary file, checked
with ``integrity_check`` and only then renamed into place. A backup of an encrypted
journal is encrypted with the same passphrase.

Automatic backups (``backup_if_due``, called by the app on start and close through
``journal.backups.if_due``) are made
when the journal changed since the newest backup and the interval passed, then thinned
to 7 daily, 4 weekly and 12 monthly. Backups made by hand and the copies kept before a
restore are never thinned.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflekt import paths, private_files
from reflekt.core import storage
from reflekt.core.storage import encryption, lock
from reflekt.core.storage.check import check_journal
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.storage.steps import known_steps
from reflekt.errors import (
    BackupError,
    EncryptionUnavailable,
    JournalError,
    JournalLocked,
    PassphraseRequired,
    ReflektError,
    WrongPassphrase,
)
from reflekt.messages import msg, os_reason

INTERVAL_SETTING = "backup.interval_hours"
DEFAULT_INTERVAL_HOURS = 24.0
AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
REASONS = (AUTO, MANUAL, BEFORE_RESTORE)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_NAME = re.compile(r"^(\d{8}-\d{6})-(auto|manual|before-restore)(?:-\d+)?\.reflekt$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime  # local time, to the second, when the copy began (from the name)
    started: float  # the same moment, precisely (the file's mtime is set to it)
    reason: str  # auto, manual or before-restore
    size: int
    encrypted: bool

    @property
    def automatic(self) -> bool:
        return self.reason == AUTO


@dataclass(frozen=True)
class Recovered:
    """What ``recover_from_backup`` did: which backup it used, where the damaged file went."""

    backup: Path
    damaged: Path


def backup_folder(journal_path: Path) -> Path:
    """The folder holding this journal's backups (not created here)."""
    resolved = Path(journal_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return paths.backup_dir() / f"{resolved.stem}-{digest}"


def parse_name(name: str) -> tuple[dt.datetime, str] | None:
    """(time taken, reason) from a backup's file name, or None if it is not one."""
    match = _NAME.match(name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(2)


def list_backups(journal_path: Path) -> list[Backup]:
    """This journal's backups, newest first."""
    folder = backup_folder(journal_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed is None or not path.is_file():
            continue
        info = path.stat()
        found.append(
            Backup(
                path=path,
                taken=parsed[0],
                started=info.st_mtime,
                reason=parsed[1],
                size=info.st_size,
                encrypted=encryption.is_encrypted(path),
            )
        )
    return sorted(found, key=lambda b: (b.taken, b.started), reverse=True)


def _new_name(folder: Path, taken: dt.datetime, reason: str) -> Path:
    base = f"{taken.strftime('%Y%m%d-%H%M%S')}-{reason}"
    target = folder / f"{base}.reflekt"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}.reflekt"
        number += 1
    return target


def write_backup(
    db: storage.JournalDatabase,
    journal_path: Path,
    *,
    target: Path | None = None,
    reason: str = MANUAL,
    overwrite: bool = False,
) -> Path:
    """Back the open journal (``db``, whose file is ``journal_path``) up now; returns the
    new file.

    Without ``target`` it goes to the journal's backup folder. Safe while the journal
    is in use: the backup API copies one consistent moment. A ``target`` that exists is
    replaced only with ``overwrite`` (the one rule: ``private_files.refuse_existing``).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")  # untranslated: a bug
    taken = dt.datetime.now().replace(microsecond=0)
    if target is None:
        folder = paths.ensure_private_dir(backup_folder(journal_path))
        target = _new_name(folder, taken, reason)
    else:
        target = Path(target).expanduser()
        private_files.check_target(target)  # never the journal, a backup, a device, a pipe
        if target.exists() and target.resolve() == journal_path.resolve():
            raise BackupError(
                msg("A backup cannot be written over the journal itself. Name a new file.")
            )
        private_files.refuse_existing(target, overwrite=overwrite)
        if target.is_dir():
            raise BackupError(
                msg("{target} is a folder. Name a file for the backup.", target=target)
            )
        if not target.parent.is_dir():
            raise BackupError(
                msg("The folder {folder} does not exist. Create it first.", folder=target.parent)
            )
    started = time.time()
    with storage.translate_errors(target):
        try:
            made = storage.write_copy(db.conn, target, passphrase=getattr(db, "passphrase", None))
            # The file's time is when the copy began, to the nanosecond: a write after
            # that moment is not in the copy, and marks the journal as changed since.
            os.utime(made, (started, started))
            return made
        except OSError as exc:
            raise BackupError(
                msg(
                    "reflekt could not write the backup {target}: {problem}. "
                    "Check that there is space and that you may write there.",
                    target=target,
                    problem=os_reason(exc),
                )
            ) from exc


def backup_interval(db: storage.JournalDatabase) -> dt.timedelta | None:
    """How often automatic backups are made (the journal's setting); None when off."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [INTERVAL_SETTING]).fetchone()
    raw = row[0] if row else None
    try:
        hours = float(raw) if raw is not None else DEFAULT_INTERVAL_HOURS
    except ValueError:
        hours = DEFAULT_INTERVAL_HOURS
    return dt.timedelta(hours=hours) if hours > 0 else None


def store_interval(db: storage.JournalDatabase, hours: float) -> None:
    """Set the automatic backup interval in hours; 0 turns automatic backups off."""
    if hours < 0:
        raise BackupError(msg("The backup interval cannot be negative. Use 0 to turn it off."))
    with db.atomic():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [INTERVAL_SETTING, repr(float(hours))],
        )


def last_modified(journal_path: Path) -> dt.datetime:
    """When the journal was last written: the file, or its WAL while it holds changes.

    The app writes through the WAL; the WAL is folded into the file at checkpoints.
    Reading never changes either, so an unchanged journal is never backed up again.
    """
    stamps = [journal_path.stat().st_mtime]
    try:  # another program's last connection may remove the WAL at any moment
        wal = os.stat(f"{journal_path}-wal")
    except FileNotFoundError:
        wal = None
    if wal is not None and wal.st_size > 0:
        stamps.append(wal.st_mtime)
    return dt.datetime.fromtimestamp(max(stamps))


def backup_if_due(
    db: storage.JournalDatabase,
    journal_path: Path,
    reason: str = "start",
    *,
    now: dt.datetime | None = None,
) -> Path | None:
    """The automatic backup, for the app to call on start and on close.

    Backs up when the journal changed since its newest backup and the interval
    (default daily) has passed; then thins old automatic backups. Returns the new
    backup, or None when none was needed. ``reason`` ("start", "close") is for logs.
    Raises ``BackupError``/``JournalError`` with a plain message when it fails.
    """
    every = backup_interval(db)
    if every is None:
        return None
    now = now or dt.datetime.now()
    backups = list_backups(journal_path)
    if backups:
        newest = backups[0]
        if now - newest.taken < every:
            return None
        if last_modified(journal_path) <= dt.datetime.fromtimestamp(newest.started):
            return None
    made = write_backup(db, journal_path, reason=AUTO)
    thin(journal_path)
    return made


def backups_to_keep(
    stamps: Iterable[dt.datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Which backups thinning keeps: the newest of each of the last ``daily`` days that
    have one, then the newest of each of the ``weekly`` weeks before those, then the
    newest of each of the ``monthly`` months before those. Pure: times in, times out.
    """
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    kept_daily = kept_weekly = kept_monthly = 0
    for stamp in sorted(set(stamps), reverse=True):
        day = stamp.date()
        iso = day.isocalendar()
        week, month = (iso[0], iso[1]), (day.year, day.month)
        if kept_daily < daily:
            if day not in days:
                keep.add(stamp)
                kept_daily += 1
            days.add(day)
            weeks.add(week)
            months.add(month)
        elif kept_weekly < weekly:
            if week not in weeks:
                keep.add(stamp)
                kept_weekly += 1
            weeks.add(week)
            months.add(month)
        elif kept_monthly < monthly:
            if month not in months:
                keep.add(stamp)
                kept_monthly += 1
            months.add(month)
    return keep


def thin(journal_path: Path) -> list[Path]:
    """Remove automatic backups that ``backups_to_keep`` lets go; returns them."""
    automatic = [b for b in list_backups(journal_path) if b.automatic]
    keep = backups_to_keep(b.taken for b in automatic)
    removed = []
    seen: set[dt.datetime] = set()
    for backup in automatic:  # newest first: of two in the same second, keep the newer
        if backup.taken in keep and backup.taken not in seen:
            seen.add(backup.taken)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def verify_backup(path: Path, *, passphrase: PassphraseProvider | None = None) -> int:
    """Check that ``path`` is a sound reflekt journal this reflekt can open.

    Returns how many entries it holds; raises ``BackupError`` saying what is wrong.
    """
    return verify_backup_counts(path, passphrase=passphrase)[0]


def verify_backup_counts(
    path: Path, *, passphrase: PassphraseProvider | None = None
) -> tuple[int, int]:
    """``verify_backup``, returning how many entries and how many pictures the backup
    holds (every picture's bytes checked against its name on the way)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError(
            msg("There is no backup at {path}. Check the name (see `reflekt backups`).", path=path)
        )
    report = check_journal(path, passphrase=passphrase, lock=False)
    if not report.ok:
        raise BackupError(
            msg(
                "The backup {path} is damaged or not a reflekt journal ({problem}). "
                "Choose another backup (see `reflekt backups`).",
                path=path,
                problem=report.problems[0],
            )
        )
    conn = storage.connect(path, create=False, readonly=True, passphrase=passphrase, check=False)
    try:
        steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    finally:
        conn.close()
    if any(step not in known_steps() for step in steps):
        raise BackupError(
            msg(
                "The backup {path} was made by a newer version of reflekt. Update reflekt to "
                "restore it.",
                path=path,
            )
        )
    return report.entries or 0, report.pictures or 0


def _copy_into_place(source: Path, journal_path: Path) -> None:
    """Copy the (already verified) backup file over the journal, atomically."""
    import tempfile

    # A random name made exclusively (O_EXCL, no symlink followed), 0600: nothing
    # planted beside the journal can catch the restored text.
    fd, name = tempfile.mkstemp(dir=journal_path.parent, prefix=f".{journal_path.name}.")
    tmp = Path(name)
    os.chmod(tmp, 0o600)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        # A WAL left from the old journal must never be replayed into the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{journal_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, journal_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    encryption._fsync_dir(journal_path.parent)


def _keep_current(journal_path: Path, passphrase: PassphraseProvider | None) -> Path:
    """Copy the current, healthy journal to its backup folder before it is replaced,
    making sure no other program has it open (it would keep writing to the old file)."""
    conn, key = storage.connect_keyed(journal_path, create=False, passphrase=passphrase)
    try:
        with storage.translate_errors(journal_path):
            try:
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                if mode.lower() != "delete":  # SQLite keeps WAL while others have it open
                    raise encryption.sqlcipher_busy()
            except encryption.database_errors() as exc:
                if encryption.is_locked(exc):
                    raise JournalLocked(
                        msg(
                            "The journal {path} is open in another program (perhaps the "
                            "reflekt app). Close it there, then restore.",
                            path=journal_path,
                        )
                    ) from exc
                raise
            folder = paths.ensure_private_dir(backup_folder(journal_path))
            taken = dt.datetime.now().replace(microsecond=0)
            return storage.write_copy(
                conn, _new_name(folder, taken, BEFORE_RESTORE), passphrase=key
            )
    finally:
        conn.close()


def restore(
    backup: Path | Backup, journal_path: Path, *, passphrase: PassphraseProvider | None = None
) -> Path | None:
    """Put a backup in the journal's place, after checking it.

    The current journal is kept first: a healthy one is copied to the backup folder
    (reason ``before-restore``), a damaged one is moved aside with a ``.damaged``
    suffix. Returns where the old journal was kept (None if there was none).
    The journal must not be open anywhere (the app closes it first).
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup).expanduser()
    journal_path = storage.resolve(Path(journal_path))  # the real file, never a link to it
    if source.resolve() == journal_path:
        raise BackupError(msg("That file is the journal itself. Choose a backup to restore."))
    verify_backup(source, passphrase=passphrase)
    with lock.exclusive(journal_path):
        return _restore(source, journal_path, passphrase)


def _restore(
    source: Path, journal_path: Path, passphrase: PassphraseProvider | None
) -> Path | None:
    kept: Path | None = None
    if journal_path.exists() and journal_path.stat().st_size > 0:
        try:
            healthy = check_journal(journal_path, passphrase=passphrase).ok
        except ReflektError:
            healthy = False  # cannot even be opened (e.g. a forgotten passphrase): keep it as is
        kept = _keep_current(journal_path, passphrase) if healthy else move_aside(journal_path)
    else:
        paths.ensure_private_dir(journal_path.parent)
    try:
        _copy_into_place(source, journal_path)
    except OSError as exc:
        where = (
            " " + msg("The journal as it was before is kept at {kept}.", kept=kept) if kept else ""
        )
        raise BackupError(
            msg(
                "reflekt could not write {path}: {problem}.",
                path=journal_path,
                problem=os_reason(exc),
            )
            + where
        ) from exc
    return kept


def move_aside(journal_path: Path) -> Path:
    """Rename a damaged journal (and its -wal/-shm, kept paired) to ``NAME.damaged``."""
    target = journal_path.with_name(journal_path.name + ".damaged")
    number = 2
    while target.exists():
        target = journal_path.with_name(f"{journal_path.name}.damaged-{number}")
        number += 1
    for suffix in ("-wal", "-shm"):
        side = Path(f"{journal_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(journal_path, target)
    return target


def recover_from_backup(
    journal_path: Path, *, passphrase: PassphraseProvider | None = None
) -> Recovered:
    """Replace a damaged journal with its newest good backup.

    The damaged file is kept beside it as ``NAME.damaged``. Backups that fail their
    check are skipped. Raises ``BackupError`` when there is no good backup (the damaged
    journal is then left exactly where and as it was) or when the journal is not
    damaged (use ``restore`` to go back to a backup on purpose).
    """
    journal_path = storage.resolve(Path(journal_path))  # the real file, never a link to it
    # Judged and replaced under the exclusive lock: no other reflekt is writing, so
    # "locked" cannot be mistaken for damage, and nobody writes to a file moved aside.
    with lock.exclusive(journal_path):
        return _recover(journal_path, passphrase)


def _recover(journal_path: Path, passphrase: PassphraseProvider | None) -> Recovered:
    if journal_path.exists():
        try:
            healthy = check_journal(journal_path, passphrase=passphrase).ok
        except (JournalLocked, PassphraseRequired, WrongPassphrase, EncryptionUnavailable):
            raise  # busy, or not opened with the right key: not damage, so no swap
        except JournalError:
            healthy = False
        if healthy:
            raise BackupError(
                msg(
                    "The journal {path} is not damaged, so there is nothing to recover. "
                    "To go back to a backup anyway, use `reflekt restore FILE`.",
                    path=journal_path,
                )
            )
    for candidate in list_backups(journal_path):
        try:
            verify_backup(candidate.path, passphrase=passphrase)
        except ReflektError:
            continue
        damaged = move_aside(journal_path) if journal_path.exists() else journal_path
        _copy_into_place(candidate.path, journal_path)
        return Recovered(backup=candidate.path, damaged=damaged)
    raise BackupError(
        msg(
            "There is no good backup of {path} to recover from. The damaged journal "
            "is left as it was; keep it, and ask for help before trying anything else.",
            path=journal_path,
        )
    )
