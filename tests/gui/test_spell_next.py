"""Edit → Next misspelt word (F7): a person on the keyboard or with a screen reader
reaches each underlined word, hears it, and opens its suggestions with the Menu key."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from .test_spelling import WAIT, choose, menu_key, new_entry, words_underlined, write

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)


@pytest.fixture
def window(qtbot, make_window) -> Any:
    return make_window()


def f7(qtbot, window) -> str:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F7)
    return window.statusBar().currentMessage()


def test_f7_goes_from_word_to_word_through_title_and_text_and_says_each(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.title, "Wrokshop notes")
    write(qtbot, editor.body, "I did not recieve it.\nMy collegue sent it later.")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["recieve", "collegue"], timeout=WAIT)
    qtbot.waitUntil(lambda: editor.spelling.title.flagged != [], timeout=WAIT)
    editor.title.setFocus()
    editor.title.setCursorPosition(0)
    assert f7(qtbot, window) == "Misspelt: Wrokshop"
    assert editor.title.hasFocus() and editor.title.selectedText() == "Wrokshop"
    assert f7(qtbot, window) == "Misspelt: recieve"
    assert editor.body.hasFocus() and editor.body.textCursor().selectedText() == "recieve"
    assert f7(qtbot, window) == "Misspelt: collegue"
    assert editor.body.textCursor().selectedText() == "collegue"
    assert f7(qtbot, window) == "Misspelt: Wrokshop"  # round again from the title
    assert editor.title.hasFocus()


def test_after_f7_the_menu_key_offers_the_suggestions(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "Idag lärde jag mig mycket av min kolega på mötet.")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["kolega"], timeout=WAIT)
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.Start)
    assert f7(qtbot, window) == "Misspelt: kolega"
    menu = menu_key(qtbot, editor.body)
    choose(qtbot, menu, "kollega")
    qtbot.waitUntil(lambda: "min kollega på" in editor.body.toPlainText(), timeout=WAIT)


def test_f7_says_when_there_is_nothing_to_correct(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "I learned a lot today.")
    editor.spelling.check_now()
    qtbot.waitUntil(lambda: editor.spelling.service.is_ready(editor.spelling.lang), timeout=WAIT)
    text = editor.body.toPlainText()
    assert f7(qtbot, window) == "No misspelt words found"
    assert editor.body.toPlainText() == text and not editor.body.textCursor().hasSelection()
