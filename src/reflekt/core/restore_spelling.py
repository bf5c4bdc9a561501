"""A backup's personal dictionary and entry spelling languages brought back
(``core/restore.py``), each checked as new input.

A backup file is outside text like any other import. Each word must pass the rules a
word typed into *Add to my dictionary* passes (``core/journal_words.py``: text, one
word, no control character, at most ``MAX_WORD`` characters); each language must be
one reflekt has a dictionary for, for an entry the journal holds. One that fails is
skipped with a note, never the whole backup: entries matter more than the words the
spell checker was taught. What the journal already has stays as it is (a word is
added once; an entry keeps the language it has).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from reflekt.controls import first_control
from reflekt.core.journal_words import MAX_WORD, _word
from reflekt.core.spelling import LANGUAGES
from reflekt.core.storage import spelling as stored
from reflekt.core.validate import now_iso
from reflekt.errors import Cancelled, InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reflekt.core.journal import Journal

MAX_NOTES = 20  # notes named one by one; a crafted file's thousands are counted instead
_EVERY = 500  # records between two looks at ``cancelled``


@dataclass
class RestoredSpelling:
    """What happened to a backup's words and languages: how many kept, the notes."""

    words: int = 0
    languages: int = 0
    skipped: list[str] = field(default_factory=list)  # one plain note per skipped record
    unnamed: int = 0  # skipped past MAX_NOTES, counted in the last note

    def skip(self, note: str) -> None:
        if len(self.skipped) < MAX_NOTES:
            self.skipped.append(note)
        else:
            self.unnamed += 1

    def notes(self) -> list[str]:
        if not self.unnamed:
            return list(self.skipped)
        more = msg(
            "{count} more personal words or spelling languages in the backup were skipped.",
            count=self.unnamed,
        )
        return [*self.skipped, more]


def restore_spelling(
    journal: Journal,
    data: Mapping[str, Any],
    cancelled: Callable[[], bool] | None = None,
) -> RestoredSpelling:
    """Keep each checked word of ``data["spelling_words"]`` and each checked language
    of ``data["spelling_languages"]``; never raises for one bad record. Call it inside
    the restore's transaction, after the entries are in."""
    result = RestoredSpelling()
    words = _records(data, "spelling_words", result)
    for number, record in enumerate(words, 1):
        _look(cancelled, number)
        _keep_word(journal, record, number, result)
    languages = _records(data, "spelling_languages", result)
    for number, record in enumerate(languages, 1):
        _look(cancelled, number)
        _keep_language(journal, record, number, result)
    return result


def _records(data: Mapping[str, Any], key: str, result: RestoredSpelling) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if key == "spelling_words":
        result.skip(msg("The personal dictionary in the backup was skipped: it is not a list."))
    else:
        result.skip(
            msg("The entries' spelling languages in the backup were skipped: they are not a list.")
        )
    return []


def _look(cancelled: Callable[[], bool] | None, number: int) -> None:
    if cancelled is not None and number % _EVERY == 0 and cancelled():
        from reflekt.core.bulk import STOPPED

        raise Cancelled(STOPPED)


def _keep_word(journal: Journal, record: Any, number: int, result: RestoredSpelling) -> None:
    value = record.get("word") if isinstance(record, Mapping) else None
    try:
        word = _word(value)
    except InvalidInput as exc:
        problem = (
            _word_problem(value, exc)
            if isinstance(record, Mapping)
            else msg("it is not a word record")
        )
        result.skip(
            msg(
                "Word {word} in the backup's personal dictionary was skipped: {problem}.",
                word=_shown(value, number),
                problem=problem,
            )
        )
        return
    if stored.keep_word(journal.db, word, word.lower(), _added(record.get("added"))):
        result.words += 1


def _word_problem(value: Any, refused: InvalidInput) -> str:
    """Why ``value`` is no word, in a few words (the rules are ``_word``'s)."""
    if value is None:
        return msg("it has no word")
    if not isinstance(value, str):
        return msg("it is not text")
    text = value.strip()
    if not text:
        return msg("it is empty")
    if first_control(text) is not None:
        return msg("it holds a control character")
    if any(c.isspace() for c in text):
        return msg("it holds a space (a word is kept on its own)")
    if len(text) > MAX_WORD:
        return msg("it is longer than {most} characters", most=MAX_WORD)
    return refused.message.rstrip(".")


def _keep_language(journal: Journal, record: Any, number: int, result: RestoredSpelling) -> None:
    entry = record.get("entry") if isinstance(record, Mapping) else None
    lang = record.get("lang") if isinstance(record, Mapping) else None
    try:
        entry_id = str(uuid.UUID(entry)) if isinstance(entry, str) and len(entry) <= 64 else None
    except ValueError:
        entry_id = None
    seq = None if entry_id is None else journal._seq_or_none(entry_id)
    if not isinstance(record, Mapping):
        problem = msg("it is not a language record")
    elif lang not in LANGUAGES:
        problem = msg("{lang} is not sv (Swedish) or en (English)", lang=_shown(lang, None))
    elif seq is None:
        problem = msg("the journal holds no such entry")
    else:
        if stored.keep_language(journal.db, seq, lang):
            result.languages += 1
        return
    result.skip(
        msg(
            "The spelling language of entry {entry} in the backup was skipped: {problem}.",
            entry=_shown(entry, number),
            problem=problem,
        )
    )


def _shown(value: Any, number: int | None) -> str:
    """An outside value, quoted and cut short, control characters escaped (``repr``);
    ``#number`` when it is not text at all."""
    if not isinstance(value, str):
        return f"#{number}" if number is not None else repr(value)[:40]
    return repr(value[:40]) + ("…" if len(value) > 40 else "")


def _added(value: Any) -> str:
    """When the word was taught, as the backup says when it is a time (ISO 8601 with
    its UTC offset); otherwise now, the time it comes into this journal."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            if dt.datetime.fromisoformat(value).tzinfo is not None:
                return value
        except ValueError:
            pass
    return now_iso()
