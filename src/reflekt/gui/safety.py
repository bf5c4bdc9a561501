"""Opening a journal safely from the app: passphrases, damage, backups and encryption.

Everything here calls the storage layer's own functions; this module only asks
the person and explains what happened, in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.storage import backup as backups
from reflekt.core.storage import encryption
from reflekt.errors import JournalDamaged, ReflektError
from reflekt.gui import plaintext
from reflekt.gui.dialogs import show_error


def ask_passphrase(parent: QWidget | None) -> Callable[[Path, int], str | None]:
    """A passphrase provider for ``Journal.open`` that asks in a dialog."""

    def ask(path: Path, attempt: int) -> str | None:
        prompt = QCoreApplication.translate(
            "Safety", "The journal %1 is encrypted. Enter its passphrase:"
        ).replace("%1", path.name)
        if attempt:
            prompt = (
                QCoreApplication.translate("Safety", "That passphrase did not open it. Try again:")
                + "\n"
                + prompt
            )
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Safety", "Passphrase"),
            plaintext.as_markup(prompt),  # it names the journal's file
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    return ask


def open_journal(
    path: Path, parent: QWidget | None = None, *, create: bool = True
) -> Journal | None:
    """Open a journal for the app, asking for a passphrase and offering recovery.

    Returns None (after explaining why) when it cannot be opened.
    """
    asker = ask_passphrase(parent)
    try:
        return Journal.open(path, create=create, passphrase=asker)
    except JournalDamaged as exc:
        if not offer_recovery(path, exc.message, parent, asker):
            return None
    except ReflektError as exc:
        show_error(parent, exc.message)
        return None
    try:
        return Journal.open(path, create=False, passphrase=asker)
    except ReflektError as exc:
        show_error(parent, exc.message)
        return None


def offer_recovery(
    path: Path,
    message: str,
    parent: QWidget | None,
    asker: Callable[[Path, int], str | None],
) -> bool:
    """Explain the damage and, if the person agrees, restore the newest good backup."""
    answer = plaintext.ask(
        parent,
        QCoreApplication.translate("Safety", "The journal is damaged"),
        QCoreApplication.translate(
            "Safety",
            "%1\n\nreflekt has not changed the damaged file. It can put the newest good "
            "backup in its place and keep the damaged file beside it, with .damaged at the "
            "end of its name.\n\nRestore the newest backup?",
        ).replace("%1", message),
    )
    if not answer:
        return False
    try:
        recovered = backups.recover_from_backup(path, passphrase=asker)
    except ReflektError as exc:
        show_error(parent, exc.message)
        return False
    plaintext.inform(
        parent,
        QCoreApplication.translate("Safety", "Journal restored"),
        QCoreApplication.translate(
            "Safety", "Restored the backup %1.\nThe damaged journal is kept as %2."
        )
        .replace("%1", recovered.backup.name)
        .replace("%2", str(recovered.damaged)),
    )
    return True


class SafetyPanel(QWidget):
    """Backups and encryption, for the settings dialog.

    Restoring, encrypting and decrypting replace the journal file, so the window
    closes its journal first: it passes ``reopen(action)``, which saves, closes,
    runs ``action`` and opens the journal again.
    """

    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        reopen: Callable[..., bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.reopen = reopen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        box = QGroupBox(self.tr("Backups"))
        blayout = QVBoxLayout(box)
        self.backup_note = plaintext.label(
            self.tr(
                "reflekt backs the journal up when it starts and closes, at most once a day, "
                "and keeps 7 daily, 4 weekly and 12 monthly copies."
            )
        )
        self.backup_note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setMaximumHeight(140)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch()
        blayout.addWidget(self.backup_note)
        blayout.addWidget(self.list)
        blayout.addLayout(row)
        layout.addWidget(box)

        crypt = QGroupBox(self.tr("Encryption"))
        clayout = QVBoxLayout(crypt)
        self.crypt_status = plaintext.label()
        self.crypt_status.setWordWrap(True)
        crow = QHBoxLayout()
        self.encrypt_button = QPushButton(self.tr("Encrypt this journal…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.decrypt_button = QPushButton(self.tr("Remove encryption…"))
        self.decrypt_button.clicked.connect(self.decrypt)
        for button in (self.encrypt_button, self.passphrase_button, self.decrypt_button):
            crow.addWidget(button)
        crow.addStretch()
        clayout.addWidget(self.crypt_status)
        clayout.addLayout(crow)
        layout.addWidget(crypt)
        self.refresh()

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for item in backups.list_backups(self.journal.path):
            when = QLocale().toString(item.taken, QLocale.FormatType.ShortFormat)
            reason = {
                backups.AUTO: self.tr("automatic"),
                backups.MANUAL: self.tr("made by you"),
                backups.BEFORE_RESTORE: self.tr("before a restore"),
            }.get(item.reason, item.reason)
            size = QLocale().formattedDataSize(item.size)
            entry = QListWidgetItem(f"{when}  ·  {reason}  ·  {size}")
            entry.setData(Qt.ItemDataRole.UserRole, str(item.path))
            self.list.addItem(entry)
        if not self.list.count():
            self.list.addItem(self.tr("No backups yet."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.restore_button.setEnabled(self.list.count() > 0 and self._selected() is None)
        self.list.currentItemChanged.connect(
            lambda *_: self.restore_button.setEnabled(self._selected() is not None)
        )
        self.restore_button.setEnabled(False)
        encrypted = self.journal.encrypted
        available = encryption.available()
        if encrypted:
            self.crypt_status.setText(
                self.tr(
                    "This journal is encrypted. Without its passphrase nobody can read it, "
                    "you included: keep the passphrase somewhere safe."
                )
            )
        elif available:
            self.crypt_status.setText(
                self.tr(
                    "This journal is not encrypted. Anyone who can read your files can read it."
                )
            )
        else:
            self.crypt_status.setText(
                self.tr("Encryption needs the SQLCipher library, which is not installed.")
            )
        self.encrypt_button.setVisible(not encrypted)
        self.encrypt_button.setEnabled(available)
        self.passphrase_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)

    def _selected(self) -> Path | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return Path(value) if value else None

    def back_up_now(self) -> None:
        from reflekt.gui.operations import run_and_wait, second_connection, with_journal

        work = with_journal(
            second_connection(self.journal), lambda journal, _: journal.backups.make()
        )
        try:
            made = run_and_wait(self, work, title=self.tr("Backing up"))
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.refresh()
        self.backup_note.setText(self.tr("Backed up to %1.").replace("%1", str(made)))

    def restore_selected(self) -> None:
        source = self._selected()
        if source is None:
            return
        answer = plaintext.ask(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The journal goes back to how it was in this backup. The journal as it is "
                "now is kept as a backup of its own first, so nothing is lost."
            ),
        )
        if not answer:
            return
        path = self.journal.path
        from reflekt.gui.operations import on_gui_thread

        asker = on_gui_thread(ask_passphrase(self))  # asked from the worker, shown here
        if self.reopen(lambda: backups.restore(source, path, passphrase=asker)):
            self.changed.emit()
            self.refresh()

    def _new_passphrase(self) -> str | None:
        first, ok = QInputDialog.getText(
            self,
            self.tr("New passphrase"),
            self.tr(
                "Choose a passphrase. If you forget it, the journal cannot be opened by "
                "anyone, and reflekt cannot recover it."
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not first:
            return None
        second, ok = QInputDialog.getText(
            self, self.tr("New passphrase"), self.tr("Type it again:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if first != second:
            show_error(self, self.tr("The two passphrases differ. Nothing was changed."))
            return None
        return first

    def _current_passphrase(self) -> str:
        return str(self.journal.passphrase or "")

    def encrypt(self) -> None:
        new = self._new_passphrase()
        if new is None:
            return
        path = self.journal.path
        if self.reopen(lambda: encryption.encrypt_journal(path, new), passphrase=new):
            self.changed.emit()

    def change_passphrase(self) -> None:
        new = self._new_passphrase()
        if new is None:
            return
        path, old = self.journal.path, self._current_passphrase()
        if self.reopen(lambda: encryption.change_passphrase(path, old, new), passphrase=new):
            self.changed.emit()

    def decrypt(self) -> None:
        answer = plaintext.ask(
            self,
            self.tr("Remove encryption?"),
            self.tr("The journal will be stored unencrypted, readable by anyone with your files."),
        )
        if not answer:
            return
        path, old = self.journal.path, self._current_passphrase()
        if self.reopen(lambda: encryption.decrypt_journal(path, old), passphrase=None):
            self.changed.emit()
