"""The settings' *Spelling* section: checking on or off, and which languages the
editor's switch offers. Kept in the journal (``journal.spelling``), like the words
the person taught the checker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from reflekt.core.journal import Journal
from reflekt.errors import ReflektError
from reflekt.gui import plaintext
from reflekt.gui.spell_editor import LANGUAGE_NAMES


class SpellingSettings(QGroupBox):
    """Spell checking on or off, and the languages offered."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Spelling"))
        self.journal = journal
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("&Check spelling as I write"))
        self.enabled.setChecked(journal.spelling.enabled())
        self.enabled.toggled.connect(self._enabled_changed)
        layout.addWidget(self.enabled)
        row = QHBoxLayout()
        self.languages_label = plaintext.label(self.tr("Languages to choose from:"))
        row.addWidget(self.languages_label)
        offered = journal.spelling.languages()
        self.language_boxes: dict[str, QCheckBox] = {}
        for lang, name in LANGUAGE_NAMES.items():
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Check spelling in %1").replace("%1", name))
            box.setChecked(lang in offered)
            box.toggled.connect(self._languages_changed)
            row.addWidget(box)
            self.language_boxes[lang] = box
        row.addStretch()
        layout.addLayout(row)
        self.note = plaintext.label(
            self.tr("Each entry is checked in one of these; the editor shows which.")
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._keep_one()
        self._follow_enabled()

    def _chosen(self) -> list[str]:
        return [lang for lang, box in self.language_boxes.items() if box.isChecked()]

    def _keep_one(self) -> None:
        """The last language ticked cannot be unticked: turn checking off instead."""
        chosen = self._chosen()
        for lang, box in self.language_boxes.items():
            box.setEnabled(self.enabled.isChecked() and chosen != [lang])

    def _follow_enabled(self) -> None:
        self.languages_label.setEnabled(self.enabled.isChecked())
        self._keep_one()

    def _enabled_changed(self, on: bool) -> None:
        try:
            self.journal.spelling.set_enabled(on)
        except ReflektError as exc:
            plaintext.warn(self, self.tr("Spelling"), exc.message)
            return
        self._follow_enabled()
        self.changed.emit()

    def _languages_changed(self) -> None:
        chosen = self._chosen()
        if chosen:
            try:
                self.journal.spelling.set_languages(chosen)
            except ReflektError as exc:
                plaintext.warn(self, self.tr("Spelling"), exc.message)
                return
        self._keep_one()
        self.changed.emit()
