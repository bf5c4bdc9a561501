"""The share window's PDF preview is laid out in a process of its own (the window
never waits for Qt's text engine): the pages shown are the pages of the PDF written,
with the replaced names highlighted; a process that cannot start falls back to the
same work in-process."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor

from reflekt.gui import pdf_process

HTML = (
    "<html><body>"
    + "".join(
        f"<h2>Lesson {i}</h2><p>{'A short lesson about deploys on a Friday. ' * 40}</p>"
        for i in range(12)
    )
    + "</body></html>"
)
HIGHLIGHT = "#ffe08a"
MARKED = HTML.replace("Lesson 3", f'<span style="background-color: {HIGHLIGHT}">Lesson 3</span>')


def pdf_pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page\r")


def highlighted_pages(pages) -> list[int]:
    want = QColor(HIGHLIGHT).rgb()
    found = []
    for number, image in enumerate(pages):
        step = 3
        if any(
            image.pixel(x, y) == want
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        ):
            found.append(number)
    return found


@pytest.mark.parametrize("can_start", [True, False], ids=["own process", "fallback"])
def test_the_pages_shown_are_the_pdfs_pages_with_names_highlighted(
    qapp, monkeypatch: pytest.MonkeyPatch, can_start: bool
) -> None:
    if not can_start:
        monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    pdf, pages = pdf_process.pdf_and_pages(HTML, MARKED)
    assert pdf.startswith(b"%PDF")
    assert len(pages) == pdf_pages(pdf) >= 2
    assert len(highlighted_pages(pages)) == 1  # "Lesson 3", on one page only
