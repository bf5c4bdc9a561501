"""The share bundle: a ``*.reflekt.json`` file of one person's shared entries.

The format is versioned and has a JSON Schema (``SCHEMA`` here, published as
``docs/bundle.schema.json``). Bundles are validated both when read (they come
from colleagues and sync tools: hostile until proven otherwise) and when
written (a bug must never put a field on disk that the schema does not allow,
such as a mood).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reflekt.core.models import Kind, Relation, Source
from reflekt.errors import FileRejected
from reflekt.messages import msg, word
from reflekt.share import safety

if TYPE_CHECKING:
    import jsonschema

    from reflekt.share.pictures import SharedPicture

FORMAT = "reflekt-share-bundle"
VERSION = 2  # the newest this reflekt reads; a bundle is written as version 1 unless
WRITTEN_WITHOUT_PICTURES = 1  # it carries pictures (then 2): older reflekt reads the rest
PICTURE_TYPES = ("png", "jpeg", "webp")
MAX_PICTURE_BYTES = 40 * 1024 * 1024  # core.pictures.MAX_INPUT_BYTES: no bigger is read
MAX_PICTURES = 2_000
SUFFIX = ".reflekt.json"

_UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_DAY = r"^\d{4}-\d{2}-\d{2}$"
_STAMP = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$"
_KEY = "^[A-Za-z0-9+/]{43}=$"  # an Ed25519 public key (32 bytes) in base64
_SIGNATURE = "^[A-Za-z0-9+/]{86}==$"  # an Ed25519 signature (64 bytes) in base64
MAX_REVISION = 2**53 - 1  # exact in every JSON reader
FUTURE_SLACK = dt.timedelta(days=1)  # clocks differ; a bundle from further ahead is refused
# Characters that make two names look alike or reorder what is shown: bidi embeddings,
# overrides, isolates and marks, and zero-width characters.
INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def looks_like_another(value: str) -> bool:
    """Whether a name could pass for another one: a space other than the plain one (a
    no-break or a thin space), or a word that mixes alphabets (a Cyrillic "А" in "Аlice")."""
    if value.isascii():
        return False
    import unicodedata

    if any(ch.isspace() and ch != " " for ch in value):
        return True
    for part in value.split():
        scripts = set()
        for ch in part:
            if ch.isalpha():
                scripts.add(unicodedata.name(ch, "?").split(" ", 1)[0])
        # Only alphabets whose letters look alike count: a Japanese name mixes kanji
        # and kana in one word, and that is how it is written.
        if len(scripts & _LOOKALIKE_SCRIPTS) > 1:
            return True
    return False


_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})


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
        "version": {"enum": [1, VERSION]},
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
                "key": {
                    "type": "string",
                    "pattern": _KEY,
                    "description": "The author's Ed25519 public key (32 bytes, base64).",
                },
            },
        },
        "exported": {"type": "string", "pattern": _STAMP, "maxLength": 40},
        "revision": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_REVISION,
            "description": "The author's publish counter: each bundle they write has a "
            "higher one. Decides which of an author's bundles is newer.",
        },
        "signature": {
            "type": "string",
            "pattern": _SIGNATURE,
            "description": "Ed25519 signature (64 bytes, base64) by author.key over the "
            "bundle without this field, as JSON with sorted keys, no spaces, UTF-8.",
        },
        "entries": {"type": "array", "maxItems": 10_000, "items": {"$ref": "#/$defs/entry"}},
        "pictures": {
            "type": "array",
            "maxItems": MAX_PICTURES,
            "description": "Version 2: the pictures the entries' texts refer to as "
            "![CAPTION](picture:SHA256), stored bytes without metadata.",
            "items": {"$ref": "#/$defs/picture"},
        },
    },
    "$defs": {
        "picture": {
            "type": "object",
            "required": ["sha256", "type", "size", "data"],
            "additionalProperties": False,
            "properties": {
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "type": {"enum": list(PICTURE_TYPES)},
                "size": {"type": "integer", "minimum": 1, "maximum": MAX_PICTURE_BYTES},
                "data": {
                    "type": "string",
                    "maxLength": 4 * ((MAX_PICTURE_BYTES + 2) // 3),
                    "description": "The picture's bytes, base64.",
                },
            },
        },
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
        },
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
    public_key: str | None = None  # the key whose signature was checked; None: unsigned
    revision: int | None = None  # the author's publish counter
    # Version 2: picture records whose form is right (bytes not yet checked), and
    # (picture, why) for those dropped.
    pictures: list[dict[str, Any]] = field(default_factory=list)
    picture_problems: list[tuple[str, str]] = field(default_factory=list)


def build(
    *,
    author_id: str,
    author_name: str,
    author_team: str,
    exported: str,
    entries: list[dict[str, Any]],
    lang: str = "en",
    revision: int | None = None,
    pictures: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A bundle as written: version 1 (byte for byte as before pictures) unless it
    carries pictures (``picture_record``), then version 2."""
    from reflekt import __version__

    author = {"id": author_id, "name": author_name}
    if author_team:
        author["team"] = author_team
    return {
        "format": FORMAT,
        "version": VERSION if pictures else WRITTEN_WITHOUT_PICTURES,
        "generator": f"reflekt {__version__}",
        "lang": lang,
        "author": author,
        "exported": exported,
        **({"revision": revision} if revision is not None else {}),
        "entries": entries,
        **({"pictures": pictures} if pictures else {}),
    }


