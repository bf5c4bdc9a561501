"""The sidebar: views, kinds, tags, skills, people and goals, each with a count."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reflekt.core.journal import Journal
from reflekt.core.models import KIND_LABELS, Filters, GoalStatus, Kind, Visibility, label
from reflekt.gui import access, i18n, plaintext, theme

KeyRole = Qt.ItemDataRole.UserRole + 10
VIEW_KEYS = ("all", "today", "on-this-day", "starred", "shareable", "trash")


def sidebar_counts(journal: Journal, today: dt.date) -> dict[str, Any]:
    """Every count the sidebar shows, as plain data (made on any thread)."""
    return {
        "views": {f"view:{v}": journal.count(filters_for(f"view:{v}", today)) for v in VIEW_KEYS},
        "kinds": journal.kind_counts(),
        "goals": [
            (goal.id, goal.title, goal.entry_count)
            for goal in journal.goals.list()
            if goal.status is GoalStatus.ACTIVE
        ],
        "tags": journal.tag_counts(),
        "skills": journal.skill_counts(),
        "people": [(p.name, p.count) for p in journal.people.list()],
    }


def filters_for(key: str, today: dt.date | None = None) -> Filters:
    """The list filters a sidebar key stands for, e.g. 'view:today' or 'tag:feedback'."""
    today = today or dt.date.today()
    group, _, value = key.partition(":")
    if group == "view":
        return {
            "today": Filters(date_from=today, date_to=today),
            "on-this-day": Filters(on_this_day=today),
            "starred": Filters(starred=True),
            "shareable": Filters(visibility=Visibility.SHAREABLE),
            "trash": Filters(trash=True),
        }.get(value, Filters())
    if group == "kind":
        return Filters(kind=Kind(value))
    if group == "tag":
        return Filters(tag=value)
    if group == "skill":
        return Filters(skill=value)
    if group == "person":
        return Filters(person=value)
    if group == "goal":
        return Filters(goal=value)
    if group == "day":
        day = dt.date.fromisoformat(value)
        return Filters(date_from=day, date_to=day)
    return Filters()


class Sidebar(QWidget):
    viewChanged = Signal(str)  # the key, e.g. "view:all"

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.journal = journal
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setAccessibleName(self.tr("Journal views and filters"))
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Calendar: days with entries are bold"))
        self.calendar.currentPageChanged.connect(lambda *_: self._mark_days())
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_clicked)  # Enter on a day, by keyboard
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
        ):
            button = self.calendar.findChild(QWidget, name)
            if button is not None:
                button.setAccessibleName(text)
                button.setToolTip(plaintext.tooltip(text))
        table = self.calendar.findChild(QWidget, "qt_calendar_calendarview")
        if table is not None:  # what takes the focus in the calendar
            table.setAccessibleName(self.tr("Days of the month: days with entries are bold"))
        access.let_tab_leave(self.calendar)
        layout.addWidget(self.calendar)
        theme.keep_weekends_readable(self.calendar)  # Qt's red is under 4.5:1
        self._key = "view:all"
        self._marked: list[QDate] = []
        # The counts take ~0.15 s on 100,000 entries: the window paints first, then the
        # sidebar fills in (at once, on the first turn of the event loop).
        self._refresh_pending = True
        self._counting: Any = None  # a recount on another thread, while it runs
        self._count_again = False
        QTimer.singleShot(0, self, self._first_refresh)

    def _first_refresh(self) -> None:
        if self._refresh_pending:
            self.refresh()

    @property
    def key(self) -> str:
        return self._key

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.refresh()

    def refresh(self) -> None:
        """Recount everything, keeping the current selection."""
        self._fill(sidebar_counts(self.journal, dt.date.today()))

    def refresh_in_background(self) -> None:
        """Recount on another thread (its own connection); the tree updates when done.

        For after a write (a new entry, an undo): the counts take ~0.1 s on 100,000
        entries, which the window should not stop for.
        """
        from reflekt.gui.operations import Operation, second_connection, with_journal

        if self._counting is not None:
            self._count_again = True
            return
        journal, today = self.journal, dt.date.today()

        def done(counts: dict[str, Any]) -> None:
            if journal is self.journal:
                self._fill(counts)

        self._counting = Operation(
            self,
            with_journal(second_connection(journal), lambda j, _: sidebar_counts(j, today)),
            title="",
            on_done=done,
            show_progress=False,
        )
        self._counting.finished.connect(self._counted)

    def _counted(self) -> None:
        self._counting = None
        if self._count_again:
            self._count_again = False
            self.refresh_in_background()

    def _fill(self, counts: dict[str, Any]) -> None:
        self._refresh_pending = False
        lang = i18n.current()
        self.tree.blockSignals(True)
        self.tree.clear()

        def group(title: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem([title, ""])
            font = QFont(self.tree.font())
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            # The count column is blank here; a screen reader reads the group's name.
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, title)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            return item

        def add(parent: QTreeWidgetItem, text: str, key: str, count: int, tip: str = "") -> None:
            item = QTreeWidgetItem([text, str(count) if count else ""])
            if tip:
                item.setToolTip(0, plaintext.tooltip(tip))
            item.setData(0, KeyRole, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{text}, {count}")
            # Blank for 0 on screen; spoken as a number of entries.
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("%n entries", "", count))
            parent.addChild(item)

        views = group(self.tr("Journal"))
        for key, text in (
            ("view:all", self.tr("All entries")),
            ("view:today", self.tr("Today")),
            ("view:on-this-day", self.tr("On this day")),
            ("view:starred", self.tr("Starred")),
            ("view:shareable", self.tr("Shareable")),
            ("view:trash", self.tr("Trash")),
        ):
            tip = (
                self.tr("Entries from this date in earlier years")
                if key == "view:on-this-day"
                else ""
            )
            add(views, text, key, counts["views"][key], tip)

        kinds = counts["kinds"]
        if kinds:
            g = group(self.tr("Kinds"))
            for kind in Kind:
                if kinds.get(kind):
                    add(g, label(KIND_LABELS[kind], lang), f"kind:{kind.value}", kinds[kind])
        goals = counts["goals"]
        if goals:
            g = group(self.tr("Goals"))
            for goal_id, title, count in goals:
                add(g, title, f"goal:{goal_id}", count)
        for title, prefix, named in (
            (self.tr("Tags"), "tag", counts["tags"]),
            (self.tr("Skills"), "skill", counts["skills"]),
            (self.tr("People"), "person", counts["people"]),
        ):
            if named:
                g = group(title)
                for name, count in named[:50]:
                    add(g, name, f"{prefix}:{name}", count)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.blockSignals(False)
        self._select(self._key, emit=False)
        self._mark_days()

    def _items(self) -> list[QTreeWidgetItem]:
        result = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            result += [top.child(c) for c in range(top.childCount())]
        return result

    def select(self, key: str) -> None:
        self._select(key, emit=True)

    def _select(self, key: str, *, emit: bool) -> None:
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        for item in self._items():
            if item.data(0, KeyRole) == key:
                self.tree.setCurrentItem(item)
                break
        self.tree.blockSignals(False)
        self._key = key
        if emit:
            self.viewChanged.emit(key)

    def _current_changed(self, item: QTreeWidgetItem | None, _: Any) -> None:
        key = item.data(0, KeyRole) if item else None
        if key:
            self._key = key
            self.viewChanged.emit(key)

    def _day_clicked(self, date: QDate) -> None:
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        self.tree.blockSignals(False)
        self._key = f"day:{date.toString('yyyy-MM-dd')}"
        self.viewChanged.emit(self._key)

    def _mark_days(self) -> None:
        plain = QTextCharFormat()
        for date in self._marked:
            self.calendar.setDateTextFormat(date, plain)
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1) - dt.timedelta(days=7)
        last = dt.date(year + (month == 12), month % 12 + 1, 1) + dt.timedelta(days=14)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        self._marked = []
        for day, count in self.journal.days_with_entries(first, last).items():
            date = QDate(day.year, day.month, day.day)
            fmt = QTextCharFormat(bold)
            fmt.setToolTip(plaintext.tooltip(self.tr("%n entries", "", count)))
            self.calendar.setDateTextFormat(date, fmt)
            self._marked.append(date)
