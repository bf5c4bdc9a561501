"""The whole journal as JSON text, streamed: the ``journal`` member of a backup.

``tests/backup_reference.py`` builds the same content as Python objects: every entry as an
``Entry`` (five queries per 500 entries), then one large string. On 100,000 entries
that took ~15 s and a gigabyte of memory. This module reads each table once, in
order, inside one read transaction (so the backup is one consistent moment), and
yields UTF-8 text in chunks of at most ``CHUNK`` records, so memory stays flat:

- an entry's own columns become JSON text in SQLite (``json_quote``, which escapes
  exactly as Python's encoder does with ``ensure_ascii=False``), handed over as UTF-8
  bytes: the 100 MB of text is never decoded into Python strings and encoded back;
  its tags, skills, people and goals come from one ordered scan of each link table,
  merged by entry in Python, each name encoded once;
- rows SQLite cannot render exactly as Python would (a day not written as
  YYYY-MM-DD, sections that are not a JSON object, a mood that is not a whole
  number), and all rows on an SQLite without its JSON functions, are encoded by
  Python from the row itself;
- the smaller tables go through Python's C encoder, a record at a time.

The text is byte for byte what ``json.dumps(..., ensure_ascii=False)`` of
``tests/backup_reference.backup_data()`` gives, laid out one record per line (see
``reflekt.share.export``); the tests hold both writers to that.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from reflekt.core.models import ENTRY_KEYS, ENTRY_LINKS
from reflekt.core.storage import encryption, spelling

if TYPE_CHECKING:
    from reflekt.core.storage import JournalDatabase

CHUNK = 1000  # records per yielded piece of text
# The entry's keys come from its one declaration (core/models.py); a backup lists an
# entry's columns, then its links (one block), then the rest of its columns.
_FIRST_LINK = ENTRY_KEYS.index(ENTRY_LINKS[0])
_AFTER_LINKS = _FIRST_LINK + len(ENTRY_LINKS)
_HEAD = ENTRY_KEYS[:_FIRST_LINK]  # an entry's columns before its links
_LINKS = ENTRY_KEYS[_FIRST_LINK:_AFTER_LINKS]  # tags, skills, people, goals
_TAIL = ENTRY_KEYS[_AFTER_LINKS:]
assert _LINKS == ENTRY_LINKS, "an entry's links are one block in the backup"
_COLUMNS = ", ".join(_HEAD + _TAIL)

# Exactly json.dumps(value, ensure_ascii=False), without building an encoder per call.
encode: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode


def encode_bytes(value: Any) -> bytes:
    return encode(value).encode("utf-8")


# How SQLite writes each column as JSON; the day, sections and numbers only for rows
# that pass _EXACT (the others are encoded by Python).
_SQL_VALUES = {
    "sections": "sections",  # stored as json.dumps(sections, ensure_ascii=False)
    "source": "CASE WHEN source IS NULL OR source = '' THEN 'null' ELSE json_quote(source) END",
    "starred": "CASE WHEN starred THEN 'true' ELSE 'false' END",
}
_EXACT = (
    "day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
    "AND substr(sections, 1, 1) = '{' AND json_valid(sections) "
    "AND typeof(mood) IN ('integer', 'null') AND typeof(revision) = 'integer'"
)
_END = (1 << 62,)  # past the last row of a link table


def _sql_members(keys: Sequence[str], opening: str) -> str:
    """A SQL expression for ``"key": value`` pairs as json.dumps separates them."""
    parts = []
    for n, key in enumerate(keys):
        lead = opening if n == 0 else ", "
        value = _SQL_VALUES.get(key, f"json_quote({key})")
        parts.append(f"'{lead}{encode(key)}: ' || {value}")
    return " || ".join(parts)


_ENTRY_SQL = (
    "SELECT seq, "
    + _EXACT
    + ", CAST("
    + _sql_members(_HEAD, "{")
    + " AS BLOB), CAST("
    + _sql_members(_TAIL, ", ")
    + " || '}' AS BLOB) FROM entries ORDER BY seq"
)


def _members(pairs: Iterable[tuple[str, Any]], opening: str) -> str:
    return opening + ", ".join(f"{encode(k)}: {encode(v)}" for k, v in pairs)


def _day(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        return value  # kept as written rather than lost


def _sections(value: Any) -> Any:
    try:
        return dict(json.loads(value))
    except (TypeError, ValueError):
        return value  # kept as written; a restore names the problem


def _python_parts(row: Sequence[Any]) -> tuple[bytes, bytes]:
    """An entry's head and tail, encoded by Python as ``entry_to_dict`` shapes them."""
    values = dict(zip(_HEAD + _TAIL, row, strict=True))
    values["day"] = _day(values["day"])
    values["sections"] = _sections(values["sections"])
    values["source"] = values["source"] or None
    values["starred"] = bool(values["starred"])
    head = _members(((k, values[k]) for k in _HEAD), "{")
    tail = _members(((k, values[k]) for k in _TAIL), ", ") + "}"
    return head.encode("utf-8"), tail.encode("utf-8")


