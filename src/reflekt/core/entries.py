"""The facade's entry write path: an entry's values checked into a row and its links,
the columns a change sets, whether it changes anything, and the revision check.

``Journal.add``, ``update``, ``delete``, ``restore``, ``purge`` and the bulk path
(``core/bulk.py``) call these inside their transaction; the rows are written by
``core/storage/entries.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from reflekt.core.models import (
    ENTRY_FIELDS,
    Entry,
    Filters,
    Kind,
    PersonLink,
    Relation,
    Source,
    Visibility,
)
from reflekt.core.storage import entries as stored
from reflekt.core.storage import pictures as stored_pictures
from reflekt.core.validate import (
    _enum,
    _memo,
    _mood,
    _name,
    _names,
    _people,
    _sections,
    _template,
    _text,
    _timestamp,
    _title,
    _uuid_or_none,
    now_iso,
    parse_day,
)
from reflekt.errors import EntryConflict, InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.journal import Journal

# What ``add`` and the bulk path take: the settable fields and the stamps.
INSERT_FIELDS = ENTRY_FIELDS | {"id", "created", "updated", "deleted", "revision"}


def _picture_links(
    template: str, sections: Mapping[str, str], body: str
) -> list[tuple[int, str, str]]:
    """(position, sha256, caption) of the pictures the text shows (``core/pictures.py``,
    loaded on the first write: the command line's read commands never need it)."""
    if "](picture:" not in body and not any("](picture:" in t for t in sections.values()):
        return []
    from reflekt.core.pictures import links

    return links(template, sections, body)


def new_uuid() -> str:
    """A random (version 4) UUID as text, as ``str(uuid.uuid4())`` but a third of the time."""
    import os  # here, not at the top: only the write paths need it

    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def prepare(
    journal: Journal, values: Mapping[str, Any], memo: dict[Any, Any] | None = None
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """An entry's row (the columns of ``storage.entries.ROW_COLUMNS``) and its links,
    validated; ``memo`` remembers the verdict on each distinct value (bulk path)."""
    unknown = values.keys() - INSERT_FIELDS
    if unknown:
        raise InvalidInput(msg("Unknown entry field {field}.", field=repr(sorted(unknown)[0])))
    get = values.get
    template = _memo(memo, "template", get("template"), _template)
    entry_id = get("id")
    entry_id = journal._valid_uuid(entry_id) if entry_id else new_uuid()
    created = _timestamp(values["created"], "created") if get("created") else now_iso()
    updated = _timestamp(values["updated"], "updated") if get("updated") else created
    deleted = _timestamp(values["deleted"], "deleted") if get("deleted") else None
    day = get("day")
    day = parse_day(day) if day else dt.date.fromisoformat(created[:10])
    kind = get("kind")
    source = get("source")
    sections = get("sections")
    if sections or template.sections:
        sections = _sections(template, sections)
        sections_json = json.dumps(sections, ensure_ascii=False)
    else:  # the common case: no sections in a template without any
        sections, sections_json = {}, "{}"
    revision = get("revision", 1)
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        raise InvalidInput(
            msg(
                "Revision must be a whole number of at least 1, not {value}.",
                value=repr(revision),
            )
        )
    row = (
        entry_id,
        created,
        updated,
        day.isoformat(),
        _memo(memo, "kind", kind, lambda k: _enum(Kind, k, "kind").value)
        if kind
        else template.kind.value,
        template.key,
        _title(get("title")),
        _text(get("body"), "text"),
        sections_json,
        "\n\n".join(sections.values()),
        _memo(memo, "mood", get("mood"), _mood),
        _memo(memo, "source", source, lambda s: _enum(Source, s, "learning source").value)
        if source
        else (template.source.value if template.source else None),
        _memo(
            memo,
            "visibility",
            get("visibility") or Visibility.PRIVATE,
            lambda v: _enum(Visibility, v, "visibility").value,
        ),
        1 if get("starred") else 0,
        1 if deleted else 0,
        deleted,
        revision,
    )
    links: dict[str, Any] = {}
    if "tags" in values:
        links["tags"] = _names(values["tags"], "tag", memo)
    if "skills" in values:
        links["skills"] = _names(values["skills"], "skill", memo)
    if "people" in values:
        links["people"] = _people(values["people"], memo)
    if "goals" in values:
        links["goals"] = [
            _memo(memo, "goal", goal, journal.goals._seq) for goal in values["goals"] or ()
        ]
    shown = _picture_links(template.key, sections, row[7])
    if shown:
        links["pictures"] = shown
    names = names_text(
        links.get("tags", ()), links.get("skills", ()), (p.name for p in links.get("people", ()))
    )
    return (*row, names), links


def names_text(tags: Iterable[str], skills: Iterable[str], people: Iterable[str]) -> str:
    """The entry's tags, skills and people's names, one a line: the text search finds
    them by (``names_text``, indexed with the title, text and sections)."""
    return "\n".join([*tags, *skills, *people])


def changed_names_text(current: Entry, links: Mapping[str, Any]) -> str | None:
    """``names_text`` after ``links`` (an update's, not yet tidied) are stored; None when
    they change no tag, skill or person's name (then the index is not touched: the
    app's editor saves the names with every change of the text or the mood)."""
    if not {"tags", "skills", "people"} & links.keys():
        return None
    tags = _names(links["tags"], "tag") if "tags" in links else current.tags
    skills = _names(links["skills"], "skill") if "skills" in links else current.skills
    people = _people(links["people"]) if "people" in links else current.people
    after = names_text(tags, skills, (p.name for p in people))
    before = names_text(current.tags, current.skills, (p.name for p in current.people))
    return None if after == before else after


def set_links(journal: Journal, seq: int, links: Mapping[str, Any], *, new: bool = False) -> None:
    """Store the links ``prepare`` made (or ``update`` asks for, not yet tidied)."""
    if "tags" in links:
        link_names(journal, seq, "tag", _names(links["tags"], "tag"), new=new)
    if "skills" in links:
        link_names(journal, seq, "skill", _names(links["skills"], "skill"), new=new)
    if "people" in links:
        link_people(journal, seq, _people(links["people"]), new=new)
    if "goals" in links:
        goal_seqs = [journal.goals._seq(goal) for goal in links["goals"] or ()]
        stored.link_goals(journal.db, seq, goal_seqs)
    if "pictures" in links:
        stored_pictures.set_links(journal.db, seq, links["pictures"], new=new)


def relink_pictures(journal: Journal, seq: int, entry: Entry) -> None:
    """Make the entry's picture links follow its text (references to pictures the
    journal does not hold are not linked)."""
    stored_pictures.set_links(
        journal.db, seq, _picture_links(entry.template, entry.sections, entry.body)
    )


def name_id(journal: Journal, table: str, name: str) -> int:
    """The id of a tag, skill or person (``table``), added when new; ids are remembered
    for the length of a bulk block (``Journal._name_ids``)."""
    return stored.name_id(journal.db, table, name, journal._name_ids)


def link_names(
    journal: Journal, seq: int, what: str, names: list[str], *, new: bool = False
) -> None:
    ids = [name_id(journal, f"{what}s", name) for name in names]
    stored.link_names(journal.db, seq, what, ids, new=new)


def link_people(journal: Journal, seq: int, people: list[PersonLink], *, new: bool = False) -> None:
    pairs = []
    for link in people:
        person = name_id(journal, "people", link.name)
        if link.role or link.department:
            journal.people._update(person, link.role or None, link.department or None)
        pairs.append((person, link.relation.value))
    stored.link_people(journal.db, seq, pairs, new=new)


def changed_row(
    current: Entry, changes: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The columns ``changes`` set (checked) and the links they name, not yet tidied."""
    row: dict[str, Any] = {}
    template = _template(changes.get("template", current.template))
    if "template" in changes or "sections" in changes:
        sections = _sections(template, changes.get("sections", current.sections))
        row["template"] = template.key
        row["sections"] = json.dumps(sections, ensure_ascii=False)
        row["sections_text"] = "\n\n".join(sections.values())
    if "title" in changes:
        # An older title with control characters may stay while the rest is edited.
        same = changes["title"] == current.title
        row["title"] = _text(changes["title"], "title") if same else _title(changes["title"])
    if "body" in changes:
        row["body"] = _text(changes["body"], "text")
    if "kind" in changes:
        row["kind"] = _enum(Kind, changes["kind"] or template.kind, "kind").value
    if "source" in changes:
        source = changes["source"]
        row["source"] = _enum(Source, source, "learning source").value if source else None
    if "mood" in changes:
        row["mood"] = _mood(changes["mood"])
    if "visibility" in changes:
        row["visibility"] = _enum(
            Visibility, changes["visibility"] or Visibility.PRIVATE, "visibility"
        ).value
    if "starred" in changes:
        row["starred"] = 1 if changes["starred"] else 0
    if "day" in changes:
        row["day"] = parse_day(changes["day"]).isoformat()
    links = {k: changes[k] for k in ("tags", "skills", "people", "goals") if k in changes}
    if {"body", "sections", "template"} & row.keys():
        # The pictures the entry shows follow its text.
        sections_now = json.loads(row["sections"]) if "sections" in row else current.sections
        links["pictures"] = _picture_links(
            template.key, sections_now, row.get("body", current.body)
        )
    return row, links


def differs(
    journal: Journal, current: Entry, row: Mapping[str, Any], links: Mapping[str, Any]
) -> bool:
    now = {
        "template": current.template,
        "sections": json.dumps(current.sections, ensure_ascii=False),
        "sections_text": "\n\n".join(current.sections.values()),
        "title": current.title,
        "body": current.body,
        "kind": current.kind.value,
        "source": current.source.value if current.source else None,
        "mood": current.mood,
        "visibility": current.visibility.value,
        "starred": 1 if current.starred else 0,
        "day": current.day.isoformat(),
    }
    if any(now[key] != value for key, value in row.items()):
        return True

    def keys(names: Iterable[str]) -> list[str]:
        return [name.casefold() for name in names]

    if "tags" in links and keys(_names(links["tags"], "tag")) != keys(current.tags):
        return True
    if "skills" in links and keys(_names(links["skills"], "skill")) != keys(current.skills):
        return True
    if "people" in links:
        wanted = [(p.name.casefold(), p.relation) for p in _people(links["people"])]
        if wanted != [(p.name.casefold(), p.relation) for p in current.people]:
            return True
        if any(p.role or p.department for p in _people(links["people"])):
            return True
    if "goals" in links:
        wanted_goals = [journal.goals._full_id(g) for g in links["goals"] or ()]
        if list(dict.fromkeys(wanted_goals)) != current.goals:
            return True
    return False


def seq_at(journal: Journal, entry_id: str, expected_revision: int | None) -> int:
    """The entry's seq; when a revision is expected, an entry that is gone is a
    conflict (it was purged after the change was made), not a typo."""
    if expected_revision is None:
        return journal._seq(entry_id)
    if (
        not isinstance(expected_revision, int)
        or isinstance(expected_revision, bool)
        or expected_revision < 1
    ):
        raise InvalidInput(
            msg(
                "The revision must be a whole number of at least 1, not {value}.",
                value=repr(expected_revision),
            )
        )
    full = _uuid_or_none(str(entry_id).strip().lower())
    if full is None:
        return journal._seq(entry_id)  # a prefix someone typed: not found is a typo
    seq = journal._seq_or_none(full)
    if seq is None:
        raise EntryConflict(
            msg(
                "The entry {entry} was deleted for good elsewhere; nothing was written.",
                entry=str(entry_id).strip()[:8],
            ),
            None,
            expected_revision,
        )
    return seq


def check_revision(current: Entry, expected_revision: int | None) -> None:
    if expected_revision is None or current.revision == expected_revision:
        return
    if current.in_trash:
        message = msg(
            "The entry {entry} was moved to the trash elsewhere (it is at revision "
            "{revision} now, not {expected}); nothing was written.",
            entry=current.id[:8],
            revision=current.revision,
            expected=expected_revision,
        )
    else:
        message = msg(
            "The entry {entry} was changed elsewhere (it is at revision {revision} now, "
            "not {expected}); nothing was written. Look at the new version and edit "
            "again from it.",
            entry=current.id[:8],
            revision=current.revision,
            expected=expected_revision,
        )
    raise EntryConflict(message, current, expected_revision)


def where(journal: Journal, f: Filters) -> tuple[list[str], list[Any]]:
    """The filter, checked, as conditions on ``entries e`` and their parameters."""

    def key(value: str | None, what: str) -> str | None:
        return None if value is None else _name(value, what).casefold()

    def value(enum: Any, given: Any, what: str) -> str | None:
        return None if given is None else _enum(enum, given, what).value

    return stored.where(
        trash=bool(f.trash),
        kind=value(Kind, f.kind, "kind"),
        visibility=value(Visibility, f.visibility, "visibility"),
        starred=f.starred,
        source=value(Source, f.source, "learning source"),
        date_from=None if f.date_from is None else parse_day(f.date_from).isoformat(),
        date_to=None if f.date_to is None else parse_day(f.date_to).isoformat(),
        on_this_day=f.on_this_day,
        tag=key(f.tag, "tag"),
        skill=key(f.skill, "skill"),
        person=key(f.person, "person"),
        relation=value(Relation, f.relation, "relation"),
        goal=None if f.goal is None else journal.goals._seq(f.goal),
    )
