"""The desktop app driven the way a person uses it: keys, clicks, and what shows up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QListWidget

from reflekt.core.journal import Journal
from reflekt.core.models import Filters, Kind, Visibility
from reflekt.gui.dialogs import TemplateChooser
from reflekt.gui.entry_list import EntryListModel

from .conftest import FakeTray


def seed(path: Path, *entries: dict) -> list[str]:
    with Journal.open(path) as j:
        return [j.add(**e).id for e in entries]


def titles(window) -> list[str]:
    m = window.model
    return [m.entry_at(r).display_title for r in range(m.rowCount())]


def when_modal(callback) -> None:
    """Run ``callback(dialog)`` as soon as a modal dialog is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            callback(dialog)

    QTimer.singleShot(0, poll)


def test_write_from_template_with_the_keyboard_and_find_it_after_reopening(
    qtbot, make_window, journal_path
) -> None:
    window = make_window()

    def choose_gibbs(dialog: QDialog) -> None:
        assert isinstance(dialog, TemplateChooser)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # Free reflection -> Gibbs
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(choose_gibbs)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    first = window.focusWidget()
    assert first.accessibleName() == "Description"
    qtbot.keyClicks(first, "The quarterly demo froze on stage")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "Embarrassed, then curious")
    qtbot.waitUntil(lambda: window.journal.count() == 1, timeout=3000)
    window.close()

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search
    qtbot.keyClicks(window.search, "froze")
    qtbot.waitUntil(lambda: window.model.query == "froze", timeout=2000)
    assert titles(window) == ["The quarterly demo froze on stage"]
    entry = window.editor.entry
    assert entry.template == "gibbs"
    assert entry.sections == {
        "description": "The quarterly demo froze on stage",
        "feelings": "Embarrassed, then curious",
    }


def test_autosave_persists_without_saving(qtbot, make_window, journal_path) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.editor.body
    qtbot.keyClicks(window.editor.body, "Asked for help early and it paid off")
    assert "Editing" in window.saved_label.text()
    with Journal.open(journal_path) as other:  # another connection, like a later start
        qtbot.waitUntil(lambda: other.count() == 1, timeout=3000)
        (entry,) = other.list().entries
        assert entry.body == "Asked for help early and it paid off"
    assert window.saved_label.text() == "Saved"
    # Further typing updates the same entry rather than adding another.
    qtbot.keyClicks(window.editor.body, ".")
    with Journal.open(journal_path) as other:
        qtbot.waitUntil(lambda: other.list().entries[0].body.endswith("off."), timeout=3000)
        assert other.count() == 1


def test_unsaved_text_is_saved_when_switching_entries_and_closing(
    qtbot, make_window, journal_path
) -> None:
    seed(
        journal_path, {"body": "older", "day": "2026-01-01"}, {"body": "newer", "day": "2026-02-01"}
    )
    window = make_window()
    assert titles(window) == ["newer", "older"]
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, " edited")
    window._select_row(1)  # switching saves at once, without waiting for the timer
    with Journal.open(journal_path) as other:
        bodies = sorted(e.body for e in other.list().entries)
    assert bodies == ["newer edited", "older"]
    qtbot.keyClick(window.editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, " too")
    window.close()
    with Journal.open(journal_path) as other:
        assert sorted(e.body for e in other.list().entries) == ["newer edited", "older too"]


def test_search_narrows_the_list_and_esc_restores_it(qtbot, make_window, journal_path) -> None:
    seed(
        journal_path,
        {"body": "Fick bra återkoppling från Åsa", "title": "Återkoppling"},
        {"body": "Deploy checklist"},
        {"body": "Lunch with the sales team"},
    )
    window = make_window()
    assert len(titles(window)) == 3
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "aterkoppling")
    qtbot.waitUntil(lambda: titles(window) == ["Återkoppling"], timeout=2000)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert len(titles(window)) == 3


def test_down_in_the_search_opens_the_first_match(qtbot, make_window, journal_path) -> None:
    seed(journal_path, {"body": "Deploy checklist"}, {"body": "Lunch with the sales team"})
    window = make_window()
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "lunch")
    qtbot.waitUntil(lambda: len(titles(window)) == 1, timeout=2000)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.search.text() == "lunch"  # the key moved on; it typed nothing
    qtbot.waitUntil(window.list.hasFocus, timeout=2000)
    assert window.editor.body.toPlainText() == "Lunch with the sales team"


def test_search_combines_with_the_sidebar_view(qtbot, make_window, journal_path) -> None:
    seed(
        journal_path,
        {"body": "feedback one", "starred": True},
        {"body": "feedback two"},
    )
    window = make_window()
    window.go("view:starred")
    window.search.setText("feedback")
    window._apply_search()
    assert titles(window) == ["feedback one"]


