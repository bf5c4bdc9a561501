"""Answer a file dialog the way a person does: look where it opened, type a name, Enter."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit


@dataclass
class Answered:
    """Where each dialog answered opened, and its default suffix."""

    folders: list[Path] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)


def answer_save_dialog(qtbot, typed: str | Path | None, seen: Answered | None = None) -> Answered:
    """When the next save dialog shows, put ``typed`` into its name field and press
    Save (None: press Escape). Call it before the click that opens the dialog."""
    seen = seen if seen is not None else Answered()

    tries = [500]  # about 10 s; then stop, so that no later test's dialog is answered

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, act)
            return
        seen.folders.append(Path(dialog.directory().absolutePath()))
        seen.suffixes.append(dialog.defaultSuffix())
        if typed is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        # Pasted, as a person pastes a path: typed letter by letter, the dialog's path
        # completer pops up and takes the click (offscreen it cannot grab the keyboard).
        name.setText(str(typed))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        accept = buttons.buttons()[0]
        for button in buttons.buttons():
            if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                accept = button
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    return seen
