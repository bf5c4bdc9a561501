"""The main window: sidebar, entry list and editor, with every action in a menu."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMainWindow, QWidget

from reflekt import paths
from reflekt.gui import i18n
from reflekt.gui.settings import AppSettings
from reflekt.gui.theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QPaintEvent
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLineEdit,
        QMessageBox,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
    )

    from reflekt.core.journal import Journal
    from reflekt.core.models import Entry
    from reflekt.core.templates import prompt_for
    from reflekt.errors import ReflektError
    from reflekt.gui import plaintext
    from reflekt.gui.conflict import local_time
    from reflekt.gui.dialogs import ShortcutsDialog, TemplateChooser, exec_and_free, show_error
    from reflekt.gui.editor import EntryEditor
    from reflekt.gui.entry_list import EntryListModel, EntryListView
    from reflekt.gui.goals import GoalsDialog
    from reflekt.gui.reminder import Reminder, Tray
    from reflekt.gui.settings_dialog import SettingsDialog
    from reflekt.gui.sidebar import Sidebar, filters_for


def _load_modules() -> None:
    """Import what the full window needs, as this module's globals.

    Deferred so that the shell (``MainWindow(None, ...)``) paints before any of it
    loads: the journal facade, the panes and dialogs, and Qt's ``Qt`` namespace,
    whose enums alone take ~0.1 s to set up.
    """
    global Qt, QItemSelectionModel, QAction, QCloseEvent, QFont, QIcon, QKeySequence
    global QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QSplitter, QStackedWidget
    global QVBoxLayout
    global Journal, Entry, prompt_for, ReflektError, ShortcutsDialog, TemplateChooser
    global show_error, exec_and_free, EntryEditor, EntryListModel, EntryListView, GoalsDialog
    global Reminder, Tray, SettingsDialog, Sidebar, filters_for, plaintext, local_time
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLineEdit,
        QMessageBox,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
    )

    from reflekt.core.journal import Journal
    from reflekt.core.models import Entry
    from reflekt.core.templates import prompt_for
    from reflekt.errors import ReflektError
    from reflekt.gui import plaintext
    from reflekt.gui.conflict import local_time
    from reflekt.gui.dialogs import ShortcutsDialog, TemplateChooser, exec_and_free, show_error
    from reflekt.gui.editor import EntryEditor
    from reflekt.gui.entry_list import EntryListModel, EntryListView
    from reflekt.gui.goals import GoalsDialog
    from reflekt.gui.reminder import Reminder, Tray
    from reflekt.gui.settings_dialog import SettingsDialog
    from reflekt.gui.sidebar import Sidebar, filters_for


EXTERNAL_CHECK_MS = 2000


class Banner(QWidget):
    """A one-line message with an optional button, above the entry list."""

    def __init__(self, object_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = plaintext.label()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, button: str = "", closable: bool = False) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.close_button.setVisible(closable)
        self.show()


class WelcomePage(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = plaintext.label(self.tr("Welcome to reflekt"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = plaintext.label(
            self.tr(
                "A private journal for what you learn at work: short reflections, lessons "
                "from mistakes and successes, what colleagues taught you and what you shared.\n\n"
                "Everything stays on this computer. Nothing is shared unless you export it."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        self.start_button = QPushButton(self.tr("Start writing"))
        self.start_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open a demo journal"))
        self.demo_button.setToolTip(
            self.tr("A year of sample entries in a separate file, to look around safely.")
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)


PANE_SIZES = (220, 380, 620)  # sidebar, entry list, editor, until the person moves them


def splitter_sizes(state: object) -> list[int]:
    """The pane widths in a saved ``QSplitter.saveState()``, or the defaults.

    Read directly (a marker, a version, then the sizes as a counted list of 32-bit
    integers, big-endian), so the shell can outline the panes where they will be
    without building a splitter.
    """
    import struct

    if isinstance(state, QByteArray):
        data = bytes(state.data())
        try:
            _marker, _version, count = struct.unpack_from(">iiI", data)
            if count == len(PANE_SIZES):
                sizes = list(struct.unpack_from(f">{count}i", data, 12))
                if all(size >= 0 for size in sizes) and sum(sizes) > 0:
                    return sizes
        except struct.error:
            pass
    return list(PANE_SIZES)


def outline_rects(value: object) -> list[tuple[int, int, int, int]]:
    """The rectangles stored by ``MainWindow._outline`` ("x,y,w,h;..."), or none."""
    if isinstance(value, list):  # QSettings may hand back "a,b" as a list
        value = ",".join(str(v) for v in value)
    try:
        rects = [tuple(int(n) for n in part.split(",")) for part in str(value or "").split(";")]
    except ValueError:
        return []
    return [r for r in rects if len(r) == 4 and r[2] > 0 and r[3] > 0]  # type: ignore[misc]


class MainWindow(QMainWindow):
    """The main window.

    ``MainWindow(journal, settings)`` builds it whole. ``MainWindow(None, settings,
    path=...)`` builds only its shell (title, restored size, the outline of the panes)
    to paint at once; ``load(journal)`` then builds the rest into the same window.
    """

    firstPainted = Signal()

    def __init__(
        self,
        journal: Journal | None,
        settings: AppSettings,
        *,
        path: Path | None = None,
        tray_factory: Callable[[QIcon, Any], Tray] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.today = today
        self.loaded = False
        self._painted = False
        self._tray_factory = tray_factory
        self.setObjectName("MainWindow")
        self._build_shell(journal.path if journal is not None else path)
        if journal is not None:
            self.load(journal)

    def _build_shell(self, path: Path | None) -> None:
        """Title, size and the outline of the panes, with no child widgets yet.

        The outline is painted (``paintEvent``) where the sidebar, the search field
        and the entry list were when reflekt last closed: child widgets would cost
        the first frame Qt's layout animation, and menu texts its font set-up.
        """
        if path is not None:
            self.setWindowTitle(self._title(path))
        self._first_run = not self.settings.welcomed and not (path is not None and path.exists())
        geometry = self.settings.value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _focus_first(self) -> None:
        if self.focusWidget() is None:
            self.focusNextChild()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.loaded and not self._first_run:  # the welcome page needs no outline
            self._paint_outline()
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def _paint_outline(self) -> None:
        """The panes' outline, calm: their background colour where they will be."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter

        rects = outline_rects(self.settings.value("ui/outline"))
        if not rects:  # never closed since: the default sizes, roughly placed
            sizes = splitter_sizes(self.settings.value("ui/splitter"))
            scale = self.width() / sum(sizes)
            top, height = 24, self.height() - 48
            sidebar, middle = int(sizes[0] * scale), int(sizes[1] * scale)
            rects = [
                (0, top, sidebar, height),
                (sidebar + 12, top + 6, middle - 12, 24),
                (sidebar + 12, top + 36, middle - 12, height - 42),
            ]
        base = self.palette().color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        for x, y, w, h in rects:
            painter.fillRect(QRect(x, y, w, h), base)
        painter.end()

    def _outline(self) -> str:
        """Where the sidebar, search field and entry list are now, for the next shell."""
        if self.pages.currentWidget() is not self.splitter:
            return ""
        from PySide6.QtCore import QPoint

        listing = self.list if self.list.isVisible() else self.empty_label
        parts = []
        for widget in (self.sidebar, self.search, listing):
            corner = widget.mapTo(self, QPoint(0, 0))
            parts.append(f"{corner.x()},{corner.y()},{widget.width()},{widget.height()}")
        return ";".join(parts)

    def load(self, journal: Journal) -> None:
        """Build the full window on ``journal`` into the shell (or a fresh window)."""
        _load_modules()
        self.journal = journal
        settings = self.settings
        self._undo: list[str] = []
        self.team_library: Any = None
        self.growth: Any = None
        self.growth_page: Any = None
        self._task: Any = None
        self._backup_task: Any = None
        self._reopening = False  # the journal is closed while a file operation runs
        self._data_version = journal.data_version()
        self.setWindowIcon(app_icon())

        self.sidebar = Sidebar(journal)
        self.model = EntryListModel(journal, self)
        self.list = EntryListView()
        self.list.setModel(self.model)
        self.editor = EntryEditor(journal)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search entries"))
        self.prompt_banner = Banner("promptBanner")
        self._banner_action: Callable[[], Any] = self.write_about_prompt
        self.prompt_banner.button.clicked.connect(lambda: self._banner_action())
        self.reminder_banner = Banner("reminderBanner")
        self.reminder_banner.button.clicked.connect(self._write_from_reminder)
        self.empty_label = plaintext.label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        middle = QWidget()
        mlayout = QVBoxLayout(middle)
        mlayout.setContentsMargins(6, 6, 6, 6)
        mlayout.addWidget(self.search)
        mlayout.addWidget(self.reminder_banner)
        mlayout.addWidget(self.prompt_banner)
        mlayout.addWidget(self.list, 1)
        mlayout.addWidget(self.empty_label, 1)

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
        self.welcome.demo_button.clicked.connect(self.open_demo_journal)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        self.saved_label = plaintext.label()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(1200)
        self._sidebar_timer.timeout.connect(self.sidebar.refresh_in_background)
        self._external_timer = QTimer(self)
        self._external_timer.setInterval(EXTERNAL_CHECK_MS)
        self._external_timer.timeout.connect(self.check_external_changes)
        self._external_timer.start()

        self._build_actions()
        self.sidebar.viewChanged.connect(self._view_changed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.search.installEventFilter(self)
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

        self.apply_font_size(settings.font_size)
        self._update_title()
        self._restore_state()
        if not settings.welcomed and journal.count() == 0:
            self.pages.setCurrentWidget(self.welcome)
        self.loaded = True
        if self.isVisible():
            # Shown (and perhaps activated) while still a shell, with nothing to
            # focus: focus goes where activating the full window puts it, once the
            # new panes are shown (Qt shows widgets added to a shown window a moment
            # later).
            QTimer.singleShot(0, self._focus_first)
        QTimer.singleShot(2000, self.sync_team_folder)
        QTimer.singleShot(3000, self.backup_in_background)
        QTimer.singleShot(0, self.offer_drafts)

    # -- actions and menus -----------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | str | list[QKeySequence | str] | None = None,
        *,
        widgets: list[QWidget] | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda *_: slot())
        if widgets:
            # Keys like Delete and Ctrl+Z mean something else inside a text field.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in widgets:
                widget.addAction(action)
        else:
            self.addAction(action)
        self.actions_by_name[text] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = a(self.tr("&New entry"), self.new_entry, QKeySequence.StandardKey.New)
        self.template_action = a(
            self.tr("New entry from a &template…"), self.new_from_template, "Ctrl+Shift+N"
        )
        menu.addActions([self.new_action, self.template_action])
        menu.addSeparator()
        menu.addAction(a(self.tr("&Open journal…"), lambda: self._choose_journal(False), "Ctrl+O"))
        menu.addAction(
            a(self.tr("Create a new &journal…"), lambda: self._choose_journal(True), "Ctrl+Alt+N")
        )
        menu.addAction(a(self.tr("Open the &demo journal"), self.open_demo_journal))
        menu.addSeparator()
        self.settings_action = a(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        list_widgets: list[QWidget] = [self.list, self.sidebar]
        self.undo_action = a(
            self.tr("&Undo delete"), self.undo_delete, "Ctrl+Z", widgets=list_widgets
        )
        self.undo_action.setEnabled(False)
        self.delete_action = a(
            self.tr("&Delete entry"),
            self.delete_entry,
            QKeySequence.StandardKey.Delete,
            widgets=list_widgets,
        )
        self.save_action = a(self.tr("&Save now"), self.editor.save, QKeySequence.StandardKey.Save)
        self.star_action = a(self.tr("S&tar or unstar"), self.editor.toggle_star, "Ctrl+D")
        self.preview_action = a(
            self.tr("&Preview text"), self.editor.toggle_preview, "Ctrl+Shift+P"
        )
        self.find_action = a(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        menu.addActions([self.undo_action, self.delete_action, self.save_action, self.star_action])
        menu.addSeparator()
        menu.addActions([self.preview_action, self.find_action])

        menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, text) in enumerate(
            (
                ("view:all", self.tr("&All entries")),
                ("view:today", self.tr("&Today")),
                ("view:on-this-day", self.tr("On this &day")),
                ("view:starred", self.tr("&Starred")),
                ("view:shareable", self.tr("S&hareable")),
                ("view:trash", self.tr("T&rash")),
            ),
            start=1,
        ):
            menu.addAction(a(text, lambda k=key: self.go(k), f"Ctrl+{number}"))
        menu.addSeparator()
        menu.addAction(a(self.tr("&Next entry"), lambda: self._step(1), "Alt+Down"))
        menu.addAction(a(self.tr("&Previous entry"), lambda: self._step(-1), "Alt+Up"))

        menu = self.menuBar().addMenu(self.tr("&Share"))
        self.share_action = a(self.tr("&Share entries…"), self.open_export, "Ctrl+E")
        self.team_action = a(self.tr("&Team library"), self.open_team_library, "Ctrl+L")
        self.import_action = a(self.tr("&Import from another journal…"), self.import_file, "Ctrl+I")
        self.shares_action = a(self.tr("What I have s&hared"), self.open_share_log)
        menu.addActions(
            [self.share_action, self.team_action, self.import_action, self.shares_action]
        )

        menu = self.menuBar().addMenu(self.tr("G&rowth"))
        self.goals_action = a(self.tr("Development &goals…"), self.open_goals, "Ctrl+G")
        self.growth_action = a(self.tr("Growth &review"), self.open_growth, "Ctrl+Shift+G")
        self.report_action = a(
            self.tr("Prepare for my &development talk…"), self.open_report, "Ctrl+Shift+D"
        )
        menu.addActions([self.goals_action, self.growth_action, self.report_action])

        menu = self.menuBar().addMenu(self.tr("&Trash"))
        self.restore_action = a(self.tr("&Restore entry"), self._restore_current, "Ctrl+Shift+R")
        self.empty_trash_action = a(self.tr("&Empty trash…"), self.empty_trash)
        menu.addActions([self.restore_action, self.empty_trash_action])

        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = a(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"]
        )
        menu.addAction(self.shortcuts_action)
        menu.addAction(a(self.tr("&About reflekt"), self.show_about))

        self.escape_action = QAction(self)
        self.escape_action.setShortcut(QKeySequence("Esc"))
        self.escape_action.triggered.connect(self.clear_search)
        self.list.addAction(self.escape_action)
        self.escape_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def all_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    # -- views, list and editor -------------------------------------------

    def go(self, key: str) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.sidebar.select(key)

    def _view_changed(self, key: str) -> None:
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

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.clear_search()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.list.setFocus()
                self._select_row(max(0, self.list.currentIndex().row()))
                return True
        return super().eventFilter(watched, event)

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            if not self.editor.is_draft:
                self.editor.clear()
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

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
        current = self.editor.entry
        row = self.model.row_of(current.id) if current and current.id else None
        self.list.selectionModel().blockSignals(True)
        if row is None:
            self.list.selectionModel().clearCurrentIndex()
            self.list.clearSelection()
        else:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.list.selectionModel().blockSignals(False)
        show_error(
            self,
            self.tr("The entry you are writing could not be saved, so it stays open: %1").replace(
                "%1", self.editor.last_error
            ),
        )

    def _step(self, delta: int) -> None:
        self._select_row(self.list.currentIndex().row() + delta)

    def _update_empty_state(self, *_: Any) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            key = self.sidebar.key
            if self.model.query:
                text = self.tr("Nothing matches “%1”. Press Esc to see all entries again.").replace(
                    "%1", self.model.query
                )
            elif key == "view:trash":
                text = self.tr("The trash is empty.")
            elif self.journal.count() == 0:
                text = self.tr(
                    "Your journal is empty. Press Ctrl+N to write your first reflection."
                )
            else:
                text = self.tr("No entries here yet.")
            self.empty_label.setText(text)
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)

    def _update_prompt(self) -> None:
        key = self.sidebar.key
        self._banner_action = self.write_about_prompt
        if key == "view:today" or self.journal.count() == 0:
            prompt = prompt_for(self.today(), i18n.current())
            self.prompt_banner.show_message(
                self.tr("Today's prompt: %1").replace("%1", prompt), self.tr("Write about it")
            )
        else:
            self.prompt_banner.hide()

    def write_about_prompt(self) -> None:
        prompt = prompt_for(self.today(), i18n.current())
        self.new_entry()
        self.editor.show_prompt(prompt)

    # -- writing -----------------------------------------------------------------

    def new_entry(self, template: str = "free") -> None:
        self.pages.setCurrentWidget(self.splitter)
        if self.sidebar.key == "view:trash":
            self.sidebar.select("view:all")
        if not self.editor.save():
            self._keep_unsaved_entry()
            return
        self.list.selectionModel().clearCurrentIndex()
        self.list.clearSelection()
        self.editor.new_entry(template, day=self.today())

    def new_from_template(self) -> None:
        chooser = TemplateChooser(self)
        if exec_and_free(chooser):
            self.new_entry(chooser.chosen())

    def _entry_created(self, entry: Entry) -> None:
        row = self.model.insert_entry(entry)  # not a reload of every loaded row
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.sidebar.refresh_in_background()
        self._update_prompt()

    def _entry_saved(self, entry: Entry) -> None:
        self.model.replace_entry(entry)
        self._sidebar_timer.start()

    def delete_entry(self) -> None:
        entry = self.editor.entry
        if entry is None or self.editor.is_draft or entry.in_trash:
            return
        if self.editor.has_conflict:  # the typed text waits for a choice in the bar
            self.statusBar().showMessage(self.editor.last_error, 10_000)
            return
        self.editor.save()
        row = self.list.currentIndex().row()
        self.journal.delete(entry.id)
        self._undo.append(entry.id)
        self.undo_action.setEnabled(True)
        self.editor.clear()
        self.model.remove_entry(entry.id)
        self._select_row(row)
        self.sidebar.refresh()
        self.statusBar().showMessage(
            self.tr("Moved “%1” to the trash.").replace("%1", entry.display_title or "…"), 10_000
        )
        self.undo_button.show()
        QTimer.singleShot(10_000, self.undo_button.hide)

    def undo_delete(self) -> None:
        if not self._undo:
            return
        entry_id = self._undo.pop()
        self.undo_action.setEnabled(bool(self._undo))
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

    def _restore_current(self) -> None:
        entry = self.editor.entry
        if entry is not None and entry.in_trash:
            self.restore_entry(entry.id)

    def empty_trash(self) -> None:
        count = self.journal.count(filters_for("view:trash"))
        if not count:
            self.statusBar().showMessage(self.tr("The trash is already empty."), 4000)
            return
        if not plaintext.ask(
            self,
            self.tr("Empty the trash?"),
            self.tr("Remove %n entries for good? This cannot be undone.", "", count),
        ):
            return
        self.journal.empty_trash()
        self._undo.clear()
        self.undo_action.setEnabled(False)
        if self.editor.entry is not None and self.editor.entry.in_trash:
            self.editor.clear()
        self.model.reload()
        self.sidebar.refresh()

    # -- goals, settings, help -------------------------------------------------

    def open_goals(self) -> None:
        self.editor.save()
        dialog = GoalsDialog(self.journal, self)
        dialog.goalsChanged.connect(self.sidebar.refresh)
        dialog.entryRequested.connect(lambda entry_id: (dialog.accept(), self.show_entry(entry_id)))
        exec_and_free(dialog)
        if self.editor.entry is not None and not self.editor.is_draft:
            self.editor.load(self.journal.get(self.editor.entry.id))

    # -- growth ------------------------------------------------------------------

    def open_growth(self) -> None:
        """The growth view, in place of the journal (pyqtgraph loads only now)."""
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
            self.growth.reportRequested.connect(self.open_report)
            layout.addWidget(self.growth, 1)
            self.pages.addWidget(self.growth_page)
        else:
            self.growth.refresh()
        self.pages.setCurrentWidget(self.growth_page)

    def open_report(self, period: Any = None) -> None:
        from reflekt.gui.report_dialog import ReportDialog

        self.editor.save()
        dialog = ReportDialog(self.journal, period, self, lang=i18n.current(), today=self.today())
        exec_and_free(dialog)
        if self.growth is not None:
            self.growth.talk_recorded()

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
        )
        self._banner_action = lambda: self.go("view:all")
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

    # -- sharing ---------------------------------------------------------------

    def open_export(self) -> None:
        from reflekt.gui.share_dialog import ExportDialog

        if not self.editor.save():
            self._keep_unsaved_entry()
            return
        while self.model.canFetchMore() and self.model.rowCount() < 500:
            self.model.fetchMore()
        candidates = [self.model.entry_at(r) for r in range(self.model.rowCount())]
        current = self.editor.entry
        chosen = (
            {current.id}
            if current is not None and not self.editor.is_draft and not current.in_trash
            else None
        )
        entries = [e for e in candidates if e is not None and not e.in_trash]
        if current is not None and chosen and all(e.id != current.id for e in entries):
            entries.insert(0, self.journal.get(current.id))
        exec_and_free(ExportDialog(self.journal, entries, chosen, self))

    def open_share_log(self) -> None:
        from reflekt.gui.share_dialog import SharesDialog

        exec_and_free(SharesDialog(self.journal, self))

    def open_team_library(self) -> None:
        from reflekt.gui.team_view import TeamLibrary

        library = self._open_team_library()
        if library is None or library.journal is not self.journal:
            self.team_library = TeamLibrary(self.journal, self, opener=self.open_connection)
            self.team_library.entryCreated.connect(self._team_entry_created)
            # Freed when closed (it holds up to 500 lessons): the next open makes a new one.
            self.team_library.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.team_library.show()
        self.team_library.raise_()
        self.team_library.activateWindow()
        self.team_library.sync(quiet=True)

    def _open_team_library(self) -> Any:
        """The team library window while it is open (a closed one is being freed)."""
        import shiboken6

        library = self.team_library
        if library is None or not shiboken6.isValid(library) or not library.isVisible():
            self.team_library = None
            return None
        return library

    def _team_entry_created(self, entry_id: str) -> None:
        self.sidebar.refresh()
        self.show_entry(entry_id)

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from reflekt.errors import Cancelled
        from reflekt.gui.operations import Operation, show_failure, with_journal
        from reflekt.share.importers import import_file

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import entries"),
            "",
            self.tr(
                "Journal exports (*.json *.zip *.md);;jrnl or Day One JSON (*.json);;"
                "Day One export (*.zip);;All files (*)"
            ),
        )
        if not path:
            return
        self.editor.save()

        def done(report: Any) -> None:
            self._refresh_after_background_write()
            plaintext.inform(self, self.tr("Import finished"), "\n".join(report.lines()))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(
                    self.tr("Import cancelled. Nothing was imported."), 8000
                )
            else:
                show_failure(self, exc)

        self._task = Operation(
            self,
            with_journal(
                self.open_connection,
                lambda journal, cancelled: import_file(journal, Path(path), cancelled=cancelled),
            ),
            title=self.tr("Importing"),
            on_done=done,
            on_error=failed,
        )

    def _refresh_after_background_write(self) -> None:
        self._data_version = -1  # another connection wrote: look again now
        self.check_external_changes()

    def open_connection(self) -> Journal:
        """A second connection to this journal, for work on another thread."""
        from reflekt.gui.operations import second_connection

        return second_connection(self.journal)()

    def backup_in_background(self) -> None:
        """The automatic backup on start: only when due, never in the person's way."""
        from reflekt.gui.operations import Operation, with_journal

        if not self.isVisible() or self._reopening:
            return
        self._backup_task = Operation(
            self,
            with_journal(
                self.open_connection,
                lambda journal, cancelled: journal.backups.if_due("start"),
            ),
            title=self.tr("Backing up"),
            on_done=lambda made: None,
            on_error=self._backup_failed,
            show_progress=False,
        )

    def _backup_failed(self, exc: BaseException) -> None:
        from reflekt.gui.operations import show_failure

        if not isinstance(exc, ReflektError):
            show_failure(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("The automatic backup failed: %1").replace("%1", exc.message), 15_000
        )

    def sync_team_folder(self) -> None:
        """On start: bring the team library up to date in the background, quietly."""
        from reflekt.gui.operations import Operation, with_journal
        from reflekt.share import team

        if not self.isVisible() or self._reopening or team.folder(self.journal) is None:
            return
        self._task = Operation(
            self,
            with_journal(
                self.open_connection,
                lambda journal, cancelled: team.scan(journal, cancelled=cancelled),
            ),
            title=self.tr("Checking the team folder"),
            on_done=lambda report: None,
            on_error=lambda exc: None,  # the library shows problems when it is opened
            show_progress=False,
        )

    def open_settings(self) -> None:
        from reflekt.gui.safety import SafetyPanel

        dialog = SettingsDialog(self.settings, self.journal.path, self)
        panel = SafetyPanel(self.journal, self.reopen_after, dialog)
        panel.changed.connect(lambda: panel.set_journal(self.journal))
        dialog.add_section(panel)
        dialog.themeChanged.connect(apply_theme)
        dialog.fontSizeChanged.connect(self.apply_font_size)
        dialog.reminderChanged.connect(self.reminder.check)
        dialog.journalRequested.connect(self._choose_journal)
        exec_and_free(dialog)
        self.settings.sync()

    def apply_font_size(self, size: int) -> None:
        font = QFont(self.font())
        if size:
            font.setPointSize(size)
        self.editor.page.setFont(font)
        self.list.setFont(font)

    def show_shortcuts(self) -> None:
        exec_and_free(ShortcutsDialog(self.all_actions(), self))

    def show_about(self) -> None:
        from reflekt import __version__

        plaintext.message(
            self,
            QMessageBox.Icon.Information,
            self.tr("About reflekt"),
            self.tr(
                "reflekt %1\n\nA private journal for reflection and learning at work. "
                "Your journal stays on this computer.\n\nJournal: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.journal.path)),
        )

    def show_reminder(self) -> None:
        title = self.tr("Time to reflect")
        prompt = prompt_for(self.today(), i18n.current())
        if not self.tray.notify(title, prompt):
            self.reminder_banner.show_message(
                self.tr("Time to reflect: %1").replace("%1", prompt),
                self.tr("Write now"),
                closable=True,
            )

    def _write_from_reminder(self) -> None:
        self.reminder_banner.hide()
        self.write_about_prompt()

    # -- journals ----------------------------------------------------------------

    def _start_writing(self) -> None:
        self.settings.welcomed = True
        self.pages.setCurrentWidget(self.splitter)
        self.new_entry()

    def open_demo_journal(self) -> None:
        from reflekt.core.demo import fill_demo

        if not self.editor.save():
            self._keep_unsaved_entry()
            return
        self.settings.welcomed = True
        path = paths.demo_journal()
        try:
            demo = Journal.open(path)
            if demo.count() == 0:
                fill_demo(demo, i18n.current())
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self._use_journal(demo)

    def _choose_journal(self, create: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        file_filter = self.tr("reflekt journals (*.reflekt);;All files (*)")
        if create:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Create a new journal"), "journal.reflekt", file_filter
            )
            if path and not path.endswith(".reflekt"):
                path += ".reflekt"
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a journal"), "", file_filter)
        if path:
            self.switch_journal(Path(path), create)

    def switch_journal(self, path: Path, create: bool = False) -> None:
        from reflekt.gui.safety import open_journal

        if not self.editor.save():  # never leave unsaved words behind in the old journal
            self._keep_unsaved_entry()
            return
        journal = open_journal(path, self, create=create)
        if journal is not None:
            self._use_journal(journal)

    def reopen_after(self, action: Callable[[], object], passphrase: object = "keep") -> bool:
        """Save and close the journal, run ``action`` (which replaces the file), reopen it.

        ``passphrase``: "keep" the current one, a new one (after encrypting or changing
        it), or None (after removing encryption). Returns False, with the journal open
        as before, when ``action`` failed.
        """
        from reflekt.gui.safety import ask_passphrase

        if not self.editor.save():
            self._keep_unsaved_entry()
            return False
        path = self.journal.path
        from PySide6.QtCore import QCoreApplication

        from reflekt.gui.operations import run_and_wait, wait_for_operations

        current = self.journal.passphrase
        known = current if passphrase == "keep" else passphrase
        self.editor.clear()
        self._reopening = True
        # The event loop turns while the action runs: nothing may reach the closed journal.
        for timer in (self._external_timer, self._sidebar_timer, self._search_timer):
            timer.stop()
        # The action takes the journal's lock exclusively: a background job (the team
        # folder scan, the start-up backup, a recount) still holding its own connection
        # would get it refused, so let those finish, and their results land, first.
        wait_for_operations(10_000)
        QCoreApplication.sendPostedEvents()
        self.journal.close()
        ok = True
        try:  # off the GUI thread: the window keeps painting while the file is rewritten
            run_and_wait(self, lambda cancelled: action(), title=self.tr("Working on the journal"))
        except ReflektError as exc:
            show_error(self, exc.message)
            ok, known = False, current
        asker = ask_passphrase(self)

        def provide(p: Path, attempt: int) -> str | None:
            return str(known) if known and attempt == 0 else asker(p, attempt)

        try:
            journal = Journal.open(path, create=False, passphrase=provide)
        except ReflektError as exc:
            show_error(self, exc.message)
            self.close()
            return False
        finally:
            self._reopening = False
        self.journal = journal  # the old connection is closed; do not close it again
        self._use_journal(journal)
        self._external_timer.start()
        return ok

    def _use_journal(self, journal: Journal) -> None:
        self.editor.save()
        old = self.journal
        self.journal = journal
        self.editor.set_journal(journal)
        self.sidebar.set_journal(journal)
        self.model.set_journal(journal)
        self._data_version = journal.data_version()
        self._undo.clear()
        self.undo_action.setEnabled(False)
        if self._open_team_library() is not None:
            self.team_library.close()
            self.team_library = None
        if self.growth is not None:
            self.pages.removeWidget(self.growth_page)
            self.growth_page.deleteLater()
            self.growth = self.growth_page = None
        if old is not journal:
            old.close()
        self.settings.last_journal = str(journal.path)
        self.pages.setCurrentWidget(self.splitter)
        self._update_title()
        self.go("view:all")

    def _update_title(self) -> None:
        self.setWindowTitle(self._title(self.journal.path))

    def _title(self, path: Path) -> str:
        name = path.stem
        if path == paths.demo_journal():
            name = self.tr("Demo journal")
        return f"{name} — reflekt"

    def check_external_changes(self) -> None:
        """Show what another program (e.g. the reflekt command line) wrote meanwhile."""
        try:
            version = self.journal.data_version()
        except Exception:  # the journal may be closing; the next tick will tell
            return
        if version == self._data_version:
            return
        if self.editor.dirty:
            # Never pull the ground from under someone typing: look again at a later
            # tick (the version is not taken yet). Their save names the revision it
            # started from, so it cannot write over this change meanwhile.
            return
        self._data_version = version
        current = self.editor.entry.id if self.editor.entry and not self.editor.is_draft else None
        self.model.reload()
        self.sidebar.refresh()
        if current:
            try:
                fresh = self.journal.get(current)
            except ReflektError:
                self.editor.clear()  # deleted for good elsewhere
                return
            if fresh.revision != self.editor.entry.revision:  # type: ignore[union-attr]
                self.editor.load(fresh)
            row = self.model.row_of(current)
            if row is not None:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def offer_drafts(self) -> None:
        """Bring back text kept while a conflict was open (the app was closed or
        crashed with the bar up): on screen again, saved if nothing moved on meanwhile,
        else with the bar asking what to keep."""
        if not self.loaded or self.editor.has_conflict:
            return
        try:
            drafts = self.journal.drafts()
        except ReflektError:
            return
        if not drafts:
            return
        draft = drafts[-1]
        try:
            current: Entry | None = self.journal.get(draft.entry_id)
        except ReflektError:
            current = None  # purged meanwhile
        if current is not None:
            base = copy.copy(current)
            base.revision = draft.base_revision or current.revision
            base.deleted = None
        else:
            values = draft.values
            base = Entry(
                id=draft.entry_id,
                created=draft.saved,
                updated=draft.saved,
                day=values.get("day") or self.today(),
                template=values.get("template") or "free",
                revision=draft.base_revision or 1,
            )
        self.pages.setCurrentWidget(self.splitter)
        row = self.model.row_of(draft.entry_id)
        self.list.selectionModel().blockSignals(True)
        if row is None:
            self.list.selectionModel().clearCurrentIndex()
            self.list.clearSelection()
        else:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.list.selectionModel().blockSignals(False)
        self.editor.resume_draft(draft.values, base)
        self.statusBar().showMessage(
            self.tr("Your unsaved text from %1 is back.").replace("%1", local_time(draft.saved)),
            10_000,
        )

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        splitter = self.settings.value("ui/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        key = str(self.settings.value("ui/last_view", "view:all") or "view:all")
        self.go(key if key.startswith("view:") else "view:all")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.loaded:  # still a shell: nothing written, nothing to keep
            event.accept()
            return
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
        from reflekt.gui.operations import wait_for_operations

        # A failed backup must never keep someone from closing; the next start retries.
        # It must finish before the exit, so it is waited for, with the window already
        # off the screen: nobody sees a frozen window. (No nested event loop here: a
        # close may come while widgets are being deleted.)
        geometry = self.saveGeometry()
        self.hide()
        wait_for_operations(10_000)
        with contextlib.suppress(ReflektError):
            self.journal.backups.if_due("close")
        self.settings.set_value("ui/geometry", geometry)
        self.settings.set_value("ui/splitter", self.splitter.saveState())
        self.settings.set_value("ui/outline", self._outline())
        self.settings.sync()
        for timer in (self._external_timer, self._sidebar_timer, self._search_timer):
            timer.stop()
        self.reminder.timer.stop()
        if self._open_team_library() is not None:
            self.team_library.close()
        event.accept()


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    path = Path(__file__).resolve().parent.parent / "assets" / "icons" / "reflekt.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
