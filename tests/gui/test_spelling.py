"""Spell checking in the editor, as a person meets it: the wavy underline under a
misspelt word (and nowhere else), the context menu's suggestions, *Add to my
dictionary*, *Ignore*, the entry's language switch, the setting that turns it off.

The dictionaries are the real ones (assets/dictionaries, read by spylls); the first
test in a process waits about a second and a half for each to load.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QScrollArea, QWidget

from reflekt.core.models import PersonLink, Relation

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)

WAIT = 20_000  # ms: a dictionary loads in about 1.5 s on a quiet machine
SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(edit: QPlainTextEdit) -> list[tuple[int, int, str]]:
    """(paragraph, column, word) of every range drawn with the spell-check underline."""
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == SPELL:
                text = block.text()[fmt.start : fmt.start + fmt.length]
                found.append((block.blockNumber(), fmt.start, text))
        block = block.next()
    return found


def words_underlined(edit: QPlainTextEdit) -> list[str]:
    return [word for _, _, word in underlined(edit)]


def new_entry(qtbot, window) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.entry is not None)
    return editor


def write(qtbot, edit, text: str) -> None:
    """Type ``text`` at the end of ``edit`` (a new paragraph for each line)."""
    edit.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        for char in line:
            if char.isascii():
                qtbot.keyClick(edit, char)
            else:  # å, ä, ö as a Swedish keyboard sends them (QTest knows ASCII only)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    key = Qt.Key(ord(char.upper())) if ord(char) < 256 else Qt.Key.Key_unknown
                    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(edit, event)


def open_menu_on(qtbot, edit: QPlainTextEdit, word: str) -> QMenu:
    """Right-click in the middle of ``word``, as the mouse would."""
    text = edit.toPlainText()
    at = text.index(word) + len(word) // 2
    cursor = edit.textCursor()
    cursor.setPosition(at)
    point = edit.cursorRect(cursor).center()
    window = edit.window().windowHandle()
    spot = edit.viewport().mapTo(edit.window(), point)
    from PySide6.QtTest import QTest

    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, spot)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    return QApplication.activePopupWidget()


def menu_key(qtbot, field: QWidget) -> QMenu:
    """The Menu key (or Shift+F10) on the focused field: the platform hands it a
    keyboard context-menu event at the text cursor."""
    field.setFocus()
    point = field.cursorRect().center()
    reason = QContextMenuEvent.Reason.Keyboard
    QApplication.sendEvent(field, QContextMenuEvent(reason, point, field.mapToGlobal(point)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    return QApplication.activePopupWidget()


def choose(qtbot, menu: QMenu, suggestion: str) -> None:
    """Wait for ``suggestion`` in the open menu, then pick it with the keyboard."""
    qtbot.waitUntil(lambda: any(a.data() == suggestion for a in menu.actions()), timeout=WAIT)
    action = next(a for a in menu.actions() if a.data() == suggestion)
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def pick(qtbot, menu: QMenu, name: str) -> None:
    """Press the access key of the menu entry whose text is ``name``."""
    action = next(a for a in menu.actions() if a.text().replace("&", "") == name)
    key = action.text()[action.text().index("&") + 1]
    qtbot.keyClick(menu, key)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


@pytest.fixture
def window(qtbot, make_window) -> Any:
    return make_window()


def test_a_misspelt_word_is_underlined_on_exactly_its_range(qtbot, window) -> None:
    from reflekt.gui.theme import SPELLING

    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "I did not recieve the notes from my collegue today.")
    write(qtbot, editor.body, "\nThe retro went well and nobody was late.")
    qtbot.waitUntil(lambda: len(underlined(editor.body)) == 2, timeout=WAIT)
    assert underlined(editor.body) == [(0, 10, "recieve"), (0, 36, "collegue")]
    block = editor.body.document().firstBlock()
    colours = {f.format.underlineColor().name() for f in block.layout().formats()}
    assert colours == {SPELLING[0]}
    assert editor.spelling.switch.currentText() == "English"


def test_swedish_compounds_and_known_words_are_not_flagged(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(
        qtbot,
        editor.body,
        "Vi hade ett lärandemöte om kunskapsdelning och jobbskuggning, "
        "och jag pratade med en kolega efter det.",
    )
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["kolega"], timeout=WAIT)
    # Guessed from the text: the switch says Swedish, and it is kept with the entry.
    assert editor.spelling.switch.currentText() == "Svenska"
    editor.save()
    assert window.journal.spelling.language(editor.entry.id) == "sv"


def test_names_from_the_journal_and_my_words_are_known(qtbot, window) -> None:
    from reflekt.core.spelling import speller

    journal = window.journal
    journal.add("Met her", people=[PersonLink("Xiomara Thörnqvist", Relation.WITH)])
    journal.spelling.add_word("okrish")
    assert not speller("en").known("Thörnqvist") and not speller("en").known("okrish")
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "Thörnqvist and I wrote an okrish plan with no flurbs in it.")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["flurbs"], timeout=WAIT)


def test_code_urls_mail_tags_and_numbers_are_never_flagged(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(
        qtbot,
        editor.body,
        "See `recieve` at https://example.com/recieve or recieve@example.com, "
        "tagged #recieve, build 3recieve; but this recieve is wrong.",
    )
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["recieve"], timeout=WAIT)
    (_, column, _), *_ = underlined(editor.body)
    assert column == editor.body.toPlainText().rindex("recieve")


def test_a_suggestion_replaces_the_word_as_one_undo_step(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "I did not recieve the notes")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["recieve"], timeout=WAIT)
    menu = open_menu_on(qtbot, editor.body, "recieve")
    texts = [a.text() for a in menu.actions()]
    assert "&Add to my dictionary" in texts and "&Ignore" in texts
    assert any(t.startswith("&Undo") for t in texts)  # the usual edit menu follows
    choose(qtbot, menu, "receive")
    assert editor.body.toPlainText() == "I did not receive the notes"
    qtbot.waitUntil(lambda: words_underlined(editor.body) == [], timeout=WAIT)
    assert editor.dirty  # saved like any change
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == "I did not recieve the notes"


def test_the_menu_opens_with_the_keyboard_on_the_word_at_the_cursor(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "My collegue")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["collegue"], timeout=WAIT)
    menu_key(qtbot, editor.body)
    choose(qtbot, QApplication.activePopupWidget(), "colleague")
    assert editor.body.toPlainText() == "My colleague"


def test_add_to_my_dictionary_unflags_everywhere_and_keeps_the_word(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.title, "Frobnitzing notes")
    write(qtbot, editor.body, "More frobnitzing today.\nAnd frobnitzing tomorrow.")
    qtbot.waitUntil(lambda: len(words_underlined(editor.body)) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: editor.spelling.title.flagged == [(0, 11)], timeout=WAIT)
    pick(qtbot, open_menu_on(qtbot, editor.body, "frobnitzing"), "Add to my dictionary")
    assert words_underlined(editor.body) == []
    assert editor.spelling.title.flagged == []  # the title's "Frobnitzing" too
    assert window.journal.spelling.words() == ["frobnitzing"]


def test_ignore_unflags_for_the_session_without_storing(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "A quuxly start, a quuxly end")
    qtbot.waitUntil(lambda: len(words_underlined(editor.body)) == 2, timeout=WAIT)
    pick(qtbot, open_menu_on(qtbot, editor.body, "quuxly"), "Ignore")
    assert words_underlined(editor.body) == []
    assert window.journal.spelling.words() == []
    write(qtbot, editor.body, ", quuxly again")
    editor.spelling.check_now()
    qtbot.wait(200)
    assert words_underlined(editor.body) == []


def test_choosing_the_language_rechecks_at_once_and_is_kept(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "Jag pratade med min kollega om mötet och det gick bra.")
    switch = editor.spelling.switch
    qtbot.waitUntil(lambda: switch.currentText() == "Svenska", timeout=WAIT)
    qtbot.waitUntil(lambda: words_underlined(editor.body) == [], timeout=WAIT)
    editor.save()
    entry_id = editor.entry.id
    switch.setFocus()
    qtbot.keyClick(switch, Qt.Key.Key_Down)  # Svenska → English
    assert switch.currentText() == "English"
    qtbot.waitUntil(lambda: "pratade" in words_underlined(editor.body), timeout=WAIT)
    assert window.journal.spelling.language(entry_id) == "en"
    # The person chose: more Swedish text does not switch it back.
    write(qtbot, editor.body, " Vi ses i morgon och då tar vi det igen.")
    editor.spelling.check_now()
    assert switch.currentText() == "English"
    window.list.set_current_row(0)
    editor.load(window.journal.get(entry_id))
    assert switch.currentText() == "English"


def test_turning_it_off_in_the_settings_removes_every_underline(qtbot, window) -> None:
    from .test_mainwindow import when_modal

    editor = new_entry(qtbot, window)
    write(qtbot, editor.title, "Wrokshop")
    write(qtbot, editor.body, "I did not recieve it")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["recieve"], timeout=WAIT)
    qtbot.waitUntil(lambda: editor.spelling.title.flagged != [], timeout=WAIT)
    seen: dict[str, Any] = {}

    def untick(dialog) -> None:
        from reflekt.gui.spell_settings import SpellingSettings

        section = dialog.findChild(SpellingSettings)
        section.enabled.setFocus()
        qtbot.keyClick(section.enabled, Qt.Key.Key_Space)
        seen["underlined"] = words_underlined(editor.body)
        seen["title"] = list(editor.spelling.title.flagged)
        seen["switch"] = editor.spelling.switch.isVisible()
        dialog.reject()

    when_modal(untick)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"underlined": [], "title": [], "switch": False}
    assert window.journal.spelling.enabled() is False
    write(qtbot, editor.body, " and no sepll check")
    editor.spelling.check_now()
    qtbot.wait(300)
    assert words_underlined(editor.body) == []


def test_the_title_is_checked_and_its_menu_replaces_the_word(qtbot, window) -> None:
    editor = new_entry(qtbot, window)
    title = editor.title
    write(qtbot, title, "Notes from the wrokshop")
    qtbot.waitUntil(lambda: editor.spelling.title.flagged == [(15, 23)], timeout=WAIT)
    title.setCursorPosition(18)
    menu_key(qtbot, title)
    choose(qtbot, QApplication.activePopupWidget(), "workshop")
    assert title.text() == "Notes from the workshop"
    assert editor.spelling.title.flagged == []
    title.undo()
    assert title.text() == "Notes from the wrokshop"


def test_sections_are_checked(qtbot, window) -> None:
    editor = window.editor
    assert editor.new_entry("mistake")
    first = next(iter(editor.sections_box.edits.values()))
    write(qtbot, first, "The deadline was mised")
    qtbot.waitUntil(lambda: words_underlined(first) == ["mised"], timeout=WAIT)


def test_until_the_dictionary_is_loaded_nothing_is_flagged_and_typing_never_waits(
    qtbot, make_window, monkeypatch
) -> None:
    """The dictionary loads off the window's thread (held back here until the test
    lets it go): typing goes on meanwhile, unflagged, then the underline comes."""
    import threading
    import time

    from reflekt.gui import spell_service

    loading_on: list[threading.Thread] = []
    let_go = threading.Event()
    real = spell_service._Worker._do

    def held_back(worker: Any, kind: str, payload: Any) -> None:
        if kind == "load":
            loading_on.append(threading.current_thread())
            let_go.wait(20)
        real(worker, kind, payload)

    monkeypatch.setattr(spell_service._Worker, "_do", held_back)
    monkeypatch.setitem(spell_service._service, "one", spell_service.SpellService())
    window = make_window()
    editor = new_entry(qtbot, window)
    started = time.perf_counter()
    write(qtbot, editor.body, "I did not recieve it")
    editor.spelling.check_now()
    assert time.perf_counter() - started < 5  # nothing waited for the held-back load
    qtbot.waitUntil(lambda: bool(loading_on))
    assert loading_on[0] is not threading.main_thread()
    qtbot.wait(400)
    assert words_underlined(editor.body) == []
    let_go.set()
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["recieve"], timeout=WAIT)


def test_the_spell_checker_answers_from_a_process_of_its_own() -> None:
    """spylls runs in its own process (no interpreter lock shared with the window), and
    the same answers come from this process when that one cannot run."""
    from reflekt.gui.spell_process import SpellChecker

    own, here = SpellChecker(), SpellChecker(own_process=False)
    try:
        request = {"op": "lookup", "lang": "sv", "words": ["kollega", "kolega", "lärandemöte"]}
        assert own.ask(request) == here.ask(request)
        assert own.ask(request)["known"] == {
            "kollega": True,
            "kolega": False,
            "lärandemöte": True,
        }
        assert own._process is not None and own._process.pid != os.getpid()
        suggest = {"op": "suggest", "lang": "en", "word": "recieve"}
        assert "receive" in own.ask(suggest)["suggestions"]
        assert "error" in own.ask({"op": "load", "lang": "de"})  # no such dictionary
        own._process.kill()  # the process dies: the next answer comes from here
        own._process.wait()
        assert own.ask(request) == here.ask(request) and not own.own_process
    finally:
        own.stop()


def test_the_underline_follows_a_change_of_theme(qtbot, window) -> None:
    from reflekt.gui.theme import SPELLING, apply_theme

    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "My collegue")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["collegue"], timeout=WAIT)
    assert editor.save() and not editor.dirty
    apply_theme("dark")
    block = editor.body.document().firstBlock()
    qtbot.waitUntil(
        lambda: (
            [f.format.underlineColor().name() for f in block.layout().formats()] == [SPELLING[1]]
        )
    )
    assert not editor.dirty  # a new colour is no edit: nothing to save


def test_a_character_being_composed_in_the_title_is_left_alone(qtbot, window) -> None:
    """An input method's composition (a dead key, say) is not ended by the checker: it
    sends the title nothing until the composed character is committed."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QInputMethodEvent

    editor = new_entry(qtbot, window)
    title = editor.title
    write(qtbot, title, "Notes from the wrokshop ")
    qtbot.waitUntil(lambda: editor.spelling.title.flagged == [(15, 23)], timeout=WAIT)

    class Seen(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.preedits: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.InputMethod:
                self.preedits.append(event.preeditString())
            return False

    seen = Seen()
    title.installEventFilter(seen)
    title.setFocus()
    QApplication.sendEvent(title, QInputMethodEvent("´", []))  # composing é
    editor.spelling.ignore("wrokshop")  # an answer arrives while composing
    assert seen.preedits == ["´"]  # nothing came between: the composition goes on
    commit = QInputMethodEvent("", [])
    commit.setCommitString("é")
    QApplication.sendEvent(title, commit)
    assert title.text() == "Notes from the wrokshop é"
    assert editor.spelling.title.flagged == []


def test_the_settings_choose_which_languages_the_switch_offers(qtbot, window) -> None:
    from reflekt.gui.spell_settings import SpellingSettings

    from .test_mainwindow import when_modal

    seen: dict[str, Any] = {}

    def only_swedish(dialog) -> None:
        section = dialog.findChild(SpellingSettings)
        english = section.language_boxes["en"]
        english.setFocus()
        qtbot.keyClick(english, Qt.Key.Key_Space)
        # The last language left cannot be unticked (turn checking off instead).
        seen["swedish can be unticked"] = section.language_boxes["sv"].isEnabled()
        dialog.reject()

    when_modal(only_swedish)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"swedish can be unticked": False}
    assert window.journal.spelling.languages() == ("sv",)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = new_entry(qtbot, window)  # the window speaks English; English is not offered
    assert editor.spelling.lang == "sv"
    assert not editor.spelling.switch.isVisible()  # one language: nothing to switch
    write(qtbot, editor.body, "Vi hade ett bra mote")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["mote"], timeout=WAIT)


