"""The share window's text view and the bytes written (#13's rule with #18's pictures):
an embedded picture is shown as a note naming which picture it is, and the text shown
with each note put back as that picture's bytes is exactly the file saved."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.gui.file_dialogs import answer_save_dialog
from tests.gui.test_editor_pictures import picture

from reflekt.core import pictures
from reflekt.core.journal import Journal

NOTE = re.compile(
    r"… \(picture (\d+) of those shown below: the file holds all its [\d\u00a0]+ KB here\)"
)


@pytest.mark.parametrize("fmt", ["html", "bundle"])
def test_the_text_shown_and_its_pictures_are_the_bytes_written(
    qtbot, journal_path: Path, tmp_path: Path, fmt: str
) -> None:
    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export

    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson")
        board = j.pictures.add(pictures.prepare_file(picture(tmp_path / "a.png", 300, 200)))
        notes = j.pictures.add(
            pictures.prepare_file(picture(tmp_path / "b.png", 200, 300, "#2040c0"))
        )
        body = "\n\n".join(
            [
                pictures.reference(board.sha256, "The board"),
                "Then the sticky notes:",
                pictures.reference(notes.sha256, "Sticky notes"),
                pictures.reference(board.sha256, "The board again"),
            ]
        )
        entry = j.add(body, title="Retro", visibility="shareable")
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {entry.id})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        shown = dialog.text_view.toPlainText()
        assert not re.search(r"[A-Za-z0-9+/]{200}", shown)  # no base64 laid out on screen
        left = dialog.preview.pictures
        assert {p.sha256 for p in left} == {board.sha256, notes.sha256}
        strip = dialog.pictures.strip
        # Each picture shown below, numbered as the notes name them, with its caption.
        names = [strip.item(row).text() for row in range(strip.count())]
        assert names == ["1. The board", "2. Sticky notes"]
        said = [strip.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(2)]
        assert said == ["The board", "Sticky notes"]  # the caption is the text alternative
        assert [left[0].sha256, left[1].sha256] == [board.sha256, notes.sha256]
        assert NOTE.search(shown), shown[shown.find("base64,") - 40 : shown.find("base64,") + 200]
        # The window says plainly that the file holds the pictures' bytes.
        assert "written into the file whole" in dialog.status.text()

        def back(match: re.Match[str]) -> str:
            return base64.b64encode(left[int(match.group(1)) - 1].data).decode("ascii")

        target = tmp_path / f"retro{export.SUFFIXES[fmt]}"
        answer_save_dialog(qtbot, target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert target.read_text("utf-8") == NOTE.sub(back, shown)
        dialog.close()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_base64_someone_wrote_is_shown_as_written(
    qtbot, journal_path: Path, tmp_path: Path, fmt: str
) -> None:
    """Only the bytes of a picture that leaves are shown as a note: words that merely look
    like an embedded picture are on screen exactly as they are in the file."""
    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export

    written = "data:image/png;base64," + "QUJD" * 40
    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson")
        entry = j.add(f"A note I pasted: {written}", title="Odd", visibility="shareable")
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {entry.id})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        shown = dialog.text_view.toPlainText()
        assert written in shown and "KB here" not in shown
        assert "written into the file whole" not in dialog.status.text()
        target = tmp_path / f"odd{export.SUFFIXES[fmt]}"
        answer_save_dialog(qtbot, target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert target.read_text("utf-8") == shown
        dialog.close()


def test_copy_names_a_picture_in_plain_text_and_carries_it_in_the_formatted_copy(
    qtbot, journal_path: Path, tmp_path: Path
) -> None:
    """The clipboard cannot carry a Markdown export's picture folder: plain text names
    the picture instead of pointing at a file that is not there; the HTML holds it whole."""
    from PySide6.QtGui import QGuiApplication

    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export

    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson")
        board = j.pictures.add(pictures.prepare_file(picture(tmp_path / "a.png", 300, 200)))
        body = f"Before.\n\n{pictures.reference(board.sha256, 'The [big] board')}\n\nAfter."
        entry = j.add(body, title="Retro", visibility="shareable")
        data = j.pictures.data(board.sha256)
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {entry.id})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = QGuiApplication.clipboard().mimeData()
        assert "pictures/" not in copied.text() and board.sha256 not in copied.text()
        assert "[Picture: The [big] board]" in copied.text()
        assert "Before." in copied.text() and "After." in copied.text()
        assert base64.b64encode(data).decode("ascii") in copied.html()
        assert "plain text names them" in dialog.status.text()
        dialog.close()


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_saving_markdown_with_pictures_asks_before_replacing_an_earlier_export_folder(
    qtbot, journal_path: Path, tmp_path: Path, monkeypatch, answer: str
) -> None:
    """With pictures a Markdown export is a folder named after the file: the file dialog
    asked about ``retro.md``, so the window asks about ``retro/`` (No by default)."""
    from PySide6.QtWidgets import QMessageBox

    from reflekt.gui.share_dialog import ExportDialog

    with Journal.open(journal_path) as j:
        board = j.pictures.add(pictures.prepare_file(picture(tmp_path / "a.png", 300, 200)))
        entry = j.add(
            pictures.reference(board.sha256, "The board"), title="Retro", visibility="shareable"
        )
    asked: list[str] = []

    def reply(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "exec", reply)
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {entry.id})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        target = tmp_path / "out" / "retro.md"
        target.parent.mkdir()
        answer_save_dialog(qtbot, target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert asked == []  # nothing there yet: nothing to ask
        folder = tmp_path / "out" / "retro"
        earlier = (folder / "retro.md").read_bytes()
        (folder / "retro.md").write_text("an earlier export", encoding="utf-8")
        answer_save_dialog(qtbot, target)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and "retro" in asked[0] and "replace" in asked[0]
        kept = (folder / "retro.md").read_bytes()
        assert kept == (b"an earlier export" if answer == "No" else earlier)
        dialog.close()
