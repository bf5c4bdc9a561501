"""The JSON backup carries the personal dictionary and each entry's spelling language
(issue #19: "the personal dictionary travels with backups"), and a journal that has
neither still writes the backup it always did, byte for byte."""

from __future__ import annotations

import re
from pathlib import Path

from reflekt.core.journal import Journal
from reflekt.share import export
from reflekt.share.importers import import_file

# A whole journal's backup as reflekt wrote it before the backup carried spelling:
# entries (trash too), goals, people, a setting, the share log, a colleague's lessons,
# an import key and a lesson link. Importing it and backing up again gives it back.
BEFORE_SPELLING = Path(__file__).parent / "data" / "backup-v1.json"
FIRST = "e72b84d7-6c30-4bac-a3fc-1f0fce3b236e"  # an entry in it
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
