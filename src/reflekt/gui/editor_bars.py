"""The bars above the entry editor's form: private or shareable, and in the trash.

Kept apart from ``editor.py`` (which holds the form and its saving) because each is
its own small widget with its own rule about space.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QStackedWidget, QWidget

from reflekt.gui import plaintext, theme


class VisibilityBanner(QStackedWidget):
    """ "Private" or "Shareable", in a space as tall as the taller of the two.

    Both texts are pages of one stack, so the bar is always as high as the longer
    text needs at the editor's width (a stack asks every page, shown or not). Ticking
    *Shareable* only changes the colour and the words: nothing below it moves, so the
    next click lands where the person aimed.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.private = self._page(
            self.tr("Private: only on this computer."),
            "QLabel#visibilityBanner { background: palette(alternate-base); color: palette(text); }",
        )
        self.shareable = self._page(
            self.tr(
                "Shareable: this entry can be exported for colleagues. "
                "Mood and private sections never leave your computer."
            ),
            f"QLabel#visibilityBanner {{ background: {theme.SHAREABLE_BADGE};"
            f" color: {theme.BADGE_TEXT}; font-weight: bold; }}",
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _page(self, text: str, style: str) -> Any:
        page = plaintext.label(text)
        page.setObjectName("visibilityBanner")
        page.setWordWrap(True)
        page.setContentsMargins(12, 6, 12, 6)
        page.setStyleSheet(style)
        self.addWidget(page)
        return page

    def set_shareable(self, shareable: bool) -> None:
        self.setCurrentWidget(self.shareable if shareable else self.private)
        self.setAccessibleName(self.text())

    def text(self) -> str:
        return self.currentWidget().text()  # type: ignore[attr-defined,no-any-return]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(page.heightForWidth(width) for page in (self.private, self.shareable))


class TrashBar(QWidget):
    """ "This entry is in the trash." with a button that brings it back."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.addWidget(plaintext.label(self.tr("This entry is in the trash.")))
        self.restore_button = QPushButton(self.tr("Restore"))
        layout.addWidget(self.restore_button)
        layout.addStretch()
