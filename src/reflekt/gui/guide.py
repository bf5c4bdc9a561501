"""Help → User guide: the guide that ships inside the app, shown in a window of its own.

Offline and in the window's language: the Markdown files in ``assets/guide`` (found
beside the package like the translations and the icon, so the PyInstaller build,
which collects ``assets``, has them too). The viewer loads nothing but files inside
that folder (the guides and their pictures); links between the two guides and to
headings (``#sharing-with-your-team``) move within the window, and web links go to
the system's browser. Nothing is ever fetched by the app.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from reflekt.gui.markdown_view import markdown_to_document, refused_resource

GUIDE_DIR = Path(__file__).resolve().parent.parent / "assets" / "guide"
GUIDES = {"en": "user-guide.md", "sv": "anvandarguide.md"}
WEB_SCHEMES = ("http", "https", "mailto")


def guide_file(lang: str, folder: Path = GUIDE_DIR) -> Path:
    """The guide in ``lang`` ("en", "sv"); the English one for any other language."""
    return folder / GUIDES.get(lang, GUIDES["en"])


def slug(heading: str) -> str:
    """A heading as a link names it: "Sharing with your team" -> "sharing-with-your-team"
    (lower case, punctuation dropped, spaces as hyphens; letters such as å stay)."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """Shows one guide file; loads pictures only from the guide's own folder."""

    def __init__(self, folder: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.folder = folder.resolve()
        self.current: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
        self.document().setDocumentMargin(14)

    def inside(self, name: str) -> Path | None:
        """The file ``name`` (relative to the guide shown) means, if it is in the folder."""
        base = self.current.parent if self.current else self.folder
        path = (base / QUrl(name).path()).resolve()
        return path if path.is_relative_to(self.folder) and path.is_file() else None

    def loadResource(self, type: int, name: QUrl) -> Any:
        # Never None: Qt would then read the named file itself (markdown_view).
        if name.scheme() not in ("", "file") or name.isLocalFile():
            return refused_resource(type)  # only plain relative names, inside the guide
        path = self.inside(name.toString())
        if path is None or type != QTextDocument.ResourceType.ImageResource.value:
            return refused_resource(type)
        image = QImage(str(path))
        return refused_resource(type) if image.isNull() else image

    def show_file(self, path: Path) -> None:
        self.current = path
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = self.tr(
                "The user guide is missing from this installation of reflekt. "
                "Installing reflekt again brings it back."
            )
        markdown_to_document(text, self.document())
        self.document().setDocumentMargin(14)
        self.setTextCursor(QTextCursor(self.document()))  # at the top, where reading starts
        self.verticalScrollBar().setValue(0)

    def headings(self) -> dict[str, Any]:
        """Each heading's link name and its block."""
        found = {}
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.setdefault(slug(block.text()), block)
            block = block.next()
        return found

    def go_to_heading(self, name: str) -> bool:
        block = self.headings().get(name.lower())
        if block is None:
            return False
        self.setTextCursor(QTextCursor(block))  # a screen reader reads on from there
        layout = self.document().documentLayout()
        self.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))
        return True


class GuideWindow(QDialog):
    """The user guide in a window beside the journal: Esc closes it."""

    def __init__(self, lang: str, parent: Any = None, folder: Path = GUIDE_DIR) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("User guide — reflekt"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.history: list[tuple[Path, int]] = []
        layout = QVBoxLayout(self)
        self.browser = GuideBrowser(folder)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.anchorClicked.connect(self.follow)
        layout.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to where you were in the guide"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the user guide"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back)
        QDialog.setTabOrder(self.browser, self.back_button)
        QDialog.setTabOrder(self.back_button, self.close_button)
        self.resize(820, 760)
        self.browser.show_file(guide_file(lang, folder))
        self._update_back()

    def follow(self, url: QUrl) -> None:
        """A link in the guide: a heading, the other guide, or the web (in the browser)."""
        scheme = url.scheme().lower()
        if scheme in WEB_SCHEMES:
            QDesktopServices.openUrl(url)  # the system's browser; the app fetches nothing
            return
        if scheme or url.isLocalFile() or url.host():
            return  # file://, data: and anything else: not the guide's own
        target = url.path()
        path = self.browser.inside(target) if target else self.browser.current
        if path is None or path.suffix.lower() != ".md":
            return
        self.history.append((self.browser.current, self.browser.verticalScrollBar().value()))  # type: ignore[arg-type]
        if path != self.browser.current:
            self.browser.show_file(path)
        if url.fragment():
            self.browser.go_to_heading(url.fragment())
        self._update_back()

    def back(self) -> None:
        if not self.history:
            return
        path, position = self.history.pop()
        if path != self.browser.current:
            self.browser.show_file(path)
        self.browser.verticalScrollBar().setValue(position)
        self._update_back()

    def _update_back(self) -> None:
        self.back_button.setEnabled(bool(self.history))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.browser.setFocus()
