"""The team library: colleagues' shared lessons, read-only, searchable, kept up to date.

Lessons come from share bundles in a team folder (a folder that OneDrive, Nextcloud
or Syncthing keeps in sync). The folder is scanned when the library opens, when
asked, and when its files change. Team lessons never mix with the person's own
entries; "I learned from this" writes a new entry of their own that credits the author.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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
from reflekt.core.models import KIND_LABELS, PersonLink, Relation, Source, label
from reflekt.core.search import HL_END, HL_START
from reflekt.core.team_records import TeamLesson
from reflekt.errors import ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.dialogs import show_error
from reflekt.gui.markdown_view import SafeMarkdownView
from reflekt.gui.operations import Operation, second_connection, show_failure, with_journal
from reflekt.share import team

LIST_LIMIT = 500


def lesson_markdown(lesson: TeamLesson, lang: str) -> str:
    """A lesson as Markdown for the read-only viewer (rendered without raw HTML)."""
    day = QLocale().toString(lesson.day, QLocale.FormatType.LongFormat)
    who = lesson.author_name + (f" ({lesson.author_team})" if lesson.author_team else "")
    parts = [
        f"# {lesson.title or '…'}",
        f"*{who} · {day} · {label(KIND_LABELS[lesson.kind], lang)}*",
    ]
    for section in lesson.sections:
        parts += [f"## {section.label}", section.text]
    if lesson.body:
        parts.append(lesson.body)
    chips = [f"`#{t}`" for t in lesson.tags] + [f"`{s}`" for s in lesson.skills]
    if chips:
        parts.append(" ".join(chips))
    return "\n\n".join(parts)


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
        self.status = plaintext.label()
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
        self.viewer = SafeMarkdownView()
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
        splitter.addWidget(self.list)
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

        self.watcher = QFileSystemWatcher(self)
        self._watch_timer = QTimer(self)
        self._watch_timer.setSingleShot(True)
        self._watch_timer.setInterval(2000)  # sync tools write in bursts
        self._watch_timer.timeout.connect(lambda: self.sync(quiet=True))
        self.watcher.directoryChanged.connect(lambda *_: self._watch_timer.start())
        self.watcher.fileChanged.connect(lambda *_: self._watch_timer.start())

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
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the team folder"))
        if not path:
            return
        try:
            team.set_folder(self.journal, Path(path))
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self._update_folder()
        self.sync()

    def sync(self, quiet: bool = False) -> None:
        """Scan the team folder in the background; the library updates when it is done."""
        if self.task is not None or team.folder(self.journal) is None:
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

    def _synced(self, report: team.ScanReport) -> None:
        added = sum(u.added for u in report.updates)
        updated = sum(u.updated for u in report.updates)
        withdrawn = sum(u.withdrawn for u in report.updates) + len(report.removed_authors)
        text = self.tr("Up to date: %1 new, %2 updated, %3 withdrawn.")
        text = (
            text.replace("%1", str(added)).replace("%2", str(updated)).replace("%3", str(withdrawn))
        )
        if report.problems:
            text += " " + self.tr("%n file(s) skipped, listed below.", "", len(report.problems))
        self.status.setText(text)
        # The scan's own lines, in the language messages are given in (the app's).
        self.skipped.setPlainText("\n".join(report.problem_lines()))
        self.skipped.setVisible(bool(report.problems))
        self._fill_filters()
        self.refresh()

    def _sync_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReflektError):
            self.status.setText(exc.message)
            return
        show_failure(self, exc)

    # -- listing ------------------------------------------------------------------

    def _fill_filters(self) -> None:
        lessons = self.journal.team.lessons(limit=5000)
        authors = self.journal.team.authors()
        tags = sorted({t for lesson in lessons for t in lesson.tags}, key=str.casefold)
        skills = sorted({s for lesson in lessons for s in lesson.skills}, key=str.casefold)
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

    def refresh(self) -> None:
        author, tag, skill = (
            self.author.currentData(),
            self.tag.currentData(),
            self.skill.currentData(),
        )
        query = self.search.text().strip()
        self.list.clear()
        self._lessons = {}
        snippets: dict[int, str] = {}
        try:
            if query:
                hits = self.journal.team.search(
                    query, author=author, tag=tag, skill=skill, limit=LIST_LIMIT
                )
                lessons = [h.lesson for h in hits]
                snippets = {h.lesson.seq: h.snippet for h in hits}
            else:
                lessons = self.journal.team.lessons(
                    author=author, tag=tag, skill=skill, limit=LIST_LIMIT
                )
        except ReflektError:
            lessons = []  # e.g. only punctuation typed so far
        for lesson in lessons:
            day = QLocale().toString(lesson.day, QLocale.FormatType.ShortFormat)
            text = f"{lesson.title or '…'}\n{lesson.author_name} · {day}"
            if lesson.seq in snippets:
                plain = snippets[lesson.seq].replace(HL_START, "").replace(HL_END, "")
                text += "\n" + " ".join(plain.split())[:120]
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lesson.seq)
            self.list.addItem(item)
            self._lessons[lesson.seq] = lesson
        if not lessons:
            self.viewer.setPlainText(
                self.tr("No lessons match.")
                if query or author or tag or skill
                else self.tr("The team library is empty. Choose a team folder to fill it.")
            )
        self.learned_button.setEnabled(False)
        self.forget_button.setEnabled(author is not None)
        if self.list.count():
            self.list.setCurrentRow(0)

    def current_lesson(self) -> TeamLesson | None:
        item = self.list.currentItem()
        return self._lessons.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_current(self, *_: Any) -> None:
        lesson = self.current_lesson()
        self.learned_button.setEnabled(lesson is not None)
        if lesson is not None:
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
