"""What each file in a team folder is, by its name: a bundle, a sync tool's conflict copy
of one, a file still being copied, the system's or the sync tool's own file, or something
else (which a quick look at its first bytes tells apart from a bundle saved under the
wrong name).

Sync tools name their copies in their own ways; the patterns below follow what each
writes (docs/formats.md, "Team folder"):

- Syncthing: ``name.sync-conflict-20260314-120000-ABCDEF7.json`` while a file arrives
  as ``.syncthing.name.tmp``; old versions go into ``.stversions/``.
- Nextcloud: ``name (conflicted copy 2026-03-14 120000).json`` (ownCloud and older
  versions: ``name_conflict-20260314-120000.json``); partial downloads end in ``.part``
  or start with ``.~``.
- Dropbox: ``name (Sara's conflicted copy 2026-03-14).json``.
- OneDrive: ``name-LAPTOP.reflekt.json`` (the computer's name), which cannot be told
  from a real name: every file ending in the bundle extension is read as a candidate.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from reflekt.share import bundle

# Files a sync tool (or an office program) is still writing: named as "being copied".
COPYING = (
    ".syncthing.*.tmp",
    "~$*",
    ".~lock.*",
    ".~*",
    "*.tmp",
    "*.partial",
    "*.part",
    "*.crdownload",
    "*.!sync",
    "~*",
)
# The system's and the sync tools' own files: left alone, only counted.
SYSTEM = ("desktop.ini", "thumbs.db", "icon\r", ".*")
_CONFLICT = re.compile(
    r"\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]+"  # Syncthing
    r"| \((?:[^()]*'s )?conflicted copy[^()]*\)"  # Nextcloud, ownCloud, Dropbox
    r"|_conflict-\d{8}-\d{6}"  # ownCloud and older Nextcloud
    r"| \(Case Conflict(?: \d+)?\)",  # Dropbox: two names differing in case
    re.IGNORECASE,
)
SNIFF_BYTES = 4096


def is_copying(name: str) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in COPYING)


def is_system(name: str) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in SYSTEM)


def conflict_of(name: str) -> str | None:
    """The name a conflict copy was made from (``None`` if ``name`` is not one)."""
    original, count = _CONFLICT.subn("", name)
    return original if count else None


def is_candidate(name: str) -> bool:
    """Whether the file is read as a bundle: it ends in the bundle extension, or is a
    sync tool's conflict copy of a file that does."""
    lowered = name.lower()
    if lowered.endswith(bundle.SUFFIX):
        return True
    original = conflict_of(name)
    return original is not None and original.lower().endswith(bundle.SUFFIX)


def looks_like_bundle(path: Path) -> bool:
    """Whether the file's first bytes name the bundle format (a bundle saved under
    another name); reads at most ``SNIFF_BYTES``."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    return bundle.FORMAT.encode() in head


def suggested_name(name: str) -> str:
    """The name a bundle saved without its extension should have."""
    stem = name
    for ending in (".json", ".reflekt", ".txt"):
        if stem.lower().endswith(ending):
            stem = stem[: -len(ending)]
    return (stem or "bundle") + bundle.SUFFIX
