"""What a scan of the team folder remembers of each file between syncs (``journal.team
.files()``): whether it was fine, or why it was not read, in the language it was said in,
so that an unchanged file is not parsed again and its reason is given again."""

from __future__ import annotations

import datetime as dt

from reflekt.messages import language

Remembered = tuple[int, int, str, str, str, str]  # size, mtime_ns, sha256, author, problem, checked


def said(reason: str, kind: str = "") -> str:
    """A refusal (or, with ``kind``, another reason a file is passed over) as
    remembered: with the language it was given in."""
    if not reason:
        return ""
    return f"{language()}\x1f{kind}\x1f{reason}" if kind else f"{language()}\x1f{reason}"


def _parts(cached: Remembered) -> tuple[str, str, str]:
    """(language, kind, reason) of a remembered file; kind "" for a refusal."""
    parts = cached[4].split("\x1f", 2)
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return parts[0], "", parts[-1]


def kind(cached: Remembered) -> str:
    return _parts(cached)[1] if cached[4] else ""


def spoken(cached: Remembered) -> str | None:
    """The remembered refusal of a file ("" if it was fine), or None when it was given
    in another language than the one spoken now."""
    if not cached[4]:
        return ""
    lang, _, reason = _parts(cached)
    return reason if lang == language() else None


def racy(cached: Remembered) -> bool:
    """Whether the file's time is too close to when it was checked to prove it unchanged:
    a file rewritten within the file system's time resolution (2 s on FAT and some network
    shares) keeps its time, so such a file is hashed again (not parsed if the same)."""
    try:
        checked = dt.datetime.fromisoformat(cached[5]).timestamp()
    except ValueError:
        return True
    return cached[1] / 1e9 > checked - 2
