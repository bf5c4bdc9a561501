"""The development-talk report window's *Include pictures* box (#18): pictures leave
only while it stays ticked; it shows only when an entry in the report has a picture."""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from tests.share_picture_samples import add_photo

from reflekt.core.journal import Journal
from reflekt.core.periods import Period

TODAY = dt.date(2026, 12, 31)
PERIOD = Period(dt.date(2026, 1, 1), TODAY)
DATA_URI = re.compile(r"data:image/(?:png|jpeg|webp);base64,([A-Za-z0-9+/=]+)")


def _embedded(path: Path) -> list[bytes]:
    return [base64.b64decode(m) for m in DATA_URI.findall(path.read_text("utf-8"))]


def _pdf_images(path: Path) -> int:
    from pypdf import PdfReader

    return len({image.data for page in PdfReader(path).pages for image in page.images})


def _dialog(qtbot, journal: Journal):
    from reflekt.gui.report_dialog import ReportDialog

    dialog = ReportDialog(journal, PERIOD, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait_until_ready()
    return dialog


def test_unticking_include_pictures_leaves_them_out_of_the_saved_report(
    qtbot, journal: Journal, tmp_path: Path
) -> None:
    entry_id, sha256 = add_photo(journal)
    journal.update(entry_id, kind="lesson")
    picture = journal.pictures.data(sha256)
    dialog = _dialog(qtbot, journal)
    box = dialog.include_pictures
    assert box.isVisible() and box.isEnabled() and box.isChecked()
    assert box.accessibleName() == "Include pictures"
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    with_pictures = dialog.save(tmp_path / "with.html")
    assert with_pictures is not None and picture in _embedded(with_pictures)
    assert 'alt="Whiteboard"' in with_pictures.read_text("utf-8")
    pdf_with = dialog.save(tmp_path / "with.pdf")
    assert pdf_with is not None

    # Reached with Tab from the last text field, then unticked with the space bar.
    dialog.support.setFocus()
    qtbot.keyClick(dialog.support, Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert dialog.wait_until_ready()
    assert box.isVisible()  # still offered: the person can tick it again
    without = dialog.save(tmp_path / "without.html")
    assert without is not None
    text = without.read_text("utf-8")
    assert picture not in _embedded(without) and 'alt="Whiteboard"' not in text
    assert "Retro board" in text  # the entry itself is still in the report
    pdf = dialog.save(tmp_path / "without.pdf")
    assert pdf is not None
    assert _pdf_images(pdf) == _pdf_images(pdf_with) - 1  # the charts stay, the photo went


def test_the_box_is_not_offered_when_no_entry_in_the_report_has_a_picture(
    qtbot, journal: Journal
) -> None:
    journal.add("A lesson without pictures.", title="Plain", kind="lesson", day="2026-03-10")
    dialog = _dialog(qtbot, journal)
    assert dialog.report is not None and dialog.report.lessons
    assert not dialog.include_pictures.isVisible()


def _image_widths(dialog) -> list[float]:
    from PySide6.QtGui import QTextImageFormat

    document, widths = dialog.preview.document(), []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(QTextImageFormat(fmt.toImageFormat()).width())
            it += 1
        block = block.next()
    return widths


def test_the_preview_shows_a_picture_whole_without_sideways_scrolling(
    qtbot, journal: Journal, tmp_path: Path
) -> None:
    """The picture under an entry is indented; in the preview it is never cut at the right
    edge, and a wider window gives it back the size the page has."""
    entry_id, _ = add_photo(journal)
    journal.update(entry_id, kind="lesson")
    dialog = _dialog(qtbot, journal)  # at the size it opens with
    qtbot.waitUntil(lambda: dialog.preview.horizontalScrollBar().maximum() == 0)
    narrow = _image_widths(dialog)
    assert narrow and max(narrow) <= dialog.preview.viewport().width()
    dialog.resize(1900, 900)
    qtbot.waitUntil(lambda: 480 in _image_widths(dialog))  # the picture at its page size
    assert dialog.preview.horizontalScrollBar().maximum() == 0
    saved = dialog.save(tmp_path / "talk.html")
    assert saved is not None and 'width="480"' in saved.read_text("utf-8")  # file unchanged
