"""Which journal the window has open, and everything that changes the open file.

Opening another journal (or the demo), reopening after a restore or a change of
encryption, the backups and the team-folder scan that run beside the window, and
noticing what another program (the command line) wrote meanwhile. The window shows
the result; only this module opens, closes and reopens the journal for it.

The journal's lock: an open journal holds it shared. Whatever replaces the whole
file (restore, encrypt, decrypt, a new passphrase) takes it exclusively, so
``reopen_after`` waits for background work (each holds its own connection), closes
the journal (releasing the lock), runs the work, and opens the file again.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from reflekt import paths
from reflekt.core.drafts import Draft
from reflekt.core.journal import Journal
from reflekt.core.models import Entry
from reflekt.errors import ReflektError
from reflekt.gui import i18n
from reflekt.gui.dialogs import show_error
from reflekt.gui.operations import (
    Operation,
    run_and_wait,
    second_connection,
    show_failure,
    wait_for_operations,
    with_journal,
)
from reflekt.gui.safety import ask_passphrase, open_journal

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

if TYPE_CHECKING:
    from reflekt.gui.mainwindow import MainWindow

EXTERNAL_CHECK_MS = 2000
KEEP = "keep"  # ``reopen_after``: open the file again with the passphrase it had


class Session(QObject):
    """The open journal of one window."""

    changedElsewhere = Signal()  # another connection or program wrote to the journal

    def __init__(self, window: MainWindow, journal: Journal) -> None:
        super().__init__(window)
        self.window = window
        self.journal = journal
        self.reopening = False  # the journal is closed while a file operation runs
        self.task: Operation | None = None
        self.backup_task: Operation | None = None
        self._data_version = journal.data_version()
        # The person's own journal, where "Back to my journal" leads from the demo.
        self.own_journal = journal.path if not self.in_demo else paths.default_journal()
        self.timer = QTimer(self)
        self.timer.setInterval(EXTERNAL_CHECK_MS)
        self.timer.timeout.connect(self.check_external_changes)
        self.timer.start()

    # -- which journal -----------------------------------------------------------

    def use(self, journal: Journal) -> None:
        """``journal`` is the open one now; the one before it is closed."""
        old, self.journal = self.journal, journal
        self._data_version = journal.data_version()
        if not self.in_demo:
            self.own_journal = journal.path
        if old is not journal:
            old.close()
        self.window.settings.last_journal = str(journal.path)

    def open_connection(self) -> Journal:
        """A second connection to this journal, for work on another thread."""
        return second_connection(self.journal)()

    def choose(self, create: bool) -> None:
        """Ask for a journal file to open (or to create) and switch to it."""
        file_filter = translate("MainWindow", "reflekt journals (*.reflekt);;All files (*)")
        from reflekt.gui import folders

        if create:
            path = folders.save_file(
                self.window,
                folders.Purpose.JOURNAL,
                translate("MainWindow", "Create a new journal"),
                "journal.reflekt",
                file_filter,
                ".reflekt",
            )
            if path is not None and path.suffix != ".reflekt":
                path = path.with_name(path.name + ".reflekt")
        else:
            path = folders.open_file(
                self.window,
                folders.Purpose.JOURNAL,
                translate("MainWindow", "Open a journal"),
                file_filter,
            )
        if path is not None:
            self.switch(path, create)

    def switch(self, path: Path, create: bool = False) -> None:
        if not self.window.leave_entry():  # no unsaved words left in the old journal
            return
        journal = open_journal(path, self.window, create=create)
        if journal is not None:
            self.window.use_journal(journal)

    def open_demo(self) -> None:
        from reflekt.core.demo import fill_demo

        if not self.window.leave_entry():
            return
        self.window.settings.welcomed = True
        try:
            demo = Journal.open(paths.demo_journal())
            if demo.count() == 0:
                fill_demo(demo, i18n.current())
        except ReflektError as exc:
            show_error(self.window, exc.message)
            return
        self.window.use_journal(demo)

    @property
    def in_demo(self) -> bool:
        return self.journal.path == paths.demo_journal()

    def back_to_own_journal(self) -> None:
        """From the demo to the journal open before it (or the usual one, made if new)."""
        self.switch(self.own_journal, create=self.own_journal == paths.default_journal())

    def reopen_after(self, action: Callable[[], object], passphrase: object = KEEP) -> bool:
        """Save and close the journal, run ``action`` (which replaces the file), reopen it.

        ``passphrase``: ``KEEP`` the current one, a new one (after encrypting or changing
        it), or None (after removing encryption). Returns False, with the journal open
        as before, when ``action`` failed.
        """
        window = self.window
        if not window.leave_entry():
            return False
        path = self.journal.path
        current = self.journal.passphrase
        known = current if passphrase == KEEP else passphrase
        window.editor.clear()
        self.reopening = True
        # The event loop turns while the action runs: nothing may reach the closed journal.
        self.timer.stop()
        window.pause_timers()
        # The action takes the journal's lock exclusively: a background job (the team
        # folder scan, the start-up backup, a recount) still holding its own connection
        # would get it refused, so let those finish, and their results land, first.
        wait_for_operations(10_000)
        QCoreApplication.sendPostedEvents()
        self.journal.close()
        ok = True
        try:  # off the GUI thread: the window keeps painting while the file is rewritten
            run_and_wait(
                window,
                lambda cancelled: action(),
                title=translate("MainWindow", "Working on the journal"),
            )
        except ReflektError as exc:
            show_error(window, exc.message)
            ok, known = False, current
        asker = ask_passphrase(window)

        def provide(p: Path, attempt: int) -> str | None:
            return str(known) if known and attempt == 0 else asker(p, attempt)

        try:
            journal = Journal.open(path, create=False, passphrase=provide)
        except ReflektError as exc:
            show_error(window, exc.message)
            window.close()
            return False
        finally:
            self.reopening = False
        self.journal = journal  # the old connection is closed; do not close it again
        window.use_journal(journal)
        self.timer.start()
        return ok

    def newest_draft(self, today: dt.date) -> tuple[Draft, Entry] | None:
        """The newest text kept while a conflict was open (the app was closed or
        crashed with the bar up), and the entry it was written over: as it is now,
        at the revision the text started from (made up when purged meanwhile)."""
        try:
            drafts = self.journal.drafts()
        except ReflektError:
            return None
        if not drafts:
            return None
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
                day=values.get("day") or today,
                template=values.get("template") or "free",
                revision=draft.base_revision or 1,
            )
        return draft, base

    # -- what others wrote -------------------------------------------------------

    def check_external_changes(self) -> None:
        """Tell the window when another program (e.g. the command line) wrote."""
        try:
            version = self.journal.data_version()
        except Exception:  # the journal may be closing; the next tick will tell
            return
        if version == self._data_version:
            return
        if self.window.editor.dirty:
            # Never pull the ground from under someone typing: look again at a later
            # tick (the version is not taken yet). Their save names the revision it
            # started from, so it cannot write over this change meanwhile. Only an
            # entry taken away under them is said at once (the editor holds still).
            self.window.editor.check_gone()
            return
        self._data_version = version
        self.changedElsewhere.emit()

    def refresh_after_background_write(self) -> None:
        self._data_version = -1  # another connection wrote: look again now
        self.check_external_changes()

    # -- beside the window ---------------------------------------------------------

    def backup_in_background(self) -> None:
        """The automatic backup on start: only when due, never in the person's way."""
        if not self.window.isVisible() or self.reopening:
            return
        self.backup_task = Operation(
            self.window,
            with_journal(
                self.open_connection,
                lambda journal, cancelled: journal.backups.if_due("start"),
            ),
            title=translate("MainWindow", "Backing up"),
            on_done=lambda made: None,
            on_error=self._backup_failed,
            show_progress=False,
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ReflektError):
            show_failure(self.window, exc)
            return
        self.window.statusBar().showMessage(
            translate("MainWindow", "The automatic backup failed: %1").replace("%1", exc.message),
            15_000,
        )

    def backup_on_close(self) -> None:
        """The backup when the window closes (when due). A failure never keeps anyone
        from closing; the next start tries again."""
        wait_for_operations(10_000)
        with contextlib.suppress(ReflektError):
            self.journal.backups.if_due("close")

    def sync_team_folder(self) -> None:
        """On start: bring the team library up to date in the background, quietly."""
        from reflekt.share import team

        if not self.window.isVisible() or self.reopening or team.folder(self.journal) is None:
            return
        self.task = Operation(
            self.window,
            with_journal(
                self.open_connection,
                lambda journal, cancelled: team.scan(journal, cancelled=cancelled),
            ),
            title=translate("MainWindow", "Checking the team folder"),
            on_done=lambda report: None,
            on_error=lambda exc: None,  # the library shows problems when it is opened
            show_progress=False,
        )

    def run(self, work: Callable[[Journal, Any], Any], **options: Any) -> Operation:
        """Long work on a second connection, off the GUI thread (``Operation``)."""
        self.task = Operation(self.window, with_journal(self.open_connection, work), **options)
        return self.task
