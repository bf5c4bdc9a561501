"""The journal schema as append-only migration steps.

Never edit a step that has shipped: add a new one. Each step is plain SQL so that
the schema a step creates cannot drift with a library's DDL generator.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from reflekt.core.storage import fts, pictures
from reflekt.core.storage.steps import MIGRATION_SET, known_steps

migrations = Migrations(MIGRATION_SET)


def _script(db: Database, sql: str) -> None:
    """Run several statements inside the migration's transaction.

    ``executescript`` would commit first, so statements are split here, with
    SQLite itself deciding where one ends (trigger bodies hold semicolons).
    """
    statement = ""
    for line in (sql.strip() + ";").splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


@migrations(name="0001_entries")
def m0001_entries(db: Database) -> None:
    # `seq` is the integer rowid: external-content FTS needs a rowid that VACUUM
    # never renumbers, which only an explicit INTEGER PRIMARY KEY guarantees.
    _script(
        db,
        """
        CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            template TEXT NOT NULL DEFAULT 'free',
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            sections TEXT NOT NULL DEFAULT '{}',
            sections_text TEXT NOT NULL DEFAULT '',
            mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
            source TEXT CHECK (source IS NULL OR source IN ('experience', 'people', 'course')),
            visibility TEXT NOT NULL DEFAULT 'private'
                CHECK (visibility IN ('private', 'shareable')),
            starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
            trashed INTEGER NOT NULL DEFAULT 0 CHECK (trashed IN (0, 1)),
            deleted TEXT,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX entries_order ON entries (trashed, day DESC, created DESC, seq DESC);
        CREATE INDEX entries_kind ON entries (trashed, kind, day DESC, created DESC, seq DESC);
        CREATE INDEX entries_visibility
            ON entries (trashed, visibility, day DESC, created DESC, seq DESC);
        CREATE INDEX entries_starred
            ON entries (trashed, starred, day DESC, created DESC, seq DESC);
        CREATE INDEX entries_source ON entries (trashed, source, day);
        CREATE INDEX entries_month_day ON entries (substr(day, 6, 5));

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE entry_tags (
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            tag INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entry, tag)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_tag ON entry_tags (tag, entry);

        CREATE TABLE skills (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE entry_skills (
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            skill INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entry, skill)
        ) WITHOUT ROWID;
        CREATE INDEX entry_skills_skill ON entry_skills (skill, entry);

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    )


