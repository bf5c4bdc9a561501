"""The team library: colleagues' shared lessons, read-only, searchable, kept up to date.

Lessons come from share bundles in a team folder (a folder that OneDrive, Nextcloud
or Syncthing keeps in sync). The folder is scanned when the library opens, when
asked, and when its files change. Team lessons never mix with the person's own
entries; "I learned from this" writes a new entry of their own that credits the author.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation, Source
from reflekt.core.team_records import TeamLesson
from reflekt.errors import ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.dialogs import show_error
from reflekt.gui.markdown_view import SafeMarkdownView
from reflekt.gui.operations import Operation, second_connection, show_failure, with_journal
from reflekt.gui.picture_strip import journal_thumbnails
from reflekt.gui.team_lessons import item_text, lesson_markdown
from reflekt.share import team

# Lessons listed at a time; "Show more" (or scrolling to the end) lists the next ones.
PAGE = 200


class TeamLibrary(QWidget):
    """A window of its own: the team folder, search and filters, the lessons, one lesson."""

    entryCreated = Signal(str)  # the id of an "I learned from this" entry

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        opener: Callable[[], Journal] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.journal = journal
        self.opener = opener
        self.setWindowTitle(self.tr("Team library"))
        self.resize(1000, 680)
        self.task: Operation | None = None
        self._lessons: dict[int, TeamLesson] = {}
        self._rescan = False  # something changed while a check ran: check once more after
        self._report: team.ScanReport | None = None  # the last check's, for the empty states
        self._limit = PAGE
        self._more = False
        self._shown: tuple[int, int] | None = None  # (seq, revision) in the reading pane
        # Lessons that arrived while this window is open are marked new until read.
        self._known = journal.team.identities()
        self._new: set[tuple[str, str]] = set()
        self._choosing = False

        folder_row = QHBoxLayout()
        self.folder_label = plaintext.label()
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose team folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync_button = QPushButton(self.tr("Check for new lessons"))
        self.sync_button.clicked.connect(self.sync)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.sync_button)
        self.status = access.live_label()  # spoken as a check starts and ends
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the team library"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the team library"))
        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Author"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.skill = QComboBox()
        self.skill.setAccessibleName(self.tr("Skill"))
        filters.addWidget(self.search, 2)
        for combo in (self.author, self.tag, self.skill):
            filters.addWidget(combo, 1)
            access.buddy(combo.accessibleName(), combo, filters)  # its name on Linux
        self.forget_button = QPushButton(self.tr("Forget colleague…"))
        self.forget_button.setToolTip(
            self.tr(
                "Remove the chosen colleague's lessons and the key their bundles are signed "
                "with; the next check reads their files afresh"
            )
        )
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.forget_author)
        filters.addWidget(self.forget_button)
        # One's own key, to compare with what colleagues see next to one's name.
        self.own_key = plaintext.label()
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_own_key()
        # Every file the last check skipped, and why: plain text, whatever the names hold.
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setAccessibleName(self.tr("Files skipped by the last check"))
        self.skipped.setMaximumHeight(110)
        self.skipped.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Team lessons"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # How many lessons there are, and the way to the ones not listed yet.
        self.count_label = plaintext.label()
        self.count_label.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show more lessons"))
        self.more_button.setAccessibleName(self.tr("Show more lessons"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.more_button)
        left_layout.addLayout(count_row)
        self.viewer = SafeMarkdownView()
        self.viewer.set_pictures(journal_thumbnails(lambda: self.journal))  # colleagues' too
        self.learned_button = QPushButton(self.tr("I learned from this"))
        self.learned_button.setToolTip(
            self.tr("Write an entry of your own about this lesson, crediting its author")
        )
        self.learned_button.clicked.connect(self.learned_from_this)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.viewer, 1)
        right_layout.addWidget(self.learned_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 620])

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addWidget(self.skipped)
        layout.addWidget(self.own_key)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        for combo in (self.author, self.tag, self.skill):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.list.currentItemChanged.connect(self._show_current)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.watcher = QFileSystemWatcher(self)
        self._watch_timer = QTimer(self)
        self._watch_timer.setSingleShot(True)
        self._watch_timer.setInterval(2000)  # sync tools write in bursts
        self._watch_timer.timeout.connect(lambda: self.sync(quiet=True))
        self.watcher.directoryChanged.connect(lambda *_: self._watch_timer.start())
        self.watcher.fileChanged.connect(lambda *_: self._watch_timer.start())
        self.setTabOrder(self.list, self.more_button)
        self.setTabOrder(self.more_button, self.viewer)

        self._update_folder()
        self._fill_filters()
        self.refresh()

    # -- folder and sync -------------------------------------------------------

    def _update_folder(self) -> None:
        folder = team.folder(self.journal)
        if folder is None:
            self.folder_label.setText(
                self.tr(
                    "No team folder yet. Choose the shared folder where your team puts "
                    "share bundles (for example one that OneDrive or Nextcloud keeps in sync)."
                )
            )
        else:
            self.folder_label.setText(self.tr("Team folder: %1").replace("%1", str(folder)))
        self.sync_button.setEnabled(folder is not None)
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))

    def choose_folder(self) -> None:
        from reflekt.gui import folders

        path = folders.choose_folder(self, folders.Purpose.TEAM, self.tr("Choose the team folder"))
        if path is None:
            return
        try:
            team.set_folder(self.journal, path)
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self._update_folder()
        self.sync()

    def sync(self, quiet: bool = False) -> None:
        """Scan the team folder in the background; the library updates when it is done.
        Asked while a scan runs (a change arrived meanwhile), one more runs after it."""
        if team.folder(self.journal) is None:
            return
        if self.task is not None:
            self._rescan = True
            return
        self.status.setText(self.tr("Checking the team folder…"))
        self.task = Operation(
            self,
            with_journal(
                self.opener or second_connection(self.journal),
                lambda journal, cancelled: team.scan(journal, cancelled=cancelled),
            ),
            title=self.tr("Checking the team folder"),
            on_done=self._synced,
            on_error=self._sync_failed,
            show_progress=not quiet,
        )
        self.task.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        self.task = None
        if self._rescan:
            self._rescan = False
            QTimer.singleShot(0, self, lambda: self.sync(quiet=True))

    def _synced(self, report: team.ScanReport) -> None:
        first = self._report is None
        self._report = report
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        if report.changed:
            withdrawn = report.count("withdrawn") + len(report.removed_authors)
            text = (
                self.tr("Checked at %1: %2 new, %3 updated, %4 withdrawn.")
                .replace("%1", when)
                .replace("%2", str(report.count("added")))
                .replace("%3", str(report.count("updated")))
                .replace("%4", str(withdrawn))
            )
        else:
            text = self.tr("Checked at %1: nothing changed since the last check.").replace(
                "%1", when
            )
        skipped = report.problem_lines()
        if skipped:
            text += " " + self.tr("%n file(s) not read, listed below.", "", len(skipped))
        self.status.setText(text)
        # The scan's own lines, in the language messages are given in (the app's).
        self.skipped.setPlainText("\n".join(skipped))
        self.skipped.setVisible(bool(skipped))
        # Lessons may also have come in through another check (the app's start-up
        # check, or `reflekt team sync` in a terminal): new ones are new all the same.
        arrived = self.journal.team.identities() - self._known - self._new
        self._new |= arrived
        if report.changed or arrived or first or not self.list.count():
            self._fill_filters()
            self.refresh(keep=True)

    def _sync_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReflektError):
            self.status.setText(exc.message)
            return
        show_failure(self, exc)

    # -- listing ------------------------------------------------------------------

    def _fill_filters(self) -> None:
        authors = self.journal.team.authors()
        tags = self.journal.team.labels("tags")
        skills = self.journal.team.labels("skills")
        for combo, everyone, values in (
            (
                self.author,
                self.tr("All colleagues"),
                [(self._author_text(a), a["id"]) for a in authors],
            ),
            (self.tag, self.tr("All tags"), [(t, t) for t in tags]),
            (self.skill, self.tr("All skills"), [(s, s) for s in skills]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, data in values:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _show_own_key(self) -> None:
        from reflekt.core.team_library import key_fingerprint
        from reflekt.share import signing

        if not self.journal.get_setting(signing.PRIVATE_KEY_SETTING):
            self.own_key.hide()  # made the first time one shares
            return
        fingerprint = key_fingerprint(signing.public_key(self.journal))
        self.own_key.setText(
            self.tr("Your key: %1 (colleagues see it next to your name)").replace("%1", fingerprint)
        )
        self.own_key.show()

    def _author_text(self, author: dict[str, Any]) -> str:
        """A colleague as the filter shows them: with the short form of their key, so two
        people of one name can be told apart, or marked unverified (unsigned bundles)."""
        key = author["fingerprint"] or self.tr("unverified")
        return f"{author['name']} · {key}"

    def forget_author(self) -> None:
        """Remove the chosen colleague's lessons and pinned key, after asking."""
        author_id = self.author.currentData()
        found = next((a for a in self.journal.team.authors() if a["id"] == author_id), None)
        if found is None:
            return
        answer = plaintext.message(
            self,
            QMessageBox.Icon.Question,
            self.tr("Forget colleague"),
            self.tr(
                "Forget %1? Their %n lesson(s) and the key their bundles are signed with are "
                "removed from your team library. The next check reads their files again and "
                "trusts the key it finds then.",
                "",
                found["lessons"],
            ).replace("%1", found["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.journal.team.forget_author(author_id, key=True)
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.status.setText(self.tr("Forgot the colleague and %n lesson(s).", "", count))
        self.author.setCurrentIndex(0)
        self._fill_filters()
        self.refresh()

    def _filters(self) -> tuple[str, Any, Any, Any]:
        return (
            self.search.text().strip(),
            self.author.currentData(),
            self.tag.currentData(),
            self.skill.currentData(),
        )

    def refresh(self, keep: bool = False) -> None:
        """List the lessons that match. With ``keep`` (after a check of the folder) the
        lesson being read stays chosen and its text where it was; otherwise the list
        starts again from the top."""
        query, author, tag, skill = self._filters()
        current = self.current_lesson() if keep else None
        scrolled = self.list.verticalScrollBar().value() if keep else 0
        if not keep:
            self._limit = PAGE
        snippets: dict[int, str] = {}
        try:
            if query:
                hits = self.journal.team.search(
                    query, author=author, tag=tag, skill=skill, limit=self._limit + 1
                )
                self._more = len(hits) > self._limit
                lessons = [h.lesson for h in hits[: self._limit]]
                snippets = {h.lesson.seq: h.snippet for h in hits}
            else:
                lessons = self.journal.team.lessons(
                    author=author, tag=tag, skill=skill, limit=self._limit
                )
        except ReflektError:
            lessons = []  # e.g. only punctuation typed so far
        self.list.blockSignals(True)
        self.list.clear()
        self._lessons = {}
        self._add_items(lessons, snippets)
        self.list.blockSignals(False)
        self._show_count()
        self.forget_button.setEnabled(author is not None)
        if not lessons:
            self._shown = None
            self.learned_button.setEnabled(False)
            self.viewer.setPlainText(self._empty_text(bool(query or author or tag or skill)))
            return
        row = self._row_of(current.seq) if current is not None else None
        if current is not None and row is None:
            # Withdrawn while it was being read: the text stays until another is chosen.
            self.learned_button.setEnabled(False)
            self.status.setText(self.tr("The lesson you were reading was withdrawn by its author."))
            self.list.setCurrentRow(-1)
            return
        # Chosen here, not by the person: a new lesson stays marked new until they do.
        self._choosing = True
        self.list.setCurrentRow(row or 0)
        self._choosing = False
        self.list.verticalScrollBar().setValue(scrolled)

    def _add_items(self, lessons: list[TeamLesson], snippets: dict[int, str]) -> None:
        for lesson in lessons:
            text = item_text(lesson, snippets.get(lesson.seq))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lesson.seq)
            if (lesson.author_key, lesson.entry_id) in self._new:
                self._mark_new(item, text, True)
            self.list.addItem(item)
            self._lessons[lesson.seq] = lesson

    def _mark_new(self, item: QListWidgetItem, text: str, new: bool) -> None:
        """A new lesson's badge: a bold "New" before its title, said by screen readers."""
        badge = self.tr("New")
        plain = text.removeprefix(f"● {badge} · ")
        item.setText(f"● {badge} · {plain}" if new else plain)
        font = QFont(item.font())
        font.setBold(new)
        item.setFont(font)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("New lesson: %1").replace("%1", plain) if new else plain,
        )

    def _row_of(self, seq: int) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == seq:
                return row
        return None

    def _show_count(self) -> None:
        query, author, tag, skill = self._filters()
        shown = self.list.count()
        if query:
            total = None
        else:
            total = self.journal.team.count(author=author, tag=tag, skill=skill)
            self._more = total > shown
        if total is None:
            text = self.tr("%n matching lesson(s) shown", "", shown)
            if self._more:
                text += " " + self.tr("(there are more)")
        elif self._more:
            text = self.tr("Showing %1 of %2 lessons").replace("%1", QLocale().toString(shown))
            text = text.replace("%2", QLocale().toString(total))
        else:
            text = self.tr("%n lesson(s)", "", total)
        if self._new:
            text += " · " + self.tr("%n new", "", len(self._new))
        self.count_label.setText(text)
        self.more_button.setVisible(self._more)

    def show_more(self) -> None:
        """List the next lessons (the list keeps its place and its chosen lesson)."""
        if not self._more:
            return
        query, author, tag, skill = self._filters()
        self._limit += PAGE
        if query:
            self.refresh(keep=True)
            return
        lessons = self.journal.team.lessons(
            author=author, tag=tag, skill=skill, limit=PAGE, offset=self.list.count()
        )
        self.list.blockSignals(True)
        self._add_items(lessons, {})
        self.list.blockSignals(False)
        self._show_count()

    def _scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        if self._more and bar.maximum() > 0 and value >= bar.maximum():
            self.show_more()

    def _empty_text(self, filtered: bool) -> str:
        """Why the list is empty, in the state it is in, and what to do."""
        if filtered:
            total = self.journal.team.count()
            return self.tr(
                "No lessons match the search or the filters. Clear them to see all %n "
                "lesson(s) in the library.",
                "",
                total,
            )
        if team.folder(self.journal) is None:
            return self.tr(
                "No team folder is chosen yet. Choose the shared folder where your team puts "
                "share bundles with “Choose team folder…”."
            )
        report = self._report
        if report is None:
            if self.task is not None:
                return self.tr("Checking the team folder…")
            return self.tr(
                "No colleague's lessons have been read yet. Click “Check for new lessons”."
            )
        parts = [self.tr("No colleague's lessons have arrived in the team folder yet.")]
        if report.own:
            parts.append(
                self.tr(
                    "Your own bundle is there: colleagues read it, and your lessons are in "
                    "your journal."
                )
            )
        unread = len([row for row in report.skipped() if row[0] not in report.own])
        if unread:
            parts.append(
                self.tr("%n file(s) there were not read; the list above says why.", "", unread)
            )
        return "\n\n".join(parts)

    def current_lesson(self) -> TeamLesson | None:
        item = self.list.currentItem()
        return self._lessons.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_current(self, *_: Any) -> None:
        lesson = self.current_lesson()
        self.learned_button.setEnabled(lesson is not None)
        if lesson is None:
            return
        identity = (lesson.author_key, lesson.entry_id)
        if identity in self._new and not self._choosing:  # read now: no longer new
            self._new.discard(identity)
            self._known.add(identity)
            item = self.list.currentItem()
            self._mark_new(item, item.text(), False)
            self._show_count()
        if self._shown == (lesson.seq, lesson.revision):
            return  # the same text: the reading pane stays where it is
        self._shown = (lesson.seq, lesson.revision)
        self.viewer.set_markdown(lesson_markdown(lesson, i18n.current()))

    # -- learning from a lesson -----------------------------------------------

    def learned_from_this(self) -> None:
        lesson = self.current_lesson()
        if lesson is None:
            return
        title = lesson.title or self.tr("a lesson from %1").replace("%1", lesson.author_name)
        try:
            entry = self.journal.add(
                template="learned-from",
                title=self.tr("Learned from %1: %2")
                .replace("%1", lesson.author_name)
                .replace("%2", title),
                sections={
                    "who": lesson.author_name,
                    "what": self.tr("Their lesson “%1” in the team library.").replace("%1", title),
                },
                tags=list(lesson.tags),
                skills=list(lesson.skills),
                people=[PersonLink(lesson.author_name, Relation.LEARNED_FROM)],
                source=Source.PEOPLE,
            )
            self.journal.team.link_lesson(entry.id, lesson.seq)
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.status.setText(
            self.tr("Added an entry crediting %1. Write how you will use it.").replace(
                "%1", lesson.author_name
            )
        )
        self.entryCreated.emit(entry.id)
