"""The entries table and its links (tags, skills, people, goals): every statement the
facade's entry path runs, as small functions over the database.

Values arrive validated (``core/validate.py`` decides what an entry may hold); these
functions only read and write rows. The row reader builds ``Entry`` values from the one
field declaration in ``core/models.py``.
"""

from __future__ import annotations

import datetime as dt
import json

from reflekt.core.models import (
    ENTRY_COLUMNS,
    ENTRY_LINKS,
    FROM_STORED,
    Entry,
    Kind,
    PersonLink,
    Relation,
    display_title,
)
from reflekt.core.storage import pictures as stored_pictures

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from typing import Any

    from reflekt.core.storage import JournalDatabase

_READ_COLUMNS = "seq, " + ", ".join(ENTRY_COLUMNS)  # what the row reader reads
_READERS = tuple((name, FROM_STORED.get(name)) for name in ENTRY_COLUMNS)
# The stored columns of a new entry, in the order ``Journal._prepare`` gives them.
ROW_COLUMNS = (
    "id, created, updated, day, kind, template, title, body, sections, sections_text, mood, "
    "source, visibility, starred, trashed, deleted, revision, names_text"
)
_ROW_MARKS = ", ".join("?" * len(ROW_COLUMNS.split(",")))
INSERT = f"INSERT INTO entries (seq, {ROW_COLUMNS}) VALUES (?, {_ROW_MARKS})"
_INSERT_NEW_SEQ = f"INSERT INTO entries ({ROW_COLUMNS}) VALUES ({_ROW_MARKS})"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# -- finding rows ------------------------------------------------------------------


def seq_of(db: JournalDatabase, entry_id: str) -> int | None:
    """The row number of the entry with this whole id, or None."""
    row = db.execute("SELECT seq FROM entries WHERE id = ?", [entry_id]).fetchone()
    return row[0] if row else None


def seqs_with_prefix(db: JournalDatabase, prefix: str, limit: int = 2) -> list[int]:
    """Row numbers of (at most ``limit``) entries whose id starts with ``prefix``."""
    return [
        row[0]
        for row in db.execute(
            "SELECT seq FROM entries WHERE id >= ? AND id < ? LIMIT ?",
            [prefix, prefix + "\uffff", limit],
        )
    ]


def id_of(db: JournalDatabase, seq: int) -> str:
    return db.execute("SELECT id FROM entries WHERE seq = ?", [seq]).fetchone()[0]


def is_trashed(db: JournalDatabase, seq: int) -> bool:
    return bool(db.execute("SELECT trashed FROM entries WHERE seq = ?", [seq]).fetchone()[0])


# -- the row reader ----------------------------------------------------------------


def linked_names(db: JournalDatabase, what: str, seqs: Sequence[int]) -> dict[int, list[str]]:
    """The tag (``what="tag"``) or skill names of each entry, in their order."""
    result: dict[int, list[str]] = {}
    for entry, name in db.execute(
        f"SELECT l.entry, t.name FROM entry_{what}s l JOIN {what}s t ON t.id = l.{what} "
        f"WHERE l.entry IN ({_marks(seqs)}) ORDER BY l.entry, l.position",
        list(seqs),
    ):
        result.setdefault(entry, []).append(name)
    return result


def read(db: JournalDatabase, seqs: list[int]) -> list[Entry]:
    """Whole entries (with their links) for the given rows, in the given order."""
    if not seqs:
        return []
    marks = _marks(seqs)
    rows = {
        row[0]: row
        for row in db.execute(f"SELECT {_READ_COLUMNS} FROM entries WHERE seq IN ({marks})", seqs)
    }
    people: dict[int, list[PersonLink]] = {}
    for entry, name, relation, role, department in db.execute(
        "SELECT l.entry, p.name, l.relation, p.role, p.department FROM entry_people l "
        f"JOIN people p ON p.id = l.person WHERE l.entry IN ({marks}) "
        "ORDER BY l.entry, l.position",
        seqs,
    ):
        people.setdefault(entry, []).append(PersonLink(name, Relation(relation), role, department))
    goals: dict[int, list[str]] = {}
    for entry, goal in db.execute(
        f"SELECT l.entry, g.id FROM entry_goals l JOIN goals g ON g.seq = l.goal "
        f"WHERE l.entry IN ({marks}) ORDER BY l.entry, g.seq",
        seqs,
    ):
        goals.setdefault(entry, []).append(goal)
    links = {
        "tags": linked_names(db, "tag", seqs),
        "skills": linked_names(db, "skill", seqs),
        "people": people,
        "goals": goals,
    }
    result = []
    for seq in seqs:
        values = {
            name: value if convert is None or value is None else convert(value)
            for (name, convert), value in zip(_READERS, rows[seq][1:], strict=True)
        }
        for name in ENTRY_LINKS:
            values[name] = links[name].get(seq, [])
        result.append(Entry(**values))
    return result