def test_delete_and_undo(qtbot, make_window, journal_path) -> None:
    seed(
        journal_path,
        {"body": "keep me", "day": "2026-01-01"},
        {"body": "oops", "day": "2026-02-01"},
    )
    window = make_window()
    window.list.setFocus()
    window._select_row(0)
    assert window.editor.entry.body == "oops"
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert titles(window) == ["keep me"]
    assert window.journal.count(Filters(trash=True)) == 1
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == ["keep me", "oops"]
    assert window.journal.count(Filters(trash=True)) == 0


def test_delete_key_in_the_text_deletes_text_not_the_entry(
    qtbot, make_window, journal_path
) -> None:
    seed(journal_path, {"body": "abc"})
    window = make_window()
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert body.toPlainText() == "bc"
    assert window.journal.count() == 1


def test_restore_from_trash(qtbot, make_window, journal_path) -> None:
    (entry_id,) = seed(journal_path, {"body": "second thoughts"})
    with Journal.open(journal_path) as j:
        j.delete(entry_id)
    window = make_window()
    assert titles(window) == []
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.key == "view:trash"
    assert titles(window) == ["second thoughts"]
    assert window.editor.trash_bar.isVisible()
    qtbot.mouseClick(window.editor.restore_button, Qt.MouseButton.LeftButton)
    assert titles(window) == []
    window.go("view:all")
    assert titles(window) == ["second thoughts"]


def test_empty_trash_asks_then_removes(
    qtbot, make_window, journal_path, no_blocking_message_boxes
) -> None:
    (entry_id,) = seed(journal_path, {"body": "gone"})
    with Journal.open(journal_path) as j:
        j.delete(entry_id)
    window = make_window()
    window.go("view:trash")
    window.empty_trash_action.trigger()
    assert "cannot be undone" in no_blocking_message_boxes[-1]
    assert window.journal.count(Filters(trash=True)) == 0
    assert titles(window) == []


