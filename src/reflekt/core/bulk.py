"""The bulk path: many entries in one transaction (``add_many``, imports, restores).

Rows are validated by the facade's own rules (``Journal._prepare``, with a memo per
distinct value), gathered and written with one ``executemany`` per table; the
full-text index and the growth summaries are rebuilt once at the end instead of row
by row. All or nothing: a cancel or an error leaves the journal as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping

from reflekt.core.part import Part
from reflekt.core.storage import bulk as stored
from reflekt.core.storage import pictures as stored_pictures
from reflekt.core.validate import _uuid_or_none, now_iso
from reflekt.errors import Cancelled, InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from reflekt.core.journal import Journal


# How many new entries at least make it worth rebuilding the entry indexes instead of
# updating them (see fts_paused).
BULK_REINDEX_MIN = 1000
BULK_BATCH = 10_000  # entries written per executemany round
BULK_CHECK_EVERY = 500  # entries between two looks at whether the person cancelled
STOPPED = "The import was cancelled. Nothing was imported."


def _never() -> bool:
    return False


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
        self.pictures: list[tuple[int, int, str, str]] = []
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
                    self.journal.people._update(person, *role)
            self.people.append((seq, person, link.relation.value, position))
        for goal in dict.fromkeys(links.get("goals", ())):
            self.goals.append((seq, goal))
        for position, sha256, caption in links.get("pictures", ()):
            self.pictures.append((seq, position, sha256, caption))

    def flush(self) -> None:
        """Write what was gathered (entries first: the links refer to them)."""
        db = self.journal.db
        for what in stored.WRITE_ORDER:
            rows = getattr(self, what)
            stored.write(db, what, rows)
            rows.clear()
        stored_pictures.write_links(db, self.pictures)  # only to pictures the journal holds
        self.pictures.clear()


class BulkWriter(Part):
    """Writes many entries for the facade: ``Journal.add_many`` and ``import_entries``."""

    def add(
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
            return self._add_unpaused(items, skip_known=skip_known, cancelled=cancelled)

    def _add_unpaused(
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
            self._j.optimize()
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
        with self.fts_paused(adding) as last:
            memo: dict[Any, Any] = {}
            batch = _Batch(self._j)
            seq = last
            for number, (key, values) in enumerate(items, start=1):
                if number % BULK_CHECK_EVERY == 0 and cancelled():
                    raise Cancelled(STOPPED)  # the transaction rolls back: nothing changed
                if key is not None and key in known_keys:
                    skipped += 1
                    continue
                try:
                    entry_id = values.get("id")
                    if entry_id and self._j._valid_uuid(entry_id) in known_ids:
                        if skip_known:
                            skipped += 1
                            continue
                        raise InvalidInput(
                            msg(
                                "An entry with id {entry} is already in this journal.",
                                entry=self._j._valid_uuid(entry_id),
                            )
                        )
                    row, links = self._j._prepare(values, memo)
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
        return stored.present(self.db, table, column, values)

    @contextlib.contextmanager
    def fts_paused(self, adding: int = 0) -> Iterator[int]:
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
        last, saved = stored.pause(self.db, adding, BULK_REINDEX_MIN)
        # Tag, skill and person ids, remembered for the block: most entries of an
        # import name the same few, and each lookup was a query.
        self._j._name_ids = {}
        try:
            yield last
            stored.resume(self.db, last, saved)
        finally:
            self._j._name_ids = None
            stored.restore_cache(self.db, saved)
