"""The full damage check (``reflekt check``), done without changing the journal."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from reflekt.core import storage
from reflekt.core.storage import encryption
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.storage.steps import known_steps
from reflekt.errors import JournalDamaged, JournalError, NotAJournal
from reflekt.messages import msg

MAX_PROBLEMS = 20


@dataclass
class CheckReport:
    """What ``check_journal`` found. ``ok`` is False when anything is damaged."""

    path: Path
    problems: list[str] = field(default_factory=list)
    encrypted: bool = False
    entries: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_journal(path: Path, *, passphrase: PassphraseProvider | None = None) -> CheckReport:
    """Run SQLite's ``integrity_check`` and FTS5's ``integrity-check`` on the journal.

    The structure is checked over a read-only connection, so a damaged file is never
    written. The search-index check needs a writable connection (FTS5 runs it as an
    INSERT), so it runs only once the structure is known to be sound, inside a
    transaction that is rolled back. Raises ``WrongPassphrase``/``PassphraseRequired``
    for an encrypted journal it cannot open: that is not damage.
    """
    path = Path(path)
    report = CheckReport(path)
    if not path.is_file():
        raise JournalError(msg("There is no journal at {path}. Check the path.", path=path))
    if encryption.is_plain(path):
        problem = storage.header_problem(path)
        if problem:
            report.problems.append(problem)
            return report
    elif storage._plain_with_damaged_magic(path):
        report.problems.append("the file header is damaged")
        return report
    else:
        report.encrypted = True
    strays = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]
    try:
        return _check(path, report, passphrase)
    finally:
        # A read-only connection to a WAL journal leaves empty -wal/-shm files behind.
        for stray in strays:
            if stray.exists() and stray.stat().st_size == 0:
                stray.unlink(missing_ok=True)


def _check(path: Path, report: CheckReport, passphrase: PassphraseProvider | None) -> CheckReport:
    key: str | None = None
    try:
        conn, key = storage.connect_keyed(
            path, create=False, readonly=True, passphrase=passphrase, check=False
        )
    except (NotAJournal, JournalDamaged):
        report.problems.append("SQLite cannot read the file (it is badly damaged)")
        return report
    try:
        rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
        report.problems += [row[0] for row in rows if row[0] != "ok"]
        if report.ok:
            report.entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
            if not set(known_steps()[:1]) <= set(steps):
                report.problems.append("it is not a reflekt journal")
    except encryption.database_errors() as exc:
        report.problems.append(f"SQLite could not read it: {exc}")
    finally:
        conn.close()
    if report.ok:
        fts = _check_search_index(path, key)
        if fts:
            report.problems.append(fts)
    return report


def _check_search_index(path: Path, key: str | None) -> str | None:
    conn = (
        encryption.raw_connect(path, key)
        if key is not None
        else sqlite3.connect(str(path), check_same_thread=False)
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {storage.BUSY_TIMEOUT_MS}")
        conn.execute("BEGIN")
        try:
            # rank=1 also compares the index with the entries (SQLite 3.44+; older
            # versions check the index's own structure).
            conn.execute(
                "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
            )
        finally:
            conn.execute("ROLLBACK")
    except encryption.database_errors() as exc:
        return f"the search index is damaged ({exc}); `reflekt recover` or a rebuild fixes it"
    finally:
        conn.close()
    return None
