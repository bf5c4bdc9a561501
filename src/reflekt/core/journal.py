"""The Journal facade: the one read/write API over a journal file.

Every face (CLI, GUI, importers) goes through here. Validation, transactions,
FTS upkeep and the rules for tags, skills and people live in this module and
nowhere else.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from reflekt import paths
from reflekt.core import entries, storage
from reflekt.core.bulk import BulkWriter, _Batch
from reflekt.core.faults import translate_public
from reflekt.core.models import (
    ENTRY_FIELDS,
    Entry,
    Filters,
    Headline,
    Kind,
    Page,
    PersonLink,
    Record,
    SearchHit,
    Source,
    Visibility,
)
from reflekt.core.search import _Cursor
from reflekt.core.storage import entries as stored
from reflekt.core.storage.encryption import PassphraseProvider
from reflekt.core.validate import (
    MIN_ID_PREFIX,
    _uuid_or_none,
    now_iso,
)
from reflekt.errors import InvalidInput, NotFound
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
    from reflekt.core.picture_store import Pictures
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
    def pictures(self) -> Pictures:
        from reflekt.core.picture_store import Pictures

        return Pictures(self)

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
            raise InvalidInput(
                msg("An entry with id {entry} is already in this journal.", entry=row[0])
            )
        seq = stored.insert(self.db, row)
        batch = _Batch(self)
        batch.link(seq, links)
        batch.flush()
        return seq

    def _prepare(
        self, values: Mapping[str, Any], memo: dict[Any, Any] | None = None
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return entries.prepare(self, values, memo)

    _name_ids: dict[tuple[str, str], int] | None = None  # ids remembered for a bulk block

    def _name_id(self, table: str, name: str) -> int:
        return entries.name_id(self, table, name)

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
                msg(
                    "Entries have no field {field}. These can change: {fields}.",
                    field=repr(sorted(unknown)[0]),
                    fields=", ".join(sorted(ENTRY_FIELDS)),
                )
            )
        with self.db.atomic():
            seq = entries.seq_at(self, entry_id, expected_revision)
            current = self._entries_by_seq([seq])[0]
            entries.check_revision(current, expected_revision)
            if current.in_trash:
                raise InvalidInput(
                    msg(
                        "The entry {entry} is in the trash. Restore it before editing it.",
                        entry=current.id[:8],
                    )
                )
            row, links = entries.changed_row(current, changes)
            if not entries.differs(self, current, row, links):
                return current
            row["updated"] = now_iso()
            row["revision"] = current.revision + 1
            names = entries.changed_names_text(current, links)
            if names is not None:
                row["names_text"] = names
            stored.update(self.db, seq, row)
            entries.set_links(self, seq, links)
        return self._entries_by_seq([seq])[0]

    def delete(self, entry_id: str, *, expected_revision: int | None = None) -> Entry:
        """Move an entry to the trash (it can be restored). Raises its revision."""
        with self.db.atomic():
            seq = entries.seq_at(self, entry_id, expected_revision)
            entries.check_revision(self._entries_by_seq([seq])[0], expected_revision)
            stored.trash(self.db, seq, now_iso())
        return self._entries_by_seq([seq])[0]

    def restore(self, entry_id: str, *, expected_revision: int | None = None) -> Entry:
        """Bring an entry back from the trash. Raises its revision."""
        with self.db.atomic():
            seq = entries.seq_at(self, entry_id, expected_revision)
            entries.check_revision(self._entries_by_seq([seq])[0], expected_revision)
            stored.untrash(self.db, seq)
            restored = self._entries_by_seq([seq])[0]
            entries.relink_pictures(self, seq, restored)
        return restored

    def purge(self, entry_id: str, *, expected_revision: int | None = None) -> None:
        """Delete an entry for good. Only entries already in the trash can be purged."""
        with self.db.atomic():
            seq = entries.seq_at(self, entry_id, expected_revision)
            entries.check_revision(self._entries_by_seq([seq])[0], expected_revision)
            if not stored.is_trashed(self.db, seq):
                raise InvalidInput(
                    msg(
                        "The entry {entry} is not in the trash. Delete it first; "
                        "only entries in the trash can be removed for good.",
                        entry=self._id_of(seq)[:8],
                    )
                )
            stored.purge(self.db, seq)
        self._scrub()

    def empty_trash(self) -> int:
        """Remove every entry in the trash for good; returns how many."""
        with self.db.atomic():
            removed = stored.empty_trash(self.db)
        if removed:
            self._scrub()
        return removed

    def _scrub(self) -> None:
        """Make deleted text unreadable in the file, not just unreachable."""
        stored.scrub(self.db)

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
            raise InvalidInput(msg("The limit must be at least 1."))
        where, params = self._where(filters or Filters())
        after = _Cursor.decode(cursor) if cursor else None
        rows = stored.page(self.db, where, params, after, limit + 1)
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
        for rows in stored.headline_rows(self.db, where, params, page_size):
            for _, entry_id, day, _, kind, visibility, starred, title, tags, text, n in rows:
                yield Headline(
                    entry_id,
                    dt.date.fromisoformat(day),
                    Kind(kind),
                    Visibility(visibility),
                    bool(starred),
                    title.strip() if text is None else text,
                    tags,
                    n,
                )

    def days_with_entries(self, date_from: dt.date, date_to: dt.date) -> dict[dt.date, int]:
        """How many entries each day in the range has (days without entries are left out)."""
        return stored.days_with_entries(self.db, date_from.isoformat(), date_to.isoformat())

    def count(self, filters: Filters | None = None) -> int:
        return stored.count(self.db, *self._where(filters or Filters()))

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
        return entries.where(self, f)

    def _entries_by_seq(self, seqs: list[int]) -> list[Entry]:
        """Whole entries (with their links) for the given rows, in the given order."""
        return stored.read(self.db, seqs)

    def _seq_or_none(self, entry_id: str) -> int | None:
        return stored.seq_of(self.db, entry_id)

    def _seq(self, entry_id: str) -> int:
        entry_id = str(entry_id).strip().lower()
        seq = self._seq_or_none(entry_id)
        if seq is not None:
            return seq
        if len(entry_id) < MIN_ID_PREFIX or not re.fullmatch(r"[0-9a-f-]+", entry_id):
            raise NotFound(
                msg(
                    "There is no entry {entry}. Give its id (at least the first {count} "
                    "characters) as shown by `reflekt list`.",
                    entry=repr(entry_id),
                    count=MIN_ID_PREFIX,
                )
            )
        rows = stored.seqs_with_prefix(self.db, entry_id)
        if not rows:
            raise NotFound(
                msg(
                    "There is no entry with an id starting {entry}. Check `reflekt list`.",
                    entry=repr(entry_id),
                )
            )
        if len(rows) > 1:
            raise InvalidInput(
                msg(
                    "More than one entry has an id starting {entry}. Give more of the id.",
                    entry=repr(entry_id),
                )
            )
        return rows[0]

    def _id_of(self, seq: int) -> str:
        return stored.id_of(self.db, seq)

    @staticmethod
    def _valid_uuid(value: Any) -> str:
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise InvalidInput(
                msg("{value} is not a valid entry id (a UUID).", value=repr(value))
            ) from None

    # -- tags, skills, people, kinds --------------------------------------

    def _cached(self, key: str, compute: Any) -> Any:
        """``compute()``, remembered until the journal changes (here or in another program).

        The sidebar and the editor's completions ask for the same counts on every
        refresh and every entry shown; on 100,000 entries each set costs ~0.1 s.
        """
        state = stored.change_state(self.db)
        cache: dict[str, tuple[Any, Any]] = self.__dict__.setdefault("_count_cache", {})
        hit = cache.get(key)
        if hit is not None and hit[0] == state:
            return hit[1]
        value = compute()
        cache[key] = (state, value)
        return value

    def _name_counts(self, what: str) -> list[tuple[str, int]]:
        return list(self._cached(what, lambda: stored.name_counts(self.db, what)))

    def tag_counts(self) -> list[tuple[str, int]]:
        """Tags in use, most used first, as (name, number of entries)."""
        return self._name_counts("tag")

    def skill_counts(self) -> list[tuple[str, int]]:
        """Skills in use, most used first, as (name, number of entries)."""
        return self._name_counts("skill")

    def kind_counts(self) -> dict[Kind, int]:
        return stored.kind_counts(self.db)

    # -- goals -------------------------------------------------------------

    def _touch(self, seq: int, changed: int) -> None:
        """A link of the entry changed: raise its revision, so that a copy made before
        (the app's editor) cannot write its older goal list over the change."""
        if changed:
            stored.touch(self.db, seq, now_iso())

    # -- drafts: typed text waiting for a choice ----------------------------

    def save_draft(
        self, entry_id: str, values: Mapping[str, Any], base_revision: int | None
    ) -> None:
        """Keep the editor's fields for ``entry_id`` (which may be gone by now) until
        ``discard_draft``; ``base_revision`` is the revision they were made from."""
        from reflekt.core import drafts
        from reflekt.core.storage import drafts as kept

        entry_id = str(entry_id).strip().lower()
        if _uuid_or_none(entry_id) != entry_id:
            raise InvalidInput(
                msg("A draft needs an entry's whole id, not {entry}.", entry=repr(entry_id))
            )
        kept.put(self.db, entry_id, base_revision, now_iso(), drafts.to_json(values))

    def drafts(self) -> list[Draft]:
        """The kept drafts (``core.drafts.Draft``), oldest first; unreadable rows skipped."""
        from reflekt.core import drafts
        from reflekt.core.storage import drafts as kept

        found = []
        for entry_id, base_revision, saved, fields in kept.rows(self.db):
            values = drafts.from_json(fields)
            if values is not None:
                found.append(drafts.Draft(entry_id, base_revision, saved, values))
        return found

    def discard_draft(self, entry_id: str) -> None:
        from reflekt.core.storage import drafts as kept

        kept.drop(self.db, str(entry_id).strip().lower())

    # -- settings stored in the journal -----------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = stored.setting(self.db, key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            stored.set_setting(self.db, key, value)

    # -- upkeep ------------------------------------------------------------

    def read(self, query: Callable[..., Any], *args: Any) -> Any:
        """Run one of storage's read functions (``query(db, *args)``) on this journal:
        how ``core/`` modules above storage (stats, report) read without holding ``db``."""
        return query(self.db, *args)

    def optimize(self) -> None:
        """Let SQLite refresh its statistics after bulk changes."""
        stored.optimize(self.db)

    def data_version(self) -> int:
        """Changes when another connection (e.g. the CLI) has written the journal."""
        return stored.data_version(self.db)

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
