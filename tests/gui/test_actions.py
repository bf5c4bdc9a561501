"""Menus and shortcuts come from one table: every key does one thing, the shortcut list
(Ctrl+/) shows what the menus offer, and an action is offered only when it can run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from .test_mainwindow import seed, titles, when_modal


def menu_items(window) -> dict[str, list[str]]:
    """What the menu bar offers, as a person reads it: menu -> "Item (keys)"."""
    shown = {}
    for top in window.menuBar().actions():
        items = []
        for action in top.menu().actions():
            if action.isSeparator():
                continue
            keys = ", ".join(k.toString() for k in action.shortcuts())
            items.append(f"{action.text().replace('&', '')} ({keys})" if keys else action.text())
        shown[top.text().replace("&", "")] = items
    return shown


def test_the_menus_offer_the_same_actions_and_keys_as_before(qtbot, make_window) -> None:
    window = make_window()
    menus = menu_items(window)
    assert list(menus) == ["File", "Edit", "Go", "Share", "Growth", "Trash", "Help"]
    assert menus["File"][:2] == ["New entry (Ctrl+N)", "New entry from a template… (Ctrl+Shift+N)"]
    assert menus["Edit"] == [
        "Undo delete (Ctrl+Z)",
        "Delete entry (Del)",
        "Save now (Ctrl+S)",
        "Star or unstar (Ctrl+D)",
        "Preview text (Ctrl+Shift+P)",
        "&Insert picture…",
        "Next misspelt word (F7)",
        "Find (Ctrl+F)",
    ]
    assert menus["Go"][0] == "All entries (Ctrl+1)" and menus["Go"][5] == "Trash (Ctrl+6)"
    assert menus["Go"][6:] == ["Next entry (Alt+Down)", "Previous entry (Alt+Up)"]
    assert menus["Help"][:2] == ["User guide (F1)", "Keyboard shortcuts (Ctrl+/)"]
    for top in window.menuBar().actions():  # a screen reader names each menu
        assert top.menu().accessibleName() == top.text().replace("&", "")


def test_no_two_actions_share_a_key(qtbot, make_window) -> None:
    """Qt runs neither of two actions bound to one key in one place: the key does nothing."""
    window = make_window()
    seen: dict[tuple[str, str], str] = {}
    for action in window.findChildren(QAction):
        if action.menu() is not None:
            continue
        place = "lists" if window.list in action.associatedObjects() else "window"
        for key in action.shortcuts():
            name = (place, key.toString())
            assert name not in seen, f"{key.toString()}: {seen[name]} and {action.text()}"
            seen[name] = action.text() or "(no menu item)"
    assert len(seen) > 25


def test_the_shortcut_list_shows_every_menu_item_with_a_key(qtbot, make_window) -> None:
    window = make_window()
    listed = {}

    def read(dialog) -> None:
        table = dialog.table
        listed.update(
            {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        )
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    in_menus = {
        action.text().replace("&", ""): action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        for top in window.menuBar().actions()
        for action in top.menu().actions()
        if not action.shortcut().isEmpty()
    }
    # F10 (into the menu bar) is no menu item, but a key worth knowing.
    assert listed == {**in_menus, "Open the menu bar": "F10"}
    assert listed["Growth review"] == "Ctrl+Shift+G"


def test_undo_is_offered_only_when_there_is_a_delete_to_undo(
    qtbot, make_window, journal_path
) -> None:
    seed(journal_path, {"body": "keep me"}, {"body": "oops"})
    window = make_window()
    assert not window.undo_action.isEnabled()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert window.undo_action.isEnabled()
    assert window.undo_button.isVisible()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == ["keep me", "oops"]
    assert not window.undo_action.isEnabled()  # nothing left to undo
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == ["keep me", "oops"]


def test_a_go_shortcut_and_its_menu_item_open_the_same_view(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.key == "view:starred"
    window.go("view:all")
    go_menu = window.menuBar().actions()[2].menu()
    starred = next(a for a in go_menu.actions() if a.text() == "&Starred")
    starred.trigger()
    assert window.sidebar.key == "view:starred"
    assert QApplication.activeModalWidget() is None
