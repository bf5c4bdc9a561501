"""The team library's tables: colleagues' lessons, their authors and pinned keys, what
the team-folder scan remembers of each file, and one's own entries' links to lessons.

Values arrive checked (``core/team_library.py`` reads every bundle as hostile input).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from reflekt.core.storage import JournalDatabase

# The columns ``core/team_library.py`` builds a ``TeamLesson`` from, in this order.
COLUMNS = (
    "seq, author_key, author_name, author_team, entry_id, revision, day, kind, title, "
    "body, sections, tags, skills, source, people, source_file, imported"
)
_T_COLUMNS = ", ".join(f"t.{c.strip()}" for c in COLUMNS.split(","))


# -- authors and their keys ------------------------------------------------------


def key_pin(db: JournalDatabase, author_key: str) -> tuple[str, int] | None:
    """The author's pinned (public key, revision), or None."""
    return db.execute(
        "SELECT public_key, revision FROM team_keys WHERE author_key = ?", [author_key]
    ).fetchone()


def pin_key(
    db: JournalDatabase, author_key: str, public_key: str, pinned: str, revision: int
) -> None:
    db.execute(
        "INSERT INTO team_keys (author_key, public_key, pinned, revision) VALUES (?, ?, ?, ?)",
        [author_key, public_key, pinned, revision],
    )


def set_key_revision(db: JournalDatabase, author_key: str, revision: int) -> None:
    db.execute("UPDATE team_keys SET revision = ? WHERE author_key = ?", [revision, author_key])


def last_exported(db: JournalDatabase, author_key: str) -> str | None:
    """When the author's newest applied bundle was exported."""
    row = db.execute("SELECT exported FROM team_authors WHERE key = ?", [author_key]).fetchone()
    return row[0] if row else None


def author_name(db: JournalDatabase, author_key: str) -> str | None:
    row = db.execute("SELECT name FROM team_authors WHERE key = ?", [author_key]).fetchone()
    return row[0] if row else None


def put_author(db: JournalDatabase, row: Iterable[Any]) -> None:
    """Add or replace an author (key, name, team, exported, source_file, scanned), and
    show a renamed author (or team) under the new name on every lesson."""
    key, name, team, *_ = values = list(row)
    db.execute(
        "UPDATE team_lessons SET author_name = ?, author_team = ? WHERE author_key = ?",
        [name, team, key],
    )
    db.execute(
        "INSERT INTO team_authors (key, name, team, exported, source_file, scanned) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "name = excluded.name, team = excluded.team, exported = excluded.exported, "
        "source_file = excluded.source_file, scanned = excluded.scanned",
        values,
    )


def authors(db: JournalDatabase) -> list[tuple[Any, ...]]:
    """(key, name, team, exported, source_file, lessons, public key, revision) of each
    author, by name."""
    return db.execute(
        "SELECT a.key, a.name, a.team, a.exported, a.source_file, "
        "(SELECT count(*) FROM team_lessons t WHERE t.author_key = a.key), "
        "k.public_key, k.revision "
        "FROM team_authors a LEFT JOIN team_keys k ON k.author_key = a.key "
        "ORDER BY lower(a.name), a.key"
    ).fetchall()


def forget(db: JournalDatabase, author_key: str, *, key: bool) -> int:
    """Remove an author and their lessons (and with ``key`` their pinned key and what
    the scans knew of their files); returns how many lessons went."""
    removed = db.execute("DELETE FROM team_lessons WHERE author_key = ?", [author_key]).rowcount
    db.execute("DELETE FROM team_authors WHERE key = ?", [author_key])
    if key:
        db.execute("DELETE FROM team_keys WHERE author_key = ?", [author_key])
        db.execute("DELETE FROM team_files WHERE author_key = ?", [author_key])
    return removed


def authors_named(db: JournalDatabase, who: str) -> list[tuple[str, str]]:
    """(key, name) of authors whose id or shown name is ``who``; a pinned key without
    an author comes with an empty name."""
    return db.execute(
        "SELECT key, name FROM team_authors WHERE key = lower(?) OR lower(name) = lower(?) "
        "UNION SELECT author_key, '' FROM team_keys WHERE author_key = lower(?)",
        [who, who, who],
    ).fetchall()


def authors_with_prefix(db: JournalDatabase, prefix: str) -> list[tuple[str, str]]:
    """(key, name) of authors whose id starts with ``prefix`` (taken literally)."""
    return db.execute(
        "SELECT key, name FROM team_authors WHERE key LIKE ? ESCAPE '\\'",
        [prefix.lower().replace("%", "\\%").replace("_", "\\_") + "%"],
    ).fetchall()


# -- lessons ---------------------------------------------------------------------


def lessons_of(db: JournalDatabase, author_key: str) -> dict[str, tuple[int, int]]:
    """entry id -> (seq, revision) of the author's lessons in the library."""
    return {
        entry_id: (seq, revision)
        for seq, entry_id, revision in db.execute(
            "SELECT seq, entry_id, revision FROM team_lessons WHERE author_key = ?", [author_key]
        )
    }


