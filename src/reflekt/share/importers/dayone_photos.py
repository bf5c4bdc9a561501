"""The photos of a Day One *JSON in Zip* export, brought into the entries that show them.

Day One keeps each photo as ``photos/<md5>.<type>`` in the zip, lists an entry's photos
in its ``photos`` (``identifier``, ``md5``, ``type``, …) and shows one where the text
says ``![](dayone-moment://IDENTIFIER)``. Each photo is read from the zip with the caps
of share/safety.py (never extracted), checked and made ready as any picture is
(``core.pictures.prepare``: its metadata, GPS too, never comes along) and stored; its
moment reference becomes ``![CAPTION](picture:SHA256)``. A photo the entry lists but
its text does not show is added at the end of the text. A photo that is missing from
the zip, or refused, is a note in the import report; its entry is kept, the reference
left as Day One wrote it.

The photos are kept one by one before the entries are added (holding them all until
then could take gigabytes), each in its own short transaction; the entries then come
in one transaction, all or nothing. Should that fail or be cancelled, the photos kept
so far are used by no entry: invisible, and removed by the next clean-up of unused
pictures (``journal.pictures.collect``, which leaves a picture on its way in for a day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reflekt.core.bulk import STOPPED
from reflekt.core.journal import Journal
from reflekt.errors import Cancelled, ReflektError
from reflekt.messages import msg
from reflekt.share import safety

# ``![ALT](dayone-moment://IDENTIFIER)``; videos, audio and PDFs say ``dayone-moment:/video/``
# and so on, and are left alone.
MOMENT = re.compile(r"!\[([^\]\n]*)\]\(dayone-moment://([A-Za-z0-9-]{1,100})\)")
_IDENTIFIER = re.compile(r"[A-Za-z0-9-]{1,100}")
_MD5 = re.compile(r"[0-9a-fA-F]{32}")
_TYPE = re.compile(r"[A-Za-z0-9]{1,10}")
NOTES = 10  # photos named one by one in the report; the rest are counted


@dataclass(frozen=True)
class Photo:
    """One photo an entry lists: its identifier in the text and its file in the zip."""

    identifier: str
    member: str  # photos/<md5>.<type>


def listed(item: dict[str, Any]) -> tuple[list[Photo], int]:
    """The photos a Day One entry lists, and how many of its list could not be read."""
    found: list[Photo] = []
    bad = 0
    photos = item.get("photos")
    for photo in photos if isinstance(photos, list) else ():
        if not isinstance(photo, dict):
            bad += 1
            continue
        identifier, md5, kind = (photo.get(k) for k in ("identifier", "md5", "type"))
        if not all(isinstance(v, str) for v in (identifier, md5, kind)) or not (
            _IDENTIFIER.fullmatch(identifier)  # type: ignore[arg-type]
            and _MD5.fullmatch(md5)  # type: ignore[arg-type]
            and _TYPE.fullmatch(kind)  # type: ignore[arg-type]
        ):
            bad += 1
            continue
        found.append(Photo(str(identifier), f"photos/{md5}.{kind}"))
    return found, bad


def _too_big(size: int) -> str:
    from reflekt.core.pictures import MAX_INPUT_BYTES

    return msg(
        "it is {size} MB, and reflekt keeps pictures of up to {limit} MB.",
        size=f"{size / 1024 / 1024:.0f}",
        limit=MAX_INPUT_BYTES // 1024 // 1024,
    )


class PhotoImport:
    """The photos of one archive: read, checked, stored, and their references written."""

    def __init__(self, journal: Journal, source: Path, budget: int) -> None:
        self.journal = journal
        self.source = source
        self.budget = budget
        self.notes: list[str] = []
        self.refused = 0

    def bring(
        self,
        items: list[tuple[str | None, dict[str, Any]]],
        photos: dict[str, list[Photo]],
        cancelled: Callable[[], bool],
    ) -> None:
        """Store every listed photo that passes the checks and rewrite the entries' text
        to show them."""
        from reflekt.core import pictures

        wanted = list(dict.fromkeys(p.member for listed in photos.values() for p in listed))
        ready: dict[str, str] = {}  # member -> sha256 of the stored picture
        problems: dict[str, str] = {}  # member -> why it was left out
        long_side = self.journal.pictures.long_side()
        members = safety.iter_zip_members(
            self.source, wanted, self.budget, each=pictures.MAX_INPUT_BYTES
        )
        for member, data, size in members:
            if cancelled():
                raise Cancelled(STOPPED)
            if data is None:
                problems[member] = "" if size < 0 else _too_big(size)
                continue
            try:
                prepared = pictures.prepare(data, member, long_side=long_side)
            except ReflektError as exc:
                problems[member] = exc.message
                continue
            del data
            self.journal.pictures.add(prepared)
            ready[member] = prepared.sha256
        for key, item in items:
            if key in photos:
                self._rewrite(item, photos[key], ready, problems)

    def _rewrite(
        self,
        item: dict[str, Any],
        listed: list[Photo],
        ready: dict[str, str],
        problems: dict[str, str],
    ) -> None:
        from reflekt.core import pictures

        by_id = {p.identifier.upper(): p for p in listed}
        shown: set[str] = set()

        def swap(found: re.Match[str]) -> str:
            photo = by_id.get(found.group(2).upper())
            if photo is None or photo.member not in ready:
                return found.group(0)
            shown.add(photo.identifier)
            return pictures.reference(ready[photo.member], found.group(1))

        body = MOMENT.sub(swap, item["body"])
        extra = [
            pictures.reference(ready[p.member])
            for p in listed
            if p.member in ready and p.identifier not in shown
        ]
        if extra:
            body = body.rstrip() + ("\n\n" if body.strip() else "") + "\n\n".join(extra)
        item["body"] = body
        for photo in listed:
            if photo.member in ready:
                continue
            self.refused += 1
            if self.refused > NOTES:
                continue
            why = problems.get(photo.member, "")
            day = item["day"].isoformat()
            self.notes.append(
                msg(
                    "The photo {photo} of the entry of {day} was not imported: {problem}",
                    photo=photo.member,
                    day=day,
                    problem=why,
                )
                if why
                else msg(
                    "The photo {photo} of the entry of {day} is not in the archive, so it "
                    "was not imported; the entry is kept.",
                    photo=photo.member,
                    day=day,
                )
            )

    def report(self) -> list[str]:
        """The notes for the import report."""
        notes = list(self.notes)
        if self.refused > NOTES:
            notes.append(
                msg(
                    "{count} more photos were not imported (missing or refused).",
                    count=self.refused - NOTES,
                )
            )
        return notes
