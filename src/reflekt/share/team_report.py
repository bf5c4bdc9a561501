"""What one sync of the team folder found: lessons new, updated and withdrawn, and every
file it did not read, with the reason (``reflekt team sync``, its ``--json``, the app)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reflekt.core.team_records import TeamUpdate
from reflekt.messages import msg
from reflekt.share import bundle

# What ``kind`` a skipped file has in ``reflekt team sync --json`` (docs/formats.md).
PROBLEM = "problem"  # could not be read: unreadable, failed a check, over a limit
WRONG_EXTENSION = "wrong-extension"  # a bundle saved under a name reflekt does not read
NOT_A_BUNDLE = "not-a-bundle"
STALE = "stale"  # an older bundle of an author whose newer one is read
OWN = "own"  # the person's own bundle: their lessons are in their journal
COPYING = "being-copied"  # a sync tool's temporary file


@dataclass
class ScanReport:
    folder: Path
    updates: list[TeamUpdate] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # the system's and sync tools' own files
    removed_authors: list[str] = field(default_factory=list)
    files_read: int = 0
    unchanged: int = 0  # files skipped because size and time (or hash) are as last time
    deferred: list[str] = field(default_factory=list)  # left for the next sync (limits)
    wrong_extension: list[str] = field(default_factory=list)
    not_bundles: list[str] = field(default_factory=list)
    copying: list[str] = field(default_factory=list)
    own: list[str] = field(default_factory=list)
    stale: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (file, what became of it)
    # (file, picture's SHA-256, why) of a colleague's picture dropped: its lesson was kept.
    pictures_dropped: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.removed_authors or any(u.added or u.updated or u.withdrawn for u in self.updates)
        )

    @property
    def needs_attention(self) -> bool:
        """Whether a file that is (or looks like) a bundle could not be read: what
        ``reflekt team sync`` exits with ``EXIT_SKIPPED`` for."""
        return bool(self.problems)

    def count(self, what: str) -> int:
        return sum(getattr(u, what) for u in self.updates)

    def lines(self) -> list[str]:
        """The report in the language messages are given in (``reflekt.messages``)."""
        authors = len([u for u in self.updates if not u.stale])
        lines = [
            msg(
                "Read {files} bundle(s) from {authors} colleague(s) in {folder}: {added} new, "
                "{updated} updated, {withdrawn} withdrawn lesson(s).",
                files=self.files_read,
                authors=authors,
                folder=self.folder,
                added=self.count("added"),
                updated=self.count("updated"),
                withdrawn=self.count("withdrawn"),
            )
        ]
        if self.unchanged:
            lines.append(
                msg(
                    "{count} file(s) unchanged since the last sync were not read again.",
                    count=self.unchanged,
                )
            )
        for name in self.removed_authors:
            lines.append(
                msg(
                    "{name}'s file is gone from the team folder; their lessons were removed.",
                    name=name,
                )
            )
        lines += self.problem_lines()
        if not (self.files_read or self.unchanged or self.skipped() or self.removed_authors):
            lines.append(
                msg(
                    "The folder holds no share bundles yet. Colleagues' bundles (files ending "
                    "in {suffix}) appear there when they share; is it the folder your team "
                    "uses?",
                    suffix=bundle.SUFFIX,
                )
            )
        if self.ignored:
            lines.append(
                msg(
                    "{count} file(s) of the system or the sync tool (hidden files, old "
                    "versions) were left alone.",
                    count=len(self.ignored),
                )
            )
        return lines

    def skipped(self) -> list[tuple[str, str, str]]:
        """(file, kind, reason) of every file this sync did not read, in the folder's order
        of kinds: what needs attention first."""
        rows = [
            (name, WRONG_EXTENSION if name in self.wrong_extension else PROBLEM, why)
            for name, why in self.problems
        ]
        rows += [(name, STALE, why) for name, why in self.stale]
        rows += [
            (
                name,
                COPYING,
                msg("being copied by the sync tool; it is read once it is complete."),
            )
            for name in self.copying
        ]
        rows += [
            (
                name,
                OWN,
                msg("your own bundle: your lessons are in your journal already."),
            )
            for name in self.own
        ]
        rows += [
            (
                name,
                NOT_A_BUNDLE,
                msg(
                    "not a share bundle (only files ending in {suffix} are read).",
                    suffix=bundle.SUFFIX,
                ),
            )
            for name in self.not_bundles
        ]
        return rows

    def problem_lines(self) -> list[str]:
        """One line for every file this sync skipped, and why, then the conflict copies."""
        lines = [
            msg("Skipped {name}: {reason}", name=name, reason=why)
            for name, _, why in self.skipped()
        ]
        lines += [
            msg("Conflict copy {name}: {outcome}", name=name, outcome=outcome)
            for name, outcome in self.conflicts
        ]
        lines += [
            msg(
                "In {name}, the picture {picture} was left out ({reason}); its lesson was "
                "read without it.",
                name=name,
                picture=picture[:12],
                reason=why,
            )
            for name, picture, why in self.pictures_dropped
        ]
        return lines

    def to_dict(self) -> dict[str, Any]:
        """The report for ``reflekt team sync --json`` (keys documented in docs/formats.md)."""
        return {
            "folder": str(self.folder),
            "files_read": self.files_read,
            "unchanged": self.unchanged,
            "added": self.count("added"),
            "updated": self.count("updated"),
            "withdrawn": self.count("withdrawn"),
            "authors": [
                {
                    "name": u.author,
                    "added": u.added,
                    "updated": u.updated,
                    "withdrawn": u.withdrawn,
                    "stale": u.stale,
                }
                for u in self.updates
            ],
            "removed_authors": list(self.removed_authors),
            "skipped": [
                {"file": name, "kind": kind, "reason": why} for name, kind, why in self.skipped()
            ],
            "conflicts": [{"file": name, "outcome": why} for name, why in self.conflicts],
            "pictures_dropped": [
                {"file": name, "picture": picture, "reason": why}
                for name, picture, why in self.pictures_dropped
            ],
            "ignored": len(self.ignored),
            "deferred": list(self.deferred),
        }
