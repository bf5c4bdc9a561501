"""The people named in entries, with their role and department: ``journal.people``."""

from __future__ import annotations

from reflekt.core.faults import translate_public
from reflekt.core.models import Person
from reflekt.core.part import Part
from reflekt.core.validate import _name
from reflekt.errors import InvalidInput, NotFound
from reflekt.messages import msg


@translate_public
class People(Part):
    """``journal.people.list()``, ``.get(name)``, ``.known()``, ``.set(name, role=...)``."""

    def list(self) -> list[Person]:
        """People named in entries (not in the trash), most mentioned first."""
        return list(
            self._j._cached(
                "people",
                lambda: [
                    Person(name, role, department, count)
                    for name, role, department, count in self.db.execute(
                        "SELECT p.name, p.role, p.department, c.n FROM (SELECT person, "
                        "count(*) AS n FROM entry_people WHERE entry NOT IN "
                        "(SELECT seq FROM entries WHERE trashed = 1) GROUP BY person) c "
                        "JOIN people p ON p.id = c.person ORDER BY c.n DESC, p.key"
                    )
                ],
            )
        )

    def get(self, name: str) -> Person:
        row = self.db.execute(
            "SELECT p.name, p.role, p.department, "
            "(SELECT count(*) FROM entry_people l JOIN entries e ON e.seq = l.entry "
            " WHERE l.person = p.id AND e.trashed = 0) "
            "FROM people p WHERE p.key = ?",
            [_name(name, "person").casefold()],
        ).fetchone()
        if row is None:
            raise NotFound(msg("No one called {name} is named in this journal.", name=repr(name)))
        return Person(*row)

    def known(self) -> list[Person]:
        """Every person the journal knows, linked to an entry or not (the privacy rule
        redacts all of them, issue #13), longest name first."""
        return [
            Person(name, role, department)
            for name, role, department in self.db.execute(
                "SELECT name, role, department FROM people ORDER BY length(name) DESC, key"
            )
        ]

    def set(self, name: str, *, role: str | None = None, department: str | None = None) -> Person:
        """Create a person or change their role and department."""
        name = _name(name, "person")
        if not name:
            raise InvalidInput(msg("A person needs a name."))
        with self.db.atomic():
            person = self._j._name_id("people", name)
            self._update(
                person,
                None if role is None else _name(role, "role"),
                None if department is None else _name(department, "department"),
            )
        return self.get(name)

    def _update(self, person: int, role: str | None, department: str | None) -> None:
        if role is not None:
            self.db.execute("UPDATE people SET role = ? WHERE id = ?", [role, person])
        if department is not None:
            self.db.execute("UPDATE people SET department = ? WHERE id = ?", [department, person])
