"""The spelling tables (migration 0013_spelling): the personal dictionary and the
spelling language of each entry. Plain functions over the open journal's connection;
``journal.spelling`` (core/journal_words.py) checks and converts."""

from __future__ import annotations

from reflekt.core.storage import encryption

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterator

    from reflekt.core.storage import JournalDatabase

# Migration 0013_spelling. The personal dictionary keeps words as typed (`key`: the word
# in lower case, to find its other spellings); an entry's language goes with the entry.
# Both live in the journal, so they are as private as the entries, go with its backups
# and are encrypted with it.
STEP = """
CREATE TABLE spelling_words (
    word TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    added TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX spelling_words_key ON spelling_words (key);
CREATE TABLE entry_spelling (
    entry INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('sv', 'en'))
)
"""


def words(db: JournalDatabase) -> list[str]:
    """The personal dictionary, as typed, in alphabetical order (case ignored)."""
    return [row[0] for row in db.execute("SELECT word FROM spelling_words ORDER BY key, word")]


def add_word(db: JournalDatabase, word: str, key: str, added: str) -> bool:
    """Keep ``word``; False when it was there already."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO spelling_words (word, key, added) VALUES (?, ?, ?) "
            "ON CONFLICT (word) DO NOTHING",
            [word, key, added],
        )
        return cursor.rowcount > 0


def remove_word(db: JournalDatabase, word: str, key: str) -> list[str]:
    """Remove ``word`` as written, or else every spelling of it that differs only in
    case; returns the words removed."""
    with db.atomic():
        found = [
            row[0] for row in db.execute("SELECT word FROM spelling_words WHERE word = ?", [word])
        ]
        if not found:
            found = [
                row[0] for row in db.execute("SELECT word FROM spelling_words WHERE key = ?", [key])
            ]
        for each in found:
            db.execute("DELETE FROM spelling_words WHERE word = ?", [each])
        return found


def names(db: JournalDatabase) -> list[str]:
    """The names of every person, tag and skill the journal knows."""
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM people UNION SELECT name FROM tags UNION SELECT name FROM skills"
        )
    ]


def language(db: JournalDatabase, seq: int) -> str | None:
    row = db.execute("SELECT lang FROM entry_spelling WHERE entry = ?", [seq]).fetchone()
    return row[0] if row else None


def set_language(db: JournalDatabase, seq: int, lang: str | None) -> None:
    """Keep ``lang`` for the entry (None: forget it, so it is guessed again)."""
    with db.atomic():
        if lang is None:
            db.execute("DELETE FROM entry_spelling WHERE entry = ?", [seq])
        else:
            db.execute(
                "INSERT INTO entry_spelling (entry, lang) VALUES (?, ?) "
                "ON CONFLICT (entry) DO UPDATE SET lang = excluded.lang",
                [seq, lang],
            )


# -- the JSON backup (core/storage/dump.py writes, core/restore_spelling.py brings back) --


def counts(db: JournalDatabase) -> tuple[int, int]:
    """How many personal words and how many entry languages the journal keeps."""
    try:
        row = db.execute(
            "SELECT (SELECT count(*) FROM spelling_words), (SELECT count(*) FROM entry_spelling)"
        ).fetchone()
    except encryption.database_errors():
        return 0, 0  # a journal from before 0013_spelling keeps neither
    return row[0], row[1]


def word_rows(db: JournalDatabase) -> Iterator[tuple[str, str]]:
    """(word, added) for the personal dictionary, in the order ``words`` gives."""
    yield from db.execute("SELECT word, added FROM spelling_words ORDER BY key, word")


def language_rows(db: JournalDatabase) -> Iterator[tuple[str, str]]:
    """(entry id, language) for each entry with a kept language, oldest entry first."""
    yield from db.execute(
        "SELECT e.id, s.lang FROM entry_spelling s JOIN entries e ON e.seq = s.entry ORDER BY e.seq"
    )


def keep_word(db: JournalDatabase, word: str, key: str, added: str) -> bool:
    """Keep a checked word inside the caller's transaction; False when it was there."""
    cursor = db.execute(
        "INSERT INTO spelling_words (word, key, added) VALUES (?, ?, ?) "
        "ON CONFLICT (word) DO NOTHING",
        [word, key, added],
    )
    return cursor.rowcount > 0


def keep_language(db: JournalDatabase, seq: int, lang: str) -> bool:
    """Keep a checked language for an entry that has none yet (one it has stays)."""
    cursor = db.execute(
        "INSERT INTO entry_spelling (entry, lang) VALUES (?, ?) ON CONFLICT (entry) DO NOTHING",
        [seq, lang],
    )
    return cursor.rowcount > 0
