"""A Markdown viewer that renders text, never fetches anything and opens links only on consent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from reflekt.gui import plaintext

SAFE_SCHEMES = ("http", "https", "mailto")


def markdown_to_document(text: str, document: QTextDocument) -> None:
    """Render Markdown with raw HTML shown as text, not interpreted."""
    document.setMarkdown(
        text,
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )


class SafeMarkdownView(QTextBrowser):
    """QTextBrowser loads local files and data: URLs by itself; this one loads nothing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.setAccessibleName(self.tr("Preview"))

    def set_markdown(self, text: str) -> None:
        markdown_to_document(text, self.document())

    def loadResource(self, type: int, name: QUrl) -> Any:
        return None  # no images, style sheets or anything else, local or remote

    def _on_link(self, url: QUrl) -> None:
        if url.scheme().lower() not in SAFE_SCHEMES:
            return
        if plaintext.ask(
            self,
            self.tr("Open link?"),
            self.tr("Open this link in your browser?\n\n%1").replace("%1", url.toString()),
        ):
            QDesktopServices.openUrl(url)