def add_lesson(db: JournalDatabase, row: Mapping[str, Any]) -> None:
    """Add a lesson (the columns named by the checked row)."""
    db.execute(
        f"INSERT INTO team_lessons ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def update_lesson(db: JournalDatabase, seq: int, row: Mapping[str, Any]) -> None:
    assignments = ", ".join(f"{column} = ?" for column in row)
    db.execute(f"UPDATE team_lessons SET {assignments} WHERE seq = ?", [*row.values(), seq])


def delete_lessons(db: JournalDatabase, seqs: Iterable[int]) -> None:
    for seq in seqs:
        db.execute("DELETE FROM team_lessons WHERE seq = ?", [seq])


def where(author: str | None, tag: str | None, skill: str | None) -> tuple[list[str], list[Any]]:
    """Conditions on ``team_lessons t``: by author (id or shown name), tag and skill
    (their keys, casefolded)."""
    clauses = ["1"]
    params: list[Any] = []
    if author:
        clauses.append("(t.author_key = ? OR lower(t.author_name) = lower(?))")
        params += [author, " ".join(author.split())]
    for what, value in (("tag", tag), ("skill", skill)):
        if value is not None:
            clauses.append(f"EXISTS (SELECT 1 FROM json_each(t.{what}_keys) WHERE value = ?)")
            params.append(value)
    return clauses, params


def lessons(
    db: JournalDatabase,
    clauses: list[str],
    params: list[Any],
    limit: int | None,
    offset: int = 0,
) -> list[tuple[Any, ...]]:
    """Rows (``COLUMNS``) of the matching lessons, newest day first; ``offset`` rows on
    (a page further down the list)."""
    return db.execute(
        f"SELECT {COLUMNS} FROM team_lessons t WHERE {' AND '.join(clauses)} "
        "ORDER BY t.day DESC, t.seq DESC" + (" LIMIT ? OFFSET ?" if limit else ""),
        [*params, *([limit, offset] if limit else [])],
    ).fetchall()


def labels(db: JournalDatabase, what: str) -> list[str]:
    """Every tag (``what="tags"``) or skill (``"skills"``) on a lesson, once each."""
    column = {"tags": "tags", "skills": "skills"}[what]
    return [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT value FROM team_lessons t, json_each(t.{column})"
        ).fetchall()
    ]


def identities(db: JournalDatabase) -> list[tuple[str, str]]:
    """(author key, entry id) of every lesson in the library."""
    return db.execute("SELECT author_key, entry_id FROM team_lessons").fetchall()


def search(
    db: JournalDatabase,
    match: str,
    clauses: list[str],
    params: list[Any],
    limit: int,
    start: str,
    end: str,
) -> list[tuple[Any, ...]]:
    """(snippet, bm25, *``COLUMNS``) of the lessons matching the FTS query, best first."""
    return db.execute(
        "SELECT snippet(team_lessons_fts, -1, ?, ?, '…', 16), "
        f"bm25(team_lessons_fts, 5.0, 1.0, 1.0) AS score, {_T_COLUMNS} "
        "FROM team_lessons_fts JOIN team_lessons t ON t.seq = team_lessons_fts.rowid "
        f"WHERE team_lessons_fts MATCH ? AND {' AND '.join(clauses)} ORDER BY score LIMIT ?",
        [start, end, match, *params, limit],
    ).fetchall()


def count(db: JournalDatabase, clauses: list[str], params: list[Any]) -> int:
    return db.execute(
        f"SELECT count(*) FROM team_lessons t WHERE {' AND '.join(clauses)}", params
    ).fetchone()[0]


def lesson(db: JournalDatabase, seq: int) -> tuple[Any, ...] | None:
    return db.execute(f"SELECT {COLUMNS} FROM team_lessons t WHERE seq = ?", [seq]).fetchone()


# -- one's own entries' links to lessons -------------------------------------------


def link_lesson(db: JournalDatabase, entry: int, author_key: str, lesson_id: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO entry_team_lessons (entry, author_key, lesson_id) VALUES (?, ?, ?)",
        [entry, author_key, lesson_id],
    )


def lessons_used(
    db: JournalDatabase, date_from: str | None, date_to: str | None
) -> list[tuple[str, str, str, str | None]]:
    """(entry id, author key, lesson id, author name) credited by entries not in the
    trash, within the days given, oldest first."""
    clauses, params = ["e.trashed = 0"], []
    if date_from is not None:
        clauses.append("e.day >= ?")
        params.append(date_from)
    if date_to is not None:
        clauses.append("e.day <= ?")
        params.append(date_to)
    return db.execute(
        "SELECT e.id, l.author_key, l.lesson_id, a.name FROM entry_team_lessons l "
        "JOIN entries e ON e.seq = l.entry "
        "LEFT JOIN team_authors a ON a.key = l.author_key "
        f"WHERE {' AND '.join(clauses)} ORDER BY e.day, e.seq",
        params,
    ).fetchall()


# -- what the team-folder scan remembers of each file --------------------------------


def files(db: JournalDatabase) -> list[tuple[Any, ...]]:
    """(path, size, mtime_ns, sha256, author_key, problem, checked) of each file."""
    return db.execute(
        "SELECT path, size, mtime_ns, sha256, author_key, problem, checked FROM team_files"
    ).fetchall()


def note_file(db: JournalDatabase, row: Iterable[Any]) -> None:
    """Add or replace (path, size, mtime_ns, sha256, author_key, problem, checked)."""
    db.execute(
        "INSERT INTO team_files (path, size, mtime_ns, sha256, author_key, problem, "
        "checked) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
        "size = excluded.size, mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, "
        "author_key = excluded.author_key, problem = excluded.problem, "
        "checked = excluded.checked",
        list(row),
    )


def drop_files(db: JournalDatabase, paths: Iterable[str]) -> None:
    for path in paths:
        db.execute("DELETE FROM team_files WHERE path = ?", [path])
