"""A backup's pictures brought back (``core/restore.py``), each checked as new input.

A backup file is outside text like any other import: each picture in it is checked
again the way a pasted picture is (``core.pictures.prepare``: the size cap, the real
type against the type the backup names, the pixel limit, a damaged file), after its
base64 and its SHA-256 are checked against its name. A picture that fails is skipped
with a note, never the whole backup; its entries keep their text, and the reference
shows as a missing picture.

A picture whose stored form is already clean comes back byte for byte under the same
hash. One that processing changes (a crafted file with a camera's metadata, say) is
kept in its processed form, and the entries brought back with it are pointed at the
new hash, so no reference is left dangling.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reflekt.core.picture_refs import repoint
from reflekt.core.storage import picture_keep
from reflekt.errors import Cancelled, ReflektError
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reflekt.core.journal import Journal

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class RestoredPictures:
    """What happened to a backup's pictures: the hashes kept, any renamed, the notes."""

    kept: int = 0
    renamed: dict[str, str] = field(default_factory=dict)  # the backup's hash -> kept hash
    skipped: list[str] = field(default_factory=list)  # one plain note per skipped picture


def restore_pictures(
    journal: Journal, records: Sequence[Any], cancelled: Callable[[], bool] | None = None
) -> RestoredPictures:
    """Check and keep each picture of a backup; never raises for one bad picture.

    ``cancelled`` is asked before each picture (checking one can take a second); when
    it answers True this raises ``Cancelled`` and the caller's transaction keeps nothing.
    """
    from reflekt.core import pictures
    from reflekt.core.bulk import STOPPED

    result = RestoredPictures()
    for number, record in enumerate(records, 1):
        if cancelled is not None and cancelled():
            raise Cancelled(STOPPED)
        try:
            key, data = _checked(record, number)
            kind = record["type"]
            # Kept at its own size: the journal took it once; a long-side setting
            # lowered since then is for new pictures, not a reason to change this one.
            prepared = pictures.prepare(
                data, f"{key[:12]}{pictures.EXTENSION[kind]}", long_side=pictures.MAX_LONG_SIDE
            )
        except ReflektError as exc:
            result.skipped.append(_skip_note(number, record, exc.message))
            continue
        new = journal.pictures.info(prepared.sha256) is None
        journal.pictures.add(prepared)
        result.kept += 1
        if prepared.sha256 != key:
            result.renamed[key] = prepared.sha256
        elif new and (added := _added(record.get("added"))) is not None:
            # When the picture first came into the journal, kept as the backup says
            # (a picture brought back is not a picture on its way in).
            picture_keep.set_added(journal.db, key, added)
    return result


def _checked(record: Any, number: int) -> tuple[str, bytes]:
    """The picture's name (its hash) and its bytes, once they prove to be what it says."""
    from reflekt.core import pictures
    from reflekt.errors import InvalidInput

    if not isinstance(record, Mapping):
        raise InvalidInput(msg("it is not a picture record"))
    key, kind, text = record.get("sha256"), record.get("type"), record.get("data")
    if not isinstance(key, str) or not _SHA256.fullmatch(key):
        raise InvalidInput(msg("its name is not a SHA-256 hash"))
    if kind not in pictures.EXTENSION:
        raise InvalidInput(msg("its type is not PNG, JPEG or WebP"))
    if not isinstance(text, str):
        raise InvalidInput(msg("it has no picture data"))
    # Refused before decoding: base64 is 4 characters for every 3 bytes.
    if len(text) > (pictures.MAX_INPUT_BYTES + 2) // 3 * 4:
        raise InvalidInput(msg("it is larger than reflekt keeps"))
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(msg("its data is not base64")) from None
    if hashlib.sha256(data).hexdigest() != key:
        raise InvalidInput(msg("its bytes do not match its hash (the file was changed)"))
    return key, data


def _added(value: Any) -> str | None:
    """A backup's ``added`` time when it is one (ISO 8601 with its UTC offset)."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return value if stamp.tzinfo is not None else None


def _skip_note(number: int, record: Any, problem: str) -> str:
    key = record.get("sha256") if isinstance(record, Mapping) else None
    name = key[:12] if isinstance(key, str) and _SHA256.fullmatch(key) else f"#{number}"
    return msg(
        "Picture {name} in the backup was skipped: {problem}. The entries that show it "
        "were restored; it shows as a missing picture.",
        name=name,
        problem=problem.rstrip("."),
    )


def point_text(text: Any, renamed: Mapping[str, str]) -> Any:
    """``text`` with its references pointed at the pictures as they were kept."""
    if not isinstance(text, str):
        return text
    return repoint(text, renamed)


def point_at_kept(values: MutableMapping[str, Any], renamed: Mapping[str, str]) -> None:
    """Point an entry's references (body and sections) at the pictures as they were kept."""
    if not renamed:
        return
    if "body" in values:
        values["body"] = point_text(values["body"], renamed)
    sections = values.get("sections")
    if isinstance(sections, dict):
        values["sections"] = {k: point_text(v, renamed) for k, v in sections.items()}
