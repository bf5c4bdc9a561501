"""The journal's vocabulary as plain value classes and constants (no Qt, no SQL).

The value classes behave as the ``@dataclass``es they were (fields, ``==``, ``repr``,
frozenness, ``dataclasses.replace``/``fields``/``asdict``), but are written out: see
``Record``.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from operator import attrgetter

from reflekt.messages import SPOKEN
from reflekt.messages import labels as _terms  # the one catalogue of labelled terms

TYPE_CHECKING = False  # typing itself costs ~7 ms at every start of the CLI
if TYPE_CHECKING:
    from typing import Any, ClassVar

LANGUAGES = SPOKEN  # the languages the catalogue (reflekt.messages) speaks


class Kind(StrEnum):
    REFLECTION = "reflection"
    LESSON = "lesson"
    MISTAKE = "mistake"
    LEARNED_FROM = "learned-from"
    SHARED_KNOWLEDGE = "shared-knowledge"
    GOAL_NOTE = "goal-note"
    TIL = "til"
    REVIEW = "review"


KIND_LABELS: dict[Kind, dict[str, str]] = {x: _terms.KIND[x.value] for x in Kind}


class Source(StrEnum):
    """Where the learning came from: the 70-20-10 split."""

    EXPERIENCE = "experience"
    PEOPLE = "people"
    COURSE = "course"


SOURCE_LABELS: dict[Source, dict[str, str]] = {x: _terms.SOURCE[x.value] for x in Source}


class Visibility(StrEnum):
    PRIVATE = "private"
    SHAREABLE = "shareable"


class Relation(StrEnum):
    """How a person is linked to an entry."""

    LEARNED_FROM = "learned-from"
    HELPED = "helped"
    WITH = "with"


RELATION_LABELS: dict[Relation, dict[str, str]] = {x: _terms.RELATION[x.value] for x in Relation}


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


GOAL_STATUS_LABELS: dict[GoalStatus, dict[str, str]] = {
    x: _terms.GOAL_STATUS[x.value] for x in GoalStatus
}


def label(labels: dict[str, str], lang: str) -> str:
    """The label in ``lang``, falling back to English."""
    return labels.get(lang) or labels["en"]


# -- value classes ------------------------------------------------------------

_FRESH: Any = object()  # default of a list/dict field: a new empty one (a default_factory)


class _DataclassAttribute:
    """``__dataclass_fields__``/``__dataclass_params__``, made on first use.

    With them a ``Record`` is a dataclass to ``dataclasses.replace``, ``fields``,
    ``asdict`` and ``is_dataclass`` (and to pytest's diffs); ``dataclasses`` itself is
    imported only then.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type[Record]) -> Any:
        if owner is Record:
            raise AttributeError(self.name)
        import dataclasses

        namespace: dict[str, Any] = {
            "__annotations__": owner._annotations(),
            "__module__": owner.__module__,
            "__qualname__": owner.__qualname__,
        }
        for name in owner.__match_args__:
            if name in owner._factories:
                namespace[name] = dataclasses.field(default_factory=owner._factories[name])
            elif name in owner.__dict__:
                namespace[name] = owner.__dict__[name]
        twin = dataclasses.dataclass(frozen=owner._frozen)(type(owner.__name__, (), namespace))
        # Set on the class itself: the next look-up finds them without this descriptor.
        type.__setattr__(owner, "__dataclass_fields__", twin.__dataclass_fields__)
        type.__setattr__(owner, "__dataclass_params__", twin.__dataclass_params__)
        return getattr(owner, self.name)


