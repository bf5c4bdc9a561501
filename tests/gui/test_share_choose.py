"""Sharing more than what is on screen: the share dialog chooses by period, kind, tag
and skill over the whole journal, counts the choice, and exports exactly it (issue #16)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.gui.file_dialogs import Answered, answer_save_dialog

from reflekt.core.journal import Journal
from reflekt.gui.share_choose import SYNC_LIMIT
from reflekt.gui.share_dialog import TEXT_ON_GUI_THREAD, ExportDialog
from reflekt.share import export

TODAY = dt.date.today()
LAST_YEAR = TODAY.year - 1
ENTRIES = 3000  # more than the list used to load (500) and than SYNC_LIMIT


def plan(i: int) -> dict:
    """Entry ``i`` of the big journal: spread over last year and this one."""
    day = dt.date(LAST_YEAR, 1, 1) + dt.timedelta(days=i % (365 + TODAY.timetuple().tm_yday))
    return {
        "title": f"Entry {i:05d}",
        "body": f"What happened in entry {i}.",
        "kind": "lesson" if i % 3 == 0 else "reflection",
        "tags": ["migration"] if i % 4 == 0 else ["meetings"],
        "skills": ["sql"] if i % 5 == 0 else [],
        "visibility": "private" if i % 7 == 0 else "shareable",
        "day": day.isoformat(),
    }


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "journal.reflekt"
    with Journal.open(path) as j:
        j.add_many(plan(i) for i in range(ENTRIES))  # the bulk path: one transaction
    return path


@pytest.fixture
def journal(big_journal: Path, tmp_path: Path):
    copy = tmp_path / "journal.reflekt"
    copy.write_bytes(big_journal.read_bytes())
    with Journal.open(copy) as j:
        export.set_author(j, "Alex Andersson", "Support")
        yield j


def open_dialog(qtbot, journal: Journal) -> ExportDialog:
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pick(qtbot, combo, typed: str) -> None:
    """Choose in a combo box as a person does with the keyboard: focus it, type the
    start of the item (a space would open its list)."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)


def titles(text: str) -> set[str]:
    return set(re.findall(r"Entry \d{5}", text))


def test_choose_a_period_kind_and_tag_over_the_whole_journal(qtbot, journal, tmp_path) -> None:
    dialog = open_dialog(qtbot, journal)
    # The whole journal is read (off the GUI thread: more than SYNC_LIMIT entries).
    assert ENTRIES > SYNC_LIMIT
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    assert dialog.choose.model.rowCount() == ENTRIES
    assert dialog.choose.count.text().startswith(f"{ENTRIES:,}".replace(",", "") + " entries")

    pick(qtbot, dialog.choose.period, "Last")
    pick(qtbot, dialog.choose.kind, "Lesson")
    pick(qtbot, dialog.choose.tag, "migration")
    assert dialog.choose.period.currentData() == "last-year"
    assert dialog.choose.kind.currentData() == "lesson"
    assert dialog.choose.tag.currentData() == "migration"

    matching = [
        plan(i)
        for i in range(ENTRIES)
        if plan(i)["day"].startswith(str(LAST_YEAR))
        and plan(i)["kind"] == "lesson"
        and "migration" in plan(i)["tags"]
    ]
    shareable = [p for p in matching if p["visibility"] == "shareable"]
    private = len(matching) - len(shareable)
    assert private > 0 and len(shareable) > TEXT_ON_GUI_THREAD / 4
    # The count before any preview: all that match, the shareable ones chosen.
    assert dialog.choose.count.text() == f"{len(matching)} entries match · {len(shareable)} chosen."
    assert dialog.choose.model.rowCount() == len(matching)

    assert dialog.wait_until_ready()
    assert dialog.preview is not None, dialog.status.text()
    assert titles(dialog.text_view.toPlainText()) == {p["title"] for p in shareable}
    assert dialog.status.text().startswith(f"{len(shareable)} entries will leave")

    answer_save_dialog(qtbot, tmp_path / "lessons-of-the-year", Answered())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "lessons-of-the-year.md"
    assert written.is_file()
    assert titles(written.read_text(encoding="utf-8")) == {p["title"] for p in shareable}
    assert len(journal.shares.list()[0].entries) == len(shareable)


def test_a_skill_and_days_between_narrow_the_choice(qtbot, journal) -> None:
    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    pick(qtbot, dialog.choose.period, "Between")
    assert dialog.choose.date_from.isEnabled() and dialog.choose.date_to.isEnabled()
    dialog.choose.date_from.setDate(dt.date(LAST_YEAR, 3, 1))
    dialog.choose.date_to.setDate(dt.date(LAST_YEAR, 3, 31))
    pick(qtbot, dialog.choose.skill, "sql")
    expected = {
        plan(i)["title"]
        for i in range(ENTRIES)
        if f"{LAST_YEAR}-03-" in plan(i)["day"] and plan(i)["skills"]
    }
    assert dialog.choose.model.rowCount() == len(expected)
    assert {row.display_title for row in dialog.choose.model.rows} == expected


