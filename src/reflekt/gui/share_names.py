"""The names replaced in a share's preview, and the person's say over them (issue #13).

Every name replaced on the way out is listed (and highlighted in the preview); the
person can keep a name as written in one entry, replace it again, put a left-out word
back, or leave out one more word (a nickname, a customer) of every chosen entry.
Each choice is stored with the entry, so the next share remembers it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.gui import plaintext
from reflekt.gui.share_pages import KEPT, ON_MARKER, REPLACED
from reflekt.share import redact
from reflekt.share.export import ExportPreview

# Each entry's choice is one small write: 1,000 took 0.6 s here, so a word left out of
# more than this many chosen entries is written on a worker (with progress).
WRITES_ON_GUI_THREAD = 200


class NamesPanel(QWidget):
    """The replaced names of a preview; ``changed`` fires when a choice was stored."""

    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        chosen_ids: Callable[[], list[str]],
        title_of: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._chosen_ids = chosen_ids
        self._title_of = title_of
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plaintext.label(self.tr("Names replaced (highlighted above)")))
        self.replaced = QListWidget()
        self.replaced.setAccessibleName(self.tr("Names replaced"))
        self.replaced.setMaximumHeight(110)
        layout.addWidget(self.replaced)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep this name"))
        self.keep_button.setToolTip(self.tr("Show the chosen name as written in this entry"))
        self.keep_button.setEnabled(False)
        self.extra_word = QLineEdit()
        self.extra_word.setPlaceholderText(
            self.tr("Another word to leave out: a nickname, a customer…")
        )
        self.extra_word.setAccessibleName(self.tr("Another word to leave out"))
        self.leave_out_button = QPushButton(self.tr("Leave out"))
        self.leave_out_button.setEnabled(False)
        row.addWidget(self.keep_button)
        row.addWidget(self.extra_word, 1)
        row.addWidget(self.leave_out_button)
        layout.addLayout(row)
        self.replaced.currentItemChanged.connect(lambda *_: self._update_keep_button())
        self.keep_button.clicked.connect(self.toggle_keep)
        self.extra_word.textChanged.connect(
            lambda text: self.leave_out_button.setEnabled(bool(text.strip()))
        )
        self.extra_word.returnPressed.connect(self.leave_out)
        self.leave_out_button.clicked.connect(self.leave_out)

    def show_replacements(self, preview: ExportPreview | None) -> None:
        self.replaced.clear()
        if preview is None:
            self._update_keep_button()
            return
        seen: set[tuple[str, str, str, bool]] = set()
        for r in preview.replacements:
            # "A colleague" at a sentence start is the same replacement as "a colleague".
            key = (r.entry_id, r.person or r.original.casefold(), r.replacement.casefold(), r.kept)
            if key in seen:
                continue
            seen.add(key)
            if r.kept:
                text = self.tr("%1 (kept)").replace("%1", r.original)
            else:
                text = f"{r.person or r.original} → {r.replacement}"
            item = QListWidgetItem(text)
            item.setToolTip(plaintext.tooltip(self._title_of(r.entry_id)))
            item.setData(Qt.ItemDataRole.UserRole, (r.entry_id, r.person, r.kept, r.word))
            item.setBackground(KEPT if r.kept else REPLACED)
            item.setForeground(ON_MARKER)  # dark on the light marker in both themes
            self.replaced.addItem(item)
        self._update_keep_button()

    def _update_keep_button(self) -> None:
        item = self.replaced.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.keep_button.setEnabled(bool(data and (data[1] or data[3])))
        if data and not data[1] and data[3]:
            text = self.tr("Put this word back")
        elif data and data[2]:
            text = self.tr("Replace this name again")
        else:
            text = self.tr("Keep this name")
        self.keep_button.setText(text)

    def toggle_keep(self) -> None:
        """Keep the chosen name as written in its entry, replace it again, or put a
        left-out word back."""
        item = self.replaced.currentItem()
        if item is None:
            return
        entry_id, person, kept, word = item.data(Qt.ItemDataRole.UserRole)
        if person and kept:
            redact.unkeep_name(self.journal, entry_id, person)
        elif person:
            redact.keep_name(self.journal, entry_id, person)
        elif word:
            redact.put_back_word(self.journal, entry_id, word)
        else:
            return
        self.changed.emit()

    def leave_out(self) -> None:
        """Leave one more word out of every chosen entry (remembered for each)."""
        word = " ".join(self.extra_word.text().split())
        if not word:
            return
        ids = self._chosen_ids()
        if len(ids) <= WRITES_ON_GUI_THREAD:
            for entry_id in ids:
                redact.leave_out_word(self.journal, entry_id, word)
        else:
            from reflekt.errors import ReflektError
            from reflekt.gui.dialogs import show_error
            from reflekt.gui.operations import run_and_wait, second_connection, with_journal

            def work(journal: Journal, cancelled: object) -> None:
                for entry_id in ids:
                    redact.leave_out_word(journal, entry_id, word)

            try:
                run_and_wait(
                    self,
                    with_journal(second_connection(self.journal), work),
                    title=self.tr("Leaving the word out"),
                )
            except ReflektError as exc:
                show_error(self, exc.message)
        self.extra_word.clear()
        self.changed.emit()
