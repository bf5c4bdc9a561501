"""What leaves: which fields of an entry, and which words of them (issue #13).

``core/scope.py`` says which entries a view covers. This module says what of each
entry leaves with it: the fields below, and every text in them with names replaced
by ``core/redaction.py`` (the same rule the manager's report uses). Markdown, HTML,
PDF, the brief, the bundle, the team folder and the share dialog's preview take their
fields from here and nowhere else.
"""

from __future__ import annotations

from typing import Any

from reflekt.core.models import Entry
from reflekt.core.redaction import (
    CHOICES_SETTING,
    PEOPLE_SECTIONS,
    Choices,
    PeopleMode,
    Redactor,
    Replacement,
    choices,
    describe,
    describe_person,
    fold,
    for_journal,
    keep_name,
    leave_out_word,
    put_back_word,
    remember,
    unkeep_name,
    unmark,
)
from reflekt.core.templates import BODY, TEMPLATES, reading_order
from reflekt.share import pictures

__all__ = [
    "CHOICES_SETTING",
    "PEOPLE_SECTIONS",
    "Choices",
    "PeopleMode",
    "Redactor",
    "Replacement",
    "choices",
    "describe",
    "describe_person",
    "fold",
    "for_journal",
    "keep_name",
    "leave_out_word",
    "local_title",
    "put_back_word",
    "remember",
    "shared_view",
    "unkeep_name",
    "unmark",
]


def shared_view(
    entry: Entry, redactor: Redactor, *, include_pictures: bool = True
) -> dict[str, Any]:
    """An entry with only the fields that may leave the machine (the bundle's entry
    shape), every text redacted as ``redactor`` says (picture captions too).

    Pictures leave only through these texts' references (``![CAPTION](picture:SHA256)``),
    so only with an entry that leaves; without ``include_pictures`` every reference is
    taken out of every text (``share/pictures.py`` reads the bytes of those that stay)."""

    def kept(value: str) -> str:
        return value if include_pictures else pictures.remove(value)

    people = redactor.mode
    lang = redactor.lang
    template = TEMPLATES.get(entry.template)
    sections = []
    for key in reading_order(entry.template, entry.sections):
        if key is BODY:
            continue  # the body travels as its own field; renderers put it last
        value = kept(entry.sections[key])
        section = template.section(key) if template else None
        # A section reflekt does not know is treated as private: better kept than leaked.
        if section is None or section.private or not value.strip():
            continue
        if key in PEOPLE_SECTIONS and people is not PeopleMode.NAMES:
            continue
        sections.append({"key": key, "label": section.label(lang), "text": redactor.text(value)})
    view: dict[str, Any] = {
        "id": entry.id,
        "revision": entry.revision,
        "day": entry.day.isoformat(),
        "kind": entry.kind.value,
        "title": redactor.text(entry.title),
        "body": redactor.text(kept(entry.body)),
        "sections": sections,
        "tags": redactor.tags(entry.tags),
        "skills": redactor.names(entry.skills),
        "source": entry.source.value if entry.source else None,
    }
    if people is not PeopleMode.NONE:
        view["people"] = [
            {
                "description": redactor.describe(link.role, link.department)
                if people is not PeopleMode.NAMES
                else describe_person(link, lang),
                "relation": link.relation.value,
                **({"name": link.name} if people is PeopleMode.NAMES else {}),
            }
            for link in entry.people
        ]
    return view


def local_title(entry: Entry) -> dict[str, Any]:
    """Title and text for naming an entry to its own author (a message, never an export)."""
    return {"title": entry.title, "body": entry.body, "sections": []}
