"""Menus and shortcuts, as one table; and the commands behind them (dialogs,
secondary windows, the trash).

``ACTIONS`` lists every action once: the window attribute it is kept under, its menu,
its text, its shortcuts, the handler it runs and when it can run. The menu bar, the
keyboard-shortcut list (Ctrl+/) and the menus' accessible names are built from it, so
a new action is one row here (plus a handler).

A handler name is either a command registered below with ``@command`` (a function
of the window) or a method of the window, dotted where it belongs to a pane
(``editor.save``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from reflekt.errors import Cancelled
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.dialogs import ShortcutsDialog, TemplateChooser, exec_and_free
from reflekt.gui.operations import show_failure
from reflekt.gui.theme import apply_theme

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

if TYPE_CHECKING:
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.settings_dialog import SettingsDialog

Key = QKeySequence.StandardKey
Shortcut = str | QKeySequence.StandardKey


# The menus, in the menu bar's order.
FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
EDIT = QT_TRANSLATE_NOOP("MainWindow", "&Edit")
GO = QT_TRANSLATE_NOOP("MainWindow", "&Go")
SHARE = QT_TRANSLATE_NOOP("MainWindow", "&Share")
GROWTH = QT_TRANSLATE_NOOP("MainWindow", "G&rowth")
TRASH = QT_TRANSLATE_NOOP("MainWindow", "&Trash")
HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")
MENUS = (FILE, EDIT, GO, SHARE, GROWTH, TRASH, HELP)


@dataclass(frozen=True)
class Action:
    name: str  # kept as ``window.<name>``; "" when nothing refers to it
    menu: str  # one of MENUS, or "" for a shortcut with no menu item
    text: str  # QT_TRANSLATE_NOOP: translated when the action is built
    shortcuts: tuple[Shortcut, ...]
    handler: str  # a @command below, or a window method ("editor.save")
    args: tuple[Any, ...] = ()
    enabled_when: str = ""  # a window method: may it run now? (else always)
    in_lists: bool = False  # only in the entry list and the sidebar, where keys
    # like Delete and Ctrl+Z do not mean something else as they do in a text field
    separator: bool = False  # a line above it in its menu


def _views() -> tuple[Action, ...]:
    names = (
        ("view:all", QT_TRANSLATE_NOOP("MainWindow", "&All entries")),
        ("view:today", QT_TRANSLATE_NOOP("MainWindow", "&Today")),
        ("view:on-this-day", QT_TRANSLATE_NOOP("MainWindow", "On this &day")),
        ("view:starred", QT_TRANSLATE_NOOP("MainWindow", "&Starred")),
        ("view:shareable", QT_TRANSLATE_NOOP("MainWindow", "S&hareable")),
        ("view:trash", QT_TRANSLATE_NOOP("MainWindow", "T&rash")),
    )
    return tuple(
        Action("", GO, text, (f"Ctrl+{number}",), "go", (key,))
        for number, (key, text) in enumerate(names, start=1)
    )


ACTIONS: tuple[Action, ...] = (
    Action("new_action", FILE, QT_TRANSLATE_NOOP("MainWindow", "&New entry"), (Key.New,), "new_entry"),
    Action("template_action", FILE, QT_TRANSLATE_NOOP("MainWindow", "New entry from a &template…"), ("Ctrl+Shift+N",), "new_from_template"),
    Action("", FILE, QT_TRANSLATE_NOOP("MainWindow", "&Open journal…"), ("Ctrl+O",), "session.choose", (False,), separator=True),
    Action("", FILE, QT_TRANSLATE_NOOP("MainWindow", "Create a new &journal…"), ("Ctrl+Alt+N",), "session.choose", (True,)),
    Action("", FILE, QT_TRANSLATE_NOOP("MainWindow", "Open the &demo journal"), (), "session.open_demo"),
    Action("settings_action", FILE, QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), ("Ctrl+,",), "open_settings", separator=True),
    Action("", FILE, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), (Key.Quit,), "close", separator=True),
    Action("undo_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Undo delete"), ("Ctrl+Z",), "undo_delete", enabled_when="can_undo", in_lists=True),
    Action("delete_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Delete entry"), (Key.Delete,), "delete_entry", in_lists=True),
    Action("save_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Save now"), (Key.Save,), "editor.save"),
    Action("star_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "S&tar or unstar"), ("Ctrl+D",), "editor.toggle_star"),
    Action("preview_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Preview text"), ("Ctrl+Shift+P",), "editor.toggle_preview", separator=True),
    Action("picture_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Insert picture…"), (), "editor.pictures.insert_from_dialog"),
    Action("spelling_next_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "Next &misspelt word"), ("F7",), "editor.spelling.next_misspelt"),
    Action("find_action", EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Find"), (Key.Find,), "focus_search"),
    *_views(),
    Action("", GO, QT_TRANSLATE_NOOP("MainWindow", "&Next entry"), ("Alt+Down",), "step", (1,), separator=True),
    Action("", GO, QT_TRANSLATE_NOOP("MainWindow", "&Previous entry"), ("Alt+Up",), "step", (-1,)),
    Action("share_action", SHARE, QT_TRANSLATE_NOOP("MainWindow", "&Share entries…"), ("Ctrl+E",), "open_export"),
    Action("team_action", SHARE, QT_TRANSLATE_NOOP("MainWindow", "&Team library"), ("Ctrl+L",), "open_team_library"),
    Action("import_action", SHARE, QT_TRANSLATE_NOOP("MainWindow", "&Import from another journal…"), ("Ctrl+I",), "import_file"),
    Action("shares_action", SHARE, QT_TRANSLATE_NOOP("MainWindow", "What I have s&hared"), (), "open_share_log"),
    Action("goals_action", GROWTH, QT_TRANSLATE_NOOP("MainWindow", "Development &goals…"), ("Ctrl+G",), "open_goals"),
    Action("growth_action", GROWTH, QT_TRANSLATE_NOOP("MainWindow", "Growth &review"), ("Ctrl+Shift+G",), "open_growth"),
    Action("report_action", GROWTH, QT_TRANSLATE_NOOP("MainWindow", "Prepare for my &development talk…"), ("Ctrl+Shift+D",), "open_report"),
    Action("restore_action", TRASH, QT_TRANSLATE_NOOP("MainWindow", "&Restore entry"), ("Ctrl+Shift+R",), "restore_current"),
    Action("empty_trash_action", TRASH, QT_TRANSLATE_NOOP("MainWindow", "&Empty trash…"), (), "empty_trash"),
    Action("guide_action", HELP, QT_TRANSLATE_NOOP("MainWindow", "&User guide"), ("F1",), "open_guide"),
    Action("shortcuts_action", HELP, QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), ("Ctrl+/",), "show_shortcuts"),
    Action("", HELP, QT_TRANSLATE_NOOP("MainWindow", "&About reflekt"), (), "show_about"),
)  # fmt: skip

# Esc in the entry list clears the search (in the search field the window's event
# filter does it). No menu item: it is what Esc means there.
ESCAPE = Action("escape_action", "", "", ("Esc",), "clear_search")
# F10 puts the keyboard in the menu bar (Alt alone does too on some platforms, not all).
MENU_BAR = Action(
    "menu_bar_action",
    "",
    QT_TRANSLATE_NOOP("MainWindow", "Open the &menu bar"),
    ("F10",),
    "open_menu_bar",
)

COMMANDS: dict[str, Callable[..., Any]] = {}


def command(function: Callable[..., Any]) -> Callable[..., Any]:
    """Register ``function(window, ...)`` as a handler the table can name."""
    COMMANDS[function.__name__] = function
    return function


def _handler(window: MainWindow, action: Action) -> Callable[[], Any]:
    if action.handler in COMMANDS:
        function = COMMANDS[action.handler]
        return lambda: function(window, *action.args)
    attrgetter(action.handler)(window)  # a typo fails when the window is built, not later
    # Looked up when triggered: the panes' methods, as they are then.
    return lambda: attrgetter(action.handler)(window)(*action.args)


class Actions:
    """The window's actions and menu bar, built from ``ACTIONS``."""

    def __init__(self, window: MainWindow, list_widgets: list[QWidget]) -> None:
        self.window = window
        self.by_name: dict[str, QAction] = {}
        self._shown: list[QAction] = []  # in the menus, in table order
        self._conditional: list[tuple[QAction, str]] = []
        menus: dict[str, QMenu] = {}
        for title in MENUS:
            menu = window.menuBar().addMenu(translate("MainWindow", title))
            menu.setAccessibleName(translate("MainWindow", title).replace("&", ""))
            menus[title] = menu
        for spec in ACTIONS:
            action = self._build(spec, list_widgets)
            menu = menus[spec.menu]
            if spec.separator:
                menu.addSeparator()
            menu.addAction(action)
            self._shown.append(action)
        escape = self._build(ESCAPE, [])
        escape.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.list.addAction(escape)
        window.addAction(self._build(MENU_BAR, []))
        self.refresh()

    def _build(self, spec: Action, list_widgets: list[QWidget]) -> QAction:
        window = self.window
        action = QAction(translate("MainWindow", spec.text) if spec.text else "", window)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        run = _handler(window, spec)
        action.triggered.connect(lambda *_: run())
        if spec.in_lists:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in list_widgets:
                widget.addAction(action)
        elif spec.menu:
            window.addAction(action)
        if spec.enabled_when:
            self._conditional.append((action, spec.enabled_when))
        if spec.name:
            setattr(window, spec.name, action)
            self.by_name[spec.name] = action
        return action

    def all(self) -> list[QAction]:
        """Every action in the menus, in the table's order (for the shortcut list)."""
        return list(self._shown)

    def refresh(self) -> None:
        """Enable each action that says when it can run, as things are now."""
        for action, when in self._conditional:
            action.setEnabled(bool(attrgetter(when)(self.window)()))


