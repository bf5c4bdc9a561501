"""The share bundle: a ``*.reflekt.json`` file of one person's shared entries.

The format is versioned and has a JSON Schema (``SCHEMA`` here, published as
``docs/bundle.schema.json``). Bundles are validated both when read (they come
from colleagues and sync tools: hostile until proven otherwise) and when
written (a bug must never put a field on disk that the schema does not allow,
such as a mood).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reflekt.core.models import Kind, Relation, Source
from reflekt.errors import FileRejected
from reflekt.messages import msg
from reflekt.share import safety

if TYPE_CHECKING:
    import jsonschema

FORMAT = "reflekt-share-bundle"
VERSION = 1
SUFFIX = ".reflekt.json"

_UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_STAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$"


def _name(max_length: int = 200) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length}


def _names() -> dict[str, Any]:
    return {"type": "array", "maxItems": 100, "items": _name()}


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "reflekt share bundle",
    "description": "Entries one person chose to share, with only shareable fields.",
    "type": "object",
    "required": ["format", "version", "author", "exported", "entries"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "generator": {"type": "string", "maxLength": 100},
        "lang": {"enum": ["en", "sv"]},
        "author": {
            "type": "object",
            "required": ["id", "name"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": _UUID},
                "name": _name(),
                "team": {"type": "string", "maxLength": 200},
            },
        },
        "exported": {"type": "string", "pattern": _STAMP, "maxLength": 40},
        "entries": {"type": "array", "maxItems": 10_000, "items": {"$ref": "#/$defs/entry"}},
    },
    "$defs": {
        "entry": {
            "type": "object",
            "required": ["id", "revision", "day", "kind", "title", "body"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": _UUID},
                "revision": {"type": "integer", "minimum": 1, "maximum": 1_000_000_000},
                "day": {"type": "string", "pattern": _DAY},
                "kind": {"enum": [k.value for k in Kind]},
                "title": {"type": "string", "maxLength": 1000},
                "body": {"type": "string", "maxLength": 1_000_000},
                "sections": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                        "type": "object",
                        "required": ["key", "label", "text"],
                        "additionalProperties": False,
                        "properties": {
                            "key": {"type": "string", "pattern": "^[a-z0-9_]{1,64}$"},
                            "label": _name(),
                            "text": {"type": "string", "maxLength": 200_000},
                        },
                    },
                },
                "tags": _names(),
                "skills": _names(),
                "source": {"enum": [*(s.value for s in Source), None]},
                "people": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                        "type": "object",
                        "required": ["description", "relation"],
                        "additionalProperties": False,
                        "properties": {
                            "description": _name(500),
                            "relation": {"enum": [r.value for r in Relation]},
                            "name": _name(),
                        },
                    },
                },
            },
        }
    },
}


@functools.cache
def validator(schema_json: str) -> Any:
    """A validator for a schema (as JSON text), made on first use.

    jsonschema takes ~0.1 s to import: loaded here, when a file is really checked,
    it stays out of every CLI command that never reads a bundle or a backup.
    """
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(schema_json))


def first_error(schema: dict[str, Any], data: Any) -> jsonschema.ValidationError | None:
    """The most telling way ``data`` breaks ``schema``, or None when it is valid."""
    import jsonschema

    check = validator(json.dumps(schema, sort_keys=True))
    return jsonschema.exceptions.best_match(check.iter_errors(data))


@dataclass(frozen=True)
class Bundle:
    """A validated bundle: its author, when it was exported, and its entries."""

    author_id: str
    author_name: str
    author_team: str
    exported: str
    entries: list[dict[str, Any]]
    data: dict[str, Any]


def build(
    *,
    author_id: str,
    author_name: str,
    author_team: str,
    exported: str,
    entries: list[dict[str, Any]],
    lang: str = "en",
) -> dict[str, Any]:
    from reflekt import __version__

    author = {"id": author_id, "name": author_name}
    if author_team:
        author["team"] = author_team
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"reflekt {__version__}",
        "lang": lang,
        "author": author,
        "exported": exported,
        "entries": entries,
    }


def dumps(bundle: dict[str, Any]) -> bytes:
    """The bundle as the bytes written to disk, checked against the schema first."""
    validate(bundle, "the bundle being written")
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def validate(data: Any, name: str) -> Bundle:
    """Check ``data`` is a bundle this reflekt can read; ``FileRejected`` says why not."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FileRejected(
            msg(
                "{name} is not a reflekt share bundle. Choose a file ending in {suffix} that "
                "reflekt wrote.",
                name=name,
                suffix=SUFFIX,
            )
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileRejected(
            msg("{name} has no valid format version. It was not written by reflekt.", name=name)
        )
    if version > VERSION:
        raise FileRejected(
            msg(
                "{name} was written by a newer reflekt (bundle format version {version}; this "
                "reflekt reads version {readable}). Update reflekt to read it.",
                name=name,
                version=version,
                readable=VERSION,
            )
        )
    error = first_error(SCHEMA, data)
    if error is not None:
        raise FileRejected(
            msg(
                "{name} is not a valid share bundle: {problem}.", name=name, problem=describe(error)
            )
        )
    ids = [entry["id"].lower() for entry in data["entries"]]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise FileRejected(
            msg(
                "{name} is not a valid share bundle: the entry {entry} appears more than once.",
                name=name,
                entry=twice,
            )
        )
    author = data["author"]
    return Bundle(
        author_id=author["id"].lower(),
        author_name=author["name"],
        author_team=author.get("team", ""),
        exported=data["exported"],
        entries=data["entries"],
        data=data,
    )


def describe(error: jsonschema.ValidationError) -> str:
    """A short, plain account of a schema error (never the whole offending value)."""
    where = "/".join(str(p) for p in error.absolute_path) or "the top level"
    value = error.validator_value
    kind = str(error.validator)
    reasons = {
        "maxLength": lambda: f"is longer than {value:,} characters",
        "minLength": lambda: "is empty",
        "maxItems": lambda: f"has more than {value:,} items",
        "type": lambda: f"should be {value}",
        "enum": lambda: "is not one of the allowed values",
        "const": lambda: f"should be {value!r}",
        "pattern": lambda: "is not in the expected form",
        "minimum": lambda: f"is below {value}",
        "maximum": lambda: f"is above {value}",
    }
    if kind in reasons:
        return f"{where} {reasons[kind]()}"
    reason = error.message if len(error.message) <= 200 else error.message[:200] + "…"
    return f"{where} {reason}"


def read(path: Path, cap: int) -> Bundle:
    """Read and validate the bundle at ``path``."""
    return validate(safety.load_json_file(path, cap), path.name)


def file_name(author_name: str, author_id: str) -> str:
    """One file per author in a team folder: their name, plus a bit of their id so two
    colleagues with the same name never overwrite each other's file."""
    folded = unicodedata.normalize("NFKD", author_name)
    slug = re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:60] or "colleague"
    return f"{slug}-{author_id.replace('-', '')[:8]}{SUFFIX}"
