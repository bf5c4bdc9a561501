"""Export with a preview of exactly what leaves the machine, and the share log.

The preview is the export: the bytes shown (or, for PDF, the pages rendered from
the same bytes) are the bytes that are written or copied. A PDF preview is laid out and
painted on a worker thread (``gui/operations.py``): the window keeps answering, a
"Preparing the pages…" line shows meanwhile, and ``ready`` fires once the preview is
on screen (``wait_until_ready()`` waits for it). Every name replaced on the
way is highlighted and listed; the person can keep a name or leave out one more word
for an entry, and that choice is stored with the entry (issue #13).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QImage,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.models import Entry
from reflekt.errors import ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.dialogs import show_error
from reflekt.gui.share_choose import ChoosePanel
from reflekt.gui.share_names import NamesPanel
from reflekt.gui.share_pages import (
    KEPT,
    ON_MARKER,
    REPLACED,
    PagesView,
    pdf_preview,
    utf16,
)
from reflekt.gui.share_pictures import (
    SharePictures,
    elided,
    folder_may_be_written,
    named_in_text,
)
from reflekt.gui.theme import ERROR_TEXT, meaning_color
from reflekt.share import export
from reflekt.share.export import ExportOptions, ExportPreview, PeopleMode

if TYPE_CHECKING:
    from reflekt.gui.operations import Operation

# Up to this many chosen entries are made into Markdown or HTML on the GUI thread (200
# took 45 ms here, 1,000 took 0.11 s); more are made on a worker while "Preparing the
# preview…" shows.
TEXT_ON_GUI_THREAD = 200


class ExportDialog(QDialog):
    """Pick entries and a format, see exactly what will leave, then save or copy it.

    The entries are chosen over the whole journal (``gui/share_choose.py``):
    ``preselected`` ticks exactly those; None ticks every shareable entry. ``candidates``
    is what callers written before that passed (the entries the list had loaded); it
    is no longer read. ``ready`` fires when the preview asked for last is shown (at once
    for a few text entries; for PDF and large choices once the work done off the GUI
    thread is on screen).
    """

    FORMATS = ("md", "html", "pdf", "bundle")
    ready = Signal()

    def __init__(
        self,
        journal: Journal,
        candidates: Iterable[Entry] | None = None,
        preselected: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.preview: ExportPreview | None = None
        self.written: Path | None = None
        self._generation = 0  # a newer preview request makes older results stale
        self._busy = False
        self._pdf_op: Operation | None = None  # the PDF preview being made, if any
        self._pending_preview: ExportPreview | None = None
        self.setWindowTitle(self.tr("Share entries"))
        self.resize(1100, 720)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.choose = ChoosePanel(journal, preselected)
        left_layout.addWidget(self.choose, 1)

        options = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, text in (
            ("md", self.tr("Markdown (chat, forums, wikis)")),
            ("html", self.tr("Web page (HTML)")),
            ("pdf", self.tr("PDF document (A4)")),
            ("bundle", self.tr("Share bundle for the team library")),
        ):
            self.format.addItem(text, key)
        self.brief = QCheckBox(self.tr("As a 15-minute learning share (1–3 lessons)"))
        self.people = QComboBox()
        self.people.setAccessibleName(self.tr("People"))
        for mode, text in (
            (PeopleMode.NONE, self.tr("Leave people out")),
            (PeopleMode.ROLES, self.tr("Roles only (“a colleague in Support”)")),
            (PeopleMode.NAMES, self.tr("Names")),
        ):
            self.people.addItem(text, mode.value)
        options.addRow(self.tr("Format"), self.format)
        options.addRow("", self.brief)
        options.addRow(self.tr("People"), self.people)
        me = export.author(journal, required=False)
        self.author_name = QLineEdit(me.name if me else "")
        self.author_name.setPlaceholderText(self.tr("Your name, as colleagues know you"))
        self.author_name.setAccessibleName(self.tr("Your name"))
        self.author_team = QLineEdit(me.team if me else "")
        self.author_team.setPlaceholderText(self.tr("Team (optional)"))
        self.author_team.setAccessibleName(self.tr("Team"))
        self.author_row = QWidget()
        author_layout = QHBoxLayout(self.author_row)
        author_layout.setContentsMargins(0, 0, 0, 0)
        author_layout.addWidget(self.author_name)
        author_layout.addWidget(self.author_team)
        options.addRow(self.tr("From"), self.author_row)
        left_layout.addLayout(options)

        self.pictures = SharePictures(journal, self)  # Include pictures, and what leaves
        left_layout.addWidget(self.pictures.box)
        self.consent = QCheckBox()
        self.consent.setAccessibleName(self.tr("Allow private entries to leave"))
        left_layout.addWidget(self.consent)
        note = plaintext.label(
            self.tr(
                "What leaves: title, text, shareable sections, kind, day, tags, skills and "
                "learning source. Never: mood, private sections, other entries."
            )
        )
        note.setWordWrap(True)
        left_layout.addWidget(note)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.status = plaintext.label()
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        right_layout.addWidget(self.status)
        self.preview_stack = QStackedWidget()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Exactly what will be exported"))
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.pages_area = PagesView()
        self.pages_area.setAccessibleName(self.tr("The PDF pages"))
        self.preview_stack.addWidget(self.text_view)
        self.preview_stack.addWidget(self.pages_area)
        right_layout.addWidget(self.preview_stack, 1)
        right_layout.addWidget(self.pictures.strip)
        right_layout.addWidget(self.pictures.note)
        self.names = NamesPanel(journal, self.chosen_ids, self.choose.title_of)
        self.names.changed.connect(self.update_preview)
        # The names panel's controls, as the dialog's own (tests and older callers).
        self.replaced = self.names.replaced
        self.keep_button = self.names.keep_button
        self.extra_word = self.names.extra_word
        self.leave_out_button = self.names.leave_out_button
        right_layout.addWidget(self.names)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 700])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save…"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy as Markdown and as formatted text"))
        self.team_button = QPushButton(self.tr("Publish to team folder"))
        self.team_button.setToolTip(
            self.tr("Write your share bundle (all your shareable entries) into the team folder")
        )
        for button in (self.save_button, self.copy_button, self.team_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)
        self.team_button.clicked.connect(self.publish)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for signal in (
            self.format.currentIndexChanged,
            self.people.currentIndexChanged,
            self.brief.toggled,
            self.consent.toggled,
            self.pictures.box.toggled,
            self.choose.changed,
            self.author_name.textEdited,
            self.author_team.textEdited,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.update_preview()

    def _highlight(self, preview: ExportPreview, text: str, where: Callable[[int], int]) -> None:
        """Mark the replaced names in ``text`` (the preview as shown: ``where`` maps an
        offset in the preview's text to one in it)."""
        selections = []
        document = self.text_view.document()
        astral = any(ord(ch) > 0xFFFF for ch in text)
        for start_at, end_at, number in preview.spans:
            start, end = where(start_at), where(end_at)
            cursor = QTextCursor(document)
            cursor.setPosition(utf16(text, start) if astral else start)
            cursor.setPosition(utf16(text, end) if astral else end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            kept = preview.replacements[number].kept
            fmt.setBackground(KEPT if kept else REPLACED)
            fmt.setForeground(ON_MARKER)  # dark on the light marker in both themes
            fmt.setFontUnderline(not kept)  # not colour alone
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text_view.setExtraSelections(selections)

    # -- state ---------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        return self.choose.chosen_ids()

    def _private_chosen(self) -> int:
        return self.choose.private_chosen()

    def options(self) -> ExportOptions:
        fmt = self.format.currentData()
        return ExportOptions(
            format=fmt,
            ids=tuple(self.chosen_ids()),
            include_private=self.consent.isChecked(),
            people=PeopleMode(self.people.currentData()),
            lang=i18n.current(),
            brief=self.brief.isChecked() and fmt != "bundle",
            include_pictures=self.pictures.included(),
        )

    def update_preview(self) -> None:
        self._timer.stop()
        fmt = self.format.currentData()
        self.brief.setEnabled(fmt != "bundle")
        self.author_row.setEnabled(fmt == "bundle")
        private = self._private_chosen()
        self.consent.setVisible(private > 0)
        self.consent.setText(
            self.tr(
                "Include %n private entries: I understand they will leave this computer.",
                "",
                private,
            )
        )
        self.preview = None
        self.pictures.show(None)
        self.written = None
        self._generation += 1
        self._pending_preview = None
        self.pages_area.stop()
        self._busy = False
        try:
            if not self.choose.is_ready():
                self._busy = True  # the panel's list comes; it asks for a preview then
                self.status.setText(self.tr("Finding the entries…"))
                self.status.setStyleSheet("")
                for button in (self.save_button, self.copy_button, self.team_button):
                    button.setEnabled(False)
                return
            if not self.chosen_ids():
                raise ReflektError(self.tr("Choose at least one entry to share."))
            if fmt == "bundle":
                self._store_author()
            if fmt == "pdf":
                self._start_pdf(self.options())
                return
            if len(self.chosen_ids()) > TEXT_ON_GUI_THREAD:
                self._start_text(self.options())
                return
            self._show_text(export.prepare_export(self.journal, self.options()))
        except ReflektError as exc:
            self._failed(exc)
        self._finish()

    def _show_text(self, preview: ExportPreview) -> None:
        self.pictures.number(preview)
        shown, where = elided(preview.text, self.pictures.elision)  # not megabytes of base64
        self.text_view.setPlainText(shown)
        self._highlight(preview, shown, where)
        self.preview_stack.setCurrentWidget(self.text_view)
        self._shown(preview)
        if shown != preview.text:  # what is on screen is not every byte: say so plainly
            self.status.setText(
                self.status.text()
                + " "
                + self.tr(
                    "Each picture is written into the file whole, as its bytes; the text "
                    "shows a short note in their place and the picture itself below."
                )
            )

    def _start_text(self, options: ExportOptions) -> None:
        """A large choice is made into text off the GUI thread, like a PDF's pages."""
        from reflekt.gui.operations import second_connection, with_journal
        from reflekt.gui.ready import run_for

        self._busy = True
        generation = self._generation
        self.status.setText(self.tr("Preparing the preview…"))
        self.status.setStyleSheet("")
        self.names.show_replacements(None)
        for button in (self.save_button, self.copy_button, self.team_button):
            button.setEnabled(False)
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: export.prepare_export(journal, options),
        )
        run_for(
            self,
            work,
            on_done=lambda preview: self._text_done(generation, preview),
            on_error=lambda exc: self._pdf_failed(generation, exc),
        )

    def _text_done(self, generation: int, preview: ExportPreview) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self._show_text(preview)
        self._finish()

    def _start_pdf(self, options: ExportOptions) -> None:
        """Lay the pages out and paint them off the GUI thread; the window keeps answering."""
        from reflekt.gui.operations import second_connection, with_journal
        from reflekt.gui.ready import run_for

        self._busy = True
        generation = self._generation
        self.status.setText(self.tr("Preparing the pages…"))
        self.status.setStyleSheet("")
        self.status.setAccessibleName(self.tr("Preparing the pages…"))
        self.names.show_replacements(None)
        for button in (self.save_button, self.copy_button, self.team_button):
            button.setEnabled(False)
        self._stop_pdf()  # an older preview still being made is not wanted any more
        work = with_journal(
            second_connection(self.journal),
            lambda journal, cancelled: pdf_preview(journal, options, cancelled),
        )
        self._pdf_op = run_for(
            self,
            work,
            on_done=lambda result: self._pdf_done(generation, result),
            on_error=lambda exc: self._pdf_failed(generation, exc),
        )

    def _stop_pdf(self) -> None:
        if self._pdf_op is not None and shiboken6.isValid(self._pdf_op):
            self._pdf_op.cancel.set()
        self._pdf_op = None

    def done(self, result: int) -> None:
        self._stop_pdf()  # closed: its PDF preview's process stops too
        super().done(result)

    def _pdf_done(self, generation: int, result: tuple[ExportPreview, list[QImage]]) -> None:
        if generation != self._generation:
            return  # the person changed something meanwhile; a newer preview is coming
        preview, pages = result
        self._pending_preview = preview
        self.preview_stack.setCurrentWidget(self.pages_area)
        self.pages_area.show_pages(pages, self._pages_shown)

    def _pdf_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, ReflektError):
            from reflekt.gui.operations import show_failure

            self._busy = False
            show_failure(self, exc)
            self._show_problem(self.tr("The preview could not be made."))
            self._finish()
            return
        self._busy = False
        self._failed(exc)
        self._finish()

    def _pages_shown(self) -> None:
        if self._pending_preview is None:
            return
        self._busy = False
        preview, self._pending_preview = self._pending_preview, None
        self._shown(preview)
        self._finish()

    def _shown(self, preview: ExportPreview) -> None:
        self.preview = preview
        self.pictures.show(preview)
        fmt = preview.format
        text = self.tr(
            "%n entries will leave this computer, exactly as shown below.",
            "",
            len(preview.entry_ids),
        )
        if fmt == "bundle" and self._team_folder() is not None:
            text += " " + self.tr(
                "Publishing to the team folder writes all your shareable entries, not "
                "only the ones ticked here."
            )
        self.status.setText(text)
        self.status.setStyleSheet("")

    def _failed(self, exc: ReflektError) -> None:
        if isinstance(exc, export.PrivateEntriesError):
            self._show_problem(self._private_message(exc))
        else:
            self._show_problem(exc.message)

    def _finish(self) -> None:
        """Buttons and the names list follow the preview shown; ``ready`` fires."""
        self.status.setAccessibleName("")  # its text again, not "preparing"
        self.names.show_replacements(self.preview)
        fmt = self.format.currentData()
        ok = self.preview is not None
        self.save_button.setEnabled(ok)
        self.copy_button.setEnabled(ok and fmt in ("md", "html"))
        self.team_button.setEnabled(ok and fmt == "bundle" and self._team_folder() is not None)
        self.ready.emit()

    def is_ready(self) -> bool:
        """True when the preview asked for last is on screen (or its problem shown)."""
        return not self._busy and not self._timer.isActive() and self.choose.is_ready()

    def wait_until_ready(self, timeout_ms: int = 30_000) -> bool:
        """Turn the event loop until the preview is shown (for tests and Save)."""
        from reflekt.gui.ready import wait_until

        if self._timer.isActive():
            self.update_preview()
        return wait_until(self.ready, self.is_ready, timeout_ms)

    def _private_message(self, exc: export.PrivateEntriesError) -> str:
        """The consent message in the app's language (the core's is for the command line)."""
        names = ", ".join(
            f"“{e.display_title or self.tr('(empty entry)')}”" for e in exc.entries[:3]
        )
        if len(exc.entries) > 3:
            names += " " + self.tr("and %n more", "", len(exc.entries) - 3)
        return self.tr(
            "%n of the chosen entries are private: %1. Nothing leaves until you tick the box "
            "that lets them, or untick them.",
            "",
            len(exc.entries),
        ).replace("%1", names)

    def _show_problem(self, message: str) -> None:
        self.text_view.setPlainText("")
        self.text_view.setExtraSelections([])
        self.preview_stack.setCurrentWidget(self.text_view)
        self.status.setText(message)
        access.announce(self.status, message)  # said in a line, not a box: spoken too
        error = meaning_color(ERROR_TEXT, self.status.palette()).name()
        self.status.setStyleSheet(f"QLabel#exportStatus {{ color: {error}; font-weight: bold; }}")

    def _store_author(self) -> None:
        name = self.author_name.text().strip()
        if not name:
            raise ReflektError(self.tr("A share bundle shows your name: fill in “From”."))
        current = export.author(self.journal, required=False)
        team = self.author_team.text().strip()
        if current is None or (current.name, current.team) != (name, team):
            export.set_author(self.journal, name, team)

    def _team_folder(self) -> Path | None:
        from reflekt.share import team

        return team.folder(self.journal)

    # -- leaving the machine ----------------------------------------------------

    def save(self) -> None:
        self.wait_until_ready()  # Save pressed while the pages are still being made
        if self.preview is None:
            return
        name_filter = {
            "md": self.tr("Markdown (*.md)"),
            "html": self.tr("Web page (*.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "bundle": self.tr("Share bundle (*.reflekt.json)"),
        }[self.preview.format]
        from reflekt.gui import folders

        path = folders.save_file(
            self,
            folders.Purpose.SHARE,
            self.tr("Save the export"),
            self.preview.suggested_name,
            name_filter,
            export.SUFFIXES[self.preview.format],
            named=lambda typed, fmt=self.preview.format: export.with_format_suffix(typed, fmt),
        )
        if path is None:
            return
        preview = self.preview
        if not folder_may_be_written(self, preview, path):
            return
        from reflekt.gui.operations import run_and_wait, second_connection, with_journal

        # Off the GUI thread (a bundle of many entries takes a while); the person has
        # already been asked before a file is replaced (by the file dialog, or by
        # save_file when the extension changed the name).
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: export.write_export(journal, preview, path, overwrite=True),
        )
        try:
            self.written = run_and_wait(self, work, title=self.tr("Saving"))
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(self.written)))

    def copy(self) -> None:
        if self.preview is None or self.preview.format not in ("md", "html"):
            return
        options = self.options()

        def both(journal: Journal, _: object) -> tuple[ExportPreview, ExportPreview]:
            md = export.prepare_export(journal, replace(options, format="md"))
            return md, export.prepare_export(journal, replace(options, format="html"))

        try:
            if len(options.ids) <= TEXT_ON_GUI_THREAD:
                md, page = both(self.journal, None)
            else:
                from reflekt.gui.operations import run_and_wait, second_connection, with_journal

                work = with_journal(second_connection(self.journal), both)
                md, page = run_and_wait(self, work, title=self.tr("Copying"))
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        mime = QMimeData()
        # A picture's file cannot go along with plain text: named there, whole in the HTML.
        mime.setText(named_in_text(md.text, self.pictures.named) if md.pictures else md.text)
        mime.setHtml(page.text)
        QGuiApplication.clipboard().setMimeData(mime)
        export.log_export(self.journal, self.preview, "(clipboard)")
        said = self.tr("Copied. Paste it into a chat, a forum post or a wiki page.")
        if md.pictures:
            said += " " + self.tr(
                "The pictures go along where formatted text is pasted; plain text names them."
            )
        self.status.setText(said)

    def publish(self) -> None:
        from reflekt.gui.operations import run_and_wait, second_connection, with_journal
        from reflekt.share import team

        lang = i18n.current()
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: team.publish_with_notes(journal, lang=lang),
        )
        try:
            path, left_out = run_and_wait(
                self, work, title=self.tr("Publishing to the team folder")
            )
        except ReflektError as exc:
            show_error(self, exc.message)
            return
        self.status.setText(self.tr("Published to %1.").replace("%1", str(path)))
        self.pictures.say_left_out(left_out)  # pictures the bundle had no room for
