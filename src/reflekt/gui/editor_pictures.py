"""Pictures coming into the editor: Ctrl+V of an image or of copied image files, image
files dropped on the text or a section, and *Insert picture…* (menu and button).

Each picture is checked and made ready (``core.pictures.prepare``: the type, the
size caps, upright, scaled, no metadata) and stored in the journal on a worker
thread (``gui/operations.py``), so a 12-megapixel photo never holds up typing. The
reference ``![](picture:SHA256)`` then goes where the cursor was when the person
pasted or dropped, even if they typed on meanwhile: that place is kept by a text
cursor that stays put when text is typed at it. Several pictures at once keep their
order; pastes are put in in the order they were made. A picture that is refused is
said plainly (the message names the file and what to do) and nothing is put in for
it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, Signal
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from reflekt.errors import ReflektError
from reflekt.gui import access

if TYPE_CHECKING:
    from reflekt.core.journal import Journal

# What a file's name must end in to be taken as a picture; anything else dropped or
# pasted as a file is left to the text field (which inserts its name, as before).
PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif"})
# Encoded image data a clipboard may offer, taken as it is (no decode on this thread).
CLIPBOARD_FORMATS = (
    ("image/png", "pasted.png"),
    ("image/jpeg", "pasted.jpg"),
    ("image/webp", "pasted.webp"),
    ("image/gif", "pasted.gif"),
)


@dataclass
class Source:
    """One picture to make ready: encoded bytes, a decoded image, or a file to read."""

    name: str
    data: bytes | None = None
    image: QImage | None = None
    path: Path | None = None


def picture_files(mime: QMimeData) -> list[Path]:
    """The local image files in ``mime`` (copied or dragged from a file manager)."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in PICTURE_SUFFIXES]


def sources(mime: QMimeData) -> list[Source]:
    """The pictures ``mime`` holds, in its order; [] when it holds none (text, say).

    Copied text often comes with a picture of itself (an office program puts both on
    the clipboard): when there is text beside an image, the text is what was meant.
    """
    files = picture_files(mime)
    if files:
        return [Source(path.name, path=path) for path in files]
    if _text_meant(mime):
        return []
    for fmt, name in CLIPBOARD_FORMATS:
        if mime.hasFormat(fmt):
            data = mime.data(fmt).data()
            if data:
                return [Source(name, data=bytes(data))]
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return [Source("pasted.png", image=image)]
    return []


def _text_meant(mime: QMimeData) -> bool:
    return mime.hasText() and bool(mime.text().strip()) and not mime.hasUrls()


def has_pictures(mime: QMimeData) -> bool:
    """Whether a paste or a drop of ``mime`` would bring pictures (cheap: nothing decoded)."""
    if picture_files(mime):
        return True
    if _text_meant(mime):
        return False
    return mime.hasImage() or any(mime.hasFormat(fmt) for fmt, _ in CLIPBOARD_FORMATS)


