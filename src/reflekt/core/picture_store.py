"""The journal's pictures as a part of the facade: ``journal.pictures``.

A picture is prepared (``core.pictures.prepare``: slow, on any thread, no lock held)
and then kept here in one short transaction. Which entry shows which picture follows
from the entries' text; the facade keeps the links in step with every entry write
(``core/entries.py``, ``core/bulk.py``), and ``add`` links the entries whose text
already named a picture that arrives later (a restore, an import).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from reflekt.core import pictures
from reflekt.core.faults import translate_public
from reflekt.core.part import Part
from reflekt.core.storage import pictures as stored
from reflekt.core.validate import now_iso
from reflekt.errors import InvalidInput, NotFound
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any


@dataclass(frozen=True)
class PictureInfo:
    """A kept picture, without its bytes. ``size`` is in bytes; ``added`` ISO 8601."""

    sha256: str
    type: str
    width: int
    height: int
    size: int
    added: str

    @property
    def mime(self) -> str:
        return pictures.MIME[self.type]

    @property
    def extension(self) -> str:
        return pictures.EXTENSION[self.type]


@dataclass(frozen=True)
class EntryPicture:
    """A picture as an entry shows it: its 1-based position in reading order (counted
    over every reference, so a reference to a missing picture keeps its number)."""

    position: int
    sha256: str
    caption: str
    type: str
    size: int
    width: int
    height: int


@translate_public
class Pictures(Part):
    """``journal.pictures.add(prepared)``, ``info``, ``data``, ``thumbnail``, ``of_entry``."""

    def long_side(self) -> int:
        """The longest side a picture is kept at (the setting ``pictures.long_side``)."""
        value = self._j.get_setting(pictures.LONG_SIDE_SETTING)
        if value is None:
            return pictures.DEFAULT_LONG_SIDE
        try:
            return pictures.valid_long_side(value)
        except InvalidInput:
            return pictures.DEFAULT_LONG_SIDE  # a hand-edited setting: the default

    def set_long_side(self, pixels: int) -> None:
        self._j.set_setting(pictures.LONG_SIDE_SETTING, str(pictures.valid_long_side(pixels)))

    def add(self, prepared: pictures.Prepared) -> PictureInfo:
        """Keep a prepared picture (the same bytes are kept once) in one transaction;
        entries whose text already names it are linked to it."""
        self._check(prepared)
        with self.db.atomic():
            new = stored.insert(
                self.db,
                [
                    prepared.sha256,
                    prepared.type,
                    prepared.width,
                    prepared.height,
                    len(prepared.data),
                    now_iso(),
                    prepared.data,
                    prepared.thumb,
                ],
            )
            if new:
                for seq, template, sections, body in stored.entries_mentioning(
                    self.db, prepared.sha256
                ):
                    self._relink(seq, template, sections, body)
        found = self.info(prepared.sha256)
        assert found is not None
        return found

    def add_file(self, path: Path | str) -> PictureInfo:
        """Prepare the file (at this journal's long side) and keep it."""
        return self.add(pictures.prepare_file(Path(path), long_side=self.long_side()))

    @staticmethod
    def _check(prepared: pictures.Prepared) -> None:
        """A ``Prepared`` made by hand (a test, a bug) must still be what it says."""
        if (
            not isinstance(prepared, pictures.Prepared)
            or prepared.type not in pictures.MIME
            or hashlib.sha256(prepared.data).hexdigest() != prepared.sha256
            or not prepared.thumb
            or prepared.width < 1
            or prepared.height < 1
        ):
            raise InvalidInput(
                msg("This picture was not prepared by reflekt; add it from its file.")
            )

    def info(self, sha256: str) -> PictureInfo | None:
        row = stored.info(self.db, str(sha256).strip().lower())
        return None if row is None else PictureInfo(*row)

    def all(self) -> list[PictureInfo]:
        """Every kept picture, oldest first."""
        return [PictureInfo(*row) for row in stored.infos(self.db)]

    def data(self, sha256: str) -> bytes:
        """The picture's stored bytes; ``NotFound`` when the journal does not hold it."""
        return self._blob(sha256, "data")

    def thumbnail(self, sha256: str) -> bytes:
        """The picture's small copy (PNG or JPEG, long side ``THUMB_SIDE``)."""
        return self._blob(sha256, "thumb")

    def _blob(self, sha256: str, column: str) -> bytes:
        found = stored.blob(self.db, str(sha256).strip().lower(), column)
        if found is None:
            raise NotFound(
                msg(
                    "This journal holds no picture {sha}. The entry may name a picture "
                    "that was never added or was removed.",
                    sha=str(sha256)[:12],
                )
            )
        return found

    def of_entry(self, entry_id: str) -> list[EntryPicture]:
        """The pictures the entry shows, in reading order (no picture bytes read)."""
        return [EntryPicture(*row) for row in stored.of_entry(self.db, self._j._seq(entry_id))]

    def counts(self, entry_ids: Iterable[str]) -> dict[str, int]:
        """How many pictures each entry (by its whole id) shows, for a page of the list
        or of search hits: one query, no picture read; entries without any left out."""
        return stored.counts_by_id(self.db, [str(i).strip().lower() for i in entry_ids])

    def unreferenced(self) -> list[str]:
        """The pictures nothing refers to (no entry, live or in the trash, no draft, no
        colleague's lesson): what ``collect`` removes."""
        return stored.unreferenced(self.db)

    def relink(self, entry_ids: Iterable[str] | None = None) -> int:
        """Make the links of the given entries (all when None) follow their text again;
        returns how many entries were looked at. For after a restore that brought the
        pictures back after the entries."""
        with self.db.atomic():
            if entry_ids is None:
                rows = stored.entries_with_references(self.db)
                for row in rows:
                    self._relink(*row)
                return len(rows)
            count = 0
            for entry_id in entry_ids:
                entry = self._j._entries_by_seq([self._j._seq(entry_id)])[0]
                seq = self._j._seq(entry.id)
                stored.set_links(
                    self.db, seq, pictures.links(entry.template, entry.sections, entry.body)
                )
                count += 1
            return count

    def _relink(self, seq: int, template: str, sections: str, body: str) -> None:
        stored.set_links(self.db, seq, pictures.links(template, _sections(sections), body))


def _sections(stored_json: str) -> dict[str, str]:
    try:
        value: Any = json.loads(stored_json or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
