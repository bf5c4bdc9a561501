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


def test_a_preview_no_longer_wanted_stops_its_process(qapp) -> None:
    """Another choice, or the window closed: the layout process is stopped at once
    instead of being waited for (and nothing is redone in-process)."""
    import time

    from reflekt.errors import Cancelled

    big = HTML.replace("</body>", HTML[12:-14] * 40 + "</body>")
    started = time.monotonic()
    asked: list[float] = []

    def cancelled() -> bool:
        asked.append(time.monotonic())
        return time.monotonic() - started > 0.3

    with pytest.raises(Cancelled):
        pdf_process.pdf_and_pages(big, big, cancelled)
    assert asked, "the work asked whether it was still wanted"
    assert time.monotonic() - started < 3


def test_the_share_window_stops_an_older_pdf_preview(qtbot, journal) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    for i in range(3):
        journal.add(f"Lesson {i} about deploys", visibility="shareable")
    dialog = ExportDialog(journal, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_until_ready()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.update_preview()
    first = dialog._pdf_op
    dialog.update_preview()  # the person changed something: a newer preview starts
    assert first is not None and first.cancel.is_set()
    assert dialog.wait_until_ready()
    assert dialog.preview is not None and dialog.preview.format == "pdf"
    dialog.update_preview()
    running = dialog._pdf_op
    dialog.reject()  # closed with Esc: its preview stops too
    assert running is not None and running.cancel.is_set()


@pytest.mark.parametrize("can_start", [True, False], ids=["own process", "fallback"])
def test_the_pdf_and_pages_draw_the_embedded_pictures_only(
    qapp, monkeypatch: pytest.MonkeyPatch, can_start: bool, tmp_path
) -> None:
    """Pictures travel inside the HTML (data: URIs) to the process and back drawn; any
    other resource (a local file) stays unloaded."""
    import base64
    import io

    from PIL import Image
    from pypdf import PdfReader

    if not can_start:
        monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    out = io.BytesIO()
    Image.new("RGB", (300, 120), (0, 160, 0)).save(out, "PNG")
    local = tmp_path / "secret.png"
    Image.new("RGB", (300, 120), (160, 0, 0)).save(local, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()
    html = (
        f'<html><body><p>Board</p><p><img src="{uri}" width="300" height="120"></p>'
        f'<p><img src="file://{local}" width="300" height="120"></p></body></html>'
    )
    pdf, pages = pdf_process.pdf_and_pages(html, html)
    colours = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for image in page.images:
            with Image.open(io.BytesIO(image.data)) as drawn:
                colours.add(drawn.convert("RGB").getpixel((drawn.width // 2, drawn.height // 2)))
    # The embedded picture is drawn; the local file is not (at most a blank pixel).
    assert any(g > 140 and r < 20 for r, g, _ in colours), colours
    assert not any(r > 140 and g < 20 for r, g, _ in colours), colours
    green, red = QColor(0, 160, 0).rgb(), QColor(160, 0, 0).rgb()
    seen = {pages[0].pixel(x, y) for y in range(0, pages[0].height(), 4) for x in range(0, 400, 4)}
    assert green in seen and red not in seen
