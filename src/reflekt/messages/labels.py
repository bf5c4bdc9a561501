"""The labelled terms core/, share/ and the command line show, in English and Swedish.

One table per vocabulary, keyed by the value the journal stores (``"lesson"``,
``"people"``), each term with its ``"en"`` and ``"sv"`` label side by side. Look a term
up with :func:`reflekt.messages.term` (``term("kind.lesson", "sv")``); the enum-keyed
tables in :mod:`reflekt.core.models` (``KIND_LABELS`` ...) are made from these.

Loaded whenever the journal's vocabulary is (it replaces the dicts that lived in
core/models.py, so it costs the command line what they did); the report's and the share
page's longer words live in :mod:`reflekt.messages.pages`, loaded only by them.
"""

from __future__ import annotations

# What kind of entry (core.models.Kind), by its stored value.
KIND: dict[str, dict[str, str]] = {
    "reflection": {"en": "Reflection", "sv": "Reflektion"},
    "lesson": {"en": "Lesson learned", "sv": "Lärdom"},
    "mistake": {"en": "Lesson from a mistake", "sv": "Lärdom av ett misstag"},
    "learned-from": {"en": "Learned from a colleague", "sv": "Lärt av en kollega"},
    "shared-knowledge": {"en": "Knowledge I shared", "sv": "Kunskap jag delat"},
    "goal-note": {"en": "Goal note", "sv": "Anteckning om mål"},
    "til": {"en": "Today I learned", "sv": "Idag lärde jag mig"},
    "review": {"en": "Weekly review", "sv": "Veckoreflektion"},
}

# Where the learning came from (core.models.Source).
SOURCE: dict[str, dict[str, str]] = {
    "experience": {"en": "Experience", "sv": "Erfarenhet"},
    "people": {"en": "Other people", "sv": "Andra människor"},
    "course": {"en": "Course or reading", "sv": "Kurs eller läsning"},
}

# How a person is linked to an entry (core.models.Relation).
RELATION: dict[str, dict[str, str]] = {
    "learned-from": {"en": "learned from", "sv": "lärde mig av"},
    "helped": {"en": "helped", "sv": "hjälpte"},
    "with": {"en": "with", "sv": "tillsammans med"},
}

# A goal's status (core.models.GoalStatus).
GOAL_STATUS: dict[str, dict[str, str]] = {
    "active": {"en": "Active", "sv": "Pågående"},
    "achieved": {"en": "Achieved", "sv": "Uppnått"},
    "dropped": {"en": "Dropped", "sv": "Avslutat"},
}

# What stands in for a person or a passage left out of a shared text (core.redaction).
REDACTION: dict[str, dict[str, str]] = {
    "colleague": {"en": "a colleague", "sv": "en kollega"},
    "colleagues": {"en": "a colleague's", "sv": "en kollegas"},
    "in": {"en": "in", "sv": "på"},
    "left_out": {"en": "[left out]", "sv": "[utelämnat]"},
}

TABLES: dict[str, dict[str, dict[str, str]]] = {
    "kind": KIND,
    "source": SOURCE,
    "relation": RELATION,
    "goal_status": GOAL_STATUS,
    "redaction": REDACTION,
}
