"""Imports from other journals and from reflekt's own files, all-or-nothing and idempotent.

``import_file`` reads a file (or a folder of Markdown notes) as hostile input,
turns it into entries, and adds them in one transaction. Every item carries a
key from its source (``dayone:<uuid>``, a hash of a jrnl entry, ...) so that
importing the same file again adds nothing. A share bundle goes to the team
library instead of the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reflekt.core.journal import STOPPED, Journal, clean_imported_titles, gc_paused
from reflekt.core.models import TeamUpdate
from reflekt.errors import Cancelled, FileRejected, InvalidInput, ReflektError
from reflekt.messages import msg
from reflekt.share import bundle, safety

FORMATS = ("auto", "jrnl", "dayone", "markdown", "backup", "bundle")
FORMAT_NAMES = {
    "jrnl": "jrnl",
    "dayone": "Day One",
    "markdown": "Markdown notes",
    "backup": "reflekt backup",
    "bundle": "reflekt share bundle",
}


@dataclass
class Parsed:
    """Entries read from a source, ready for ``Journal.import_entries``."""

    items: list[tuple[str | None, dict[str, Any]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did, for a person to read."""

    source: str
    format: str
    imported: int = 0
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)
    entry_ids: list[str] = field(default_factory=list)
    team: TeamUpdate | None = None

    def lines(self) -> list[str]:
        what = FORMAT_NAMES.get(self.format, self.format)
        if self.team is not None:
            u = self.team
            if u.stale:
                lines = [
                    f"{self.source} ({what}) is older than the lessons from {u.author} already "
                    "in your team library; nothing changed."
                ]
            else:
                lines = [
                    f"Team library: {u.added} new, {u.updated} updated, {u.withdrawn} withdrawn "
                    f"lessons from {u.author} ({self.source})."
                ]
        else:
            lines = [
                f"Imported {self.imported} {'entry' if self.imported == 1 else 'entries'} "
                f"from {self.source} ({what})."
            ]
            if self.duplicates:
                lines.append(
                    f"Skipped {self.duplicates} already in your journal (imported before)."
                )
        lines += [f"Note: {w}" for w in self.warnings]
        return lines

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "warnings": list(self.warnings),
            "entries": list(self.entry_ids),
        }
        if self.team is not None:
            data["team"] = {
                "author": self.team.author,
                "added": self.team.added,
                "updated": self.team.updated,
                "withdrawn": self.team.withdrawn,
                "stale": self.team.stale,
            }
        return data


def cleaned_note(count: int) -> str:
    """The import report's note on titles stripped of control characters."""
    return msg(
        "Removed control characters (invisible, but they act on a terminal) from the titles "
        "of imported entries: {count}. The entries' text is kept as it was.",
        count=count,
    )


def detect(path: Path, cap: int) -> tuple[str, Any]:
    """Which format ``path`` is in, and its parsed JSON when it is JSON."""
    if path.is_dir():
        return "markdown", None
    name = path.name.lower()
    if name.endswith(".zip"):
        return "dayone", None
    if name.endswith((".md", ".markdown")):
        return "markdown", None
    data = safety.load_json_file(path, cap)
    fmt = _json_format(data)
    if fmt is None:
        raise FileRejected(
            f"reflekt cannot tell what kind of journal export {path.name} is. Name it with "
            "--format (jrnl, dayone, markdown, backup or bundle)."
        )
    return fmt, data


def _json_format(data: Any) -> str | None:
    from reflekt.share.export import BACKUP_FORMAT

    if not isinstance(data, dict):
        return None
    if data.get("format") == bundle.FORMAT:
        return "bundle"
    if data.get("format") == BACKUP_FORMAT:
        return "backup"
    entries = data.get("entries")
    if not isinstance(entries, list):
        return None
    first = next((e for e in entries if isinstance(e, dict)), None)
    if first is not None:
        if "uuid" in first or "creationDate" in first:
            return "dayone"
        if "date" in first and ("title" in first or "body" in first):
            return "jrnl"
        return None
    if "metadata" in data:
        return "dayone"
    if "tags" in data:
        return "jrnl"
    return None


def import_file(
    journal: Journal,
    path: Path | str,
    fmt: str = "auto",
    *,
    cancelled: Callable[[], bool] | None = None,
    max_bytes: int | None = None,
) -> ImportReport:
    """Import ``path`` into ``journal``: everything or, on any problem, nothing.

    ``cancelled`` (asked between steps and every few hundred entries) stops the
    import with ``Cancelled``, leaving the journal as it was. ``max_bytes`` raises
    (or lowers) the size cap for this import only; nothing is remembered.
    """
    with gc_paused():
        return _import_file(journal, path, fmt, cancelled or (lambda: False), max_bytes)


def _import_file(
    journal: Journal,
    path: Path | str,
    fmt: str,
    cancelled: Callable[[], bool],
    max_bytes: int | None = None,
) -> ImportReport:
    from reflekt.share.importers import backup, dayone, jrnl, markdown

    path = Path(path).expanduser()
    if fmt not in FORMATS:
        raise InvalidInput(f"{fmt!r} is not an import format. Choose one of: {', '.join(FORMATS)}.")
    if not path.exists():
        raise FileRejected(msg("There is no file or folder {path}. Check the name.", path=path))
    cap = max_bytes if max_bytes and max_bytes > 0 else safety.max_bytes(journal)
    data = None
    if fmt == "auto":
        fmt, data = detect(path, cap)
    report = ImportReport(source=path.name, format=fmt)
    if fmt == "markdown":
        parsed = markdown.read(path, cap)
    elif fmt == "dayone":
        parsed = dayone.read(path, cap, data)
    elif fmt == "jrnl":
        parsed = jrnl.parse(_json(path, cap, data), path.name)
    elif fmt == "backup":
        return backup.restore(journal, _json(path, cap, data), path.name, report, cancelled)
    else:
        return _team_bundle(journal, path, _json(path, cap, data), report)
    report.warnings += parsed.warnings
    cleaned = clean_imported_titles(parsed.items)
    if cleaned:
        report.warnings.append(cleaned_note(cleaned))
    if cancelled():
        raise Cancelled(STOPPED)
    try:
        result = journal.import_entries(parsed.items, cancelled=cancelled)
    except Cancelled:
        raise
    except ReflektError as exc:
        raise FileRejected(
            msg("{name}: {problem} Nothing was imported.", name=path.name, problem=exc.message)
        ) from None
    report.imported = len(result.added)
    report.duplicates = result.skipped
    report.entry_ids = result.added
    return report


def _json(path: Path, cap: int, data: Any) -> Any:
    if data is not None:
        return data
    if path.is_dir():
        raise FileRejected(msg("{path} is a folder; this format needs a file.", path=path))
    return safety.load_json_file(path, cap)


def _team_bundle(journal: Journal, path: Path, data: Any, report: ImportReport) -> ImportReport:
    from reflekt.share.export import AUTHOR_ID

    shared = bundle.validate(data, path.name)
    if shared.author_id == (journal.get_setting(AUTHOR_ID) or "").lower():
        report.warnings.append(
            "This bundle is your own export; your entries are already in your journal."
        )
        return report
    try:
        report.team = journal.apply_team_bundle(
            {"id": shared.author_id, "name": shared.author_name, "team": shared.author_team},
            shared.exported,
            shared.entries,
            source_file=str(path.resolve()),
            public_key=shared.public_key,
            revision=shared.revision,
        )
    except ReflektError as exc:
        raise FileRejected(
            msg("{name}: {problem} Nothing was imported.", name=path.name, problem=exc.message)
        ) from None
    return report