def picture_record(picture: SharedPicture) -> dict[str, Any]:
    """A picture as a bundle carries it."""
    return {
        "sha256": picture.sha256,
        "type": picture.type,
        "size": picture.size,
        "data": base64.b64encode(picture.data).decode("ascii"),
    }


def dumps(bundle: dict[str, Any]) -> bytes:
    """The bundle as the bytes written to disk, checked against the schema first (its
    pictures too: a reader drops a bad one, a writer never writes it)."""
    name = msg("the bundle being written")
    checked = validate(bundle, name)
    if checked.picture_problems:
        which, why = checked.picture_problems[0]
        raise FileRejected(
            msg(
                "{name} is not a valid share bundle: {problem}.",
                name=name,
                problem=f"{which}: {why}",
            )
        )
    return encode(bundle)


def encode(bundle: dict[str, Any]) -> bytes:
    """The bytes of a bundle already checked (``dumps`` checks first)."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def validate(data: Any, name: str, *, now: dt.datetime | None = None) -> Bundle:
    """Check ``data`` is a bundle this reflekt can read; ``FileRejected`` says why not.

    Beyond the schema: dates are real dates, the export time is not more than a day
    ahead of ``now``, author names hold no invisible or direction-changing characters,
    and a signed bundle's signature matches (``Bundle.public_key`` is then its key).
    """
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
    # Pictures are checked one by one: one that fails is dropped with a note, the
    # lessons and the other pictures kept (the team library notes it in its report).
    carried = data.get("pictures", [])
    error = first_error(SCHEMA, {k: v for k, v in data.items() if k != "pictures"})
    if error is None and not isinstance(carried, list):
        error = first_error(SCHEMA, data)
    if error is not None:
        raise FileRejected(
            msg(
                "{name} is not a valid share bundle: {problem}.", name=name, problem=describe(error)
            )
        )
    if carried and version < 2:
        raise FileRejected(
            msg(
                "{name} is not a valid share bundle: it carries pictures but says it is "
                "format version 1. It was not written by reflekt.",
                name=name,
            )
        )
    pictures, picture_problems = _checked_pictures(carried)
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
    _check_dates(data, name, now)
    for what, value in (("name", author["name"]), ("team", author.get("team", ""))):
        if INVISIBLE.search(value):
            raise FileRejected(
                msg(
                    "{name} gives its author a {what} with invisible or direction-changing "
                    "characters ({value}), which can make one colleague look like another. "
                    "It was not read.",
                    name=name,
                    what=word(what),
                    value=ascii(value)[:80],
                )
            )
        if looks_like_another(value):
            raise FileRejected(
                msg(
                    "{name} gives its author a {what} that mixes alphabets or uses an "
                    "unusual space ({value}), which can make one colleague look like another. "
                    "It was not read.",
                    name=name,
                    what=word(what),
                    value=ascii(value)[:80],
                )
            )
    from reflekt.share import signing

    public_key = signing.verify(data, name)
    return Bundle(
        author_id=author["id"].lower(),
        author_name=author["name"],
        author_team=author.get("team", ""),
        exported=data["exported"],
        entries=data["entries"],
        data=data,
        public_key=public_key,
        revision=data.get("revision"),
        pictures=pictures,
        picture_problems=picture_problems,
    )


def _checked_pictures(
    carried: list[Any],
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The pictures whose record follows the format, and (picture, why) for the others."""
    shape = {"$schema": SCHEMA["$schema"], **SCHEMA["$defs"]["picture"]}
    good: list[dict[str, Any]] = []
    problems: list[tuple[str, str]] = []
    for index, item in enumerate(carried):
        which = item.get("sha256") if isinstance(item, dict) else None
        if not (isinstance(which, str) and re.fullmatch("[0-9a-f]{64}", which)):
            which = f"pictures/{index}"  # never a hostile string in the report
        if index >= MAX_PICTURES:
            problems.append((which, msg("more than {most:,} pictures", most=MAX_PICTURES)))
            continue
        error = first_error(shape, item)
        if error is not None:
            problems.append((which, describe(error)))
            continue
        if any(p["sha256"] == item["sha256"] for p in good):
            continue  # the same picture twice: carried once
        good.append(item)
    return good, problems