def has_json_functions(db: JournalDatabase) -> bool:
    try:
        db.execute("SELECT json_quote('')").fetchone()
    except encryption.database_errors():
        return False
    return True


class _Links:
    """One link table, read once in entry order; ``take(seq)`` is that entry's list."""

    __slots__ = ("pending", "rows", "text")

    def __init__(self, rows: Iterator[tuple[Any, ...]], text: Callable[[tuple[Any, ...]], Any]):
        self.rows = rows
        self.text = text
        self.pending = next(rows, _END)

    def take(self, seq: int) -> bytes:
        row = self.pending
        if row[0] > seq:
            return b""
        items = []
        rows, text = self.rows, self.text
        while row[0] <= seq:
            if row[0] == seq:  # an earlier entry number is a link without its entry
                item = text(row)
                if item is not None:
                    items.append(item)
            row = next(rows, _END)
        self.pending = row
        return b", ".join(items)


def _named(db: JournalDatabase, what: str) -> _Links:
    names = {key: encode_bytes(name) for key, name in db.execute(f"SELECT id, name FROM {what}s")}
    rows = db.execute(f"SELECT entry, {what} FROM entry_{what}s ORDER BY entry, position, {what}")
    return _Links(rows, lambda row: names.get(row[1]))


def _people(db: JournalDatabase) -> _Links:
    people = {
        pid: (encode(name), encode(role), encode(department))
        for pid, name, role, department in db.execute(
            "SELECT id, name, role, department FROM people"
        )
    }
    texts: dict[tuple[int, str], bytes] = {}

    def text(row: tuple[Any, ...]) -> bytes | None:
        key = (row[1], row[2])
        found = texts.get(key)
        if found is None and row[1] in people:
            name, role, department = people[row[1]]
            found = texts[key] = (
                f'{{"name": {name}, "relation": {encode(row[2])}, '
                f'"role": {role}, "department": {department}}}'
            ).encode()
        return found

    rows = db.execute(
        "SELECT entry, person, relation FROM entry_people ORDER BY entry, position, person"
    )
    return _Links(rows, text)


def _goals(db: JournalDatabase) -> _Links:
    ids = {seq: encode_bytes(goal_id) for seq, goal_id in db.execute("SELECT seq, id FROM goals")}
    rows = db.execute("SELECT entry, goal FROM entry_goals ORDER BY entry, goal")
    return _Links(rows, lambda row: ids.get(row[1]))


def entry_lines(db: JournalDatabase, *, use_sql: bool | None = None) -> Iterator[bytes]:
    """Every entry, trash included, oldest row first, as one line of JSON each.

    ``use_sql=False`` encodes every row in Python (what an SQLite without JSON
    functions gets; the tests compare the two).
    """
    if use_sql is None:
        use_sql = has_json_functions(db)
    links = (_named(db, "tag"), _named(db, "skill"), _people(db), _goals(db))
    tags, skills, people, goals = (link.take for link in links)
    line = b"%s" + b"".join(b", " + encode_bytes(k) + b": [%s]" for k in _LINKS) + b"%s"
    for seq, head, tail in _entry_parts(db, use_sql):
        yield line % (head, tags(seq), skills(seq), people(seq), goals(seq), tail)


