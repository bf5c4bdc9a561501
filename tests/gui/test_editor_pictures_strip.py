"""Seeing an entry's pictures: the strip under the text (caption, order, remove, by
keyboard and mouse), the large viewer, the preview, the list's mark, the share
window's *Include pictures*, and the picture size setting."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.gui.entry_list import EntryListModel
from reflekt.gui.markdown_view import SafeMarkdownView

from .test_editor_pictures import hashes, picture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen


def store(journal: Journal, path: Path) -> str:
    return journal.pictures.add(pictures.prepare_file(path)).sha256


@pytest.fixture
def three(journal_path: Path, tmp_path: Path) -> list[str]:
    """A journal with one entry showing three pictures (the second captioned)."""
    colors = ("#ff0000", "#00ff00", "#0000ff")
    with Journal.open(journal_path) as j:
        shas = [store(j, picture(tmp_path / f"{n}.png", color=c)) for n, c in enumerate(colors)]
        body = "\n".join(
            [
                "The board after the retro:",
                pictures.reference(shas[0]),
                pictures.reference(shas[1], "Sticky notes [draft]"),
                "and the sketch",
                pictures.reference(shas[2]),
            ]
        )
        j.add(body, title="Retro")
    return shas


@pytest.fixture
def window(qtbot, make_window, three):
    window = make_window()
    strip = window.editor.pictures.strip
    qtbot.waitUntil(lambda: strip.list.count() == 3, timeout=3000)
    return window


def names(strip) -> list[str]:
    return [
        strip.list.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(strip.list.count())
    ]


def test_the_strip_shows_the_pictures_in_order_named_by_caption(window, three) -> None:
    strip = window.editor.pictures.strip
    assert strip.isVisible()
    assert names(strip) == ["Picture 1", "Sticky notes [draft]", "Picture 3"]
    assert [s.ref.sha256 for s in strip.shown] == three
    icon = strip.list.item(0).icon().pixmap(32, 32).toImage()
    assert icon.pixelColor(16, 16).red() > 200  # the red picture's own thumbnail


def test_move_later_and_earlier_by_keyboard(qtbot, window, three) -> None:
    editor = window.editor
    strip = editor.pictures.strip
    strip.list.setFocus()
    strip.list.setCurrentRow(0)
    strip.later.setFocus()
    qtbot.keyClick(strip.later, Qt.Key.Key_Space)
    assert hashes(editor.body.toPlainText()) == [three[1], three[0], three[2]]
    assert strip.list.currentRow() == 1  # the moved picture stays chosen
    assert strip.later.hasFocus()  # pressed again, it moves on
    qtbot.keyClick(strip.later, Qt.Key.Key_Space)
    assert hashes(editor.body.toPlainText()) == [three[1], three[2], three[0]]
    assert strip.list.hasFocus()  # at the end the button is off: not Remove's turn
    assert editor.body.toPlainText().startswith("The board after the retro:\n![Sticky")
    strip.earlier.setFocus()
    qtbot.keyClick(strip.earlier, Qt.Key.Key_Space)
    qtbot.keyClick(strip.earlier, Qt.Key.Key_Space)
    assert hashes(editor.body.toPlainText()) == three
    assert strip.list.currentRow() == 0 and strip.list.hasFocus()
    editor.save()
    stored = window.journal.pictures.of_entry(editor.entry.id)
    assert [p.sha256 for p in stored] == three


def test_remove_with_the_mouse_takes_the_reference_and_its_line(qtbot, window, three) -> None:
    editor = window.editor
    strip = editor.pictures.strip
    strip.list.setCurrentRow(1)
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    text = editor.body.toPlainText()
    assert hashes(text) == [three[0], three[2]]
    assert "\n\n" not in text and "Sticky" not in text
    assert strip.list.count() == 2
    editor.save()
    assert [p.sha256 for p in window.journal.pictures.of_entry(editor.entry.id)] == [
        three[0],
        three[2],
    ]
    # The bytes stay until the trash is emptied: Ctrl+Z in the text brings it back.
    assert window.journal.pictures.info(three[1]) is not None


def test_caption_typed_becomes_the_alt_text(qtbot, window, three) -> None:
    editor = window.editor
    strip = editor.pictures.strip
    strip.list.setCurrentRow(0)
    strip.caption.setFocus()
    qtbot.keyClicks(strip.caption, "Whiteboard ] after")
    qtbot.keyClick(strip.caption, Qt.Key.Key_Return)
    assert pictures.reference(three[0], "Whiteboard ] after") in editor.body.toPlainText()
    assert names(strip)[0] == "Whiteboard ] after"
    editor.save()
    assert window.journal.pictures.of_entry(editor.entry.id)[0].caption == "Whiteboard ] after"


def test_enter_opens_the_picture_large_and_esc_closes_it(qtbot, window, three) -> None:
    strip = window.editor.pictures.strip
    strip.list.setFocus()
    strip.list.setCurrentRow(1)
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.picture.accessibleName() == "Sticky notes [draft]"
    assert viewer.accessibleName() == "Sticky notes [draft]"
    assert viewer.caption.text() == "Sticky notes [draft]"
    qtbot.waitUntil(lambda: viewer.picture.image.width() == 64, timeout=5000)  # the full one
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # the next picture, in the same window
    assert strip.viewer is viewer and viewer.accessibleName() == "Picture 3"
    assert viewer.sha256 == three[2] and strip.list.currentRow() == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # none after the last
    assert viewer.sha256 == three[2]
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.accessibleName() == "Sticky notes [draft]"
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_a_click_opens_a_picture_without_caption_as_picture_n(qtbot, window) -> None:
    strip = window.editor.pictures.strip
    rect = strip.list.visualItemRect(strip.list.item(2))
    qtbot.mouseClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert strip.viewer.isVisible()
    assert strip.viewer.picture.accessibleName() == "Picture 3"
    strip.viewer.close()


def test_a_reference_the_journal_lacks_shows_as_missing(qtbot, make_window, journal_path):
    with Journal.open(journal_path) as j:
        j.add(pictures.reference("ab" * 32, "Gone"), title="Lost")
    window = make_window()
    strip = window.editor.pictures.strip
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=3000)
    assert names(strip) == ["Gone (missing from the journal)"]


def test_the_preview_shows_journal_pictures_and_nothing_else(qtbot, journal, tmp_path) -> None:
    sha = store(journal, picture(tmp_path / "p.png", 500, 300))
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    view.set_pictures(lambda h: journal.pictures.thumbnail(h) if h == sha else None)
    image = QTextDocument.ResourceType.ImageResource
    shown = view.loadResource(image, QUrl(f"picture:{sha}"))
    assert isinstance(shown, QImage) and max(shown.width(), shown.height()) <= 500
    missing = view.loadResource(image, QUrl(f"picture:{'cd' * 32}"))
    assert isinstance(missing, QImage) and not missing.isNull()  # the placeholder
    css = QTextDocument.ResourceType.StyleSheetResource
    assert not view.loadResource(css, QUrl(f"picture:{sha}"))  # empty, never None


def test_the_preview_never_reads_a_file_or_a_data_url_itself(qtbot, tmp_path, monkeypatch) -> None:
    """What the document ends up holding, not only what loadResource answers: when a
    QTextBrowser answers None, Qt reads the named file (or decodes the data: URL) by
    itself. A colleague's lesson naming a local picture must not show it."""
    secret = picture(tmp_path / "secret.png", 37, 23)
    data = "data:image/png;base64," + base64.b64encode(secret.read_bytes()).decode()
    monkeypatch.chdir(tmp_path)  # a relative name would be read from the working folder
    names = [str(secret), secret.as_uri(), data, "secret.png", "https://example.org/x.png"]
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.set_markdown("\n\n".join(f"![shown {i}]({n})" for i, n in enumerate(names)))
    view.show()
    qtbot.waitExposed(view)
    image = QTextDocument.ResourceType.ImageResource
    for name in names:
        held = view.document().resource(image, QUrl(name))
        assert held is not None, name
        assert (held.width(), held.height()) != (37, 23), f"{name} was loaded"


