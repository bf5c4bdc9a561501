"""The development-talk report on paper: charts as PNG, then HTML or an A4 PDF.

Runs in the desktop app and from the command line alike; without a display it uses
Qt's offscreen platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reflekt import private_files
from reflekt.core.journal import Journal
from reflekt.core.report import ChartImage, Report, record_share, report_title
from reflekt.errors import InvalidInput
from reflekt.gui.theme import QUIET_TEXT
from reflekt.messages import msg
from reflekt.share.report_html import render_html

PDF_DPI = 96  # layout units = CSS pixels, so the HTML looks the same in a browser and on paper
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_PX = 28


@dataclass(frozen=True)
class ChartPicture:
    """A chart painted for paper, not yet encoded (``encode_charts`` makes the PNG)."""

    key: str
    title: str
    summary: str
    image: QImage
    size: QSize


def ensure_app(lang: str | None = None) -> QCoreApplication:
    """The running Qt application, or a new offscreen one for the command line."""
    app = QCoreApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        def quiet(kind: QtMsgType, context: object, message: str) -> None:
            # Offscreen Qt mentions window hints it cannot honour; a person at a
            # terminal should see only what is about their report.
            if "propagateSizeHints" in message:
                return
            sys.stderr.write(message + "\n")

        qInstallMessageHandler(quiet)
        app = QApplication(["reflekt"])
        if lang:
            from reflekt.gui import i18n

            i18n.install(lang)
    return app


def chart_pictures(report: Report) -> Iterator[ChartPicture]:
    """Every chart with something to show, painted for paper (never mood for a manager),
    one per step: the charts are widgets, so this runs on the GUI thread, and a caller
    that must keep the window answering takes one step per event-loop turn."""
    from reflekt.gui.charts import exporting  # pyqtgraph only when a report is really made

    for key in exporting.CHARTS:
        if key == "mood" and report.for_manager:
            continue
        chart = exporting.paper_chart(key, report.stats)
        try:
            if chart.is_relevant():
                size = exporting.PAPER_SIZES.get(key, exporting.PAPER_SIZE)
                image = chart.render_image(size.width(), size.height(), exporting.PAPER_SCALE)
                yield ChartPicture(key, chart.title(), chart.summary(), image, size)
        finally:
            chart.deleteLater()


def encode_charts(pictures: list[ChartPicture]) -> list[ChartImage]:
    """The painted charts as PNG (plain data: safe on a worker thread)."""
    images = []
    for picture in pictures:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.image.save(buffer, "PNG")
        buffer.close()
        images.append(
            ChartImage(
                picture.key,
                picture.title,
                picture.summary,
                bytes(data.data()),
                picture.size.width(),
                picture.size.height(),
            )
        )
    return images


def chart_images(report: Report) -> list[ChartImage]:
    """Every chart with something to show, rendered for paper (never mood for a manager)."""
    return encode_charts(list(chart_pictures(report)))


def fitted(images: list[ChartImage], width: float) -> list[ChartImage]:
    """The charts as they are placed on the page: none wider than the text (``width``),
    a wider one shrunk whole, its proportions kept, rather than cut at the margin."""
    return [
        image
        if image.width <= width
        else replace(
            image, width=int(width), height=max(1, round(image.height * int(width) / image.width))
        )
        for image in images
    ]


def _document(report: Report, images: list[ChartImage], width: float) -> QTextDocument:
    from reflekt.gui.pdf import picture_document

    images = fitted(images, width)
    # Nothing loaded from anywhere: the charts are handed in below, the entries'
    # pictures are embedded whole (data: URIs) and checked to be pictures.
    doc: QTextDocument = picture_document()  # type: ignore[assignment]
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    for image in images:
        doc.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl(f"chart-{image.key}.png"),
            QImage.fromData(image.png, "PNG"),
        )
    html = render_html(report, images, image_src=lambda c: f"chart-{c.key}.png", paper=True)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def pdf_bytes(report: Report, images: list[ChartImage]) -> bytes:
    """The report as an A4 PDF with page numbers, in memory (written by the caller
    through reflekt's private writer)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    write_pdf(report, images, buffer)
    buffer.close()
    return bytes(data.data())


def write_pdf(report: Report, images: list[ChartImage], device: QIODevice) -> int:
    """An A4 PDF with page numbers on ``device``; returns how many pages it has."""
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(_title(report))
    writer.setCreator("reflekt")
    area = writer.pageLayout().paintRectPixels(PDF_DPI)
    page_width = writer.pageLayout().fullRectPixels(PDF_DPI).width()
    body_height = area.height() - FOOTER_PX
    doc = _document(report, images, area.width())
    doc.setPageSize(QSizeF(area.width(), body_height))
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(writer):
        raise InvalidInput(msg("reflekt could not make the PDF. This is a bug in reflekt."))
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            # Clipped to the page, not to the text: anything too wide shows in the margin
            # (and fails the margin test) instead of being cut off unseen.
            left, right = area.left(), page_width - area.right()
            doc.drawContents(
                painter, QRectF(-left, page * body_height, area.width() + left + right, body_height)
            )
            painter.restore()
            painter.setPen(QColor(QUIET_TEXT[0]))  # 4.5:1 on the white paper
            footer = QFont("DejaVu Sans")
            footer.setPointSizeF(8)
            painter.setFont(footer)
            painter.drawText(
                QRectF(0, body_height, area.width(), FOOTER_PX),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                _page_label(report.lang, page + 1, pages),
            )
    finally:
        painter.end()
    return pages


def _page_label(lang: str, page: int, pages: int) -> str:
    return f"Sida {page} av {pages}" if lang == "sv" else f"Page {page} of {pages}"


def _title(report: Report) -> str:
    return report_title(report)


def export_report(
    journal: Journal,
    report: Report,
    path: Path | str,
    *,
    images: list[ChartImage] | None = None,
) -> Path:
    """Write the report as .pdf or .html (by the file name); log a manager's copy.

    ``images``: the report's charts when already drawn (the preview's), else drawn here.

    Written to a temporary name first and renamed, so a failed export leaves no half file.
    """
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise InvalidInput(
            msg(
                "reflekt can write the report as .pdf or .html, not {suffix}. "
                "Name the output file like talk.pdf or talk.html.",
                suffix=suffix or msg("a file without one"),
            )
        )
    if not path.parent.is_dir():
        raise InvalidInput(
            msg(
                "The folder {folder} does not exist. Create it or choose another.",
                folder=path.parent,
            )
        )
    # Never over the journal, a backup, a folder, a device or a pipe (before any work).
    private_files.check_target(path)
    ensure_app(report.lang)
    images = chart_images(report) if images is None else images
    # Made in memory, then written through the one private writer: 0600, a random
    # temporary name beside the target, renamed into place.
    data = pdf_bytes(report, images) if suffix == ".pdf" else render_html(report, images).encode()
    private_files.write_private(path, data)
    record_share(journal, report, "pdf" if suffix == ".pdf" else "html", str(path))
    return path


__all__ = [
    "ChartPicture",
    "chart_images",
    "chart_pictures",
    "encode_charts",
    "ensure_app",
    "export_report",
    "pdf_bytes",
    "write_pdf",
]
