"""Drafts: an entry's typed fields kept in the journal while a save waits for a choice.

The app's editor keeps one when it cannot save because the entry changed, was
trashed or was purged elsewhere, and offers it back at the next start. A draft holds
the editor's fields as ``Journal.add``/``update`` keywords, stored as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reflekt.core.models import PersonLink, Relation, Visibility

# The fields a draft keeps, as the editor gives them (``EntryEditor.values``).
TEXT_FIELDS = ("title", "body", "template", "kind", "source")
LIST_FIELDS = ("tags", "skills", "goals")


@dataclass(frozen=True)
class Draft:
    entry_id: str
    base_revision: int | None
    saved: str
    values: dict[str, Any] = field(default_factory=dict)


def to_json(values: Mapping[str, Any]) -> str:
    """The editor's fields as JSON (dates, people and enums written out plainly)."""
    data: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        if key in values:
            value = values[key]
            data[key] = getattr(value, "value", value)
    for key in LIST_FIELDS:
        if key in values:
            data[key] = [str(v) for v in values[key] or ()]
    if "sections" in values:
        data["sections"] = {str(k): str(v) for k, v in (values["sections"] or {}).items()}
    if "people" in values:
        data["people"] = [[p.name, p.relation.value] for p in values["people"] or ()]
    if "day" in values:
        day = values["day"]
        data["day"] = day.isoformat() if isinstance(day, dt.date) else str(day)
    if "mood" in values:
        data["mood"] = values["mood"]
    if "starred" in values:
        data["starred"] = bool(values["starred"])
    if "visibility" in values:
        data["visibility"] = getattr(values["visibility"], "value", values["visibility"])
    # ASCII escapes: any text the editor holds (even a lone surrogate) can be stored.
    return json.dumps(data)


def from_json(text: str) -> dict[str, Any] | None:
    """The fields back as keywords, or None when the stored text is not a draft (a
    damaged row is left for the person's journal check, never a crash at start-up)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    try:
        for key in TEXT_FIELDS:
            if key in data:
                value = data[key]
                values[key] = None if value is None else str(value)
        for key in LIST_FIELDS:
            if key in data:
                values[key] = [str(v) for v in data[key]]
        if "sections" in data:
            values["sections"] = {str(k): str(v) for k, v in dict(data["sections"]).items()}
        if "people" in data:
            values["people"] = [
                PersonLink(str(name), Relation(rel)) for name, rel in data["people"]
            ]
        if "day" in data:
            values["day"] = dt.date.fromisoformat(str(data["day"]))
        if "mood" in data:
            mood = data["mood"]
            values["mood"] = mood if isinstance(mood, int) and not isinstance(mood, bool) else None
        if "starred" in data:
            values["starred"] = bool(data["starred"])
        if "visibility" in data:
            values["visibility"] = Visibility(data["visibility"])
    except (TypeError, ValueError):
        return None
    return values
