"""reflekt's own lossless backup (``reflekt export --format backup``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from reflekt.core.journal import Journal
from reflekt.errors import Cancelled, FileRejected, ReflektError
from reflekt.messages import msg
from reflekt.share import bundle
from reflekt.share.export import BACKUP_FORMAT
from reflekt.share.importers.base import (
    ImportReport,
    Source,
    cleaned_note,
    nothing_imported,
    register,
)

NAME = "backup"
TITLE = "reflekt backup"
MARK = BACKUP_FORMAT


def sniff(source: Source) -> bool:
    """A JSON object marked as a reflekt backup."""
    return source.json_object(MARK) is not None


def read(
    journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
) -> ImportReport:
    return restore(journal, source.json(), source.name, report, cancelled)


_LIST_OF_OBJECTS = {"type": "array", "items": {"type": "object"}}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "version", "exported", "journal"],
    "properties": {
        "format": {"const": "reflekt-backup"},
        "version": {"enum": [1, 2]},
        "journal": {
            "type": "object",
            "required": ["entries"],
            "properties": {
                "entries": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "created", "updated", "day"],
                        "properties": {
                            "id": {"type": "string", "maxLength": 64},
                            "people": _LIST_OF_OBJECTS,
                            "tags": {"type": "array", "items": {"type": "string"}},
                            "skills": {"type": "array", "items": {"type": "string"}},
                            "goals": {"type": "array", "items": {"type": "string"}},
                            "sections": {
                                "type": "object",
                                "additionalProperties": {"type": "string"},
                            },
                        },
                    },
                },
                "goals": _LIST_OF_OBJECTS,
                "people": _LIST_OF_OBJECTS,
                "settings": {"type": "object", "additionalProperties": {"type": "string"}},
                "share_log": _LIST_OF_OBJECTS,
                "team_authors": _LIST_OF_OBJECTS,
                "team_lessons": _LIST_OF_OBJECTS,
                "import_keys": _LIST_OF_OBJECTS,
                "team_links": _LIST_OF_OBJECTS,
                # Each picture is checked on its own (core/restore_pictures.py): one
                # that fails is skipped with a note, not the whole backup.
                "pictures": {"type": "array"},
                # "spelling_words" and "spelling_languages" are not constrained here:
                # each record, and each member that is not a list, is checked on its own
                # (core/restore_spelling.py) and skipped with a note, never the backup.
            },
        },
    },
}


def validate(data: Any, name: str) -> dict[str, Any]:
    from reflekt.share.export import BACKUP_FORMAT, BACKUP_VERSION

    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise FileRejected(msg("{name} is not a reflekt backup.", name=name))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > BACKUP_VERSION:
        raise FileRejected(
            msg(
                "{name} was written by a newer reflekt (backup format version {version}). "
                "Update reflekt to restore it.",
                name=name,
                version=version,
            )
        )
    error = bundle.first_error(SCHEMA, data)
    if error is not None:
        raise FileRejected(
            msg(
                "{name} is not a valid reflekt backup: {problem}.",
                name=name,
                problem=bundle.describe(error),
            )
        )
    return data["journal"]


def check_team_library(content: dict[str, Any], name: str) -> None:
    """Each colleague's lessons in a backup must pass the rules their bundle passed.

    The backup holds them as rows; they are put back together as the bundle each
    author would have sent and checked against the bundle schema, so a crafted row
    (a title too long, a bad id, sections that are not sections) refuses the file.
    """
    import json

    authors = {
        a.get("key"): a for a in content.get("team_authors", []) if isinstance(a.get("key"), str)
    }
    lessons: dict[str, list[dict[str, Any]]] = {key: [] for key in authors}
    for number, row in enumerate(content.get("team_lessons", []), 1):
        try:
            entry = {
                "id": row.get("entry_id"),
                "revision": row.get("revision"),
                "day": row.get("day"),
                "kind": row.get("kind"),
                "title": row.get("title"),
                "body": row.get("body"),
                "sections": json.loads(row.get("sections") or "[]"),
                "tags": json.loads(row.get("tags") or "[]"),
                "skills": json.loads(row.get("skills") or "[]"),
                "source": row.get("source"),
                "people": [
                    {k: v for k, v in p.items() if v != "" or k != "name"}
                    if isinstance(p, dict)
                    else p
                    for p in json.loads(row.get("people") or "[]")
                ],
            }
        except (TypeError, ValueError, AttributeError):
            entry = None
        if entry is None or row.get("author_key") not in lessons:
            raise FileRejected(
                msg(
                    "{name}: team lesson {number} in it is not valid ({problem}). "
                    "Nothing was imported.",
                    name=name,
                    number=number,
                    problem=msg("unreadable fields") if entry is None else msg("an unknown author"),
                )
            )
        lessons[row["author_key"]].append(entry)
    for key, entries in lessons.items():
        author = authors[key]
        shape = {
            "format": bundle.FORMAT,
            "version": bundle.VERSION,
            "author": {"id": key, "name": author.get("name"), "team": author.get("team") or ""},
            "exported": author.get("exported"),
            "entries": entries,
        }
        error = bundle.first_error(bundle.SCHEMA, shape)
        if error is not None:
            raise FileRejected(
                msg(
                    "{name}: the team lessons from {author} in it are not valid ({problem}). "
                    "Nothing was imported.",
                    name=name,
                    author=str(author.get("name"))[:80],
                    problem=bundle.describe(error),
                )
            )


def restore(
    journal: Journal,
    data: Any,
    name: str,
    report: ImportReport,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    content = validate(data, name)
    check_team_library(content, name)
    notes: list[str] = []
    try:
        counts = journal.restore_backup(content, cancelled=cancelled, notes=notes)
    except Cancelled:
        raise
    except ReflektError as exc:
        raise nothing_imported(name, exc) from None
    except KeyError as exc:
        # A hand-edited backup with a missing field: refuse it as a whole, naming the
        # field (the key is the file's own name for it, not English prose).
        raise FileRejected(
            msg(
                "{name} is not a complete reflekt backup (the field {field} is missing). "
                "Nothing was imported.",
                name=name,
                field=repr(exc.args[0]) if exc.args else "?",  # untranslated: a key's name
            )
        ) from None
    except (TypeError, ValueError):
        # A field with the wrong kind of value (text for a number, say).
        raise FileRejected(
            msg(
                "{name} is not a complete reflekt backup (a field holds the wrong kind of "
                "value). Nothing was imported.",
                name=name,
            )
        ) from None
    report.imported = counts["entries"]
    report.duplicates = counts["skipped"]
    if counts.get("cleaned"):
        report.warnings.append(cleaned_note(counts["cleaned"]))
    report.warnings.extend(notes)  # pictures, words and languages skipped, each named
    if counts.get("settings_ignored"):
        report.warnings.append(
            msg(
                "{count} settings in the backup were not taken over: who you are, the team "
                "folder and import limits are never set from a file.",
                count=counts["settings_ignored"],
            )
        )
    return report


register(sys.modules[__name__])
