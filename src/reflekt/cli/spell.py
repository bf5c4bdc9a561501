"""``reflekt spell [FILE|-] [--lang sv|en] [--json]``: the misspelt words of a text;
``reflekt dictionary [add|remove WORD…]``: the personal dictionary it knows.

For scripts and tests, and for a text written outside the app. The words a person's
journal knows (the personal dictionary, the names of people, tags and skills) count as
spelt right when a journal exists; this command never creates one. It loads a
dictionary (about a second and a half) only when it runs: other commands never import
the checker.
"""

from __future__ import annotations

import bisect
import os
import sys
from pathlib import Path

from reflekt.cli.common import EXIT_OK, Command, language_of, read_text
from reflekt.cli.output import write, write_json
from reflekt.core.spelling import LANGUAGES, KnownWords, Word, guess_language, misspelt, speller
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any

    from reflekt.core.journal import Journal

EXIT_MISSPELT = 7  # like a linter: the text has misspelt words (0: none)
DEFAULT_SUGGESTIONS = 3
MOST_SUGGESTIONS = 10
MAX_BYTES = 5 * 1024 * 1024  # ~800,000 words: minutes of checking already


def cmd_spell(args: argparse.Namespace, _journal: None) -> int:
    if not 0 <= args.suggestions <= MOST_SUGGESTIONS:
        raise InvalidInput(
            msg(
                "--suggestions takes a number from 0 to {most}.",
                most=MOST_SUGGESTIONS,
            )
        )
    text = _text(args.file)
    lang = args.spell_lang or guess_language(text) or _fallback(args)
    found = misspelt(text, lang, _known_words(args))
    limit = args.suggestions
    check = speller(lang)
    where = _positions(text)
    rows: list[dict[str, Any]] = []
    for word in found:
        line, column = where(word)
        rows.append(
            {
                "line": line,
                "column": column,
                "word": word.text,
                "suggestions": check.suggest(word.text, limit) if limit else [],
                "language": lang,
            }
        )
    if args.json:
        write_json(rows)
    else:
        arrow = _arrow()
        for row in rows:
            line = f"{row['line']}:{row['column']} {row['word']}"
            if row["suggestions"]:
                line += f" {arrow} " + ", ".join(row["suggestions"])
            write(line)
    return EXIT_MISSPELT if rows else EXIT_OK


def _text(name: str | None) -> str:
    """The text to check: the file named, or standard input (``-`` or nothing)."""
    if name in (None, "-"):
        return read_text("-") or ""
    from reflekt.share.safety import decode_utf8, read_capped

    path = Path(name).expanduser()
    if path.exists() and not path.is_file():  # a folder, a device: not "import"
        raise InvalidInput(
            msg(
                "{path} is not a text file. Give a UTF-8 text or Markdown file, "
                "or - to read standard input.",
                path=path,
            )
        )
    return decode_utf8(read_capped(path, MAX_BYTES), path.name)


def _fallback(args: argparse.Namespace) -> str:
    """The language of reflekt's messages, when the text is too short to tell."""
    lang = language_of(args)
    return lang if lang in LANGUAGES else "en"


def _known_words(args: argparse.Namespace) -> KnownWords | None:
    """The journal's words, when there is a journal (never made here)."""
    from reflekt.cli.dispatch import _ask_passphrase, journal_path
    from reflekt.core.storage import lock, resolve

    path, _ = journal_path(args)
    if not os.path.lexists(path):
        return None
    from reflekt.core.journal import Journal

    lock.set_role(f"command {args.command}")
    with Journal.open(resolve(path), create=False, passphrase=_ask_passphrase) as journal:
        return journal.spelling.known_words()


def _positions(text: str) -> Callable[[Word], tuple[int, int]]:
    """A function giving a word's line and column (both from 1, counted in characters)."""
    import re

    starts = [0]
    starts.extend(newline.end() for newline in re.finditer("\n", text))

    def where(word: Word) -> tuple[int, int]:
        line = bisect.bisect_right(starts, word.start)
        return line, word.start - starts[line - 1] + 1

    return where


def _arrow() -> str:
    """→ where standard output can show it, -> where its encoding cannot."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "→".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "->"
    return "→"


def cmd_dictionary(args: argparse.Namespace, journal: Journal) -> int:
    """``reflekt dictionary [list|add WORD…|remove WORD…]``: the personal dictionary."""
    action = args.dictionary_action
    if action == "add":
        added, there = journal.spelling.add_words(args.words)
        if added:
            write(msg("Added to your dictionary: {words}", words=", ".join(added)))
        if there:
            write(msg("Already in your dictionary: {words}", words=", ".join(there)))
        return EXIT_OK
    if action == "remove":
        for word in args.words:
            removed = journal.spelling.remove_word(word)
            if removed:
                write(msg("Removed from your dictionary: {words}", words=", ".join(removed)))
            else:
                write(msg("{word} is not in your dictionary.", word=word))
        return EXIT_OK
    words = journal.spelling.words()
    if args.json:
        write_json(words)
    elif words:
        for word in words:
            write(word)
    else:
        write(
            msg(
                "Your dictionary is empty. Teach the spell checker a word: "
                "reflekt dictionary add WORD"
            )
        )
    return EXIT_OK


def register(command: Command) -> None:
    p = command(
        "spell",
        cmd_spell,
        "list the misspelt words of a text with line, column and suggestions "
        f"(exit {EXIT_MISSPELT} when there are some, 0 when none)",
        uses="none",  # reads the journal's words when there is a journal; never makes one
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a UTF-8 text or Markdown file; - or nothing: standard input",
    )
    p.add_argument(
        "--lang",
        dest="spell_lang",
        choices=list(LANGUAGES),
        help="the text's language (default: guessed from the text, else yours)",
    )
    p.add_argument(
        "--suggestions",
        type=int,
        default=DEFAULT_SUGGESTIONS,
        metavar="N",
        help=f"how many suggestions per word (default {DEFAULT_SUGGESTIONS}; 0: none, much faster)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command(
        "dictionary",
        cmd_dictionary,
        "your personal dictionary for spell checking: list it (with no ACTION), add or "
        "remove words",
    )
    actions = p.add_subparsers(dest="dictionary_action", metavar="ACTION", parser_class=type(p))
    actions.add_parser("list", help="the words in it (the default)").add_argument(
        "--json", action="store_true", help="print JSON"
    )
    actions.add_parser("add", help="teach the spell checker words").add_argument(
        "words", nargs="+", metavar="WORD", help="a word, as you write it"
    )
    actions.add_parser("remove", help="forget words").add_argument(
        "words", nargs="+", metavar="WORD", help="a word, as you write it"
    )
    p.set_defaults(dictionary_action="list", json=False)  # `reflekt dictionary` lists it
