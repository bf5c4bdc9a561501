"""The team library: a shared folder of colleagues' bundles, read as read-only lessons.

The folder is typically kept in sync by OneDrive/SharePoint, Nextcloud or
Syncthing, so it holds the sync tools' debris too: partial and conflict copies,
office lock files, empty or half-written files. Those are ignored or reported,
never a reason to stop. Each author's newest bundle decides their lessons (see
``Journal.apply_team_bundle``); one bad file never blocks the others.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reflekt.core.journal import Journal
from reflekt.core.models import TeamUpdate
from reflekt.errors import FileRejected, InvalidInput, ReflektError
from reflekt.messages import msg
from reflekt.share import bundle, export, safety

FOLDER_SETTING = "team.folder"
PEOPLE_SETTING = "team.people"
# Sync tools' partial and conflict files, office lock files, our own temporary files.
IGNORED = (
    ".syncthing.*.tmp",
    "*.sync-conflict-*",
    "~$*",
    ".~lock.*",
    ".*",
    "*.tmp",
    "*.partial",
    "*.part",
    "~*",
)


@dataclass
class ScanReport:
    folder: Path
    updates: list[TeamUpdate] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    removed_authors: list[str] = field(default_factory=list)
    files_read: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.removed_authors or any(u.added or u.updated or u.withdrawn for u in self.updates)
        )

    def lines(self) -> list[str]:
        added = sum(u.added for u in self.updates)
        updated = sum(u.updated for u in self.updates)
        withdrawn = sum(u.withdrawn for u in self.updates)
        authors = len([u for u in self.updates if not u.stale])
        lines = [
            f"Read {self.files_read} bundle(s) from {authors} colleague(s) in {self.folder}: "
            f"{added} new, {updated} updated, {withdrawn} withdrawn lesson(s)."
        ]
        for name in self.removed_authors:
            lines.append(f"{name}'s file is gone from the team folder; their lessons were removed.")
        for name, reason in self.problems:
            lines.append(f"Skipped {name}: {reason}")
        return lines


def is_ignored(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORED)


def set_folder(journal: Journal, path: Path | str) -> Path:
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise InvalidInput(
            msg(
                "{folder} is not a folder. Choose the team folder your sync tool keeps "
                "(for example in OneDrive or Nextcloud).",
                folder=folder,
            )
        )
    folder = folder.resolve()
    journal.set_setting(FOLDER_SETTING, str(folder))
    return folder


def folder(journal: Journal) -> Path | None:
    value = journal.get_setting(FOLDER_SETTING)
    return Path(value) if value else None


def _folder_or_fail(journal: Journal, path: Path | None) -> Path:
    path = path or folder(journal)
    if path is None:
        raise InvalidInput(
            "No team folder is set yet. Choose it once with: reflekt team folder PATH"
        )
    if not path.is_dir():
        raise InvalidInput(
            f"The team folder {path} is not there. Is the drive connected and the sync tool "
            "running? Or choose another with: reflekt team folder PATH"
        )
    return path


def scan(
    journal: Journal,
    path: Path | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> ScanReport:
    """Bring the team library up to date with the bundles in the team folder."""
    root = _folder_or_fail(journal, path)
    report = ScanReport(root)
    cap = safety.max_bytes(journal)
    own = (journal.get_setting(export.AUTHOR_ID) or "").lower()
    newest: dict[str, tuple[bundle.Bundle, Path]] = {}
    for file in sorted(root.rglob(f"*{bundle.SUFFIX}")):
        if cancelled():
            return report
        relative = file.relative_to(root).as_posix()
        if any(is_ignored(part) for part in file.relative_to(root).parts):
            report.ignored.append(relative)
            continue
        try:
            if file.is_symlink() or not file.is_file():
                raise FileRejected(msg("not a regular file"))
            if file.stat().st_size == 0:
                raise FileRejected(msg("the file is empty (perhaps still being synced)"))
            shared = bundle.read(file, cap)
        except FileRejected as exc:
            report.problems.append((relative, _reason(exc.message, file.name)))
            continue
        except OSError as exc:
            report.problems.append((relative, f"cannot be read ({exc.strerror})"))
            continue
        report.files_read += 1
        if shared.author_id == own:
            continue  # our own export, already in our journal
        current = newest.get(shared.author_id)
        if current is None or _newer(shared, file, *current):
            newest[shared.author_id] = (shared, file)
    for shared, file in newest.values():
        try:
            update = journal.apply_team_bundle(
                {"id": shared.author_id, "name": shared.author_name, "team": shared.author_team},
                shared.exported,
                shared.entries,
                source_file=str(file),
            )
        except ReflektError as exc:
            report.problems.append((file.relative_to(root).as_posix(), exc.message))
            continue
        report.updates.append(update)
    # An author whose file has left the folder (not merely failed to read this time)
    # has withdrawn everything.
    for author in journal.team_authors():
        source = Path(author["source_file"]) if author["source_file"] else None
        if (
            author["id"] not in newest
            and source is not None
            and source.is_relative_to(root)
            and not source.exists()
        ):
            journal.forget_team_author(author["id"])
            report.removed_authors.append(author["name"])
    return report


def _reason(message: str, name: str) -> str:
    # Messages name the file already; in a list under the file's name that is noise.
    return message.removeprefix(f"{name} ").removeprefix(f"{name}: ")


def _newer(shared: bundle.Bundle, file: Path, other: bundle.Bundle, other_file: Path) -> bool:
    import datetime as dt

    mine = dt.datetime.fromisoformat(shared.exported)
    theirs = dt.datetime.fromisoformat(other.exported)
    if mine != theirs:
        return mine > theirs
    return file.stat().st_mtime > other_file.stat().st_mtime


def publish(journal: Journal, *, lang: str = "en", path: Path | None = None) -> Path:
    """Write the person's own bundle (every shareable entry) into the team folder.

    One file, named for the author; replacing it is how a withdrawal reaches colleagues,
    so it always holds the complete set, and an empty bundle is written when nothing is
    shared any more.
    """
    root = _folder_or_fail(journal, path)
    people = export.PeopleMode(journal.get_setting(PEOPLE_SETTING) or "none")
    preview = export.prepare_export(
        journal,
        export.ExportOptions(format="bundle", people=people, lang=lang, allow_empty=True),
    )
    return export.write_export(journal, preview, root / preview.suggested_name, overwrite=True)
