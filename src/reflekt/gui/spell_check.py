"""The wavy underline under misspelt words: in the editor's text and sections (a
``QSyntaxHighlighter`` per document) and in the title (a ``QLineEdit``).

Painting reads only answers already cached by ``gui/spell_service.py``: a word not
looked up yet is collected (``unknown``) and asked for when typing pauses, and is
underlined once its answer comes back. So a keystroke costs the tokenizing of one
paragraph and a few dictionary reads of Python's own ``dict``.

Offsets: ``core.spelling.words`` counts Python characters, Qt counts UTF-16 units;
an emoji before a word would shift the underline without ``utf16_ranges``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLineEdit,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
)

from reflekt.gui import theme

if TYPE_CHECKING:
    from reflekt.gui.spell_service import SpellService


LAZY_CHARS = 50_000  # a text this long (about 8,000 words) is checked as it shows
SCROLL_CHECK_MS = 100  # after scrolling stops


class Checking(Protocol):
    """What a highlighter asks of the editor's spelling (gui/spell_editor.py)."""

    lang: str
    service: SpellService

    def active(self) -> bool: ...

    def is_known(self, word: str) -> bool: ...

    def soon(self) -> None:
        """Ask for the words waiting in ``unknown`` (after the usual pause)."""


def underline_format() -> QTextCharFormat:
    """Qt's spell-check underline in the theme's colour (3:1 against the fields)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(theme.SPELLING[theme.is_dark()]))
    return fmt


def utf16_ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python string offsets as Qt's (UTF-16) offsets."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return spans  # no character outside the BMP: the offsets are the same
    extra = [0] * (len(text) + 1)
    for index, char in enumerate(text):
        extra[index + 1] = extra[index] + (1 if ord(char) > 0xFFFF else 0)
    return [(start + extra[start], end + extra[end]) for start, end in spans]


def python_offset(text: str, utf16: int) -> int:
    """A Qt (UTF-16) offset into ``text`` as a Python string offset."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def misspelt_spans(text: str, check: Checking, unknown: set[str]) -> list[Any]:
    """The words of ``text`` known to be misspelt (``core.spelling.Word``, Python
    offsets); words not looked up yet go into ``unknown``."""
    from reflekt.core.spelling import words

    lang, service = check.lang, check.service
    found = []
    for word in words(text):
        if check.is_known(word.text):
            continue
        status = service.status(lang, word.text)
        if status is None:
            unknown.add(word.text)
        elif not status:
            found.append(word)
    return found


class Checked(QTextBlockUserData):
    """A paragraph's text and misspelt words as last painted.

    A keystroke must not tokenize its whole paragraph again (0.6 ms for a hundred
    words, more with a person's known words): until typing pauses, the underlines after
    the change move along with the text, those it touched go, and the paragraph is
    marked ``typed`` for the check that follows the pause.
    """

    def __init__(self, text: str, found: list[Any]) -> None:
        super().__init__()
        self.text = text
        self.found = found
        self.typed = False
        self.generation = 0

    def after_typing(self, text: str) -> list[Any]:
        old = self.text
        self.typed = True
        if not self.found:
            return []
        shortest = min(len(old), len(text))
        start = _common_prefix(old, text, shortest)
        tail = _common_suffix(old, text, shortest - start)
        old_end, delta = len(old) - tail, len(text) - len(old)
        new_end = old_end + delta
        # A word the change touches or runs into is left for the check after the pause.
        before_ok = not _joins(text[start : start + 1])
        after_ok = not _joins(text[new_end - 1 : new_end]) if new_end > start else before_ok
        from reflekt.core.spelling import Word

        return [w for w in self.found if w.end < start or (w.end == start and before_ok)] + [
            Word(w.start + delta, w.end + delta, w.text)
            for w in self.found
            if w.start > old_end or (w.start == old_end and after_ok)
        ]


def _joins(char: str) -> bool:
    """Whether ``char`` would be part of a word written against it."""
    return char.isalnum() or char in "'’-"


