"""The people named in entries, with their role and department."""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from reflekt.core.storage import JournalDatabase


def linked(db: JournalDatabase) -> list[tuple[str, str | None, str | None, int]]:
    """(name, role, department, entries) of the people linked to entries not in the
    trash, most linked first."""
    return db.execute(
        "SELECT p.name, p.role, p.department, c.n FROM (SELECT person, "
        "count(*) AS n FROM entry_people WHERE entry NOT IN "
        "(SELECT seq FROM entries WHERE trashed = 1) GROUP BY person) c "
        "JOIN people p ON p.id = c.person ORDER BY c.n DESC, p.key"
    ).fetchall()


def by_key(db: JournalDatabase, key: str) -> tuple[str, str | None, str | None, int] | None:
    """(name, role, department, entries not in the trash) of the person with this key."""
    return db.execute(
        "SELECT p.name, p.role, p.department, "
        "(SELECT count(*) FROM entry_people l JOIN entries e ON e.seq = l.entry "
        " WHERE l.person = p.id AND e.trashed = 0) "
        "FROM people p WHERE p.key = ?",
        [key],
    ).fetchone()


def known(db: JournalDatabase) -> list[tuple[str, str | None, str | None]]:
    """(name, role, department) of everyone the journal knows, longest name first."""
    return db.execute(
        "SELECT name, role, department FROM people ORDER BY length(name) DESC, key"
    ).fetchall()


def set_role(db: JournalDatabase, person: int, role: str | None, department: str | None) -> None:
    """Change what is given (None: leave as it is)."""
    if role is not None:
        db.execute("UPDATE people SET role = ? WHERE id = ?", [role, person])
    if department is not None:
        db.execute("UPDATE people SET department = ? WHERE id = ?", [department, person])
