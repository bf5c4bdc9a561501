"""Control characters in text from outside: found, refused, stripped, or shown escaped.

A terminal obeys control characters. ESC starts sequences that write the clipboard
(OSC 52), set the window title (OSC 0), clear the screen or hide text; CR and BS
overwrite what was already printed; C1 codes (U+0080-U+009F) act as ESC sequences on
some terminals. Bidi embeddings, overrides and isolates reorder what is shown, so
a line can read differently from what it holds. Titles and names refuse them at the
door (core/journal.py), imported titles are stripped of them with a note
(share/importers), and whatever the command line prints shows them escaped (cli.py).

Plain stdlib: the command line's quick path imports this, so it stays small, and each
function asks one regex ``search`` before building anything new.
"""

from __future__ import annotations

import re

# C0 but tab and newline, DEL and C1: never part of a title or a name.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What a terminal must not be handed raw: the above, and explicit bidi formatting.
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw with ensure_ascii=False although a terminal would obey it
# (json.dumps already writes C0 as \\u00XX).
_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def first_control(text: str) -> str | None:
    """The first control character (C0 but tab and newline, DEL, C1) in ``text``."""
    found = CONTROL.search(text)
    return found.group() if found else None


def visible(char: str) -> str:
    """One character written so that it shows instead of acting: ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def strip(text: str) -> str:
    """``text`` without control characters (tab and newline kept)."""
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub("", text)


def for_terminal(text: str) -> str:
    """``text`` with every control character (but tab and newline) and bidi control
    shown escaped: ``\\x1b[2J`` prints as those five characters, never clears the screen."""
    # isprintable (C, ~0.2 µs a line) answers for most lines; the search for the rest.
    if text.isprintable() or _TERMINAL.search(text) is None:
        return text
    return _TERMINAL.sub(lambda m: visible(m.group()), text)


def for_json(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with DEL, C1 and bidi
    controls written as ``\\uXXXX``: the same JSON value, safe to show on a terminal.
    Only valid for JSON text, where such characters can only stand inside strings."""
    if _JSON.search(text) is None:
        return text
    return _JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
