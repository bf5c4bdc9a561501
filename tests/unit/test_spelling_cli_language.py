"""The spelling language is guessed when an entry is written from the command line
(``reflekt add``/``edit``), as the editor does, so the app opens it checked in the right
language; too little text leaves it unset, and a language already kept is never changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt import messages
from reflekt.core.journal import Journal


@pytest.fixture
def cli(journal_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> Cli:
    yield Cli(journal_path, capsys, monkeypatch)
    messages.set_language("en")


def _language(journal_path: Path, entry_id: str) -> str | None:
    with Journal.open(journal_path) as journal:
        return journal.spelling.language(entry_id)


def test_add_keeps_the_guessed_language_of_a_swedish_entry(cli: Cli, journal_path: Path) -> None:
    entry_id = cli.ok("add", "Idag hade vi ett lärandemöte och jag lärde mig mycket.").strip()
    assert _language(journal_path, entry_id) == "sv"


def test_add_keeps_the_guessed_language_of_an_english_entry_from_stdin(
    cli: Cli, journal_path: Path
) -> None:
    text = "Today my colleague showed me how the release works, and we paired on it."
    entry_id = cli.ok("add", "-", stdin=text.encode()).strip()
    assert _language(journal_path, entry_id) == "en"


def test_the_title_counts_too(cli: Cli, journal_path: Path) -> None:
    entry_id = cli.ok("add", "Anneli", "--title", "Vad jag lärde mig av mötet idag").strip()
    assert _language(journal_path, entry_id) == "sv"


def test_too_little_text_keeps_no_language(cli: Cli, journal_path: Path) -> None:
    entry_id = cli.ok("add", "Anneli, Terraform").strip()
    assert _language(journal_path, entry_id) is None


def test_edit_guesses_when_none_is_kept_and_never_overrides_a_kept_one(
    cli: Cli, journal_path: Path
) -> None:
    entry_id = cli.ok("add", "Terraform").strip()
    assert _language(journal_path, entry_id) is None
    cli.ok("edit", entry_id, "Today I learned how the colleagues plan their week.")
    assert _language(journal_path, entry_id) == "en"
    with Journal.open(journal_path) as journal:
        journal.spelling.set_language(entry_id, "sv")  # picked by the person in the app
    cli.ok("edit", entry_id, "And then we did the retro, which was very good.")
    assert _language(journal_path, entry_id) == "sv"


def test_add_json_is_unchanged_and_the_guess_is_kept(cli: Cli, journal_path: Path) -> None:
    entry = cli.json("add", "Vi hade ett bra möte om kunskapsdelning idag.")
    assert entry["id"] and "body" in entry
    assert _language(journal_path, entry["id"]) == "sv"


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_spell_refuses_a_folder_in_words_about_spelling(
    cli: Cli, tmp_path: Path, journal_path: Path, lang: str
) -> None:
    says = {"en": "is not a text file", "sv": "är ingen textfil"}[lang]
    err = cli.fails("--lang", lang, "spell", str(tmp_path), match=says)
    assert "import" not in err and "importera" not in err
    assert not journal_path.exists()