# -- filters and pages -------------------------------------------------------------


def where(
    *,
    trash: bool = False,
    kind: str | None = None,
    visibility: str | None = None,
    starred: bool | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    on_this_day: dt.date | None = None,
    tag: str | None = None,
    skill: str | None = None,
    person: str | None = None,
    relation: str | None = None,
    goal: int | None = None,
) -> tuple[list[str], list[Any]]:
    """The conditions (on ``entries e``) and parameters of a filter whose values are
    already checked: names as their keys (casefolded), the goal as its row number."""
    clauses = ["e.trashed = ?"]
    params: list[Any] = [1 if trash else 0]
    for column, value in (
        ("kind", kind),
        ("visibility", visibility),
        ("starred", None if starred is None else int(bool(starred))),
        ("source", source),
    ):
        if value is not None:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    if date_from is not None:
        clauses.append("e.day >= ?")
        params.append(date_from)
    if date_to is not None:
        clauses.append("e.day <= ?")
        params.append(date_to)
    if on_this_day is not None:
        clauses.append("substr(e.day, 6, 5) = ? AND e.day < ?")
        params += [on_this_day.strftime("%m-%d"), f"{on_this_day.year:04d}-01-01"]
    for what, value in (("tag", tag), ("skill", skill)):
        if value is not None:
            # The tag's id looked up once (keys are unique), not once per entry.
            clauses.append(
                f"EXISTS (SELECT 1 FROM entry_{what}s l WHERE l.entry = e.seq "
                f"AND l.{what} = (SELECT id FROM {what}s WHERE key = ?))"
            )
            params.append(value)
    if person is not None:
        clause = (
            "EXISTS (SELECT 1 FROM entry_people l JOIN people p ON p.id = l.person "
            "WHERE l.entry = e.seq AND p.key = ?"
        )
        params.append(person)
        if relation is not None:
            clause += " AND l.relation = ?"
            params.append(relation)
        clauses.append(clause + ")")
    elif relation is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM entry_people l WHERE l.entry = e.seq AND l.relation = ?)"
        )
        params.append(relation)
    if goal is not None:
        clauses.append("EXISTS (SELECT 1 FROM entry_goals l WHERE l.entry = e.seq AND l.goal = ?)")
        params.append(goal)
    return clauses, params


def page(
    db: JournalDatabase,
    clauses: list[str],
    params: list[Any],
    after: tuple[str, str, int] | None,
    limit: int,
) -> list[tuple[int, str, str]]:
    """(seq, day, created) of the next ``limit`` matching entries, newest first, after
    the keyset position ``after`` (day, created, seq)."""
    if after is not None:
        clauses = [*clauses, "(e.day, e.created, e.seq) < (?, ?, ?)"]
        params = [*params, *after]
    return db.execute(
        f"SELECT e.seq, e.day, e.created FROM entries e WHERE {' AND '.join(clauses)} "
        "ORDER BY e.day DESC, e.created DESC, e.seq DESC LIMIT ?",
        [*params, limit],
    ).fetchall()


LONG_PAGE = 200  # from this many rows a page, the listing reads all picture counts at once


