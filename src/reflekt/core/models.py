"""The journal's vocabulary as plain dataclasses and constants (no Qt, no SQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("en", "sv")


class Kind(StrEnum):
    REFLECTION = "reflection"
    LESSON = "lesson"
    MISTAKE = "mistake"
    LEARNED_FROM = "learned-from"
    SHARED_KNOWLEDGE = "shared-knowledge"
    GOAL_NOTE = "goal-note"
    TIL = "til"
    REVIEW = "review"


KIND_LABELS: dict[Kind, dict[str, str]] = {
    Kind.REFLECTION: {"en": "Reflection", "sv": "Reflektion"},
    Kind.LESSON: {"en": "Lesson learned", "sv": "Lärdom"},
    Kind.MISTAKE: {"en": "Lesson from a mistake", "sv": "Lärdom av ett misstag"},
    Kind.LEARNED_FROM: {"en": "Learned from a colleague", "sv": "Lärt av en kollega"},
    Kind.SHARED_KNOWLEDGE: {"en": "Knowledge I shared", "sv": "Kunskap jag delat"},
    Kind.GOAL_NOTE: {"en": "Goal note", "sv": "Anteckning om mål"},
    Kind.TIL: {"en": "Today I learned", "sv": "Idag lärde jag mig"},
    Kind.REVIEW: {"en": "Weekly review", "sv": "Veckoreflektion"},
}


class Source(StrEnum):
    """Where the learning came from: the 70-20-10 split."""

    EXPERIENCE = "experience"
    PEOPLE = "people"
    COURSE = "course"


SOURCE_LABELS: dict[Source, dict[str, str]] = {
    Source.EXPERIENCE: {"en": "Experience", "sv": "Erfarenhet"},
    Source.PEOPLE: {"en": "People", "sv": "Andra människor"},
    Source.COURSE: {"en": "Course or reading", "sv": "Kurs eller läsning"},
}


class Visibility(StrEnum):
    PRIVATE = "private"
    SHAREABLE = "shareable"


class Relation(StrEnum):
    """How a person is linked to an entry."""

    LEARNED_FROM = "learned-from"
    HELPED = "helped"
    WITH = "with"


RELATION_LABELS: dict[Relation, dict[str, str]] = {
    Relation.LEARNED_FROM: {"en": "learned from", "sv": "lärde mig av"},
    Relation.HELPED: {"en": "helped", "sv": "hjälpte"},
    Relation.WITH: {"en": "with", "sv": "tillsammans med"},
}


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


GOAL_STATUS_LABELS: dict[GoalStatus, dict[str, str]] = {
    GoalStatus.ACTIVE: {"en": "Active", "sv": "Pågående"},
    GoalStatus.ACHIEVED: {"en": "Achieved", "sv": "Uppnått"},
    GoalStatus.DROPPED: {"en": "Dropped", "sv": "Avslutat"},
}


def label(labels: dict[str, str], lang: str) -> str:
    """The label in ``lang``, falling back to English."""
    return labels.get(lang) or labels["en"]


@dataclass(frozen=True)
class PersonLink:
    """A person named in an entry, and how."""

    name: str
    relation: Relation = Relation.WITH
    role: str = ""
    department: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    department: str = ""
    count: int = 0


@dataclass
class Entry:
    id: str
    created: str
    updated: str
    day: dt.date
    kind: Kind = Kind.REFLECTION
    title: str = ""
    body: str = ""
    template: str = "free"
    sections: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    people: list[PersonLink] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    source: Source | None = None
    mood: int | None = None
    visibility: Visibility = Visibility.PRIVATE
    starred: bool = False
    deleted: str | None = None
    revision: int = 1

    @property
    def in_trash(self) -> bool:
        return self.deleted is not None

    @property
    def shareable(self) -> bool:
        return self.visibility is Visibility.SHAREABLE

    @property
    def display_title(self) -> str:
        """The title, or the first non-empty line of the text when there is none."""
        if self.title.strip():
            return self.title.strip()
        for text in (self.body, *self.sections.values()):
            for line in text.splitlines():
                line = line.strip().lstrip("#").strip()
                if line:
                    return line[:120]
        return ""


@dataclass
class Goal:
    id: str
    title: str
    description: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    created: str = ""
    updated: str = ""
    entry_count: int = 0


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str
    rank: float


@dataclass(frozen=True)
class Page:
    """One page of a keyset-paged list; ``cursor`` fetches the next, None at the end."""

    entries: list[Entry]
    cursor: str | None


@dataclass(frozen=True)
class Filters:
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


def entry_to_dict(entry: Entry) -> dict[str, object]:
    """An entry as JSON-ready data (the CLI's ``--json`` shape)."""
    return {
        "id": entry.id,
        "created": entry.created,
        "updated": entry.updated,
        "day": entry.day.isoformat(),
        "kind": entry.kind.value,
        "template": entry.template,
        "title": entry.title,
        "body": entry.body,
        "sections": dict(entry.sections),
        "tags": list(entry.tags),
        "skills": list(entry.skills),
        "people": [
            {
                "name": p.name,
                "relation": p.relation.value,
                "role": p.role,
                "department": p.department,
            }
            for p in entry.people
        ],
        "goals": list(entry.goals),
        "source": entry.source.value if entry.source else None,
        "mood": entry.mood,
        "visibility": entry.visibility.value,
        "starred": entry.starred,
        "deleted": entry.deleted,
        "revision": entry.revision,
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


# -- sharing (issue #4) ------------------------------------------------------


@dataclass(frozen=True)
class SharedSection:
    """A template section as it travels in a share: its key and the label it was shared with."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class SharedPerson:
    """A person as a share shows them: a redacted description, and the name only if chosen."""

    description: str
    relation: Relation = Relation.WITH
    name: str = ""
    role: str = ""
    department: str = ""


@dataclass(frozen=True)
class TeamLesson:
    """A colleague's shared entry, read-only, from a bundle."""

    seq: int
    author_key: str
    author_name: str
    author_team: str
    entry_id: str
    revision: int
    day: dt.date
    kind: Kind
    title: str
    body: str
    sections: tuple[SharedSection, ...] = ()
    tags: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    source: Source | None = None
    people: tuple[SharedPerson, ...] = ()
    source_file: str = ""
    imported: str = ""

    @property
    def display_title(self) -> str:
        if self.title.strip():
            return self.title.strip()
        for text in (self.body, *(s.text for s in self.sections)):
            for line in text.splitlines():
                line = line.strip().lstrip("#").strip()
                if line:
                    return line[:120]
        return ""


@dataclass(frozen=True)
class TeamHit:
    lesson: TeamLesson
    snippet: str
    rank: float


@dataclass(frozen=True)
class TeamUpdate:
    """What applying one author's bundle changed."""

    author: str
    added: int = 0
    updated: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    stale: bool = False


@dataclass(frozen=True)
class ShareRecord:
    """One line of the share log: what left the machine, when, how and where to."""

    id: int
    at: str
    format: str
    path: str
    entries: tuple[str, ...]
    people: str = "none"
    audience: str = ""
    note: str = ""


def team_lesson_to_dict(lesson: TeamLesson) -> dict[str, object]:
    return {
        "author": {"id": lesson.author_key, "name": lesson.author_name, "team": lesson.author_team},
        "id": lesson.entry_id,
        "revision": lesson.revision,
        "day": lesson.day.isoformat(),
        "kind": lesson.kind.value,
        "title": lesson.title,
        "body": lesson.body,
        "sections": [{"key": s.key, "label": s.label, "text": s.text} for s in lesson.sections],
        "tags": list(lesson.tags),
        "skills": list(lesson.skills),
        "source": lesson.source.value if lesson.source else None,
        "people": [
            {
                "description": p.description,
                "relation": p.relation.value,
                **({"name": p.name} if p.name else {}),
            }
            for p in lesson.people
        ],
        "source_file": lesson.source_file,
        "imported": lesson.imported,
    }


def share_record_to_dict(record: ShareRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "at": record.at,
        "format": record.format,
        "path": record.path,
        "entries": list(record.entries),
        "people": record.people,
        "audience": record.audience,
        "note": record.note,
    }
