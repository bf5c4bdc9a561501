"""Picture references in an entry's text: ``![CAPTION](picture:SHA256)`` read and
written, and the changes that add, remove, move and caption an entry's pictures (the
command line and the app make them; ``Journal.update`` stores them).

An entry's pictures, in order, are its references in reading order
(``core.templates.reading_order``: the template's sections, then the body), each
occurrence counted; position N (1-based) is the N-th of them. Reached through
``core.pictures``, which re-exports every name here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from reflekt.core.models import PICTURE_HASH, PICTURE_MARK, PICTURE_REFERENCE
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.models import Entry

# -- references in an entry's text ---------------------------------------------------

# ![CAPTION](picture:SHA256): the caption has \, [ and ] escaped and is one line.
_REFERENCE = re.compile(PICTURE_REFERENCE)
_ESCAPED = re.compile(r"\\(.)")
_MARK = PICTURE_MARK  # cheap test before the regex: almost no entry has a picture


@dataclass(frozen=True)
class Ref:
    """One picture reference in a text: where it is, its caption and its picture."""

    start: int
    end: int
    caption: str
    sha256: str


def references(text: str) -> list[Ref]:
    """The picture references in ``text``, in order."""
    if _MARK not in text:
        return []
    return [
        Ref(m.start(), m.end(), _ESCAPED.sub(r"\1", m.group(1)), m.group(2))
        for m in _REFERENCE.finditer(text)
    ]


def escape_caption(caption: str) -> str:
    """A caption as it stands inside ``![...]``: one line, ``\\ [ ]`` escaped."""
    line = " ".join(str(caption).split())
    return re.sub(r"([\\\[\]])", r"\\\1", line)


def reference(sha256: str, caption: str = "") -> str:
    """The Markdown that shows the picture ``sha256`` with ``caption`` as its alt text."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise InvalidInput(
            msg("{value} is not a picture's SHA-256 (64 hex digits).", value=repr(sha256))
        )
    return f"![{escape_caption(caption)}](picture:{sha256})"


def field_references(
    template: str | None, sections: Mapping[str, str], body: str
) -> list[tuple[str, Ref]]:
    """(field key — a section key or ``"body"`` — and Ref) in reading order."""
    if _MARK not in body and not any(_MARK in text for text in sections.values()):
        return []
    from reflekt.core.templates import reading_order

    found: list[tuple[str, Ref]] = []
    for key in reading_order(template, sections):
        text = body if key is None else sections[key]
        found += [(key or "body", ref) for ref in references(text)]
    return found


def entry_references(entry: Entry) -> list[tuple[str, Ref]]:
    """The entry's picture references (field key and Ref), in reading order: position
    N (1-based) in the command line and the app is the N-th of these."""
    return field_references(entry.template, entry.sections, entry.body)


def links(
    template: str | None, sections: Mapping[str, str], body: str
) -> list[tuple[int, str, str]]:
    """(position, sha256, caption) of every reference, positions 1-based."""
    return [
        (position, ref.sha256, ref.caption)
        for position, (_, ref) in enumerate(field_references(template, sections, body), 1)
    ]


# -- changing an entry's pictures (the command line and the app) ---------------------


def _text_of(entry: Entry, key: str) -> str:
    return entry.body if key == "body" else entry.sections[key]


def _changes(entry: Entry, texts: Mapping[str, str]) -> dict[str, Any]:
    """The ``Journal.update`` keyword arguments that set the changed texts."""
    changes: dict[str, Any] = {}
    sections = dict(entry.sections)
    for key, text in texts.items():
        if key == "body":
            changes["body"] = text
        else:
            sections[key] = text
            changes["sections"] = sections
    return changes


def append_reference(text: str, sha256: str, caption: str = "") -> str:
    """``text`` with the picture's reference added as a paragraph of its own at the end."""
    markdown = reference(sha256, caption)
    kept = text.rstrip()
    return f"{kept}\n\n{markdown}" if kept else markdown


def add_reference(entry: Entry, sha256: str, caption: str = "") -> dict[str, Any]:
    """The changes (for ``Journal.update``) that show the picture at the end of the
    entry's text (the body: with sections it is the entry's "Other notes")."""
    return {"body": append_reference(entry.body, sha256, caption)}


