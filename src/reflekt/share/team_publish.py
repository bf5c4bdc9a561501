"""Publishing the person's own bundle into the team folder (``reflekt export --team``,
``team sync --publish``, the share window's Publish)."""

from __future__ import annotations

from pathlib import Path

from reflekt.core.journal import Journal
from reflekt.errors import ReflektError
from reflekt.share import bundle, export, safety
from reflekt.share.pictures import LeftOut


def publish(journal: Journal, *, lang: str = "en", path: Path | None = None) -> Path:
    """``publish_with_notes`` without the notes."""
    return publish_with_notes(journal, lang=lang, path=path)[0]


def publish_with_notes(
    journal: Journal, *, lang: str = "en", path: Path | None = None
) -> tuple[Path, tuple[LeftOut, ...]]:
    """Write the person's own bundle (every shareable entry) into the team folder.

    One file, named for the author; replacing it is how a withdrawal reaches colleagues,
    so it always holds the complete set, and an empty bundle is written when nothing is
    shared any more.
    """
    from reflekt.share.team import PEOPLE_SETTING, _folder_or_fail

    root = _folder_or_fail(journal, path)
    people = export.PeopleMode(journal.get_setting(PEOPLE_SETTING) or "none")
    preview = export.prepare_export(
        journal,
        export.ExportOptions(format="bundle", people=people, lang=lang, allow_empty=True),
    )
    written = export.write_export(journal, preview, root / preview.suggested_name, overwrite=True)
    _remove_own_older(journal, root, written)
    return written, preview.left_out


def _remove_own_older(journal: Journal, root: Path, written: Path) -> list[Path]:
    """Remove the person's own earlier bundles from the team folder (say under the name
    they had before ``team name``), so that colleagues, new ones too, read only the one
    just written. Only files that are the person's by their content go."""
    own = export.author(journal, required=False).id
    tail = f"-{own.replace('-', '')[:8]}{bundle.SUFFIX}"
    removed = []
    for file in root.glob(f"*{tail}"):
        if file == written or file.is_symlink() or not file.is_file():
            continue
        try:
            if bundle.read(file, safety.max_bytes(journal)).author_id != own:
                continue
            file.unlink()
        except (ReflektError, OSError):
            continue  # not provably ours, or not ours to remove: left, and reported by scans
        removed.append(file)
    return removed
