"""What sharing passes around, as value classes: a team lesson as read from a colleague's
bundle (its sections and people), a team-folder update, and a line of the share log.

They are ``Record``s like the journal's own value classes in ``core/models.py`` (so
``tests/unit/test_models.py`` holds them to the dataclass their fields describe); the
everyday commands (``reflekt search``, ``list``) never import this module.
"""

from __future__ import annotations

import datetime as dt

from reflekt.core.models import Kind, Record, Relation, Source


class SharedSection(Record, frozen=True):
    """A template section as it travels in a share: its key and the label it was shared with."""

    key: str
    label: str
    text: str

    def __init__(self, key: str, label: str, text: str) -> None:
        self.__dict__.update(key=key, label=label, text=text)


class SharedPerson(Record, frozen=True):
    """A person as a share shows them: a redacted description, and the name only if chosen."""

    description: str
    relation: Relation = Relation.WITH
    name: str = ""
    role: str = ""
    department: str = ""

    def __init__(
        self,
        description: str,
        relation: Relation = Relation.WITH,
        name: str = "",
        role: str = "",
        department: str = "",
    ) -> None:
        self.__dict__.update(
            description=description, relation=relation, name=name, role=role, department=department
        )


class TeamLesson(Record, frozen=True):
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

    def __init__(
        self,
        seq: int,
        author_key: str,
        author_name: str,
        author_team: str,
        entry_id: str,
        revision: int,
        day: dt.date,
        kind: Kind,
        title: str,
        body: str,
        sections: tuple[SharedSection, ...] = (),
        tags: tuple[str, ...] = (),
        skills: tuple[str, ...] = (),
        source: Source | None = None,
        people: tuple[SharedPerson, ...] = (),
        source_file: str = "",
        imported: str = "",
    ) -> None:
        self.__dict__.update(
            seq=seq,
            author_key=author_key,
            author_name=author_name,
            author_team=author_team,
            entry_id=entry_id,
            revision=revision,
            day=day,
            kind=kind,
            title=title,
            body=body,
            sections=sections,
            tags=tags,
            skills=skills,
            source=source,
            people=people,
            source_file=source_file,
            imported=imported,
        )

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


class TeamHit(Record, frozen=True):
    lesson: TeamLesson
    snippet: str
    rank: float

    def __init__(self, lesson: TeamLesson, snippet: str, rank: float) -> None:
        self.__dict__.update(lesson=lesson, snippet=snippet, rank=rank)


class TeamUpdate(Record, frozen=True):
    """What applying one author's bundle changed."""

    author: str
    added: int = 0
    updated: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    stale: bool = False

    def __init__(
        self,
        author: str,
        added: int = 0,
        updated: int = 0,
        withdrawn: int = 0,
        unchanged: int = 0,
        kept_newer: int = 0,
        stale: bool = False,
    ) -> None:
        self.__dict__.update(
            author=author,
            added=added,
            updated=updated,
            withdrawn=withdrawn,
            unchanged=unchanged,
            kept_newer=kept_newer,
            stale=stale,
        )


class ShareRecord(Record, frozen=True):
    """One line of the share log: what left the machine, when, how and where to."""

    id: int
    at: str
    format: str
    path: str
    entries: tuple[str, ...]
    people: str = "none"
    audience: str = ""
    note: str = ""

    def __init__(
        self,
        id: int,
        at: str,
        format: str,
        path: str,
        entries: tuple[str, ...],
        people: str = "none",
        audience: str = "",
        note: str = "",
    ) -> None:
        self.__dict__.update(
            id=id,
            at=at,
            format=format,
            path=path,
            entries=entries,
            people=people,
            audience=audience,
            note=note,
        )


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
