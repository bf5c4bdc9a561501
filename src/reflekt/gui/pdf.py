"""HTML export pages as A4 PDF, through Qt's text engine (no browser, no network).

Runs without a display: the CLI calls it with the offscreen platform. The
document refuses every resource (style sheets, files, anything remote) so that nothing
from a shared text can make Qt read a local file; the one thing it draws is a picture
reflekt embedded whole as a ``data:`` URI (issue #18), checked to be one.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument


def _ensure_app() -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        sys.platform in ("win32", "darwin")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        # A QApplication, not a bare QGuiApplication: a report or chart drawn later in
        # the same process needs widgets, and Qt cannot upgrade an application object.
        from PySide6.QtWidgets import QApplication

        # Kept on the module so the application outlives this call.
        global _APP
        _APP = QApplication(["reflekt"])


_APP = None

# What share/pictures.py embeds: one of the stored types, base64, nothing else.
_EMBEDDED = re.compile(r"data:image/(png|jpeg|webp);base64,([A-Za-z0-9+/]+={0,2})")
_QT_FORMAT = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}


def embedded_picture(name: QUrl) -> QImage | None:
    """The picture a ``data:`` URI reflekt wrote holds, or None for any other resource."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

    match = _EMBEDDED.fullmatch(name.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    if match is None:
        return None
    try:
        data = base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        return None
    image = QImage.fromData(data, _QT_FORMAT[match.group(1)])
    return None if image.isNull() else image


def seal(document: QTextDocument) -> None:
    """Hand the document every image it names, so that nothing is loaded later.

    ``QTextDocument.print_`` lays out a copy of the document, and the copy (measured,
    Qt 6) loads a ``file:`` image itself instead of asking the original: the copy takes
    the resources handed in, so each name gets its embedded picture or a blank pixel."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    blank = _blank()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                url = QUrl(form.toImageFormat().name())
                image = embedded_picture(url)
                document.addResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    url,
                    image if image is not None else blank,
                )
            fragments += 1
        block = block.next()


def _blank() -> QImage:
    from PySide6.QtGui import QImage

    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(0)
    return blank


def picture_document() -> object:
    """A QTextDocument that loads nothing but the pictures reflekt embedded.

    Any other image gets a blank pixel, never None: given None, Qt's image handler
    (measured, Qt 6.11) opens the named file itself."""
    from PySide6.QtGui import QTextDocument

    class _PicturesOnly(QTextDocument):
        def loadResource(self, type: int, name: QUrl) -> object:
            if type == QTextDocument.ResourceType.ImageResource.value:
                return embedded_picture(name) or _blank()
            return None

    return _PicturesOnly()


def html_to_pdf(html: str, *, title: str = "") -> bytes:
    """``html`` rendered as an A4 PDF with margins and page numbers."""
    _ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("reflekt")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document: QTextDocument = picture_document()  # type: ignore[assignment]
    document.setDocumentMargin(0)
    document.setHtml(html)
    seal(document)
    # Without a page size of its own, QTextDocument.print_ paginates to the writer's
    # page with a 2 cm margin and prints the page number at the foot of each page.
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
