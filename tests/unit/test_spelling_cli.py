"""``reflekt spell [FILE|-] [--lang sv|en] [--suggestions N] [--json]`` as a script or a
person uses it: line, column and suggestions, the journal's words known, exit 7 when
there are misspelt words, and plain refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt import messages
from reflekt.cli.spell import EXIT_MISSPELT
from reflekt.core.journal import Journal

SWEDISH = (
    "Idag hade vi ett lärandemöte om kunskapsdelning.\n"
    "Min kolega visade jobbskuggning, och jag lärde mig ocksa mycket.\n"
)
ENGLISH = "Today I did not recieve the notes from my collegue.\nTeh meeting was good.\n"


@pytest.fixture
def cli(journal_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> Cli:
    yield Cli(journal_path, capsys, monkeypatch)
    messages.set_language("en")


def _file(tmp_path: Path, text: str, name: str = "note.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_swedish_misspellings_with_line_column_and_suggestions(cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli("spell", _file(tmp_path, SWEDISH))
    assert code == EXIT_MISSPELT == 7, err
    assert out.splitlines() == [
        "2:5 kolega → kollega, kolera",
        "2:52 ocksa → också, socka, ockra",
    ]
    # The compounds, Swedish letters and capitalised sentence starts pass.
    assert "lärandemöte" not in out and "jobbskuggning" not in out and "Idag" not in out


def test_english_from_standard_input_as_json(cli: Cli) -> None:
    code, out, _ = cli("spell", "-", "--json", stdin=ENGLISH.encode())
    assert code == 7
    found = json.loads(out)
    assert [(f["line"], f["column"], f["word"]) for f in found] == [
        (1, 17, "recieve"),
        (1, 43, "collegue"),
        (2, 1, "Teh"),
    ]
    assert found[0]["suggestions"][0] == "receive"
    assert "colleague" in found[1]["suggestions"]
    assert found[2]["suggestions"][0] == "The"  # capitalised as the word was
    assert {f["language"] for f in found} == {"en"}
    assert all(len(f["suggestions"]) <= 3 for f in found)


def test_no_file_reads_standard_input_and_a_clean_text_exits_0_silently(cli: Cli) -> None:
    text = "Vi hade ett bra lärandemöte om jobbskuggning och kunskapsdelning."
    assert cli("spell", stdin=text.encode()) == (0, "", "")
    assert cli("spell", "--json", stdin=text.encode())[:2] == (0, "[]\n")


def test_column_counts_characters_from_1(cli: Cli, tmp_path: Path) -> None:
    text = "Åsa\tär på mötet.\n\n    Ärligt, en kolega åt.\n"
    found = json.loads(cli("spell", _file(tmp_path, text), "--json")[1])
    assert [(f["line"], f["column"]) for f in found] == [(3, 16)]
    assert text.splitlines()[2][16 - 1 :].startswith("kolega")


def test_code_links_tags_and_numbers_are_not_checked(cli: Cli, tmp_path: Path) -> None:
    text = (
        "Vi gick igenom `kolega_fn()` och https://x.se/kolega med #kolega idag.\n"
        "```\nrecieve teh kolega\n```\n"
        "Mejla sara.kolega@example.se om 3kolega. ![Min kolega](picture:abc)\n"
    )
    found = json.loads(cli("spell", _file(tmp_path, text), "--json", "--lang", "sv")[1])
    assert [(f["line"], f["word"]) for f in found] == [(5, "kolega")]  # the caption's


def test_lang_chooses_and_a_short_text_falls_back_to_the_ui_language(cli: Cli) -> None:
    # "kolega" alone is too little to guess from.
    assert cli("spell", "--lang", "sv", stdin=b"kolega")[0] == 7
    code, out, _ = cli("--lang", "en", "spell", "--json", "--suggestions", "0", stdin=b"kolega")
    assert code == 7 and json.loads(out)[0]["language"] == "en"
    code, out, _ = cli("--lang", "sv", "spell", "--json", "--suggestions", "0", stdin=b"kolega")
    assert json.loads(out)[0]["language"] == "sv"
    # An English text checked as Swedish is full of misspellings: --lang wins over the guess.
    code, out, _ = cli("spell", "--lang", "sv", "--suggestions", "0", "--json", stdin=b"the cat")
    assert [f["word"] for f in json.loads(out)] == ["the", "cat"]


def test_suggestions_0_prints_the_words_alone(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("spell", _file(tmp_path, SWEDISH), "--suggestions", "0")
    assert (code, out.splitlines()) == (7, ["2:5 kolega", "2:52 ocksa"])


def test_the_journals_names_and_personal_dictionary_are_known(
    cli: Cli, journal_path: Path, tmp_path: Path
) -> None:
    text = "Idag parade jag med Anneli Kjellqvist på Terraformering och plopfnurr.\n"
    note = _file(tmp_path, text)
    code, out, _ = cli("spell", note, "--suggestions", "0")
    assert code == 7 and "Kjellqvist" in out and "plopfnurr" in out
    with Journal.open(journal_path) as journal:
        journal.add("Parade", people=["Anneli Kjellqvist"], skills=["Terraformering"])
        journal.spelling.add_word("plopfnurr")
    assert cli("spell", note) == (0, "", "")


def test_it_never_creates_a_journal(cli: Cli, journal_path: Path, tmp_path: Path) -> None:
    assert not journal_path.exists()
    assert cli("spell", _file(tmp_path, "Hej på dig, kolega."))[0] == 7
    assert not journal_path.exists()
    assert list(journal_path.parent.glob("journal.reflekt*")) == []


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        (["spell", "/nonexistent/note.md"], None, "There is no file"),
        (["spell", "--suggestions", "11"], b"x", "--suggestions takes a number from 0 to 10"),
        (["spell", "--lang", "de"], b"x", "invalid choice"),
        (["spell", "-"], b"\xff\xfe kolega", "not UTF-8"),
    ],
)
def test_bad_input_is_refused_in_one_plain_line(
    cli: Cli, args: list[str], stdin: bytes | None, says: str
) -> None:
    cli.fails(*args, stdin=stdin, match=says)


def test_a_file_that_is_not_utf8_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Min kolega på mötet".encode("latin-1"))
    cli.fails("spell", str(path), match="is not UTF-8 text")


def test_a_refusal_in_swedish(cli: Cli) -> None:
    err = cli.fails("--lang", "sv", "spell", "--suggestions", "99", stdin=b"x", match="från 0")
    assert "--suggestions tar ett tal från 0 till 10." in err


def test_control_characters_in_the_text_never_reach_the_terminal(cli: Cli, tmp_path: Path) -> None:
    text = "Min kolega\x1b]52;c;aGk=\x07 och \u202eteh\u202c kolega\x9b2J.\n"
    code, out, _ = cli("spell", _file(tmp_path, text), "--suggestions", "1")
    assert code == 7
    assert not any(c in out for c in "\x1b\x07\u202e\u202c\x9b")


def _run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reflekt", *args],
        input=stdin.encode(),
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_a_terminal_that_cannot_show_the_arrow_gets_an_ascii_one(tmp_path: Path) -> None:
    done = _run(
        ["--journal", str(tmp_path / "j.reflekt"), "spell", "--lang", "en", "--suggestions", "1"],
        {"PYTHONIOENCODING": "ascii"},
        "Teh end.",
    )
    assert done.returncode == 7, done.stderr
    assert done.stdout.decode() == "1:1 Teh -> The\n"


def test_the_help_names_the_exit_status(tmp_path: Path) -> None:
    done = _run(["spell", "--help"], {})
    assert "exit 7 when there are some, 0 when none" in " ".join(done.stdout.decode().split())
    done = _run(["--lang", "sv", "spell", "--help"], {})
    assert "slutkod 7 när det finns några" in " ".join(done.stdout.decode().split())


def test_other_commands_never_load_the_checker(journal_path: Path) -> None:
    with Journal.open(journal_path):
        pass
    script = (
        "import sys\n"
        "from reflekt.cli import main\n"
        f"code = main(['--journal', {str(journal_path)!r}, 'backups'])\n"
        "print(code, 'spylls' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "0 False", done.stderr


# -- reflekt dictionary: the personal dictionary from the terminal ---------------------------


def test_the_dictionary_lists_adds_and_removes_words(cli: Cli, tmp_path: Path) -> None:
    assert "Your dictionary is empty" in cli.ok("dictionary")
    out = cli.ok("dictionary", "add", "plopfnurr", "Reflektdag", "plopfnurr")
    assert out == "Added to your dictionary: plopfnurr, Reflektdag\n"
    out = cli.ok("dictionary", "add", "Reflektdag", "Zyxqvortkaka")
    assert out.splitlines() == [
        "Added to your dictionary: Zyxqvortkaka",
        "Already in your dictionary: Reflektdag",
    ]
    assert cli.ok("dictionary") == "plopfnurr\nReflektdag\nZyxqvortkaka\n"
    assert json.loads(cli.ok("dictionary", "list", "--json")) == [
        "plopfnurr",
        "Reflektdag",
        "Zyxqvortkaka",
    ]
    # What is added is known to `reflekt spell` at once.
    note = _file(tmp_path, "Idag en Reflektdag med plopfnurr och Zyxqvortkaka.")
    assert cli("spell", note, "--lang", "sv") == (0, "", "")
    assert cli.ok("dictionary", "remove", "zyxqvortkaka", "nix").splitlines() == [
        "Removed from your dictionary: Zyxqvortkaka",
        "nix is not in your dictionary.",
    ]
    assert cli("spell", note, "--lang", "sv", "--suggestions", "0")[1] == "1:38 Zyxqvortkaka\n"


def test_the_dictionary_refuses_a_phrase_and_adds_nothing_of_the_command(cli: Cli) -> None:
    cli.fails("dictionary", "add", "plopfnurr", "två ord", match="one word at a time")
    cli.fails("dictionary", "add", "esc\x1b[2Jape", match="control character (\\x1b)")
    assert "Your dictionary is empty" in cli.ok("dictionary")


def test_the_dictionary_in_swedish(cli: Cli) -> None:
    assert cli.ok("--lang", "sv", "dictionary", "add", "plopfnurr") == (
        "Tillagt i din ordlista: plopfnurr\n"
    )
    assert (
        cli.ok("--lang", "sv", "dictionary", "remove", "nix") == "nix finns inte i din ordlista.\n"
    )


def test_without_journal_option_the_default_journals_words_are_known(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflekt import paths
    from reflekt.cli import main

    note = _file(tmp_path, "Idag skrev jag om plopfnurr med min kolega.")
    assert not paths.default_journal().exists()
    assert main(["spell", note, "--suggestions", "0"]) == 7
    assert capsys.readouterr().out == "1:19 plopfnurr\n1:37 kolega\n"
    assert not paths.default_journal().exists()  # never made by `spell`
    with Journal.open(paths.default_journal()) as journal:
        journal.spelling.add_word("plopfnurr")
    assert main(["spell", note, "--suggestions", "0"]) == 7
    assert capsys.readouterr().out == "1:37 kolega\n"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        (
            "sv",
            "Min kolega gjorde jobbskugning och ocksa en reflektoin efter lärandemötet om "
            "kunskapsdelning, jobbskuggning och kodgranskningar i Stockholm.",
            ["kolega", "jobbskugning", "ocksa", "reflektoin"],
        ),
        (
            "en",
            "My collegue did not recieve teh notes; we seperate the knowledge-sharing "
            "meeting from the colleagues' code reviews in London.",
            ["collegue", "recieve", "teh", "seperate"],
        ),
    ],
)
def test_known_misspellings_are_flagged_and_known_good_words_are_not(
    cli: Cli, lang: str, text: str, flagged: list[str]
) -> None:
    code, out, _ = cli("spell", "--json", "--suggestions", "0", stdin=text.encode())
    assert code == 7
    found = json.loads(out)
    assert [f["word"] for f in found] == flagged
    assert {f["language"] for f in found} == {lang}  # guessed from the text
