"""SQL for the pictures of colleagues' lessons (``team_pictures``, step 0014).

The pictures themselves live in the ``pictures`` table with the person's own; this
table only links them to the team lessons that show them. Rows go with their lesson
(``ON DELETE CASCADE``), so a withdrawn lesson or a forgotten colleague leaves no link,
and ``journal.pictures.collect()`` can remove a picture nothing refers to any more.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Sequence

    from reflekt.core.storage import JournalDatabase

TABLE = "team_pictures"


def link(
    db: JournalDatabase, author_key: str, entry_id: str, refs: Sequence[tuple[str, str]]
) -> int:
    """Make the lesson's links what ``refs`` ((sha256, caption) in reading order) say,
    for the pictures the journal holds; returns how many were linked."""
    row = db.execute(
        "SELECT seq FROM team_lessons WHERE author_key = ? AND entry_id = ?",
        [author_key, entry_id],
    ).fetchone()
    if row is None:
        return 0
    seq = row[0]
    db.execute("DELETE FROM team_pictures WHERE lesson_seq = ?", [seq])
    linked = 0
    for sha256, caption in refs:
        if db.execute("SELECT 1 FROM pictures WHERE sha256 = ?", [sha256]).fetchone() is None:
            continue  # not carried, or dropped: the reference shows as a missing picture
        linked += 1
        db.execute(
            "INSERT INTO team_pictures (lesson_seq, position, sha256, caption) VALUES (?, ?, ?, ?)",
            [seq, linked, sha256, caption],
        )
    return linked


def of_lesson(db: JournalDatabase, seq: int) -> list[tuple[int, str, str]]:
    """(position, sha256, caption) of a lesson's pictures."""
    return db.execute(
        "SELECT position, sha256, caption FROM team_pictures WHERE lesson_seq = ? "
        "ORDER BY position",
        [seq],
    ).fetchall()


def hashes(db: JournalDatabase) -> set[str]:
    """Every picture some lesson shows (for collecting the others)."""
    return {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM team_pictures").fetchall()}


def lesson_texts(db: JournalDatabase) -> list[tuple[str, str, str, str]]:
    """(author_key, entry_id, body, sections JSON) of every team lesson that names a
    picture (a cheap text test; the caller reads the references)."""
    return db.execute(
        "SELECT author_key, entry_id, body, sections FROM team_lessons "
        "WHERE instr(body, '](picture:') OR instr(sections, '](picture:')"
    ).fetchall()