def _entry_parts(db: JournalDatabase, use_sql: bool) -> Iterator[tuple[int, bytes, bytes]]:
    """(seq, the entry up to its links, the entry after them) for every entry."""
    if not use_sql:
        for seq, *row in db.execute(f"SELECT seq, {_COLUMNS} FROM entries ORDER BY seq"):
            yield (seq, *_python_parts(row))
        return
    for seq, exact, head, tail in db.execute(_ENTRY_SQL):
        if not exact:
            row = db.execute(f"SELECT {_COLUMNS} FROM entries WHERE seq = ?", [seq]).fetchone()
            head, tail = _python_parts(row)
        yield seq, head, tail


def _dicts(db: JournalDatabase, sql: str, drop: tuple[str, ...] = ()) -> Iterator[bytes]:
    cursor = db.execute(sql)
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield encode_bytes({c: v for c, v in zip(columns, row, strict=True) if c not in drop})


def _settings(db: JournalDatabase) -> Iterator[bytes]:
    for key, value in db.execute("SELECT key, value FROM settings ORDER BY key"):
        yield f"{encode(key)}: {encode(value)}".encode()


def _share_log(db: JournalDatabase) -> Iterator[bytes]:
    keys = ("at", "format", "path", "entries", "people", "audience", "note")
    for row in db.execute(
        "SELECT at, format, path, entries, people, audience, note FROM share_log ORDER BY at, id"
    ):
        record = dict(zip(keys, row, strict=True))
        record["entries"] = list(json.loads(record["entries"]))
        yield encode_bytes(record)


def has_pictures(db: JournalDatabase) -> bool:
    """Whether the journal keeps any picture (a journal from before 0012 keeps none)."""
    try:
        return db.execute("SELECT EXISTS (SELECT 1 FROM pictures)").fetchone()[0] == 1
    except encryption.database_errors():
        return False  # no pictures table: nothing to carry


PICTURE_KEYS = ("sha256", "type", "width", "height", "size", "added", "data")


def _pictures(db: JournalDatabase) -> Iterator[bytes]:
    """Each kept picture as one line, its bytes in base64 (thumbnails are made again on
    the way in). Rows are read one at a time: a journal's gigabyte of pictures is never
    in memory at once."""
    for row in db.execute(
        "SELECT sha256, type, width, height, size, added, data FROM pictures ORDER BY sha256"
    ):
        record = dict(zip(PICTURE_KEYS, row, strict=True))
        record["data"] = base64.b64encode(record["data"] or b"").decode("ascii")
        yield encode_bytes(record)


def _spelling_words(db: JournalDatabase) -> Iterator[bytes]:
    for word, added in spelling.word_rows(db):
        yield f'{{"word": {encode(word)}, "added": {encode(added)}}}'.encode()


def _spelling_languages(db: JournalDatabase) -> Iterator[bytes]:
    for entry, lang in spelling.language_rows(db):
        yield f'{{"entry": {encode(entry)}, "lang": {encode(lang)}}}'.encode()


def _member(
    key: str, brackets: bytes, records: Iterator[bytes], chunk: int | None = None
) -> Iterator[bytes]:
    """``"key": [`` records, one a line ``]`` (``[]`` when there are none), in chunks
    of ``chunk`` records (default ``CHUNK``)."""
    chunk = chunk or CHUNK
    opening, closing = brackets[:1], brackets[1:]
    name = encode_bytes(key) + b": " + opening
    start: bytes | None = name + b"\n"
    batch: list[bytes] = []
    for record in records:
        batch.append(record)
        if len(batch) == chunk:
            yield (start or b",\n") + b",\n".join(batch)
            start, batch = None, []
    if start is None:
        yield (b",\n" + b",\n".join(batch) if batch else b"") + b"\n" + closing
    elif batch:
        yield start + b",\n".join(batch) + b"\n" + closing
    else:
        yield name + closing


