"""A Markdown export with pictures: a folder ``NAME/`` holding ``NAME.md`` and
``pictures/SHA256.EXT``, which the Markdown refers to relatively (issue #18).

The command line and the share window write it by the same rule, the one for every file
a person names (``private_files.refuse_existing``): a folder that exists is replaced only
when they said so (``--force``; the window asks), and then only when it holds nothing but
an earlier export's files. The folder is made whole beside its place and renamed into
it, so a failure leaves no half folder.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reflekt import private_files
from reflekt.errors import FileRejected, OutputExists
from reflekt.messages import msg, os_reason
from reflekt.share.pictures import EXTENSION, SharedPicture

FOLDER = "pictures"
_PICTURE_NAME = re.compile(
    "[0-9a-f]{64}(" + "|".join(re.escape(e) for e in EXTENSION.values()) + ")"
)


def folder_for(path: Path | str, suggested_name: str) -> Path:
    """The folder a Markdown export with pictures goes to: ``notes.md`` → ``notes/``; a
    folder named → the suggested name's folder inside it."""
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / suggested_name
    stem = target.name[:-3] if target.name.lower().endswith(".md") else target.name
    return target.with_name(stem or "reflekt-share")


def check_folder(folder: Path, *, overwrite: bool) -> None:
    """Refuse before any work: an existing folder without leave to replace it, one that
    holds more than an earlier export, a file in the folder's place."""
    if os.path.lexists(folder) and (folder.is_symlink() or not folder.is_dir()):
        raise OutputExists(
            msg(
                "{path} already exists and is not a folder. A Markdown export with pictures "
                "is a folder: choose another name.",
                path=folder,
            )
        )
    if not folder.exists():
        return
    if not overwrite:
        raise OutputExists(
            msg(
                "{path} already exists. Choose another name, or allow replacing it (--force).",
                path=folder,
            )
        )
    if not _only_an_export(folder):
        raise OutputExists(
            msg(
                "{path} holds other files than an earlier export, so reflekt does not replace "
                "it. Choose another name.",
                path=folder,
            )
        )


def _only_an_export(folder: Path) -> bool:
    for item in folder.iterdir():
        if item.is_symlink():
            return False
        if item.is_file() and item.name == f"{folder.name}.md":
            continue
        if (
            item.is_dir()
            and item.name == FOLDER
            and all(
                p.is_file() and not p.is_symlink() and _PICTURE_NAME.fullmatch(p.name)
                for p in item.iterdir()
            )
        ):
            continue
        return False
    return True


def write_folder(
    path: Path | str,
    suggested_name: str,
    text: bytes,
    pictures: Sequence[SharedPicture],
    *,
    overwrite: bool = False,
) -> Path:
    """Write ``NAME/NAME.md`` and ``NAME/pictures/*``; returns the Markdown file's path."""
    folder = folder_for(path, suggested_name)
    private_files.check_target(folder / f"{folder.name}.md")
    check_folder(folder, overwrite=overwrite)
    parent = folder.parent
    if not parent.is_dir():
        raise FileRejected(
            msg("The folder {folder} does not exist. Create it or choose another.", folder=parent)
        )
    made = ""
    old = ""
    try:
        made = tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=parent)
        _write(Path(made) / f"{folder.name}.md", text)
        os.mkdir(Path(made) / FOLDER, 0o700)
        for picture in pictures:
            _write(Path(made) / FOLDER / picture.file_name, picture.data)
        if folder.exists():
            old = tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=parent)
            os.replace(folder, Path(old) / folder.name)
        os.replace(made, folder)
        made = ""
    except OSError as exc:
        if old and not folder.exists():
            os.replace(Path(old) / folder.name, folder)  # put the earlier export back
        raise FileRejected(
            msg("reflekt could not save {path}: {reason}.", path=folder, reason=os_reason(exc))
        ) from None
    finally:
        for left in (made, old):
            if left:
                shutil.rmtree(left, ignore_errors=True)
    return folder / f"{folder.name}.md"


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