def test_the_editor_preview_draws_the_picture(qtbot, window, three) -> None:
    editor = window.editor
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.preview.isVisible()
    block = editor.preview.document().begin()
    names_found = []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names_found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    assert names_found == [f"picture:{sha}" for sha in three]


def test_the_list_marks_entries_with_pictures(qtbot, journal, tmp_path) -> None:
    sha = store(journal, picture(tmp_path / "p.png"))
    journal.add("no pictures here", title="Plain")
    journal.add(f"{pictures.reference(sha)}\n{pictures.reference(sha, 'again')}", title="Two")
    model = EntryListModel(journal)
    spoken = {
        model.entry_at(r).title: model.data(model.index(r), Qt.ItemDataRole.AccessibleTextRole)
        for r in range(model.rowCount())
    }
    assert "2 pictures" in spoken["Two"]
    assert "picture" not in spoken["Plain"]


def test_picture_size_setting_is_kept_in_the_journal(qtbot, make_window, journal_path) -> None:
    from reflekt.gui.picture_settings import PictureSettings

    window = make_window()
    panel = PictureSettings(window.journal)
    qtbot.addWidget(panel)
    assert panel.long_side.value() == pictures.DEFAULT_LONG_SIDE
    panel.long_side.setFocus()
    panel.long_side.selectAll()
    qtbot.keyClicks(panel.long_side, "1280")
    assert window.journal.get_setting(pictures.LONG_SIDE_SETTING) == "1280"
    assert panel.long_side.accessibleName() == "Largest side of a picture"


def test_a_picture_pasted_after_the_setting_changed_is_that_small(
    qtbot, make_window, journal_path, tmp_path
) -> None:
    from reflekt.gui.editor_pictures import long_side

    with Journal.open(journal_path) as j:
        j.add("Here:", title="Small")
        j.set_setting(pictures.LONG_SIDE_SETTING, "800")
    window = make_window()
    editor = window.editor
    assert long_side(window.journal) == 800
    editor.body.setFocus()
    editor.pictures.adder.insert_files([picture(tmp_path / "big.jpg", 2000, 1000)])
    qtbot.waitUntil(lambda: not editor.pictures.adder.busy, timeout=30_000)
    [sha] = hashes(editor.body.toPlainText())
    info = window.journal.pictures.info(sha)
    assert (info.width, info.height) == (800, 400)