def _common_prefix(a: str, b: str, most: int) -> int:
    """How many characters ``a`` and ``b`` share at their start (at most ``most``),
    by halving: each step compares two slices in C, not characters in Python."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, most: int) -> int:
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


class _OneParagraphLayout(QPlainTextDocumentLayout):
    """Qt's plain-text layout, told that a keystroke changed one paragraph.

    A highlighter that changes a paragraph's underlines while a key is typed widens
    that edit to the whole paragraph and its line break, which Qt reads as a change
    of two paragraphs and answers by repainting the whole field: 2-4 ms a keystroke
    in a long entry (benchmarks/probes.py ``spell-typing``), instead of the one
    paragraph's 0.2 ms. Such a change is handed on as the one paragraph's.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        # Kept: ``self.document()`` may hand back a plain QObject wrapper in PySide.
        self._document = document

    def documentChanged(self, start: int, removed: int, added: int) -> None:
        block = self._document.findBlock(start)
        end = block.position() + block.length()
        if start + added <= end <= start + removed + added - 1:
            removed, added = 0, max(1, end - 1 - start)
        super().documentChanged(start, removed, added)


def _repaint_one_paragraph(edit: QPlainTextEdit) -> None:
    document = edit.document()
    if not isinstance(document.documentLayout(), _OneParagraphLayout):
        document.setDocumentLayout(_OneParagraphLayout(document))
        edit.setDocument(document)  # the field follows its new layout (text, undo stay)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words in one ``QPlainTextEdit``'s document."""

    def __init__(self, edit: QPlainTextEdit, check: Checking) -> None:
        _repaint_one_paragraph(edit)
        document = edit.document()
        # Told before the highlighter (connected first): a change this large (a new
        # entry shown, a long paste) is checked where it comes into view, not at once.
        change = {"large": False}
        document.contentsChange.connect(
            lambda _at, _removed, added: change.__setitem__("large", added >= LAZY_CHARS)
        )
        super().__init__(document)
        self.edit = edit
        self.text_document = document  # typed (see _OneParagraphLayout)
        self.check = check
        self.unknown: set[str] = set()
        self.format = underline_format()
        self.generation = 0  # raised when every paragraph must be checked again
        self._change = change
        self._typed: list[QTextBlock] = []  # paragraphs typed in since they were checked
        self._whole = False
        self._lazy_due = False
        self._scrolled = QTimer(self)
        self._scrolled.setSingleShot(True)
        self._scrolled.setInterval(SCROLL_CHECK_MS)
        self._scrolled.timeout.connect(self.check_visible)
        edit.updateRequest.connect(self._updated)  # disconnected when this goes
        # Now, not on the next turn of the event loop as QSyntaxHighlighter would (a
        # field filled before it came): that late pass would look like an edit.
        change["large"] = document.characterCount() >= LAZY_CHARS
        was = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(was)
            change["large"] = False

    def _updated(self, _rect: object, dy: int) -> None:
        if dy:  # the field scrolled its text
            self._scrolled.start()

    def follow_scrolling(self) -> None:
        """Check what scrolling the editor's page brings into view (the field grows
        with its text, so the page scrolls, not the field)."""
        parent = self.edit.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                parent.verticalScrollBar().valueChanged.connect(self._scrolled.start)
                return
            parent = parent.parentWidget()

    def _quietly(self, work: Any) -> None:
        document = self.text_document
        was = document.blockSignals(True)
        self._whole = True
        try:
            work()
        finally:
            self._whole = False
            document.blockSignals(was)

    def large(self) -> bool:
        return self.text_document.characterCount() >= LAZY_CHARS

    def repaint(self, block: QTextBlock | None = None) -> None:
        """Check again (all, or ``block``) without telling anyone the text changed:
        a new format is no edit, and must not start an autosave. A large text is
        checked again where it shows, the rest as it comes into view."""
        if block is not None:
            self._quietly(lambda: self.rehighlightBlock(block))
        elif self.large():
            self.generation += 1
            self.check_visible()
        else:
            self._quietly(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        if not self.check.active():
            self.setCurrentBlockUserData(None)  # type: ignore[arg-type]
            return
        if self._change["large"] and not self._whole:
            if not self._lazy_due:  # checked once laid out, where it shows
                self._lazy_due = True
                QTimer.singleShot(0, self.check_visible)
            return
        kept = self.currentBlockUserData()
        if isinstance(kept, Checked) and kept.generation == self.generation and not self._whole:
            found = kept.after_typing(text)
            self._typed.append(self.currentBlock())
        else:
            found = misspelt_spans(text, self.check, self.unknown)
            kept = Checked(text, found)
            kept.generation = self.generation
            self.setCurrentBlockUserData(kept)
        kept.text, kept.found = text, found
        spans = utf16_ranges(text, [(w.start, w.end) for w in found])
        for start, end in spans:
            self.setFormat(start, end - start, self.format)

    def check_typed(self) -> None:
        """Typing paused: check the paragraphs typed in (until now only moved along)."""
        typed, self._typed = self._typed, []
        for block in typed:
            kept = block.userData() if block.isValid() else None
            if isinstance(kept, Checked) and kept.typed:
                self.repaint(block)

    def check_visible(self) -> None:
        """Check the paragraphs on screen that are not checked (yet, or again)."""
        self._lazy_due = False
        for block in self.visible_blocks():
            kept = block.userData()
            if not isinstance(kept, Checked) or kept.generation != self.generation:
                self.repaint(block)
        if self.unknown:
            self.check.soon()

    def restyle(self) -> None:
        self.format = underline_format()
        self.repaint()

    def blocks(self) -> Iterator[QTextBlock]:
        block = self.text_document.firstBlock()
        while block.isValid():
            yield block
            block = block.next()

    def visible_blocks(self) -> list[QTextBlock]:
        """The blocks on screen: the field grows with its text inside the editor's
        scroll area, so what shows is the part of its viewport not scrolled away."""
        viewport = self.edit.viewport()
        shown = viewport.visibleRegion().boundingRect()
        if shown.isEmpty() or not self.edit.isVisible():
            return []
        first = self.edit.cursorForPosition(shown.topLeft()).block()
        last = self.edit.cursorForPosition(shown.bottomRight() - QPoint(0, 1)).block()
        found = []
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            found.append(block)
            block = block.next()
        return found

    def refresh_words(self, words: set[str]) -> None:
        """Repaint the paragraphs that hold any of ``words`` (their answers came)."""
        if self.large():
            self.repaint()  # on screen now, elsewhere when it comes into view
            return
        for block in self.blocks():
            text = block.text()
            if any(word in text for word in words):
                self.repaint(block)

    def word_at(self, cursor: QTextCursor) -> tuple[Any, QTextBlock] | None:
        """The misspelt word under ``cursor`` (``Word`` with Python offsets), if any."""
        block = cursor.block()
        text = block.text()
        at = python_offset(text, cursor.position() - block.position())
        for word in misspelt_spans(text, self.check, set()):
            if word.start <= at <= word.end:
                return word, block
        return None


class TitleSpelling:
    """The title's underline: a ``QLineEdit`` has no document, but it draws the text
    formats an input method hands it (``QInputMethodEvent.TextFormat``, offsets from
    the cursor) under its own text. reflekt sends such an event with an empty
    pre-edit text, which changes neither the text, the cursor, the selection nor the
    undo history."""

    def __init__(self, field: QLineEdit, check: Checking) -> None:
        self.field = field
        self.check = check
        self.unknown: set[str] = set()
        self.flagged: list[tuple[int, int]] = []  # UTF-16 ranges underlined now
        # A person composing a character with an input method (a dead key, a CJK
        # input): an event from here would end that composition, so none is sent
        # until the input method commits (and the text changes).
        self.composing = False

    def apply(self, *, force: bool = False) -> None:
        """Underline the title's misspelt words (again: a change of text moves them)."""
        if self.composing:
            return
        text = self.field.text()
        found = misspelt_spans(text, self.check, self.unknown) if self.check.active() else []
        spans = utf16_ranges(text, [(w.start, w.end) for w in found])
        if not spans and not self.flagged and not force:
            return  # nothing was underlined, nothing is: no event
        self.flagged = spans
        fmt = underline_format()
        cursor = self.field.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, fmt
            )
            for start, end in spans
        ]
        QCoreApplication.sendEvent(self.field, QInputMethodEvent("", attributes))

    def word_at(self, position: int) -> Any | None:
        """The misspelt word at UTF-16 ``position`` of the title, if any."""
        text = self.field.text()
        at = python_offset(text, position)
        for word in misspelt_spans(text, self.check, set()):
            if word.start <= at <= word.end:
                return word
        return None
