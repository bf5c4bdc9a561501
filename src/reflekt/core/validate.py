"""Field rules for what a person writes: text, titles, names, days, moods, sections.

The facade (``core/journal.py``) and the bulk path check every value through here,
so a rule is written once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from reflekt import controls
from reflekt.core.models import PersonLink, Relation
from reflekt.errors import InvalidInput
from reflekt.messages import language, msg, word

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.templates import Template

MAX_TEXT = 5_000_000  # characters in one field: far above any real reflection
MAX_NAME = 200  # a tag, skill or person name
MIN_ID_PREFIX = 4  # the shortest start of an id that names an entry or a goal
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0, DEL and C1 (see reflekt.controls)


def now_iso() -> str:
    """Local time with its UTC offset, e.g. 2026-11-28T09:15:02+01:00."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _choices(enum: type) -> str:
    return ", ".join(member.value for member in enum)


def _enum(enum: type, value: Any, what: str) -> Any:
    if isinstance(value, enum):
        return value
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(
            msg(
                "{value} is not a valid {what}. Choose one of: {choices}.",
                value=repr(value),
                what=word(what),
                choices=_choices(enum),
            )
        ) from None


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(msg("The {what} must be text.", what=word(what)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            msg(
                "The {what} contains characters that are not valid text (broken Unicode). "
                "Copy it from its source again or retype the damaged part.",
                what=word(what),
            )
        ) from None
    if len(value) > MAX_TEXT:
        raise InvalidInput(
            msg(
                "The {what} is too long ({count:,} characters; the most is "
                "{most:,}). Split it into several entries.",
                what=word(what),
                count=len(value),
                most=MAX_TEXT,
            )
        )
    return value


def _title(value: Any, what: str = "title") -> str:
    """A title as written; control characters (but tab and newline) are refused: they
    are invisible in the app and act on a terminal (clipboard, window title, clearing)."""
    title = _text(value, what)
    found = controls.CONTROL.search(title)
    if found:
        raise InvalidInput(
            msg(
                "The {what} {title} contains a control character ({char}), which cannot "
                "be seen but acts on a terminal. Remove it and save again.",
                what=word(what),
                title=repr(title[:60]),  # repr shows the controls as \\x1b
                char=controls.visible(found.group()),
            )
        )
    return title


def clean_imported_titles(items: Sequence[tuple[str | None, Mapping[str, Any]]]) -> int:
    """Strip control characters from imported titles, in place; how many titles changed.

    Another program's export is taken whole rather than refused for an invisible
    character in one title: the characters carry nothing a person can see, the entry's
    text is kept exactly, and the import report says how many titles were cleaned.
    """
    cleaned = 0
    for _, values in items:
        title = values.get("title")
        if isinstance(title, str) and controls.CONTROL.search(title):
            values["title"] = controls.strip(title)  # type: ignore[index]
            cleaned += 1
    return cleaned


def parse_day(value: Any, what: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(
            msg(
                "{value} is not a valid {what}. Write it as YYYY-MM-DD, for example 2026-03-14.",
                value=repr(value),
                what=word(what),
            )
        ) from None


def _timestamp(value: Any, what: str) -> str:
    try:
        stamp = dt.datetime.fromisoformat(str(value))
    except ValueError:
        stamp = None
    if stamp is None or stamp.tzinfo is None:
        raise InvalidInput(
            msg(
                "{value} is not a valid time ({what}). Use ISO 8601 with a UTC offset, "
                "for example 2026-03-14T09:30:00+01:00.",
                value=repr(value),
                what=word(what),
            )
        )
    return stamp.isoformat()


def _mood(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = None
    try:
        mood = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        mood = 0
    if mood < 1 or mood > 5 or (isinstance(value, float) and value != mood):
        raise InvalidInput(
            msg("Mood must be a whole number from 1 to 5, not {value}.", value=repr(value))
        )
    return mood


def _name(value: Any, what: str) -> str:
    """A tag, skill or person name as the user spelled it, tidied."""
    if not isinstance(value, str):
        raise InvalidInput(msg("A name ({what}) must be text.", what=word(what)))
    name = " ".join(value.split())
    if what == "tag":
        name = name.lstrip("#").strip()
    if len(name) > MAX_NAME:
        raise InvalidInput(
            msg(
                "The {what} {name}… is too long (at most {most} characters).",
                what=word(what),
                name=repr(name[:40]),
                most=MAX_NAME,
            )
        )
    _text(name, what)
    if _CONTROL.search(name):
        raise InvalidInput(
            msg(
                "The {what} {name} contains control characters. Remove them.",
                what=word(what),
                name=repr(name),
            )
        )
    return name


def _memo(memo: dict[Any, Any] | None, what: str, value: Any, compute: Any) -> Any:
    """``compute(value)``, remembered in ``memo`` (the bulk path's) per distinct value.

    The key holds the value's type: ``True == 1`` must not let a cached mood of 1
    answer for ``True``, which is refused.
    """
    if memo is None:
        return compute(value)
    key = (what, type(value), value)
    try:
        return memo[key]
    except KeyError:
        result = memo[key] = compute(value)
        return result
    except TypeError:  # an unhashable value (a list where text belongs): no caching
        return compute(value)


def _names(
    values: Iterable[str] | None, what: str, memo: dict[Any, Any] | None = None
) -> list[str]:
    """Tidied, de-duplicated (case-insensitively), order kept, empty ones dropped."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    seen: set[str] = set()
    result = []
    for value in values:
        name = _memo(memo, what, value, lambda v: _name(v, what))
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def _person_link(value: PersonLink | str | Sequence[str]) -> PersonLink:
    if isinstance(value, PersonLink):
        link = value
    elif isinstance(value, str):
        link = PersonLink(value)
    else:
        name, relation, *rest = (*value, "with") if len(value) == 1 else value
        link = PersonLink(name, relation, *rest)
    name = _name(link.name, "person")
    if not name:
        return PersonLink("")  # left out, whatever else it says
    return PersonLink(
        name=name,
        relation=_enum(Relation, link.relation, "relation to a person"),
        role=_name(link.role or "", "role"),
        department=_name(link.department or "", "department"),
    )


def _people(
    values: Iterable[PersonLink | str | Sequence[str]] | None,
    memo: dict[Any, Any] | None = None,
) -> list[PersonLink]:
    if values is None:
        return []
    if isinstance(values, str | PersonLink):
        values = [values]
    seen: set[str] = set()
    result = []
    for value in values:
        link = _memo(memo, "person", value, _person_link)
        if not link.name or link.name.casefold() in seen:
            continue
        seen.add(link.name.casefold())
        result.append(link)
    return result


def _template(key: Any) -> Template:
    from reflekt.core.templates import TEMPLATES

    template = TEMPLATES.get(str(key or "free").strip().lower())
    if template is None:
        raise InvalidInput(
            msg(
                "There is no template called {key}. Choose one of: {choices}.",
                key=repr(key),
                choices=", ".join(TEMPLATES),
            )
        )
    return template


def _sections(template: Template, sections: Mapping[str, str] | None) -> dict[str, str]:
    """Only the template's own sections, in its order, empty ones dropped."""
    sections = dict(sections or {})
    known = {s.key for s in template.sections}
    unknown = [key for key in sections if key not in known]
    if unknown:
        if not known:
            raise InvalidInput(
                msg(
                    "The template {template} has no sections; write in the body "
                    "text instead of {section}.",
                    template=repr(template.name(language())),
                    section=repr(unknown[0]),
                )
            )
        raise InvalidInput(
            msg(
                "The template {template} has no section {section}. Its sections are: {sections}.",
                template=repr(template.name(language())),
                section=repr(unknown[0]),
                sections=", ".join(s.key for s in template.sections),
            )
        )
    result = {}
    for section in template.sections:
        value = _text(sections.get(section.key), f"section {section.key!r}")
        if value != "":
            result[section.key] = value
    return result


def _uuid_or_none(value: Any) -> str | None:
    """``value`` as a UUID's text, or None when it is not one."""
    import uuid  # here: only writing needs it (it loads ``platform``: ~5 ms)

    try:
        return str(uuid.UUID(str(value))) if value else None
    except ValueError:
        return None
