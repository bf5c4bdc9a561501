"""The Journal facade: the one read/write API over a journal file.

Every face (CLI, GUI, importers) goes through here. Validation, transactions,
FTS upkeep and the rules for tags, skills and people live in this module and
nowhere else.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from reflekt import paths
from reflekt.core import storage
from reflekt.core.bulk import (
    _INSERT_ENTRY_NEW_SEQ,
    _INSERT_FIELDS,
    BulkWriter,
    _Batch,
)
from reflekt.core.faults import translate_public
from reflekt.core.models import (
    ENTRY_COLUMNS,
    ENTRY_FIELDS,
    ENTRY_LINKS,
    FROM_STORED,
    Entry,
    Filters,
    Headline,
    Kind,
    Page,
    PersonLink,
    Record,
    Relation,
    SearchHit,
    Source,
    Visibility,
    display_title,
)
from reflekt.core.search import _Cursor
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.validate import (
    MIN_ID_PREFIX,
    _enum,
    _memo,
    _mood,
    _name,
    _names,
    _people,
    _sections,
    _template,
    _text,
    _timestamp,
    _title,
    _uuid_or_none,
    now_iso,
    parse_day,
)
from reflekt.errors import EntryConflict, InvalidInput, NotFound
from reflekt.messages import msg

# What the module needs only to write, or only for type checkers, loads when used: the
# CLI's read commands (search, list) start in a fraction of the time (see
# tests/unit/test_startup.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.backups import Backups
    from reflekt.core.drafts import Draft
    from reflekt.core.goals import Goals
    from reflekt.core.people import People
    from reflekt.core.share_log import ShareLog
    from reflekt.core.team_library import TeamLibrary


class _Uuid:
    """The ``uuid`` module, imported on first use (it loads ``platform``: ~5 ms)."""

    def __getattr__(self, name: str) -> Any:
        import uuid

        return getattr(uuid, name)


uuid = _Uuid()


class ImportResult(Record, frozen=True):
    """What ``Journal.import_entries`` did: the new ids, and how many were already here."""

    added: list[str]
    skipped: int

    def __init__(self, added: list[str], skipped: int) -> None:
        self.__dict__.update(added=added, skipped=skipped)


_ENTRY_COLUMNS = "seq, " + ", ".join(ENTRY_COLUMNS)  # what the row reader reads
_READERS = tuple((name, FROM_STORED.get(name)) for name in ENTRY_COLUMNS)


def _new_uuid() -> str:
    """A random (version 4) UUID as text, as ``str(uuid.uuid4())`` but a third of the time."""
    import os  # here, not at the top: only the bulk path and ``add`` need it

    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


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
        return self.passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase the journal was opened with (None: not encrypted)."""
        return getattr(self.db, "passphrase", None)

    @classmethod
    def reopen(cls, old: Journal) -> Journal:
        """Close ``old`` and open its file again with the same passphrase: after a
        restore or a change of encryption replaced the file under it."""
        path, secret = old.path, old.passphrase
        old.close()
        return cls.open(path, create=False, passphrase=(lambda *_: secret) if secret else None)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the parts (``journal.goals.add(...)``), made on first use ------------

    @functools.cached_property
    def _bulk(self) -> BulkWriter:
        return BulkWriter(self)

    @functools.cached_property
    def goals(self) -> Goals:
        from reflekt.core.goals import Goals

        return Goals(self)

    @functools.cached_property
    def people(self) -> People:
        from reflekt.core.people import People

        return People(self)

    @functools.cached_property
    def team(self) -> TeamLibrary:
        from reflekt.core.team_library import TeamLibrary

        return TeamLibrary(self)

    @functools.cached_property
    def shares(self) -> ShareLog:
        from reflekt.core.share_log import ShareLog

        return ShareLog(self)

    @functools.cached_property
    def backups(self) -> Backups:
        from reflekt.core.backups import Backups

        return Backups(self)

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
        added, _ = self._bulk.add(((None, item) for item in items), skip_known=False)
        return added

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
                _memo(memo, "goal", goal, self.goals._seq) for goal in values["goals"] or ()
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
            goal_seqs = [self.goals._seq(goal) for goal in links["goals"] or ()]
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
                self.people._update(person, link.role or None, link.department or None)
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
            wanted_goals = [self.goals._full_id(g) for g in links["goals"] or ()]
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
        from reflekt.core import search

        return search.entries(self, query, filters, limit=limit, offset=offset)

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
            params.append(self.goals._seq(f.goal))
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
        links = {"tags": tags, "skills": skills, "people": people, "goals": goals}
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

    def kind_counts(self) -> dict[Kind, int]:
        return {
            Kind(kind): count
            for kind, count in self.db.execute(
                "SELECT kind, count(*) FROM entries WHERE trashed = 0 GROUP BY kind "
                "ORDER BY count(*) DESC"
            )
        }

    # -- goals -------------------------------------------------------------

    def _touch(self, seq: int, changed: int) -> None:
        """A link of the entry changed: raise its revision, so that a copy made before
        (the app's editor) cannot write its older goal list over the change."""
        if changed:
            self.db.execute(
                "UPDATE entries SET revision = revision + 1, updated = ? WHERE seq = ?",
                [now_iso(), seq],
            )

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

    def read(self, query: Callable[..., Any], *args: Any) -> Any:
        """Run one of storage's read functions (``query(db, *args)``) on this journal:
        how ``core/`` modules above storage (stats, report) read without holding ``db``."""
        return query(self.db, *args)

    def optimize(self) -> None:
        """Let SQLite refresh its statistics after bulk changes."""
        self.db.execute("PRAGMA optimize")

    def data_version(self) -> int:
        """Changes when another connection (e.g. the CLI) has written the journal."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    # -- imports and the lossless backup ---------------------------------------

    # -- what the team-folder scan remembers of each file ------------------------

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
        added, skipped = self._bulk.add(items, skip_known=True, cancelled=cancelled)
        return ImportResult(added, skipped)

    # -- lossless backup ----------------------------------------------------------

    def backup_json(self) -> Iterator[bytes]:
        """The whole journal as UTF-8 JSON text (docs/formats.md), one record a line, in pieces: read in one
        pass per table and one transaction, so memory stays flat (``storage/dump.py``)."""
        from reflekt.core.storage import dump

        yield from dump.journal_json(self.db)

    def restore_backup(
        self, data: Mapping[str, Any], *, cancelled: Callable[[], bool] | None = None
    ) -> dict[str, int]:
        """Bring back what a backup holds, in one transaction (``core/restore.py``)."""
        from reflekt.core import restore

        return restore.restore_backup(self, data, cancelled=cancelled)


translate_public(Journal)
