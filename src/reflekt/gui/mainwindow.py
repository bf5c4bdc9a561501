"""The main window: puts the panes together (sidebar, entry list, editor, status bar)
and wires them to each other.

Its parts live beside it: ``shell.py`` paints the first frame (and says why this
module imports the panes inside ``load`` rather than at its top), ``session.py``
keeps the open journal, ``actions.py`` the menus, shortcuts and dialogs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QWidget

from reflekt.core.models import Entry
from reflekt.errors import ReflektError
from reflekt.gui import i18n
from reflekt.gui.settings import AppSettings
from reflekt.gui.shell import (
    PANE_SIZES,
    Banner,
    Shell,
    WelcomePage,
    app_icon,
    outline_rects,
    window_title,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from reflekt.core.journal import Journal
    from reflekt.gui.actions import Actions
    from reflekt.gui.reminder import Tray
    from reflekt.gui.session import Session

__all__ = ["MainWindow", "app_icon", "outline_rects"]


class MainWindow(Shell):
    """The main window.

    ``MainWindow(journal, settings)`` builds it whole. ``MainWindow(None, settings,
    path=...)`` builds only its shell (title, restored size, the outline of the panes)
    to paint at once; ``load(journal)`` then builds the rest into the same window.
    """

    session: Session
    action_table: Actions

    def __init__(
        self,
        journal: Journal | None,
        settings: AppSettings,
        *,
        path: Path | None = None,
        tray_factory: Callable[[QIcon, Any], Tray] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(settings, journal.path if journal is not None else path)
        self.today = today
        self._tray_factory = tray_factory
        if journal is not None:
            self.load(journal)

    # -- the panes ---------------------------------------------------------------

    def load(self, journal: Journal) -> None:
        """Build the full window on ``journal`` into the shell (or a fresh window)."""
        # Imported now, after the first frame (see shell.py).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton, QSplitter, QStackedWidget, QVBoxLayout

        from reflekt.gui import access, focus_ring, notices, plaintext
        from reflekt.gui.actions import Actions, apply_font_size
        from reflekt.gui.editor import EntryEditor
        from reflekt.gui.entry_list import EntryListModel, EntryListView, SearchField
        from reflekt.gui.reminder import Reminder, Tray
        from reflekt.gui.session import Session
        from reflekt.gui.sidebar import Sidebar

        settings = self.settings
        focus_ring.install()
        access.install()
        self._undo: list[str] = []
        self.team_library: Any = None
        self.growth: Any = None
        self.growth_page: Any = None
        self.session = Session(self, journal)
        self.session.changedElsewhere.connect(self._show_external_changes)
        self.setWindowIcon(app_icon())

        self.sidebar = Sidebar(journal)
        self.model = EntryListModel(journal, self)
        self.list = EntryListView()
        self.list.setModel(self.model)
        self.editor = EntryEditor(journal)
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search entries"))
        access.name_clear_button(self.search, self.tr("Clear the search"))
        self.prompt_banner = Banner("promptBanner")
        self.reminder_banner = Banner("reminderBanner")
        self.empty_label = plaintext.label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        middle = QWidget()
        mlayout = QVBoxLayout(middle)
        mlayout.setContentsMargins(6, 6, 6, 6)
        mlayout.addWidget(self.search)
        mlayout.addWidget(self.prompt_banner)
        mlayout.addWidget(self.list, 1)
        mlayout.addWidget(self.empty_label, 1)
        # Below the list: a reminder comes on a timer, and above the list it would push
        # the entries down under the pointer.
        mlayout.addWidget(self.reminder_banner)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(list(PANE_SIZES))
        self.splitter.setChildrenCollapsible(False)

        self.welcome = WelcomePage()
        self.welcome.start_button.clicked.connect(self._start_writing)
        self.welcome.demo_button.clicked.connect(self.session.open_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.demo_banner = notices.demo_banner()
        central = QWidget()
        clayout = QVBoxLayout(central)
        clayout.setContentsMargins(0, 0, 0, 0)
        clayout.setSpacing(0)
        clayout.addWidget(self.demo_banner)
        clayout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # No fixed accessible name: a screen reader reads the label's own words
        # ("Saved", "Editing…", "Not saved: …") as they change.
        self.saved_label = plaintext.label()
        self.statusBar().addPermanentWidget(self.saved_label)
        # What the status bar says for a moment ("Moved … to the trash", "Import
        # cancelled") is said to a screen reader too, politely.
        self.statusBar().messageChanged.connect(lambda text: access.announce(self, text))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)

        self._search_timer = self._timer(150, self._apply_search)
        self._sidebar_timer = self._timer(1200, self.sidebar.refresh_in_background)

        self.action_table = Actions(self, [self.list, self.sidebar])
        self.sidebar.viewChanged.connect(self._view_changed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.search.escaped.connect(self.clear_search)
        self.search.toList.connect(self._search_to_list)
        self.editor.saveStateChanged.connect(self.saved_label.setText)
        self.editor.created.connect(self._entry_created)
        self.editor.saved.connect(self._entry_saved)
        self.editor.restoreRequested.connect(self.restore_entry)
        # After one kept draft is settled, the next one (if any) comes back.
        self.editor.conflictResolved.connect(lambda: QTimer.singleShot(0, self.offer_drafts))
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)

        self.tray = (self._tray_factory or Tray)(app_icon(), self)
        self.tray.activated.connect(self._raise)
        self.reminder = Reminder(settings, parent=self)
        self.reminder.due.connect(self.show_reminder)

        apply_font_size(self, settings.font_size)
        self.setWindowTitle(window_title(journal.path))
        notices.update_demo_banner(self)
        self._restore_state()
        if not settings.welcomed and journal.count() == 0:
            self.pages.setCurrentWidget(self.welcome)
        self.loaded = True
        if self.isVisible():
            # Shown (and perhaps activated) while still a shell, with nothing to
            # focus: focus goes where activating the full window puts it, once the
            # new panes are shown (Qt shows widgets added to a shown window a moment
            # later).
            QTimer.singleShot(0, self.focus_first)
        QTimer.singleShot(2000, self.session.sync_team_folder)
        QTimer.singleShot(3000, self.session.backup_in_background)
        QTimer.singleShot(0, self.offer_drafts)

    def _timer(self, interval_ms: int, slot: Callable[[], object]) -> QTimer:
        """A timer that runs ``slot`` once, ``interval_ms`` after its last start."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- the session (kept here by these names for the panes and dialogs) ----------

    @property
    def journal(self) -> Journal:
        return self.session.journal

    @journal.setter
    def journal(self, journal: Journal) -> None:
        self.session.journal = journal

    def reopen_after(self, action: Callable[[], object], passphrase: object = "keep") -> bool:
        return self.session.reopen_after(action, passphrase)

    def leave_entry(self) -> bool:
        """Save the entry being written before leaving it; False (and it stays open,
        its words kept) when that failed."""
        if self.editor.save():
            return True
        self._keep_unsaved_entry()
        return False

    def pause_timers(self) -> None:
        for timer in (self._sidebar_timer, self._search_timer):
            timer.stop()

    def use_journal(self, journal: Journal) -> None:
        """Show ``journal`` (another one, or the same file reopened) in every pane."""
        from reflekt.gui import notices
        from reflekt.gui.actions import team_library_open

        self.editor.save()
        self.session.use(journal)
        self.editor.set_journal(journal)
        self.sidebar.set_journal(journal)
        self.model.set_journal(journal)
        self._undo.clear()
        self.action_table.refresh()
        if team_library_open(self) is not None:
            self.team_library.close()
            self.team_library = None
        if self.growth is not None:
            self.pages.removeWidget(self.growth_page)
            self.growth_page.deleteLater()
            self.growth = self.growth_page = None
        self.pages.setCurrentWidget(self.splitter)
        self.setWindowTitle(window_title(journal.path))
        notices.update_demo_banner(self)
        self.go("view:all")

    def _show_external_changes(self) -> None:
        """Show what another program (e.g. the reflekt command line) wrote meanwhile."""
        current = self.editor.entry.id if self.editor.entry and not self.editor.is_draft else None
        self.model.reload()
        self.sidebar.refresh()
        if current:
            try:
                fresh = self.journal.get(current)
            except ReflektError:
                title = self.editor.entry.display_title or "…"  # type: ignore[union-attr]
                self.editor.clear()  # deleted for good elsewhere: said, not just gone
                message = self.tr("“%1” was deleted for good elsewhere.").replace("%1", title)
                self.statusBar().showMessage(message, 15_000)
                return
            if fresh.revision != self.editor.entry.revision:  # type: ignore[union-attr]
                self.editor.load(fresh)
            row = self.model.row_of(current)
            if row is not None:
                self.list.set_current_row(row)

    # -- views, list and editor -------------------------------------------

    def go(self, key: str) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.sidebar.select(key)

    def _view_changed(self, key: str) -> None:
        from reflekt.gui.sidebar import filters_for

        self.settings.set_value("ui/last_view", key)
        self.model.set_filters(filters_for(key, self.today()))
        self._update_prompt()
        self._select_row(0)

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())
        self._select_row(0)
        self._update_empty_state()

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self._apply_search()
        self.list.setFocus()

    def _search_to_list(self) -> None:
        self.list.setFocus()
        self._select_row(max(0, self.list.currentIndex().row()))

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            if not self.editor.is_draft:
                self.editor.clear()
            return
        self.list.set_current_row(max(0, min(row, self.model.rowCount() - 1)))

    def _current_changed(self, current: Any, _: Any) -> None:
        entry: Entry | None = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is None:
            return
        if self.editor.entry is not None and self.editor.entry.id == entry.id:
            return
        if not self.editor.load(entry):
            self._keep_unsaved_entry()

    def _keep_unsaved_entry(self) -> None:
        """A save failed: stay on the entry being written so no word is lost."""
        from reflekt.gui.dialogs import show_error

        current = self.editor.entry
        self.list.set_current_row(
            self.model.row_of(current.id) if current and current.id else None, quietly=True
        )
        show_error(
            self,
            self.tr("The entry you are writing could not be saved, so it stays open: %1").replace(
                "%1", self.editor.last_error
            ),
        )

    def step(self, delta: int) -> None:
        self._select_row(self.list.currentIndex().row() + delta)

    def _update_empty_state(self, *_: Any) -> None:
        from reflekt.gui.notices import update_empty_state

        update_empty_state(self)

    def _prompt(self) -> str:
        from reflekt.core.templates import prompt_for

        return prompt_for(self.today(), i18n.current())

    def _update_prompt(self) -> None:
        if self.sidebar.key == "view:today" or self.journal.count() == 0:
            self.prompt_banner.show_message(
                self.tr("Today's prompt: %1").replace("%1", self._prompt()),
                self.tr("Write about it"),
                self.write_about_prompt,
            )
        else:
            self.prompt_banner.hide()

    def write_about_prompt(self) -> None:
        prompt = self._prompt()
        self.new_entry()
        self.editor.show_prompt(prompt)

    def show_reminder(self) -> None:
        prompt = self._prompt()
        if not self.tray.notify(self.tr("Time to reflect"), prompt):
            self.reminder_banner.show_message(
                self.tr("Time to reflect: %1").replace("%1", prompt),
                self.tr("Write now"),
                lambda: (self.reminder_banner.hide(), self.write_about_prompt()),
                closable=True,
            )

    def _start_writing(self) -> None:
        self.settings.welcomed = True
        self.pages.setCurrentWidget(self.splitter)
        self.new_entry()

    # -- writing -----------------------------------------------------------------

    def new_entry(self, template: str = "free") -> None:
        self.pages.setCurrentWidget(self.splitter)
        if self.sidebar.key == "view:trash":
            self.sidebar.select("view:all")
        if not self.leave_entry():
            return
        from reflekt.gui import notices

        self.list.set_current_row(None)
        self.editor.new_entry(template, day=notices.picked_day(self.sidebar.key) or self.today())

    def _entry_created(self, entry: Entry) -> None:
        row = self.model.insert_entry(entry)  # not a reload of every loaded row
        if row is not None:
            self.list.set_current_row(row)
        self.sidebar.refresh_in_background()
        self._update_prompt()

    def _entry_saved(self, entry: Entry) -> None:
        self.model.replace_entry(entry)
        self._sidebar_timer.start()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def deleted(self, entry_id: str) -> None:
        """An entry went to the trash: undo offered (Ctrl+Z, the status bar's Undo)."""
        self._undo.append(entry_id)
        self.action_table.refresh()
        self.undo_button.show()
        QTimer.singleShot(10_000, self.undo_button.hide)

    def delete_entry(self) -> None:
        from reflekt.gui.actions import delete_entry

        delete_entry(self)

    def undo_delete(self) -> None:
        if self._undo:
            entry_id = self._undo.pop()
            self.action_table.refresh()
            self.undo_button.hide()
            self.restore_entry(entry_id)

    def restore_entry(self, entry_id: str) -> None:
        entry = self.journal.restore(entry_id)
        if self.sidebar.key == "view:trash":
            self.model.remove_entry(entry_id)
            self.editor.clear()
            self._select_row(self.list.currentIndex().row())
        else:
            row = self.model.insert_entry(entry)  # not a reload of every loaded row
            if row is not None:
                self._select_row(row)
        self.sidebar.refresh_in_background()
        self.statusBar().showMessage(
            self.tr("Restored “%1”.").replace("%1", entry.display_title or "…"), 5000
        )

    def trash_question(self, count: int) -> str:
        # A plural: pyside6-lupdate marks %n forms only in self.tr(text, "", n).
        return self.tr("Remove %n entries for good? This cannot be undone.", "", count)

    def trash_emptied(self) -> None:
        self._undo.clear()
        self.action_table.refresh()
        if self.editor.entry is not None and self.editor.entry.in_trash:
            self.editor.clear()
        self.model.reload()
        self.sidebar.refresh()

    def offer_drafts(self) -> None:
        """Bring back text kept while a conflict was open (the app was closed or
        crashed with the bar up): on screen again, saved if nothing moved on meanwhile,
        else with the bar asking what to keep."""
        from reflekt.gui.conflict import local_time

        if not self.loaded or self.editor.has_conflict:
            return
        kept = self.session.newest_draft(self.today())
        if kept is None:
            return
        draft, base = kept
        self.pages.setCurrentWidget(self.splitter)
        self.list.set_current_row(self.model.row_of(draft.entry_id), quietly=True)
        self.editor.resume_draft(draft.values, base)
        self.statusBar().showMessage(
            self.tr("Your unsaved text from %1 is back.").replace("%1", local_time(draft.saved)),
            10_000,
        )

    # -- the growth page and entries picked elsewhere ------------------------------

    def open_growth(self) -> None:
        """The growth view, in place of the journal (pyqtgraph loads only now)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton, QVBoxLayout

        from reflekt.gui.actions import open_report
        from reflekt.gui.growth_view import GrowthView

        self.editor.save()
        if self.growth is None or self.growth.journal is not self.journal:
            if self.growth is not None:
                self.pages.removeWidget(self.growth_page)
                self.growth_page.deleteLater()
            self.growth_page = QWidget()
            layout = QVBoxLayout(self.growth_page)
            back = QPushButton(self.tr("← Back to the journal"))
            back.clicked.connect(lambda: self.pages.setCurrentWidget(self.splitter))
            layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
            self.growth = GrowthView(self.journal, self.growth_page, today=self.today)
            self.growth.entriesRequested.connect(self.show_filtered)
            self.growth.reportRequested.connect(lambda period: open_report(self, period))
            layout.addWidget(self.growth, 1)
            self.pages.addWidget(self.growth_page)
        else:
            self.growth.refresh()
        self.pages.setCurrentWidget(self.growth_page)

    def show_filtered(self, filters: Any) -> None:
        """Entries a chart pointed at (a day, a bar), in the list, until another view."""
        self.pages.setCurrentWidget(self.splitter)
        self.search.clear()
        self.sidebar.tree.clearSelection()
        self.sidebar.tree.setCurrentItem(None)
        self.model.set_filters(filters)
        self.prompt_banner.show_message(
            self.tr(
                "Showing the %n entries you picked in the chart.", "", self.journal.count(filters)
            ),
            self.tr("Show all entries"),
            lambda: self.go("view:all"),
        )
        self._select_row(0)

    def show_entry(self, entry_id: str) -> None:
        """Open one entry, switching to All entries so it is in the list."""
        self.clear_search()
        self.go("view:all")
        entry = self.journal.get(entry_id)
        while self.model.row_of(entry.id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(entry.id)
        if row is not None:
            self._select_row(row)

    def team_entry_created(self, entry_id: str) -> None:
        self.sidebar.refresh()
        self.show_entry(entry_id)

    # -- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        splitter = self.settings.value("ui/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        key = str(self.settings.value("ui/last_view", "view:all") or "view:all")
        self.go(key if key.startswith("view:") else "view:all")

    def _outline(self) -> str:
        """Where the sidebar, search field and entry list are now, for the next shell."""
        if self.pages.currentWidget() is not self.splitter:
            return ""
        listing = self.list if self.list.isVisible() else self.empty_label
        return self.outline_of([self.sidebar, self.search, listing])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.loaded:  # still a shell: nothing written, nothing to keep
            event.accept()
            return
        from PySide6.QtWidgets import QMessageBox

        from reflekt.gui import plaintext
        from reflekt.gui.actions import team_library_open

        if not self.editor.save() and not self.editor.has_conflict:
            # (With the conflict bar up the typed text is kept as a draft in the journal
            # and comes back at the next start: nothing to lose by closing.)
            answer = plaintext.warn(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The entry you are writing could not be saved: %1\n\n"
                    "Close anyway? The unsaved text will be lost."
                ).replace("%1", self.editor.last_error),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        # The backup on close must finish before the exit, so it is waited for, with
        # the window already off the screen: nobody sees a frozen window. (No nested
        # event loop here: a close may come while widgets are being deleted.)
        geometry = self.saveGeometry()
        self.hide()
        self.session.backup_on_close()
        self.settings.set_value("ui/geometry", geometry)
        self.settings.set_value("ui/splitter", self.splitter.saveState())
        self.settings.set_value("ui/outline", self._outline())
        self.settings.sync()
        self.session.timer.stop()
        self.pause_timers()
        self.reminder.timer.stop()
        if team_library_open(self) is not None:
            self.team_library.close()
        event.accept()