# -- commands: the dialogs, the secondary windows, the trash -------------------------


@command
def new_from_template(window: MainWindow) -> None:
    chooser = TemplateChooser(window)
    if exec_and_free(chooser):
        window.new_entry(chooser.chosen())


@command
def delete_entry(window: MainWindow) -> None:
    """The open entry to the trash (undo: Ctrl+Z in the list, or the status bar)."""
    editor, entry = window.editor, window.editor.entry
    if entry is None or editor.is_draft or entry.in_trash:
        return
    if editor.has_conflict:  # the typed text waits for a choice in the bar
        window.statusBar().showMessage(editor.last_error, 10_000)
        return
    editor.save()
    row = window.list.currentIndex().row()
    window.journal.delete(entry.id)
    editor.clear()
    window.model.remove_entry(entry.id)
    window._select_row(row)
    window.sidebar.refresh()
    window.statusBar().showMessage(
        translate("MainWindow", "Moved “%1” to the trash.").replace(
            "%1", entry.display_title or "…"
        ),
        10_000,
    )
    window.deleted(entry.id)


@command
def restore_current(window: MainWindow) -> None:
    entry = window.editor.entry
    if entry is not None and entry.in_trash:
        window.restore_entry(entry.id)


@command
def empty_trash(window: MainWindow) -> None:
    from reflekt.gui.sidebar import filters_for

    count = window.journal.count(filters_for("view:trash"))
    if not count:
        window.statusBar().showMessage(translate("MainWindow", "The trash is already empty."), 4000)
        return
    if not plaintext.ask(
        window,
        translate("MainWindow", "Empty the trash?"),
        window.trash_question(count),
    ):
        return
    window.journal.empty_trash()
    window.trash_emptied()