def journal_json(db: JournalDatabase) -> Iterator[bytes]:
    """The journal (the backup's ``journal`` object) as UTF-8 JSON text, in pieces.

    Everything is read in one transaction: a write from another program while the
    text is being made is either wholly in it or not at all.
    """
    own = not db.conn.in_transaction
    if own:
        db.conn.execute("BEGIN")
        # A deferred transaction sees the journal as of its first read: read now.
        db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        yield b"{\n"
        members: list[tuple[str, bytes, Iterator[bytes]]] = [
            ("entries", b"[]", entry_lines(db)),
            (
                "goals",
                b"[]",
                _dicts(
                    db,
                    "SELECT id, title, description, target_date, status, created, updated "
                    "FROM goals ORDER BY seq",
                ),
            ),
            ("people", b"[]", _dicts(db, "SELECT name, role, department FROM people ORDER BY id")),
            ("settings", b"{}", _settings(db)),
            ("share_log", b"[]", _share_log(db)),
            ("team_authors", b"[]", _dicts(db, "SELECT * FROM team_authors ORDER BY key")),
            (
                "team_lessons",
                b"[]",
                _dicts(db, "SELECT * FROM team_lessons ORDER BY seq", drop=("seq",)),
            ),
            (
                "import_keys",
                b"[]",
                _dicts(
                    db,
                    "SELECT k.key AS key, e.id AS entry, k.imported AS imported "
                    "FROM import_keys k JOIN entries e ON e.seq = k.entry ORDER BY k.key",
                ),
            ),
            (
                "team_links",
                b"[]",
                _dicts(
                    db,
                    "SELECT e.id AS entry, l.author_key AS author, l.lesson_id AS lesson "
                    "FROM entry_team_lessons l JOIN entries e ON e.seq = l.entry "
                    "ORDER BY e.seq, l.author_key, l.lesson_id",
                ),
            ),
        ]
        for n, (key, brackets, records) in enumerate(members):
            if n:
                yield b",\n"
            yield from _member(key, brackets, records)
        # The personal dictionary and the entries' spelling languages, each only when
        # the journal keeps some (a backup without them is byte for byte what it was
        # before spell checking existed).
        words, languages = spelling.counts(db)
        if words:
            yield b",\n"
            yield from _member("spelling_words", b"[]", _spelling_words(db))
        if languages:
            yield b",\n"
            yield from _member("spelling_languages", b"[]", _spelling_languages(db))
        # Only a journal that keeps pictures gets the member (a backup without them is
        # byte for byte what it was before pictures existed); one picture a piece.
        if has_pictures(db):
            yield b",\n"
            yield from _member("pictures", b"[]", _pictures(db), chunk=1)
        yield b"\n}"
    finally:
        if own and db.conn.in_transaction:
            # Only read here, but a save made meanwhile on this same connection (another
            # thread of the app) joined this transaction: COMMIT keeps it, ROLLBACK would not.
            db.conn.execute("COMMIT")


# -- restore: the row writes of ``core/restore.py`` (which checks every value first) ---


def people_roles(db: JournalDatabase) -> dict[int, tuple[str | None, str | None]]:
    """Every person's (role, department) by id, empty values as None."""
    return {
        pid: (role or None, department or None)
        for pid, role, department in db.execute("SELECT id, role, department FROM people")
    }


def keep_setting(db: JournalDatabase, key: str, value: str) -> None:
    """Add a setting the journal does not have yet (one it has stays as it is)."""
    db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [key, value])


def keep_team_author(db: JournalDatabase, row: Sequence[Any]) -> None:
    """Add a colleague (key, name, team, exported, source_file, scanned) unless known."""
    db.execute(
        "INSERT OR IGNORE INTO team_authors "
        "(key, name, team, exported, source_file, scanned) VALUES (?, ?, ?, ?, ?, ?)",
        list(row),
    )


def team_author_keys(db: JournalDatabase) -> set[str]:
    return {key for (key,) in db.execute("SELECT key FROM team_authors")}


def keep_team_lesson(db: JournalDatabase, row: dict[str, Any]) -> None:
    """Add a team lesson's row (columns named by the checked row) unless it is here."""
    db.execute(
        f"INSERT OR IGNORE INTO team_lessons ({', '.join(row)}) "
        f"VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )


def keep_import_key(db: JournalDatabase, key: str, entry: int, imported: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO import_keys (key, entry, imported) VALUES (?, ?, ?)",
        [key, entry, imported],
    )


def keep_team_link(db: JournalDatabase, entry: int, author: str, lesson: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO entry_team_lessons (entry, author_key, lesson_id) VALUES (?, ?, ?)",
        [entry, author, lesson],
    )


__all__ = [
    "CHUNK",
    "ENTRY_KEYS",
    "encode",
    "encode_bytes",
    "entry_lines",
    "has_json_functions",
    "has_pictures",
    "journal_json",
    "keep_import_key",
    "keep_setting",
    "keep_team_author",
    "keep_team_lesson",
    "keep_team_link",
    "people_roles",
    "team_author_keys",
]
