"""Day One's JSON export, as a ``.json`` file or the export ``.zip``.

Day One stores ``creationDate`` in UTC with the entry's ``timeZone``: the day an
entry is about is the day it was in that zone. Its Markdown escapes punctuation
(``\\.``), which is removed; a leading ``# `` line becomes the title. From the export
``.zip`` (*JSON in Zip*) the photos come along: Day One keeps them as
``photos/<md5>.<type>``, lists them in each entry's ``photos`` (identifier, md5, type)
and shows them where the text says ``![](dayone-moment://IDENTIFIER)``; each is checked
and stored as any picture is (core/pictures.py) and the reference becomes
``![](picture:SHA256)``. A photo that is missing or refused is a note in the report, its
entry kept. Videos, audio and PDFs are not imported (reported). Nothing in the zip is
ever extracted: its members are read with the caps of share/safety.py.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zoneinfo
from collections.abc import Callable
from typing import Any

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.messages import msg
from reflekt.share import safety
from reflekt.share.importers import dayone_photos
from reflekt.share.importers.base import (
    ImportReport,
    Parsed,
    Source,
    add_entries,
    foreign_export,
    register,
)
from reflekt.share.importers.dayone_photos import Photo, PhotoImport

NAME = "dayone"
TITLE = "Day One"

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
_ATTACHMENTS = ("photos", "videos", "audios", "pdfAttachments")


def unescape(text: str) -> str:
    """Day One's Markdown with its backslash escapes removed ("history\\." → "history.")."""
    return _ESCAPE.sub(r"\1", text)


def split_title(text: str) -> tuple[str, str]:
    """A leading ``# `` line is the title; the rest is the body."""
    first, _, rest = text.partition("\n")
    if first.startswith("# ") and first[2:].strip():
        return first[2:].strip(), rest.strip("\n")
    return "", text.strip("\n")


def sniff(source: Source) -> bool:
    """A zip, or a JSON export whose entries carry Day One's ``uuid`` or
    ``creationDate`` (with no entries, its ``metadata``)."""
    if source.path.suffix.lower() == ".zip" and not source.path.is_dir():
        return True
    found = foreign_export(source)
    if found is None:
        return False
    data, first = found
    if first is None:
        return "metadata" in data
    return "uuid" in first or "creationDate" in first


def read(
    journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
) -> ImportReport:
    photos: dict[str, list[Photo]] = {}
    parsed, budget = _parsed(source, photos)
    if photos:
        brought = PhotoImport(journal, source.path, budget)
        brought.bring(parsed.items, photos, cancelled)
        parsed.warnings += brought.report()
    return add_entries(journal, parsed, source, report, cancelled)


def _parsed(source: Source, photos: dict[str, list[Photo]]) -> tuple[Parsed, int]:
    """The entries, and (from a zip) what its photos may unpack to: the cap less the
    JSON read. ``photos`` gets each entry's listed photos, by the entry's key."""
    path, cap = source.path, source.cap
    if path.suffix.lower() == ".zip":
        contents = safety.read_zip_json(path, cap)
        if not contents.json_members:
            raise FileRejected(
                msg(
                    "{name} holds no Day One journal (no .json file inside). "
                    "Export from Day One as JSON and try again.",
                    name=path.name,
                )
            )
        parsed = Parsed()
        for member, raw in contents.json_members:
            where = f"{path.name}: {member}"
            one = parse(safety.parse_json(safety.decode_utf8(raw, where), where), where, photos)
            parsed.items += one.items
            parsed.warnings += one.warnings
        used = {p.member for listed in photos.values() for p in listed}
        attachments = [n for n in contents.skipped if not n.endswith("/") and n not in used]
        if attachments:
            parsed.warnings.append(
                msg(
                    "{count} attachment file(s) in the archive (videos, audio, photos no "
                    "entry shows, ...) were not imported: reflekt keeps text and photos.",
                    count=len(attachments),
                )
            )
        return parsed, cap - sum(len(raw) for _, raw in contents.json_members)
    return parse(source.json(), path.name), 0