@command
def open_settings(window: MainWindow) -> None:
    dialog = settings_dialog(window)
    exec_and_free(dialog)
    window.settings.sync()


def settings_dialog(window: MainWindow) -> SettingsDialog:
    """The settings window with every section, wired to ``window`` (also what the user
    guide's pictures show: scripts/screenshot.py)."""
    from reflekt.gui.picture_settings import PictureSettings
    from reflekt.gui.safety import SafetyPanel
    from reflekt.gui.settings_dialog import SettingsDialog
    from reflekt.gui.spell_settings import SpellingSettings

    dialog = SettingsDialog(window.settings, window.journal.path, window)
    spelling = SpellingSettings(window.journal, dialog)  # gui/spell_settings.py
    spelling.changed.connect(window.editor.spelling.settings_changed)
    dialog.add_section(spelling)
    panel = SafetyPanel(window.journal, window.reopen_after, dialog)
    panel.changed.connect(lambda: panel.set_journal(window.journal))
    dialog.add_section(panel)
    dialog.add_section(PictureSettings(window.journal, dialog))
    dialog.themeChanged.connect(apply_theme)
    dialog.fontSizeChanged.connect(lambda size: apply_font_size(window, size))
    dialog.reminderChanged.connect(window.reminder.check)
    dialog.journalRequested.connect(window.session.choose)
    return dialog


def apply_font_size(window: MainWindow, size: int) -> None:
    font = QFont(window.font())
    if size:
        font.setPointSize(size)
    window.editor.page.setFont(font)
    window.list.setFont(font)


@command
def show_shortcuts(window: MainWindow) -> None:
    listed = [*window.action_table.all(), window.action_table.by_name["menu_bar_action"]]
    exec_and_free(ShortcutsDialog(listed, window))


@command
def open_menu_bar(window: MainWindow) -> None:
    """The first menu open, as Alt+F would; arrows and Enter go on from there."""
    bar = window.menuBar()
    menus = [a for a in bar.actions() if a.isVisible() and a.menu() is not None]
    if menus:
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(menus[0])