class Record:
    """Base of the value classes: what ``@dataclass`` generates, without generating it.

    ``@dataclass`` compiles each class's ``__init__``, ``__repr__`` and ``__eq__`` from
    source text when the module is imported; with the ``dataclasses`` import that was
    ~50 ms of every CLI start, a quarter of a whole ``reflekt search`` on a large
    journal. A subclass declares its fields as a dataclass would (annotations in
    order, defaults as class attributes; a list or dict default in ``_factories`` and
    ``_FRESH`` in the signature), passes ``frozen=True`` for a frozen one, and writes its
    ``__init__`` out; ``__eq__``, ``__repr__``, ``__hash__``, ``__match_args__`` and
    frozenness come from here, with a dataclass's semantics.
    ``tests/unit/test_models.py`` holds every subclass to the dataclass its annotations
    make.
    """

    __match_args__: tuple[str, ...] = ()
    _factories: ClassVar[dict[str, Any]] = {}
    _frozen = False
    _values: Any = None  # the fields' values as a tuple (set per subclass)
    __dataclass_fields__ = _DataclassAttribute()
    __dataclass_params__ = _DataclassAttribute()

    def __init_subclass__(cls, *, frozen: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.__match_args__ = tuple(cls._annotations())
        cls._frozen = frozen
        names = cls.__match_args__
        cls._values = (
            attrgetter(*names)
            if len(names) > 1
            else lambda self: tuple(getattr(self, name) for name in names)
        )
        if frozen:
            cls.__setattr__ = Record._frozen_setattr  # type: ignore[method-assign]
            cls.__delattr__ = Record._frozen_delattr  # type: ignore[method-assign]
            cls.__hash__ = Record._hash  # type: ignore[method-assign]
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # mutable and compared by value

    @classmethod
    def _annotations(cls) -> dict[str, Any]:
        """The fields: the class's own annotations (strings), less the ClassVars."""
        annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 (no inspect)
        return {k: v for k, v in annotations.items() if not v.startswith("ClassVar[")}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)  # type: ignore[no-any-return]
        return NotImplemented

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({fields})"

    def _hash(self) -> int:
        return hash(self._values(self))

    def _frozen_setattr(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")  # untranslated: a bug

    def _frozen_delattr(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")  # untranslated: a bug


class PersonLink(Record, frozen=True):
    """A person named in an entry, and how."""

    name: str
    relation: Relation = Relation.WITH
    role: str = ""
    department: str = ""

    def __init__(
        self, name: str, relation: Relation = Relation.WITH, role: str = "", department: str = ""
    ) -> None:
        self.__dict__.update(name=name, relation=relation, role=role, department=department)


class Person(Record, frozen=True):
    name: str
    role: str = ""
    department: str = ""
    count: int = 0

    def __init__(self, name: str, role: str = "", department: str = "", count: int = 0) -> None:
        self.__dict__.update(name=name, role=role, department=department, count=count)


class Entry(Record):
    id: str
    created: str
    updated: str
    day: dt.date
    kind: Kind = Kind.REFLECTION
    title: str = ""
    body: str = ""
    template: str = "free"
    sections: dict[str, str]
    tags: list[str]
    skills: list[str]
    people: list[PersonLink]
    goals: list[str]
    source: Source | None = None
    mood: int | None = None
    visibility: Visibility = Visibility.PRIVATE
    starred: bool = False
    deleted: str | None = None
    revision: int = 1
    _factories: ClassVar[dict[str, Any]] = {
        "sections": dict,
        "tags": list,
        "skills": list,
        "people": list,
        "goals": list,
    }

    def __init__(
        self,
        id: str,
        created: str,
        updated: str,
        day: dt.date,
        kind: Kind = Kind.REFLECTION,
        title: str = "",
        body: str = "",
        template: str = "free",
        sections: dict[str, str] = _FRESH,
        tags: list[str] = _FRESH,
        skills: list[str] = _FRESH,
        people: list[PersonLink] = _FRESH,
        goals: list[str] = _FRESH,
        source: Source | None = None,
        mood: int | None = None,
        visibility: Visibility = Visibility.PRIVATE,
        starred: bool = False,
        deleted: str | None = None,
        revision: int = 1,
    ) -> None:
        self.id = id
        self.created = created
        self.updated = updated
        self.day = day
        self.kind = kind
        self.title = title
        self.body = body
        self.template = template
        self.sections = {} if sections is _FRESH else sections
        self.tags = [] if tags is _FRESH else tags
        self.skills = [] if skills is _FRESH else skills
        self.people = [] if people is _FRESH else people
        self.goals = [] if goals is _FRESH else goals
        self.source = source
        self.mood = mood
        self.visibility = visibility
        self.starred = starred
        self.deleted = deleted
        self.revision = revision

    @property
    def in_trash(self) -> bool:
        return self.deleted is not None

    @property
    def shareable(self) -> bool:
        return self.visibility is Visibility.SHAREABLE

    @property
    def display_title(self) -> str:
        """The title, or the first non-empty line of the text when there is none."""
        return display_title(self.title, self.body, self.sections)


# A picture in an entry's text (core/pictures.py): ![CAPTION](picture:SHA256), the
# caption one line with \, [ and ] escaped. Here so that a listing can show a
# picture's caption without loading the picture code.
PICTURE_MARK = "](picture:"
PICTURE_REFERENCE = r"!\[((?:\\.|[^\\\[\]\n])*)\]\(picture:([0-9a-f]{64})\)"
# Only the hash of a reference, whatever its caption (looser than PICTURE_REFERENCE: a
# picture kept for a reference that is not quite one is never a loss).
PICTURE_HASH = r"\(picture:([0-9a-f]{64})\)"


def captions_only(text: str) -> str:
    """``text`` with each picture reference replaced by its caption."""
    if PICTURE_MARK not in text:
        return text
    import re

    return re.sub(PICTURE_REFERENCE, lambda m: re.sub(r"\\(.)", r"\1", m.group(1)), text)


def display_title(title: str, body: str, sections: dict[str, str]) -> str:
    """An entry's title, or the first non-empty line of its text when it has none."""
    if title.strip():
        return title.strip()
    for text in (body, *sections.values()):
        for line in text.splitlines():
            if PICTURE_MARK in line:  # a picture shows as its caption, if any
                line = captions_only(line)
            line = line.strip().lstrip("#").strip()
            if line:
                return line[:120]
    return ""


class Headline(Record, frozen=True):
    """What a one-line listing shows of an entry, read without its text (which is only
    read for an entry that has no title, to show its first line instead)."""

    id: str
    day: dt.date
    kind: Kind
    visibility: Visibility
    starred: bool
    display_title: str
    tags: list[str]
    pictures: int = 0  # how many pictures the entry shows (the list's mark); no bytes read

    def __init__(
        self,
        id: str,
        day: dt.date,
        kind: Kind,
        visibility: Visibility,
        starred: bool,
        display_title: str,
        tags: list[str],
        pictures: int = 0,
    ) -> None:
        self.__dict__.update(
            id=id,
            day=day,
            kind=kind,
            visibility=visibility,
            starred=starred,
            display_title=display_title,
            tags=tags,
            pictures=pictures,
        )

    @property
    def shareable(self) -> bool:
        return self.visibility is Visibility.SHAREABLE


class Goal(Record):
    id: str
    title: str
    description: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    created: str = ""
    updated: str = ""
    entry_count: int = 0

    def __init__(
        self,
        id: str,
        title: str,
        description: str = "",
        target_date: dt.date | None = None,
        status: GoalStatus = GoalStatus.ACTIVE,
        created: str = "",
        updated: str = "",
        entry_count: int = 0,
    ) -> None:
        self.id = id
        self.title = title
        self.description = description
        self.target_date = target_date
        self.status = status
        self.created = created
        self.updated = updated
        self.entry_count = entry_count


class SearchHit(Record, frozen=True):
    entry: Entry
    snippet: str
    rank: float

    def __init__(self, entry: Entry, snippet: str, rank: float) -> None:
        self.__dict__.update(entry=entry, snippet=snippet, rank=rank)


class Page(Record, frozen=True):
    """One page of a keyset-paged list; ``cursor`` fetches the next, None at the end."""

    entries: list[Entry]
    cursor: str | None

    def __init__(self, entries: list[Entry], cursor: str | None) -> None:
        self.__dict__.update(entries=entries, cursor=cursor)


class Filters(Record, frozen=True):
    """What a list or a search is narrowed to; every field left at None means 'any'.

    ``trash`` selects the trash instead of the journal. ``on_this_day`` selects
    entries from the same month and day in earlier years.
    """

    kind: Kind | None = None
    tag: str | None = None
    skill: str | None = None
    person: str | None = None
    relation: Relation | None = None
    goal: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    visibility: Visibility | None = None
    starred: bool | None = None
    source: Source | None = None
    trash: bool = False
    on_this_day: dt.date | None = None

    def __init__(
        self,
        kind: Kind | None = None,
        tag: str | None = None,
        skill: str | None = None,
        person: str | None = None,
        relation: Relation | None = None,
        goal: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        visibility: Visibility | None = None,
        starred: bool | None = None,
        source: Source | None = None,
        trash: bool = False,
        on_this_day: dt.date | None = None,
    ) -> None:
        self.__dict__.update(
            kind=kind,
            tag=tag,
            skill=skill,
            person=person,
            relation=relation,
            goal=goal,
            date_from=date_from,
            date_to=date_to,
            visibility=visibility,
            starred=starred,
            source=source,
            trash=trash,
            on_this_day=on_this_day,
        )


# Each entry field, declared once, in the order of the CLI's ``--json`` and the backup,
# with where it lives: "column" (a column of the entries table a person sets), "link"
# (a link table), "stamp" (a column the journal itself keeps). The value class above,
# ``ENTRY_FIELDS``, the columns read, ``entry_to_dict``, the backup's keys
# (``storage/dump.py``) and the row reader follow from it; a new field is this line, its
# attribute on ``Entry``, a converter below when its stored form differs, and a migration.
ENTRY_SCHEMA = (
    ("id", "stamp"),
    ("created", "stamp"),
    ("updated", "stamp"),
    ("day", "column"),
    ("kind", "column"),
    ("template", "column"),
    ("title", "column"),
    ("body", "column"),
    ("sections", "column"),
    ("tags", "link"),
    ("skills", "link"),
    ("people", "link"),
    ("goals", "link"),
    ("source", "column"),
    ("mood", "column"),
    ("visibility", "column"),
    ("starred", "column"),
    ("deleted", "stamp"),
    ("revision", "stamp"),
)
ENTRY_KEYS = tuple(name for name, _ in ENTRY_SCHEMA)
ENTRY_FIELDS = frozenset(name for name, where in ENTRY_SCHEMA if where != "stamp")  # settable
ENTRY_COLUMNS = tuple(name for name, where in ENTRY_SCHEMA if where != "link")
ENTRY_LINKS = tuple(name for name, where in ENTRY_SCHEMA if where == "link")


def _person_to_dict(p: PersonLink) -> dict[str, object]:
    return {
        "name": p.name,
        "relation": p.relation.value,
        "role": p.role,
        "department": p.department,
    }


# How a field's value becomes JSON (fields not named here are JSON already).
_TO_JSON: dict[str, Any] = {
    "day": dt.date.isoformat,
    "kind": attrgetter("value"),
    "sections": dict,
    "tags": list,
    "skills": list,
    "people": lambda people: [_person_to_dict(p) for p in people],
    "goals": list,
    "source": lambda source: source.value if source else None,
    "visibility": attrgetter("value"),
}
# How a stored column's value becomes the field's (columns not named here are as stored).
FROM_STORED: dict[str, Any] = {
    "day": dt.date.fromisoformat,
    "kind": Kind,
    "sections": json.loads,  # stored as JSON text
    "source": lambda source: Source(source) if source else None,
    "visibility": Visibility,
    "starred": bool,
}
_JSON_STEPS = tuple((name, _TO_JSON.get(name)) for name in ENTRY_KEYS)


def entry_to_dict(entry: Entry) -> dict[str, object]:
    """An entry as JSON-ready data (the CLI's ``--json`` shape)."""
    values = entry.__dict__
    return {
        name: values[name] if convert is None else convert(values[name])
        for name, convert in _JSON_STEPS
    }


def goal_to_dict(goal: Goal) -> dict[str, object]:
    return {
        "id": goal.id,
        "title": goal.title,
        "description": goal.description,
        "target_date": goal.target_date.isoformat() if goal.target_date else None,
        "status": goal.status.value,
        "created": goal.created,
        "updated": goal.updated,
        "entries": goal.entry_count,
    }