def test_untick_one_with_the_keyboard_and_it_stays_home(qtbot, journal) -> None:
    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    pick(qtbot, dialog.choose.period, "Last")
    pick(qtbot, dialog.choose.kind, "Lesson")
    pick(qtbot, dialog.choose.tag, "migration")
    view, model = dialog.choose.list, dialog.choose.model
    row = next(i for i in range(model.rowCount()) if not model.rows[i].private)
    left_out = model.rows[row].display_title
    view.setFocus()
    view.setCurrentIndex(model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.index(row).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.wait_until_ready() and dialog.preview is not None
    shown = titles(dialog.text_view.toPlainText())
    assert left_out not in shown and shown


def test_choosing_everything_previews_off_the_gui_thread_and_asks_for_consent(
    qtbot, journal
) -> None:
    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    pick(qtbot, dialog.choose.period, "This")
    chosen = len(dialog.choose.chosen_ids())
    assert chosen > TEXT_ON_GUI_THREAD
    dialog.update_preview()
    assert dialog.status.text() == "Preparing the preview…"  # back at once
    assert not dialog.save_button.isEnabled()
    assert dialog.wait_until_ready(60_000) and dialog.preview is not None
    assert len(dialog.preview.entry_ids) == chosen

    qtbot.mouseClick(dialog.choose.all_button, Qt.MouseButton.LeftButton)
    assert dialog.wait_until_ready(60_000)
    # Private entries are now ticked: nothing leaves until the person agrees.
    assert dialog.preview is None and not dialog.save_button.isEnabled()
    assert "private" in dialog.status.text()
    assert dialog.consent.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.choose.none_button, Qt.MouseButton.LeftButton)
    assert dialog.wait_until_ready()
    assert dialog.choose.chosen_ids() == []
    assert dialog.status.text() == "Choose at least one entry to share."
    assert journal.shares.list() == []  # nothing left the machine


def test_the_choice_is_reached_with_tab_and_named(qtbot, journal) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    dialog.activateWindow()
    choose = dialog.choose
    pick(qtbot, choose.period, "Between")
    order = [choose.period]
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        # A date field's focus is in its inner line edit, and Tab walks its day, month
        # and year first: name the control once.
        if widget.parent() in (choose.date_from, choose.date_to):
            widget = widget.parent()
        if widget is not order[-1]:
            order.append(widget)
        if widget is choose.list:
            break
    assert order == [
        choose.period,
        choose.date_from,
        choose.date_to,
        choose.kind,
        choose.tag,
        choose.skill,
        choose.all_button,
        choose.none_button,
        choose.list,
    ]
    for widget in order:
        assert widget.accessibleName() or widget.text(), widget
    for combo in (choose.period, choose.kind, choose.tag, choose.skill):
        labels = [
            label for label in choose.findChildren(type(choose.count)) if label.buddy() is combo
        ]
        assert labels, combo.accessibleName()  # a buddy label a screen reader announces


def test_share_from_the_window_offers_more_than_the_list_has_loaded(
    qtbot, make_window, journal_path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    with Journal.open(journal_path) as j:
        j.add_many(plan(i) for i in range(700))  # the list loads about 500 at first
    window = make_window()
    window.show()
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, look)
            return
        qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
        seen["listed"] = dialog.choose.model.rowCount()
        seen["count"] = dialog.choose.count.text()
        seen["open"] = dialog.choose.chosen_ids()
        # Enter in the period box does not tick every entry (no default button there).
        dialog.choose.period.setFocus()
        qtbot.keyClick(dialog.choose.period, Qt.Key.Key_Return)
        seen["chosen"] = len(dialog.choose.chosen_ids())
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "listed" in seen, timeout=30_000)
    # Every entry is offered; the one open in the editor is the one ticked.
    assert seen["listed"] == 700
    assert seen["count"] == "700 entries match · 1 chosen."
    assert seen["chosen"] == 1
    assert seen["open"] == [window.editor.entry.id]


def test_a_word_left_out_of_a_large_choice_leaves_none_of_them(qtbot, journal) -> None:
    from reflekt.gui.share_names import WRITES_ON_GUI_THREAD

    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    pick(qtbot, dialog.choose.period, "This")
    chosen = dialog.choose.chosen_ids()
    assert len(chosen) > WRITES_ON_GUI_THREAD
    assert dialog.wait_until_ready(60_000) and "happened" in dialog.text_view.toPlainText()
    qtbot.keyClicks(dialog.extra_word, "happened")
    qtbot.keyClick(dialog.extra_word, Qt.Key.Key_Return)
    assert dialog.wait_until_ready(60_000) and dialog.preview is not None
    text = dialog.text_view.toPlainText()
    assert "happened" not in text and len(titles(text)) == len(chosen)
    assert dialog.extra_word.text() == ""


def test_copying_a_large_choice_puts_all_of_it_on_the_clipboard(qtbot, journal) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = open_dialog(qtbot, journal)
    qtbot.waitUntil(dialog.choose.is_ready, timeout=30_000)
    pick(qtbot, dialog.choose.period, "This")
    chosen = dialog.choose.chosen_ids()
    assert len(chosen) > TEXT_ON_GUI_THREAD
    assert dialog.wait_until_ready(60_000) and dialog.copy_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    pasted = QGuiApplication.clipboard().mimeData()
    assert len(titles(pasted.text())) == len(chosen)
    assert len(titles(pasted.html())) == len(chosen)
    assert journal.shares.list()[0].path == "(clipboard)"