def test_a_dictionary_that_cannot_load_flags_nothing_and_says_why(
    qtbot, make_window, monkeypatch
) -> None:
    from reflekt.gui import spell_process, spell_service

    def broken(request: dict) -> dict:
        return {"error": "the file sv_SE.aff is missing"}

    monkeypatch.setattr(spell_service, "OWN_PROCESS", False)
    monkeypatch.setattr(spell_process, "answer_here", broken)
    monkeypatch.setitem(spell_service._service, "one", spell_service.SpellService())
    window = make_window()
    editor = new_entry(qtbot, window)
    write(qtbot, editor.body, "Jag pratade med min kolega om mötet och det gick bra.")
    switch = editor.spelling.switch
    qtbot.waitUntil(  # the language guessed from the text, and why it cannot be checked
        lambda: "checked in Svenska: the file sv_SE.aff is missing" in switch.toolTip(),
        timeout=WAIT,
    )
    assert words_underlined(editor.body) == []


def test_a_very_long_entry_is_checked_where_it_shows(qtbot, window) -> None:
    """A pasted log of 60,000 lines opens without checking all of it: the words on
    screen are checked, and the rest as scrolling brings it into view."""
    import time

    lines = [f"Line {i}: some pasted log output here" for i in range(60_000)]
    lines[3] = "Line 3: the buld failed"
    lines[59_990] = "Line 59990: the deploy was aborteed"
    entry = window.journal.add("\n".join(lines), title="Build log")
    editor = window.editor
    started = time.perf_counter()
    assert editor.load(entry)
    assert time.perf_counter() - started < 1.5
    body = editor.body

    def underlined_in(number: int) -> list[str]:
        block = body.document().findBlockByNumber(number)
        return [block.text()[f.start : f.start + f.length] for f in block.layout().formats()]

    qtbot.waitUntil(lambda: underlined_in(3) == ["buld"], timeout=WAIT)
    assert underlined_in(59_990) == []  # not checked while out of sight
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)  # the field scrolls to its end, and the page to the field's
    body.ensureCursorVisible()
    page = editor.stack.currentWidget()
    assert isinstance(page, QScrollArea)
    spot = body.viewport().mapTo(editor.page, body.cursorRect().center())
    page.ensureVisible(spot.x(), spot.y(), 50, 300)
    qtbot.waitUntil(lambda: underlined_in(59_990) == ["aborteed"], timeout=WAIT)


def test_the_menu_speaks_swedish_with_access_keys_clear_of_qt_s_own(qtbot, make_window) -> None:
    from reflekt.gui import i18n

    i18n.install("sv")
    window = make_window()
    editor = new_entry(qtbot, window)
    assert editor.spelling.switch.currentText() == "Svenska"  # the window's language
    write(qtbot, editor.body, "Jag pratade med min kolega")
    qtbot.waitUntil(lambda: words_underlined(editor.body) == ["kolega"], timeout=WAIT)
    menu = open_menu_on(qtbot, editor.body, "kolega")
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "&Lägg till i min ordlista" in texts and "Ig&norera" in texts
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(keys) == len(set(keys)), texts  # each access key leads to one entry
    choose(qtbot, menu, "kollega")
    assert editor.body.toPlainText() == "Jag pratade med min kollega"
