"""The share log: what left the machine, when, in which format: ``journal.shares``."""

from __future__ import annotations

import json
from collections.abc import Iterable

from reflekt.core.faults import translate_public
from reflekt.core.models import ShareRecord
from reflekt.core.part import Part
from reflekt.core.validate import _name, _text, _timestamp, now_iso
from reflekt.errors import InvalidInput

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
        return self._query("WHERE id = ?", [record_id])[0]

    def list(self, limit: int | None = None) -> list[ShareRecord]:
        """The share log, newest first."""
        if limit is not None and limit < 1:
            raise InvalidInput("The limit must be at least 1.")
        return self._query("", [], limit)

    def _query(self, where: str, params: list[Any], limit: int | None = None) -> list[ShareRecord]:
        rows = self.db.execute(
            "SELECT id, at, format, path, entries, people, audience, note FROM share_log "
            f"{where} ORDER BY at DESC, id DESC" + (" LIMIT ?" if limit else ""),
            [*params, *([limit] if limit else [])],
        )
        return [
            ShareRecord(rid, at, fmt, path, tuple(json.loads(entries)), people, audience, note)
            for rid, at, fmt, path, entries, people, audience, note in rows
        ]
