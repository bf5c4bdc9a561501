"""Colleagues' pictures on their way into the team library (issue #18): each one checked
again, as hostile as the rest of the bundle.

A picture a bundle carries is kept only when its bytes are what the bundle says they are
(base64 that decodes, the declared size, the declared SHA-256) and when
``core.pictures.prepare`` takes them (a real picture of its declared type, within the
pixel limit and the input cap, not damaged). Its prepared form is what is kept, and the
lessons' references are pointed at it. One that fails is dropped with a note for the
sync report; the lessons and the other pictures are kept.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reflekt.core.picture_refs import repoint
from reflekt.errors import ReflektError
from reflekt.messages import msg
from reflekt.share import pictures as shared_pictures

if TYPE_CHECKING:
    from reflekt.core.pictures import Prepared
    from reflekt.share.bundle import Bundle


def check(
    shared: Bundle,
) -> tuple[list[dict[str, Any]], list[Prepared], list[tuple[str, str]]]:
    """The bundle's entries (references pointed at the kept pictures), the pictures to
    keep, and (picture, why) for each picture dropped."""
    problems = list(shared.picture_problems)
    kept: list[Prepared] = []
    renamed: dict[str, str] = {}
    for record in shared.pictures:
        declared = record["sha256"]
        reason = ""
        try:
            data = base64.b64decode(record["data"], validate=True)
        except (binascii.Error, ValueError):
            data, reason = b"", msg("its data is not base64")
        if not reason and len(data) != record["size"]:
            reason = msg(
                "it is {actual} bytes long, not the {declared} bytes the bundle says",
                actual=len(data),
                declared=record["size"],
            )
        if not reason and hashlib.sha256(data).hexdigest() != declared:
            reason = msg("its bytes do not match the SHA-256 the bundle gives them")
        if not reason:
            from reflekt.core import pictures  # Pillow only when a bundle carries pictures

            try:
                prepared = pictures.prepare(
                    data, declared[:12] + pictures.EXTENSION[record["type"]]
                )
            except ReflektError as exc:
                reason = exc.message
            else:
                if prepared.type != record["type"]:
                    reason = msg(
                        "it is a {actual} picture, not the {declared} the bundle says",
                        actual=prepared.type.upper(),
                        declared=str(record["type"]).upper(),
                    )
                else:
                    kept.append(prepared)
                    renamed[declared] = prepared.sha256
        del data
        if reason:
            problems.append((declared, reason))
    referred = {
        m.group(2)
        for entry in shared.entries
        for text in shared_pictures.view_texts(entry)
        for m in shared_pictures.REFERENCE.finditer(text)
    }
    carried = {r["sha256"] for r in shared.pictures}
    for missing in sorted(referred - carried):
        problems.append((missing, msg("a lesson shows it, but the bundle does not carry it")))
    entries = [_pointed(entry, renamed) for entry in shared.entries]
    return entries, kept, problems


def _pointed(entry: Mapping[str, Any], renamed: Mapping[str, str]) -> dict[str, Any]:
    """``entry`` with its references to kept pictures pointed at their stored form."""
    changed = {old: new for old, new in renamed.items() if old != new}
    if not changed:
        return dict(entry)

    def point(text: str) -> str:
        return repoint(text, changed)

    out = dict(entry)
    out["body"] = point(str(entry.get("body") or ""))
    if entry.get("sections"):
        out["sections"] = [{**s, "text": point(str(s["text"]))} for s in entry["sections"]]
    return out