def _check_dates(data: dict[str, Any], name: str, now: dt.datetime | None) -> None:
    """Dates the pattern lets through but the calendar does not (2026-13-45T99:99:99Z), and
    an export time from the future, which would make every later bundle look older."""
    try:
        exported = dt.datetime.fromisoformat(data["exported"])
    except ValueError:
        raise FileRejected(
            msg(
                "{name} has an export time that is not a real date and time ({value}). "
                "It was not read.",
                name=name,
                value=data["exported"],
            )
        ) from None
    now = now or dt.datetime.now(dt.UTC)
    if exported - now > FUTURE_SLACK:
        raise FileRejected(
            msg(
                "{name} says it was exported on {value}, more than a day from now. It was "
                "not read; if the author's clock is wrong, ask them to correct it and "
                "share again.",
                name=name,
                value=data["exported"],
            )
        )
    for index, entry in enumerate(data["entries"]):
        try:
            dt.date.fromisoformat(entry["day"])
        except ValueError:
            raise FileRejected(
                msg(
                    "{name} is not a valid share bundle: entries/{index}/day ({value}) is "
                    "not a real date.",
                    name=name,
                    index=index,
                    value=entry["day"],
                )
            ) from None


def describe(error: jsonschema.ValidationError) -> str:
    """A short, plain account of a schema error (never the whole offending value)."""
    where = "/".join(str(p) for p in error.absolute_path) or msg("the top level")
    value = error.validator_value
    kind = str(error.validator)
    # jsonschema's own message is English; only the names it quotes are taken from it.
    quoted = ", ".join(repr(n) for n in re.findall(r"'([^']{1,80})'", error.message)[:3])
    reasons: dict[str, Callable[[], str]] = {
        "maxLength": lambda: msg(
            "{where} is longer than {most:,} characters", where=where, most=value
        ),
        "minLength": lambda: msg("{where} is empty", where=where),
        "maxItems": lambda: msg("{where} has more than {most:,} items", where=where, most=value),
        "minItems": lambda: msg("{where} has too few items", where=where),
        "type": lambda: msg("{where} should be {kind}", where=where, kind=_json_kinds(value)),
        "enum": lambda: msg("{where} is not one of the allowed values", where=where),
        "const": lambda: msg("{where} should be {value}", where=where, value=repr(value)),
        "pattern": lambda: msg("{where} is not in the expected form", where=where),
        "format": lambda: msg("{where} is not in the expected form", where=where),
        "minimum": lambda: msg("{where} is below {value}", where=where, value=value),
        "maximum": lambda: msg("{where} is above {value}", where=where, value=value),
        "required": lambda: msg("{where}: the field {field} is missing", where=where, field=quoted),
        "additionalProperties": lambda: msg(
            "{where}: the field {field} does not belong there", where=where, field=quoted
        ),
    }
    if kind in reasons:
        return reasons[kind]()
    return msg("{where} does not follow the format", where=where)


def _json_kinds(value: object) -> str:
    """A schema's type name(s) as a person would say them."""
    said = {
        "string": msg("some text"),
        "integer": msg("a whole number"),
        "number": msg("a number"),
        "array": msg("a list"),
        "object": msg("an object"),
        "boolean": msg("true or false"),
        "null": msg("empty"),
    }
    kinds = value if isinstance(value, list) else [value]
    return msg(" or ").join(said.get(str(k), str(k)) for k in kinds)


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


def named_as_bundle(path: Path | str) -> Path:
    """``path`` named as colleagues' reflekt looks for bundles: ``*.reflekt.json``
    (``migration-lesson`` → ``migration-lesson.reflekt.json``; ``x.json`` and
    ``x.reflekt`` → ``x.reflekt.json``). A team folder's scan reads only such names, so a
    bundle saved under any other name would never be read. For the command line's
    export and the app's save dialog alike; a folder is left as it is."""
    path = Path(path)
    if path.is_dir():
        return path
    name = path.name
    folded = name.lower()
    if folded.endswith(SUFFIX):
        return path  # already named so, in whatever case it was typed
    if folded.endswith(".json"):
        stem = name[: -len(".json")]
        if stem.lower().endswith(".reflekt"):
            stem = stem[: -len(".reflekt")]
    elif folded.endswith(".reflekt"):
        stem = name[: -len(".reflekt")]
    else:
        stem = name
    return path.with_name((stem or "bundle") + SUFFIX)
