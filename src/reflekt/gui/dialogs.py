"""Small dialogs: template chooser, keyboard shortcuts, errors and the crash report."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.templates import TEMPLATES
from reflekt.gui import i18n, plaintext


class TemplateChooser(QDialog):
    """Pick a reflection template; each shows what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New entry from a template"))
        self.resize(560, 420)
        lang = i18n.current()
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        for template in TEMPLATES.values():
            item = QListWidgetItem(template.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            item.setToolTip(plaintext.tooltip(template.description(lang)))
            self.list.addItem(item)
        self.description = plaintext.label()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(70)
        self.list.currentItemChanged.connect(self._show_description)
        self.list.itemActivated.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start writing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)

    def _show_description(self, item: QListWidgetItem | None, _: Any = None) -> None:
        if item is None:
            return
        template = TEMPLATES[item.data(Qt.ItemDataRole.UserRole)]
        lang = i18n.current()
        sections = ", ".join(s.label(lang) for s in template.sections)
        text = template.description(lang)
        if sections:
            text += "\n\n" + self.tr("Sections: %1").replace("%1", sections)
        self.description.setText(text)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "free"


class ShortcutsDialog(QDialog):
    """Every action that has a keyboard shortcut, generated from the window's actions."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(480, 520)
        rows = [
            (
                a.text().replace("&", ""),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table


class CrashDialog(QDialog):
    """Shown for a bug: what happened, where the details are, and a way to copy them."""

    def __init__(self, report: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        text = plaintext.label(
            self.tr(
                "reflekt ran into a problem it did not expect. This is a bug, not something "
                "you did. Your journal is safe: every saved change is kept.\n\n"
                "The details were written to %1. Copying them helps fix the bug."
            ).replace("%1", log_path)
        )
        text.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def format_report(exc: BaseException) -> str:
    from reflekt import __version__

    return f"reflekt {__version__}\n" + "".join(traceback.format_exception(exc))


def show_error(parent: QWidget | None, message: str) -> None:
    """A problem the person can act on: the message says what to do."""
    plaintext.warn(parent, QCoreApplication.translate("Errors", "reflekt"), message)


def exec_and_free(dialog: QDialog) -> int:
    """Show a dialog until it is closed, then free it with all it holds (e.g. the
    page images of a share preview): a closed dialog must not stay behind hidden."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