@migrations(name="0002_people_and_goals")
def m0002_people_and_goals(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE entry_people (
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            person INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            relation TEXT NOT NULL DEFAULT 'with'
                CHECK (relation IN ('learned-from', 'helped', 'with')),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entry, person)
        ) WITHOUT ROWID;
        CREATE INDEX entry_people_person ON entry_people (person, relation, entry);

        CREATE TABLE goals (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            target_date TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'achieved', 'dropped')),
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE entry_goals (
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            goal INTEGER NOT NULL REFERENCES goals (seq) ON DELETE CASCADE,
            PRIMARY KEY (entry, goal)
        ) WITHOUT ROWID;
        CREATE INDEX entry_goals_goal ON entry_goals (goal, entry)
        """,
    )


@migrations(name="0003_search")
def m0003_search(db: Database) -> None:
    # remove_diacritics 2 folds Å/Ä/Ö and é so that "aterkoppling" finds
    # "Återkoppling"; the prefix index keeps "feedb*" fast on a large journal.
    _script(
        db,
        """
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, sections_text,
            content='entries', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        );
        INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, body, sections_text)
            VALUES (new.seq, new.title, new.body, new.sections_text);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text);
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, sections_text ON entries
        BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, sections_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text);
            INSERT INTO entries_fts (rowid, title, body, sections_text)
            VALUES (new.seq, new.title, new.body, new.sections_text);
        END
        """,
    )


@migrations(name="0004_sharing")
def m0004_sharing(db: Database) -> None:
    # share_log: what left the machine. Entry ids are kept as a JSON list rather than
    # links, because the log must survive the entries being purged later.
    # team_lessons: colleagues' shared entries, read-only, keyed by the author's id and
    # their entry's UUID; `seq` is the stable rowid the external-content FTS needs.
    # team_authors: the newest bundle applied per author, so that a stale copy of an
    # older bundle can never bring back lessons the author has since withdrawn.
    # import_keys: what an import has already brought in (e.g. "dayone:<uuid>"), so the
    # same file imported twice adds nothing; purging the entry forgets its key.
    _script(
        db,
        """
        CREATE TABLE share_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL DEFAULT '',
            entries TEXT NOT NULL DEFAULT '[]',
            people TEXT NOT NULL DEFAULT 'none',
            audience TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX share_log_at ON share_log (at DESC, id DESC);

        CREATE TABLE team_authors (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            team TEXT NOT NULL DEFAULT '',
            exported TEXT NOT NULL,
            source_file TEXT NOT NULL DEFAULT '',
            scanned TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE team_lessons (
            seq INTEGER PRIMARY KEY,
            author_key TEXT NOT NULL,
            author_name TEXT NOT NULL,
            author_team TEXT NOT NULL DEFAULT '',
            entry_id TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            sections TEXT NOT NULL DEFAULT '[]',
            sections_text TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            tag_keys TEXT NOT NULL DEFAULT '[]',
            skills TEXT NOT NULL DEFAULT '[]',
            skill_keys TEXT NOT NULL DEFAULT '[]',
            source TEXT,
            people TEXT NOT NULL DEFAULT '[]',
            source_file TEXT NOT NULL DEFAULT '',
            imported TEXT NOT NULL,
            UNIQUE (author_key, entry_id)
        );
        CREATE INDEX team_lessons_order ON team_lessons (day DESC, seq DESC);

        CREATE VIRTUAL TABLE team_lessons_fts USING fts5 (
            title, body, sections_text,
            content='team_lessons', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        );
        CREATE TRIGGER team_lessons_fts_insert AFTER INSERT ON team_lessons BEGIN
            INSERT INTO team_lessons_fts (rowid, title, body, sections_text)
            VALUES (new.seq, new.title, new.body, new.sections_text);
        END;
        CREATE TRIGGER team_lessons_fts_delete AFTER DELETE ON team_lessons BEGIN
            INSERT INTO team_lessons_fts (team_lessons_fts, rowid, title, body, sections_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text);
        END;
        CREATE TRIGGER team_lessons_fts_update
        AFTER UPDATE OF title, body, sections_text ON team_lessons
        BEGIN
            INSERT INTO team_lessons_fts (team_lessons_fts, rowid, title, body, sections_text)
            VALUES ('delete', old.seq, old.title, old.body, old.sections_text);
            INSERT INTO team_lessons_fts (rowid, title, body, sections_text)
            VALUES (new.seq, new.title, new.body, new.sections_text);
        END;

        CREATE TABLE import_keys (
            key TEXT PRIMARY KEY,
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            imported TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX import_keys_entry ON import_keys (entry)
        """,
    )


@migrations(name="0006_team_links")
def m0006_team_links(db: Database) -> None:
    # "I learned from this": one's own entry credits a colleague's lesson. The lesson
    # is named by author and entry id, which stay the same across its revisions.
    _script(
        db,
        """
        CREATE TABLE entry_team_lessons (
            entry INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            author_key TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            PRIMARY KEY (entry, author_key, lesson_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_team_lessons_author ON entry_team_lessons (author_key)
        """,
    )


@migrations(name="0005_growth")
def m0005_growth(db: Database) -> None:
    # Growth statistics group a period's entries by day, kind, source, visibility and
    # mood. With all of them in one index SQLite answers from the index alone and
    # never reads the (large) rows with their bodies: 100,000 entries stay quick.
    _script(
        db,
        """
        CREATE INDEX entries_growth
            ON entries (trashed, day, kind, source, visibility, mood)
        """,
    )


@migrations(name="0007_bulk_fts")
def m0007_bulk_fts(db: Database) -> None:
    # Inside a transaction, every INSERT that fires the full-text trigger opens a
    # savepoint, and FTS5 writes out its pending index data at each one: a bulk import
    # built one tiny index segment per entry and merged them over and over (100,000
    # entries: 76 s). While a row is in fts_paused (only ever inside the bulk path's own
    # transaction, so no other connection sees it) the trigger stands aside and the
    # bulk path indexes all its new rows with one INSERT ... SELECT at the end.
    _script(
        db,
        """
        CREATE TABLE fts_paused (one INTEGER PRIMARY KEY CHECK (one = 1));
        DROP TRIGGER entries_fts_insert;
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN NOT EXISTS (SELECT 1 FROM fts_paused)
        BEGIN
            INSERT INTO entries_fts (rowid, title, body, sections_text)
            VALUES (new.seq, new.title, new.body, new.sections_text);
        END
        """,
    )


# The per-day figures growth statistics need, one row per day and visibility: entries,
# each kind, each learning source, mood, and "learned from others" (kind learned-from or
# crediting a person learned from). Rebuilt for the days named in growth_dirty.
def _day_rows(match: str) -> str:
    """INSERT of the growth_days rows for the days that ``e.day {match}`` picks."""
    return f"""
INSERT INTO growth_days
SELECT e.day, e.visibility = 'shareable', count(*),
    sum(e.kind = 'reflection'), sum(e.kind = 'lesson'), sum(e.kind = 'mistake'),
    sum(e.kind = 'learned-from'), sum(e.kind = 'shared-knowledge'), sum(e.kind = 'goal-note'),
    sum(e.kind = 'til'), sum(e.kind = 'review'),
    sum(e.source IS 'experience'), sum(e.source IS 'people'), sum(e.source IS 'course'),
    coalesce(sum(e.mood), 0), count(e.mood),
    sum(e.kind = 'learned-from' OR EXISTS (SELECT 1 FROM entry_people p
        WHERE p.entry = e.seq AND p.relation = 'learned-from'))
FROM entries e
WHERE e.trashed = 0 AND e.day {match}
GROUP BY e.day, e.visibility;
"""


_GROWTH_DAYS_REBUILD = (
    "\nDELETE FROM growth_days WHERE day IN (SELECT day FROM growth_dirty);"
    + _day_rows("IN (SELECT day FROM growth_dirty)")
    + """DELETE FROM growth_links
WHERE month IN (SELECT DISTINCT substr(day, 1, 7) FROM growth_dirty);
INSERT INTO growth_links
SELECT d.month, 'skill', l.skill, e.visibility = 'shareable', count(*)
FROM (SELECT DISTINCT substr(day, 1, 7) AS month FROM growth_dirty) d
JOIN entries e ON e.trashed = 0 AND e.day BETWEEN d.month || '-01' AND d.month || '-31'
JOIN entry_skills l ON l.entry = e.seq
GROUP BY 1, 3, 4;
INSERT INTO growth_links
SELECT d.month, l.relation, l.person, e.visibility = 'shareable', count(*)
FROM (SELECT DISTINCT substr(day, 1, 7) AS month FROM growth_dirty) d
JOIN entries e ON e.trashed = 0 AND e.day BETWEEN d.month || '-01' AND d.month || '-31'
JOIN entry_people l ON l.entry = e.seq
WHERE l.relation IN ('learned-from', 'helped')
GROUP BY 1, 2, 3, 4;
DELETE FROM growth_dirty
"""
)


def _growth_day(day: str) -> str:
    """Trigger statements that recompute growth_days for the day ``day`` (an expression)."""
    return f"\nDELETE FROM growth_days WHERE day = {day};" + _day_rows(f"= {day}")


def _growth_links(entry: str, sign: str) -> str:
    """Trigger statements adding ``sign`` 1 for every skill and person link of the entry
    ``entry`` (a NEW or OLD row of entries) to its month, when it is not in the trash."""
    return f"""
    INSERT INTO growth_links (month, link, ref, shareable, n)
    SELECT substr({entry}.day, 1, 7), 'skill', l.skill, {entry}.visibility = 'shareable', {sign}1
    FROM entry_skills l WHERE l.entry = {entry}.seq AND {entry}.trashed = 0
    ON CONFLICT (month, link, ref, shareable) DO UPDATE SET n = n + excluded.n;
    INSERT INTO growth_links (month, link, ref, shareable, n)
    SELECT substr({entry}.day, 1, 7), l.relation, l.person, {entry}.visibility = 'shareable',
        {sign}1
    FROM entry_people l
    WHERE l.entry = {entry}.seq AND {entry}.trashed = 0
        AND l.relation IN ('learned-from', 'helped')
    ON CONFLICT (month, link, ref, shareable) DO UPDATE SET n = n + excluded.n;
    DELETE FROM growth_links
    WHERE month = substr({entry}.day, 1, 7) AND shareable = ({entry}.visibility = 'shareable')
        AND n <= 0;
    """


def _growth_link(row: str, link: str, ref: str, sign: str, when: str = "1") -> str:
    """Trigger statements adding ``sign`` 1 for one link row (NEW or OLD) to its entry's
    month, when the entry exists, is not in the trash and ``when`` holds."""
    return f"""
    INSERT INTO growth_links (month, link, ref, shareable, n)
    SELECT substr(e.day, 1, 7), {link}, {row}.{ref}, e.visibility = 'shareable', {sign}1
    FROM entries e WHERE e.seq = {row}.entry AND e.trashed = 0 AND {when}
    ON CONFLICT (month, link, ref, shareable) DO UPDATE SET n = n + excluded.n;
    DELETE FROM growth_links
    WHERE link = {link} AND ref = {row}.{ref} AND n <= 0
        AND month = (SELECT substr(day, 1, 7) FROM entries WHERE seq = {row}.entry);
    """


def _learned_day(row: str) -> str:
    """The day of a person link's entry when the link says learned-from, else NULL."""
    return f"(SELECT day FROM entries WHERE seq = {row}.entry AND {row}.relation = 'learned-from')"


# While a bulk block holds the full-text pause (0007_bulk_fts), the triggers below stand
# aside for the entries it adds (seq above the mark taken when the pause began); when
# the pause ends, the days and months of those entries are rebuilt in one go.
_NOT_BULK = "{seq} <= coalesce((SELECT mark FROM growth_pending), {seq})"


@migrations(name="0008_growth_daily")
def m0008_growth_daily(db: Database) -> None:
    # Growth statistics over years read a few thousand summary rows instead of grouping
    # 100,000 entries and their links (a ten-year growth view: 1.3 s of queries). The
    # summaries are exact at every commit: triggers keep them right through add, edit,
    # trash, restore and purge; the bulk path (imports, restoring a backup) rebuilds the
    # days it touched once, at the end. Skills and people are summed per month; the
    # statistics count the partial months at a period's ends from the entries.
    counted = "{row}.relation IN ('learned-from', 'helped')"
    _script(
        db,
        f"""
        CREATE TABLE growth_days (
            day TEXT NOT NULL,
            shareable INTEGER NOT NULL,
            entries INTEGER NOT NULL,
            kind_reflection INTEGER NOT NULL,
            kind_lesson INTEGER NOT NULL,
            kind_mistake INTEGER NOT NULL,
            kind_learned_from INTEGER NOT NULL,
            kind_shared_knowledge INTEGER NOT NULL,
            kind_goal_note INTEGER NOT NULL,
            kind_til INTEGER NOT NULL,
            kind_review INTEGER NOT NULL,
            source_experience INTEGER NOT NULL,
            source_people INTEGER NOT NULL,
            source_course INTEGER NOT NULL,
            mood_sum INTEGER NOT NULL,
            mood_count INTEGER NOT NULL,
            learned INTEGER NOT NULL,
            PRIMARY KEY (day, shareable)
        ) WITHOUT ROWID;
        CREATE TABLE growth_links (
            month TEXT NOT NULL,
            link TEXT NOT NULL,
            ref INTEGER NOT NULL,
            shareable INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (month, link, ref, shareable)
        ) WITHOUT ROWID;
        CREATE TABLE growth_dirty (day TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE growth_pending (mark INTEGER NOT NULL);

        INSERT INTO growth_dirty (day) SELECT DISTINCT day FROM entries;
        {_GROWTH_DAYS_REBUILD};

        CREATE TRIGGER growth_bulk_begin AFTER INSERT ON fts_paused BEGIN
            DELETE FROM growth_pending;
            INSERT INTO growth_pending (mark) SELECT coalesce(max(seq), 0) FROM entries;
        END;
        CREATE TRIGGER growth_bulk_end AFTER DELETE ON fts_paused BEGIN
            -- Through the entries_growth index (its rows end in seq), not the large rows.
            INSERT OR IGNORE INTO growth_dirty (day)
            SELECT DISTINCT day FROM entries
            WHERE trashed = 0 AND seq > (SELECT mark FROM growth_pending);
            {_GROWTH_DAYS_REBUILD};
            DELETE FROM growth_pending;
        END;

        CREATE TRIGGER growth_entry_insert AFTER INSERT ON entries
        WHEN new.trashed = 0 AND NOT EXISTS (SELECT 1 FROM growth_pending)
        BEGIN {_growth_day("new.day")} END;
        CREATE TRIGGER growth_entry_update
        AFTER UPDATE OF day, kind, source, visibility, mood, trashed ON entries
        WHEN (old.day IS NOT new.day OR old.kind IS NOT new.kind OR old.source IS NOT new.source
            OR old.visibility IS NOT new.visibility OR old.mood IS NOT new.mood
            OR old.trashed IS NOT new.trashed) AND {_NOT_BULK.format(seq="new.seq")}
        BEGIN
            {_growth_day("old.day")}
            {_growth_day("CASE WHEN new.day IS NOT old.day THEN new.day END")}
        END;
        CREATE TRIGGER growth_entry_move
        AFTER UPDATE OF day, visibility, trashed ON entries
        WHEN (substr(old.day, 1, 7) IS NOT substr(new.day, 1, 7)
            OR old.visibility IS NOT new.visibility OR old.trashed IS NOT new.trashed)
            AND {_NOT_BULK.format(seq="new.seq")}
        BEGIN {_growth_links("old", "-")} {_growth_links("new", "+")} END;
        CREATE TRIGGER growth_entry_delete_links BEFORE DELETE ON entries
        WHEN old.trashed = 0 AND {_NOT_BULK.format(seq="old.seq")}
        BEGIN {_growth_links("old", "-")} END;
        CREATE TRIGGER growth_entry_delete AFTER DELETE ON entries
        WHEN old.trashed = 0 AND {_NOT_BULK.format(seq="old.seq")}
        BEGIN {_growth_day("old.day")} END;

        CREATE TRIGGER growth_skill_insert AFTER INSERT ON entry_skills
        WHEN {_NOT_BULK.format(seq="new.entry")}
        BEGIN {_growth_link("new", "'skill'", "skill", "+")} END;
        CREATE TRIGGER growth_skill_delete AFTER DELETE ON entry_skills
        WHEN {_NOT_BULK.format(seq="old.entry")}
        BEGIN {_growth_link("old", "'skill'", "skill", "-")} END;
        CREATE TRIGGER growth_skill_update AFTER UPDATE OF entry, skill ON entry_skills
        WHEN {_NOT_BULK.format(seq="old.entry")} OR {_NOT_BULK.format(seq="new.entry")}
        BEGIN
            {_growth_link("old", "'skill'", "skill", "-")}
            {_growth_link("new", "'skill'", "skill", "+")}
        END;

        CREATE TRIGGER growth_person_insert AFTER INSERT ON entry_people
        WHEN new.relation IN ('learned-from', 'helped') AND {_NOT_BULK.format(seq="new.entry")}
        BEGIN
            {_growth_link("new", "new.relation", "person", "+")}
            {_growth_day(_learned_day("new"))}
        END;
        CREATE TRIGGER growth_person_delete AFTER DELETE ON entry_people
        WHEN old.relation IN ('learned-from', 'helped') AND {_NOT_BULK.format(seq="old.entry")}
        BEGIN
            {_growth_link("old", "old.relation", "person", "-")}
            {_growth_day(_learned_day("old"))}
        END;
        CREATE TRIGGER growth_person_update AFTER UPDATE OF entry, person, relation ON entry_people
        WHEN {_NOT_BULK.format(seq="old.entry")} OR {_NOT_BULK.format(seq="new.entry")}
        BEGIN
            {_growth_link("old", "old.relation", "person", "-", counted.format(row="old"))}
            {_growth_link("new", "new.relation", "person", "+", counted.format(row="new"))}
            {_growth_day(_learned_day("old"))}
            {_growth_day(_learned_day("new"))}
        END
        """,
    )


@migrations(name="0009_drafts")
def m0009_drafts(db: Database) -> None:
    # Text the app's editor could not save because the entry changed, was trashed or
    # was purged elsewhere, kept until the person chooses what to keep. It lives in the
    # journal itself so it is exactly as private as the entry (encrypted with it) and
    # survives a crash or a quit. One draft per entry; `fields` is JSON.
    _script(
        db,
        """
        CREATE TABLE drafts (
            entry_id TEXT PRIMARY KEY,
            base_revision INTEGER,
            saved TEXT NOT NULL,
            fields TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    )


@migrations(name="0010_team_trust")
def m0010_team_trust(db: Database) -> None:
    # team_keys: the key each colleague signs with, pinned the first time a signed
    # bundle of theirs is read, and the highest publish counter (revision) applied; a
    # bundle that claims the author with another key is refused. Kept when their file
    # leaves the folder (so an old copy cannot come back), dropped by "team forget".
    # team_files: what the last scans learned of each file in the team folder, so an
    # unchanged file (same size and time, or same SHA-256) is never parsed again.
    _script(
        db,
        """
        CREATE TABLE team_keys (
            author_key TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            pinned TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        CREATE TABLE team_files (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            author_key TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            checked TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    )


@migrations(name="0011_search_names")
def m0011_search_names(db: Database) -> None:
    # Search finds an entry by its tags, skills and people too: their names are kept
    # with the entry as text and indexed as a fourth column (core/storage/fts.py).
    _script(db, fts.NAMES_STEP)


@migrations(name="0012_pictures")
def m0012_pictures(db: Database) -> None:
    # Pictures kept inside the journal and the entries that show them
    # (core/storage/pictures.py holds the tables' definition and every statement).
    _script(db, pictures.STEP)


@migrations(name="0014_team_pictures")
def m0014_team_pictures(db: Database) -> None:
    # team_pictures: the pictures a colleague's lesson shows, in reading order, kept in
    # the same `pictures` table as the person's own (0012) and linked here, so that a
    # picture no entry, draft or lesson refers to can be collected. A lesson that goes
    # (withdrawn, its author forgotten) takes its links with it (the cascade).
    _script(
        db,
        """
        CREATE TABLE team_pictures (
            lesson_seq INTEGER NOT NULL REFERENCES team_lessons (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            sha256 TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (lesson_seq, position)
        ) WITHOUT ROWID;
        CREATE INDEX team_pictures_sha256 ON team_pictures (sha256)
        """,
    )


def registered_steps() -> list[str]:
    """The steps defined above, in order (``steps.STEPS`` must list the same)."""
    return [m.name for m in migrations.pending(Database(memory=True))]


__all__ = ["MIGRATION_SET", "known_steps", "migrations", "registered_steps"]
