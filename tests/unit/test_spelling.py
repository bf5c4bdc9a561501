"""The spell checker's core (core/spelling.py): which words are checked, what the
shipped dictionaries accept, the journal's own words, and loading once per process."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflekt.core import spelling
from reflekt.core.spelling import KnownWords, Word, misspelt, speller, words
from reflekt.errors import InvalidInput


def texts(text: str) -> list[str]:
    return [w.text for w in words(text)]


# -- the tokenizer ----------------------------------------------------------------------


def test_words_take_swedish_letters_apostrophes_and_hyphens() -> None:
    assert texts("Ärligt talat, don't tell Erik's kollega om e-post på café Übersicht") == [
        "Ärligt",
        "talat",
        "don't",
        "tell",
        "Erik's",
        "kollega",
        "om",
        "e-post",
        "på",
        "café",
        "Übersicht",
    ]
    # A typographic apostrophe joins the word too; quotes around a word do not.
    assert texts("It’s 'quoted' here") == ["It’s", "quoted", "here"]


def test_a_word_with_a_combining_accent_stays_one_word() -> None:
    text = "Cafe\u0301 idag"  # é written as e + combining acute
    assert texts(text) == ["Cafe\u0301", "idag"]


@pytest.mark.parametrize(
    "text",
    [
        "Run `kolega --fast` now",  # inline code
        "Run ``a ` kolega`` now",  # inline code with a backtick inside
        "Before\n```python\nkolega = recieve()\n```\nnow",  # fenced code
        "Before\n~~~\nkolega\n~~~\nnow",
        "Before\n  ````\nkolega\n```\nteh\n  `````\nnow",  # closed by as many marks or more
        "See https://example.com/kolega?x=recieve#teh now",
        "See http://intranet/kolega now",
        "See www.kolega.se now",
        "Mail kolega.recieve@example.com now",
        "Mail mailto:teh@example.se now",
        "Tagged #kolega now",
        "Tagged #kolega/recieve now",
        "A [link](https://x.se/kolega) now",
        "A ![](picture:3f2a-kolega) now",
        "A picture:kolega now",
        "Numbers 123 4,5 and kolega2 mp3 3rd COVID-19 now",
        "Snake snake_kolega_case now",
        "Files report.kolega intranet.example now",
        "Caps SQL HR OKR ESS now",
        "Markup <kolega> &teh; now",
    ],
)
def test_never_checked(text: str) -> None:
    found = texts(text)
    assert not {"kolega", "recieve", "teh", "example", "intranet", "SQL", "HR"} & set(found)
    assert found[-1] == "now" and len(found) <= 4  # the words around are still checked


def test_a_fence_left_open_runs_to_the_end() -> None:
    assert texts("Before\n```\nkolega never closed") == ["Before"]


def test_markdown_emphasis_is_checked_inside() -> None:
    assert texts("Det var _viktigt_ och **kolega** och *teh*") == [
        "Det",
        "var",
        "viktigt",
        "och",
        "kolega",
        "och",
        "teh",
    ]


def test_a_pictures_caption_and_a_links_text_are_checked() -> None:
    assert texts("![Min kolega](picture:abc) och [recieve](http://x.se)") == [
        "Min",
        "kolega",
        "och",
        "recieve",
    ]


def test_one_letter_words_are_left_alone_and_long_capitals_are_checked() -> None:
    assert texts("I x a IMPORTANT") == ["IMPORTANT"]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_offsets_always_slice_back_to_the_word(text: str) -> None:
    previous = 0
    for word in words(text):
        assert text[word.start : word.end] == word.text
        assert word.text and word.start >= previous
        previous = word.end


@given(st.text(alphabet=st.characters(exclude_characters="`~]#&<@:"), max_size=200))
def test_plain_prose_takes_the_quick_path_to_the_same_words(text: str) -> None:
    # A code span at the end sends the text through the full search for skipped spans.
    assert words(text) == words(text + " `x`")


@given(
    st.lists(
        st.sampled_from(["kolega", "`x`", "https://a.se/b", "#tag", "12", "Erik's", "e-post"])
        | st.text(alphabet="abcåäö ’'-`#@.\n", max_size=12),
        max_size=20,
    )
)
def test_offsets_hold_for_markdown_like_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for word in words(text):
        assert text[word.start : word.end] == word.text


# -- the dictionaries -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["kolega", "jobbskugning", "ocksa", "kunskapsdelnig", "reflektoin", "stockholm"],
)
def test_swedish_misspellings_are_flagged(word: str) -> None:
    assert [w.text for w in misspelt(f"Idag {word} här", "sv")] == [word]


@pytest.mark.parametrize(
    "word",
    ["recieve", "collegue", "teh", "definately", "seperate", "london"],
)
def test_english_misspellings_are_flagged(word: str) -> None:
    assert [w.text for w in misspelt(f"Today {word} here", "en")] == [word]


def test_known_good_swedish_is_not_flagged() -> None:
    text = (
        "Lärandemöte om kunskapsdelning och jobbskuggning i Stockholm. "
        "Kollegan visade e-post och it-avdelningen. Självklart-vis!"
    )
    assert misspelt(text, "sv") == []


def test_known_good_english_is_not_flagged() -> None:
    text = "I didn't receive my colleague's e-mail in London. It’s a well-known problem."
    assert misspelt(text, "en") == []


def test_abbreviations_are_left_alone_alone_and_in_compounds() -> None:
    text = "GDPR-reglerna gäller HR och SQL-frågor. Ring IT-supporten, inte kolega-gruppen."
    assert [w.text for w in misspelt(text, "sv")] == ["kolega-gruppen"]
    assert misspelt("The GDPR-based API-first plan.", "en") == []


def test_case_rules_follow_hunspell() -> None:
    sv = speller("sv")
    assert sv.known("Kunskapsdelning")  # a lower-case word capitalised (sentence start)
    assert sv.known("Stockholm") and not sv.known("stockholm")  # a name keeps its capital
    assert sv.known("KUNSKAPSDELNING")
    en = speller("en")
    assert en.known("The") and en.known("London") and not en.known("london")


def test_swedish_typed_without_a_swedish_keyboard_gets_its_letters_back_first() -> None:
    sv = speller("sv")
    assert sv.suggest("ocksa", limit=1) == ["också"]
    assert sv.suggest("forsta", limit=2) == ["första", "förstå"]
    assert sv.suggest("Battre", limit=1) == ["Bättre"]
    assert speller("en").suggest("forsta", limit=3)[0] != "första"  # Swedish only


def test_suggestions_put_the_right_word_first_or_near() -> None:
    assert speller("sv").suggest("kolega")[0] == "kollega"
    assert speller("sv").suggest("jobbskugning")[0] == "jobbskuggning"
    assert speller("en").suggest("recieve")[0] == "receive"
    assert "colleague" in speller("en").suggest("collegue", limit=3)
    assert len(speller("en").suggest("teh", limit=2)) == 2


def test_lookups_are_cached_per_word() -> None:
    sv = speller("sv")
    calls: list[str] = []
    real = sv._dictionary

    class Counting:
        def lookup(self, word: str) -> bool:
            calls.append(word)
            return real.lookup(word)

    sv._dictionary = Counting()
    try:
        for _ in range(3):
            sv.known("lärandemötesanteckningarna-test")
        assert len(calls) >= 1
        first = len(calls)
        sv.known("lärandemötesanteckningarna-test")
        assert len(calls) == first
    finally:
        sv._dictionary = real


def test_an_unknown_language_is_refused_plainly() -> None:
    with pytest.raises(InvalidInput, match=r"sv \(Swedish\) or en"):
        speller("de")
    with pytest.raises(InvalidInput):
        misspelt("text", "xx")


def test_two_threads_asking_at_once_load_the_dictionary_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads: list[str] = []
    started = threading.Event()

    def slow_load(cls: type, lang: str) -> spelling.Speller:
        loads.append(lang)
        started.set()
        threading.Event().wait(0.3)  # long enough for the other thread to ask meanwhile
        return spelling.Speller(lang, None)

    monkeypatch.setattr(spelling, "_spellers", {})
    monkeypatch.setattr(spelling.Speller, "load", classmethod(slow_load))
    got: list[spelling.Speller] = []
    threads = [threading.Thread(target=lambda: got.append(speller("en"))) for _ in range(2)]
    threads[0].start()
    started.wait(5)
    threads[1].start()
    for thread in threads:
        thread.join(5)
    assert loads == ["en"]
    assert len(got) == 2 and got[0] is got[1]
    assert spelling.loaded("en")


def test_the_dictionaries_come_with_reflekt() -> None:
    import importlib.resources

    folder = importlib.resources.files("reflekt") / "assets" / "dictionaries"
    for name in spelling.DICTIONARY.values():
        assert (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "LGPL-3" in readme and "SCOWL" in readme


# -- the journal's own words ----------------------------------------------------------------


def test_known_words_match_the_way_hunspell_matches_its_own() -> None:
    known = KnownWords(["grejsimojs", "Reflekt"], names=["Sara Lindqvist", "code-review"])
    assert "grejsimojs" in known and "Grejsimojs" in known and "GREJSIMOJS" in known
    assert "gREJSIMOJS" not in known
    assert "Reflekt" in known and "REFLEKT" in known and "reflekt" not in known
    assert "Lindqvist" in known and "Sara" in known and "LINDQVIST" in known
    assert "Lindqvists" in known and "Lindqvist's" in known  # genitives of a name
    assert "code-review" in known and "review" in known
    assert "Stockholm" not in known and 3 not in known


def test_known_words_are_not_flagged_and_ignoring_works_for_the_session() -> None:
    known = KnownWords(["plopfnurr"], names=["Anneli Kjellqvist"])
    text = "Kjellqvist och Anneli visade plopfnurr, min kolega också."
    assert [w.text for w in misspelt(text, "sv", known)] == ["kolega"]
    known.ignore("kolega")
    assert misspelt(text, "sv", known) == []
    assert misspelt(text, "sv") != []  # the dictionary itself never learnt it


def test_a_word_is_a_value() -> None:
    assert Word(0, 3, "Hej") == Word(0, 3, "Hej")
    with pytest.raises(AttributeError):
        Word(0, 3, "Hej").text = "x"  # type: ignore[misc]


def test_words_added_while_another_thread_checks_never_break_the_check() -> None:
    known = KnownWords(names=["Sara Ek"])
    stop = threading.Event()
    failures: list[BaseException] = []

    def ask() -> None:
        try:
            while not stop.is_set():
                assert "SARA" in known and "EK" in known and "KOLEGA" not in known
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    reader = threading.Thread(target=ask)
    reader.start()
    for number in range(20_000):
        known.add(f"Namn{chr(0x41 + number % 26)}{number}")
    stop.set()
    reader.join(5)
    assert failures == []
    assert "NAMNA0" in known and len(known) == 20_002
