"""The share log: what left the machine, when, in which format: ``journal.shares``."""

from __future__ import annotations

import json
from collections.abc import Iterable

from reflekt.core.faults import translate_public
from reflekt.core.part import Part
from reflekt.core.storage import shares as stored
from reflekt.core.team_records import ShareRecord
from reflekt.core.validate import _name, _text, _timestamp, now_iso
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@translate_public
class ShareLog(Part):
    """``journal.shares.record(...)`` and ``journal.shares.list(limit)``."""

    def record(
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
            record_id = stored.insert(
                self.db,
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
        return self._records(stored.rows(self.db, record=record_id))[0]

    def list(self, limit: int | None = None) -> list[ShareRecord]:
        """The share log, newest first."""
        if limit is not None and limit < 1:
            raise InvalidInput(msg("The limit must be at least 1."))
        return self._records(stored.rows(self.db, limit=limit))

    @staticmethod
    def _records(rows: list[tuple[Any, ...]]) -> list[ShareRecord]:
        return [
            ShareRecord(rid, at, fmt, path, tuple(json.loads(entries)), people, audience, note)
            for rid, at, fmt, path, entries, people, audience, note in rows
        ]
