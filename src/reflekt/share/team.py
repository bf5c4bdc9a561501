"""The team library: a shared folder of colleagues' bundles, read as read-only lessons.

The folder is typically kept in sync by OneDrive/SharePoint, Nextcloud or
Syncthing, so it holds the sync tools' debris too: partial and conflict copies,
office lock files, empty or half-written files. Those are ignored or reported,
never a reason to stop. Each author's newest bundle decides their lessons (see
``journal.team.apply_bundle``); one bad file never blocks the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected, FileTooBig, InvalidInput, ReflektError
from reflekt.messages import msg, os_reason
from reflekt.share import bundle, export, safety, team_folder, team_limits, team_pictures
from reflekt.share.team_limits import (
    AUTHOR_BYTES_SETTING,
    DEFAULT_AUTHOR_BYTES,
    DEFAULT_SYNC_BYTES,
    DEFAULT_SYNC_SECONDS,
    SYNC_BYTES_SETTING,
    SYNC_SECONDS_SETTING,
    Limits,
    limits,
)
from reflekt.share.team_memory import kind as _kind
from reflekt.share.team_memory import racy as _racy
from reflekt.share.team_memory import said as _said
from reflekt.share.team_memory import spoken as _spoken
from reflekt.share.team_report import STALE, ScanReport

__all__ = [
    "AUTHOR_BYTES_SETTING",
    "DEFAULT_AUTHOR_BYTES",
    "DEFAULT_SYNC_BYTES",
    "DEFAULT_SYNC_SECONDS",
    "SYNC_BYTES_SETTING",
    "SYNC_SECONDS_SETTING",
    "Limits",
    "ScanReport",
    "limits",
]

FOLDER_SETTING = "team.folder"
PEOPLE_SETTING = "team.people"


@dataclass
class _Candidate:
    """A valid bundle found in pass one; only these few facts are kept, never its data."""

    path: Path
    relative: str
    size: int
    mtime_ns: int
    sha256: str
    public_key: str | None
    revision: int | None
    exported: str

    def order(self) -> tuple[int, int, dt.datetime, int, int]:
        # Signed beats unsigned; then the author's own counter; the export time only
        # for unsigned bundles (which have no counter); of two equal ones the file that
        # is not a conflict copy, then the file's time.
        signed = self.public_key is not None
        return (
            int(signed),
            self.revision or 0,
            dt.datetime.fromisoformat(self.exported) if not signed else _EPOCH,
            int(team_folder.conflict_of(self.path.name) is None),
            self.mtime_ns,
        )


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_clock = time.monotonic  # tests move time on by replacing this


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
            msg("No team folder is set yet. Choose it once with: reflekt team folder PATH")
        )
    if not path.is_dir():
        raise InvalidInput(
            msg(
                "The team folder {path} is not there. Is the drive connected and the sync tool "
                "running? Or choose another with: reflekt team folder PATH",
                path=path,
            )
        )
    return path


def scan(
    journal: Journal,
    path: Path | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> ScanReport:
    """Bring the team library up to date with the bundles in the team folder.

    Each file is checked on its own and each author's newest bundle applied in its own
    transaction, so one bad file never stops the rest; the report names every file it
    skipped and why. Memory holds one file at a time: pass one reads and checks each
    file and keeps only a few facts about it; pass two reads again only the one bundle
    per author that is applied. A file whose size and time (or else SHA-256) are those
    of the last sync is not parsed again. ``limits`` caps what one sync reads.
    """
    root = _folder_or_fail(journal, path)
    report = ScanReport(root)
    limit = limits(journal)
    started = _clock()
    own = (journal.get_setting(export.AUTHOR_ID) or "").lower()
    known = journal.team.files()
    seen: set[str] = set()
    unchanged_paths: set[str] = set()  # remembered files found as they were
    present: set[str] = set()  # authors with a readable file in the folder
    candidates: dict[str, list[_Candidate]] = {}
    author_bytes: dict[str, int] = {}
    budget = {"bytes": 0}

    def out_of_time() -> bool:
        return _clock() - started > limit.sync_seconds

    def skip(relative: str, reason: str, *, deferred: bool = False) -> None:
        report.problems.append((relative, reason))
        if deferred:
            report.deferred.append(relative)

    for file in sorted(root.rglob("*")):
        if cancelled():
            return report
        relative = file.relative_to(root).as_posix()
        parts = file.relative_to(root).parts
        if any(team_folder.is_system(part) for part in parts[:-1]) or file.is_dir():
            if not file.is_dir():
                report.ignored.append(relative)  # e.g. Syncthing's .stversions/
            continue
        if team_folder.is_copying(file.name):
            report.copying.append(relative)
            continue
        if team_folder.is_system(file.name):
            report.ignored.append(relative)
            continue
        if not team_folder.is_candidate(file.name):
            _other_file(report, file, relative, look=not out_of_time())
            continue
        key = str(file)
        seen.add(key)
        try:
            if file.is_symlink() or not file.is_file():
                raise FileRejected(msg("not a regular file"))
            info = file.stat()
            if info.st_size == 0:
                raise FileRejected(msg("the file is empty (perhaps still being synced)"))
            cached = known.get(key)
            if cached and _spoken(cached) is None:
                cached = None  # refused in another language: check again to say why in this one
            if cached and cached[:2] == (info.st_size, info.st_mtime_ns) and not _racy(cached):
                _unchanged(report, relative, cached, present, own)
                unchanged_paths.add(key)
                continue
            if out_of_time():
                skip(relative, team_limits.time_limit(limit), deferred=True)
                continue
            if info.st_size > limit.author_bytes and info.st_size <= limit.file_bytes:
                # Larger than any one colleague may share: no need to read whose it is.
                raise FileRejected(
                    msg(
                        "the file alone passes the limit for one colleague ({limit} in one sync), "
                        "whoever wrote it. Ask its author to share fewer or shorter lessons.",
                        limit=safety.human_size(limit.author_bytes),
                    )
                )
            if budget["bytes"] + info.st_size > limit.sync_bytes:
                skip(relative, team_limits.sync_limit(limit), deferred=True)
                continue
            data = _read(file, info.st_size, limit)
            budget["bytes"] += len(data)
            digest = hashlib.sha256(data).hexdigest()
            if cached and cached[2] == digest:
                journal.team.note_file(
                    key,
                    size=len(data),
                    mtime_ns=info.st_mtime_ns,
                    sha256=digest,
                    author_key=cached[3],
                    problem=cached[4],
                )
                _unchanged(report, relative, cached, present, own)
                unchanged_paths.add(key)
                continue
            facts = (len(data), info.st_mtime_ns, digest)
            try:
                shared = _parse(data, file.name)
            except FileRejected as exc:
                reason = _reason(exc.message, file.name)
                journal.team.note_file(
                    key, size=facts[0], mtime_ns=facts[1], sha256=digest, problem=_said(reason)
                )
                skip(relative, reason)
                continue
            finally:
                del data
        except FileRejected as exc:
            skip(relative, _reason(exc.message, file.name))
            continue
        except OSError as exc:
            skip(relative, msg("cannot be read ({reason})", reason=os_reason(exc)))
            continue
        author = shared.author_id
        if author == own:
            # Our own export, already in our journal: said, so that no one wonders.
            journal.team.note_file(
                key, size=facts[0], mtime_ns=facts[1], sha256=digest, author_key=author
            )
            report.own.append(relative)
            continue
        report.files_read += 1
        if author_bytes.get(author, 0) + facts[0] > limit.author_bytes:
            skip(relative, team_limits.author_limit(limit), deferred=True)
            continue
        author_bytes[author] = author_bytes.get(author, 0) + facts[0]
        candidates.setdefault(author, []).append(
            _Candidate(
                file,
                relative,
                *facts,
                public_key=shared.public_key,
                revision=shared.revision,
                exported=shared.exported,
            )
        )
        del shared

    for author, files in candidates.items():
        if cancelled():
            return report
        # No time check here: what pass one accepted is applied (at most one more read
        # per author, within the bytes already counted), so every sync makes progress.
        # Files of this author remembered from earlier syncs and still in the folder,
        # unchanged: an applied newer bundle makes them stale.
        older = {
            path: cached
            for path, cached in known.items()
            if path in unchanged_paths and path not in {str(c.path) for c in files}
        }
        _apply_newest(journal, limit, author, files, report, older)
        present.add(author)

    # An author whose file has left the folder (not merely failed to read this time)
    # has withdrawn everything; their pinned key stays.
    for author in journal.team.authors():
        source = Path(author["source_file"]) if author["source_file"] else None
        if (
            author["id"] not in present
            and source is not None
            and source.is_relative_to(root)
            and not source.exists()
        ):
            journal.team.forget_author(author["id"])
            report.removed_authors.append(author["name"])
    journal.team.drop_files([path for path in known if path not in seen])
    return report


def _read(path: Path, size: int, limit: Limits) -> bytes:
    """The file's bytes, expected to be ``size`` long: asking for no more than that keeps
    the read buffer the size of the file, not of the cap (50 MB for every file)."""
    try:
        return safety.read_capped(path, min(size, limit.file_bytes))
    except FileTooBig:
        if size >= limit.file_bytes:
            raise
        # It grew since it was looked at: a sync tool is still writing it.
        raise FileRejected(
            msg("it changed while it was being read; it is read on the next sync")
        ) from None


def _parse(data: bytes, name: str) -> bundle.Bundle:
    try:
        return bundle.validate(safety.parse_json(safety.decode_utf8(data, name), name), name)
    except (ValueError, TypeError, KeyError, RecursionError):
        # A check that should have refused the file with a plain message did not: the
        # file is still skipped (one bad file never stops the rest), and the bug logged.
        logging.getLogger(__name__).exception("unexpected error checking %s", name)
        raise FileRejected(
            msg("cannot be read (its content is not what reflekt expects)")
        ) from None


def _unchanged(
    report: ScanReport,
    relative: str,
    cached: tuple[int, int, str, str, str, str],
    present: set[str],
    own: str,
) -> None:
    report.unchanged += 1
    reason = _spoken(cached)
    if _kind(cached) == STALE:
        report.stale.append((relative, reason or ""))
        present.add(cached[3])
        if team_folder.conflict_of(Path(relative).name):
            report.conflicts.append((relative, _lost()))
    elif reason:
        report.problems.append((relative, reason))
    elif cached[3] and cached[3] == own:
        report.own.append(relative)
    elif cached[3]:
        present.add(cached[3])
        if team_folder.conflict_of(Path(relative).name):
            report.conflicts.append((relative, _won()))


def _other_file(report: ScanReport, file: Path, relative: str, *, look: bool = True) -> None:
    """A file whose name is not a bundle's: a bundle saved under the wrong name is told
    apart by its first bytes and named with the name to give it (not looked into once
    the sync has run out of time)."""
    try:
        if not look or file.is_symlink() or not file.is_file():
            report.not_bundles.append(relative)
            return
        bundle_inside = team_folder.looks_like_bundle(file)
    except OSError:
        bundle_inside = False
    if not bundle_inside:
        report.not_bundles.append(relative)
        return
    report.wrong_extension.append(relative)
    report.problems.append(
        (
            relative,
            msg(
                "it is a share bundle, but its name does not end in {suffix}, so it was not "
                "read. Rename it to {name} (or ask its author to share it again).",
                suffix=bundle.SUFFIX,
                name=team_folder.suggested_name(file.name),
            ),
        )
    )


def _won() -> str:
    return msg("read: it is the newest bundle of its author, so its lessons are shown.")


def _lost() -> str:
    return msg("not used: its author has a newer bundle in the folder or the library.")


def _apply_newest(
    journal: Journal,
    limit: Limits,
    author: str,
    files: list[_Candidate],
    report: ScanReport,
    older: dict[str, tuple[int, int, str, str, str, str]] | None = None,
) -> None:
    """Apply the newest of the bundles that claim ``author`` (read once more), after
    refusing those whose key is not the author's; remember every file's outcome."""
    signed = {c.public_key for c in files if c.public_key is not None}
    pinned = journal.team.pinned_key(author)
    if pinned is None and len(signed) > 1:
        # Two keys for one colleague seen for the first time: no way to tell the real
        # one, so neither is read until one file is gone (not remembered: read again).
        names = ", ".join(c.relative for c in files if c.public_key is not None)
        for candidate in files:
            report.problems.append(
                (
                    candidate.relative,
                    msg(
                        "several files claim the same colleague with different keys ({files}). None of them was read; ask the colleague which file is theirs and remove the others.",
                        files=names,
                    ),
                )
            )
        return
    valid: list[_Candidate] = []
    for candidate in files:
        try:
            journal.team.check_key(author, candidate.public_key)
        except FileRejected as exc:
            _remember(journal, candidate, author, exc.message)
            report.problems.append((candidate.relative, exc.message))
            continue
        valid.append(candidate)
    if not valid:
        return
    if _copies_of_the_one_read(journal, author, valid, report, older):
        return
    newest = max(valid, key=_Candidate.order)
    try:
        data = _read(newest.path, newest.size, limit)
        if hashlib.sha256(data).hexdigest() != newest.sha256:
            raise FileRejected(
                msg("it changed while it was being read; it is read on the next sync")
            )
        shared = _parse(data, newest.path.name)
        del data
        # Every picture checked again; one that fails is dropped and noted, not the file.
        entries, kept, dropped = team_pictures.check(shared)
        update = journal.team.apply_bundle(
            {"id": shared.author_id, "name": shared.author_name, "team": shared.author_team},
            shared.exported,
            entries,
            source_file=str(newest.path),
            public_key=shared.public_key,
            revision=shared.revision,
            pictures=kept,
        )
    except ReflektError as exc:
        reason = _reason(exc.message, newest.path.name)
        _remember(journal, newest, author, reason)
        report.problems.append((newest.relative, reason))
        return
    except OSError as exc:
        report.problems.append(
            (newest.relative, msg("cannot be read ({reason})", reason=os_reason(exc)))
        )
        return
    report.updates.append(update)
    if not update.stale:
        report.pictures_dropped += [(newest.relative, p, why) for p, why in dropped]
    name = shared.author_name
    for candidate in valid:
        if candidate is newest and not update.stale:
            _remember(journal, candidate, author, "")
            if team_folder.conflict_of(candidate.path.name):
                report.conflicts.append((candidate.relative, _won()))
            continue
        reason = (
            msg(
                "an older bundle of {name} than the one already in the library; not read.",
                name=name,
            )
            if candidate is newest
            else msg("a copy of {newest}, which is read instead.", newest=newest.relative)
            if candidate.sha256 == newest.sha256
            else msg(
                "an older bundle of {name}; their lessons come from {newest}.",
                name=name,
                newest=newest.relative,
            )
        )
        _remember(journal, candidate, author, reason, kind=STALE)
        report.stale.append((candidate.relative, reason))
        if team_folder.conflict_of(candidate.path.name):
            report.conflicts.append((candidate.relative, _lost()))
    if update.stale:
        return
    # Files of this author that were read before and are still there are older now.
    for path, cached in (older or {}).items():
        if cached[3] != author or path == str(newest.path) or cached[4]:
            continue  # another's, the one read, or already said why it is not read
        relative = Path(path).relative_to(report.folder).as_posix()
        reason = msg(
            "an older bundle of {name}; their lessons come from {newest}.",
            name=name,
            newest=newest.relative,
        )
        journal.team.note_file(
            path,
            size=cached[0],
            mtime_ns=cached[1],
            sha256=cached[2],
            author_key=author,
            problem=_said(reason, STALE),
        )
        report.stale.append((relative, reason))
        if team_folder.conflict_of(Path(path).name):
            report.conflicts = [c for c in report.conflicts if c[0] != relative]
            report.conflicts.append((relative, _lost()))


def _copies_of_the_one_read(
    journal: Journal,
    author: str,
    files: list[_Candidate],
    report: ScanReport,
    older: dict[str, tuple[int, int, str, str, str, str]] | None,
) -> bool:
    """``files`` all byte-for-byte copies of the author's bundle read before (unchanged
    in the folder): each is said to be a copy, and that bundle stays the one read. A copy
    just written is read again next sync (racy time) and would otherwise win over it."""
    held = [
        path
        for path, cached in (older or {}).items()
        if cached[3] == author
        and not cached[4]  # read, not refused or already older
        and team_folder.conflict_of(Path(path).name) is None
        and all(c.sha256 == cached[2] for c in files)
    ]
    if not held:
        return False
    relative = Path(held[0]).relative_to(report.folder).as_posix()
    reason = msg("a copy of {newest}, which is read instead.", newest=relative)
    for candidate in files:
        _remember(journal, candidate, author, reason, kind=STALE)
        report.stale.append((candidate.relative, reason))
        if team_folder.conflict_of(candidate.path.name):
            report.conflicts.append((candidate.relative, _lost()))
    return True


def _remember(
    journal: Journal, candidate: _Candidate, author: str, problem: str, *, kind: str = ""
) -> None:
    journal.team.note_file(
        str(candidate.path),
        size=candidate.size,
        mtime_ns=candidate.mtime_ns,
        sha256=candidate.sha256,
        author_key=author,
        problem=_said(problem, kind),
    )


def _reason(message: str, name: str) -> str:
    # Messages name the file already; in a list under the file's name that is noise.
    return message.removeprefix(f"{name} ").removeprefix(f"{name}: ")


# Publishing one's own bundle lives beside the scan (kept here for its callers).
from reflekt.share.team_publish import publish, publish_with_notes  # noqa: E402

__all__ += ["publish", "publish_with_notes"]
