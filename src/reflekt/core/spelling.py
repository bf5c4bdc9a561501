"""Spell checking: which words of a text to check, and whether Hunspell knows them.

Qt-free, so the command line (``reflekt spell``) and the app's editor share it. The
checker is spylls (Hunspell in pure Python, MPL-2.0) over the dictionaries shipped in
``assets/dictionaries`` (their sources and licences in its README): nothing to install,
nothing fetched. spylls is imported only when a dictionary is loaded, never at start-up.

Measured with spylls 0.1.7 (see the spelling contract): loading a dictionary takes
1.3-1.4 s, a lookup 0.02-3.5 ms (Swedish compounds the slowest), a suggestion
90-180 ms. So a ``Speller`` is loaded once per language per process, off the GUI
thread, lookups are cached per word, and suggestions are asked for only on request.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

LANGUAGES = ("sv", "en")
DICTIONARY = {"sv": "sv_SE", "en": "en_US"}

# -- which words to check -----------------------------------------------------------

# Spans never checked, found before the words. Order matters only where they overlap
# (a URL inside a code span is skipped either way).
_SKIP = re.compile(
    r"""
    (?P<fence>^[ \t]*(?P<mark>`{3,}|~{3,}).*?(?:^[ \t]*(?P=mark)[`~]*[ \t]*$|\Z))  # fenced block
    |(?P<code>(?P<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`))    # inline code
    |(?P<target>\]\([^)\n]*\)?)                              # a link's or picture's target
    |(?P<picture>\bpicture:\S*)                              # a picture reference
    |(?P<url>(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>()]*(?:\([^\s<>()]*\)[^\s<>()]*)*)
    |(?P<mail>\b(?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)
    |(?P<tag>(?<![\w&])\#[^\W_][\w/-]*)                      # a #tag (not &#38;)
    |(?P<entity>&\#?\w+;)                                    # an HTML entity
    |(?P<html></?[a-z][^<>\n]*>)                             # an HTML tag
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL | re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")

# Every span above holds one of these: a text without any has nothing to skip.
_MAY_SKIP = re.compile(r"[`~\]#&<@]|://|www\.|picture:", re.IGNORECASE)

# A word: letters (with combining marks), joined by apostrophes or hyphens inside it
# (don't, Erik's, e-mail, självklart-vis: Hunspell decides on the whole and then on the
# parts, as its BREAK rule says). Digits are taken in so that a word holding one
# (mp3, COVID-19, 3rd) is seen whole and skipped.
_LETTER = r"(?:[^\W_]|[\u0300-\u036f])"  # a letter or digit, or a combining mark after one
_WORD = re.compile(rf"[^\W_]{_LETTER}*(?:['’\-][^\W_]{_LETTER}*)*")


@dataclass(frozen=True)
class Word:
    """A word of a text: ``text == source[start:end]`` (Python str indices)."""

    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """The words of ``text`` to check, in order.

    Never yields words inside code spans (inline and fenced), URLs, e-mail addresses,
    ``#tags``, Markdown link and picture targets (a picture's caption is checked),
    numbers or words holding a digit, parts of file names and snake_case, one-letter
    words, or ALL-CAPS abbreviations (HR, SQL, OKR: too often names of things for a
    dictionary to know).
    """
    found: list[Word] = []
    position = 0
    if _MAY_SKIP.search(text) is None:  # plain prose: 0.3 ms for 2,500 words instead of 10
        _add_words(text, 0, len(text), found)
        return found
    for skip in _SKIP.finditer(text):
        _add_words(text, position, skip.start(), found)
        position = skip.end()
    _add_words(text, position, len(text), found)
    return found


def _add_words(text: str, start: int, end: int, found: list[Word]) -> None:
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        begin, finish = match.start(), match.end()
        if _DIGIT.search(word):
            continue
        after = text[finish : finish + 2]
        before = text[max(begin - 2, 0) : begin][::-1]
        if after[:1] == "@" or before[:1] == "@":
            continue  # a handle (@sara) or what is left of an address
        if _joined(after, "._") or _joined(before, "._"):
            continue  # a file or host name (report.pdf, intranet.example), snake_case, e.g.
        if len(word) < 2 or ("-" not in word and _abbreviation(word)):
            continue
        found.append(Word(begin, finish, word))


def _abbreviation(word: str) -> bool:
    """One letter, or up to six capitals (HR, SQL, GDPR): never flagged, alone or as
    part of a hyphenated word (GDPR-regler)."""
    return len(word) < 2 or (word.isupper() and len(word) <= 6)


def _joined(pair: str, joints: str) -> bool:
    """``pair`` (the two characters beside a word, outward) is one of ``joints`` with a
    letter or digit beyond it: ``report.pdf``, ``snake_case``; not ``_emphasis_``."""
    return len(pair) == 2 and pair[0] in joints and pair[1].isalnum()


# -- the words a person's journal knows ------------------------------------------------


class KnownWords:
    """Words the checker accepts before asking the dictionary: the personal dictionary,
    the names of people, tags and skills in the journal, and words ignored for this
    session (``ignore``). Matched the way Hunspell matches its own words: a word kept in
    lower case is known in any of its usual casings (``sara`` → Sara, SARA), one with
    capitals as written or in capitals (``Sara`` → SARA, not ``sara``).
    """

    def __init__(self, words: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        # Sets only grow, and a lookup never iterates them: the GUI thread may add a
        # word while a checking thread asks.
        self._exact: set[str] = set()  # kept with capitals: known as written
        self._lower: set[str] = set()  # kept in lower case: known in its usual casings
        self._upper: set[str] = set()  # the words with capitals, in capitals
        self._lock = threading.Lock()
        for word in words:
            self.add(word)
        for name in names:
            for part in _name_words(name):
                self.add(part)

    def add(self, word: str) -> None:
        """Know ``word`` from now on (also how the session's *Ignore* works)."""
        word = _normal(word)
        if not word:
            return
        with self._lock:
            if word == word.lower():
                self._lower.add(word)
            else:
                self._exact.add(word)
                self._upper.add(word.upper())

    ignore = add

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        word = _normal(word)
        if word in self._exact or word in self._lower:
            return True
        lower = word.lower()
        if lower in self._lower and (word == word.capitalize() or word.isupper()):
            return True
        if word.isupper() and word in self._upper:  # SARA: a name written in capitals
            return True
        # A name's genitive: Erik's, Eriks (Swedish), Anders'.
        for ending in ("'s", "s", "'"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and stem in self._exact:
                return True
        return False

    def __len__(self) -> int:
        return len(self._exact) + len(self._lower)

    def __repr__(self) -> str:
        return f"KnownWords({len(self)} words)"


def _name_words(name: str) -> list[str]:
    """A name's words: ``Sara Ek`` → Sara, Ek; ``code-review`` → code-review, code,
    review (a tag may be written with or without its hyphen)."""
    parts: list[str] = []
    for word in _WORD.findall(name):
        parts.append(word)
        if "-" in word:
            parts.extend(piece for piece in word.split("-") if piece)
    return parts


def _normal(word: str) -> str:
    """A word as the dictionaries spell it: composed (NFC), straight apostrophes."""
    word = unicodedata.normalize("NFC", word.strip())
    return word.replace("’", "'")


# -- the checker -------------------------------------------------------------------------


class Speller:
    """One language's Hunspell dictionary. ``Speller.load`` is slow (over a second):
    call it off the GUI thread, and through ``speller(lang)``, which loads each once."""

    def __init__(self, lang: str, dictionary: Any) -> None:
        self.lang = lang
        self._dictionary = dictionary
        self._known: dict[str, bool] = {}
        self._suggestions: dict[tuple[str, int], list[str]] = {}

    @classmethod
    def load(cls, lang: str) -> Speller:
        """Read ``lang``'s dictionary from reflekt's own files (``assets/dictionaries``)."""
        import importlib.resources

        from spylls.hunspell import Dictionary

        name = DICTIONARY[_checked(lang)]
        folder = importlib.resources.files("reflekt") / "assets" / "dictionaries"
        with (
            importlib.resources.as_file(folder / f"{name}.aff") as aff,
            importlib.resources.as_file(folder / f"{name}.dic"),
        ):
            dictionary = Dictionary.from_files(str(aff)[: -len(".aff")])
        return cls(lang, dictionary)

    def known(self, word: str) -> bool:
        """Whether the dictionary accepts ``word`` (cached: a dict lookup after the first)."""
        found = self._known.get(word)
        if found is None:
            found = self._lookup(word)
            self._known[word] = found  # a race only computes the same answer twice
        return found

    def _lookup(self, word: str) -> bool:
        normal = _normal(word)
        lookup = self._dictionary.lookup
        if lookup(normal):
            return True
        # A word ending in a possessive the dictionary spells otherwise (Erik's, Eriks).
        if normal.endswith("'s") and lookup(normal[:-2]):
            return True
        # Hyphenated, each part on its own: Hunspell's BREAK rule, which spylls does not
        # apply to every dictionary (sv_SE sets none).
        if "-" in normal:
            parts = [part for part in normal.split("-") if part]
            return bool(parts) and all(_abbreviation(part) or lookup(part) for part in parts)
        return False

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` corrections, best first (slow: 0.1-0.2 s a word; cached)."""
        key = (word, limit)
        found = self._suggestions.get(key)
        if found is None:
            found = []
            for suggestion in self._candidates(_normal(word)):
                if suggestion not in found:
                    found.append(suggestion)
                if len(found) >= limit:
                    break
            self._suggestions[key] = found
        return list(found)

    def _candidates(self, word: str) -> Iterator[str]:
        if self.lang == "sv":
            yield from self._with_swedish_letters(word)
        # A capitalised word (a sentence's first) is corrected as its lower case first,
        # capitalised back: spylls alone offers "Eh, Th, Te" for "Teh", not "The".
        lower = word.lower()
        if word != lower and word == word.capitalize():
            for suggestion in self._dictionary.suggest(lower):
                yield suggestion[:1].upper() + suggestion[1:]
        yield from self._dictionary.suggest(word)

    def _with_swedish_letters(self, word: str) -> list[str]:
        """The word with å, ä or ö where it has a or o, when the dictionary knows it:
        Swedish typed on a keyboard without them (ocksa, maste, forsta). Hunspell ranks
        these low (första is not among its first ten for forsta); here they come first.
        """
        places = [i for i, c in enumerate(word) if c in _PLAIN_LETTERS]
        if not places or math.prod(len(_PLAIN_LETTERS[word[i]]) for i in places) > _MOST_TRIED:
            return []
        found = []
        for letters in itertools.product(*(_PLAIN_LETTERS[word[i]] for i in places)):
            chars = list(word)
            for i, letter in zip(places, letters, strict=True):
                chars[i] = letter
            candidate = "".join(chars)
            if candidate != word and self.known(candidate):
                found.append(candidate)
        return found


# The letters a keyboard without å, ä, ö leaves (capitals too), and how many spellings
# of one word are looked up at most: a long compound's lookup can take milliseconds, and
# 54 (three a's and an o: larandemote) stays under ~0.1 s.
_PLAIN_LETTERS = {
    "a": ("a", "å", "ä"),
    "o": ("o", "ö"),
    "A": ("A", "Å", "Ä"),
    "O": ("O", "Ö"),
}
_MOST_TRIED = 54

_spellers: dict[str, Speller] = {}
_locks = {lang: threading.Lock() for lang in LANGUAGES}


def speller(lang: str) -> Speller:
    """The ``Speller`` for ``lang``, loaded once per process: two threads asking at the
    same time wait for the one load."""
    lang = _checked(lang)
    found = _spellers.get(lang)
    if found is not None:
        return found
    with _locks[lang]:
        found = _spellers.get(lang)
        if found is None:
            found = _spellers[lang] = Speller.load(lang)
    return found


def loaded(lang: str) -> bool:
    """Whether ``lang``'s dictionary is loaded already (so a check would not wait)."""
    return lang in _spellers


def misspelt(text: str, lang: str, known: KnownWords | None = None) -> list[Word]:
    """The words of ``text`` that neither ``known`` nor ``lang``'s dictionary accepts."""
    check = speller(lang).known
    return [
        word
        for word in words(text)
        if not (known is not None and word.text in known) and not check(word.text)
    ]


def _checked(lang: str) -> str:
    if lang not in DICTIONARY:
        from reflekt.errors import InvalidInput
        from reflekt.messages import msg

        raise InvalidInput(
            msg(
                "There is no spelling dictionary for {lang}. Choose sv (Swedish) or en (English).",
                lang=repr(lang),
            )
        )
    return lang


# -- which language a text is in ------------------------------------------------------------

# The commonest short words of each language that the other does not use: counting them
# tells Swedish from English in a sentence or two (tests/unit/test_spelling_language.py
# measures it on work notes). Words both use (i, a, man, for, under) are left out.
# Measured on those 48 notes: this count guesses 47 right and none wrong (one short
# Swedish note gets no guess) in 0.1 ms a note, with nothing to load; py3langid 0.4
# (restricted to sv/en) guessed all 48 but takes 1.0 s to load its model and numpy, and
# answers even for one name ("Sara" → en), so it would still need this "too little" rule.
_SWEDISH_WORDS = """
    och att det som en ett är var på för med inte jag vi av till den de har hade om kan
    så men eller vad när också från hon han mig min mitt mina vår vårt våra hur efter
    skulle mycket bara nu här där bra idag mer sedan sen ska vill blev bli blir något
    några alla allt andra hela måste kunde även dag veckan mot utan eftersom därför
    också lite fick får gick går gjorde göra ha vara sig sin sitt sina dem oss er ni du
    honom henne vilken vilket vilka detta dessa denna fram upp ut hos igen aldrig alltid
    tillsammans kollega kollegor möte mötet jobbet inför nästa första
"""
_ENGLISH_WORDS = """
    the and to of is it that was with on we my this have be not are but at they you
    from had what when so about how our after today more then will would could should
    did do does been were which who their them there here very just also into than
    out up if or an by all some any next first meeting colleague colleagues
    i'm it's don't didn't can't i'd we'd learned learnt asked helped showed
"""
_SWEDISH = frozenset(_SWEDISH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_MIN_EVIDENCE = 2  # function words (or Swedish letters) before a guess is made


def guess_language(text: str) -> str | None:
    """ "sv" or "en" for ``text``, or None when there is too little to tell."""
    swedish = english = 0
    for word in words(text):
        lower = _normal(word.text).lower()
        if lower in _SWEDISH:
            swedish += 2
        elif lower in _ENGLISH:
            english += 2
        elif any(c in "åäö" for c in lower):
            swedish += 1
    if max(swedish, english) < _MIN_EVIDENCE * 2 - 1 or swedish == english:
        return None
    return "sv" if swedish > english else "en"


GUESS_FROM = 3000  # characters an entry's language is guessed from


def guess_entry_language(title: str, body: str, sections: Iterable[str] = ()) -> str | None:
    """An entry's spelling language guessed from its title, text and sections, as it is
    written (the app's editor and ``reflekt add``/``edit``); None when too little to tell.
    The first few hundred words tell as well as all of them, at a fraction of the cost
    (guess_language takes 10 ms on 2,000 words)."""
    return guess_language("\n".join([title, body, *sections])[:GUESS_FROM])