def _bad(name: str, number: int, what: str) -> FileRejected:
    return FileRejected(
        msg(
            "{name} is not a Day One export reflekt can read: entry {number} {what}. "
            "Nothing was imported.",
            name=name,
            number=number,
            what=what,
        )
    )


def _when(value: Any, zone: dt.tzinfo, name: str, number: int) -> dt.datetime:
    if not isinstance(value, str):
        raise _bad(name, number, msg("has no creation date"))
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _bad(
            name, number, msg("has a date reflekt cannot read ({value})", value=value[:40])
        ) from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(zone)


def parse(data: Any, name: str, photos: dict[str, list[Photo]] | None = None) -> Parsed:
    """The entries of a Day One JSON document. With ``photos`` (reading a zip, which
    holds them) each entry's listed photos go there by the entry's key, and only the
    attachments that cannot come along are counted as not imported."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise FileRejected(
            msg("{name} is not a Day One JSON export (it has no list of entries).", name=name)
        )
    parsed = Parsed()
    attachments = 0
    unknown_zones: set[str] = set()
    for number, item in enumerate(data["entries"], start=1):
        if not isinstance(item, dict):
            raise _bad(name, number, msg("is not an object"))
        uuid = item.get("uuid")
        if not isinstance(uuid, str) or not uuid.strip() or len(uuid) > 100:
            raise _bad(name, number, msg("has no id (uuid)"))
        zone_name = item.get("timeZone") or "UTC"
        try:
            zone: dt.tzinfo = zoneinfo.ZoneInfo(str(zone_name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            unknown_zones.add(str(zone_name)[:60])
            zone = dt.UTC
        created = _when(item.get("creationDate"), zone, name, number)
        modified = item.get("modifiedDate")
        updated = _when(modified, zone, name, number) if modified else created
        text = item.get("text", "")
        tags = item.get("tags", [])
        if not isinstance(text, str):
            raise _bad(name, number, msg("has text that is not text"))
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise _bad(name, number, msg("has tags that are not a list of words"))
        kinds = _ATTACHMENTS if photos is None else _ATTACHMENTS[1:]
        attachments += sum(len(item[k]) for k in kinds if isinstance(item.get(k), list))
        key = f"dayone:{uuid.strip().upper()}"
        listed, unreadable = dayone_photos.listed(item) if photos is not None else ([], 0)
        attachments += unreadable
        title, body = split_title(unescape(text))
        if not (title.strip() or body.strip()):
            parsed.warnings.append(
                msg(
                    "The entry of {day} ({entry}) has no text and was left out.",
                    day=created.date().isoformat(),
                    entry=uuid[:8],
                )
            )
            continue
        if listed and photos is not None:
            photos[key] = listed
        parsed.items.append(
            (
                key,
                {
                    "title": title,
                    "body": body,
                    "tags": tags,
                    "starred": bool(item.get("starred")),
                    "day": created.date(),
                    "created": created.isoformat(timespec="seconds"),
                    # Day One lets an entry be dated after its last edit; reflekt's
                    # "updated" is never before "created".
                    "updated": max(created, updated).isoformat(timespec="seconds"),
                },
            )
        )
    if attachments and photos is None:
        parsed.warnings.append(
            msg(
                "{count} photo(s) or other attachment(s) were not imported: a .json export "
                "does not hold their files. Import Day One's .zip export (JSON in Zip) to "
                "bring the photos along.",
                count=attachments,
            )
        )
    elif attachments:
        parsed.warnings.append(
            msg(
                "{count} video(s), audio recording(s) or other attachment(s) were not "
                "imported: reflekt keeps text and photos.",
                count=attachments,
            )
        )
    if unknown_zones:
        parsed.warnings.append(
            msg(
                "Unknown time zone(s) {zones}: those days were taken in UTC.",
                zones=", ".join(sorted(unknown_zones)),
            )
        )
    return parsed


register(sys.modules[__name__])
