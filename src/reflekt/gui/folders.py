"""Where a file dialog opens: the person's Documents folder, then the last folder used.

Started from a source clone (``dev.py run``) the dialogs used to open in the clone's
folder, where no one keeps a share or an export (issue #16). Each purpose (saving a
share, importing, opening a journal, the team folder, saving a report) remembers its
own last folder in the app's settings; a remembered folder that is gone falls back to
Documents, and a system without a Documents folder to the home folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reflekt.gui.settings import AppSettings


class Purpose(StrEnum):
    SHARE = "share"
    IMPORT = "import"
    JOURNAL = "journal"
    TEAM = "team"
    REPORT = "report"
    PICTURE = "picture"


def documents() -> Path:
    """The person's Documents folder, or their home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def _key(purpose: Purpose) -> str:
    return f"folders/{Purpose(purpose).value}"


def start_folder(purpose: Purpose) -> Path:
    """The folder a dialog for ``purpose`` opens in."""
    remembered = AppSettings().value(_key(purpose), "")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    return documents()


def remember(purpose: Purpose, chosen: Path | str) -> None:
    """Remember the folder of ``chosen`` (a file or a folder) for the next dialog."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = AppSettings()
    settings.set_value(_key(purpose), str(folder))
    settings.sync()


def save_file(
    parent: QWidget | None,
    purpose: Purpose,
    title: str,
    name: str,
    name_filter: str,
    suffix: str,
    named: Callable[[Path], Path] | None = None,
) -> Path | None:
    """Ask where to save ``name``; a name typed without ``suffix`` gets it.

    The dialog adds the suffix itself (its default suffix), so that its question
    about replacing a file is asked about the file that will really be written.
    ``named`` gives the name that is really written when it differs from the one the
    dialog returned (``notes.txt`` → ``notes.txt.md``, ``x.json`` → ``x.reflekt.json``):
    when a file of that name exists, the person is asked before it is replaced, as
    the dialog asks about its own (nothing is overwritten without a word).
    """
    dialog = QFileDialog(parent, title, str(start_folder(purpose)), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    remember(purpose, chosen)
    path = named(chosen) if named is not None else chosen
    if path != chosen and os.path.lexists(path) and not replace_asked(parent, title, path):
        return None
    return path


def replace_asked(parent: QWidget | None, title: str, path: Path) -> bool:
    """Whether the person lets ``path``, which exists, be replaced (No unless they say so)."""
    from reflekt.gui import plaintext

    text = QCoreApplication.translate(
        "folders", "%1 already exists.\nDo you want to replace it?"
    ).replace("%1", path.name)
    button = plaintext.Button
    answer = plaintext.message(
        parent, QMessageBox.Icon.Warning, title, text, button.Yes | button.No, button.No
    )
    return answer == button.Yes


def open_file(
    parent: QWidget | None, purpose: Purpose, title: str, name_filter: str
) -> Path | None:
    """Ask for a file to open."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), name_filter)
    if not path:
        return None
    remember(purpose, path)
    return Path(path)


def open_files(
    parent: QWidget | None, purpose: Purpose, title: str, name_filter: str
) -> list[Path]:
    """Ask for one or more files to open (in the order the dialog gives them)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(purpose)), name_filter)
    if not paths:
        return []
    remember(purpose, paths[0])
    return [Path(path) for path in paths]


def choose_folder(parent: QWidget | None, purpose: Purpose, title: str) -> Path | None:
    """Ask for a folder."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start_folder(purpose)))
    if not path:
        return None
    remember(purpose, Path(path))
    return Path(path)