def _nth(entry: Entry, n: int) -> tuple[str, Ref]:
    found = entry_references(entry)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(found):
        if not found:
            raise InvalidInput(
                msg("The entry {entry} has no pictures.", entry=entry.id[:8]),
            )
        raise InvalidInput(
            msg(
                "The entry {entry} has pictures 1 to {count}; there is no picture {n}.",
                entry=entry.id[:8],
                count=len(found),
                n=n,
            )
        )
    return found[n - 1]


def _cut(text: str, ref: Ref) -> str:
    """``text`` without the reference, and without the blank line it leaves."""
    before, after = text[: ref.start], text[ref.end :]
    line_start = before.rfind("\n") + 1
    line_end = after.find("\n")
    rest_of_line = after if line_end < 0 else after[:line_end]
    if not before[line_start:].strip() and not rest_of_line.strip():
        # The reference was alone on its line: the line goes, and one blank line
        # stays between the paragraphs around it.
        head = before[:line_start].rstrip("\n")
        tail = "" if line_end < 0 else after[line_end + 1 :].lstrip("\n")
        if head and tail:
            return f"{head}\n\n{tail}"
        return head or tail
    if not rest_of_line.strip():  # it ended its line: no space left dangling
        return before.rstrip(" ") + after
    if not before[line_start:].strip():  # it began its line
        return before + after.lstrip(" ")
    if before.endswith(" ") and after.startswith(" "):
        return before + after[1:]  # one space stays between the words around it
    return before + after


def remove_reference(entry: Entry, n: int) -> dict[str, Any]:
    """The changes (for ``Journal.update``) that remove the entry's picture ``n``
    (1-based, in reading order) from its text. The picture itself stays in the journal
    until nothing refers to it."""
    key, ref = _nth(entry, n)
    return _changes(entry, {key: _cut(_text_of(entry, key), ref)})


def set_caption(entry: Entry, n: int, caption: str) -> dict[str, Any]:
    """The changes that give the entry's picture ``n`` a new caption (alt text)."""
    key, ref = _nth(entry, n)
    text = _text_of(entry, key)
    new = reference(ref.sha256, caption)
    return _changes(entry, {key: text[: ref.start] + new + text[ref.end :]})


def move_reference(entry: Entry, n: int, to: int) -> dict[str, Any]:
    """The changes that move the entry's picture ``n`` to position ``to`` (both
    1-based): it is cut where it is and put as a paragraph of its own before the
    picture now at ``to`` (after the last one when ``to`` is past the end)."""
    key, ref = _nth(entry, n)
    count = len(entry_references(entry))
    if isinstance(to, bool) or not isinstance(to, int) or not 1 <= to <= count:
        raise InvalidInput(
            msg(
                "The entry {entry} has pictures 1 to {count}; there is no picture {n}.",
                entry=entry.id[:8],
                count=count,
                n=to,
            )
        )
    if to == n:
        return {}
    markdown = _text_of(entry, key)[ref.start : ref.end]
    texts = {key: _cut(_text_of(entry, key), ref)}
    # The reference `to` in the entry as it is without the one moved.
    sections = {k: texts.get(k, v) for k, v in entry.sections.items()}
    body = texts.get("body", entry.body)
    rest = field_references(entry.template, sections, body)
    target_key, target = rest[to - 1] if to <= len(rest) else (rest[-1] if rest else (key, None))
    text = texts.get(target_key, _text_of(entry, target_key))
    if target is None:
        texts[target_key] = append_reference(text, ref.sha256, ref.caption)
    elif to <= len(rest):
        at = text.rfind("\n", 0, target.start) + 1
        texts[target_key] = f"{text[:at]}{markdown}\n\n{text[at:]}"
    else:
        stop = text.find("\n", target.end)
        stop = len(text) if stop < 0 else stop
        texts[target_key] = f"{text[:stop]}\n\n{markdown}{text[stop:]}"
    return _changes(entry, texts)


def repoint(text: str, renamed: Mapping[str, str]) -> str:
    """``text`` with each reference to a picture in ``renamed`` pointed at its new hash
    (a picture kept in another form than it came in), in one pass: a hash that is both
    renamed and the new name of another is never renamed twice."""
    if not renamed or "picture:" not in text:
        return text
    return re.sub(PICTURE_HASH, lambda m: f"(picture:{renamed.get(m.group(1), m.group(1))})", text)
