"""The entry editor's template sections: one field per guiding question, and, where
the template asks who, the entry's people in that place instead of a second name field.

A template that asks for one person (``Template.person``: "Who" in *Learned from a
colleague*) is answered once, among the entry's people, with the relation the
template implies (``Template.relation``, also what any person added to such an entry
starts as: "helped" in *Knowledge I shared*). The people rows move up into the
sections where the question is, and the *People* row of the details is hidden, so the
name is asked in one place. An older entry with text in that section keeps it as a
field, and its people stay in the details.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QSizePolicy, QVBoxLayout, QWidget

from reflekt.core.models import Entry, Relation
from reflekt.core.templates import Template
from reflekt.gui import i18n, plaintext
from reflekt.gui.editor_fields import GrowingTextEdit, PeopleEditor


class TemplateSections(QWidget):
    """The sections of the entry's template, built again for each entry shown."""

    def __init__(
        self,
        people: PeopleEditor,
        details: QFormLayout,
        on_change: Callable[..., object],
        watcher: QObject,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.people = people
        self._details = details
        self._on_change = on_change
        self._watcher = watcher
        self.edits: dict[str, GrowingTextEdit] = {}
        self.asks_who = False  # the people rows are here, in place of a "Who" field
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        # The people's place in the details form (label "People"), where they live
        # unless a template asks who.
        self.people_home = QWidget()
        # No taller than its rows: spare height in the form is not the people's.
        self.people_home.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        home = QVBoxLayout(self.people_home)
        home.setContentsMargins(0, 0, 0, 0)
        home.addWidget(people)

    def build(self, template: Template, entry: Entry) -> None:
        if self.people.parentWidget() is self:
            self._layout.removeWidget(self.people)
            self.people_home.layout().addWidget(self.people)
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not at the next turn of the event loop
                item.widget().deleteLater()
        self.edits = {}
        self.asks_who = False
        lang = i18n.current()
        who = template.person or ""
        self.people.default_relation = template.relation or Relation.WITH
        for section in template.sections:
            head = plaintext.rich_label()  # "(stays private)" in italics; the label escaped
            head.setObjectName("sectionLabel")
            head.setWordWrap(True)  # "(stays private, …)" wraps in a narrow editor
            head.setText(plaintext.escape(section.label(lang)))
            self._layout.addWidget(head)
            if section.key == who and not entry.sections.get(who, "").strip():
                self.people_home.layout().removeWidget(self.people)
                self._layout.addWidget(self.people)
                self.people.setAccessibleDescription(section.hint(lang))
                head.setBuddy(self.people.add_button)
                self.asks_who = True
                continue
            if section.private:
                head.setText(
                    self.tr("%1 <i>(stays private, even in shareable entries)</i>").replace(
                        "%1", plaintext.escape(section.label(lang))
                    )
                )
            edit = GrowingTextEdit(min_lines=2)
            edit.setPlaceholderText(section.hint(lang))
            edit.setAccessibleName(section.label(lang))
            edit.setAccessibleDescription(section.hint(lang))
            edit.setPlainText(entry.sections.get(section.key, ""))
            edit.textChanged.connect(self._on_change)
            edit.installEventFilter(self._watcher)
            head.setBuddy(edit)
            self._layout.addWidget(edit)
            self.edits[section.key] = edit
        self._details.setRowVisible(self.people_home, not self.asks_who)
        self.setVisible(bool(template.sections))

    def first_field(self) -> QWidget | None:
        """Where writing starts: the first question's field (or the name it asks for)."""
        for index in range(self._layout.count()):
            widget = self._layout.itemAt(index).widget()
            if widget is self.people:
                return self.people.first_field()
            if isinstance(widget, GrowingTextEdit):
                return widget
        return None

    def focus_chain(self) -> list[QWidget]:
        """The fields in Tab order, top to bottom (the people rows where they are)."""
        chain: list[QWidget] = []
        for index in range(self._layout.count()):
            widget = self._layout.itemAt(index).widget()
            if widget is self.people:
                chain += self.people.focus_chain()
            elif isinstance(widget, GrowingTextEdit):
                chain.append(widget)
        return chain
