"""The share log window: what left this computer, when, how and where to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.gui import plaintext


class SharesDialog(QDialog):
    """The share log: what left this computer, when, how and where to."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What I have shared"))
        self.resize(760, 420)
        shares = journal.shares.list()
        self.table = QTableWidget(len(shares), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Format"), self.tr("Entries"), self.tr("Where")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Share log"))
        formats = {
            "md": self.tr("Markdown"),
            "html": self.tr("Web page"),
            "pdf": self.tr("PDF"),
            "bundle": self.tr("Share bundle"),
            "backup": self.tr("Backup"),
        }
        places = {"(clipboard)": self.tr("Copied"), "(standard output)": self.tr("Command line")}
        for row, share in enumerate(shares):
            try:
                when = QLocale().toString(
                    dt.datetime.fromisoformat(share.at), QLocale.FormatType.ShortFormat
                )
            except ValueError:
                when = share.at
            values = [
                when,
                formats.get(share.format, share.format),
                # A backup takes the whole journal: its log line names no entries.
                self.tr("All") if share.format == "backup" else str(len(share.entries)),
                places.get(share.path, share.path),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        empty = plaintext.label(self.tr("Nothing has been shared from this journal yet."))
        empty.setVisible(not shares)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
