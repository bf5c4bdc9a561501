"""The Journal facade: the one read/write API over a journal file.

Every face (CLI, GUI, importers) goes through here. Validation, transactions,
FTS upkeep and the rules for tags, skills and people live in this module and
nowhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import FunctionType

from reflekt import controls, paths
from reflekt.core import storage
from reflekt.core.models import (
    Entry,
    Filters,
    Goal,
    GoalStatus,
    Headline,
    Kind,
    Page,
    Person,
    PersonLink,
    Record,
    Relation,
    SearchHit,
    SharedPerson,
    SharedSection,
    ShareRecord,
    Source,
    TeamHit,
    TeamLesson,
    TeamUpdate,
    Visibility,
    display_title,
    entry_to_dict,
    share_record_to_dict,
)
from reflekt.core.storage import growth as growth_summary
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.errors import Cancelled, EntryConflict, FileRejected, InvalidInput, NotFound
from reflekt.messages import msg, word

# What the module needs only to write, or only for type checkers, loads when used: the
# CLI's read commands (search, list) start in a fraction of the time (see
# tests/unit/test_startup.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.drafts import Draft
    from reflekt.core.templates import Template


class _Uuid:
    """The ``uuid`` module, imported on first use (it loads ``platform``: ~5 ms)."""

    def __getattr__(self, name: str) -> Any:
        import uuid

        return getattr(uuid, name)


uuid = _Uuid()

MAX_TEXT = 5_000_000  # characters in one field: far above any real reflection
MAX_NAME = 200  # a tag, skill or person name
MIN_ID_PREFIX = 4
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0, DEL and C1 (see reflekt.controls)
RANK_WINDOW = 2000  # matches ranked by relevance at most (see Journal.search)
HL_START = "\x02"  # snippet highlight markers; faces turn them into bold/HTML
HL_END = "\x03"


class ImportResult(Record, frozen=True):
    """What ``Journal.import_entries`` did: the new ids, and how many were already here."""

    added: list[str]
    skipped: int

    def __init__(self, added: list[str], skipped: int) -> None:
        self.__dict__.update(added=added, skipped=skipped)


ENTRY_FIELDS = frozenset(
    {
        "title",
        "body",
        "kind",
        "template",
        "sections",
        "tags",
        "skills",
        "people",
        "goals",
        "source",
        "mood",
        "visibility",
        "starred",
        "day",
    }
)
GOAL_FIELDS = frozenset({"title", "description", "target_date", "status"})

_ENTRY_COLUMNS = (
    "seq, id, created, updated, day, kind, template, title, body, sections, mood, "
    "source, visibility, starred, deleted, revision"
)


def now_iso() -> str:
    """Local time with its UTC offset, e.g. 2026-11-28T09:15:02+01:00."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _choices(enum: type) -> str:
    return ", ".join(member.value for member in enum)


def _enum(enum: type, value: Any, what: str) -> Any:
    if isinstance(value, enum):
        return value
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(
            msg(
                "{value} is not a valid {what}. Choose one of: {choices}.",
                value=repr(value),
                what=word(what),
                choices=_choices(enum),
            )
        ) from None


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text, not {type(value).__name__}.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            msg(
                "The {what} contains characters that are not valid text (broken Unicode). "
                "Copy it from its source again or retype the damaged part.",
                what=word(what),
            )
        ) from None
    if len(value) > MAX_TEXT:
        raise InvalidInput(
            msg(
                "The {what} is too long ({count:,} characters; the most is "
                "{most:,}). Split it into several entries.",
                what=word(what),
                count=len(value),
                most=MAX_TEXT,
            )
        )
    return value


def _title(value: Any, what: str = "title") -> str:
    """A title as written; control characters (but tab and newline) are refused: they
    are invisible in the app and act on a terminal (clipboard, window title, clearing)."""
    title = _text(value, what)
    found = controls.CONTROL.search(title)
    if found:
        raise InvalidInput(
            msg(
                "The {what} {title} contains a control character ({char}), which cannot "
                "be seen but acts on a terminal. Remove it and save again.",
                what=word(what),
                title=repr(title[:60]),  # repr shows the controls as \\x1b
                char=controls.visible(found.group()),
            )
        )
    return title


def clean_imported_titles(items: Sequence[tuple[str | None, Mapping[str, Any]]]) -> int:
    """Strip control characters from imported titles, in place; how many titles changed.

    Another program's export is taken whole rather than refused for an invisible
    character in one title: the characters carry nothing a person can see, the entry's
    text is kept exactly, and the import report says how many titles were cleaned.
    """
    cleaned = 0
    for _, values in items:
        title = values.get("title")
        if isinstance(title, str) and controls.CONTROL.search(title):
            values["title"] = controls.strip(title)  # type: ignore[index]
            cleaned += 1
    return cleaned