def headline_rows(
    db: JournalDatabase, clauses: list[str], params: list[Any], page_size: int
) -> Iterator[list[tuple[Any, ...]]]:
    """Pages of what a one-line listing shows: (seq, id, day, created, kind, visibility,
    starred, title, tags, first-line text of an untitled entry or None, how many
    pictures it shows), newest first, without reading the other entries' text, people,
    skills or goals, or any picture's bytes."""
    after: list[Any] = []
    every: dict[int, int] | None = None  # pictures per entry, for long listings
    while True:
        clause = [*clauses, "(e.day, e.created, e.seq) < (?, ?, ?)"] if after else clauses
        rows = db.execute(
            "SELECT e.seq, e.id, e.day, e.created, e.kind, e.visibility, e.starred, "
            f"e.title FROM entries e WHERE {' AND '.join(clause)} "
            "ORDER BY e.day DESC, e.created DESC, e.seq DESC LIMIT ?",
            [*params, *after, page_size],
        ).fetchall()
        if not rows:
            return
        tags = linked_names(db, "tag", [row[0] for row in rows])
        untitled = [row[0] for row in rows if not row[7].strip()]
        texts = {
            seq: display_title("", body, json.loads(sections))
            for seq, body, sections in (
                db.execute(
                    f"SELECT seq, body, sections FROM entries WHERE seq IN ({_marks(untitled)})",
                    untitled,
                )
                if untitled
                else ()
            )
        }
        if len(rows) < LONG_PAGE:
            shown = stored_pictures.counts(db, [row[0] for row in rows])
        else:
            # A long listing: the counts of all entries with pictures, read once (2,000
            # pictures on 100,000 entries: 1 ms, where a look per page took 40 ms).
            every = stored_pictures.all_counts(db) if every is None else every
            shown = every
        yield [
            (*row, tags.get(row[0], []), texts.get(row[0]), shown.get(row[0], 0)) for row in rows
        ]
        if len(rows) < page_size:
            return
        after = [rows[-1][2], rows[-1][3], rows[-1][0]]


def count(db: JournalDatabase, clauses: list[str], params: list[Any]) -> int:
    return db.execute(
        f"SELECT count(*) FROM entries e WHERE {' AND '.join(clauses)}", params
    ).fetchone()[0]


def days_with_entries(db: JournalDatabase, date_from: str, date_to: str) -> dict[dt.date, int]:
    return {
        dt.date.fromisoformat(day): n
        for day, n in db.execute(
            "SELECT day, count(*) FROM entries WHERE trashed = 0 AND day BETWEEN ? AND ? "
            "GROUP BY day",
            [date_from, date_to],
        )
    }


def name_counts(db: JournalDatabase, what: str) -> list[tuple[str, int]]:
    """Tags (``what="tag"``) or skills in use, most used first, with their entries."""
    # Count the links first (index only), leaving out the few entries in the trash,
    # then name the groups: joining every link to its (large) entry row to read
    # `trashed` took 0.3-0.6 s on 100,000 entries.
    return db.execute(
        f"SELECT t.name, c.n FROM (SELECT {what}, count(*) AS n FROM entry_{what}s "
        "WHERE entry NOT IN (SELECT seq FROM entries WHERE trashed = 1) "
        f"GROUP BY {what}) c JOIN {what}s t ON t.id = c.{what} "
        "ORDER BY c.n DESC, t.key"
    ).fetchall()


def kind_counts(db: JournalDatabase) -> dict[Kind, int]:
    return {
        Kind(kind): n
        for kind, n in db.execute(
            "SELECT kind, count(*) FROM entries WHERE trashed = 0 GROUP BY kind "
            "ORDER BY count(*) DESC"
        )
    }


def change_state(db: JournalDatabase) -> tuple[int, int]:
    """Changes whenever the journal does, here or in another program."""
    return (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)


# -- writing -----------------------------------------------------------------------


def insert(db: JournalDatabase, row: Sequence[Any]) -> int:
    """Add one entry's row (the columns of ``ROW_COLUMNS``); returns its row number."""
    seq = db.execute(_INSERT_NEW_SEQ, row).lastrowid
    assert seq is not None
    return seq


def update(db: JournalDatabase, seq: int, row: Mapping[str, Any]) -> None:
    """Set the given columns of one entry (names come from the facade, never a person)."""
    assignments = ", ".join(f"{column} = ?" for column in row)
    db.execute(f"UPDATE entries SET {assignments} WHERE seq = ?", [*row.values(), seq])


