"""The full-text index of the entries (FTS5): what it covers and how it is kept.

``entries_fts`` indexes each entry's title, text, template sections and the names of
its tags, skills and people (``names_text``, one a line, written by the facade with
the links), with ``unicode61 remove_diacritics 2`` so that "aterkoppling" finds
"Återkoppling", and prefix indexes for "feedb*". Triggers keep it in step with the
table, except while a bulk block holds ``fts_paused`` (0007_bulk_fts): the bulk path
indexes its new rows at once (``storage/bulk.py``).
"""

from __future__ import annotations


def _names_of(link: str, table: str, column: str) -> str:
    """The names an entry ``e`` links to in ``link`` (tags, skills, people), one a line."""
    return (
        f"coalesce((SELECT group_concat(n.name, char(10)) FROM {link} l "
        f"JOIN {table} n ON n.id = l.{column} WHERE l.entry = e.seq), '')"
    )


_NAMES = " || char(10) || ".join(
    (
        _names_of("entry_tags", "tags", "tag"),
        _names_of("entry_skills", "skills", "skill"),
        _names_of("entry_people", "people", "person"),
    )
)

# Migration 0011_search_names (core/storage/migrations.py; like every step, never
# edited once shipped): the names column, filled from the links; the index rebuilt
# once from the table with it (in large segments, as the bulk path does: twice as fast;
# 2,000 entries: 185 ms for the whole step); the triggers of 0003 and 0007 with the new
# column. The bm25 weights in core/storage/search.py follow the columns' order.
NAMES_STEP = f"""
        DROP TRIGGER entries_fts_insert;
        DROP TRIGGER entries_fts_delete;
        DROP TRIGGER entries_fts_update;
        DROP TABLE entries_fts;
        ALTER TABLE entries ADD COLUMN names_text TEXT NOT NULL DEFAULT '';
        UPDATE entries AS e SET names_text = trim({_NAMES}, char(10))
        WHERE EXISTS (SELECT 1 FROM entry_tags WHERE entry = e.seq)
            OR EXISTS (SELECT 1 FROM entry_skills WHERE entry = e.seq)
            OR EXISTS (SELECT 1 FROM entry_people WHERE entry = e.seq);
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, sections_text, names_text,
            content='entries', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        );
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', 1048576);
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN NOT EXISTS (SELECT 1 FROM fts_paused)
        BEGIN
            INSERT INTO entries_fts (rowid, title, body, sections_text, names_text)
            VALUES (new.seq, new.title, new.body, new.sections_text, new.names_text);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text, names_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text, old.names_text);
        END;
        CREATE TRIGGER entries_fts_update
        AFTER UPDATE OF title, body, sections_text, names_text ON entries
        BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text, names_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text, old.names_text);
            INSERT INTO entries_fts (rowid, title, body, sections_text, names_text)
            VALUES (new.seq, new.title, new.body, new.sections_text, new.names_text);
        END
"""
