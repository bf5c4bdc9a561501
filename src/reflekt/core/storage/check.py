"""The full damage check (``reflekt check``), done without changing the journal."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reflekt.core import storage
from reflekt.core.storage import encryption, picture_keep
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.storage.steps import known_steps
from reflekt.errors import JournalBusy, JournalDamaged, JournalError, JournalLocked, NotAJournal
from reflekt.messages import msg

MAX_PROBLEMS = 20


@dataclass
class CheckReport:
    """What ``check_journal`` found. ``ok`` is False when anything is damaged."""

    path: Path
    problems: list[str] = field(default_factory=list)
    encrypted: bool = False
    entries: int | None = None
    pictures: int | None = None  # kept pictures (None: a journal from before them)
    header_only: bool = False  # the only problem found is in the header (looked at twice)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_journal(
    path: Path, *, passphrase: PassphraseProvider | None = None, lock: bool = True
) -> CheckReport:
    """Run SQLite's ``integrity_check`` and FTS5's ``integrity-check`` on the journal,
    and check its pictures (every link has its picture; every picture's bytes hash to
    its name).

    The structure is checked over a read-only connection, so a damaged file is never
    written. The search-index check needs a writable connection (FTS5 runs it as an
    INSERT), so it runs only once the structure is known to be sound, inside a
    transaction that is rolled back. Raises ``WrongPassphrase``/``PassphraseRequired``
    for an encrypted journal it cannot open: that is not damage.

    Busy is not damage either: "database is locked" (another program writing) is
    waited out for up to the busy timeout, and when it persists this raises
    ``JournalBusy`` instead of reporting a problem. Only the file header, SQLite's
    integrity check, the index's own check and the pictures' checks count as damage.
    With ``lock`` (the default) the journal's shared lock is held meanwhile, so the
    file is not replaced under the check.
    """
    path = Path(path)
    if not path.is_file():
        raise JournalError(msg("There is no journal at {path}. Check the path.", path=path))
    if not lock:
        return _check_until_not_busy(path, passphrase)
    from reflekt.core.storage import lock as journal_lock

    try:
        journal_lock.acquire_shared(path)
    except JournalLocked as exc:
        raise _busy(path) from exc
    try:
        return _check_until_not_busy(path, passphrase)
    finally:
        journal_lock.release(path)


def _busy(path: Path) -> JournalBusy:
    return JournalBusy(
        msg(
            "The journal {path} stayed busy: another program kept it locked for longer than "
            "reflekt waits, so it could not be checked now. This is not damage. Try again "
            "in a moment.",
            path=path,
        )
    )


class _Busy(Exception):
    """SQLite said "locked" or "busy": someone is writing; not a verdict on the file."""


def _remembering(provider: PassphraseProvider | None) -> PassphraseProvider | None:
    """The provider, asked each question once: a retry after "busy" asks no one again."""
    if provider is None:
        return None
    answers: dict[int, str | None] = {}

    def ask(path: Path, attempt: int) -> str | None:
        if attempt not in answers:
            answers[attempt] = provider(path, attempt)
        return answers[attempt]

    return ask


def _check_until_not_busy(path: Path, passphrase: PassphraseProvider | None) -> CheckReport:
    passphrase = _remembering(passphrase)
    deadline = time.monotonic() + storage.BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            report = _check_once(path, passphrase)
        except _Busy:
            report = None
        # A header read in the middle of a checkpoint can look short for a moment: a
        # header problem counts only when it is still there on a second look.
        if report is not None and not (report.problems and report.header_only):
            return report
        if time.monotonic() >= deadline:
            if report is not None:
                return report
            raise _busy(path)
        time.sleep(0.05)


def _check_once(path: Path, passphrase: PassphraseProvider | None) -> CheckReport:
    report = CheckReport(path)
    if encryption.is_plain(path):
        problem = storage.header_problem(path)
        if problem:
            report.problems.append(problem)
            report.header_only = True
            return report
    elif storage._plain_with_damaged_magic(path):
        report.problems.append(msg("the file header is damaged"))
        report.header_only = True
        return report
    else:
        report.encrypted = True
    strays = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]
    report = _check(path, report, passphrase)
    if not report.ok:
        # A read-only connection to a WAL journal leaves empty -wal/-shm files behind.
        # A sound journal's are removed by SQLite itself when the index check's
        # connection closes last; removing them by hand could pull them from under a
        # writer that opened the journal meanwhile, so only a damaged one's (which no
        # reflekt writes to) are removed here.
        for stray in strays:
            with contextlib.suppress(OSError):
                if stray.exists() and stray.stat().st_size == 0:
                    stray.unlink(missing_ok=True)
    return report


def _check(path: Path, report: CheckReport, passphrase: PassphraseProvider | None) -> CheckReport:
    key: str | None = None
    try:
        conn, key = storage.connect_keyed(
            path, create=False, readonly=True, passphrase=passphrase, check=False
        )
    except JournalLocked as exc:
        raise _Busy() from exc
    except (NotAJournal, JournalDamaged):
        report.problems.append(msg("SQLite cannot read the file (it is badly damaged)"))
        return report
    try:
        rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        report.problems += [row[0] for row in rows if row[0] != "ok"]
        if report.ok:
            report.entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
            if not set(known_steps()[:1]) <= set(steps):
                report.problems.append(msg("it is not a reflekt journal"))
            elif picture_keep.keeps_pictures(conn):
                report.pictures = picture_keep.count(conn)
                report.problems += _picture_problems(conn)
    except encryption.database_errors() as exc:
        if encryption.is_locked(exc):
            raise _Busy() from exc
        # untranslated: SQLite's own words name the damage for whoever helps.
        report.problems.append(msg("SQLite could not read it: {problem}", problem=str(exc)))
    finally:
        conn.close()
    if report.ok:
        fts = _check_search_index(path, key)
        if fts:
            report.problems.append(fts)
    return report


def _picture_problems(conn: Any) -> list[str]:
    """Pictures SQLite's own check cannot see: a link to a picture that is not there,
    and a picture whose bytes changed on disk (they no longer hash to its name)."""
    problems = [
        msg(
            "the entry {entry} shows the picture {picture}, which is missing from the journal",
            entry=entry_id[:8],
            picture=sha[:12],
        )
        for entry_id, sha in picture_keep.missing_links(conn, MAX_PROBLEMS)
    ]
    problems += [
        msg(
            "the picture {picture} is damaged: its bytes no longer match it",
            picture=sha[:12],
        )
        for sha in picture_keep.damaged(conn, MAX_PROBLEMS)
    ]
    return problems[:MAX_PROBLEMS]


def _check_search_index(path: Path, key: str | None) -> str | None:
    conn = (
        encryption.raw_connect(path, key)
        if key is not None
        else sqlite3.connect(str(path), check_same_thread=False)
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {storage.BUSY_TIMEOUT_MS}")
        # IMMEDIATE: FTS5 runs its check as an INSERT, so it needs the write lock;
        # asking for it up front lets the busy timeout wait for a writer to finish.
        conn.execute("BEGIN IMMEDIATE")
        try:
            # rank=1 also compares the index with the entries (SQLite 3.44+; older
            # versions check the index's own structure).
            conn.execute(
                "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
            )
        finally:
            conn.execute("ROLLBACK")
    except encryption.database_errors() as exc:
        if encryption.is_locked(exc):
            raise _Busy() from exc
        # untranslated: SQLite's own words name the damage for whoever helps.
        return msg(
            "the search index is damaged ({problem}); `reflekt recover` or a rebuild fixes it",
            problem=str(exc),
        )
    finally:
        conn.close()
    return None
