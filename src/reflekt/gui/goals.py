"""Development goals: create, edit and close them, and see the entries that are their evidence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.models import GOAL_STATUS_LABELS, Filters, Goal, GoalStatus, label
from reflekt.errors import ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.dialogs import show_error


class GoalsDialog(QDialog):
    """All goals on the left; the chosen one's details and evidence on the right."""

    entryRequested = Signal(str)  # an evidence entry's id, to open it in the window
    goalsChanged = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Development goals"))
        self.resize(820, 520)
        self._goal: Goal | None = None
        self._loading = False

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Goals"))
        self.list.currentItemChanged.connect(self._show_current)
        self.show_closed = QCheckBox(self.tr("Show achieved and dropped goals"))
        self.show_closed.toggled.connect(lambda *_: self.refresh())
        self.new_button = QPushButton(self.tr("New goal"))
        self.new_button.clicked.connect(self.new_goal)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.show_closed)
        left_layout.addWidget(self.new_button)

        right = QWidget()
        form = QFormLayout(right)
        self.title = QLineEdit()
        plaintext.keep_controls_out(self.title)
        self.title.setAccessibleName(self.tr("Goal title"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Why this goal matters"))
        self.description.setMaximumHeight(100)
        self.description.setTabChangesFocus(True)  # Tab goes on to Target, not into the text
        self.target = QDateEdit()
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.has_target = QCheckBox(self.tr("Has a target date"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        self.target.setAccessibleName(self.tr("Target date"))
        access.buddy(self.tr("Target date"), self.target, target_row)
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(label(GOAL_STATUS_LABELS[status], i18n.current()), status.value)
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Entries that are evidence for this goal"))
        self.evidence.itemActivated.connect(
            lambda item: self.entryRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save goal"))
        self.save_button.clicked.connect(self.save)
        self.achieved_button = QPushButton(self.tr("Mark achieved"))
        self.achieved_button.clicked.connect(lambda: self._set_status(GoalStatus.ACHIEVED))
        self.delete_button = QPushButton(self.tr("Delete goal"))
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.achieved_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        form.addRow(self.tr("Goal"), self.title)
        form.addRow(self.tr("Why"), self.description)
        form.addRow(self.tr("Target"), target_row)
        form.addRow(self.tr("Status"), self.status)
        self.evidence_label = plaintext.label(self.tr("Evidence"))
        form.addRow(self.evidence_label, self.evidence)
        form.addRow(buttons)
        self.details = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        select = select or (self._goal.id if self._goal else None)
        self.list.blockSignals(True)
        self.list.clear()
        lang = i18n.current()
        for goal in self.journal.goals.list():
            if goal.status is not GoalStatus.ACTIVE and not self.show_closed.isChecked():
                continue
            text = goal.title
            if goal.status is not GoalStatus.ACTIVE:
                text += f" ({label(GOAL_STATUS_LABELS[goal.status], lang)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            self.list.addItem(item)
            if goal.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current(self.list.currentItem())

    def _show_current(self, item: QListWidgetItem | None, _: Any = None) -> None:
        self._goal = self.journal.goals.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.details.setEnabled(self._goal is not None)
        goal = self._goal
        self.title.setText(goal.title if goal else "")
        self.description.setPlainText(goal.description if goal else "")
        self.has_target.setChecked(bool(goal and goal.target_date))
        target = goal.target_date if goal and goal.target_date else dt.date.today()
        self.target.setDate(QDate(target.year, target.month, target.day))
        self.status.setCurrentIndex(
            self.status.findData((goal.status if goal else GoalStatus.ACTIVE).value)
        )
        self.evidence.clear()
        if goal:
            for entry in self.journal.iter_entries(Filters(goal=goal.id)):
                day = QLocale().toString(entry.day, QLocale.FormatType.ShortFormat)
                it = QListWidgetItem(f"{day}  {entry.display_title}")
                it.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.evidence.addItem(it)
        self.evidence_label.setText(self.tr("Evidence (%n entries)", "", self.evidence.count()))

    def new_goal(self) -> None:
        try:
            goal = self.journal.goals.add(self.tr("New goal"))
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.goalsChanged.emit()
        self.refresh(select=goal.id)
        self.title.setFocus()
        self.title.selectAll()

    def save(self) -> None:
        if self._goal is None:
            return
        date = self.target.date()
        try:
            self.journal.goals.update(
                self._goal.id,
                title=self.title.text(),
                description=self.description.toPlainText(),
                target_date=dt.date(date.year(), date.month(), date.day())
                if self.has_target.isChecked()
                else None,
                status=self.status.currentData(),
            )
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.goalsChanged.emit()
        self.refresh()

    def _set_status(self, status: GoalStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))
        self.save()

    def delete(self) -> None:
        if self._goal is None:
            return
        self.journal.goals.delete(self._goal.id)
        self._goal = None
        self.goalsChanged.emit()
        self.refresh()
