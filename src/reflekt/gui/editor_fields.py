"""The entry editor's field widgets: the people rows, growing text fields, and
comma-separated name completion (tags, skills)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.models import RELATION_LABELS, PersonLink, Relation, label
from reflekt.gui import i18n, plaintext


class TokenCompleter(QCompleter):
    """Completes the word after the last comma, for 'tag one, tag two' fields."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        parts = [p.strip() for p in done if p.strip()]
        return ", ".join([*parts, str(index.data())]) + ", "


def split_names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class GrowingTextEdit(QPlainTextEdit):
    """A text field that grows with its text, so a form of sections reads like a page."""

    def __init__(self, min_lines: int = 3, parent: Any = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    # Pictures pasted or dropped here are taken by gui/editor_pictures.py before the
    # text is: it returns True when it took them.
    picture_handler: Callable[[QPlainTextEdit, QMimeData], bool] | None = None
    picture_check: Callable[[QMimeData], bool] | None = None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if self.picture_check is not None and self.picture_check(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.picture_handler is not None and self.picture_handler(self, source):
            return
        super().insertFromMimeData(source)

    def set_min_lines(self, lines: int) -> None:
        self._min_lines = lines
        self._fit()

    def _fit(self) -> None:
        lines = max(self._min_lines, int(self.document().size().height()) + 1)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(min(height, 2000))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


class PersonRow(QWidget):
    changed = Signal()
    removed = Signal(QWidget)

    def __init__(
        self,
        names: list[str],
        link: PersonLink | None = None,
        parent: Any = None,
        relation: Relation = Relation.WITH,
    ):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(link.name if link else "")
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Person's name"))
        completer = QCompleter(names, self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)
        self.relation = QComboBox()
        self.relation.setMinimumWidth(80)  # narrower in a small window, never out of sight
        self.relation.setAccessibleName(self.tr("How this person was involved"))
        for choice in Relation:
            self.relation.addItem(label(RELATION_LABELS[choice], i18n.current()), choice.value)
        if link:
            self.relation.setCurrentIndex(self.relation.findData(link.relation.value))
        else:
            self.relation.setCurrentIndex(self.relation.findData(relation.value))
        self.remove = remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove this person"))
        remove.setToolTip(self.tr("Remove this person"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(self.name, 3)
        layout.addWidget(self.relation, 2)
        layout.addWidget(remove)
        # A drop-down is named by its label on Linux (its accessible name is its value).
        self.relation_label = plaintext.label(self.tr("How this person was involved"))
        self.relation_label.setBuddy(self.relation)
        self.relation_label.hide()
        layout.addWidget(self.relation_label)
        self.name.textEdited.connect(self.changed)
        self.relation.currentIndexChanged.connect(self.changed)

    def link(self) -> PersonLink | None:
        name = self.name.text().strip()
        if not name:
            return None
        return PersonLink(name, Relation(self.relation.currentData()))


class PeopleEditor(QWidget):
    changed = Signal()
    rowsChanged = Signal()  # a row was added or removed (the Tab order follows)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        # How a person added here is linked unless the person says otherwise: what the
        # entry's template implies ("learned from" a colleague), else "with".
        self.default_relation = Relation.WITH
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[PersonRow] = []
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(lambda: self._add_row(None, focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_known_names(self, names: list[str]) -> None:
        self._names = names

    def set_people(self, people: list[PersonLink]) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for link in people:
            self._add_row(link)

    def add_empty_row(self) -> None:
        """A row waiting for a name (a template that asks who), unless one is there."""
        if not self._rows:
            self._add_row(None)

    def first_field(self) -> QWidget:
        return self._rows[0].name if self._rows else self.add_button

    def focus_chain(self) -> list[QWidget]:
        """Its fields in Tab order: each row's name, relation and remove button, then Add."""
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.name, row.relation, row.remove]
        return [*chain, self.add_button]

    def _add_row(self, link: PersonLink | None, focus: bool = False) -> None:
        row = PersonRow(self._names, link, self, self.default_relation)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove_row)
        self._rows.append(row)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.rowsChanged.emit()
        if focus:
            row.name.setFocus()

    def _remove_row(self, row: QWidget) -> None:
        if row in self._rows:
            self._rows.remove(row)  # type: ignore[arg-type]
            row.deleteLater()
            self.rowsChanged.emit()
            self.changed.emit()

    def people(self) -> list[PersonLink]:
        return [link for row in self._rows if (link := row.link()) is not None]
