"""A Markdown viewer that renders text, never fetches anything and opens links only on consent.

The one thing it shows beyond text is a picture the journal holds: ``picture:SHA256``
(the reference an entry's text carries) is looked up through the journal the view is
given (``set_pictures``); a hash the journal lacks shows a plain placeholder. Every
other resource, local or remote, stays unloaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser

from reflekt.core.models import PICTURE_REFERENCE
from reflekt.gui import plaintext

SAFE_SCHEMES = ("http", "https", "mailto")
PICTURE_SCHEME = "picture"
IMAGE = QTextDocument.ResourceType.ImageResource
_HASH = re.compile(r"[0-9a-f]{64}")
# A picture reference as entries write it (``core.pictures``): caption escaped.
_REFERENCE = re.compile(PICTURE_REFERENCE)


def markdown_to_document(text: str, document: QTextDocument) -> None:
    """Render Markdown with raw HTML shown as text, not interpreted."""
    document.setMarkdown(
        text,
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )


def _plain_alt(text: str) -> str:
    """Picture references with an alt text Qt's Markdown reader takes as one picture.

    Qt (6.x) puts in one image per piece of alt text it reads: none for an empty alt
    (the picture would not show), several for ``Notes \\[draft\\]`` or ``*bold*``.
    So here the alt keeps only letters, digits and spaces, and is never empty.
    """

    def plain(match: re.Match[str]) -> str:
        alt = " ".join(re.sub(r"[^\w ]|_", " ", match.group(1)).split()) or "picture"
        return f"![{alt}](picture:{match.group(2)})"

    return _REFERENCE.sub(plain, text) if "](picture:" in text else text


def missing_picture(text: str, width: int = 240, height: int = 60) -> QImage:
    """A plain box saying a picture is missing (a reference the journal lacks), in the
    theme's colours (the window's quiet background, its text and frame)."""
    palette = QGuiApplication.palette()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.AlternateBase))
    painter = QPainter(image)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(image.rect().adjusted(4, 4, -4, -4), flags, text)
    painter.end()
    return image


def refused_resource(type: int, image: QImage | None = None) -> Any:
    """What a document is given for a resource it may not load.

    Never None: when a QTextBrowser's ``loadResource`` answers None, QTextDocument goes
    on by itself, decoding a ``data:`` URL or reading the named file from disk (an
    absolute path, ``file:``, or a name relative to the working folder). So a refusal is
    an answer Qt takes as loaded: ``image`` (a placeholder) or an empty 1×1 picture for
    an image, empty bytes for anything else.
    """
    if type in (IMAGE, IMAGE.value):
        if image is None:
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(0)  # fully transparent
        return image
    return QByteArray()


class SafeMarkdownView(QTextBrowser):
    """QTextBrowser loads local files and data: URLs by itself; this one loads only the
    journal's pictures, and answers every other resource with ``refused_resource``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.setAccessibleName(self.tr("Preview"))
        self._pictures: Callable[[str], bytes | None] | None = None

    def set_pictures(self, source: Callable[[str], bytes | None] | None) -> None:
        """Where ``picture:SHA256`` is read from (its bytes, or None when it is not
        there); None shows no pictures at all."""
        self._pictures = source

    def set_markdown(self, text: str) -> None:
        markdown_to_document(_plain_alt(text), self.document())

    def loadResource(self, type: int, name: QUrl) -> Any:
        # No style sheets or anything else, local or remote; only the journal's pictures.
        if type not in (IMAGE, IMAGE.value):
            return refused_resource(type)
        if self._pictures is None or name.scheme().lower() != PICTURE_SCHEME:
            return refused_resource(type, missing_picture(self.tr("Picture not shown")))
        sha256 = name.path().lower()
        data = self._pictures(sha256) if _HASH.fullmatch(sha256) else None
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            return missing_picture(self.tr("Missing picture"))
        return image

    def _on_link(self, url: QUrl) -> None:
        if url.scheme().lower() not in SAFE_SCHEMES:
            return
        if plaintext.ask(
            self,
            self.tr("Open link?"),
            self.tr("Open this link in your browser?\n\n%1").replace("%1", url.toString()),
        ):
            QDesktopServices.openUrl(url)
