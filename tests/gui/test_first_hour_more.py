"""A new user's first hour, as issue #16 found it, where the first-screens tests did not
look: the Shareable bar in Swedish (longer sentences, more lines) and the app's search
over a large pasted entry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reflekt.core.journal import Journal
from reflekt.gui import i18n
from reflekt.gui.entry_list import SnippetRole

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


def test_searching_a_large_pasted_entry_shows_the_current_query_at_once(
    qtbot, make_window, journal_path
) -> None:
    """Issue #16: with a large pasted entry the list kept an earlier query's rows for
    seconds. Each query typed is answered, with its place in the big entry, before the
    next one is typed (snippet work bounded by what is shown, not by the entry)."""
    import time

    log = "".join(f"Line {i}: some pasted log output here\n" for i in range(60_000))  # 2.4 MB
    with Journal.open(journal_path) as journal:
        journal.add(log, title="Build log")
        journal.add("The budget plan", title="Budget")
    window = make_window()
    model = window.model

    def titles() -> list[str]:
        return [model.entry_at(row).display_title for row in range(model.rowCount())]

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for typed, found in (("Line 1999", ["Build log"]), ("budget", ["Budget"])):
        window.search.clear()
        started = time.monotonic()
        qtbot.keyClicks(window.search, typed)
        qtbot.waitUntil(lambda found=found: titles() == found, timeout=3000)
        assert time.monotonic() - started < 2.5
    window.search.clear()
    qtbot.keyClicks(window.search, "Line 1999")
    qtbot.waitUntil(lambda: titles() == ["Build log"], timeout=3000)
    assert "1999" in model.data(model.index(0, 0), SnippetRole)  # the place, not line 1
