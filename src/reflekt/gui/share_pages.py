"""The share window's PDF preview pages: laid out and painted off the GUI thread.

A QTextDocument and a QPainter on a QImage may be used on a worker thread when they are
made there; ``pdf_preview`` runs in ``gui/operations.py``'s pool and hands back plain
data (the export and its page images). Each name replaced on the way is painted with a
highlighter colour on the pages; the PDF itself is made from the plain HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from reflekt.core.journal import Journal
from reflekt.gui import plaintext
from reflekt.gui.theme import NAME_KEPT, NAME_REPLACED, ON_HIGHLIGHTER
from reflekt.share import export
from reflekt.share.export import ExportOptions, ExportPreview

A4_AT_96DPI = QSizeF(794, 1123)
REPLACED = QColor(NAME_REPLACED)  # a replaced name, as a highlighter pen marks it
KEPT = QColor(NAME_KEPT)  # a name the person chose to keep
ON_MARKER = QColor(ON_HIGHLIGHTER)  # text on either, in both themes


def render_pages(html: str, width: int = 794) -> list[QImage]:
    """The export HTML laid out on A4 pages, as images for the preview.

    Safe on a worker thread: the document is made, laid out and painted here."""
    from reflekt.gui.pdf import picture_document

    document: QTextDocument = picture_document()  # type: ignore[assignment]  # pictures only
    document.setDocumentMargin(76)  # about 2 cm, as in the PDF
    document.setHtml(html)
    document.setPageSize(A4_AT_96DPI)
    pages = []
    for number in range(document.pageCount()):
        image = QImage(
            int(A4_AT_96DPI.width()), int(A4_AT_96DPI.height()), QImage.Format.Format_RGB32
        )
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        top = number * A4_AT_96DPI.height()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, A4_AT_96DPI.width(), A4_AT_96DPI.height()))
        painter.end()
        pages.append(image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
    return pages


def utf16(text: str, offset: int) -> int:
    """A Python string offset as Qt counts it (UTF-16 code units)."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def highlighted(preview: ExportPreview) -> str:
    """The export's HTML with each replaced name on a highlighter colour (for the page
    images only; never inside a tag or the page title)."""
    html = preview.text
    body = html.find("<body")
    out: list[str] = []
    last = 0
    for start, end, number in preview.spans:
        if start < body or html.rfind("<", 0, start) > html.rfind(">", 0, start):
            continue
        kept = preview.replacements[number].kept
        # Replaced names are underlined as well: the colour is not the only sign.
        style = f"background-color: {(KEPT if kept else REPLACED).name()}"
        style += "" if kept else "; text-decoration: underline"
        out += [html[last:start], f'<span style="{style}">{html[start:end]}</span>']
        last = end
    out.append(html[last:])
    return "".join(out)


PAGES_PER_TURN = 4  # page images put on screen per event-loop turn (~2 ms each)


class PagesView(QScrollArea):
    """The PDF's pages, one under the other, put on screen a few per event-loop turn
    so that a long preview never freezes the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._queue: list[QImage] = []
        self._done: Callable[[], None] | None = None
        self._layout: QVBoxLayout | None = None
        self._step = QTimer(self)  # its own timer: gone with the view
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._add)

    def show_pages(self, images: list[QImage], done: Callable[[], None]) -> None:
        """Show ``images`` in place of what was shown; ``done`` once all are there."""
        holder = QWidget()
        self._layout = QVBoxLayout(holder)
        self._layout.addStretch()
        self.setWidget(holder)
        self._queue, self._done = list(images), done
        self._add()

    def stop(self) -> None:
        """Pages still waiting are not wanted any more (a newer preview is coming)."""
        self._step.stop()
        self._queue, self._done = [], None

    def _add(self) -> None:
        if self._done is None or self._layout is None:
            return
        batch, self._queue = self._queue[:PAGES_PER_TURN], self._queue[PAGES_PER_TURN:]
        for image in batch:
            self._layout.insertWidget(self._layout.count() - 1, page(image))
        if self._queue:
            self._step.start()
            return
        done, self._done = self._done, None
        done()


def page(image: QImage) -> QLabel:
    """One page as a label with a thin frame."""
    label = plaintext.label()
    label.setPixmap(QPixmap.fromImage(image))
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    # A 1 px frame in the palette's mid colour. Drawn as the label's own frame, not
    # through a style sheet: a style sheet on each of 50 pages costs ~100 ms of
    # polishing on the GUI thread when they are shown.
    label.setFrameShape(QFrame.Shape.Box)
    label.setFrameShadow(QFrame.Shadow.Plain)
    label.setLineWidth(1)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Mid))
    label.setPalette(palette)
    return label


def pdf_preview(
    journal: Journal, options: ExportOptions, cancelled: Callable[[], bool] = lambda: False
) -> tuple[ExportPreview, list[QImage]]:
    """The PDF export and its page images (for a worker thread: plain data out)."""
    from reflekt.gui.pdf_process import pdf_and_pages

    preview = export.prepare_export(journal, options)
    # The pages shown carry a highlighter over each replaced name; the highlight
    # changes no layout, and the PDF is made from the plain HTML. Both are laid out in
    # a process of its own, so that the window never waits (gui/pdf_process.py).
    pdf, pages = pdf_and_pages(preview.text, highlighted(preview), cancelled)
    return preview.rendered(pdf), pages
