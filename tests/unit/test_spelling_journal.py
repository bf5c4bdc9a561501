"""The journal's words (``journal.spelling``): the personal dictionary, each entry's
spelling language, the settings; kept in the journal file (so backups carry them) and
never anywhere else (exports, bundles, the team folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt.core.journal import Journal
from reflekt.core.spelling import misspelt
from reflekt.core.storage import backup
from reflekt.errors import InvalidInput, NotFound

# Words no dictionary and no entry holds: if one shows up in a file, the personal
# dictionary leaked into it.
SECRET = "Zyxqvortkaka"
OTHER = "plopfnurr"


def test_words_are_kept_as_typed_sorted_and_added_once(journal: Journal) -> None:
    assert journal.spelling.words() == []
    assert journal.spelling.add_word("  grejsimojs ") == "grejsimojs"
    journal.spelling.add_word("Reflekt")
    journal.spelling.add_word("Reflekt")
    journal.spelling.add_word("API-nyckel")
    journal.spelling.add_word("Erik’s")  # kept with a straight apostrophe
    assert journal.spelling.words() == ["API-nyckel", "Erik's", "grejsimojs", "Reflekt"]


def test_remove_takes_the_word_as_written_or_else_its_other_casings(journal: Journal) -> None:
    for word in ("Reflekt", "reflekt", "Grejsimojs"):
        journal.spelling.add_word(word)
    assert journal.spelling.remove_word("reflekt") == ["reflekt"]
    assert journal.spelling.words() == ["Grejsimojs", "Reflekt"]
    assert journal.spelling.remove_word("grejsimojs") == ["Grejsimojs"]
    assert journal.spelling.remove_word("nothing") == []
    assert journal.spelling.words() == ["Reflekt"]


@pytest.mark.parametrize(
    ("word", "says"),
    [
        ("två ord", "one word at a time"),
        ("tab\there", "one word at a time"),
        ("esc\x1bape", "control character (\\x1b)"),
        ("", "Type the word"),
        ("   ", "Type the word"),
        ("a" * 101, "too long"),
        (42, "must be text"),
    ],
)
def test_what_is_not_a_word_is_refused_plainly_and_nothing_is_kept(
    journal: Journal, word: object, says: str
) -> None:
    journal.spelling.add_word("kvar")
    with pytest.raises(InvalidInput, match=r"dictionary|word") as refused:
        journal.spelling.add_word(word)  # type: ignore[arg-type]
    assert says in str(refused.value)
    assert journal.spelling.words() == ["kvar"]


def test_known_words_hold_the_dictionary_and_the_names_of_people_tags_and_skills(
    journal: Journal,
) -> None:
    journal.add(
        "Parade med Anneli",
        people=["Anneli Kjellqvist"],
        tags=["tvärgrupp"],
        skills=["Terraformering"],
    )
    journal.spelling.add_word(SECRET)
    known = journal.spelling.known_words()
    for word in ("Anneli", "Kjellqvist", "Kjellqvists", "tvärgrupp", "Terraformering", SECRET):
        assert word in known, word
    text = f"Anneli Kjellqvist och {SECRET} om Terraformering i tvärgrupp, min kolega."
    assert [w.text for w in misspelt(text, "sv", known)] == ["kolega"]
    assert len(misspelt(text, "sv")) > 1  # without the journal's words they are flagged


def test_an_entry_keeps_its_spelling_language(journal: Journal) -> None:
    entry = journal.add("Idag lärde jag mig något")
    assert journal.spelling.language(entry.id) is None
    journal.spelling.set_language(entry.id, "sv")
    assert journal.spelling.language(entry.id[:8]) == "sv"  # a short id works as anywhere
    journal.spelling.set_language(entry.id, "en")
    assert journal.spelling.language(entry.id) == "en"
    with pytest.raises(InvalidInput, match="sv \\(Swedish\\) or en"):
        journal.spelling.set_language(entry.id, "de")
    assert journal.spelling.language(entry.id) == "en"
    journal.spelling.set_language(entry.id, None)
    assert journal.spelling.language(entry.id) is None


def test_an_unknown_entry_is_refused_and_a_purged_entry_takes_its_language_along(
    journal: Journal,
) -> None:
    with pytest.raises(NotFound):
        journal.spelling.set_language("0" * 36, "sv")
    entry = journal.add("text")
    journal.spelling.set_language(entry.id, "sv")
    journal.delete(entry.id)
    assert journal.spelling.language(entry.id) == "sv"  # the trash keeps it
    journal.purge(entry.id)
    left = journal.read(lambda db: db.execute("SELECT count(*) FROM entry_spelling").fetchone())
    assert left[0] == 0


def test_the_settings_default_to_on_with_both_languages(journal: Journal) -> None:
    assert journal.spelling.enabled() is True
    assert journal.spelling.languages() == ("sv", "en")
    journal.spelling.set_enabled(False)
    journal.spelling.set_languages(["en"])
    assert journal.spelling.enabled() is False
    assert journal.spelling.languages() == ("en",)
    assert journal.get_setting("spelling.enabled") == "0"
    assert journal.get_setting("spelling.languages") == "en"
    with pytest.raises(InvalidInput):
        journal.spelling.set_languages([])
    with pytest.raises(InvalidInput):
        journal.spelling.set_languages(["sv", "fi"])
    assert journal.spelling.languages() == ("en",)


def test_a_backup_restored_brings_the_personal_dictionary_back(tmp_path: Path) -> None:
    path = tmp_path / "journal.reflekt"
    with Journal.open(path) as journal:
        entry = journal.add("Idag")
        journal.spelling.add_word(SECRET)
        journal.spelling.set_language(entry.id, "sv")
        made = journal.backups.make()
    with Journal.open(path) as journal:  # changed after the backup
        journal.spelling.remove_word(SECRET)
        journal.spelling.add_word(OTHER)
    backup.restore(made, path)
    with Journal.open(path) as journal:
        assert journal.spelling.words() == [SECRET]
        assert journal.spelling.language(entry.id) == "sv"


@pytest.fixture
def cli(journal_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> Cli:
    return Cli(journal_path, capsys, monkeypatch)


def test_the_personal_dictionary_never_leaves_in_exports_bundles_or_the_team_folder(
    cli: Cli, journal_path: Path, tmp_path: Path
) -> None:
    cli.ok("add", "Delbar lärdom om kodgranskning", "--share", "--tag", "kod")
    cli.ok("add", "Privat anteckning")
    with Journal.open(journal_path) as journal:
        journal.spelling.add_word(SECRET)
        journal.spelling.add_word(OTHER)
    cli.ok("team", "name", "Åsa Öberg")
    team = tmp_path / "team"
    team.mkdir()
    cli.ok("team", "folder", str(team))
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("md", "html", "bundle"):
        cli.ok("export", "--format", fmt, "--include-private", "-o", str(out))
    cli.ok("export", "--format", "bundle", "--shared", "--team")
    written = [p for p in [*out.rglob("*"), *team.rglob("*")] if p.is_file()]
    assert len(written) >= 4
    for path in written:
        data = path.read_bytes()
        assert b"Delbar" in data or path.suffix not in (".md", ".html", ".json")
        assert SECRET.encode() not in data and OTHER.encode() not in data, path


def test_a_journal_from_before_spelling_gets_its_tables_on_opening(tmp_path: Path) -> None:
    import sqlite3

    from reflekt.core import storage
    from reflekt.core.storage.steps import known_steps

    path = tmp_path / "old.reflekt"
    with Journal.open(path) as journal:
        entry = journal.add("Skrivet före stavningskontrollen")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE spelling_words")
    conn.execute("DROP TABLE entry_spelling")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0013_spelling'")
    conn.execute(f"PRAGMA user_version = {len(known_steps()) - 1}")
    conn.commit()
    conn.close()
    with Journal.open(path) as journal:
        assert "0013_spelling" in storage.applied_steps(journal.db)
        assert journal.spelling.words() == []
        journal.spelling.add_word("grejsimojs")
        journal.spelling.set_language(entry.id, "sv")
        assert journal.get(entry.id).body == "Skrivet före stavningskontrollen"
    with Journal.open(path) as journal:
        assert journal.spelling.words() == ["grejsimojs"]
        assert journal.spelling.language(entry.id) == "sv"


def test_several_words_are_added_all_or_none(journal: Journal) -> None:
    assert journal.spelling.add_words(["plopfnurr", "Erik’s", "plopfnurr"]) == (
        ["plopfnurr", "Erik's"],
        [],
    )
    assert journal.spelling.add_words(["Erik's", SECRET]) == ([SECRET], ["Erik's"])
    with pytest.raises(InvalidInput):
        journal.spelling.add_words(["nytt", "två ord"])
    assert journal.spelling.words() == ["Erik's", "plopfnurr", SECRET]