def png_bytes(image: QImage) -> bytes:
    """A decoded image (a screenshot on the clipboard) as PNG; safe off the GUI thread."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


@dataclass(frozen=True)
class Outcome:
    """What became of one source: its stored hash, or the plain reason it was refused."""

    sha256: str = ""
    refused: str = ""


def long_side(journal: Journal) -> int:
    """The longest side a picture is kept at in this journal (Settings → Pictures)."""
    return journal.pictures.long_side()


def prepare_and_store(
    opener: Callable[[], Journal], items: list[Source], side: int
) -> Callable[[Callable[[], bool]], list[Outcome]]:
    """The work for one paste or drop: each picture made ready and stored, in order."""

    def work(cancelled: Callable[[], bool]) -> list[Outcome]:
        from reflekt.core import pictures

        outcomes: list[Outcome] = []
        with opener() as journal:
            for item in items:
                if cancelled():
                    break
                try:
                    if item.path is not None:
                        prepared = pictures.prepare_file(item.path, long_side=side)
                    else:
                        data = item.data
                        if data is None:
                            data = png_bytes(item.image) if item.image is not None else b""
                        prepared = pictures.prepare(data, item.name, long_side=side)
                    journal.pictures.add(prepared)
                except ReflektError as exc:
                    outcomes.append(Outcome(refused=exc.message))
                else:
                    outcomes.append(Outcome(sha256=prepared.sha256))
        return outcomes

    return work


@dataclass(eq=False)
class _Job:
    edit: QPlainTextEdit
    anchor: QTextCursor
    generation: int
    entry_id: str = ""  # the saved entry it is for ("" for a draft not yet saved)
    outcomes: list[Outcome] | None = None
    failure: BaseException | None = field(default=None)


class PictureAdder(QObject):
    """Takes pictures into the editor's text fields; ``added`` fires with the number put in."""

    added = Signal(int)
    addedElsewhere = Signal(str)  # entry id: the pictures went into an entry not shown
    idle = Signal()  # no picture is being made ready any more (tests wait for it)

    def __init__(
        self,
        journal: Callable[[], Journal],
        parent: QWidget,
        entry_id: Callable[[], str] = lambda: "",
        showing: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._entry_id = entry_id
        self._showing = showing  # an entry is open (not the empty page, another journal)
        self._view = parent
        self._jobs: list[_Job] = []
        self._generation = 0
        self._last: QPlainTextEdit | None = None
        self.default_field: QPlainTextEdit | None = None

    # -- wiring ----------------------------------------------------------------

    def attach(self, edit: QPlainTextEdit) -> None:
        """Let ``edit`` take pasted and dropped pictures."""
        edit.picture_check = has_pictures  # type: ignore[attr-defined]
        edit.picture_handler = self.take  # type: ignore[attr-defined]
        edit.installEventFilter(self)

    def entry_changed(self) -> None:
        """Another entry is shown: pictures still being made ready belong to the last."""
        self._generation += 1
        self._last = None

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPlainTextEdit):
            self._last = watched
        return False

    # -- taking pictures -------------------------------------------------------

    def take(self, edit: QPlainTextEdit, mime: QMimeData) -> bool:
        """Paste or drop: True when ``mime`` held pictures (they are on their way)."""
        found = sources(mime)
        if not found:
            return False
        self.start(edit, edit.textCursor().position(), found)
        return True

    def insert_files(self, paths: list[Path]) -> None:
        """*Insert picture…*: at the cursor of the text field last written in."""
        edit = self.target()
        if edit is None or not paths:
            return
        self.start(edit, edit.textCursor().position(), [Source(p.name, path=p) for p in paths])

    def target(self) -> QPlainTextEdit | None:
        """Where a picture added from outside a text field goes: the field last written in."""
        last = self._last
        if last is not None and shiboken6.isValid(last) and last.isVisible():
            return last
        return self.default_field

    def start(self, edit: QPlainTextEdit, position: int, items: list[Source]) -> None:
        from reflekt.gui.operations import second_connection
        from reflekt.gui.ready import run_for

        anchor = QTextCursor(edit.document())
        anchor.setPosition(position)
        # Text typed at this place goes after the picture, as if it had been there.
        anchor.setKeepPositionOnInsert(True)
        job = _Job(edit, anchor, self._generation, self._entry_id())
        self._jobs.append(job)
        journal = self._journal()
        work = prepare_and_store(second_connection(journal), items, long_side(journal))
        access.announce(self._view, self.tr("Adding the picture…"))
        run_for(
            self._view,
            work,
            on_done=lambda outcomes: self._finished(job, outcomes, None),
            on_error=lambda exc: self._finished(job, None, exc),
        )

    def _finished(
        self, job: _Job, outcomes: list[Outcome] | None, failure: BaseException | None
    ) -> None:
        job.outcomes = outcomes or []
        job.failure = failure
        # Put in in the order they were asked for, whichever was ready first.
        while self._jobs and (self._jobs[0].outcomes is not None):
            self._apply(self._jobs.pop(0))
        if not self._jobs:
            self.idle.emit()

    def _apply(self, job: _Job) -> None:
        from reflekt.core import pictures
        from reflekt.gui import dialogs
        from reflekt.gui.operations import show_failure

        if job.failure is not None:
            show_failure(self._view, job.failure)
            return
        outcomes = job.outcomes or []
        refused = [o.refused for o in outcomes if o.refused]
        stored = [o.sha256 for o in outcomes if o.sha256]
        if stored:
            here = job.generation == self._generation and self._showing()
            if here and shiboken6.isValid(job.edit):
                self._insert(job, [pictures.reference(sha) for sha in stored])
                self.added.emit(len(stored))
            elif not self._add_to_closed(job.entry_id, stored):
                refused.append(
                    self.tr(
                        "The picture was kept in the journal, but the entry it was for was "
                        "closed before it was ready. Open that entry and add it again."
                    )
                )
        if refused:
            dialogs.show_error(self._view, "\n\n".join(refused))

    def _add_to_closed(self, entry_id: str, stored: list[str]) -> bool:
        """The person moved to another entry before the pictures were ready: they go at
        the end of the entry they were for (saved when it was left), not lost."""
        from reflekt.core import pictures
        from reflekt.errors import ReflektError as Problem

        if not entry_id:
            return False
        body_field = self.default_field
        if entry_id == self._entry_id() and body_field is not None:  # back on it already
            cursor = QTextCursor(body_field.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("".join(f"\n\n{pictures.reference(sha)}" for sha in stored))
            self.added.emit(len(stored))
            return True
        journal = self._journal()
        try:
            entry = journal.get(entry_id)
            body = entry.body
            for sha in stored:
                body = pictures.append_reference(body, sha)
            journal.update(entry_id, expected_revision=entry.revision, body=body)
        except Problem:
            return False
        self.added.emit(len(stored))
        self.addedElsewhere.emit(entry_id)
        return True

    def _insert(self, job: _Job, references: list[str]) -> None:
        cursor = QTextCursor(job.edit.document())
        position = job.anchor.position()
        cursor.setPosition(position)
        # Each picture on a line of its own, the text around it left as it was.
        text = "\n".join(references)
        if not cursor.atBlockStart():
            text = "\n" + text
        if not cursor.atBlockEnd():
            text += "\n"
        cursor.insertText(text)
        after = position + len(text)  # references and newlines are all in the BMP
        for waiting in self._jobs:
            same = waiting.edit is job.edit and waiting.anchor.position() == position
            if same:  # pasted at the same place later: goes after this one
                waiting.anchor.setPosition(after)


def insert_picture_dialog(parent: QWidget) -> list[Path]:
    """The file dialog of *Insert picture…* (through gui/folders.py)."""
    from PySide6.QtCore import QCoreApplication

    from reflekt.gui import folders

    translate = QCoreApplication.translate
    return folders.open_files(
        parent,
        folders.Purpose.PICTURE,
        translate("EditorPictures", "Insert picture"),
        translate("EditorPictures", "Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"),
    )


class EditorPictures(QObject):
    """The editor's pictures, put together: taking them in, the strip, the button.

    The editor holds one of these and gives it its text fields each time an entry is
    shown; the rest is here, so that editor.py carries only the wiring.
    """

    def __init__(self, editor: Any) -> None:
        from PySide6.QtWidgets import QToolButton

        from reflekt.gui.picture_strip import PictureStrip, journal_thumbnails

        super().__init__(editor)
        self.editor = editor
        self.adder = PictureAdder(
            lambda: editor.journal, editor, self._entry_id, lambda: editor.entry is not None
        )
        self.adder.attach(editor.body)
        self.adder.default_field = editor.body
        self.strip = PictureStrip(lambda: editor.journal)
        self.adder.added.connect(lambda _: self.strip.refresh())  # seen at once, not after a pause
        self.button = QToolButton()
        self.button.setText(self.tr("Insert picture…"))
        self.button.setAccessibleName(self.tr("Insert picture"))
        self.button.setToolTip(
            self.tr("Add a picture where the cursor is (or paste one with Ctrl+V, or drop it)")
        )
        self.button.clicked.connect(self.insert_from_dialog)
        editor.preview.set_pictures(journal_thumbnails(lambda: editor.journal))
        # Files dropped on the strip (or the button) go in as if dropped at the cursor.
        for target in (self.strip, self.button):
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if has_pictures(event.mimeData()) and self._can_add():  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop and self._can_add():
            found = sources(event.mimeData())  # type: ignore[attr-defined]
            edit = self.adder.target()
            if found and edit is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.adder.start(edit, edit.textCursor().position(), found)
                return True
        return super().eventFilter(watched, event)

    def _can_add(self) -> bool:
        entry = self.editor.entry
        return entry is not None and not entry.in_trash

    def _entry_id(self) -> str:
        entry = self.editor.entry
        return "" if entry is None or self.editor.is_draft else entry.id

    def show_entry(self, fields: list[QPlainTextEdit]) -> None:
        """An entry is shown: its fields (sections, then body) take and list pictures."""
        self.adder.entry_changed()
        for edit in fields:
            if edit is not self.editor.body:
                self.adder.attach(edit)
        self.strip.set_fields(fields)

    def insert_from_dialog(self) -> None:
        """*Insert picture…*: choose files; they go in at the cursor, in the order chosen."""
        editor = self.editor
        if not self._can_add():
            return
        paths = insert_picture_dialog(editor)
        if paths:
            self.adder.insert_files(paths)
