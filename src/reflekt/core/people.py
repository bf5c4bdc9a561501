"""The people named in entries, with their role and department: ``journal.people``."""

from __future__ import annotations

from reflekt.core.faults import translate_public
from reflekt.core.models import Person
from reflekt.core.part import Part
from reflekt.core.storage import people as stored
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
                    for name, role, department, count in stored.linked(self.db)
                ],
            )
        )

    def get(self, name: str) -> Person:
        row = stored.by_key(self.db, _name(name, "person").casefold())
        if row is None:
            raise NotFound(msg("No one called {name} is named in this journal.", name=repr(name)))
        return Person(*row)

    def known(self) -> list[Person]:
        """Every person the journal knows, linked to an entry or not (the privacy rule
        redacts all of them, issue #13), longest name first."""
        return [Person(name, role, department) for name, role, department in stored.known(self.db)]

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
        stored.set_role(self.db, person, role, department)