def test_link_an_entry_to_a_goal_from_the_editor(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        goal = j.goals.add("Facilitate a workshop")
        j.add("Planned the agenda with HR")
    window = make_window()
    goals: QListWidget = window.editor.goals
    assert goals.isVisible()
    item = goals.item(0)
    assert item.text() == "Facilitate a workshop"
    rect = goals.visualItemRect(item)
    checkbox = QPoint(rect.left() + 10, rect.center().y())  # the check indicator
    qtbot.mouseClick(goals.viewport(), Qt.MouseButton.LeftButton, pos=checkbox)
    assert item.checkState() == Qt.CheckState.Checked
    window.editor.save()
    assert window.journal.get(window.editor.entry.id).goals == [goal.id]
    assert window.journal.goals.get(goal.id).entry_count == 1


def test_goals_dialog_creates_goal_and_shows_evidence(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        goal = j.goals.add("Present to management")
        j.add("Rehearsed the budget slides", goals=[goal.id])
    window = make_window()
    seen = {}

    def inspect(dialog) -> None:
        seen["evidence"] = [dialog.evidence.item(i).text() for i in range(dialog.evidence.count())]
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        dialog.title.setText("Mentor a new colleague")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.achieved_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(inspect)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert len(seen["evidence"]) == 1 and "Rehearsed the budget slides" in seen["evidence"][0]
    statuses = {g.title: g.status.value for g in window.journal.goals.list()}
    assert statuses == {"Present to management": "active", "Mentor a new colleague": "achieved"}


def test_shareable_is_unmistakable(qtbot, make_window, journal_path) -> None:
    seed(journal_path, {"body": "private thoughts"})
    window = make_window()
    assert "Private" in window.editor.banner.text()
    qtbot.mouseClick(window.editor.shareable, Qt.MouseButton.LeftButton)
    assert "Shareable" in window.editor.banner.text()
    window.editor.save()
    assert window.journal.list().entries[0].visibility is Visibility.SHAREABLE


def test_today_view_shows_the_prompt_and_write_about_it(qtbot, make_window, journal_path) -> None:
    window = make_window(today=dt.date(2026, 3, 2))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.prompt_banner.isVisible()
    prompt = window.prompt_banner.label.text()
    assert prompt.startswith("Today's prompt:")
    qtbot.mouseClick(window.prompt_banner.button, Qt.MouseButton.LeftButton)
    assert window.editor.prompt_label.isVisible()
    assert window.editor.prompt_label.text() in prompt
    assert window.editor.day.date().toPython() == dt.date(2026, 3, 2)


def test_on_this_day_lists_earlier_years(qtbot, make_window, journal_path) -> None:
    seed(
        journal_path,
        {"body": "a year ago", "day": "2025-03-02"},
        {"body": "same day this year", "day": "2026-03-02"},
        {"body": "another day", "day": "2025-03-03"},
    )
    window = make_window(today=dt.date(2026, 3, 2))
    window.go("view:on-this-day")
    assert titles(window) == ["a year ago"]


def test_calendar_marks_days_and_jumps_to_one(qtbot, make_window, journal_path) -> None:
    today = dt.date.today()
    seed(journal_path, {"body": "today's note", "day": today.isoformat()})
    window = make_window()
    from PySide6.QtCore import QDate

    qdate = QDate(today.year, today.month, today.day)
    assert window.sidebar.calendar.dateTextFormat(qdate).font().bold()
    window.sidebar.calendar.clicked.emit(qdate)
    assert window.sidebar.key == f"day:{today.isoformat()}"
    assert titles(window) == ["today's note"]


def test_sidebar_counts_and_filters(qtbot, make_window, journal_path) -> None:
    seed(
        journal_path,
        {"body": "a", "kind": "lesson", "tags": ["deploy"]},
        {"body": "b", "kind": "lesson"},
        {"body": "c", "tags": ["Deploy"], "skills": ["SQL"], "people": ["Sara"]},
    )
    window = make_window()
    items = {
        it.data(0, Qt.ItemDataRole.UserRole + 10): it.text(1) for it in window.sidebar._items()
    }
    assert items["view:all"] == "3"
    assert items["kind:lesson"] == "2"
    assert items["tag:deploy"] == "2"
    assert items["skill:SQL"] == "1"
    assert items["person:Sara"] == "1"
    window.go("tag:deploy")
    assert sorted(titles(window)) == ["a", "c"]


def test_the_list_model_passes_qt_model_tester(qtbot, journal_path) -> None:
    seed(journal_path, *({"body": f"entry {i}", "day": f"2026-01-{i + 1:02d}"} for i in range(12)))
    with Journal.open(journal_path) as j:
        model = EntryListModel()
        model.PAGE_SIZE = 5
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
        model.set_journal(j)
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 12
        model.set_query("entry")
        model.set_filters(Filters(kind=Kind.REFLECTION))
        assert tester is not None


def test_a_large_journal_loads_only_a_page_at_start(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as j:
        j.add_many({"body": f"entry {i}", "day": "2026-01-01"} for i in range(1500))
    window = make_window()
    assert window.model.rowCount() == EntryListModel.PAGE_SIZE
    window.list.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > EntryListModel.PAGE_SIZE, timeout=2000)
    assert window.model.rowCount() < 1500


def test_external_changes_show_up(qtbot, make_window, journal_path) -> None:
    window = make_window()
    from reflekt.cli import main

    assert main(["--journal", str(journal_path), "add", "written from the terminal"]) == 0
    window.session.check_external_changes()
    assert titles(window) == ["written from the terminal"]


def test_reminder_uses_the_tray_when_there_is_one(qtbot, make_window) -> None:
    window = make_window()
    window.show_reminder()
    assert window.tray.messages and window.tray.messages[0][0] == "Time to reflect"
    assert not window.reminder_banner.isVisible()


def test_reminder_shows_in_the_app_without_a_tray(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.setattr(FakeTray, "available_default", False)
    window = make_window()
    window.show_reminder()
    assert window.reminder_banner.isVisible()
    qtbot.mouseClick(window.reminder_banner.button, Qt.MouseButton.LeftButton)
    assert window.editor.is_draft
    assert not window.reminder_banner.isVisible()


def test_shortcuts_dialog_lists_the_actions(qtbot, make_window) -> None:
    window = make_window()
    seen = {}

    def read(dialog) -> None:
        table = dialog.table
        seen["rows"] = {
            table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())
        }
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert seen["rows"]["New entry"] == "Ctrl+N"
    assert seen["rows"]["Keyboard shortcuts"] == "Ctrl+/"
    assert seen["rows"]["User guide"] == "F1"


def test_every_icon_only_button_has_an_accessible_name(qtbot, make_window, journal_path) -> None:
    from PySide6.QtWidgets import QAbstractButton

    seed(journal_path, {"body": "x", "people": ["Sara"]})
    window = make_window()
    for button in window.findChildren(QAbstractButton):
        text = button.text().replace("&", "").strip()
        if button.isVisible() and (not text or len(text) <= 2):
            assert button.accessibleName(), f"{button} shows only {text!r}"


def test_welcome_screen_start_writing(qtbot, make_window, settings) -> None:
    settings.welcomed = False
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert window.editor.is_draft
    assert settings.welcomed


def test_welcome_screen_opens_a_separate_demo_journal(
    qtbot, make_window, settings, journal_path
) -> None:
    settings.welcomed = False
    window = make_window()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.journal.path.name == "demo.reflekt"
    assert window.journal.path != journal_path
    assert window.model.rowCount() > 50
    assert "Demo" in window.windowTitle()
    with Journal.open(journal_path) as mine:
        assert mine.count() == 0


def test_window_state_and_last_view_are_restored(qtbot, make_window, journal_path) -> None:
    window = make_window()
    window.resize(780, 560)  # inside the offscreen screen, so nothing gets clamped
    window.splitter.setSizes([200, 250, 300])
    window.go("view:starred")
    sizes = window.splitter.sizes()
    window.close()
    window = make_window()
    assert window.sidebar.key == "view:starred"
    assert window.size().width() == 780
    assert window.splitter.sizes() == sizes


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_setting_changes_the_palette(qtbot, make_window, theme) -> None:
    from PySide6.QtGui import QPalette

    from reflekt.gui.theme import apply_theme

    window = make_window()
    apply_theme(theme)
    qtbot.wait(10)  # palette changes reach widgets through the event loop
    lightness = window.palette().color(QPalette.ColorRole.Window).lightness()
    assert (lightness < 100) == (theme == "dark")


def test_a_failed_save_keeps_the_text_and_the_entry_open(
    qtbot, make_window, journal_path, monkeypatch, no_blocking_message_boxes
) -> None:
    from reflekt.errors import JournalError

    seed(
        journal_path,
        {"body": "first", "day": "2026-01-01"},
        {"body": "second", "day": "2026-02-01"},
    )
    window = make_window()
    body = window.editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " and more")

    def disk_full(*a, **k):
        raise JournalError("The disk is full. Free some space and reflekt saves again.")

    with monkeypatch.context() as m:
        m.setattr(window.journal, "update", disk_full)
        window._select_row(1)  # try to move on
        assert window.editor.entry.body == "second"  # still the entry being written
        assert body.toPlainText() == "second and more"
        assert "disk is full" in window.saved_label.text()
        assert any("disk is full" in text for text in no_blocking_message_boxes)
    assert window.editor.save()
    assert window.journal.get(window.editor.entry.id).body == "second and more"


def test_growth_review_opens_and_a_chart_click_lists_those_entries(
    qtbot, make_window, journal_path
) -> None:
    seed(
        journal_path,
        {"body": "march lesson", "day": "2026-03-02", "kind": "lesson"},
        {"body": "april note", "day": "2026-04-10"},
    )
    window = make_window(today=dt.date(2026, 5, 1))
    qtbot.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.pages.currentWidget() is window.growth_page
    day = dt.date(2026, 3, 2)
    window.growth.entriesRequested.emit(Filters(date_from=day, date_to=day))
    assert window.pages.currentWidget() is window.splitter
    assert titles(window) == ["march lesson"]
    assert "1 entry" in window.prompt_banner.label.text()
    qtbot.mouseClick(window.prompt_banner.button, Qt.MouseButton.LeftButton)
    assert window.sidebar.key == "view:all"
    assert len(titles(window)) == 2


def test_tab_walks_the_editor_from_top_to_bottom(qtbot, make_window) -> None:
    window = make_window()
    window.new_entry("aar")
    window.editor.title.setFocus()
    names: list[str] = []
    for _ in range(14):  # Tab also steps through the date's day, month and year
        name = window.focusWidget().accessibleName()
        if not names or names[-1] != name:
            names.append(name)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert names[:5] == ["Title", "Star", "Shareable", "Date", "Kind"]  # as they sit
    assert names[5:9] == [
        "What was supposed to happen?",
        "What actually happened?",
        "Why were there differences?",
        "What will I do next time?",
    ]


def test_switching_journals_never_drops_unsaved_text(
    qtbot, make_window, journal_path, tmp_path, monkeypatch, no_blocking_message_boxes
) -> None:
    from reflekt.errors import JournalError

    seed(journal_path, {"body": "draft"})
    window = make_window()
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, " that must not vanish")

    def disk_full(*a, **k):
        raise JournalError("The disk is full.")

    with monkeypatch.context() as m:
        m.setattr(window.journal, "update", disk_full)
        window.session.switch(tmp_path / "other.reflekt", create=True)
        assert window.journal.path == journal_path  # stayed, with the text on screen
        assert window.editor.body.toPlainText() == "draft that must not vanish"
    window.session.switch(tmp_path / "other.reflekt", create=True)
    assert window.journal.path == tmp_path / "other.reflekt"
    with Journal.open(journal_path) as old:
        assert old.list().entries[0].body == "draft that must not vanish"


def test_settings_open_another_journal_goes_through_the_window(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    from tests.gui.file_dialogs import answer_save_dialog

    from reflekt.gui.settings_dialog import SettingsDialog

    window = make_window()
    target = tmp_path / "second"
    answer_save_dialog(qtbot, target)
    dialog = SettingsDialog(window.settings, window.journal.path, window)
    qtbot.addWidget(dialog)
    dialog.journalRequested.connect(window.session.choose)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert window.journal.path == tmp_path / "second.reflekt"