def touch(db: JournalDatabase, seq: int, now: str) -> None:
    """A link of the entry changed: raise its revision."""
    db.execute("UPDATE entries SET revision = revision + 1, updated = ? WHERE seq = ?", [now, seq])


def name_id(db: JournalDatabase, table: str, name: str, known: dict[Any, int] | None) -> int:
    """The id of the tag, skill or person (``table``) called ``name``, added when new;
    ``known`` remembers ids for a bulk block."""
    key = name.casefold()
    if known is not None and (table, key) in known:
        return known[table, key]
    row = db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
    if row:
        found = row[0]
    else:
        cursor = db.execute(f"INSERT INTO {table} (key, name) VALUES (?, ?)", [key, name])
        assert cursor.lastrowid is not None
        found = cursor.lastrowid
    if known is not None:
        known[table, key] = found
    return found


def link_names(db: JournalDatabase, seq: int, what: str, ids: Iterable[int], *, new: bool) -> None:
    """Set the entry's tags or skills (``what``) to the ids given, in order."""
    link = f"entry_{what}s"
    if not new:  # a new entry has no links to replace
        db.execute(f"DELETE FROM {link} WHERE entry = ?", [seq])
    for position, name in enumerate(ids):
        db.execute(
            f"INSERT INTO {link} (entry, {what}, position) VALUES (?, ?, ?)", [seq, name, position]
        )


def link_people(
    db: JournalDatabase, seq: int, people: Iterable[tuple[int, str]], *, new: bool
) -> None:
    """Set the entry's people to the (person id, relation) pairs given, in order."""
    if not new:
        db.execute("DELETE FROM entry_people WHERE entry = ?", [seq])
    for position, (person, relation) in enumerate(people):
        db.execute(
            "INSERT INTO entry_people (entry, person, relation, position) VALUES (?, ?, ?, ?)",
            [seq, person, relation, position],
        )


def link_goals(db: JournalDatabase, seq: int, goals: Iterable[int]) -> None:
    """Set the entry's goals to the goal rows given."""
    db.execute("DELETE FROM entry_goals WHERE entry = ?", [seq])
    for goal in dict.fromkeys(goals):
        db.execute("INSERT INTO entry_goals (entry, goal) VALUES (?, ?)", [seq, goal])


def trash(db: JournalDatabase, seq: int, now: str) -> None:
    db.execute(
        "UPDATE entries SET trashed = 1, deleted = ?, revision = revision + 1 "
        "WHERE seq = ? AND trashed = 0",
        [now, seq],
    )


def untrash(db: JournalDatabase, seq: int) -> None:
    db.execute(
        "UPDATE entries SET trashed = 0, deleted = NULL, revision = revision + 1 "
        "WHERE seq = ? AND trashed = 1",
        [seq],
    )


def purge(db: JournalDatabase, seq: int) -> None:
    db.execute("DELETE FROM entries WHERE seq = ?", [seq])


def empty_trash(db: JournalDatabase) -> int:
    """Delete every entry in the trash; returns how many."""
    return db.execute("DELETE FROM entries WHERE trashed = 1").rowcount


def scrub(db: JournalDatabase) -> None:
    """Make deleted text unreadable in the file, not just unreachable.

    secure_delete (set on every connection) zeroes the deleted rows, but the
    full-text index keeps the old words in its segments until they are merged, and
    the WAL keeps old copies of pages until it is checkpointed and cut back.
    """
    with db.atomic():
        # What the person chose to keep or leave out of an entry's exports
        # (core/redaction.py, CHOICES_SETTING) goes with the entry.
        db.execute(
            "DELETE FROM settings WHERE key LIKE 'privacy.entry.%' "
            "AND substr(key, 15) NOT IN (SELECT id FROM entries)"
        )
        db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    # Best effort: a reader in another program (the app) can hold the WAL open; its
    # frames are then cut back at the next checkpoint, when that reader lets go.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


# -- settings stored in the journal, and upkeep ------------------------------------


def setting(db: JournalDatabase, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_setting(db: JournalDatabase, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def optimize(db: JournalDatabase) -> None:
    """Let SQLite refresh its statistics after bulk changes."""
    db.execute("PRAGMA optimize")


def data_version(db: JournalDatabase) -> int:
    return db.execute("PRAGMA data_version").fetchone()[0]
