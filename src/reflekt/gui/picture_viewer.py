"""One picture, large: scaled to fit the window, its caption under it; Esc closes.

The window opens at once with the journal's thumbnail scaled up; the picture itself
is decoded on a worker thread (a 2560-pixel JPEG takes tens of milliseconds) and
replaces it when ready. The picture's name for a screen reader is its caption, or
"Picture N" when it has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from reflekt.errors import ReflektError
from reflekt.gui import plaintext

if TYPE_CHECKING:
    from reflekt.core.journal import Journal


class PictureLabel(QLabel):
    """Shows an image scaled to fit, keeping its proportions, as the window is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(160, 120))

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.image.isNull():
            self.clear()
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self.image.width():  # never larger than the picture itself
            size = self.image.size()
        scaled = self.image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class PictureViewer(QDialog):
    """A picture from the journal, large. Not modal: the entry stays open beside it.

    Left and Right (or Page Up and Page Down) ask for the entry's previous and next
    picture (``stepped``); the strip that opened it answers with ``show_picture``.
    """

    stepped = Signal(int)  # -1: the previous picture, 1: the next

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.sha256 = ""
        self._asked = 0  # a newer picture shown makes an older decode stale
        self.setWindowTitle(self.tr("Picture"))
        self.setModal(False)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.picture = PictureLabel()
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.picture, 1)
        self.caption = plaintext.label()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.caption)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_picture(self, sha256: str, name: str, caption: str) -> None:
        """Show ``sha256``; ``name`` is what it is called (its caption or "Picture N")."""
        from reflekt.gui.picture_strip import placeholder, thumbnail_image
        from reflekt.gui.ready import run_for

        self.sha256 = sha256
        self._asked += 1
        asked = self._asked
        self.setWindowTitle(self.tr("Picture: %1").replace("%1", name))
        self.setAccessibleName(name)
        self.picture.setAccessibleName(name)
        self.picture.setAccessibleDescription(caption)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        thumb = thumbnail_image(self.journal, sha256)
        if thumb is None:
            self.picture.set_image(placeholder(240, self.tr("Missing picture")))
            return
        self.picture.set_image(thumb)
        try:
            data = self.journal.pictures.data(sha256)  # a blob read; the decode is the cost
        except ReflektError:
            return
        run_for(
            self,
            lambda _: QImage.fromData(data),
            on_done=lambda image: self._decoded(asked, image),
            on_error=lambda exc: None,  # the thumbnail stays: nothing to act on
        )

    def keyPressEvent(self, event: Any) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_PageUp: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageDown: 1,
        }
        step = steps.get(event.key())
        if step is not None and not event.modifiers():
            self.stepped.emit(step)
            return
        super().keyPressEvent(event)

    def _decoded(self, asked: int, image: QImage) -> None:
        if asked == self._asked and not image.isNull():
            self.picture.set_image(image)
