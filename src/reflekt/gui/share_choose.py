"""Choosing what to share over the whole journal: period, kind, tag and skill (issue #16).

The share dialog used to offer only the entries the list had loaded (about 500), so a
person could not share every lesson of a year. Here the choice is a filter over the
whole journal, counted before anything is previewed; every matching entry is listed
(the list asks its model only for the rows on screen, so 5,000 stay reviewable) and
each can be ticked or unticked. The count and the headlines are storage queries
(``Journal.count``, ``Journal.iter_headlines``); a large choice is read on a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.core import scope
from reflekt.core.journal import Journal
from reflekt.core.models import KIND_LABELS, Filters, Headline, Kind, label
from reflekt.errors import ReflektError
from reflekt.gui import i18n, plaintext

# Up to this many matching entries are read on the GUI thread: 2,000 headlines take
# about 50 ms here (20,000 took 0.5 s); more are read on a worker while
# "… entries match. Reading them…" shows. The count itself takes about 1 ms.
SYNC_LIMIT = 2000

_Index = QModelIndex | QPersistentModelIndex


class ChoiceRow(NamedTuple):
    """One entry of the list, as plain values. Measured on 100,000 entries: kept as
    ``Headline`` objects (three tracked objects each) they made every full run of
    Python's cycle collector take ~100 ms, three times while a PDF preview was made; a
    tuple of plain values is soon left out of those runs."""

    id: str
    day: dt.date
    display_title: str
    private: bool


def choice_rows(headlines: Iterable[Headline]) -> list[ChoiceRow]:
    return [ChoiceRow(h.id, h.day, h.display_title, scope.is_private(h)) for h in headlines]


class Pick:
    """Which matching entries are chosen by default; ticks and unticks override it."""

    NONE = "none"
    SHAREABLE = "shareable"
    ALL = "all"


class ChoiceModel(QAbstractListModel):
    """The matching entries, newest first, each with a tick."""

    def __init__(self, preselected: set[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChoiceRow] = []
        self.titles: dict[str, str] = {}
        self.pick = Pick.NONE if preselected is not None else Pick.SHAREABLE
        self.ticked: set[str] = set(preselected or ())
        self.unticked: set[str] = set()
        self.empty_title = ""
        self.private_note = ""
        self._chosen: list[ChoiceRow] | None = None  # worked out once per change

    def set_rows(self, rows: list[ChoiceRow]) -> None:
        self.beginResetModel()
        self._chosen = None
        self.rows = rows
        self.titles = {row.id: row.display_title or self.empty_title for row in rows}
        self.endResetModel()

    def set_pick(self, pick: str) -> None:
        self.pick = pick
        self._chosen = None
        self.ticked.clear()
        self.unticked.clear()
        if self.rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def is_chosen(self, row: ChoiceRow) -> bool:
        if row.id in self.ticked:
            return True
        if row.id in self.unticked or self.pick == Pick.NONE:
            return False
        return self.pick == Pick.ALL or not row.private

    def chosen(self) -> list[ChoiceRow]:
        """The chosen entries, oldest first (a story reads forwards).

        Kept until the rows or a tick change: a preview asks for them several times, and
        going through 100,000 rows took ~40 ms each time."""
        if self._chosen is None:
            if self.pick == Pick.NONE:  # only what was ticked (the usual large case)
                ticked = self.ticked
                self._chosen = [row for row in reversed(self.rows) if row.id in ticked]
            else:
                self._chosen = [row for row in reversed(self.rows) if self.is_chosen(row)]
        return list(self._chosen)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            date = QLocale().toString(row.day, QLocale.FormatType.ShortFormat)
            text = f"{date}  {row.display_title or self.empty_title}"
            if row.private:
                text += "  " + self.private_note
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_chosen(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        self._chosen = None
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.ticked.discard(row.id)
        self.unticked.discard(row.id)
        if checked != self.is_chosen(row):
            (self.ticked if checked else self.unticked).add(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ChoosePanel(QWidget):
    """Period, kind, tag and skill over the whole journal; the count; the entries.

    ``changed`` fires when the chosen entries change; ``loaded`` when a new list is
    on screen (``is_ready()`` is then true).
    """

    changed = Signal()
    loaded = Signal()

    def __init__(
        self, journal: Journal, preselected: set[str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = dt.date.today()
        self._generation = 0
        self._busy = False
        self.matching = 0

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.period = QComboBox()
        for key, text in (
            ("all", self.tr("Any time")),
            ("this-year", self.tr("This year")),
            ("last-year", self.tr("Last year")),
            ("12-months", self.tr("The last 12 months")),
            ("between", self.tr("Between two days…")),
        ):
            self.period.addItem(text, key)
        self.date_from = QDateEdit(QDate(self.today.year, 1, 1))
        self.date_to = QDateEdit(QDate(self.today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        lang = i18n.current()
        for kind in Kind:
            self.kind.addItem(label(KIND_LABELS[kind], lang), kind.value)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any tag"), None)
        for name, count in journal.tag_counts():
            self.tag.addItem(f"{name} ({count})", name)
        self.skill = QComboBox()
        self.skill.addItem(self.tr("Any skill"), None)
        for name, count in journal.skill_counts():
            self.skill.addItem(f"{name} ({count})", name)
        days = QWidget()
        days_layout = QHBoxLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        to_label = plaintext.label(self.tr("to"))
        to_label.setBuddy(self.date_to)
        days_layout.addWidget(self.date_from, 1)
        days_layout.addWidget(to_label)
        days_layout.addWidget(self.date_to, 1)
        for text, widget, name in (
            (self.tr("Period"), self.period, self.tr("Period")),
            (self.tr("Days"), days, None),
            (self.tr("Kind"), self.kind, self.tr("Kind")),
            (self.tr("Tag"), self.tag, self.tr("Tag")),
            (self.tr("Skill"), self.skill, self.tr("Skill")),
        ):
            row_label = plaintext.label(text)
            row_label.setBuddy(self.date_from if widget is days else widget)
            if name:
                widget.setAccessibleName(name)
            form.addRow(row_label, widget)
        self.date_from.setAccessibleName(self.tr("From day"))
        self.date_to.setAccessibleName(self.tr("To day"))

        self.count = plaintext.label()
        self.count.setObjectName("shareCount")
        self.count.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Choose all"))
        self.all_button.setToolTip(self.tr("Tick every matching entry, private ones too"))
        self.none_button = QPushButton(self.tr("Choose none"))
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)  # Enter in a field must not tick every entry
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch()

        self.model = ChoiceModel(preselected, self)
        self.model.empty_title = self.tr("(empty entry)")
        self.model.private_note = self.tr("(private)")
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # 5,000 rows: only those on screen are asked
        self.list.setAccessibleName(self.tr("Entries to share"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

        for combo in (self.period, self.kind, self.tag, self.skill):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda *_: self.reload())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.all_button.clicked.connect(lambda: self._pick(Pick.ALL))
        self.none_button.clicked.connect(lambda: self._pick(Pick.NONE))
        self.model.dataChanged.connect(lambda *_: self._chosen_changed())
        self.reload()

    # -- the choice ------------------------------------------------------------

    def _period_changed(self) -> None:
        between = self.period.currentData() == "between"
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(between)

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        key, today = self.period.currentData(), self.today
        if key == "this-year":
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if key == "last-year":
            return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
        if key == "12-months":
            start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
            if (today.month, today.day) == (2, 29):
                start = dt.date(today.year - 1, 3, 1)
            return start, today
        if key == "between":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            return (start, end) if start <= end else (end, start)  # type: ignore[return-value]
        return None, None

    def filters(self) -> Filters:
        start, end = self.days()
        kind = self.kind.currentData()
        return Filters(
            kind=Kind(kind) if kind else None,
            tag=self.tag.currentData(),
            skill=self.skill.currentData(),
            date_from=start,
            date_to=end,
        )

    def _pick(self, pick: str) -> None:
        self.model.set_pick(pick)

    def chosen_ids(self) -> list[str]:
        return [row.id for row in self.model.chosen()]

    def private_chosen(self) -> int:
        return sum(1 for row in self.model.chosen() if row.private)

    def title_of(self, entry_id: str) -> str:
        return self.model.titles.get(entry_id, "")

    def is_ready(self) -> bool:
        return not self._busy

    # -- reading the journal ----------------------------------------------------

    def reload(self) -> None:
        """Count the matching entries and list them (on a worker when there are many)."""
        self._generation += 1
        generation = self._generation
        filters = self.filters()
        try:
            self.matching = self.journal.count(filters)
        except ReflektError as exc:
            self._show_rows(generation, [])
            self.count.setText(exc.message)
            return
        if self.matching <= SYNC_LIMIT:
            self._show_rows(generation, choice_rows(self.journal.iter_headlines(filters)))
            return
        from reflekt.gui.operations import second_connection, with_journal
        from reflekt.gui.ready import run_for

        self._busy = True
        self.count.setText(self.tr("%n entries match. Reading them…", "", self.matching))
        self.model.set_rows([])
        self.changed.emit()
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: choice_rows(journal.iter_headlines(filters)),
        )
        run_for(
            self,
            work,
            on_done=lambda rows: self._show_rows(generation, rows),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show_rows(self, generation: int, rows: list[ChoiceRow]) -> None:
        if generation != self._generation:
            return  # the person changed the choice meanwhile; a newer list is coming
        self._busy = False
        self.matching = len(rows)
        self.model.set_rows(rows)
        self._chosen_changed()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from reflekt.gui.operations import show_failure

        self._show_rows(generation, [])
        show_failure(self, exc)

    def _chosen_changed(self) -> None:
        chosen = self.model.chosen()
        private = sum(1 for row in chosen if row.private)
        text = self.tr("%n entries match", "", self.matching)
        text += " · " + self.tr("%n chosen", "", len(chosen))
        if private:
            text += " " + self.tr("(%n private)", "", private)
        self.count.setText(text + ".")
        self.changed.emit()
