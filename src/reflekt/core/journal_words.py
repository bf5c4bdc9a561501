"""The journal's words for the spell checker: ``journal.spelling``.

The personal dictionary (words the person taught the checker) and each entry's
spelling language live in the journal file, so they are as private as the entries:
backed up and encrypted with them, and never in an export, a bundle or the team folder.
The checker itself is core/spelling.py; this part only keeps what is the person's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from reflekt.controls import first_control, visible
from reflekt.core.faults import translate_public
from reflekt.core.part import Part
from reflekt.core.spelling import LANGUAGES, KnownWords
from reflekt.core.storage import spelling as stored
from reflekt.core.validate import now_iso
from reflekt.errors import InvalidInput
from reflekt.messages import msg

ENABLED_SETTING = "spelling.enabled"  # "1" or "0"; checking is on unless set to "0"
LANGUAGES_SETTING = "spelling.languages"  # the languages offered, e.g. "sv,en"
MAX_WORD = 100  # characters; longer is not a word (Swedish compounds stay well under)


@translate_public
class Spelling(Part):
    """``journal.spelling.words()``, ``.add_word(w)``, ``.remove_word(w)``,
    ``.known_words()``, ``.language(entry_id)``, ``.set_language(entry_id, lang)``."""

    # -- the personal dictionary ----------------------------------------------------------

    def words(self) -> list[str]:
        """The personal dictionary, as typed, in alphabetical order."""
        return stored.words(self.db)

    def add_word(self, word: str) -> str:
        """Teach the checker ``word`` (kept as typed); returns it as kept. Adding a word
        that is there already changes nothing."""
        word = _word(word)
        stored.add_word(self.db, word, word.lower(), now_iso())
        return word

    def add_words(self, words: Iterable[str]) -> tuple[list[str], list[str]]:
        """Add several words in one transaction, or none when one of them is refused.
        Returns the words added and those that were there already, as kept."""
        checked = list(dict.fromkeys(_word(word) for word in words))
        added: list[str] = []
        there: list[str] = []
        now = now_iso()
        with self.db.atomic():
            for word in checked:
                new = stored.add_word(self.db, word, word.lower(), now)
                (added if new else there).append(word)
        return added, there

    def remove_word(self, word: str) -> list[str]:
        """Forget ``word``: as written, or else its spellings that differ only in case.
        Returns the words removed (none when it was not there)."""
        word = _word(word)
        return stored.remove_word(self.db, word, word.lower())

    def known_words(self) -> KnownWords:
        """What the checker accepts before its dictionary: the personal dictionary and
        the names of the people, tags and skills in the journal."""
        return KnownWords(stored.words(self.db), stored.names(self.db))

    # -- each entry's spelling language ----------------------------------------------------

    def language(self, entry_id: str) -> str | None:
        """The entry's spelling language ("sv" or "en"), or None when none was kept."""
        return stored.language(self.db, self._j._seq(entry_id))

    def set_language(self, entry_id: str, lang: str | None) -> None:
        """Keep ``lang`` as the entry's spelling language (None: forget it)."""
        if lang is not None:
            lang = _language(lang)
        stored.set_language(self.db, self._j._seq(entry_id), lang)

    # -- settings -----------------------------------------------------------------------

    def enabled(self) -> bool:
        """Whether spelling is checked (the setting ``spelling.enabled``; on by default)."""
        return self._j.get_setting(ENABLED_SETTING, "1") != "0"

    def set_enabled(self, on: bool) -> None:
        self._j.set_setting(ENABLED_SETTING, "1" if on else "0")

    def languages(self) -> tuple[str, ...]:
        """The spelling languages offered (``spelling.languages``; default: all)."""
        value = self._j.get_setting(LANGUAGES_SETTING, "") or ""
        chosen = tuple(dict.fromkeys(p.strip() for p in value.split(",") if p.strip() in LANGUAGES))
        return chosen or LANGUAGES

    def set_languages(self, languages: tuple[str, ...] | list[str]) -> None:
        chosen = [_language(lang) for lang in languages]
        if not chosen:
            raise InvalidInput(msg("Choose at least one spelling language: sv or en."))
        self._j.set_setting(LANGUAGES_SETTING, ",".join(dict.fromkeys(chosen)))

    # -- the JSON backup ------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        """How many personal words and how many entry spelling languages the journal
        keeps (the JSON backup carries them only when there are some)."""
        return stored.counts(self.db)


def _word(value: object) -> str:
    """A word for the personal dictionary, or a plain refusal."""
    if not isinstance(value, str):
        raise InvalidInput(msg("A word for your dictionary must be text."))
    word = unicodedata.normalize("NFC", value.strip()).replace("’", "'")
    if not word:
        raise InvalidInput(msg("Type the word to add to your dictionary."))
    control = first_control(word)
    if control is not None:
        raise InvalidInput(
            msg(
                "The word {word} holds a control character ({char}). Remove it and try again.",
                word=repr(word),
                char=visible(control),
            )
        )
    if any(c.isspace() for c in word):
        raise InvalidInput(
            msg(
                "Your dictionary takes one word at a time, without spaces: {word}. "
                "Add each word on its own.",
                word=repr(word),
            )
        )
    if len(word) > MAX_WORD:
        raise InvalidInput(
            msg(
                "The word {word}… is too long for your dictionary (at most {most} characters).",
                word=repr(word[:40]),
                most=MAX_WORD,
            )
        )
    return word


def _language(value: object) -> str:
    if value not in LANGUAGES:
        raise InvalidInput(
            msg(
                "There is no spelling dictionary for {lang}. Choose sv (Swedish) or en (English).",
                lang=repr(value),
            )
        )
    return str(value)
