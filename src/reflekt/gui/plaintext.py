"""Text from outside shown as text: labels, message boxes and tooltips never let Qt guess.

Qt draws a QLabel, a QMessageBox or a tooltip as rich text whenever
``Qt::mightBeRichText`` guesses that the text looks like HTML. A title, tag, skill,
author or file name holding ``<img src="/dev/zero">`` then makes Qt read /dev/zero
until memory runs out, and ``<b style="color:red">`` draws whatever it likes. So every
label and message box in gui/ is made here, with plain text set explicitly; tooltips
are built here as markup reflekt writes itself, with the text escaped. Rich text is
only for markup reflekt builds (``rich_label``), outside text escaped into it.
tests/gui/test_plain_text.py reads gui/ and fails on a bare ``QLabel(``,
``QMessageBox(`` or ``QMessageBox.question/information/warning/critical/about``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from reflekt import controls

Button = QMessageBox.StandardButton


def label(text: str = "", parent: QWidget | None = None, *, cls: type[QLabel] = QLabel) -> QLabel:
    """A label that shows ``text`` exactly as written, whatever it looks like (made as
    ``cls``, a QLabel of reflekt's own, when given)."""
    widget = cls(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label for markup reflekt builds itself; outside text goes in through ``escape``."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


class NoResourceDocument(QTextDocument):
    """A document for markup reflekt builds: it never loads an image or style sheet,
    local or remote, whatever the markup names."""

    def loadResource(self, type: int, name: QUrl) -> object:
        return None


def escape(text: str) -> str:
    """Outside text made safe to put into markup reflekt builds."""
    return html.escape(text, quote=True)


def as_markup(text: str) -> str:
    """``text`` as markup that shows it literally, for places that guess at HTML and have
    no plain-text switch (tooltips, QInputDialog's label).

    Wrapped in a paragraph reflekt writes, so Qt always reads it as rich text, and
    escaped, so nothing inside can be markup; line breaks are kept.
    """
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt would otherwise guess at HTML)."""
    return as_markup(text)


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    """A message box showing ``text`` as plain text; the button pressed."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    answer = box.exec()
    clicked = box.clickedButton()
    if clicked is not None:
        return box.standardButton(clicked)
    try:
        return Button(answer)
    except ValueError:
        return Button.NoButton


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok) -> Button:
    return message(parent, QMessageBox.Icon.Warning, title, text, buttons)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for Yes."""
    answer = message(parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No)
    return answer == Button.Yes


def keep_controls_out(field: QLineEdit) -> None:
    """Leave out control characters pasted into a one-line field (a title, a name).

    The journal refuses them in titles, and they are invisible in the field, so a
    person could not find what to remove; the visible text stays as pasted.
    """

    def clean(text: str) -> None:
        if controls.first_control(text) is None:
            return
        cursor = field.cursorPosition()
        before = controls.strip(text[:cursor])
        field.setText(controls.strip(text))
        field.setCursorPosition(len(before))

    field.textEdited.connect(clean)
