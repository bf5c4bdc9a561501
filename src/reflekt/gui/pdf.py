"""HTML export pages as A4 PDF, through Qt's text engine (no browser, no network).

Runs without a display: the CLI calls it with the offscreen platform. The
document refuses every resource (images, style sheets) so that nothing from a
shared text can make Qt read a local file.
"""

from __future__ import annotations

import os
import sys


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


def html_to_pdf(html: str, *, title: str = "") -> bytes:
    """``html`` rendered as an A4 PDF with margins and page numbers."""
    _ensure_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    class _NoResources(QTextDocument):
        def loadResource(self, type: int, name: QUrl) -> object:
            return None

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
    document = _NoResources()
    document.setDocumentMargin(0)
    document.setHtml(html)
    # Without a page size of its own, QTextDocument.print_ paginates to the writer's
    # page with a 2 cm margin and prints the page number at the foot of each page.
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
