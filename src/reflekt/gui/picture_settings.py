"""Settings → Pictures: how large a picture is kept (its long side, in pixels).

A journal setting (``pictures.long_side``), not an app preference: the command line
scales pictures added to the same journal the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from reflekt.gui import plaintext

if TYPE_CHECKING:
    from reflekt.core.journal import Journal


class PictureSettings(QGroupBox):
    """The picture size limit, written to the journal as soon as it is changed."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        from reflekt.core import pictures

        super().__init__(parent)
        self.journal = journal
        self.setTitle(self.tr("Pictures"))
        form = QFormLayout(self)
        self.long_side = QSpinBox()
        self.long_side.setRange(pictures.MIN_LONG_SIDE, pictures.MAX_LONG_SIDE)
        self.long_side.setSingleStep(160)
        self.long_side.setSuffix(" px")
        self.long_side.setValue(journal.pictures.long_side())
        self.long_side.setAccessibleName(self.tr("Largest side of a picture"))
        self.long_side.valueChanged.connect(self._changed)
        label = plaintext.label(self.tr("Largest side of a picture"))
        label.setBuddy(self.long_side)
        form.addRow(label, self.long_side)
        note = plaintext.label(
            self.tr(
                "Larger photos are made smaller when they are added (default %1 px). "
                "Pictures already in the journal stay as they are."
            ).replace("%1", str(pictures.DEFAULT_LONG_SIDE))
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _changed(self, value: int) -> None:
        self.journal.pictures.set_long_side(int(value))
