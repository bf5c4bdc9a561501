"""Edit → Next misspelt word (F7): the keyboard's and the screen reader's way to the
words the wavy underline marks.

From the cursor on, through the title, the text and the template's sections (then round
again from the title), the next word the checker has found misspelt is selected and
said (the status bar's message, which a screen reader reads); the Menu key then opens
its suggestions, *Add to my dictionary* and *Ignore*. Only words already looked up
count: in a very long entry, the paragraphs not yet shown are checked once scrolled to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from reflekt.gui.spell_check import misspelt_spans, utf16_ranges

translate = QCoreApplication.translate  # lupdate reads translate("SpellNext", "...")
SHOWN_MS = 10_000


def _spans(text: str, check: Any) -> list[tuple[int, int]]:
    """The UTF-16 ranges of ``text``'s misspelt words, as the underline has them."""
    found = misspelt_spans(text, check, set())
    return utf16_ranges(text, [(w.start, w.end) for w in found])


def _after(field: QWidget, at: int, spelling: Any) -> tuple[int, int] | None:
    """The first misspelt word of ``field`` ending after ``at`` (a UTF-16 position over
    the whole field), as (start, end)."""
    if isinstance(field, QLineEdit):
        return next((s for s in _spans(field.text(), spelling) if s[1] > at), None)
    assert isinstance(field, QPlainTextEdit)
    block = field.document().findBlock(max(at, 0))
    while block.isValid():
        base = block.position()
        for start, end in _spans(block.text(), spelling):
            if base + end > at:
                return base + start, base + end
        block = block.next()
    return None


def next_misspelt(spelling: Any) -> bool:
    """Select and say the next misspelt word after the cursor; say so when there is
    none. Returns whether one was found."""
    editor = spelling.editor
    fields: list[QWidget] = [editor.title, editor.body]
    fields += [h.edit for h in spelling.sections]
    fields = [f for f in fields if f.isVisible() and f.isEnabled()]
    focused = next((f for f in fields if f.hasFocus()), None)
    order = fields
    at = -1
    if focused is not None:
        here = fields.index(focused)
        order = fields[here:] + fields[:here] + [focused]
        if isinstance(focused, QLineEdit):
            at = max(focused.cursorPosition(), focused.selectionEnd())
        else:
            at = max(focused.textCursor().position(), focused.textCursor().selectionEnd())
    if spelling.active():
        for index, field in enumerate(order):
            hit = _after(field, at if index == 0 and focused is not None else -1, spelling)
            if hit is None:
                continue
            _select(field, *hit)
            word = _text(field, *hit)
            _say(editor, translate("SpellNext", "Misspelt: %1").replace("%1", word))
            return True
    _say(editor, translate("SpellNext", "No misspelt words found"))
    return False


def _select(field: QWidget, start: int, end: int) -> None:
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.setSelection(start, end - start)  # the cursor at the word's end
        return
    assert isinstance(field, QPlainTextEdit)
    cursor = QTextCursor(field.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    field.ensureCursorVisible()


def _text(field: QWidget, start: int, end: int) -> str:
    if isinstance(field, QLineEdit):
        return field.text()[start:end]
    assert isinstance(field, QPlainTextEdit)
    return field.textCursor().selectedText()


def _say(editor: Any, text: str) -> None:
    """In the status bar, which a screen reader reads as it changes."""
    window = editor.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, SHOWN_MS)