def test_the_strip_is_spoken_and_in_the_tab_order(qtbot, window) -> None:
    strip = window.editor.pictures.strip
    for widget in strip.focus_chain():
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    iface = QAccessible.queryAccessibleInterface(strip.list)
    assert iface.child(0).text(QAccessible.Text.Name) == "Picture 1"
    editor = window.editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.pictures.button
    qtbot.keyClick(editor.pictures.button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is strip.list


def test_include_pictures_in_the_share_window(qtbot, journal_path, tmp_path) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    with Journal.open(journal_path) as j:
        sha = store(j, picture(tmp_path / "board.png"))
        with_picture = j.add(
            f"Before\n{pictures.reference(sha, 'The board')}\nafter",
            title="Board",
            visibility="shareable",
        )
        plain = j.add("Only words", title="Words", visibility="shareable")
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {with_picture.id})
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.wait_until_ready()
        box = dialog.pictures.box
        assert box.isVisible() and box.isChecked()
        assert [p.sha256 for p in dialog.preview.pictures] == [sha]
        assert f"picture:{sha}" in dialog.text_view.toPlainText() or dialog.preview.pictures
        assert dialog.pictures.strip.count() == 1
        assert dialog.pictures.strip.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == (
            "The board"
        )
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # the person un-ticks it
        assert dialog.wait_until_ready()
        assert not box.isChecked() and box.isVisible()
        assert dialog.preview.pictures == ()
        assert "picture:" not in dialog.text_view.toPlainText()
        assert not dialog.pictures.strip.isVisible()
        dialog.close()

        only_words = ExportDialog(journal, None, {plain.id})
        qtbot.addWidget(only_words)
        only_words.show()
        assert only_words.wait_until_ready()
        assert not only_words.pictures.box.isVisible()  # nothing to include
        only_words.close()


@pytest.mark.parametrize("fmt", ["html", "bundle"])
def test_an_embedded_picture_is_shown_as_a_note_and_written_whole(
    qtbot, journal_path, tmp_path, fmt
) -> None:
    """Megabytes of base64 in the text view would hold the window for seconds; the file
    keeps every byte, and the names replaced after the picture are still marked."""
    import base64

    from reflekt.core.models import PersonLink, Relation
    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export

    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson")
        j.people.set("Erik Berg", role="HR partner")
        sha = store(j, picture(tmp_path / "big.png", 600, 400))
        entry = j.add(
            f"Before\n{pictures.reference(sha, 'The board')}\nErik Berg showed me how.",
            title="Board",
            people=[PersonLink("Erik Berg", Relation.LEARNED_FROM)],
            visibility="shareable",
        )
        encoded = base64.b64encode(j.pictures.data(sha)).decode("ascii")
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, {entry.id})
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.people.setCurrentIndex(dialog.people.findData("roles"))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        shown = dialog.text_view.toPlainText()
        assert encoded not in shown and "picture 1 of those shown below" in shown
        assert encoded in dialog.preview.text  # what is written: the whole picture
        marks = [s.cursor.selectedText() for s in dialog.text_view.extraSelections()]
        assert marks and all(m.lower().startswith("a colleague") for m in marks), marks
        assert "Erik" not in shown
        dialog.close()


def test_a_picture_a_bundle_has_no_room_for_is_named(
    qtbot, journal_path, tmp_path, monkeypatch
) -> None:
    """In the preview and when publishing to the team folder: which picture stayed
    behind, and why; the lesson leaves without it."""
    from reflekt.gui.share_dialog import ExportDialog
    from reflekt.share import export, team

    monkeypatch.setattr(export, "bundle_cap", lambda journal: 6000)  # a tiny cap
    folder = tmp_path / "team"
    folder.mkdir()
    with Journal.open(journal_path) as j:
        export.set_author(j, "Alex Andersson")
        team.set_folder(j, folder)
        photo = QImage(400, 300, QImage.Format.Format_RGB32)
        for x in range(400):  # stripes: no PNG makes this small
            for y in range(0, 300, 7):
                photo.setPixel(x, y, (x * 2654435761 + y * 97) & 0xFFFFFF)
        photo.save(str(tmp_path / "noisy.png"))
        sha = store(j, tmp_path / "noisy.png")
        j.add(f"{pictures.reference(sha, 'The noisy board')}\nwords", visibility="shareable")
    with Journal.open(journal_path) as journal:
        dialog = ExportDialog(journal, None, None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
        dialog.update_preview()
        assert dialog.wait_until_ready()
        assert dialog.preview.pictures == ()
        assert dialog.pictures.note.isVisible()
        assert "The noisy board" in dialog.pictures.note.text()
        dialog.pictures.note.clear()
        qtbot.mouseClick(dialog.team_button, Qt.MouseButton.LeftButton)
        (published,) = folder.iterdir()
        assert "words" in published.read_text("utf-8")
        assert "The noisy board" in dialog.pictures.note.text()
        dialog.close()
