"""The entry's pictures under its text: a strip of thumbnails in reading order, each with
its caption; a click or Enter opens one large. Per picture: its caption (the alt text
in the reference, read out as its name), move earlier or later, remove.

The strip reads the references in the editor's fields as they are on screen (the
template's sections, then the body: ``core.templates.reading_order``), so it follows
every keystroke, and changes them the way a person would by typing: caption, order
and removal are edits of the reference's text (Ctrl+Z undoes them). The thumbnails
are the journal's own (made once when the picture was stored): no full picture is
decoded on the GUI thread. Removing a picture removes its reference; the picture
stays in the journal until the trash is emptied and no entry shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.errors import ReflektError
from reflekt.gui import plaintext
from reflekt.gui.markdown_view import missing_picture
from reflekt.gui.share_pages import utf16

if TYPE_CHECKING:
    from reflekt.core.journal import Journal
    from reflekt.core.pictures import Ref

ICON = 96  # the thumbnails' long side in the strip, in pixels
IndexRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Shown:
    """One picture in the strip: the field its reference is in, and the reference."""

    edit: QPlainTextEdit
    ref: Ref


def placeholder(side: int, text: str) -> QImage:
    """A plain square naming what is missing (a picture the journal lacks)."""
    return missing_picture(text, side, side)


def thumbnail_image(journal: Journal, sha256: str) -> QImage | None:
    """The journal's thumbnail of ``sha256`` (small: decoded here at once), None if absent."""
    try:
        data = journal.pictures.thumbnail(sha256)
    except ReflektError:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def journal_thumbnails(journal: Callable[[], Journal]) -> Callable[[str], bytes | None]:
    """What a preview shows for ``picture:SHA256``: the journal's thumbnail (an entry's
    own picture or a colleague's, which the journal keeps alike), None when absent."""

    def read(sha256: str) -> bytes | None:
        try:
            return bytes(journal().pictures.thumbnail(sha256))
        except ReflektError:
            return None

    return read


