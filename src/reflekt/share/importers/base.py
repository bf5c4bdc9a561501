"""What every importer shares: the file being read, what it yields, and the registry.

An importer is a module in this package that registers itself with :func:`register`
and has

- ``NAME``: what ``--format`` calls it (never changes once released),
- ``TITLE``: what a person reads in the import report ("Day One"),
- ``sniff(source) -> bool``: whether the file is in its format, and
- ``read(journal, source, report, cancelled) -> ImportReport``: import it, all or nothing,
- and, for a format reflekt writes itself, ``MARK``: the ``"format"`` its JSON carries.

``sniff`` looks at the name and, for JSON, at the parsed document's outer shape; the
formats' shapes exclude each other, so the order importers are asked in does not decide
the answer. Everything read is hostile: :class:`Source` loads a file once, through
:mod:`reflekt.share.safety`'s size cap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from reflekt.core.bulk import STOPPED
from reflekt.core.journal import Journal
from reflekt.core.team_records import TeamUpdate
from reflekt.core.validate import clean_imported_titles
from reflekt.errors import Cancelled, FileRejected, ReflektError
from reflekt.messages import msg
from reflekt.share import safety

_NOT_JSON = (".zip", ".md", ".markdown")

REGISTRY: dict[str, ModuleType] = {}


def register(importer: ModuleType) -> ModuleType:
    """Add an importer module (see the module docstring) under its ``NAME``."""
    for needed in ("NAME", "TITLE", "sniff", "read"):
        if not hasattr(importer, needed):
            raise TypeError(f"importer {importer.__name__} has no {needed}")
    REGISTRY[importer.NAME] = importer
    return importer


@dataclass
class Parsed:
    """Entries read from a source, ready for ``Journal.import_entries``."""

    items: list[tuple[str | None, dict[str, Any]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Source:
    """The file or folder being imported, read at most once and never past ``cap`` bytes."""

    def __init__(self, path: Path, cap: int, data: Any = None) -> None:
        self.path = path
        self.cap = cap
        self._data = data
        self._refused: FileRejected | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def may_be_json(self) -> bool:
        """A file not named as a zip or Markdown: what a JSON export could be."""
        return not self.path.is_dir() and self.path.suffix.lower() not in _NOT_JSON

    @property
    def loaded(self) -> Any:
        """The JSON read so far (None when nothing has been read)."""
        return self._data

    def json(self) -> Any:
        """The file's JSON (loaded once; refused plainly when it is not JSON)."""
        if self._refused is not None:
            raise self._refused  # read once: a large broken file is not parsed again
        if self._data is None:
            if self.path.is_dir():
                raise FileRejected(
                    msg("{path} is a folder; this format needs a file.", path=self.path)
                )
            try:
                self._data = safety.load_json_file(self.path, self.cap)
            except FileRejected as exc:
                self._refused = exc
                raise
        return self._data

    def json_object(self, own_format: str | None = None) -> dict[str, Any] | None:
        """The JSON object, when the file may be JSON and is an object marked with
        ``own_format`` (a reflekt format) or, when None, with no reflekt format at all."""
        if not self.may_be_json:
            return None
        data = self.json()
        if not isinstance(data, dict):
            return None
        marked = data.get("format")
        if own_format is None:  # reflekt's own files mark their JSON: see each MARK
            own = {i.MARK for i in REGISTRY.values() if hasattr(i, "MARK")}
            return None if marked in own else data
        return data if marked == own_format else None


def foreign_export(source: Source) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
    """For sniffing another journal's JSON export: the document and the first object in
    its ``entries`` list (None when the list holds none); None when ``source`` is not a
    JSON object with an ``entries`` list, or is one of reflekt's own files."""
    data = source.json_object()
    if data is None or not isinstance(data.get("entries"), list):
        return None
    return data, next((e for e in data["entries"] if isinstance(e, dict)), None)


def said_title(title: str) -> str:
    """An importer's TITLE in the current language (names such as jrnl or Day One stay)."""
    said = {
        "reflekt backup": msg("reflekt backup"),
        "Markdown notes": msg("Markdown notes"),
        "reflekt share bundle": msg("reflekt share bundle"),
    }
    return said.get(title, title)


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
        """What the import did, in the current language (reflekt.messages)."""
        importer = REGISTRY.get(self.format)
        what = said_title(importer.TITLE if importer is not None else self.format)
        if self.team is not None:
            u = self.team
            if u.stale:
                lines = [
                    msg(
                        "{source} ({what}) is older than the lessons from {author} already "
                        "in your team library; nothing changed.",
                        source=self.source,
                        what=what,
                        author=u.author,
                    )
                ]
            else:
                lines = [
                    msg(
                        "Team library: {added} new, {updated} updated, {withdrawn} withdrawn "
                        "lessons from {author} ({source}).",
                        added=u.added,
                        updated=u.updated,
                        withdrawn=u.withdrawn,
                        author=u.author,
                        source=self.source,
                    )
                ]
        else:
            imported = (
                msg("Imported 1 entry from {source} ({what}).", source=self.source, what=what)
                if self.imported == 1
                else msg(
                    "Imported {count} entries from {source} ({what}).",
                    count=self.imported,
                    source=self.source,
                    what=what,
                )
            )
            lines = [imported]
            if self.duplicates:
                lines.append(
                    msg(
                        "Skipped {count} already in your journal (imported before).",
                        count=self.duplicates,
                    )
                )
        lines += [msg("Note: {warning}", warning=w) for w in self.warnings]
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


def nothing_imported(name: str, exc: ReflektError) -> FileRejected:
    """A journal's refusal of what ``name`` holds, as the import's refusal."""
    return FileRejected(
        msg("{name}: {problem} Nothing was imported.", name=name, problem=exc.message)
    )


def add_entries(
    journal: Journal,
    parsed: Parsed,
    source: Source,
    report: ImportReport,
    cancelled: Callable[[], bool],
) -> ImportReport:
    """Add the entries an importer read, in one transaction: all of them or none."""
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
        raise nothing_imported(source.name, exc) from None
    report.imported = len(result.added)
    report.duplicates = result.skipped
    report.entry_ids = result.added
    return report
