"""The first screens in Swedish, whose sentences are longer than the English ones: the
Shareable bar wraps onto more lines and must still move nothing under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reflekt.core.journal import Journal
from reflekt.gui import i18n

from .test_first_screens import cut_off_text


def test_ticking_delbar_moves_nothing_under_the_pointer(qtbot, make_window, journal_path):
    i18n.install("sv")
    with Journal.open(journal_path) as journal:
        journal.add("privata tankar", title="Retro")
    window = make_window()
    editor = window.editor
    for width in (1200, 800, 700):  # the narrowest wraps the Swedish bar onto three lines
        window.resize(width, 700)
        qtbot.wait(30)
        watched = [editor.shareable, editor.title, editor.day, editor.body, editor.tags]
        before = [w.mapTo(window, QPoint(0, 0)) for w in watched]
        qtbot.mouseClick(editor.shareable, Qt.MouseButton.LeftButton)
        qtbot.wait(30)
        assert "Delbar" in editor.banner.text()
        assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before, width
        assert cut_off_text(editor.banner) == []
        qtbot.mouseClick(editor.shareable, Qt.MouseButton.LeftButton)  # the next click lands
        qtbot.wait(30)
        assert "Privat" in editor.banner.text()
        assert [w.mapTo(window, QPoint(0, 0)) for w in watched] == before, width
