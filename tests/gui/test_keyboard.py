"""Keys a keyboard user relies on, and what a screen reader is told as things change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QWidget

from reflekt.core.journal import Journal

from .test_mainwindow import seed, when_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen


@pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)  # offscreen
def test_f10_opens_the_menu_bar_and_the_shortcut_list_says_so(qtbot, make_window) -> None:
    window = make_window()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_F10)
    bar = window.menuBar()
    assert bar.activeAction() is not None
    assert bar.activeAction().text().replace("&", "") == "File"
    qtbot.waitUntil(bar.activeAction().menu().isVisible)
    bar.activeAction().menu().close()
    listed = []

    def read(dialog) -> None:
        table = dialog.table
        listed.extend(table.item(r, 1).text() for r in range(table.rowCount()))
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window.list, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert "F10" in listed


def _open_library(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    library = window.team_library
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is library, timeout=2000)
    return library


@pytest.mark.parametrize(
    "key",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_esc_and_ctrl_w_close_the_team_library(qtbot, make_window, key) -> None:
    window = make_window()
    library = _open_library(qtbot, window)
    qtbot.keyClicks(library.search, "rust")
    qtbot.keyClick(library.search, key[0], key[1])
    qtbot.waitUntil(lambda: window.team_library is None or not window.team_library.isVisible())
    assert window.isVisible()  # the journal window stays


def test_the_team_library_is_a_window_to_a_screen_reader(qtbot, make_window) -> None:
    window = make_window()
    library = _open_library(qtbot, window)
    interface = QAccessible.queryAccessibleInterface(library)
    assert interface.role() == QAccessible.Role.Window
    assert interface.text(QAccessible.Text.Name) == "Team library"
    assert interface.childCount() > 0  # its controls are still inside it


def test_tab_leaves_the_calendar_while_a_typed_date_is_pending(qtbot, make_window) -> None:
    """Typing a digit in the calendar opens Qt's quick date editor, which once kept
    every key, Tab included, for 1.5 s."""
    window = make_window()
    days = window.sidebar.calendar.findChild(QWidget, "qt_calendar_calendarview")
    days.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(days, Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    after_tab = QApplication.focusWidget()
    assert after_tab is not days and not window.sidebar.calendar.isAncestorOf(after_tab)
    days.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(days, Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.sidebar.tree


def test_the_search_clear_buttons_are_named(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClicks(window.search, "feedback")
    (button,) = window.search.findChildren(QToolButton)
    assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name) == (
        "Clear the search"
    )
    library = _open_library(qtbot, window)
    search: QLineEdit = library.search
    assert [b.accessibleName() for b in search.findChildren(QToolButton)] == ["Clear the search"]


def test_the_save_status_is_spoken_as_it_reads(qtbot, make_window, journal_path) -> None:
    seed(journal_path, {"title": "Retro", "body": "We tried a silent start"})
    window = make_window()
    spoken = QAccessible.queryAccessibleInterface(window.saved_label)
    assert spoken.text(QAccessible.Text.Name) == "Saved"
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, " and it worked")
    assert spoken.text(QAccessible.Text.Name) == "Editing…"
    qtbot.waitUntil(lambda: spoken.text(QAccessible.Text.Name) == "Saved", timeout=3000)


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, object]]:
    """What a screen reader is asked to say (as if one were running)."""
    heard: list[tuple[str, object]] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))

    def record(event) -> None:
        if hasattr(event, "message"):
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return heard


def test_a_conflict_is_announced(qtbot, make_window, journal_path, said) -> None:
    """The bar comes up while the person types; a screen reader says so at once."""
    (entry_id,) = seed(journal_path, {"title": "Retro", "body": "We tried a silent start"})
    window = make_window()
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, " and it worked")
    with Journal.open(journal_path) as other:
        other.update(entry_id, title="Changed elsewhere")
    window.editor.save()
    assert window.editor.conflict_bar.isVisible()
    conflict = [(text, how) for text, how in said if text.startswith("This entry was changed")]
    assert conflict == [
        (window.editor.conflict_bar.label.text(), QAccessible.AnnouncementPoliteness.Assertive)
    ]


def test_tab_reaches_every_chart_of_the_growth_view(qtbot, make_window, journal_path) -> None:
    import datetime as dt

    today = dt.date(2026, 11, 20)
    with Journal.open(journal_path) as j:
        for n in range(8):
            j.add(f"Lesson {n}", kind="lesson", day=today - dt.timedelta(days=9 * n), mood=3)
    window = make_window(today=today)
    qtbot.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    growth = window.growth
    assert growth.wait_until_ready()
    shown = {key for key, card in growth.cards.items() if card.isVisible()}
    assert len(shown) >= 5
    growth.period_box.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[str] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        reached += [key for key, chart in growth.charts.items() if chart is focus]
    assert set(reached) == shown
    chart = growth.charts[reached[0]]
    assert chart.accessibleName() == chart.title()


def test_tab_reaches_the_people_rows_where_they_are(qtbot, make_window, journal_path) -> None:
    from reflekt.core.models import PersonLink, Relation

    seed(
        journal_path,
        {
            "body": "Pair review",
            "people": [PersonLink("Sara", Relation.WITH), PersonLink("Omar", Relation.HELPED)],
        },
    )
    window = make_window()
    editor = window.editor
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)  # a third, new row
    new = editor.people._rows[-1].name
    qtbot.waitUntil(lambda: new.isVisible() and new.hasFocus())
    qtbot.keyClicks(new, "Li")
    editor.skills.setFocus(Qt.FocusReason.TabFocusReason)
    names = []
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        names.append(focus.text() if isinstance(focus, QLineEdit) else focus.accessibleName())
    assert names == [
        "Sara",
        "How this person was involved",
        "Remove this person",
        "Omar",
        "How this person was involved",
        "Remove this person",
        "Li",
        "How this person was involved",
        "Remove this person",
        "",  # Add person: a button with text, no separate name
        "Learned through",
    ]


def test_the_focus_ring_follows_a_theme_change(qtbot, make_window) -> None:
    from reflekt.gui.focus_ring import FocusRing
    from reflekt.gui.theme import FOCUS_DARK, FOCUS_LIGHT, apply_theme

    window = make_window()
    window.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.findChild(FocusRing) is not None)
    ring = window.findChild(FocusRing)
    qtbot.waitUntil(ring.isVisible)
    assert ring.color.name() == FOCUS_LIGHT
    apply_theme("dark")
    qtbot.waitUntil(lambda: ring.color.name() == FOCUS_DARK)
    assert ring.isVisible()


def _tab_names(qtbot, start: QWidget, count: int) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [start.accessibleName() or start.text()]  # type: ignore[attr-defined]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        names.append(focus.accessibleName() or getattr(focus, "text", str)())
    return names


def test_tab_goes_through_the_window_in_reading_order(qtbot, make_window, journal_path) -> None:
    seed(journal_path, {"title": "Retro", "body": "We tried a silent start"})
    window = make_window()
    assert _tab_names(qtbot, window.sidebar.tree, 5) == [
        "Journal views and filters",
        "Days of the month: days with entries are bold",
        "Search entries",
        "Entries",
        "Title",
        "Star",
    ]
    library = _open_library(qtbot, window)
    assert _tab_names(qtbot, library.choose_button, 5) == [
        "Choose team folder…",
        "Search the team library",
        "Author",
        "Tag",
        "Skill",
        "Team lessons",
    ]


def test_status_bar_messages_are_announced(qtbot, make_window, journal_path, said) -> None:
    seed(journal_path, {"title": "Retro", "body": "We tried a silent start"})
    window = make_window()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert ("Moved “Retro” to the trash.", QAccessible.AnnouncementPoliteness.Polite) in said


def test_a_team_folder_check_is_announced(qtbot, make_window, journal_path, tmp_path, said) -> None:
    """The library's status line is spoken as a check starts and when it has found
    lessons (politely: the person did not ask for this one)."""
    from reflekt.gui.operations import wait_for_operations
    from reflekt.share import team

    from .test_team_library import arrive, lesson

    folder = tmp_path / "team"
    folder.mkdir()
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
    window = make_window()
    library = _open_library(qtbot, window)
    qtbot.waitUntil(lambda: library.task is None, timeout=5000)
    wait_for_operations()
    arrive(folder, "sara.reflekt.json", [lesson(1), lesson(2)], "2026-03-14T09:00:00+01:00")
    said.clear()
    qtbot.mouseClick(library.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.task is None, timeout=5000)
    wait_for_operations()
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert said[0] == ("Checking the team folder…", polite)
    found = [text for text, how in said[1:] if how == polite and "2 new" in text]
    assert found == [library.status.text()], said
    assert found[0].startswith("Checked at")
    # Hidden, the window says nothing: a check from the folder watcher stays quiet.
    library.hide()
    said.clear()
    library.sync(quiet=True)
    qtbot.waitUntil(lambda: "nothing changed" in library.status.text(), timeout=5000)
    assert said == []


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_menu_item_has_its_own_access_key(qtbot, make_window, lang) -> None:
    """Alt and a letter (or F10, then a letter) reach every menu and menu item: each has
    an underlined letter, none shared with another in the same menu (a shared letter
    only moves between the two), in English and in Swedish."""
    import re

    from reflekt.gui import i18n

    i18n.install(lang)
    window = make_window()
    problems = []

    def letters(actions, where: str) -> None:
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            found = re.search(r"&([^&])", action.text())
            if found is None:
                problems.append(f"{where}: {action.text()!r} has no access key")
                continue
            letter = found.group(1).casefold()
            if letter in seen:
                problems.append(f"{where}: {action.text()!r} and {seen[letter]!r} share &{letter}")
            seen[letter] = action.text()

    bar = window.menuBar().actions()
    assert (bar[0].text().replace("&", "") == "File") == (lang == "en")
    letters(bar, "menu bar")
    for top in bar:
        letters(top.menu().actions(), top.text().replace("&", ""))
    assert problems == []


def test_a_problem_in_the_share_window_is_announced(qtbot, journal, said) -> None:
    """Ticking a private entry stops the share with a line in red: a screen reader says
    it too (politely), and nothing is saved meanwhile."""
    from reflekt.gui.share_dialog import ExportDialog

    entry = journal.add("Only for me", title="Reorg worries", visibility="private")
    dialog = ExportDialog(journal, list(journal.iter_entries()), {entry.id})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "private" in dialog.status.text(), timeout=3000)
    assert (dialog.status.text(), QAccessible.AnnouncementPoliteness.Polite) in said
    assert "Reorg worries" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert journal.shares.list() == []