@command
def open_guide(window: MainWindow) -> None:
    """The user guide shipped with the app, in the window's language (one window)."""
    from reflekt.gui.guide import GuideWindow

    guide = getattr(window, "guide", None)
    if guide is None or guide.lang != i18n.current():  # the language was changed since
        guide = window.guide = GuideWindow(i18n.current(), window)
    if guide.isVisible():  # open behind the journal: forward (a new one comes up on top)
        guide.raise_()
    guide.show()
    guide.activateWindow()


@command
def show_about(window: MainWindow) -> None:
    from reflekt import __version__

    plaintext.message(
        window,
        QMessageBox.Icon.Information,
        translate("MainWindow", "About reflekt"),
        translate(
            "MainWindow",
            "reflekt %1\n\nA private journal for reflection and learning at work. "
            "Your journal stays on this computer.\n\nJournal: %2",
        )
        .replace("%1", __version__)
        .replace("%2", str(window.journal.path)),
    )


@command
def open_goals(window: MainWindow) -> None:
    from reflekt.gui.goals import GoalsDialog

    editor = window.editor
    editor.save()
    dialog = GoalsDialog(window.journal, window)
    dialog.goalsChanged.connect(window.sidebar.refresh)
    dialog.entryRequested.connect(lambda entry_id: (dialog.accept(), window.show_entry(entry_id)))
    exec_and_free(dialog)
    if editor.entry is not None and not editor.is_draft:
        editor.load(window.journal.get(editor.entry.id))


@command
def open_report(window: MainWindow, period: Any = None) -> None:
    from reflekt.gui.report_dialog import ReportDialog

    window.editor.save()
    dialog = ReportDialog(window.journal, period, window, lang=i18n.current(), today=window.today())
    exec_and_free(dialog)
    if window.growth is not None:
        window.growth.talk_recorded()


@command
def open_export(window: MainWindow) -> None:
    """Share: chosen over the whole journal; the open entry ticked when there is one."""
    from reflekt.gui.share_dialog import ExportDialog

    if not window.leave_entry():
        return
    current = window.editor.entry
    chosen = (
        {current.id}
        if current is not None and not window.editor.is_draft and not current.in_trash
        else None
    )
    exec_and_free(ExportDialog(window.journal, None, chosen, window))


@command
def open_share_log(window: MainWindow) -> None:
    from reflekt.gui.share_log_dialog import SharesDialog

    exec_and_free(SharesDialog(window.journal, window))


def team_library_open(window: MainWindow) -> Any:
    """The team library window while it is open (a closed one is being freed)."""
    import shiboken6

    library = window.team_library
    if library is None or not shiboken6.isValid(library) or not library.isVisible():
        window.team_library = None
        return None
    return library


@command
def open_team_library(window: MainWindow) -> None:
    from reflekt.gui.team_view import TeamLibrary

    library = team_library_open(window)
    if library is None or library.journal is not window.journal:
        library = TeamLibrary(window.journal, window, opener=window.session.open_connection)
        library.entryCreated.connect(window.team_entry_created)
        # Freed when closed (it holds a page of lessons at a time): the next open makes a new one.
        library.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        access.close_with_keys(library)  # Esc and Ctrl+W, as in a dialog
        access.name_clear_button(library.search, translate("MainWindow", "Clear the search"))
        window.team_library = library
    library.show()
    library.raise_()
    library.activateWindow()
    library.sync(quiet=True)


@command
def import_file(window: MainWindow) -> None:
    from reflekt.gui import folders
    from reflekt.share.importers import import_file

    path = folders.open_file(
        window,
        folders.Purpose.IMPORT,
        translate("MainWindow", "Import entries"),
        translate(
            "MainWindow",
            "Journal exports (*.json *.zip *.md);;jrnl or Day One JSON (*.json);;"
            "Day One export (*.zip);;All files (*)",
        ),
    )
    if path is None:
        return
    window.editor.save()

    def done(report: Any) -> None:
        window.session.refresh_after_background_write()
        plaintext.inform(
            window, translate("MainWindow", "Import finished"), "\n".join(report.lines())
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            window.statusBar().showMessage(
                translate("MainWindow", "Import cancelled. Nothing was imported."), 8000
            )
        else:
            show_failure(window, exc)

    window.session.run(
        lambda journal, cancelled: import_file(journal, Path(path), cancelled=cancelled),
        title=translate("MainWindow", "Importing"),
        on_done=done,
        on_error=failed,
    )
