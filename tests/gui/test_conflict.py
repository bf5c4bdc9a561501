"""The app never writes over a change it has not seen.

The app has typed into an entry; a separate process (the real `reflekt` command) then
changes, trashes or purges it. The app's autosave must find out, write nothing over
the other change, keep the typed text, and let the person choose in a bar.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.core.models import Filters

from .test_mainwindow import seed, when_modal

MINE = " and everyone spoke"


def terminal(journal_path: Path, *args: str) -> str:
    """Run `python -m reflekt --journal PATH ARGS` as its own process, as a person would
    in a terminal beside the app."""
    done = subprocess.run(
        [sys.executable, "-m", "reflekt", "--journal", str(journal_path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def stored(journal_path: Path, entry_id: str):
    with Journal.open(journal_path, create=False) as other:
        return other.get(entry_id)


def drafts(journal_path: Path) -> list:
    with Journal.open(journal_path, create=False) as other:
        return other.drafts()


def all_entries(journal_path: Path) -> list:
    with Journal.open(journal_path, create=False) as other:
        return other.list().entries + other.list(Filters(trash=True)).entries


@pytest.fixture
def entry_id(journal_path: Path) -> str:
    (entry_id,) = seed(journal_path, {"title": "Retro", "body": "We tried a silent start"})
    return entry_id


def type_into_the_entry(qtbot, window) -> None:
    body = window.editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, MINE)
    assert "Editing" in window.saved_label.text()


def conflict_after_terminal(qtbot, make_window, journal_path: Path, entry_id: str, *args: str):
    """The app types; the terminal runs ``args``; the autosave then meets the change."""
    window = make_window()
    assert window.editor.entry.id == entry_id
    type_into_the_entry(qtbot, window)
    # While the terminal command runs the app's event loop waits, so the autosave
    # (a second after typing) comes after it, as it did in the reported case.
    for command in args:
        terminal(journal_path, *command.split("\0"))
    bar = window.editor.conflict_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    return window, bar


def test_the_autosave_raises_the_bar_and_keeps_the_terminals_change(
    qtbot, make_window, journal_path, entry_id
) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id,
        f"edit\0{entry_id}\0--title\0New title\0--star",
    )  # fmt: skip
    assert re.fullmatch(r"This entry was changed elsewhere at \d\d:\d\d\.", bar.label.text())
    assert [b.text() for b in bar.buttons()] == [
        "Show both",
        "Keep mine",
        "Take theirs",
        "Keep both",
    ]
    # The journal holds the terminal's change, untouched by the app.
    theirs = stored(journal_path, entry_id)
    assert (theirs.title, theirs.starred, theirs.body) == (
        "New title",
        True,
        "We tried a silent start",
    )
    assert theirs.revision == 2
    # The typed text is still on screen, and kept as a draft in the journal.
    assert window.editor.body.toPlainText() == "We tried a silent start" + MINE
    (draft,) = drafts(journal_path)
    assert draft.entry_id == entry_id and draft.values["body"].endswith(MINE)
    assert "Saved" not in window.saved_label.text()
    # More typing while the bar is up still writes nothing over theirs.
    qtbot.keyClicks(window.editor.body, "!")
    assert not window.editor.save()
    assert stored(journal_path, entry_id) == theirs
    assert drafts(journal_path)[0].values["body"].endswith(MINE + "!")


def test_keep_mine_saves_on_top_of_theirs(qtbot, make_window, journal_path, entry_id) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"edit\0{entry_id}\0--title\0New title"
    )
    qtbot.mouseClick(bar.keep_mine_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    saved = stored(journal_path, entry_id)
    assert saved.body == "We tried a silent start" + MINE
    assert saved.title == "Retro"  # the whole of mine, on screen when chosen
    assert saved.revision == 3
    assert drafts(journal_path) == []
    assert window.saved_label.text() == "Saved"
    # Typing on goes on saving normally, from the new revision.
    qtbot.keyClicks(window.editor.body, ".")
    assert window.editor.save()
    assert stored(journal_path, entry_id).revision == 4


def test_take_theirs_loads_theirs_and_drops_mine(
    qtbot, make_window, journal_path, entry_id
) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id,
        f"edit\0{entry_id}\0--title\0New title\0--star",
    )  # fmt: skip
    qtbot.mouseClick(bar.take_theirs_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.editor.title.text() == "New title"
    assert window.editor.star.isChecked()
    assert window.editor.body.toPlainText() == "We tried a silent start"
    assert not window.editor.dirty
    theirs = stored(journal_path, entry_id)
    assert (theirs.title, theirs.revision) == ("New title", 2)
    assert drafts(journal_path) == []
    assert len(all_entries(journal_path)) == 1


def test_keep_both_saves_mine_as_a_new_entry(qtbot, make_window, journal_path, entry_id) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"edit\0{entry_id}\0--title\0New title"
    )
    qtbot.mouseClick(bar.keep_both_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    entries = {e.id: e for e in all_entries(journal_path)}
    assert len(entries) == 2
    assert entries[entry_id].title == "New title"
    assert entries[entry_id].body == "We tried a silent start"
    (new_id,) = set(entries) - {entry_id}
    assert entries[new_id].body == "We tried a silent start" + MINE
    assert entries[new_id].title == "Retro"
    assert window.editor.entry.id == new_id
    assert window.model.row_of(new_id) is not None and window.model.row_of(entry_id) is not None
    assert drafts(journal_path) == []


def test_show_both_puts_the_versions_side_by_side(
    qtbot, make_window, journal_path, entry_id
) -> None:
    _window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id,
        f"edit\0{entry_id}\0--title\0New title\0--star",
    )  # fmt: skip
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        table = dialog.table
        rows = {
            table.verticalHeaderItem(r).text(): (table.item(r, 0).text(), table.item(r, 1).text())
            for r in range(table.rowCount())
        }
        seen["rows"] = rows
        seen["differing"] = list(dialog.differing)
        seen["headers"] = [table.horizontalHeaderItem(c).text() for c in range(2)]
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(bar.show_both_button, Qt.MouseButton.LeftButton)
    assert seen["headers"] == ["Saved elsewhere", "Yours"]
    assert seen["differing"] == ["Title", "Text", "Starred"]
    rows = seen["rows"]
    assert rows["Title"] == ("New title", "Retro")  # type: ignore[index]
    assert rows["Text"] == ("We tried a silent start", "We tried a silent start" + MINE)  # type: ignore[index]
    # Looking writes nothing and leaves the choice open.
    assert bar.isVisible()
    assert stored(journal_path, entry_id).revision == 2


def test_the_bar_is_reachable_and_named_for_assistive_technology(
    qtbot, make_window, journal_path, entry_id
) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"edit\0{entry_id}\0--title\0New title"
    )
    names = [b.accessibleName() for b in bar.buttons()]
    assert names == [
        "Show both versions",
        "Keep my version",
        "Take the other version",
        "Keep both versions",
    ]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in bar.buttons())
    bar.show_both_button.setFocus()
    walked = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == bar.buttons()
    # Tab goes on into the entry, and Shift+Tab from the title comes back to the bar.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.title
    qtbot.keyClick(window.editor.title, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is bar.keep_both_button
    # The focused button is drawn with a ring (a visible change from the unfocused look).
    focused = bar.keep_both_button.grab().toImage()
    bar.keep_mine_button.setFocus()
    assert bar.keep_both_button.grab().toImage() != focused
    # Space on a focused button chooses it, as a click does.
    qtbot.keyClick(bar.keep_mine_button, Qt.Key.Key_Space)
    assert stored(journal_path, entry_id).body.endswith(MINE)


@pytest.mark.parametrize("purge", [False, True], ids=["trashed", "purged"])
def test_restore_and_save_after_trash_or_purge_elsewhere(
    qtbot, make_window, journal_path, entry_id, purge
) -> None:
    commands = [f"delete\0{entry_id}"] + ([f"purge\0{entry_id}"] if purge else [])
    window, bar = conflict_after_terminal(qtbot, make_window, journal_path, entry_id, *commands)
    assert [b.text() for b in bar.buttons()] == ["Restore and save", "Save as a new entry"]
    if purge:
        assert bar.label.text().startswith("This entry was deleted for good elsewhere.")
        assert all_entries(journal_path) == []
    else:
        assert re.match(
            r"This entry was moved to the trash elsewhere at \d\d:\d\d\.", bar.label.text()
        )
        assert stored(journal_path, entry_id).in_trash
    qtbot.mouseClick(bar.restore_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    back = stored(journal_path, entry_id)
    assert not back.in_trash
    assert back.body == "We tried a silent start" + MINE
    assert len(all_entries(journal_path)) == 1
    assert window.model.row_of(entry_id) is not None
    assert drafts(journal_path) == []


def test_save_as_a_new_entry_after_trash_elsewhere(
    qtbot, make_window, journal_path, entry_id
) -> None:
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"delete\0{entry_id}"
    )
    qtbot.mouseClick(bar.new_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    entries = {e.id: e for e in all_entries(journal_path)}
    assert entries[entry_id].in_trash and entries[entry_id].body == "We tried a silent start"
    (new_id,) = set(entries) - {entry_id}
    assert not entries[new_id].in_trash
    assert entries[new_id].body == "We tried a silent start" + MINE
    assert window.editor.entry.id == new_id
    assert drafts(journal_path) == []


def test_the_typed_text_comes_back_after_closing_with_the_bar_up(
    qtbot, make_window, journal_path, entry_id, no_blocking_message_boxes
) -> None:
    window, _bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"edit\0{entry_id}\0--title\0New title"
    )
    window.close()
    assert not window.isVisible()
    assert not any("lost" in text for text in no_blocking_message_boxes)  # no scare on close
    window.journal.close()
    assert stored(journal_path, entry_id).body == "We tried a silent start"  # theirs, intact
    # The next start offers the text back, with the same choice still open.
    again = make_window()
    qtbot.waitUntil(lambda: again.editor.conflict_bar.isVisible(), timeout=3000)
    assert again.editor.body.toPlainText() == "We tried a silent start" + MINE
    assert again.editor.entry.id == entry_id
    assert "is back" in again.statusBar().currentMessage()
    qtbot.mouseClick(again.editor.conflict_bar.keep_mine_button, Qt.MouseButton.LeftButton)
    assert stored(journal_path, entry_id).body == "We tried a silent start" + MINE
    assert drafts(journal_path) == []


def test_a_kept_draft_with_nothing_moved_on_is_simply_saved(
    qtbot, make_window, journal_path, entry_id
) -> None:
    """A draft from a crash where the entry did not change meanwhile: saved at start."""
    with Journal.open(journal_path) as j:
        current = j.get(entry_id)
        j.save_draft(entry_id, {"title": "Retro", "body": "Kept through a crash"}, 1)
    assert current.revision == 1
    window = make_window()
    qtbot.waitUntil(lambda: drafts(journal_path) == [], timeout=3000)
    assert not window.editor.conflict_bar.isVisible()
    assert stored(journal_path, entry_id).body == "Kept through a crash"


def test_the_bar_speaks_swedish(qtbot) -> None:
    from reflekt.gui import i18n
    from reflekt.gui.conflict import ConflictBar

    i18n.install("sv")
    bar = ConflictBar()
    qtbot.addWidget(bar)
    bar.show_gone(None)
    assert [b.text() for b in bar.buttons()] == ["Återställ och spara", "Spara som ny anteckning"]
    assert bar.label.text().startswith("Anteckningen raderades för gott")
    assert bar.keep_mine_button.text() == "Behåll min"
    assert bar.take_theirs_button.accessibleName() == "Ta den andra versionen"


def test_moving_to_another_entry_with_the_bar_up_keeps_the_text(
    qtbot, make_window, journal_path, entry_id, no_blocking_message_boxes
) -> None:
    seed(journal_path, {"body": "An older entry", "day": "2020-01-01"})
    window, bar = conflict_after_terminal(
        qtbot, make_window, journal_path, entry_id, f"edit\0{entry_id}\0--title\0New title"
    )
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    assert window.editor.entry.id == entry_id
    assert window.editor.body.toPlainText().endswith(MINE)
    assert bar.isVisible()
    assert any("changed elsewhere" in text for text in no_blocking_message_boxes)
    assert stored(journal_path, entry_id).title == "New title"
    # Deleting is held back too: the typed text waits for a choice first.
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert not stored(journal_path, entry_id).in_trash
    assert window.editor.body.toPlainText().endswith(MINE)


def test_an_outside_change_seen_while_typing_shows_up_once_saved(
    qtbot, make_window, journal_path, entry_id
) -> None:
    window = make_window()
    type_into_the_entry(qtbot, window)
    terminal(journal_path, "add", "Written in the terminal meanwhile")
    window.session.check_external_changes()  # typing: the list is left alone for now
    assert window.model.rowCount() == 1
    assert window.editor.save()
    window.session.check_external_changes()  # the next tick, no longer typing
    assert window.model.rowCount() == 2
    assert stored(journal_path, entry_id).body.endswith(MINE)


def test_every_kept_draft_comes_back_one_after_another(
    qtbot, make_window, journal_path, entry_id
) -> None:
    (other_id,) = seed(journal_path, {"body": "Second entry", "day": "2020-01-01"})
    with Journal.open(journal_path) as j:
        j.save_draft(entry_id, {"body": "First, kept"}, 1)
        j.save_draft(other_id, {"body": "Second, kept"}, 1)
    make_window()
    qtbot.waitUntil(lambda: drafts(journal_path) == [], timeout=3000)
    assert stored(journal_path, entry_id).body == "First, kept"
    assert stored(journal_path, other_id).body == "Second, kept"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_button_stays_legible_in_both_themes(qtbot, theme) -> None:
    """Dark text on a light button, focused or not: a dark palette once left a focused
    button with light text straight on the amber bar."""
    from PySide6.QtGui import QColor

    from reflekt.gui.conflict import ConflictBar
    from reflekt.gui.theme import apply_theme

    apply_theme(theme)
    bar = ConflictBar()
    qtbot.addWidget(bar)
    bar.show_gone(None)
    bar.show()
    qtbot.waitExposed(bar)
    for button in bar.buttons():
        button.setFocus()
        image = button.grab().toImage()
        pixels = [
            QColor(image.pixel(x, y)).lightness()
            for x in range(2, image.width() - 2, 2)
            for y in range(2, image.height() - 2, 2)
        ]
        assert sum(p > 200 for p in pixels) > len(pixels) / 2, "a light button"
        assert min(pixels) < 110, "with dark text on it"
