"""Everything the commands print: text escaped for a terminal, JSON, entry lines,
search hits, and the quick exit after a command that only read."""

from __future__ import annotations

import json
import os
import sys

from reflekt.cli.common import EXIT_OK
from reflekt.controls import for_json, for_terminal
from reflekt.core.models import PICTURE_MARK, entry_to_dict

# `typing` stays unloaded on `reflekt search` (see cli/fastparse.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

    from reflekt.core.models import Entry, Headline


def write(text: str, *, escaped: bool = False) -> None:
    """Print as UTF-8 whatever the terminal's locale says: journals are full of å, ä, ö.

    Control characters (but tab and newline) and bidi controls are shown escaped
    (``\\x1b``), on a terminal or not: text from bundles and imports must never write
    the clipboard, retitle the window or clear the screen, and output piped into
    ``less -R``, ``head`` or a file that is shown later reaches a terminal all the same,
    which ``isatty`` cannot see. The exact text stays available through ``--json`` and
    ``export``. ``escaped`` is for text already made safe (with reflekt's own bold).
    """
    if not escaped:
        text = for_terminal(text)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text + "\n")
        return
    sys.stdout.flush()
    buffer.write((text + "\n").encode("utf-8", "surrogateescape"))
    buffer.flush()


def write_json(data: Any) -> None:
    write(for_json(json.dumps(data, ensure_ascii=False, indent=2)), escaped=True)


def stream_json(items: Iterable[dict[str, Any]]) -> None:
    """A JSON array written item by item, so a 100k-entry list never sits in memory."""
    first = True
    chunks = ["["]
    for item in items:
        chunks.append(
            ("\n  " if first else ",\n  ") + for_json(json.dumps(item, ensure_ascii=False))
        )
        first = False
        if len(chunks) > 200:
            sys.stdout.buffer.write("".join(chunks).encode("utf-8"))
            chunks = []
    chunks.append("\n]" if not first else "]")
    sys.stdout.buffer.write(("".join(chunks) + "\n").encode("utf-8"))
    sys.stdout.buffer.flush()


def one_line(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def entry_line(entry: Entry | Headline) -> str:
    """One entry as one line of a list: day, short id, star and share marks, kind, title,
    tags, and how many pictures it shows."""
    marks = ("★" if entry.starred else " ") + ("⇪" if entry.shareable else " ")
    tags = " ".join(f"#{t}" for t in entry.tags)
    title = one_line(entry.display_title or "(empty)", 60)
    shown = picture_mark(_pictures(entry))
    return (
        f"{entry.day.isoformat()}  {entry.id[:8]}  {marks} {entry.kind.value:<16} {title}"
        + (f"  {tags}" if tags else "")
        + (f"  {shown}" if shown else "")
    )


def _pictures(entry: Entry | Headline) -> int:
    """How many pictures the entry shows: a headline knows (read without the bytes); for
    a whole entry its references are counted (core.pictures is not loaded for a list),
    a reference to a picture the journal lacks too: it shows as a missing picture."""
    count = getattr(entry, "pictures", None)
    if isinstance(count, int):
        return count
    texts = (entry.body, *entry.sections.values())  # type: ignore[union-attr]
    return sum(text.count(PICTURE_MARK) for text in texts)


def picture_mark(count: int) -> str:
    """How a list line or ``show`` says an entry has pictures: 🖼 and the count where the
    output's encoding can show it, else in plain ASCII ("[2 pictures]")."""
    if not count:
        return ""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "🖼".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        from reflekt.messages import msg

        if count == 1:
            return msg("[1 picture]")
        return msg("[{count} pictures]", count=count)
    return f"🖼 {count}"


def print_entries(entries: Iterable[Entry], as_json: bool, empty: Callable[[], str]) -> int:
    """Entries as a JSON array (streamed) or one line each; ``empty()`` when there are none."""
    if as_json:
        stream_json(entry_to_dict(e) for e in entries)
        return EXIT_OK
    shown = 0
    for entry in entries:
        write(entry_line(entry))
        shown += 1
    if not shown:
        write(empty())
    return EXIT_OK


# -- search hits (the journal's and the team library's) ------------------------


def snippet_markdown(snippet: str) -> str:
    """A search snippet for ``--json``: the matched words in **Markdown bold**."""
    from reflekt.core.search import HL_END, HL_START

    return snippet.replace(HL_START, "**").replace(HL_END, "**")


def _bold(snippet: str) -> str:
    """Bold in a terminal, **Markdown bold** elsewhere; the snippet's own text escaped as
    ``write`` does."""
    from reflekt.core.search import HL_END, HL_START

    start, end = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("**", "**")
    return end.join(
        start.join(for_terminal(piece) for piece in part.split(HL_START))
        for part in snippet.split(HL_END)
    )


def write_hits(hits: Iterable[tuple[str, str]], nothing: str) -> None:
    """Search hits, each as its line and the snippet below it; ``nothing`` when none."""
    shown = False
    for line, snippet in hits:
        write(line)
        write("      " + _bold(one_line(snippet, 200)), escaped=True)
        shown = True
    if not shown:
        write(nothing)


# -- the quick exit --------------------------------------------------------------

# Commands that only read the journal and print: after them ``run`` ends the process at
# once. Opt-in by name, so that a command that writes a file (backup, chart, report)
# or sets something up (init, restore, encrypt …) always ends the ordinary way.
QUICK_EXIT = frozenset(
    {"list", "search", "show", "tags", "skills", "people", "goals", "kinds", "templates"}
    | {"prompt", "stats", "shares"}
)

_read_done = False  # set once a command that writes nothing has finished


def mark_read_done(command: str | None) -> None:
    """``command`` has finished and wrote nothing (its journal is closed): if it is one of
    QUICK_EXIT, ``finish`` may end the process at once."""
    global _read_done
    _read_done = command in QUICK_EXIT


def finish(code: int) -> None:
    """End the process with ``code``.

    After a command that only read (search, list, show …), with the journal closed
    and the output flushed, the process ends at once: tearing down the interpreter's
    modules would take another ~15 ms, a sixth of a whole ``reflekt search``, and there
    is nothing left to save. Everything else (the app, commands that write) ends the
    ordinary way.
    """
    if _read_done:
        import contextlib

        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None when the stream was closed (`2>&-`, cron)
                with contextlib.suppress(OSError, ValueError):  # the reader left
                    stream.flush()
        os._exit(code)
    sys.exit(code)
