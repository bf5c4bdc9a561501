"""Spell checking in the entry editor: which language, when to check, what the
context menu does. ``editor.py`` makes one ``EditorSpelling`` and tells it which
entry it shows; everything else happens here.

- The entry's spelling language: a small switch above the text, beside *Preview*.
  A new entry starts in the window's language (when the settings offer it), then
  follows the language guessed from its text once there is enough, until the person picks one; what was
  picked or guessed is stored with the entry (``journal.spelling.set_language``).
- Checking waits until typing pauses (``CHECK_DELAY_MS``), asks for the words on
  screen first, then the rest, and never waits for an answer (gui/spell_service.py).
- The settings ``spelling.enabled`` and ``spelling.languages`` live in the journal
  (gui/spell_settings.py changes them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QBoxLayout, QComboBox, QPlainTextEdit, QWidget

from reflekt.errors import ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.spell_check import SpellHighlighter, TitleSpelling, utf16_ranges
from reflekt.gui.spell_menu import add_spelling_actions, show_menu
from reflekt.gui.spell_service import service

if TYPE_CHECKING:
    from reflekt.core.models import Entry

CHECK_DELAY_MS = 300  # after the last keystroke
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language


def read_settings(journal: Any) -> tuple[bool, list[str]]:
    """(checking on, the languages the switch offers) as the journal keeps them."""
    offered = [lang for lang in journal.spelling.languages() if lang in LANGUAGE_NAMES]
    return journal.spelling.enabled(), offered or list(LANGUAGE_NAMES)


class EditorSpelling(QObject):
    """The editor's spell checking: its highlighters, the title, the language switch."""

    def __init__(self, editor: Any, layout: QBoxLayout) -> None:
        super().__init__(editor)
        self.editor = editor
        self.service = service()
        self.lang = i18n.current()
        self.enabled = True
        self.offered = list(LANGUAGE_NAMES)
        self.ignored: set[str] = set()  # for this session
        self._known: Any = None
        self._entry_id = ""
        self._decided = False  # picked by the person or stored: no more guessing
        self._guessed = False
        self._stored: str | None = None

        self.switch = QComboBox()
        self.switch.setAccessibleName(self.tr("Spelling language"))
        self._say_language_state()
        self.switch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switch.activated.connect(self._picked)
        beside = layout.indexOf(editor.preview_button)  # before it, where there is room
        layout.insertWidget(beside if beside >= 0 else layout.count(), self.switch)
        self.switch_label = access.buddy(self.tr("Spelling language"), self.switch, layout)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)

        self.body = SpellHighlighter(editor.body, self)
        self.body.follow_scrolling()
        self.sections: list[SpellHighlighter] = []
        self.title = TitleSpelling(editor.title, self)
        editor.title.textChanged.connect(self._title_changed)
        editor.body.textChanged.connect(self.timer.start)
        for watched in (editor.body, editor.body.viewport(), editor.title):
            watched.installEventFilter(self)
        editor.created.connect(self._remember)
        editor.saved.connect(self._remember)
        self.service.loaded.connect(self._loaded)
        self.service.checked.connect(self._checked)
        self.service.unavailable.connect(lambda *_: self._say_language_state())

    # -- what the highlighters ask (spell_check.Checking) -------------------------------

    def active(self) -> bool:
        return self.enabled

    def is_known(self, word: str) -> bool:
        return word in self.ignored or (self._known is not None and word in self._known)

    def soon(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    # -- the entry shown -------------------------------------------------------------

    def show_entry(self, entry: Entry, *, draft: bool) -> None:
        """Before the editor fills its fields with ``entry``: settings, known words and
        the entry's language, so the fields are painted once, right."""
        journal = self.editor.journal
        self.enabled, self.offered = read_settings(journal)
        self._known = journal.spelling.known_words()
        self._entry_id = "" if draft else entry.id
        self._stored = None if draft else journal.spelling.language(entry.id)
        self._decided = self._stored is not None
        self._guessed = False
        lang = self._stored
        if lang is None:
            lang = self._guess(entry.title, entry.body, entry.sections.values())
            self._guessed = lang is not None
        self._use(lang or self._default(), recheck=False)
        self.timer.start()

    def attach_sections(self, edits: Iterable[QPlainTextEdit]) -> None:
        """The template's section fields, made again for each entry."""
        self.sections = []
        for edit in edits:
            self.sections.append(SpellHighlighter(edit, self))
            self.sections[-1].follow_scrolling()
            edit.textChanged.connect(self.timer.start)
            edit.installEventFilter(self)
            edit.viewport().installEventFilter(self)

    def settings_changed(self) -> None:
        """The settings changed: turn checking on or off, offer other languages."""
        self.enabled, self.offered = read_settings(self.editor.journal)
        self._fill_switch()
        if self.enabled:
            self.service.load(self.lang)
        self._repaint()
        self.timer.start()

    # -- the language --------------------------------------------------------------

    def _default(self) -> str:
        ui = i18n.current()
        return ui if ui in self.offered else self.offered[0]

    def _guess(self, title: str, body: str, sections: Iterable[str]) -> str | None:
        from reflekt.core.spelling import guess_entry_language

        guess = guess_entry_language(title, body, sections)  # the same guess as `reflekt add`
        return guess if guess in LANGUAGE_NAMES else None

    def _fill_switch(self) -> None:
        shown = [lang for lang in LANGUAGE_NAMES if lang in self.offered or lang == self.lang]
        self.switch.blockSignals(True)
        self.switch.clear()
        for lang in shown:
            self.switch.addItem(LANGUAGE_NAMES[lang], lang)
        self.switch.setCurrentIndex(self.switch.findData(self.lang))
        self.switch.blockSignals(False)
        self.switch.setVisible(self.enabled and len(shown) > 1)

    def _say_language_state(self) -> None:
        """The switch's tooltip: what it is for, or why its language cannot be checked."""
        problem = self.service.problem(self.lang)
        if problem:
            text = self.tr("Spelling cannot be checked in %1: %2")
            text = text.replace("%1", LANGUAGE_NAMES.get(self.lang, self.lang))
            self.switch.setToolTip(plaintext.tooltip(text.replace("%2", problem)))
        else:
            self.switch.setToolTip(
                plaintext.tooltip(self.tr("The language this entry's spelling is checked in"))
            )

    def _use(self, lang: str, *, recheck: bool = True) -> None:
        changed = lang != self.lang
        self.lang = lang
        self._fill_switch()
        self._say_language_state()
        if self.enabled:
            self.service.load(lang)
        if changed and recheck:
            self._repaint()
            self.check_now()

    def _picked(self, index: int) -> None:
        self._decided = True
        self._use(self.switch.itemData(index))
        self._remember()

    def _remember(self, entry: Entry | None = None) -> None:
        """Store the entry's language once it is picked or guessed (and saved)."""
        if entry is not None:
            self._entry_id = entry.id
        if not self._entry_id or not (self._decided or self._guessed):
            return
        if self._stored == self.lang:
            return
        try:
            self.editor.journal.spelling.set_language(self._entry_id, self.lang)
        except ReflektError:
            return  # the entry's own save says what is wrong with the journal
        self._stored = self.lang
        self._decided = True  # guessed once there was enough text, and kept

    # -- checking --------------------------------------------------------------------

    def highlighters(self) -> list[SpellHighlighter]:
        return [self.body, *self.sections]

    def _repaint(self) -> None:
        for highlighter in self.highlighters():
            highlighter.restyle()
        self.title.apply(force=True)

    def _title_changed(self) -> None:
        self.title.apply()
        self.timer.start()

    def check_now(self) -> None:
        """Typing paused: guess the language if still open, ask for the new words."""
        self.timer.stop()
        if not self.enabled or self.editor.entry is None:
            return
        self.title.apply()  # a title set to the same text as before sent no change
        if not self._decided:
            values = self.editor.values()
            guess = self._guess(values["title"], values["body"], values["sections"].values())
            if guess is not None:
                self._guessed = True
                if guess != self.lang:
                    self._use(guess)
                    return  # _use checked already
        if not self.service.is_ready(self.lang):
            self.service.load(self.lang)
            return  # the words wait in ``unknown`` until it is loaded
        from reflekt.core.spelling import words

        for highlighter in self.highlighters():
            highlighter.check_typed()
            highlighter.check_visible()
        if not self.title.unknown and not any(h.unknown for h in self.highlighters()):
            return
        first: set[str] = set(self.title.unknown)
        rest: set[str] = set()
        for highlighter in self.highlighters():
            if not highlighter.unknown:
                continue
            on_screen = {
                w.text for block in highlighter.visible_blocks() for w in words(block.text())
            }
            first |= highlighter.unknown & on_screen
            rest |= highlighter.unknown - on_screen
            highlighter.unknown.clear()
        self.title.unknown.clear()
        self.service.want(self.lang, sorted(first), visible=True)
        self.service.want(self.lang, sorted(rest - first))

    def _loaded(self, lang: str) -> None:
        if lang == self.lang:
            self.check_now()

    def _checked(self, lang: str, found: dict[str, bool]) -> None:
        if lang != self.lang or not self.enabled:
            return
        wrong = {word for word, known in found.items() if not known and not self.is_known(word)}
        if not wrong:
            return
        for highlighter in self.highlighters():
            highlighter.refresh_words(wrong)
        if any(word in self.editor.title.text() for word in wrong):
            self.title.apply()

    # -- the context menu -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and self.enabled:
            assert isinstance(event, QContextMenuEvent)
            return self._context_menu(watched, event)
        if kind == QEvent.Type.PaletteChange and watched is self.editor.title:
            self._repaint()  # a theme change: the underline's colour follows
        if kind == QEvent.Type.InputMethod and watched is self.editor.title:
            assert isinstance(event, QInputMethodEvent)
            self.title.composing = bool(event.preeditString())
        return False

    def _context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        if watched is self.editor.title:
            field = self.editor.title
            position = field.cursorPosition() if keyboard else field.cursorPositionAt(event.pos())
            word = self.title.word_at(position)
            if word is None:
                return False
            start, end = utf16_ranges(field.text(), [(word.start, word.end)])[0]
            menu = field.createStandardContextMenu()
            at = field.mapToGlobal(field.cursorRect().center()) if keyboard else event.globalPos()

            def replace(new: str) -> None:
                if field.text()[start:end] == word.text:  # unchanged since the menu opened
                    field.setSelection(start, end - start)
                    field.insert(new)  # one undo step; textEdited saves it

        else:
            edit = watched if isinstance(watched, QPlainTextEdit) else watched.parent()
            highlighter = next((h for h in self.highlighters() if h.edit is edit), None)
            if highlighter is None:
                return False
            cursor = edit.textCursor() if keyboard else edit.cursorForPosition(event.pos())
            hit = highlighter.word_at(cursor)
            if hit is None:
                return False
            word, block = hit
            (start, end) = utf16_ranges(block.text(), [(word.start, word.end)])[0]
            start, end = start + block.position(), end + block.position()
            menu = edit.createStandardContextMenu()
            spot = edit.cursorRect(cursor).center() if keyboard else event.pos()
            at = edit.viewport().mapToGlobal(spot) if keyboard else _global(watched, event)

            def replace(new: str) -> None:
                change = QTextCursor(edit.document())
                change.setPosition(start)
                change.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                if change.selectedText() != word.text:
                    return  # changed since the menu opened
                change.beginEditBlock()  # one undo step
                change.insertText(new)
                change.endEditBlock()

        add_spelling_actions(
            menu,
            self.service,
            self.lang,
            word.text,
            replace=replace,
            add_word=self.add_word,
            ignore=self.ignore,
        )
        show_menu(menu, at)
        return True

    def next_misspelt(self) -> bool:
        """Edit → Next misspelt word (F7): select and say it (gui/spell_next.py)."""
        from reflekt.gui.spell_next import next_misspelt

        return next_misspelt(self)

    def add_word(self, word: str) -> None:
        """Into the personal dictionary (kept in the journal): unflagged everywhere."""
        journal = self.editor.journal
        try:
            journal.spelling.add_word(word)
        except ReflektError as exc:
            from reflekt.gui.dialogs import show_error

            show_error(self.editor, exc.message)
            return
        self._known = journal.spelling.known_words()
        self._unflag(word)

    def ignore(self, word: str) -> None:
        """Not flagged again while reflekt runs."""
        self.ignored.add(word)
        self._unflag(word)

    def _unflag(self, word: str) -> None:
        for highlighter in self.highlighters():
            highlighter.refresh_words({word})
        self.title.apply()


def _global(watched: QObject, event: QContextMenuEvent) -> QPoint:
    if isinstance(watched, QWidget):
        return watched.mapToGlobal(event.pos())
    return event.globalPos()