def _span(edit: QPlainTextEdit, ref: Ref) -> QTextCursor:
    """A cursor selecting ``ref`` in ``edit`` (Python indices to the document's UTF-16)."""
    text = edit.toPlainText()
    cursor = QTextCursor(edit.document())
    cursor.setPosition(utf16(text, ref.start))
    cursor.setPosition(utf16(text, ref.end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


class PictureStrip(QWidget):
    """Thumbnails of the pictures in the editor's fields, with what can be done to one."""

    opened = Signal(int)  # a picture was opened large (its 0-based place)

    def __init__(self, journal: Callable[[], Journal], parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._fields: list[QPlainTextEdit] = []
        self.shown: list[Shown] = []
        self._icons: dict[str, QIcon] = {}
        self._missing: set[str] = set()
        self.viewer: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.heading = plaintext.label(self.tr("Pictures"))
        self.heading.setObjectName("sectionLabel")
        layout.addWidget(self.heading)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Pictures in this entry"))
        self.list.setAccessibleDescription(
            self.tr(
                "Press Enter to see a picture large. Its caption is its text for screen readers."
            )
        )
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setGridSize(QSize(ICON + 40, ICON + 44))
        self.list.setWordWrap(True)
        # One row of pictures and their two-line captions, and room for the scroll bar.
        bar = self.list.horizontalScrollBar().sizeHint().height()
        self.list.setFixedHeight(ICON + 44 + 2 * self.list.frameWidth() + bar + 4)
        self.list.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(lambda item: self.open(self.list.row(item)))
        self.list.itemActivated.connect(lambda item: self.open(self.list.row(item)))
        self.list.currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.list)

        row = QHBoxLayout()
        self.caption_label = plaintext.label(self.tr("Caption"))
        self.caption = QLineEdit()
        plaintext.keep_controls_out(self.caption)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setAccessibleDescription(
            self.tr("What the picture shows, in words: read out by screen readers")
        )
        self.caption.setPlaceholderText(self.tr("Describe the picture"))
        self.caption.editingFinished.connect(self._caption_done)
        self.caption_label.setBuddy(self.caption)
        self.earlier = self._button("◀", self.tr("Move picture earlier"), self.move_earlier)
        self.later = self._button("▶", self.tr("Move picture later"), self.move_later)
        self.remove_button = self._button("✕", self.tr("Remove picture"), self.remove_current)
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the picture from this entry. Undo with Ctrl+Z in the text.")
        )
        row.addWidget(self.caption_label)
        row.addWidget(self.caption, 1)
        row.addWidget(self.earlier)
        row.addWidget(self.later)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.setVisible(False)

    def _button(self, symbol: str, name: str, run: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(symbol)
        button.setAccessibleName(name)
        button.setAccessibleDescription(name)
        button.setToolTip(plaintext.tooltip(name))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(run)
        return button

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.caption, self.earlier, self.later, self.remove_button]

    # -- what is shown -------------------------------------------------------------

    def set_fields(self, fields: list[QPlainTextEdit]) -> None:
        """The editor's text fields, in reading order; the strip follows their text."""
        self._fields = list(fields)
        for edit in self._fields:
            # Connected once each: the body stays, a section field goes with its template.
            if not edit.property("reflektPictureStrip"):
                edit.setProperty("reflektPictureStrip", True)
                edit.textChanged.connect(self._timer.start)
        self._icons.clear()
        self.refresh()

    def references(self) -> list[Shown]:
        from reflekt.core.pictures import references

        return [Shown(edit, ref) for edit in self._fields for ref in references(edit.toPlainText())]

    def refresh(self) -> None:
        self._timer.stop()
        current = max(0, self.list.currentRow())
        found = self.references()
        same = [(s.edit, s.ref.sha256, s.ref.caption) for s in found] == [
            (s.edit, s.ref.sha256, s.ref.caption) for s in self.shown
        ]
        self.shown = found  # their places in the text may have moved all the same
        if same and self.list.count() == len(found):
            return  # typing elsewhere in the text: the strip stays as it is (and where)
        self.list.blockSignals(True)
        self.list.clear()
        for number, shown in enumerate(self.shown, start=1):
            item = QListWidgetItem(self._icon(shown.ref.sha256), self.name_of(number))
            missing = shown.ref.sha256 in self._missing
            spoken = self.name_of(number)
            if missing:
                spoken = self.tr("%1 (missing from the journal)").replace("%1", spoken)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setData(Qt.ItemDataRole.ToolTipRole, plaintext.tooltip(spoken))
            item.setData(IndexRole, number - 1)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.setVisible(bool(self.shown))
        if self.shown:
            self.list.setCurrentRow(min(current, len(self.shown) - 1))
        self._current_changed(self.list.currentRow())

    def name_of(self, number: int) -> str:
        """A picture's name: its caption, or "Picture N" when it has none."""
        caption = self.shown[number - 1].ref.caption.strip()
        return caption or self.tr("Picture %1").replace("%1", str(number))

    def _icon(self, sha256: str) -> QIcon:
        if sha256 not in self._icons:
            image = thumbnail_image(self._journal(), sha256)
            if image is None:
                self._missing.add(sha256)
                image = placeholder(ICON, self.tr("Missing picture"))
            else:
                self._missing.discard(sha256)
            pixmap = QPixmap.fromImage(image)
            icon = QIcon(pixmap)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the picture as it is, not tinted
            self._icons[sha256] = icon
        return self._icons[sha256]

    def _current_changed(self, row: int) -> None:
        has = 0 <= row < len(self.shown)
        self.caption.setEnabled(has)
        self.caption.setText(self.shown[row].ref.caption if has else "")
        self.earlier.setEnabled(has and row > 0)
        self.later.setEnabled(has and row < len(self.shown) - 1)
        self.remove_button.setEnabled(has)

    # -- what a person does to a picture -------------------------------------------

    def _fresh(self) -> None:
        """The references as the text holds them now (typing may be ahead of the timer)."""
        if self._timer.isActive():
            self.refresh()

    def open(self, row: int) -> None:
        from reflekt.gui.picture_viewer import PictureViewer

        self._fresh()
        if not 0 <= row < len(self.shown):
            return
        shown = self.shown[row]
        if self.viewer is None or not self.viewer.isVisible():
            self.viewer = PictureViewer(self._journal(), self.window())
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.destroyed.connect(self._viewer_gone)
            self.viewer.stepped.connect(self._step_viewer)
        self.viewer.show_picture(shown.ref.sha256, self.name_of(row + 1), shown.ref.caption)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()
        self.opened.emit(row)

    def _step_viewer(self, step: int) -> None:
        """The viewer asked for the previous or next picture (none past either end)."""
        row = self.list.currentRow() + step
        if 0 <= row < len(self.shown):
            self.list.setCurrentRow(row)
            self.open(row)

    def _viewer_gone(self, *_: object) -> None:
        self.viewer = None

    def _caption_done(self) -> None:
        from reflekt.core.pictures import reference

        self._fresh()
        row = self.list.currentRow()
        if not 0 <= row < len(self.shown):
            return
        shown = self.shown[row]
        caption = " ".join(self.caption.text().split())
        if caption == shown.ref.caption:
            return
        _span(shown.edit, shown.ref).insertText(reference(shown.ref.sha256, caption))
        self.refresh()

    def move_earlier(self) -> None:
        self._move(self.list.currentRow(), -1)

    def move_later(self) -> None:
        self._move(self.list.currentRow(), 1)

    def _move(self, row: int, step: int) -> None:
        """Swap a picture's reference with its neighbour's (the text around them stays)."""
        self._fresh()
        other = row + step
        if not (0 <= row < len(self.shown) and 0 <= other < len(self.shown)):
            return
        first, second = sorted((self.shown[row], self.shown[other]), key=self.shown.index)
        first_text = first.edit.toPlainText()[first.ref.start : first.ref.end]
        second_text = second.edit.toPlainText()[second.ref.start : second.ref.end]
        # The later one first, so that the earlier one's place is still where it was.
        _span(second.edit, second.ref).insertText(first_text)
        _span(first.edit, first.ref).insertText(second_text)
        self.refresh()
        self.list.setCurrentRow(other)
        # Pressed again, the same button moves it on; at the end (the button off), the
        # list, never the next button (Space there would remove the picture).
        pressed = self.later if step > 0 else self.earlier
        (pressed if pressed.isEnabled() else self.list).setFocus()

    def remove_current(self) -> None:
        """Remove the picture's reference, and the line it leaves empty."""
        self._fresh()
        row = self.list.currentRow()
        if not 0 <= row < len(self.shown):
            return
        shown = self.shown[row]
        text = shown.edit.toPlainText()
        start, end = shown.ref.start, shown.ref.end
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:start].strip() and not text[end:line_end].strip():
            start, end = line_start, line_end
            if end < len(text):
                end += 1  # the line's own newline
            elif start > 0:
                start -= 1  # the last line: the newline before it
        cursor = QTextCursor(shown.edit.document())
        cursor.setPosition(utf16(text, start))
        cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.refresh()
        if self.shown:
            self.list.setFocus()
