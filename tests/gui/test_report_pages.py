"""Every page of the development-talk report fits the paper: rendered to pixels
(pdftoppm), the margins around the text stay empty on every page, in both report
versions (for me, for my manager) and both languages. A chart wider than the text
would show in the right margin (report_pdf clips to the page, not to the text)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from reflekt.core import pictures
from reflekt.core.demo import fill_demo
from reflekt.core.journal import Journal
from reflekt.core.periods import Period
from reflekt.core.report import ChartImage, build_report

TODAY = dt.date(2026, 12, 2)  # the last week of the year on the calendar's right edge
DPI = 72  # one pixel per point: the page is 595 x 842
MM = DPI / 25.4
WHITE = 250  # a grey level at or above this is paper (anti-aliasing of ink goes lower)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    journal = Journal.open(tmp_path_factory.mktemp("report") / "demo.reflekt")
    fill_demo(journal, "en", today=TODAY)
    # A whiteboard photo far wider than the text (issue #18): drawn shrunk, never past it.
    wide = pictures.prepare(_dark_png(2500, 260), "panorama.png")
    journal.pictures.add(wide)
    journal.add(
        "The board after the retro.\n\n" + pictures.reference(wide.sha256, "The whole board"),
        title="Retro board",
        kind="lesson",
        starred=True,
        visibility="shareable",
        day=TODAY,
    )
    yield journal
    journal.close()


def _dark_png(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 30, 60)).save(out, "PNG")
    return out.getvalue()


def _pages(pdf: Path) -> list[tuple[int, int, bytes]]:
    """Every page as (width, height, grey pixels), one byte a pixel."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian: poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    pages = []
    for path in sorted(
        pdf.parent.glob(f"{pdf.stem}-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    ):
        magic, size, _, pixels = path.read_bytes().split(b"\n", 3)
        assert magic == b"P5"
        width, height = map(int, size.split())
        pages.append((width, height, pixels))
    return pages


def _ink(page: tuple[int, int, bytes], left: int, top: int, right: int, bottom: int) -> int:
    """How many pixels in the box are not paper."""
    width, _, pixels = page
    return sum(
        1
        for y in range(top, bottom)
        for value in pixels[y * width + left : y * width + right]
        if value < WHITE
    )


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("audience", ["me", "manager"])
def test_every_page_keeps_its_margins_empty(
    qapp, demo: Journal, tmp_path: Path, audience: str, lang: str
) -> None:
    from reflekt.gui import report_pdf

    report_pdf.ensure_app(lang)
    built = build_report(demo, Period.last_months(12, TODAY), audience, lang=lang, today=TODAY)
    images = report_pdf.chart_images(built)
    assert {i.key for i in images} >= {"activity", "skills"}
    assert [p.caption for e in built.lessons for p in e.pictures] == ["The whole board"]
    pdf = tmp_path / f"talk-{audience}-{lang}.pdf"
    pdf.write_bytes(report_pdf.pdf_bytes(built, images))
    margins = report_pdf.MARGINS_MM
    pages = _pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        width, height, _ = page
        # Two points of slack inside each margin for anti-aliased edges of the text.
        left = round(margins.left() * MM) - 2
        right = width - round(margins.right() * MM) + 2
        bottom = height - round(margins.bottom() * MM) + 2
        top = round(margins.top() * MM) - 2
        where = f"page {number} of the {audience} report ({lang})"
        assert _ink(page, right, 0, width, height) == 0, f"right margin not empty on {where}"
        assert _ink(page, 0, 0, left, height) == 0, f"left margin not empty on {where}"
        assert _ink(page, 0, bottom, width, height) == 0, f"bottom margin not empty on {where}"
        assert _ink(page, 0, 0, width, top) == 0, f"top margin not empty on {where}"


def test_a_chart_wider_than_the_text_is_shrunk_whole_not_cut(qapp) -> None:
    from reflekt.gui.report_pdf import fitted

    wide = ChartImage("activity", "Activity", "", b"", width=900, height=240)
    narrow = ChartImage("kinds", "Kinds", "", b"", width=500, height=300)
    shrunk, kept = fitted([wide, narrow], 600.5)
    assert (shrunk.width, shrunk.height) == (600, 160)
    assert kept == narrow
