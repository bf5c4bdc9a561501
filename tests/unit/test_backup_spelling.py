"""The JSON backup carries the personal dictionary and each entry's spelling language
(issue #19: "the personal dictionary travels with backups"), and a journal that has
neither still writes the backup it always did, byte for byte."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.backup_reference import backup_data
from tests.conftest import Cli
from tests.unit.test_backup_stream import reference_backup, rich_journal

from reflekt.core.journal import Journal
from reflekt.errors import Cancelled, InvalidInput
from reflekt.messages import set_language
from reflekt.share import export
from reflekt.share.importers import import_file

# A whole journal's backup as reflekt wrote it before the backup carried spelling:
# entries (trash too), goals, people, a setting, the share log, a colleague's lessons,
# an import key and a lesson link. Importing it and backing up again gives it back.
BEFORE_SPELLING = Path(__file__).parent / "data" / "backup-v1.json"
FIRST = "e72b84d7-6c30-4bac-a3fc-1f0fce3b236e"  # an entry in it
_examples = itertools.count()
_STAMPS = re.compile(rb'^"(exported|generator)": .*$', re.MULTILINE)


def _same_moment(written: bytes, expected: bytes) -> bytes:
    """``written`` with the export time and the writing reflekt taken from ``expected``
    (the only lines that name when and by what the file was made)."""
    stamps = iter(m.group(0) for m in _STAMPS.finditer(expected))
    return _STAMPS.sub(lambda _m: next(stamps), written)


def test_a_journal_without_personal_words_writes_the_backup_it_always_did(
    tmp_path: Path,
) -> None:
    expected = BEFORE_SPELLING.read_bytes()
    with Journal.open(tmp_path / "journal.reflekt") as journal:
        assert import_file(journal, BEFORE_SPELLING).imported == 4
        # Words taught and forgotten, a language kept and cleared: nothing left to carry.
        journal.spelling.add_word("Zyxqvortkaka")
        journal.spelling.remove_word("Zyxqvortkaka")
        journal.spelling.set_language(FIRST, "sv")
        journal.spelling.set_language(FIRST, None)
        written = export.write_backup(journal, tmp_path / "backup.json").read_bytes()
    assert b'"version": 1,' in written
    assert _same_moment(written, expected) == expected


WORDS = ["API-nyckel", "Erik's", "grejsimojs", "Kajsa", "kajsa", "Zyxqvortkaka"]


def _taught(journal: Journal) -> tuple[str, str, str]:
    """A journal with personal words (as typed, two casings of one) and three entries,
    two of them with a spelling language (one in the trash)."""
    sv = journal.add("Idag hade vi ett lärandemöte om jobbskuggning.", title="Lärandemöte")
    en = journal.add("We paired on the release today.", title="Pairing")
    plain = journal.add("Utan språk")
    journal.spelling.set_language(sv.id, "sv")
    journal.spelling.set_language(en.id, "en")
    journal.delete(en.id)  # the trash is in the backup, its language too
    journal.spelling.add_words(WORDS)
    return sv.id, en.id, plain.id


def test_the_json_backup_brings_back_the_personal_dictionary_and_the_languages(
    tmp_path: Path,
) -> None:
    with Journal.open(tmp_path / "first.reflekt") as journal:
        sv, en, plain = _taught(journal)
        first = export.write_backup(journal, tmp_path / "first.json").read_bytes()
    parsed = json.loads(first)
    assert parsed["version"] == 2  # a reflekt that would drop them refuses it instead
    assert [w["word"] for w in parsed["journal"]["spelling_words"]] == WORDS
    assert parsed["journal"]["spelling_languages"] == [
        {"entry": sv, "lang": "sv"},
        {"entry": en, "lang": "en"},
    ]
    with Journal.open(tmp_path / "fresh.reflekt") as fresh:
        report = import_file(fresh, tmp_path / "first.json")
        assert (report.imported, report.warnings) == (3, [])
        assert fresh.spelling.words() == WORDS  # as typed, both casings
        assert fresh.spelling.language(sv) == "sv"
        assert fresh.spelling.language(en) == "en"
        assert fresh.spelling.language(plain) is None
        known = fresh.spelling.known_words()
        assert "Zyxqvortkaka" in known and "grejsimojs" in known
        again = export.write_backup(fresh, tmp_path / "again.json").read_bytes()
    assert _same_moment(again, first) == first  # when each word was taught, too


def test_the_json_backup_agrees_with_the_plain_reading(journal: Journal, tmp_path: Path) -> None:
    rich_journal(journal, tmp_path)
    _taught(journal)
    data = backup_data(journal)
    assert len(data["spelling_words"]) == len(WORDS) and len(data["spelling_languages"]) == 2
    streamed = b"".join(journal.backup_json())
    assert streamed == reference_backup({"journal": data})[len(b'{\n"journal": ') : -3]


def test_only_what_is_missing_is_added(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "first.reflekt") as journal:
        sv, _en, _plain = _taught(journal)
        export.write_backup(journal, tmp_path / "backup.json")
    # The same journal, changed since: a language switched, a word forgotten, one added.
    with Journal.open(tmp_path / "first.reflekt") as journal:
        journal.spelling.set_language(sv, "en")
        journal.spelling.remove_word("Kajsa")
        journal.spelling.add_word("plopfnurr")
        report = import_file(journal, tmp_path / "backup.json")
        assert (report.imported, report.duplicates, report.warnings) == (0, 3, [])
        assert journal.spelling.language(sv) == "en"  # the journal's own choice stays
        assert journal.spelling.words() == sorted(
            [*WORDS, "plopfnurr"], key=lambda w: (w.lower(), w)
        )


def _crafted(tmp_path: Path, words: object, languages: object) -> tuple[Path, str]:
    """A real backup of a journal with one entry, its spelling members replaced
    (``"ENTRY"`` stands for the entry's id)."""
    with Journal.open(tmp_path / "source.reflekt") as journal:
        entry = journal.add("Idag lärde jag mig något.")
        journal.spelling.add_word("Zyxqvortkaka")
        journal.spelling.set_language(entry.id, "sv")
        path = export.write_backup(journal, tmp_path / "crafted.json")
    data = json.loads(path.read_bytes())
    data["journal"]["spelling_words"] = words
    data["journal"]["spelling_languages"] = languages
    text = json.dumps(data, ensure_ascii=False).replace('"ENTRY"', json.dumps(entry.id))
    path.write_text(text, encoding="utf-8")
    return path, entry.id


def test_a_crafted_dictionary_or_language_is_skipped_with_a_note_and_the_rest_kept(
    tmp_path: Path,
) -> None:
    stranger = "0b7e6a52-3c1d-4e8f-9a7b-2d4c6e8f0a1b"
    path, entry = _crafted(
        tmp_path,
        [
            {"word": "lärandemöte", "added": "2026-11-30T10:00:00+01:00"},
            {"word": "två ord", "added": "2026-11-30T10:00:00+01:00"},
            {"word": "tab\tord"},
            {"word": "klock\x07a"},
            {"word": "x" * 101},
            {"word": "   "},
            {"word": 42},
            {"added": "2026-11-30T10:00:00+01:00"},
            "plain text",
            {"word": "Kunskapsdelning", "added": "not a time"},
        ],
        [
            {"entry": "ENTRY", "lang": "fi"},
            {"entry": stranger, "lang": "en"},
            {"entry": "../../etc/passwd\x1b[31m", "lang": "sv"},
            {"entry": "ENTRY", "lang": None},
            ["not", "a", "record"],
            {"entry": "ENTRY", "lang": "sv"},
        ],
    )
    with Journal.open(tmp_path / "fresh.reflekt") as fresh:
        report = import_file(fresh, path)
        assert report.imported == 1  # the import never fails for them
        assert fresh.spelling.words() == ["Kunskapsdelning", "lärandemöte"]
        assert fresh.spelling.language(entry) == "sv"
        stored = fresh.db.execute("SELECT word FROM spelling_words").fetchall()
        assert len(stored) == 2  # nothing of the refused words was written
        assert fresh.db.execute("SELECT count(*) FROM entry_spelling").fetchone()[0] == 1
    notes = report.warnings
    assert len(notes) == 13, notes
    said = "\n".join(notes)
    for problem in (
        "Word 'två ord' in the backup's personal dictionary was skipped: it holds a space",
        "Word 'tab\\tord' in the backup's personal dictionary was skipped: it holds a",
        "Word 'klock\\x07a' in the backup's personal dictionary was skipped: it holds a "
        "control character",
        f"Word '{'x' * 40}'… in the backup's personal dictionary was skipped: it is longer "
        "than 100 characters",
        "Word '   ' in the backup's personal dictionary was skipped: it is empty",
        "Word #7 in the backup's personal dictionary was skipped: it is not text",
        "Word #8 in the backup's personal dictionary was skipped: it has no word",
        "Word #9 in the backup's personal dictionary was skipped: it is not a word record",
        f"The spelling language of entry '{entry}' in the backup was skipped: 'fi' is not "
        "sv (Swedish) or en (English)",
        f"The spelling language of entry '{stranger}' in the backup was skipped: the journal "
        "holds no such entry",
        "The spelling language of entry '../../etc/passwd\\x1b[31m' in the backup was "
        "skipped: the journal holds no such entry",
        "None is not sv (Swedish) or en (English)",
        "The spelling language of entry #5 in the backup was skipped: it is not a language record",
    ):
        assert problem in said, problem
    assert "\x1b" not in said and "\x07" not in said and "\t" not in said


def test_spelling_members_that_are_not_lists_are_skipped_and_the_entries_come_back(
    tmp_path: Path,
) -> None:
    path, entry = _crafted(tmp_path, "Zyxqvortkaka", {"entry": "x", "lang": "sv"})
    with Journal.open(tmp_path / "fresh.reflekt") as fresh:
        report = import_file(fresh, path)
        assert report.imported == 1
        assert fresh.spelling.words() == []
        assert fresh.spelling.language(entry) is None
    assert report.warnings == [
        "The personal dictionary in the backup was skipped: it is not a list.",
        "The entries' spelling languages in the backup were skipped: they are not a list.",
    ]


def test_thousands_of_bad_words_give_a_short_report(tmp_path: Path) -> None:
    path, _entry = _crafted(tmp_path, [{"word": f"ord {n}"} for n in range(3000)], [])
    with Journal.open(tmp_path / "fresh.reflekt") as fresh:
        report = import_file(fresh, path)
        assert report.imported == 1 and fresh.spelling.words() == []
    assert len(report.warnings) == 21
    assert report.warnings[-1] == (
        "2980 more personal words or spelling languages in the backup were skipped."
    )


def test_the_notes_speak_swedish(tmp_path: Path) -> None:
    path, _entry = _crafted(tmp_path, [{"word": "två ord"}], "nej")
    set_language("sv")
    try:
        with Journal.open(tmp_path / "fresh.reflekt") as fresh:
            report = import_file(fresh, path)
    finally:
        set_language("en")
    assert report.warnings == [
        "Ordet 'två ord' i säkerhetskopians personliga ordlista hoppades över: det "
        "innehåller ett mellanslag (ett ord sparas för sig).",
        "Anteckningarnas stavningsspråk i säkerhetskopian hoppades över: de är inte en lista.",
    ]


def test_the_command_line_carries_the_dictionary_from_one_journal_to_another(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    first = Cli(journal_path, capsys, monkeypatch)
    first.ok("add", "Idag hade vi ett lärandemöte.")
    first.ok("dictionary", "add", "Zyxqvortkaka", "API-nyckel")
    backup = tmp_path / "backup.json"
    first.ok("export", "--format", "backup", "-o", str(backup))
    data = json.loads(backup.read_bytes())
    data["journal"]["spelling_words"].append({"word": "två\x1b[2Jord"})
    backup.write_text(json.dumps(data), encoding="utf-8")
    other = Cli(tmp_path / "other.reflekt", capsys, monkeypatch)
    out = other.ok("import", str(backup))
    assert "Word 'två\\x1b[2Jord' in the backup's personal dictionary was skipped" in out
    assert "\x1b" not in out
    assert other.json("dictionary", "list") == ["API-nyckel", "Zyxqvortkaka"]
    code, out, _err = other("spell", "--lang", "sv", "--suggestions", "0", stdin=b"Zyxqvortkaka")
    assert (code, out) == (0, "")  # a word taught in the first journal is known here


def test_a_restore_cancelled_among_the_words_keeps_nothing(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "first.reflekt") as journal:
        journal.add("Idag")
        journal.spelling.add_words([f"ordet{n:04d}x" for n in range(1000)])
        export.write_backup(journal, tmp_path / "backup.json")
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        seen: list[int] = []

        def cancel() -> bool:
            # Cancel is pressed once the words are coming in (the restore's transaction
            # is on this same connection, so its words show here).
            words = restored.db.execute("SELECT count(*) FROM spelling_words").fetchone()[0]
            seen.append(words)
            return words > 0

        with pytest.raises(Cancelled):
            import_file(restored, tmp_path / "backup.json", cancelled=cancel)
        assert 0 < seen[-1] < 1000  # stopped among the words, not after them
        assert restored.spelling.words() == [] and restored.count() == 0


def test_an_encrypted_journals_json_backup_carries_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflekt.cli import main
    from reflekt.core.storage import encryption

    if not encryption.available():
        pytest.skip("SQLCipher (sqlcipher3-wheels) is not installed")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", "correct horse battery")
    path = tmp_path / "secret.reflekt"
    assert main(["--journal", str(path), "init", "--encrypt"]) == 0
    with Journal.open(path) as journal:
        assert journal.encrypted
        sv, en, _plain = _taught(journal)
        export.write_backup(journal, tmp_path / "backup.json")
    with Journal.open(tmp_path / "plain.reflekt") as restored:
        import_file(restored, tmp_path / "backup.json")
        assert restored.spelling.words() == WORDS
        assert (restored.spelling.language(sv), restored.spelling.language(en)) == ("sv", "en")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5))
def test_every_word_the_dictionary_takes_comes_back_as_typed(
    tmp_path: Path, typed: list[str]
) -> None:
    folder = tmp_path / str(next(_examples))
    folder.mkdir()
    with Journal.open(folder / "first.reflekt") as journal:
        kept = []
        for word in typed:
            # Not a word (a space, a control character): the facade refuses it.
            with contextlib.suppress(InvalidInput):
                kept.append(journal.spelling.add_word(word))
        words = journal.spelling.words()
        export.write_backup(journal, folder / "backup.json")
    with Journal.open(folder / "restored.reflekt") as restored:
        report = import_file(restored, folder / "backup.json")
        assert restored.spelling.words() == words
        assert report.warnings == []
    assert set(kept) == set(words)