def parse_day(value: Any, what: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(
            msg(
                "{value} is not a valid {what}. Write it as YYYY-MM-DD, for example 2026-03-14.",
                value=repr(value),
                what=word(what),
            )
        ) from None


def key_fingerprint(public_key: str) -> str:
    """A short, readable form of a colleague's public key (base64 text) to compare by eye:
    the first 8 bytes of its SHA-256 as four groups of hex digits."""
    import base64
    import hashlib

    try:
        raw = base64.b64decode(public_key, validate=True)
    except ValueError:
        raw = public_key.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def _timestamp(value: Any, what: str) -> str:
    try:
        stamp = dt.datetime.fromisoformat(str(value))
    except ValueError:
        stamp = None
    if stamp is None or stamp.tzinfo is None:
        raise InvalidInput(
            f"{value!r} is not a valid {what} time. Use ISO 8601 with a UTC offset, "
            "for example 2026-03-14T09:30:00+01:00."
        )
    return stamp.isoformat()


def _mood(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = None
    try:
        mood = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        mood = 0
    if mood < 1 or mood > 5 or (isinstance(value, float) and value != mood):
        raise InvalidInput(
            msg("Mood must be a whole number from 1 to 5, not {value}.", value=repr(value))
        )
    return mood


def _name(value: Any, what: str) -> str:
    """A tag, skill or person name as the user spelled it, tidied."""
    if not isinstance(value, str):
        raise InvalidInput(f"A {what} must be text, not {type(value).__name__}.")
    name = " ".join(value.split())
    if what == "tag":
        name = name.lstrip("#").strip()
    if len(name) > MAX_NAME:
        raise InvalidInput(
            msg(
                "The {what} {name}… is too long (at most {most} characters).",
                what=word(what),
                name=repr(name[:40]),
                most=MAX_NAME,
            )
        )
    _text(name, what)
    if _CONTROL.search(name):
        raise InvalidInput(
            msg(
                "The {what} {name} contains control characters. Remove them.",
                what=word(what),
                name=repr(name),
            )
        )
    return name


def _memo(memo: dict[Any, Any] | None, what: str, value: Any, compute: Any) -> Any:
    """``compute(value)``, remembered in ``memo`` (the bulk path's) per distinct value.

    The key holds the value's type: ``True == 1`` must not let a cached mood of 1
    answer for ``True``, which is refused.
    """
    if memo is None:
        return compute(value)
    key = (what, type(value), value)
    try:
        return memo[key]
    except KeyError:
        result = memo[key] = compute(value)
        return result
    except TypeError:  # an unhashable value (a list where text belongs): no caching
        return compute(value)


def _names(
    values: Iterable[str] | None, what: str, memo: dict[Any, Any] | None = None
) -> list[str]:
    """Tidied, de-duplicated (case-insensitively), order kept, empty ones dropped."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    seen: set[str] = set()
    result = []
    for value in values:
        name = _memo(memo, what, value, lambda v: _name(v, what))
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def _person_link(value: PersonLink | str | Sequence[str]) -> PersonLink:
    if isinstance(value, PersonLink):
        link = value
    elif isinstance(value, str):
        link = PersonLink(value)
    else:
        name, relation, *rest = (*value, "with") if len(value) == 1 else value
        link = PersonLink(name, relation, *rest)
    name = _name(link.name, "person")
    if not name:
        return PersonLink("")  # left out, whatever else it says
    return PersonLink(
        name=name,
        relation=_enum(Relation, link.relation, "relation to a person"),
        role=_name(link.role or "", "role"),
        department=_name(link.department or "", "department"),
    )


def _people(
    values: Iterable[PersonLink | str | Sequence[str]] | None,
    memo: dict[Any, Any] | None = None,
) -> list[PersonLink]:
    if values is None:
        return []
    if isinstance(values, str | PersonLink):
        values = [values]
    seen: set[str] = set()
    result = []
    for value in values:
        link = _memo(memo, "person", value, _person_link)
        if not link.name or link.name.casefold() in seen:
            continue
        seen.add(link.name.casefold())
        result.append(link)
    return result


def _template(key: Any) -> Template:
    from reflekt.core.templates import TEMPLATES

    template = TEMPLATES.get(str(key or "free").strip().lower())
    if template is None:
        raise InvalidInput(
            msg(
                "There is no template called {key}. Choose one of: {choices}.",
                key=repr(key),
                choices=", ".join(TEMPLATES),
            )
        )
    return template


def _sections(template: Template, sections: Mapping[str, str] | None) -> dict[str, str]:
    """Only the template's own sections, in its order, empty ones dropped."""
    sections = dict(sections or {})
    known = {s.key for s in template.sections}
    unknown = [key for key in sections if key not in known]
    if unknown:
        if not known:
            raise InvalidInput(
                msg(
                    "The template {template} has no sections; write in the body "
                    "text instead of {section}.",
                    template=repr(template.name("en")),
                    section=repr(unknown[0]),
                )
            )
        raise InvalidInput(
            msg(
                "The template {template} has no section {section}. Its sections are: {sections}.",
                template=repr(template.name("en")),
                section=repr(unknown[0]),
                sections=", ".join(s.key for s in template.sections),
            )
        )
    result = {}
    for section in template.sections:
        value = _text(sections.get(section.key), f"section {section.key!r}")
        if value != "":
            result[section.key] = value
    return result


class _Cursor:
    """Keyset position in (day, created, seq) order, as an opaque string."""

    @staticmethod
    def encode(day: str, created: str, seq: int) -> str:
        return f"{day}|{created}|{seq}"

    @staticmethod
    def decode(cursor: str) -> tuple[str, str, int]:
        try:
            day, created, seq = cursor.split("|")
            return day, created, int(seq)
        except ValueError:
            raise InvalidInput(f"{cursor!r} is not a list position reflekt gave out.") from None


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are ANDed; ``"a phrase"`` stays a phrase; ``word*`` is a prefix;
    ``-word`` leaves entries with that word out; ``OR`` between words works.
    Everything else is quoted, so no input is an FTS syntax error.
    """
    positive: list[str] = []
    negative: list[str] = []
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', text):
        minus, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            if positive and positive[-1] != "OR":
                positive.append("OR")
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        raw = phrase if phrase is not None else word
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        if not any(ch.isalnum() for ch in raw):
            continue
        term = '"' + raw.replace('"', '""') + '"' + ("*" if prefix else "")
        (negative if minus else positive).append(term)
    while positive and positive[-1] == "OR":
        positive.pop()
    if not positive:
        return ""
    query = " ".join(positive)
    if negative:
        query = f"({query}) NOT ({' OR '.join(negative)})"
    return query


# -- the bulk path (add_many, imports) ------------------------------------------

_INSERT_FIELDS = ENTRY_FIELDS | {"id", "created", "updated", "deleted", "revision"}
_ROW_COLUMNS = (
    "id, created, updated, day, kind, template, title, body, sections, sections_text, mood, "
    "source, visibility, starred, trashed, deleted, revision"
)
_INSERT_ENTRY = f"INSERT INTO entries (seq, {_ROW_COLUMNS}) VALUES ({', '.join('?' * 18)})"
_INSERT_ENTRY_NEW_SEQ = f"INSERT INTO entries ({_ROW_COLUMNS}) VALUES ({', '.join('?' * 17)})"
# FTS5's in-memory index while the bulk path indexes (see Journal._index_text_after),
# and FTS5's own default, put back afterwards.
BULK_FTS_HASH = 64 * 1024 * 1024
FTS_HASH_DEFAULT = 1024 * 1024
# Page cache while the bulk path writes (KiB), and how many new entries at least make
# it worth rebuilding the entry indexes instead of updating them (see _bulk_fts).
BULK_CACHE_KIB = 64 * 1024
BULK_REINDEX_MIN = 1000
BULK_BATCH = 10_000  # entries written per executemany round
BULK_CHECK_EVERY = 500  # entries between two looks at whether the person cancelled
STOPPED = "The import was cancelled. Nothing was imported."


def _never() -> bool:
    return False


# Search leaves entries in the trash out afterwards while there are at most this many.
TRASH_SET_MAX = 1000


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off for a bulk job (it is put back as it was).

    Reading an export and validating its entries creates millions of small objects,
    none of them in a cycle; every few thousand, the collector walked all of them
    again: a third of an import's time in Python went to it.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _new_uuid() -> str:
    """A random (version 4) UUID as text, as ``str(uuid.uuid4())`` but a third of the time."""
    import os  # here, not at the top: only the bulk path and ``add`` need it

    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _uuid_or_none(value: Any) -> str | None:
    try:
        return str(uuid.UUID(str(value))) if value else None
    except ValueError:
        return None


class _Batch:
    """New entries' rows and links, written with one ``executemany`` per table."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.entries: list[tuple[Any, ...]] = []
        self.tags: list[tuple[int, int, int]] = []
        self.skills: list[tuple[int, int, int]] = []
        self.people: list[tuple[int, int, str, int]] = []
        self.goals: list[tuple[int, int]] = []
        self.keys: list[tuple[str, int, str]] = []
        self._roles: dict[int, tuple[str | None, str | None]] = {}

    def add(self, seq: int, row: tuple[Any, ...], links: Mapping[str, Any]) -> None:
        self.entries.append((seq, *row))
        self.link(seq, links)

    def link(self, seq: int, links: Mapping[str, Any]) -> None:
        name_id = self.journal._name_id
        for position, name in enumerate(links.get("tags", ())):
            self.tags.append((seq, name_id("tags", name), position))
        for position, name in enumerate(links.get("skills", ())):
            self.skills.append((seq, name_id("skills", name), position))
        for position, link in enumerate(links.get("people", ())):
            person = name_id("people", link.name)
            if link.role or link.department:
                role = (link.role or None, link.department or None)
                if self._roles.get(person) != role:  # the same update again changes nothing
                    self._roles[person] = role
                    self.journal._update_person(person, *role)
            self.people.append((seq, person, link.relation.value, position))
        for goal in dict.fromkeys(links.get("goals", ())):
            self.goals.append((seq, goal))

    def flush(self) -> None:
        """Write what was gathered (entries first: the links refer to them)."""
        conn = self.journal.db.conn
        assert conn.in_transaction
        for sql, rows in (
            (_INSERT_ENTRY, self.entries),
            ("INSERT INTO entry_tags (entry, tag, position) VALUES (?, ?, ?)", self.tags),
            ("INSERT INTO entry_skills (entry, skill, position) VALUES (?, ?, ?)", self.skills),
            (
                "INSERT INTO entry_people (entry, person, relation, position) VALUES (?, ?, ?, ?)",
                self.people,
            ),
            ("INSERT INTO entry_goals (entry, goal) VALUES (?, ?)", self.goals),
            ("INSERT INTO import_keys (key, entry, imported) VALUES (?, ?, ?)", self.keys),
        ):
            if rows:
                conn.executemany(sql, rows)
                rows.clear()


class Journal:
    """One open journal file."""

    def __init__(self, db: storage.JournalDatabase, path: Path) -> None:
        self.db = db
        self.path = path

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        create: bool = True,
        passphrase: PassphraseProvider | None = None,
    ) -> Journal:
        """Open the journal at ``path`` (default: the person's journal).

        ``passphrase`` is called only for an encrypted journal, with the path and the
        number of wrong tries so far; it returns the passphrase or None to give up.
        Without it, ``REFLEKT_PASSPHRASE`` is used. Raises ``JournalDamaged`` for a
        damaged file (which is left untouched), ``WrongPassphrase``,
        ``PassphraseRequired``, or another ``JournalError`` with a plain message.
        """
        journal_path = Path(path).expanduser() if path else paths.default_journal()
        db = storage.open_database(journal_path, create=create, passphrase=passphrase)
        # The real file (symlinks followed, once): backups, encryption, restore and
        # the lock all act on it, never on a link to it.
        return cls(db, db.path or journal_path)

    @property
    def encrypted(self) -> bool:
        return getattr(self.db, "passphrase", None) is not None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entries: writing --------------------------------------------------

    def add(
        self,
        body: str = "",
        *,
        title: str = "",
        kind: Kind | str | None = None,
        template: str = "free",
        sections: Mapping[str, str] | None = None,
        tags: Iterable[str] = (),
        skills: Iterable[str] = (),
        people: Iterable[PersonLink | str] = (),
        goals: Iterable[str] = (),
        source: Source | str | None = None,
        mood: int | None = None,
        visibility: Visibility | str = Visibility.PRIVATE,
        starred: bool = False,
        day: dt.date | str | None = None,
        id: str | None = None,
        created: str | None = None,
        updated: str | None = None,
        deleted: str | None = None,
        revision: int = 1,
    ) -> Entry:
        """Add one entry and return it as stored."""
        values = {k: v for k, v in locals().items() if k != "self"}  # the arguments, by name
        with self.db.atomic():
            seq = self._insert(values)
        return self._entries_by_seq([seq])[0]

    def add_many(self, items: Iterable[Mapping[str, Any]]) -> list[str]:
        """Add many entries in one transaction (imports): all or nothing.

        Each item takes the same keys as ``add``. Returns the new ids in order.
        """
        added, _ = self._add_bulk(((None, item) for item in items), skip_known=False)
        return added

    def _add_bulk(
        self,
        items: Iterable[tuple[str | None, Mapping[str, Any]]],
        *,
        skip_known: bool,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[str], int]:
        """The bulk path under ``add_many`` and ``import_entries``: one transaction.

        Every entry is validated as ``add`` validates it, but each distinct value (a
        template, a tag, a person) only once, and the rows go to SQLite in batches
        with their row numbers assigned here. Items whose import key or id is already
        in the journal are skipped (``skip_known``) or refused.
        """
        with gc_paused():
            return self._add_bulk_unpaused(items, skip_known=skip_known, cancelled=cancelled)

    def _add_bulk_unpaused(
        self,
        items: Iterable[tuple[str | None, Mapping[str, Any]]],
        *,
        skip_known: bool,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[list[str], int]:
        items = list(items)
        with self.db.atomic():
            known_keys = self._present(
                "import_keys", "key", [key for key, _ in items if key is not None]
            )
            ids = [_uuid_or_none(v.get("id")) for _, v in items]
            known_ids = self._present("entries", "id", ids)
            # A file imported (or a backup restored) again adds nothing: no reason to
            # rebuild any index for it.
            adding = sum(
                1
                for (key, _), uid in zip(items, ids, strict=True)
                if key not in known_keys and uid not in known_ids
            )
            added, skipped = self._add_new(
                items, known_keys, known_ids, adding, skip_known, cancelled or _never
            )
        if added:
            self.optimize()
        return added, skipped

    def _add_new(
        self,
        items: list[tuple[str | None, Mapping[str, Any]]],
        known_keys: set[str],
        known_ids: set[str],
        adding: int,
        skip_known: bool,
        cancelled: Callable[[], bool],
    ) -> tuple[list[str], int]:
        added: list[str] = []
        skipped = 0
        stamp = now_iso()
        with self._bulk_fts(adding) as last:
            memo: dict[Any, Any] = {}
            batch = _Batch(self)
            seq = last
            for number, (key, values) in enumerate(items, start=1):
                if number % BULK_CHECK_EVERY == 0 and cancelled():
                    raise Cancelled(STOPPED)  # the transaction rolls back: nothing changed
                if key is not None and key in known_keys:
                    skipped += 1
                    continue
                try:
                    entry_id = values.get("id")
                    if entry_id and self._valid_uuid(entry_id) in known_ids:
                        if skip_known:
                            skipped += 1
                            continue
                        raise InvalidInput(
                            msg(
                                "An entry with id {entry} is already in this journal.",
                                entry=self._valid_uuid(entry_id),
                            )
                        )
                    row, links = self._prepare(values, memo)
                except InvalidInput as exc:
                    raise InvalidInput(
                        msg("Entry {number}: {problem}", number=number, problem=exc.message)
                    ) from None
                entry_id = row[0]
                seq += 1
                known_ids.add(entry_id)
                if key is not None:
                    known_keys.add(key)
                    batch.keys.append((key, seq, stamp))
                batch.add(seq, row, links)
                added.append(entry_id)
                if len(batch.entries) >= BULK_BATCH:
                    batch.flush()  # keeps only a batch of rows in memory at a time
            batch.flush()
            if cancelled():  # the last chance before the indexes are built
                raise Cancelled(STOPPED)
        return added, skipped

    def _present(self, table: str, column: str, values: list[Any]) -> set[Any]:
        """Which of ``values`` are in ``table.column`` (an indexed column)."""
        wanted = [v for v in dict.fromkeys(values) if v is not None]
        if not wanted or not self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return set()
        found: set[Any] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT {column} FROM {table} WHERE {column} IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    @contextlib.contextmanager
    def _bulk_fts(self, adding: int = 0) -> Iterator[int]:
        """Index the text of the entries added inside the block in one go at its end.

        Yields the highest row number before the block. One statement per entry
        through the trigger costs a flushed FTS segment per entry (see migration
        0007_bulk_fts); one INSERT ... SELECT writes the index once. Only for blocks
        that add entries and change no existing entry's text, inside a transaction
        (so nobody else ever sees the trigger paused or an index missing).

        ``adding`` is how many entries the block will add: when they are at least as
        many as the journal holds, the entry table's secondary indexes are dropped
        for the block and built again at its end, in the same transaction. Sorting
        the keys once is cheaper than 100,000 inserts into each of seven B-trees (and
        leaves the indexes packed: a fifth smaller); into a big journal a small import
        keeps the indexes, which would otherwise be rebuilt over every existing row.
        """
        assert self.db.conn.in_transaction, "the bulk path needs a transaction"
        last, count = self.db.execute(
            "SELECT coalesce(max(seq), 0), count(*) FROM entries"
        ).fetchone()
        self.db.execute("INSERT OR IGNORE INTO fts_paused (one) VALUES (1)")
        rebuild: list[tuple[str, str]] = []
        if adding >= max(count, BULK_REINDEX_MIN):
            rebuild = self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'entries' AND sql IS NOT NULL ORDER BY name"
            ).fetchall()
            for name, _ in rebuild:
                self.db.execute(f'DROP INDEX "{name}"')
        cache_size = self.db.execute("PRAGMA cache_size").fetchone()[0]
        # Room for the new rows' pages while they are written (instead of spilling them
        # to the WAL and reading them back) and for sorting the index keys in memory.
        self.db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        growth_triggers = growth_summary.pause(self.db)  # rebuilt at DELETE FROM fts_paused
        # Tag, skill and person ids, remembered for the block: most entries of an
        # import name the same few, and each lookup was a query.
        self._name_ids = {}
        try:
            yield last
            for _, sql in rebuild:
                self.db.execute(sql)
            growth_summary.resume(self.db, growth_triggers)
            self.db.execute("DELETE FROM fts_paused")
            self._index_text_after(last)
        finally:
            self._name_ids = None
            self.db.execute(f"PRAGMA cache_size = {cache_size}")

    def _index_text_after(self, last: int) -> None:
        """Add the text of every entry after row ``last`` to the full-text index."""
        # FTS5 keeps new index data in memory and writes it out as a segment whenever
        # it passes `hashsize` (1 MB by default), merging segments as they pile up: for
        # 44 MB of text, hundreds of segments merged again and again. With room for
        # more, the index is written in a few large segments (about twice as fast).
        # The setting is stored with the index, so it is put back in this same
        # transaction.
        self.db.execute(
            "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", [BULK_FTS_HASH]
        )
        # New rows always get a seq above the old maximum (INTEGER PRIMARY KEY).
        self.db.execute(
            "INSERT INTO entries_fts (rowid, title, body, sections_text) "
            "SELECT seq, title, body, sections_text FROM entries WHERE seq > ?",
            [last],
        )
        self.db.execute(
            "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", [FTS_HASH_DEFAULT]
        )

    def _insert(self, values: Mapping[str, Any]) -> int:
        """Add one entry (validated) with its links; returns its row number."""
        row, links = self._prepare(values)
        if self._seq_or_none(row[0]) is not None:
            raise InvalidInput(f"An entry with id {row[0]} is already in this journal.")
        seq = self.db.execute(_INSERT_ENTRY_NEW_SEQ, row).lastrowid
        assert seq is not None
        batch = _Batch(self)
        batch.link(seq, links)
        batch.flush()
        return seq

    def _prepare(
        self, values: Mapping[str, Any], memo: dict[Any, Any] | None = None
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """An entry's row (the columns of ``_INSERT_ENTRY`` after seq) and its links,
        validated; ``memo`` remembers the verdict on each distinct value (bulk path)."""
        unknown = values.keys() - _INSERT_FIELDS
        if unknown:
            raise InvalidInput(f"Unknown entry field {sorted(unknown)[0]!r}.")
        get = values.get
        template = _memo(memo, "template", get("template"), _template)
        entry_id = get("id")
        entry_id = self._valid_uuid(entry_id) if entry_id else _new_uuid()
        created = _timestamp(values["created"], "created") if get("created") else now_iso()
        updated = _timestamp(values["updated"], "updated") if get("updated") else created
        deleted = _timestamp(values["deleted"], "deleted") if get("deleted") else None
        day = get("day")
        day = parse_day(day) if day else dt.date.fromisoformat(created[:10])
        kind = get("kind")
        source = get("source")
        sections = get("sections")
        if sections or template.sections:
            sections = _sections(template, sections)
            sections_json = json.dumps(sections, ensure_ascii=False)
        else:  # the common case: no sections in a template without any
            sections, sections_json = {}, "{}"
        revision = get("revision", 1)
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            raise InvalidInput(f"Revision must be a whole number of at least 1, not {revision!r}.")
        row = (
            entry_id,
            created,
            updated,
            day.isoformat(),
            _memo(memo, "kind", kind, lambda k: _enum(Kind, k, "kind").value)
            if kind
            else template.kind.value,
            template.key,
            _title(get("title")),
            _text(get("body"), "text"),
            sections_json,
            "\n\n".join(sections.values()),
            _memo(memo, "mood", get("mood"), _mood),
            _memo(memo, "source", source, lambda s: _enum(Source, s, "learning source").value)
            if source
            else (template.source.value if template.source else None),
            _memo(
                memo,
                "visibility",
                get("visibility") or Visibility.PRIVATE,
                lambda v: _enum(Visibility, v, "visibility").value,
            ),
            1 if get("starred") else 0,
            1 if deleted else 0,
            deleted,
            revision,
        )
        links: dict[str, Any] = {}
        if "tags" in values:
            links["tags"] = _names(values["tags"], "tag", memo)
        if "skills" in values:
            links["skills"] = _names(values["skills"], "skill", memo)
        if "people" in values:
            links["people"] = _people(values["people"], memo)
        if "goals" in values:
            links["goals"] = [
                _memo(memo, "goal", goal, self._goal_seq) for goal in values["goals"] or ()
            ]
        return row, links

    def _set_links(self, seq: int, links: Mapping[str, Any], *, new: bool = False) -> None:
        """Store the links ``_prepare`` made (or ``update`` asks for, not yet tidied)."""
        if "tags" in links:
            self._link_names(seq, "tag", _names(links["tags"], "tag"), new=new)
        if "skills" in links:
            self._link_names(seq, "skill", _names(links["skills"], "skill"), new=new)
        if "people" in links:
            self._link_people(seq, _people(links["people"]), new=new)
        if "goals" in links:
            goal_seqs = [self._goal_seq(goal) for goal in links["goals"] or ()]
            self.db.execute("DELETE FROM entry_goals WHERE entry = ?", [seq])
            for goal_seq in dict.fromkeys(goal_seqs):
                self.db.execute(
                    "INSERT INTO entry_goals (entry, goal) VALUES (?, ?)", [seq, goal_seq]
                )

    _name_ids: dict[tuple[str, str], int] | None = None  # see _bulk_fts

    def _name_id(self, table: str, name: str) -> int:
        key = name.casefold()
        known = self._name_ids
        if known is not None and (table, key) in known:
            return known[table, key]
        row = self.db.execute(f"SELECT id FROM {table} WHERE key = ?", [key]).fetchone()
        if row:
            name_id = row[0]
        else:
            cursor = self.db.execute(f"INSERT INTO {table} (key, name) VALUES (?, ?)", [key, name])
            assert cursor.lastrowid is not None
            name_id = cursor.lastrowid
        if known is not None:
            known[table, key] = name_id
        return name_id

    def _link_names(self, seq: int, what: str, names: list[str], *, new: bool = False) -> None:
        table, link = f"{what}s", f"entry_{what}s"
        if not new:  # a new entry has no links to replace
            self.db.execute(f"DELETE FROM {link} WHERE entry = ?", [seq])
        for position, name in enumerate(names):
            self.db.execute(
                f"INSERT INTO {link} (entry, {what}, position) VALUES (?, ?, ?)",
                [seq, self._name_id(table, name), position],
            )

    def _link_people(self, seq: int, people: list[PersonLink], *, new: bool = False) -> None:
        if not new:
            self.db.execute("DELETE FROM entry_people WHERE entry = ?", [seq])
        for position, link in enumerate(people):
            person = self._name_id("people", link.name)
            if link.role or link.department:
                self._update_person(person, link.role or None, link.department or None)
            self.db.execute(
                "INSERT INTO entry_people (entry, person, relation, position) VALUES (?, ?, ?, ?)",
                [seq, person, link.relation.value, position],
            )

    def update(
        self, entry_id: str, *, expected_revision: int | None = None, **changes: Any
    ) -> Entry:
        """Change the given fields of an entry. Nothing changed means nothing written.

        ``expected_revision``: the revision the change was made from. When the stored
        entry has moved on (another program changed, trashed or purged it), raises
        ``EntryConflict`` and writes nothing; the check and the write are one
        transaction, so no other writer can slip in between.
        """
        unknown = set(changes) - ENTRY_FIELDS
        if unknown:
            raise InvalidInput(
                f"Entries have no field {sorted(unknown)[0]!r}. "
                f"These can change: {', '.join(sorted(ENTRY_FIELDS))}."
            )
        with self.db.atomic():
            seq = self._seq_at(entry_id, expected_revision)
            current = self._entries_by_seq([seq])[0]
            self._check_revision(current, expected_revision)
            if current.in_trash:
                raise InvalidInput(
                    msg(
                        "The entry {entry} is in the trash. Restore it before editing it.",
                        entry=current.id[:8],
                    )
                )
            row: dict[str, Any] = {}
            template = _template(changes.get("template", current.template))
            if "template" in changes or "sections" in changes:
                sections = _sections(template, changes.get("sections", current.sections))
                row["template"] = template.key
                row["sections"] = json.dumps(sections, ensure_ascii=False)
                row["sections_text"] = "\n\n".join(sections.values())
            if "title" in changes:
                # An older title with control characters may stay while the rest is edited.
                same = changes["title"] == current.title
                row["title"] = (
                    _text(changes["title"], "title") if same else _title(changes["title"])
                )
            if "body" in changes:
                row["body"] = _text(changes["body"], "text")
            if "kind" in changes:
                row["kind"] = _enum(Kind, changes["kind"] or template.kind, "kind").value
            if "source" in changes:
                source = changes["source"]
                row["source"] = _enum(Source, source, "learning source").value if source else None
            if "mood" in changes:
                row["mood"] = _mood(changes["mood"])
            if "visibility" in changes:
                row["visibility"] = _enum(
                    Visibility, changes["visibility"] or Visibility.PRIVATE, "visibility"
                ).value
            if "starred" in changes:
                row["starred"] = 1 if changes["starred"] else 0
            if "day" in changes:
                row["day"] = parse_day(changes["day"]).isoformat()
            links = {k: changes[k] for k in ("tags", "skills", "people", "goals") if k in changes}
            if not self._differs(current, row, links):
                return current
            row["updated"] = now_iso()
            row["revision"] = current.revision + 1
            assignments = ", ".join(f"{column} = ?" for column in row)
            self.db.execute(f"UPDATE entries SET {assignments} WHERE seq = ?", [*row.values(), seq])
            self._set_links(seq, links)
        return self._entries_by_seq([seq])[0]

    def _differs(self, current: Entry, row: Mapping[str, Any], links: Mapping[str, Any]) -> bool:
        now = {
            "template": current.template,
            "sections": json.dumps(current.sections, ensure_ascii=False),
            "sections_text": "\n\n".join(current.sections.values()),
            "title": current.title,
            "body": current.body,
            "kind": current.kind.value,
            "source": current.source.value if current.source else None,
            "mood": current.mood,
            "visibility": current.visibility.value,
            "starred": 1 if current.starred else 0,
            "day": current.day.isoformat(),
        }
        if any(now[key] != value for key, value in row.items()):
            return True

        def keys(names: Iterable[str]) -> list[str]:
            return [name.casefold() for name in names]

        if "tags" in links and keys(_names(links["tags"], "tag")) != keys(current.tags):
            return True
        if "skills" in links and keys(_names(links["skills"], "skill")) != keys(current.skills):
            return True
        if "people" in links:
            wanted = [(p.name.casefold(), p.relation) for p in _people(links["people"])]
            if wanted != [(p.name.casefold(), p.relation) for p in current.people]:
                return True
            if any(p.role or p.department for p in _people(links["people"])):
                return True
        if "goals" in links:
            wanted_goals = [self._goal_id(g) for g in links["goals"] or ()]
            if list(dict.fromkeys(wanted_goals)) != current.goals:
                return True
        return False

    def delete(self, entry_id: str, *, expected_revision: int | None = None) -> Entry:
        """Move an entry to the trash (it can be restored). Raises its revision."""
        with self.db.atomic():
            seq = self._seq_at(entry_id, expected_revision)
            self._check_revision(self._entries_by_seq([seq])[0], expected_revision)
            self.db.execute(
                "UPDATE entries SET trashed = 1, deleted = ?, revision = revision + 1 "
                "WHERE seq = ? AND trashed = 0",
                [now_iso(), seq],
            )
        return self._entries_by_seq([seq])[0]

    def restore(self, entry_id: str, *, expected_revision: int | None = None) -> Entry:
        """Bring an entry back from the trash. Raises its revision."""
        with self.db.atomic():
            seq = self._seq_at(entry_id, expected_revision)
            self._check_revision(self._entries_by_seq([seq])[0], expected_revision)
            self.db.execute(
                "UPDATE entries SET trashed = 0, deleted = NULL, revision = revision + 1 "
                "WHERE seq = ? AND trashed = 1",
                [seq],
            )
        return self._entries_by_seq([seq])[0]

    def purge(self, entry_id: str, *, expected_revision: int | None = None) -> None:
        """Delete an entry for good. Only entries already in the trash can be purged."""
        with self.db.atomic():
            seq = self._seq_at(entry_id, expected_revision)
            self._check_revision(self._entries_by_seq([seq])[0], expected_revision)
            trashed = self.db.execute("SELECT trashed FROM entries WHERE seq = ?", [seq]).fetchone()
            if not trashed[0]:
                raise InvalidInput(
                    msg(
                        "The entry {entry} is not in the trash. Delete it first; "
                        "only entries in the trash can be removed for good.",
                        entry=self._id_of(seq)[:8],
                    )
                )
            self.db.execute("DELETE FROM entries WHERE seq = ?", [seq])
        self._scrub()

    def _seq_at(self, entry_id: str, expected_revision: int | None) -> int:
        """The entry's seq; when a revision is expected, an entry that is gone is a
        conflict (it was purged after the change was made), not a typo."""
        if expected_revision is None:
            return self._seq(entry_id)
        if (
            not isinstance(expected_revision, int)
            or isinstance(expected_revision, bool)
            or expected_revision < 1
        ):
            raise InvalidInput(
                msg(
                    "The revision must be a whole number of at least 1, not {value}.",
                    value=repr(expected_revision),
                )
            )
        full = _uuid_or_none(str(entry_id).strip().lower())
        if full is None:
            return self._seq(entry_id)  # a prefix someone typed: not found is a typo
        seq = self._seq_or_none(full)
        if seq is None:
            raise EntryConflict(
                msg(
                    "The entry {entry} was deleted for good elsewhere; nothing was written.",
                    entry=str(entry_id).strip()[:8],
                ),
                None,
                expected_revision,
            )
        return seq

    @staticmethod
    def _check_revision(current: Entry, expected_revision: int | None) -> None:
        if expected_revision is None or current.revision == expected_revision:
            return
        if current.in_trash:
            message = msg(
                "The entry {entry} was moved to the trash elsewhere (it is at revision "
                "{revision} now, not {expected}); nothing was written.",
                entry=current.id[:8],
                revision=current.revision,
                expected=expected_revision,
            )
        else:
            message = msg(
                "The entry {entry} was changed elsewhere (it is at revision {revision} now, "
                "not {expected}); nothing was written. Look at the new version and edit "
                "again from it.",
                entry=current.id[:8],
                revision=current.revision,
                expected=expected_revision,
            )
        raise EntryConflict(message, current, expected_revision)

    def empty_trash(self) -> int:
        """Remove every entry in the trash for good; returns how many."""
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM entries WHERE trashed = 1")
        if cursor.rowcount:
            self._scrub()
        return cursor.rowcount

    def _scrub(self) -> None:
        """Make deleted text unreadable in the file, not just unreachable.

        secure_delete (set on every connection) zeroes the deleted rows, but the
        full-text index keeps the old words in its segments until they are merged, and
        the WAL keeps old copies of pages until it is checkpointed and cut back.
        """
        with self.db.atomic():
            # What the person chose to keep or leave out of an entry's exports
            # (core/redaction.py, CHOICES_SETTING) goes with the entry.
            self.db.execute(
                "DELETE FROM settings WHERE key LIKE 'privacy.entry.%' "
                "AND substr(key, 15) NOT IN (SELECT id FROM entries)"
            )
            self.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
        # Best effort: a reader in another program (the app) can hold the WAL open; its
        # frames are then cut back at the next checkpoint, when that reader lets go.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    # -- entries: reading --------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        """One entry by id or by a unique id prefix (at least 4 characters)."""
        return self._entries_by_seq([self._seq(entry_id)])[0]

    def resolve_id(self, entry_id: str) -> str:
        return self._id_of(self._seq(entry_id))

    def list(
        self, filters: Filters | None = None, *, limit: int = 50, cursor: str | None = None
    ) -> Page:
        """Entries newest first, one page at a time (keyset paging)."""
        if limit < 1:
            raise InvalidInput("The limit must be at least 1.")
        where, params = self._where(filters or Filters())
        if cursor:
            day, created, seq = _Cursor.decode(cursor)
            where.append("(e.day, e.created, e.seq) < (?, ?, ?)")
            params += [day, created, seq]
        rows = self.db.execute(
            f"SELECT e.seq, e.day, e.created FROM entries e WHERE {' AND '.join(where)} "
            "ORDER BY e.day DESC, e.created DESC, e.seq DESC LIMIT ?",
            [*params, limit + 1],
        ).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        entries = self._entries_by_seq([row[0] for row in rows])
        next_cursor = _Cursor.encode(rows[-1][1], rows[-1][2], rows[-1][0]) if more else None
        return Page(entries, next_cursor)

    def iter_entries(
        self, filters: Filters | None = None, *, page_size: int = 500
    ) -> Iterator[Entry]:
        """Every matching entry, newest first, fetched a page at a time."""
        cursor = None
        while True:
            page = self.list(filters, limit=page_size, cursor=cursor)
            yield from page.entries
            if page.cursor is None:
                return
            cursor = page.cursor

    def iter_headlines(
        self, filters: Filters | None = None, *, page_size: int = 1000
    ) -> Iterator[Headline]:
        """What a one-line listing shows of every matching entry: the same entries in the
        same order as ``iter_entries``, without reading their text, people, skills or
        goals (about half of a whole ``reflekt list`` of a year on a large journal).
        The text is read only for entries without a title, for their first line."""
        where, params = self._where(filters or Filters())
        after: list[Any] = []
        while True:
            clause = [*where, "(e.day, e.created, e.seq) < (?, ?, ?)"] if after else where
            rows = self.db.execute(
                "SELECT e.seq, e.id, e.day, e.created, e.kind, e.visibility, e.starred, "
                f"e.title FROM entries e WHERE {' AND '.join(clause)} "
                "ORDER BY e.day DESC, e.created DESC, e.seq DESC LIMIT ?",
                [*params, *after, page_size],
            ).fetchall()
            if not rows:
                return
            seqs = [row[0] for row in rows]
            marks = ",".join("?" * len(seqs))
            tags = self._linked_names("tag", marks, seqs)
            untitled = [row[0] for row in rows if not row[7].strip()]
            texts = {
                seq: display_title("", body, json.loads(sections))
                for seq, body, sections in (
                    self.db.execute(
                        "SELECT seq, body, sections FROM entries "
                        f"WHERE seq IN ({','.join('?' * len(untitled))})",
                        untitled,
                    )
                    if untitled
                    else ()
                )
            }
            for seq, entry_id, day, _, kind, visibility, starred, title in rows:
                yield Headline(
                    entry_id,
                    dt.date.fromisoformat(day),
                    Kind(kind),
                    Visibility(visibility),
                    bool(starred),
                    texts[seq] if seq in texts else title.strip(),
                    tags.get(seq, []),
                )
            if len(rows) < page_size:
                return
            after = [rows[-1][2], rows[-1][3], rows[-1][0]]

    def days_with_entries(self, date_from: dt.date, date_to: dt.date) -> dict[dt.date, int]:
        """How many entries each day in the range has (days without entries are left out)."""
        return {
            dt.date.fromisoformat(day): n
            for day, n in self.db.execute(
                "SELECT day, count(*) FROM entries WHERE trashed = 0 AND day BETWEEN ? AND ? "
                "GROUP BY day",
                [date_from.isoformat(), date_to.isoformat()],
            )
        }

    def count(self, filters: Filters | None = None) -> int:
        where, params = self._where(filters or Filters())
        return self.db.execute(
            f"SELECT count(*) FROM entries e WHERE {' AND '.join(where)}", params
        ).fetchone()[0]

    def search(
        self, query: str, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        """Entries matching ``query`` best first, each with a highlighted snippet.

        The snippet marks matches with ``HL_START``/``HL_END``. ``offset`` skips that
        many of the best hits (the list asks for more as it scrolls).

        Ranking is bounded: when more than ``RANK_WINDOW`` entries match (a word in
        most entries, like "the" or "och"), the ``RANK_WINDOW`` most recently written
        of them are ranked, and the older matches follow them, newest first. Every
        match is still returned when the limit allows; ranking all 100,000 matches of
        "the" took 0.3 s, and a word that common says little about relevance anyway.
        """
        match = fts_query(query)
        if not match:
            raise InvalidInput(msg("Type a word to search for."))
        if limit < 1:
            raise InvalidInput("The limit must be at least 1.")
        where, params = self._where(filters or Filters())
        wanted = max(offset, 0) + limit
        # Newest first is the order FTS5 can stream and stop early; bm25 is computed
        # only for the rows fetched.
        rows = self._matches(match, where, params, max(wanted, RANK_WINDOW))
        ranked = sorted(rows[:RANK_WINDOW], key=lambda row: row[1]) + rows[RANK_WINDOW:]
        page = ranked[max(offset, 0) : wanted]
        hits: list[SearchHit] = []
        # Snippets (which re-read and re-tokenize each text) only for the rows returned.
        # The matches are walked once over the rows' range and the snippet made only
        # for the wanted ones: `rowid IN (...)` looked each row up on its own, and for
        # a prefix (`timm*`) every lookup gathered all the words it stands for again
        # (50 rows: 25-90 ms, now 1-5 ms).
        for start in range(0, len(page), 500):
            chunk = page[start : start + 500]
            seqs = [seq for seq, _ in chunk]
            wanted = set(seqs)
            snippets = {
                seq: snippet
                for seq, snippet in self.db.execute(
                    f"SELECT rowid, CASE WHEN rowid IN ({','.join('?' * len(seqs))}) "
                    "THEN snippet(entries_fts, -1, ?, ?, '…', 16) END FROM entries_fts "
                    "WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?",
                    [*seqs, HL_START, HL_END, match, min(seqs), max(seqs)],
                )
                if seq in wanted
            }
            entries = self._entries_by_seq(seqs)
            hits += [
                SearchHit(entry, snippets.get(seq, ""), score)
                for entry, (seq, score) in zip(entries, chunk, strict=True)
            ]
        return hits

    def _matches(
        self, match: str, where: list[str], params: list[Any], limit: int
    ) -> list[tuple[int, float]]:
        """The newest ``limit`` matches that pass the filters, as (seq, bm25) pairs."""
        if where == ["e.trashed = ?"] and params == [0]:
            # No filter but "not in the trash" (search as you type): the few entries in
            # the trash are left out afterwards, instead of reading each match's large
            # entry row to see whether it is (2,000 rows: 5-15 ms of the 15-30 ms).
            trashed = {
                seq
                for (seq,) in self.db.execute(
                    "SELECT seq FROM entries WHERE trashed = 1 LIMIT ?", [TRASH_SET_MAX + 1]
                )
            }
            if len(trashed) <= TRASH_SET_MAX:
                rows = self.db.execute(
                    "SELECT rowid, bm25(entries_fts, 5.0, 1.0, 1.0) FROM entries_fts "
                    "WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                    [match, limit + len(trashed)],
                ).fetchall()
                return [row for row in rows if row[0] not in trashed][:limit]
        return self.db.execute(
            "SELECT e.seq, bm25(entries_fts, 5.0, 1.0, 1.0) "
            "FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid "
            f"WHERE entries_fts MATCH ? AND {' AND '.join(where)} "
            "ORDER BY entries_fts.rowid DESC LIMIT ?",
            [match, *params, limit],
        ).fetchall()

    def _where(self, f: Filters) -> tuple[list[str], list[Any]]:
        where = ["e.trashed = ?"]
        params: list[Any] = [1 if f.trash else 0]
        if f.kind is not None:
            where.append("e.kind = ?")
            params.append(_enum(Kind, f.kind, "kind").value)
        if f.visibility is not None:
            where.append("e.visibility = ?")
            params.append(_enum(Visibility, f.visibility, "visibility").value)
        if f.starred is not None:
            where.append("e.starred = ?")
            params.append(1 if f.starred else 0)
        if f.source is not None:
            where.append("e.source = ?")
            params.append(_enum(Source, f.source, "learning source").value)
        if f.date_from is not None:
            where.append("e.day >= ?")
            params.append(parse_day(f.date_from).isoformat())
        if f.date_to is not None:
            where.append("e.day <= ?")
            params.append(parse_day(f.date_to).isoformat())
        if f.on_this_day is not None:
            where.append("substr(e.day, 6, 5) = ? AND e.day < ?")
            params += [f.on_this_day.strftime("%m-%d"), f"{f.on_this_day.year:04d}-01-01"]
        for what, value in (("tag", f.tag), ("skill", f.skill)):
            if value is not None:
                # The tag's id looked up once (keys are unique), not once per entry.
                where.append(
                    f"EXISTS (SELECT 1 FROM entry_{what}s l WHERE l.entry = e.seq "
                    f"AND l.{what} = (SELECT id FROM {what}s WHERE key = ?))"
                )
                params.append(_name(value, what).casefold())
        if f.person is not None:
            clause = (
                "EXISTS (SELECT 1 FROM entry_people l JOIN people p ON p.id = l.person "
                "WHERE l.entry = e.seq AND p.key = ?"
            )
            params.append(_name(f.person, "person").casefold())
            if f.relation is not None:
                clause += " AND l.relation = ?"
                params.append(_enum(Relation, f.relation, "relation").value)
            where.append(clause + ")")
        elif f.relation is not None:
            where.append(
                "EXISTS (SELECT 1 FROM entry_people l WHERE l.entry = e.seq AND l.relation = ?)"
            )
            params.append(_enum(Relation, f.relation, "relation").value)
        if f.goal is not None:
            where.append(
                "EXISTS (SELECT 1 FROM entry_goals l WHERE l.entry = e.seq AND l.goal = ?)"
            )
            params.append(self._goal_seq(f.goal))
        return where, params

    def _entries_by_seq(self, seqs: list[int]) -> list[Entry]:
        """Whole entries (with their links) for the given rows, in the given order."""
        if not seqs:
            return []
        marks = ",".join("?" * len(seqs))
        rows = {
            row[0]: row
            for row in self.db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE seq IN ({marks})", seqs
            )
        }
        tags = self._linked_names("tag", marks, seqs)
        skills = self._linked_names("skill", marks, seqs)
        people: dict[int, list[PersonLink]] = {}
        for entry, name, relation, role, department in self.db.execute(
            "SELECT l.entry, p.name, l.relation, p.role, p.department FROM entry_people l "
            f"JOIN people p ON p.id = l.person WHERE l.entry IN ({marks}) "
            "ORDER BY l.entry, l.position",
            seqs,
        ):
            people.setdefault(entry, []).append(
                PersonLink(name, Relation(relation), role, department)
            )
        goals: dict[int, list[str]] = {}
        for entry, goal in self.db.execute(
            f"SELECT l.entry, g.id FROM entry_goals l JOIN goals g ON g.seq = l.goal "
            f"WHERE l.entry IN ({marks}) ORDER BY l.entry, g.seq",
            seqs,
        ):
            goals.setdefault(entry, []).append(goal)
        result = []
        for seq in seqs:
            (
                _,
                entry_id,
                created,
                updated,
                day,
                kind,
                template,
                title,
                body,
                sections,
                mood,
                source,
                visibility,
                starred,
                deleted,
                revision,
            ) = rows[seq]
            result.append(
                Entry(
                    id=entry_id,
                    created=created,
                    updated=updated,
                    day=dt.date.fromisoformat(day),
                    kind=Kind(kind),
                    template=template,
                    title=title,
                    body=body,
                    sections=json.loads(sections),
                    tags=tags.get(seq, []),
                    skills=skills.get(seq, []),
                    people=people.get(seq, []),
                    goals=goals.get(seq, []),
                    source=Source(source) if source else None,
                    mood=mood,
                    visibility=Visibility(visibility),
                    starred=bool(starred),
                    deleted=deleted,
                    revision=revision,
                )
            )
        return result

    def _linked_names(self, what: str, marks: str, seqs: list[int]) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        for entry, name in self.db.execute(
            f"SELECT l.entry, t.name FROM entry_{what}s l JOIN {what}s t ON t.id = l.{what} "
            f"WHERE l.entry IN ({marks}) ORDER BY l.entry, l.position",
            seqs,
        ):
            result.setdefault(entry, []).append(name)
        return result

    def _seq_or_none(self, entry_id: str) -> int | None:
        row = self.db.execute("SELECT seq FROM entries WHERE id = ?", [entry_id]).fetchone()
        return row[0] if row else None

    def _seq(self, entry_id: str) -> int:
        entry_id = str(entry_id).strip().lower()
        seq = self._seq_or_none(entry_id)
        if seq is not None:
            return seq
        if len(entry_id) < MIN_ID_PREFIX or not re.fullmatch(r"[0-9a-f-]+", entry_id):
            raise NotFound(
                f"There is no entry {entry_id!r}. Give its id (at least the first "
                f"{MIN_ID_PREFIX} characters) as shown by `reflekt list`."
            )
        rows = self.db.execute(
            "SELECT seq FROM entries WHERE id >= ? AND id < ? LIMIT 2",
            [entry_id, entry_id + "\uffff"],
        ).fetchall()
        if not rows:
            raise NotFound(
                f"There is no entry with an id starting {entry_id!r}. Check `reflekt list`."
            )
        if len(rows) > 1:
            raise InvalidInput(
                f"More than one entry has an id starting {entry_id!r}. Give more of the id."
            )
        return rows[0][0]

    def _id_of(self, seq: int) -> str:
        return self.db.execute("SELECT id FROM entries WHERE seq = ?", [seq]).fetchone()[0]

    @staticmethod
    def _valid_uuid(value: Any) -> str:
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise InvalidInput(f"{value!r} is not a valid entry id (a UUID).") from None

    # -- tags, skills, people, kinds --------------------------------------

    def _cached(self, key: str, compute: Any) -> Any:
        """``compute()``, remembered until the journal changes (here or in another program).

        The sidebar and the editor's completions ask for the same counts on every
        refresh and every entry shown; on 100,000 entries each set costs ~0.1 s.
        """
        state = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)
        cache: dict[str, tuple[Any, Any]] = self.__dict__.setdefault("_count_cache", {})
        hit = cache.get(key)
        if hit is not None and hit[0] == state:
            return hit[1]
        value = compute()
        cache[key] = (state, value)
        return value

    def _name_counts(self, what: str) -> list[tuple[str, int]]:
        # Count the links first (index only), leaving out the few entries in the trash,
        # then name the groups: joining every link to its (large) entry row to read
        # `trashed` took 0.3-0.6 s on 100,000 entries.
        return list(
            self._cached(
                what,
                lambda: self.db.execute(
                    f"SELECT t.name, c.n FROM (SELECT {what}, count(*) AS n FROM entry_{what}s "
                    "WHERE entry NOT IN (SELECT seq FROM entries WHERE trashed = 1) "
                    f"GROUP BY {what}) c JOIN {what}s t ON t.id = c.{what} "
                    "ORDER BY c.n DESC, t.key"
                ).fetchall(),
            )
        )

    def tag_counts(self) -> list[tuple[str, int]]:
        """Tags in use, most used first, as (name, number of entries)."""
        return self._name_counts("tag")

    def skill_counts(self) -> list[tuple[str, int]]:
        """Skills in use, most used first, as (name, number of entries)."""
        return self._name_counts("skill")

    def people(self) -> list[Person]:
        """People named in entries (not in the trash), most mentioned first."""
        return list(
            self._cached(
                "people",
                lambda: [
                    Person(name, role, department, count)
                    for name, role, department, count in self.db.execute(
                        "SELECT p.name, p.role, p.department, c.n FROM (SELECT person, "
                        "count(*) AS n FROM entry_people WHERE entry NOT IN "
                        "(SELECT seq FROM entries WHERE trashed = 1) GROUP BY person) c "
                        "JOIN people p ON p.id = c.person ORDER BY c.n DESC, p.key"
                    )
                ],
            )
        )

    def kind_counts(self) -> dict[Kind, int]:
        return {
            Kind(kind): count
            for kind, count in self.db.execute(
                "SELECT kind, count(*) FROM entries WHERE trashed = 0 GROUP BY kind "
                "ORDER BY count(*) DESC"
            )
        }

    def person(self, name: str) -> Person:
        row = self.db.execute(
            "SELECT p.name, p.role, p.department, "
            "(SELECT count(*) FROM entry_people l JOIN entries e ON e.seq = l.entry "
            " WHERE l.person = p.id AND e.trashed = 0) "
            "FROM people p WHERE p.key = ?",
            [_name(name, "person").casefold()],
        ).fetchone()
        if row is None:
            raise NotFound(msg("No one called {name} is named in this journal.", name=repr(name)))
        return Person(*row)

    def known_people(self) -> list[Person]:
        """Every person the journal knows, linked to an entry or not (the privacy rule
        redacts all of them, issue #13), longest name first."""
        return [
            Person(name, role, department)
            for name, role, department in self.db.execute(
                "SELECT name, role, department FROM people ORDER BY length(name) DESC, key"
            )
        ]

    def set_person(
        self, name: str, *, role: str | None = None, department: str | None = None
    ) -> Person:
        """Create a person or change their role and department."""
        name = _name(name, "person")
        if not name:
            raise InvalidInput(msg("A person needs a name."))
        with self.db.atomic():
            person = self._name_id("people", name)
            self._update_person(
                person,
                None if role is None else _name(role, "role"),
                None if department is None else _name(department, "department"),
            )
        return self.person(name)

    def _update_person(self, person: int, role: str | None, department: str | None) -> None:
        if role is not None:
            self.db.execute("UPDATE people SET role = ? WHERE id = ?", [role, person])
        if department is not None:
            self.db.execute("UPDATE people SET department = ? WHERE id = ?", [department, person])

    # -- goals -------------------------------------------------------------

    def add_goal(
        self,
        title: str,
        *,
        description: str = "",
        target_date: dt.date | str | None = None,
        status: GoalStatus | str = GoalStatus.ACTIVE,
        id: str | None = None,
        created: str | None = None,
        updated: str | None = None,
    ) -> Goal:
        title = _title(title, "goal title").strip()
        if not title:
            raise InvalidInput(
                msg("A goal needs a title, for example 'Get better at giving feedback'.")
            )
        goal_id = self._valid_uuid(id) if id else str(uuid.uuid4())
        stamp = _timestamp(created, "created") if created else now_iso()
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone():
                raise InvalidInput(f"A goal with id {goal_id} is already in this journal.")
            self.db.execute(
                "INSERT INTO goals (id, title, description, target_date, status, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    goal_id,
                    title,
                    _text(description, "goal description"),
                    parse_day(target_date, "target date").isoformat() if target_date else None,
                    _enum(GoalStatus, status, "goal status").value,
                    stamp,
                    _timestamp(updated, "updated") if updated else stamp,
                ],
            )
        return self.get_goal(goal_id)

    def update_goal(self, goal_id: str, **changes: Any) -> Goal:
        unknown = set(changes) - GOAL_FIELDS
        if unknown:
            raise InvalidInput(f"Goals have no field {sorted(unknown)[0]!r}.")
        row: dict[str, Any] = {}
        if "title" in changes:
            row["title"] = _title(changes["title"], "goal title").strip()
            if not row["title"]:
                raise InvalidInput(msg("A goal needs a title."))
        if "description" in changes:
            row["description"] = _text(changes["description"], "goal description")
        if "target_date" in changes:
            target = changes["target_date"]
            row["target_date"] = parse_day(target, "target date").isoformat() if target else None
        if "status" in changes:
            row["status"] = _enum(GoalStatus, changes["status"], "goal status").value
        with self.db.atomic():
            seq = self._goal_seq(goal_id)
            if row:
                row["updated"] = now_iso()
                assignments = ", ".join(f"{column} = ?" for column in row)
                self.db.execute(
                    f"UPDATE goals SET {assignments} WHERE seq = ?", [*row.values(), seq]
                )
        return self.get_goal(goal_id)

    def delete_goal(self, goal_id: str) -> None:
        """Remove a goal; its linked entries stay, unlinked."""
        with self.db.atomic():
            self.db.execute("DELETE FROM goals WHERE seq = ?", [self._goal_seq(goal_id)])

    def get_goal(self, goal_id: str) -> Goal:
        seq = self._goal_seq(goal_id)
        return self._goals("WHERE g.seq = ?", [seq])[0]

    def goals(self, status: GoalStatus | str | None = None) -> list[Goal]:
        """Goals, active first then by target date."""
        if status is None:
            return self._goals("", [])
        return self._goals("WHERE g.status = ?", [_enum(GoalStatus, status, "goal status").value])

    def _goals(self, where: str, params: list[Any]) -> list[Goal]:
        rows = self.db.execute(
            "SELECT g.id, g.title, g.description, g.target_date, g.status, g.created, "
            "g.updated, (SELECT count(*) FROM entry_goals l JOIN entries e ON e.seq = l.entry "
            " WHERE l.goal = g.seq AND e.trashed = 0) "
            f"FROM goals g {where} "
            "ORDER BY g.status != 'active', g.target_date IS NULL, g.target_date, g.seq",
            params,
        )
        return [
            Goal(
                id=goal_id,
                title=title,
                description=description,
                target_date=dt.date.fromisoformat(target) if target else None,
                status=GoalStatus(status),
                created=created,
                updated=updated,
                entry_count=count,
            )
            for goal_id, title, description, target, status, created, updated, count in rows
        ]

    def link_goal(self, entry_id: str, goal_id: str) -> None:
        """Make an entry evidence for a goal (a change of the entry: raises its revision)."""
        with self.db.atomic():
            seq = self._seq(entry_id)
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO entry_goals (entry, goal) VALUES (?, ?)",
                [seq, self._goal_seq(goal_id)],
            )
            self._touch(seq, cursor.rowcount)

    def unlink_goal(self, entry_id: str, goal_id: str) -> None:
        with self.db.atomic():
            seq = self._seq(entry_id)
            cursor = self.db.execute(
                "DELETE FROM entry_goals WHERE entry = ? AND goal = ?",
                [seq, self._goal_seq(goal_id)],
            )
            self._touch(seq, cursor.rowcount)

    def _touch(self, seq: int, changed: int) -> None:
        """A link of the entry changed: raise its revision, so that a copy made before
        (the app's editor) cannot write its older goal list over the change."""
        if changed:
            self.db.execute(
                "UPDATE entries SET revision = revision + 1, updated = ? WHERE seq = ?",
                [now_iso(), seq],
            )

    def _goal_seq(self, goal_id: str) -> int:
        goal_id = str(goal_id).strip().lower()
        row = self.db.execute("SELECT seq FROM goals WHERE id = ?", [goal_id]).fetchone()
        if row is None and len(goal_id) >= MIN_ID_PREFIX:
            rows = self.db.execute(
                "SELECT seq FROM goals WHERE id >= ? AND id < ? LIMIT 2",
                [goal_id, goal_id + "\uffff"],
            ).fetchall()
            if len(rows) > 1:
                raise InvalidInput(
                    f"More than one goal has an id starting {goal_id!r}. Give more of it."
                )
            row = rows[0] if rows else None
        if row is None:
            raise NotFound(
                f"There is no goal {goal_id!r}. See `reflekt goals` for the goals there are."
            )
        return row[0]

    def _goal_id(self, goal_id: str) -> str:
        seq = self._goal_seq(goal_id)
        return self.db.execute("SELECT id FROM goals WHERE seq = ?", [seq]).fetchone()[0]

    # -- drafts: typed text waiting for a choice ----------------------------

    def save_draft(
        self, entry_id: str, values: Mapping[str, Any], base_revision: int | None
    ) -> None:
        """Keep the editor's fields for ``entry_id`` (which may be gone by now) until
        ``discard_draft``; ``base_revision`` is the revision they were made from."""
        from reflekt.core import drafts
        from reflekt.core.storage import drafts as stored

        entry_id = str(entry_id).strip().lower()
        if _uuid_or_none(entry_id) != entry_id:
            raise InvalidInput(f"A draft needs an entry's whole id, not {entry_id!r}.")
        stored.put(self.db, entry_id, base_revision, now_iso(), drafts.to_json(values))

    def drafts(self) -> list[Draft]:
        """The kept drafts (``core.drafts.Draft``), oldest first; unreadable rows skipped."""
        from reflekt.core import drafts
        from reflekt.core.storage import drafts as stored

        kept = []
        for entry_id, base_revision, saved, fields in stored.rows(self.db):
            values = drafts.from_json(fields)
            if values is not None:
                kept.append(drafts.Draft(entry_id, base_revision, saved, values))
        return kept

    def discard_draft(self, entry_id: str) -> None:
        from reflekt.core.storage import drafts as stored

        stored.drop(self.db, str(entry_id).strip().lower())

    # -- settings stored in the journal -----------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # -- upkeep ------------------------------------------------------------

    def optimize(self) -> None:
        """Let SQLite refresh its statistics after bulk changes."""
        self.db.execute("PRAGMA optimize")

    def data_version(self) -> int:
        """Changes when another connection (e.g. the CLI) has written the journal."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    # =====================================================================
    # Sharing (issue #4): share log, team library, imports, lossless backup.
    # Kept together here so that merging with other work on the facade is easy.
    # =====================================================================

    # -- share log ----------------------------------------------------------

    def record_share(
        self,
        format: str,
        path: str,
        entry_ids: Iterable[str],
        *,
        people: str = "none",
        audience: str = "",
        note: str = "",
        at: str | None = None,
    ) -> ShareRecord:
        """Note in the share log that ``entry_ids`` left the machine."""
        ids = [str(entry_id) for entry_id in entry_ids]
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO share_log (at, format, path, entries, people, audience, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    _timestamp(at, "share") if at else now_iso(),
                    _name(format, "format"),
                    _text(path, "path"),
                    json.dumps(ids),
                    _name(people, "people choice"),
                    _text(audience, "audience"),
                    _text(note, "note"),
                ],
            )
        record_id = cursor.lastrowid
        assert record_id is not None
        return self._shares("WHERE id = ?", [record_id])[0]

    def shares(self, limit: int | None = None) -> list[ShareRecord]:
        """The share log, newest first."""
        if limit is not None and limit < 1:
            raise InvalidInput("The limit must be at least 1.")
        return self._shares("", [], limit)

    def _shares(self, where: str, params: list[Any], limit: int | None = None) -> list[ShareRecord]:
        rows = self.db.execute(
            "SELECT id, at, format, path, entries, people, audience, note FROM share_log "
            f"{where} ORDER BY at DESC, id DESC" + (" LIMIT ?" if limit else ""),
            [*params, *([limit] if limit else [])],
        )
        return [
            ShareRecord(rid, at, fmt, path, tuple(json.loads(entries)), people, audience, note)
            for rid, at, fmt, path, entries, people, audience, note in rows
        ]

    # -- team library ---------------------------------------------------------

    _TEAM_COLUMNS = (
        "seq, author_key, author_name, author_team, entry_id, revision, day, kind, title, "
        "body, sections, tags, skills, source, people, source_file, imported"
    )

    def apply_team_bundle(
        self,
        author: Mapping[str, Any],
        exported: str,
        entries: Sequence[Mapping[str, Any]],
        *,
        source_file: str = "",
        public_key: str | None = None,
        revision: int | None = None,
    ) -> TeamUpdate:
        """Make one author's team lessons what their bundle says, in one transaction.

        A newer revision replaces an older one; an entry missing from the bundle was
        withdrawn and disappears; a bundle older than the one already applied for
        that author changes nothing (a stale copy must not bring withdrawn lessons back).

        ``public_key`` is the key whose signature the caller has verified (None for an
        unsigned bundle) and ``revision`` the author's publish counter. The first signed
        bundle pins its author's key; after that a bundle with another key, or none, is
        refused, and "older" is decided by the counter, not by the export time.
        """
        author_key = _name(str(author.get("id", "")), "author id")
        author_name = _name(author.get("name") or "", "author name")
        author_team = _name(author.get("team") or "", "team")
        if not author_key or not author_name:
            raise InvalidInput("A shared lesson needs an author with an id and a name.")
        exported = _timestamp(exported, "export")
        rows = [self._team_row(entry) for entry in entries]
        ids = [row["entry_id"] for row in rows]
        if len(set(ids)) != len(ids):
            twice = next(i for i in ids if ids.count(i) > 1)
            raise InvalidInput(f"The entry {twice} appears twice in {author_name}'s bundle.")
        stamp = now_iso()
        added = updated = unchanged = kept = 0
        with self.db.atomic():
            pin = self.check_team_key(author_key, public_key)
            if pin is not None:
                if revision is None or revision < pin[1]:
                    return TeamUpdate(author_name, stale=True)
                self.db.execute(
                    "UPDATE team_keys SET revision = ? WHERE author_key = ?",
                    [revision, author_key],
                )
            elif public_key is not None:
                self.db.execute(
                    "INSERT INTO team_keys (author_key, public_key, pinned, revision) "
                    "VALUES (?, ?, ?, ?)",
                    [author_key, public_key, now_iso(), revision or 0],
                )
            else:
                last = self.db.execute(
                    "SELECT exported FROM team_authors WHERE key = ?", [author_key]
                ).fetchone()
                if last and dt.datetime.fromisoformat(exported) < dt.datetime.fromisoformat(
                    last[0]
                ):
                    return TeamUpdate(author_name, stale=True)
            have = {
                entry_id: (seq, revision)
                for seq, entry_id, revision in self.db.execute(
                    "SELECT seq, entry_id, revision FROM team_lessons WHERE author_key = ?",
                    [author_key],
                )
            }
            for row in rows:
                row.update(
                    author_key=author_key,
                    author_name=author_name,
                    author_team=author_team,
                    source_file=_text(source_file, "file name"),
                    imported=stamp,
                )
                old = have.get(row["entry_id"])
                if old is None:
                    self.db.execute(
                        f"INSERT INTO team_lessons ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' * len(row))})",
                        list(row.values()),
                    )
                    added += 1
                elif row["revision"] > old[1]:
                    assignments = ", ".join(f"{column} = ?" for column in row)
                    self.db.execute(
                        f"UPDATE team_lessons SET {assignments} WHERE seq = ?",
                        [*row.values(), old[0]],
                    )
                    updated += 1
                elif row["revision"] == old[1]:
                    unchanged += 1
                else:
                    kept += 1
            gone = [have[i][0] for i in have if i not in set(ids)]
            for seq in gone:
                self.db.execute("DELETE FROM team_lessons WHERE seq = ?", [seq])
            # A renamed author (or team) shows under the new name everywhere.
            self.db.execute(
                "UPDATE team_lessons SET author_name = ?, author_team = ? WHERE author_key = ?",
                [author_name, author_team, author_key],
            )
            self.db.execute(
                "INSERT INTO team_authors (key, name, team, exported, source_file, scanned) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "name = excluded.name, team = excluded.team, exported = excluded.exported, "
                "source_file = excluded.source_file, scanned = excluded.scanned",
                [author_key, author_name, author_team, exported, source_file, stamp],
            )
        return TeamUpdate(author_name, added, updated, len(gone), unchanged, kept)

    def _team_row(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        """A bundle entry as a team_lessons row, checked like any other input."""
        revision = entry.get("revision", 1)
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            raise InvalidInput(f"Revision must be a whole number of at least 1, not {revision!r}.")
        sections = [
            {
                "key": _name(s.get("key") or "", "section key"),
                "label": _name(s.get("label") or "", "section label"),
                "text": _text(s.get("text"), "section text"),
            }
            for s in entry.get("sections") or []
        ]
        tags = _names(entry.get("tags") or [], "tag")
        skills = _names(entry.get("skills") or [], "skill")
        people = [
            {
                "description": _name(p.get("description") or "", "person description"),
                "relation": _enum(Relation, p.get("relation") or "with", "relation").value,
                "name": _name(p.get("name") or "", "person"),
            }
            for p in entry.get("people") or []
        ]
        source = entry.get("source")
        return {
            "entry_id": self._valid_uuid(entry.get("id")),
            "revision": revision,
            "day": parse_day(entry.get("day")).isoformat(),
            "kind": _enum(Kind, entry.get("kind") or "reflection", "kind").value,
            "title": _title(entry.get("title")),
            "body": _text(entry.get("body"), "text"),
            "sections": json.dumps(sections, ensure_ascii=False),
            "sections_text": "\n\n".join(s["text"] for s in sections),
            "tags": json.dumps(tags, ensure_ascii=False),
            "tag_keys": json.dumps([t.casefold() for t in tags], ensure_ascii=False),
            "skills": json.dumps(skills, ensure_ascii=False),
            "skill_keys": json.dumps([s.casefold() for s in skills], ensure_ascii=False),
            "source": _enum(Source, source, "learning source").value if source else None,
            "people": json.dumps(people, ensure_ascii=False),
        }

    def _team_where(
        self, author: str | None, tag: str | None, skill: str | None
    ) -> tuple[list[str], list[Any]]:
        where = ["1"]
        params: list[Any] = []
        if author:
            # By the author's id, or by their name as shown in the library.
            where.append("(t.author_key = ? OR lower(t.author_name) = lower(?))")
            params += [author, " ".join(author.split())]
        for what, value in (("tag", tag), ("skill", skill)):
            if value:
                where.append(f"EXISTS (SELECT 1 FROM json_each(t.{what}_keys) WHERE value = ?)")
                params.append(_name(value, what).casefold())
        return where, params

    def team_lessons(
        self,
        *,
        author: str | None = None,
        tag: str | None = None,
        skill: str | None = None,
        limit: int | None = None,
    ) -> list[TeamLesson]:
        """Colleagues' shared lessons, newest day first, optionally narrowed."""
        where, params = self._team_where(author, tag, skill)
        rows = self.db.execute(
            f"SELECT {self._TEAM_COLUMNS} FROM team_lessons t WHERE {' AND '.join(where)} "
            "ORDER BY t.day DESC, t.seq DESC" + (" LIMIT ?" if limit else ""),
            [*params, *([limit] if limit else [])],
        )
        return [self._team_lesson(row) for row in rows]

    def search_team_lessons(
        self,
        query: str,
        *,
        author: str | None = None,
        tag: str | None = None,
        skill: str | None = None,
        limit: int = 50,
    ) -> list[TeamHit]:
        """Team lessons matching ``query``, best first, with highlighted snippets."""
        match = fts_query(query)
        if not match:
            raise InvalidInput(msg("Type a word to search for."))
        where, params = self._team_where(author, tag, skill)
        rows = self.db.execute(
            "SELECT snippet(team_lessons_fts, -1, ?, ?, '…', 16), "
            "bm25(team_lessons_fts, 5.0, 1.0, 1.0) AS score, "
            + ", ".join(f"t.{c.strip()}" for c in self._TEAM_COLUMNS.split(","))
            + " FROM team_lessons_fts JOIN team_lessons t ON t.seq = team_lessons_fts.rowid "
            f"WHERE team_lessons_fts MATCH ? AND {' AND '.join(where)} ORDER BY score LIMIT ?",
            [HL_START, HL_END, match, *params, limit],
        )
        return [TeamHit(self._team_lesson(row[2:]), row[0], row[1]) for row in rows]

    def team_lesson_count(self, *, author: str | None = None) -> int:
        where, params = self._team_where(author, None, None)
        return self.db.execute(
            f"SELECT count(*) FROM team_lessons t WHERE {' AND '.join(where)}", params
        ).fetchone()[0]

    def get_team_lesson(self, seq: int) -> TeamLesson:
        row = self.db.execute(
            f"SELECT {self._TEAM_COLUMNS} FROM team_lessons t WHERE seq = ?", [seq]
        ).fetchone()
        if row is None:
            raise NotFound("That team lesson is no longer in the library (its author withdrew it).")
        return self._team_lesson(row)

    def team_authors(self) -> list[dict[str, Any]]:
        """Authors in the team library with their newest applied bundle and lesson count.

        ``fingerprint`` is the short form of the key their bundles are signed with
        (pinned the first time), or "" when their bundles are unsigned (unverified).
        """
        return [
            {
                "id": key,
                "name": name,
                "team": team,
                "exported": exported,
                "source_file": source_file,
                "lessons": count,
                "verified": public_key is not None,
                "fingerprint": key_fingerprint(public_key) if public_key else "",
                "revision": revision,
            }
            for key, name, team, exported, source_file, count, public_key, revision in (
                self.db.execute(
                    "SELECT a.key, a.name, a.team, a.exported, a.source_file, "
                    "(SELECT count(*) FROM team_lessons t WHERE t.author_key = a.key), "
                    "k.public_key, k.revision "
                    "FROM team_authors a LEFT JOIN team_keys k ON k.author_key = a.key "
                    "ORDER BY lower(a.name), a.key"
                )
            )
        ]

    def forget_team_author(self, author_key: str, *, key: bool = False) -> int:
        """Remove an author's lessons; returns how many.

        When their file left the team folder the pinned key stays (an old copy of their
        bundle must not come back as theirs); ``key=True`` forgets it too, for a
        colleague who now signs with a new key, and lets the next sync read their
        files afresh.
        """
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM team_lessons WHERE author_key = ?", [author_key])
            self.db.execute("DELETE FROM team_authors WHERE key = ?", [author_key])
            if key:
                self.db.execute("DELETE FROM team_keys WHERE author_key = ?", [author_key])
                self.db.execute("DELETE FROM team_files WHERE author_key = ?", [author_key])
        return cursor.rowcount

    def find_team_author(self, who: str) -> tuple[str, str] | None:
        """The (id, name) of the team-library author ``who`` names: their id (or the
        start of it, at least 4 characters) or their name as shown; None if nobody."""
        who = " ".join(str(who).split())
        if not who:
            return None
        rows = self.db.execute(
            "SELECT key, name FROM team_authors WHERE key = lower(?) OR lower(name) = lower(?) "
            "UNION SELECT author_key, '' FROM team_keys WHERE author_key = lower(?)",
            [who, who, who],
        ).fetchall()
        if not rows and len(who) >= MIN_ID_PREFIX:
            rows = self.db.execute(
                "SELECT key, name FROM team_authors WHERE key LIKE ? ESCAPE '\\'",
                [who.lower().replace("%", "\\%").replace("_", "\\_") + "%"],
            ).fetchall()
        named = {key: name for key, name in rows if name} or dict(rows)
        if len(named) > 1:
            raise InvalidInput(
                msg(
                    "{who} could mean more than one colleague. Give their id instead: {ids}.",
                    who=who,
                    ids=", ".join(sorted(named)),
                )
            )
        return next(iter(named.items()), None)

    def pinned_team_key(self, author_key: str) -> str | None:
        """The key a colleague's bundles must be signed with (pinned the first time)."""
        row = self.db.execute(
            "SELECT public_key FROM team_keys WHERE author_key = ?", [author_key]
        ).fetchone()
        return row[0] if row else None

    def check_team_key(self, author_key: str, public_key: str | None) -> tuple[str, int] | None:
        """The author's pinned (key, revision), after refusing (``FileRejected``) a bundle
        that does not carry that key; None when no key is pinned for them yet."""
        pin = self.db.execute(
            "SELECT public_key, revision FROM team_keys WHERE author_key = ?", [author_key]
        ).fetchone()
        if pin is None or pin[0] == public_key:
            return pin
        row = self.db.execute(
            "SELECT name FROM team_authors WHERE key = ?", [author_key]
        ).fetchone()
        name = row[0] if row else author_key
        if public_key is None:
            raise FileRejected(
                msg(
                    "is not signed, but {name}'s bundles are signed with the key {fingerprint}. "
                    "It was not read: it may not come from {name}.",
                    name=name,
                    fingerprint=key_fingerprint(pin[0]),
                )
            )
        raise FileRejected(
            msg(
                "claims to be from {name} but is signed with another key ({other}, not "
                "{fingerprint}). It was not read. If {name} really has a new key, forget "
                "{name} in the team library and sync again.",
                name=name,
                other=key_fingerprint(public_key),
                fingerprint=key_fingerprint(pin[0]),
            )
        )

    # -- what the team-folder scan remembers of each file ------------------------

    def team_files(self) -> dict[str, tuple[int, int, str, str, str, str]]:
        """Each file the scans have checked: path → (size, mtime_ns, sha256, author, problem,
        when it was checked)."""
        return {
            path: (size, mtime_ns, sha256, author_key, problem, checked)
            for path, size, mtime_ns, sha256, author_key, problem, checked in self.db.execute(
                "SELECT path, size, mtime_ns, sha256, author_key, problem, checked FROM team_files"
            )
        }

    def note_team_file(
        self,
        path: str,
        *,
        size: int,
        mtime_ns: int,
        sha256: str,
        author_key: str = "",
        problem: str = "",
    ) -> None:
        """Remember what a scan learned of one file, so it is not parsed again unchanged."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO team_files (path, size, mtime_ns, sha256, author_key, problem, "
                "checked) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
                "size = excluded.size, mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, "
                "author_key = excluded.author_key, problem = excluded.problem, "
                "checked = excluded.checked",
                [path, size, mtime_ns, sha256, author_key, problem, now_iso()],
            )

    def drop_team_files(self, paths: Iterable[str]) -> None:
        """Forget what the scans knew of these files (gone, or to be read afresh)."""
        with self.db.atomic():
            for path in paths:
                self.db.execute("DELETE FROM team_files WHERE path = ?", [path])

    @staticmethod
    def _team_lesson(row: Sequence[Any]) -> TeamLesson:
        (
            seq,
            author_key,
            author_name,
            author_team,
            entry_id,
            revision,
            day,
            kind,
            title,
            body,
            sections,
            tags,
            skills,
            source,
            people,
            source_file,
            imported,
        ) = row
        return TeamLesson(
            seq=seq,
            author_key=author_key,
            author_name=author_name,
            author_team=author_team,
            entry_id=entry_id,
            revision=revision,
            day=dt.date.fromisoformat(day),
            kind=Kind(kind),
            title=title,
            body=body,
            sections=tuple(SharedSection(**s) for s in json.loads(sections)),
            tags=tuple(json.loads(tags)),
            skills=tuple(json.loads(skills)),
            source=Source(source) if source else None,
            people=tuple(
                SharedPerson(
                    description=p["description"],
                    relation=Relation(p["relation"]),
                    name=p.get("name", ""),
                )
                for p in json.loads(people)
            ),
            source_file=source_file,
            imported=imported,
        )

    def link_team_lesson(self, entry_id: str, lesson_seq: int) -> None:
        """Record that an entry of one's own was learned from a colleague's team lesson.

        The link names the lesson by its author and entry id, so it survives the
        author publishing a newer revision.
        """
        lesson = self.get_team_lesson(lesson_seq)
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO entry_team_lessons (entry, author_key, lesson_id) "
                "VALUES (?, ?, ?)",
                [self._seq(entry_id), lesson.author_key, lesson.entry_id],
            )

    def team_lessons_used(
        self, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[dict[str, Any]]:
        """Team lessons one's own entries (not in the trash) credit, with their authors."""
        where, params = ["e.trashed = 0"], []
        if date_from is not None:
            where.append("e.day >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            where.append("e.day <= ?")
            params.append(date_to.isoformat())
        return [
            {"entry": entry_id, "author_key": key, "lesson_id": lesson, "author": name or ""}
            for entry_id, key, lesson, name in self.db.execute(
                "SELECT e.id, l.author_key, l.lesson_id, a.name FROM entry_team_lessons l "
                "JOIN entries e ON e.seq = l.entry "
                "LEFT JOIN team_authors a ON a.key = l.author_key "
                f"WHERE {' AND '.join(where)} ORDER BY e.day, e.seq",
                params,
            )
        ]

    # -- imports ----------------------------------------------------------------

    def import_entries(
        self,
        items: Sequence[tuple[str | None, Mapping[str, Any]]],
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add imported entries in one transaction: all or nothing, and idempotent.

        Each item is ``(key, values)``: ``key`` names the entry in its source (e.g.
        ``dayone:<uuid>``) so that importing the same file again skips it; ``values``
        takes the keys of ``add``. An entry whose ``id`` is already here is skipped too.
        ``cancelled`` is asked now and then; when it answers True, the import stops
        with ``Cancelled`` and the journal is left exactly as it was.
        """
        added, skipped = self._add_bulk(items, skip_known=True, cancelled=cancelled)
        return ImportResult(added, skipped)

    # -- lossless backup ----------------------------------------------------------

    def backup_data(self) -> dict[str, Any]:
        """Everything in the journal as JSON-ready data (see docs/formats.md)."""
        seqs = [row[0] for row in self.db.execute("SELECT seq FROM entries ORDER BY seq")]
        entries = []
        for start in range(0, len(seqs), 500):
            entries += [entry_to_dict(e) for e in self._entries_by_seq(seqs[start : start + 500])]
        goals = [
            {
                "id": goal_id,
                "title": title,
                "description": description,
                "target_date": target,
                "status": status,
                "created": created,
                "updated": updated,
            }
            for goal_id, title, description, target, status, created, updated in self.db.execute(
                "SELECT id, title, description, target_date, status, created, updated "
                "FROM goals ORDER BY seq"
            )
        ]
        people = [
            {"name": name, "role": role, "department": department}
            for name, role, department in self.db.execute(
                "SELECT name, role, department FROM people ORDER BY id"
            )
        ]
        return {
            "entries": entries,
            "goals": goals,
            "people": people,
            "settings": dict(self.db.execute("SELECT key, value FROM settings ORDER BY key")),
            "share_log": [
                {k: v for k, v in share_record_to_dict(r).items() if k != "id"}
                for r in reversed(self._shares("", []))
            ],
            "team_authors": self._rows("team_authors", "key"),
            "team_lessons": self._rows("team_lessons", "seq", drop=("seq",)),
            "import_keys": [
                {"key": key, "entry": entry_id, "imported": imported}
                for key, entry_id, imported in self.db.execute(
                    "SELECT k.key, e.id, k.imported FROM import_keys k "
                    "JOIN entries e ON e.seq = k.entry ORDER BY k.key"
                )
            ],
            "team_links": [
                {"entry": entry_id, "author": key, "lesson": lesson}
                for entry_id, key, lesson in self.db.execute(
                    "SELECT e.id, l.author_key, l.lesson_id FROM entry_team_lessons l "
                    "JOIN entries e ON e.seq = l.entry ORDER BY e.seq, l.author_key, l.lesson_id"
                )
            ],
        }

    def backup_json(self) -> Iterator[bytes]:
        """``backup_data`` as UTF-8 JSON text, one record a line, in pieces: read in one
        pass per table and one transaction, so memory stays flat (``storage/dump.py``)."""
        from reflekt.core.storage import dump

        yield from dump.journal_json(self.db)

    def _rows(self, table: str, order: str, drop: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
        columns = [d[0] for d in cursor.description]
        return [
            {c: v for c, v in zip(columns, row, strict=True) if c not in drop} for row in cursor
        ]

    def restore_backup(
        self, data: Mapping[str, Any], *, cancelled: Callable[[], bool] | None = None
    ) -> dict[str, int]:
        """Bring back what ``backup_data`` wrote, in one transaction.

        Into an empty journal this reproduces the original exactly. Into a journal
        that already has some of it, what is already here (same ids, same keys,
        same settings) is kept and only what is missing is added. ``cancelled`` works
        as for ``import_entries``: nothing of the backup is kept.
        """
        counts = {"entries": 0, "skipped": 0, "goals": 0, "settings_ignored": 0}
        with self.db.atomic():
            # People follow "only what is missing is added": a role or department the
            # journal already has is never replaced, not by the people list and not by
            # the roles carried on the backup's entry links (put back after them).
            known = {
                pid: (role or None, department or None)
                for pid, role, department in self.db.execute(
                    "SELECT id, role, department FROM people"
                )
            }
            for person in data.get("people", []):
                name = _name(person["name"], "person")
                if name:
                    pid = self._name_id("people", name)
                    role_now, department_now = known.get(pid, (None, None))
                    self._update_person(
                        pid,
                        None if role_now else _name(person.get("role") or "", "role") or None,
                        None
                        if department_now
                        else _name(person.get("department") or "", "department") or None,
                    )
            for goal in data.get("goals", []):
                goal_id = self._valid_uuid(goal["id"])
                if self.db.execute("SELECT 1 FROM goals WHERE id = ?", [goal_id]).fetchone():
                    continue
                self.add_goal(
                    controls.strip(goal["title"]) if isinstance(goal["title"], str) else "",
                    description=goal.get("description") or "",
                    target_date=goal.get("target_date"),
                    status=goal.get("status") or GoalStatus.ACTIVE,
                    id=goal_id,
                    created=goal.get("created"),
                    updated=goal.get("updated"),
                )
                counts["goals"] += 1
            from reflekt.core.storage.dump import ENTRY_KEYS  # the backup's entry keys

            columns = [k for k in ENTRY_KEYS if k != "people"]  # people: with their roles
            items = []
            for entry in data.get("entries", []):
                values = {k: entry[k] for k in columns if k in entry}
                values["people"] = [
                    PersonLink(
                        p["name"],
                        p.get("relation", "with"),
                        p.get("role", ""),
                        p.get("department", ""),
                    )
                    for p in entry.get("people", [])
                ]
                items.append((None, values))
            counts["cleaned"] = clean_imported_titles(items)
            result = self.import_entries(items, cancelled=cancelled)
            counts["entries"], counts["skipped"] = len(result.added), result.skipped
            for pid, (role, department) in known.items():
                if role or department:
                    self._update_person(pid, role, department)
            # Identity (author.*), the team folder, limits and anything not on the short
            # list never come from a file: a crafted backup must not set who you are.
            for key, value in (data.get("settings") or {}).items():
                checked = _restorable_setting(key, value)
                if checked is None:
                    counts["settings_ignored"] += 1
                    continue
                self.db.execute(
                    "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [key, checked]
                )
            have_log = {(r.at, r.format, r.path) for r in self._shares("", [])}
            for record in data.get("share_log", []):
                if (record["at"], record["format"], record["path"]) in have_log:
                    continue
                self.record_share(
                    record["format"],
                    record["path"],
                    record.get("entries", []),
                    people=record.get("people", "none"),
                    audience=record.get("audience", ""),
                    note=record.get("note", ""),
                    at=record["at"],
                )
            for author in data.get("team_authors", []):
                name = _name(author["name"], "author name")
                if not name:
                    raise InvalidInput("A colleague in the team library needs a name.")
                self.db.execute(
                    "INSERT OR IGNORE INTO team_authors "
                    "(key, name, team, exported, source_file, scanned) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        self._valid_uuid(author["key"]),
                        name,
                        _name(author.get("team") or "", "team"),
                        _timestamp(author["exported"], "export"),
                        _text(author.get("source_file") or "", "file name"),
                        _timestamp(author["scanned"], "scan"),
                    ],
                )
            authors = {
                key
                for (key,) in self.db.execute("SELECT key FROM team_authors")  # with the above
            }
            for lesson in data.get("team_lessons", []):
                row = self._restored_team_row(lesson, authors)
                self.db.execute(
                    f"INSERT OR IGNORE INTO team_lessons ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
            for key in data.get("import_keys", []):
                seq = self._seq_or_none(self._valid_uuid(key["entry"]))
                if seq is not None:
                    self.db.execute(
                        "INSERT OR IGNORE INTO import_keys (key, entry, imported) VALUES (?, ?, ?)",
                        [key["key"], seq, key["imported"]],
                    )
            for link in data.get("team_links", []):
                seq = self._seq_or_none(self._valid_uuid(link["entry"]))
                if seq is not None:
                    self.db.execute(
                        "INSERT OR IGNORE INTO entry_team_lessons (entry, author_key, lesson_id) "
                        "VALUES (?, ?, ?)",
                        [seq, _text(link["author"], "author"), _text(link["lesson"], "lesson")],
                    )
        return counts

    def _restored_team_row(self, lesson: Mapping[str, Any], authors: set[str]) -> dict[str, Any]:
        """A backup's team-lesson row, checked by the rules a colleague's bundle is checked
        by (``_team_row``), never taken as it stands: a raw row could break the library."""

        def listed(column: str) -> list[Any]:
            value = json.loads(lesson.get(column) or "[]")
            if not isinstance(value, list):
                raise ValueError(f"{column} is not a list")
            return value

        sections = listed("sections")
        people = listed("people")
        if not all(isinstance(item, dict) for item in [*sections, *people]):
            raise ValueError("sections and people must be objects")
        row = self._team_row(
            {
                "id": lesson["entry_id"],
                "revision": lesson["revision"],
                "day": lesson["day"],
                "kind": lesson["kind"],
                "title": lesson["title"],
                "body": lesson["body"],
                "sections": sections,
                "tags": listed("tags"),
                "skills": listed("skills"),
                "source": lesson.get("source"),
                "people": people,
            }
        )
        key = self._valid_uuid(lesson["author_key"])
        if key not in authors:
            raise InvalidInput(f"A team lesson's author {key} is not in the team library.")
        name = _name(lesson["author_name"], "author name")
        if not name:
            raise InvalidInput("A colleague in the team library needs a name.")
        row.update(
            author_key=key,
            author_name=name,
            author_team=_name(lesson.get("author_team") or "", "team"),
            source_file=_text(lesson.get("source_file") or "", "file name"),
            imported=_timestamp(lesson["imported"], "import"),
        )
        return {column: row[column] for column in _TEAM_LESSON_COLUMNS}


# The settings a backup brings back (docs/formats.md), each with the check its value
# must pass. Everything else in a backup's settings is ignored: identity (author.*),
# the team folder and what it shares (team.*), import limits, keys.
def _restorable_setting(key: Any, value: Any) -> str | None:
    def whole(text: str) -> str:
        if not 1 <= int(text) <= 366:
            raise ValueError(text)
        return str(int(text))

    def hours(text: str) -> str:
        number = float(text)
        if not 0 <= number <= 24 * 366:
            raise ValueError(text)
        return text

    checks: dict[str, Callable[[str], str]] = {
        "streak_min": whole,
        "last_talk": lambda text: parse_day(text).isoformat(),
        "backup.interval_hours": hours,
    }
    if key not in checks or not isinstance(value, str):
        return None
    try:
        return checks[key](value)
    except (ValueError, InvalidInput):
        return None


RESTORED_SETTINGS = ("streak_min", "last_talk", "backup.interval_hours")


_TEAM_LESSON_COLUMNS = (
    "author_key",
    "author_name",
    "author_team",
    "entry_id",
    "revision",
    "day",
    "kind",
    "title",
    "body",
    "sections",
    "sections_text",
    "tags",
    "tag_keys",
    "skills",
    "skill_keys",
    "source",
    "people",
    "source_file",
    "imported",
)


_CO_GENERATOR = 0x20  # inspect.CO_GENERATOR (inspect itself costs ~5 ms to import)


def _translating(method: Any) -> Any:
    """Wrap a public Journal method so disk and database faults arrive as plain
    ``JournalError``s (disk full, read-only, locked, damaged) in the CLI and the app."""
    if method.__code__.co_flags & _CO_GENERATOR:

        @functools.wraps(method)
        def generator(self: Journal, *args: Any, **kwargs: Any) -> Any:
            with storage.translate_errors(self.path):
                yield from method(self, *args, **kwargs)

        return generator

    @functools.wraps(method)
    def plain(self: Journal, *args: Any, **kwargs: Any) -> Any:
        with storage.translate_errors(self.path):
            return method(self, *args, **kwargs)

    return plain


for _attr, _member in list(vars(Journal).items()):
    if not _attr.startswith("_") and isinstance(_member, FunctionType):
        setattr(Journal, _attr, _translating(_member))
del _attr, _member
