"""The entry editor: template sections as fields, Markdown text, details, and autosave.

Autosave is debounced (about a second after typing stops) and also runs when the
editor loses focus, when another entry is opened and when the window closes. A
save that fails keeps every word on screen and says why.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.models import (
    KIND_LABELS,
    SOURCE_LABELS,
    Entry,
    GoalStatus,
    Kind,
    Source,
    Visibility,
    label,
)
from reflekt.core.templates import TEMPLATES, Template
from reflekt.errors import EntryConflict, ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.conflict import ConflictBar, ConflictMixin
from reflekt.gui.editor_bars import TrashBar, VisibilityBanner
from reflekt.gui.editor_fields import GrowingTextEdit, PeopleEditor, TokenCompleter, split_names
from reflekt.gui.editor_pictures import EditorPictures
from reflekt.gui.editor_sections import TemplateSections
from reflekt.gui.markdown_view import SafeMarkdownView
from reflekt.gui.spell_editor import EditorSpelling

AUTOSAVE_MS = 1000


class EntryEditor(ConflictMixin, QWidget):
    """Edits one entry (or a new draft) and saves it through the Journal facade."""

    saved = Signal(object)  # Entry, after every successful save
    created = Signal(object)  # Entry, when a draft was saved for the first time
    saveStateChanged = Signal(str)  # text for the "Saved" indicator
    restoreRequested = Signal(str)  # entry id, from the trash banner
    conflictResolved = Signal()  # the person chose in the conflict bar; the draft is gone

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.entry: Entry | None = None
        self._template: Template = TEMPLATES["free"]
        self._draft = False
        self._dirty = False
        self._loading = False
        self.last_error = ""
        # While the conflict bar is up (_conflict): the stored entry as it is now
        # (_theirs; None when it was purged elsewhere). See gui/conflict.py.
        self._theirs: Entry | None = None
        self._conflict = False
        self._section_edits: dict[str, QPlainTextEdit] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._build()
        self.clear()

    # -- layout -------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.banner = VisibilityBanner()
        outer.addWidget(self.banner)

        self.trash_bar = TrashBar()
        self.restore_button = self.trash_bar.restore_button
        self.restore_button.clicked.connect(
            lambda: self.entry and self.restoreRequested.emit(self.entry.id)
        )
        outer.addWidget(self.trash_bar)

        self.conflict_bar = ConflictBar()
        self.conflict_bar.showBoth.connect(self.show_both)
        self.conflict_bar.keepMine.connect(self.keep_mine)
        self.conflict_bar.takeTheirs.connect(self.take_theirs)
        self.conflict_bar.keepBoth.connect(self.keep_both)
        self.conflict_bar.restoreAndSave.connect(self.restore_and_save)
        self.conflict_bar.saveAsNew.connect(self.save_as_new)
        outer.addWidget(self.conflict_bar)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.empty = plaintext.label(
            self.tr("Choose an entry, or press Ctrl+N to write a new one.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: the fields are
        page = QWidget()
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)

        top = QHBoxLayout()
        self.title = QLineEdit()
        plaintext.keep_controls_out(self.title)
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)
        top.addWidget(self.title, 1)
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setText("☆")
        self.star.setAccessibleName(self.tr("Star"))
        self.star.setToolTip(self.tr("Star this entry (Ctrl+D)"))
        star_font = QFont(self.star.font())
        star_font.setPointSizeF(star_font.pointSizeF() * 1.4)
        self.star.setFont(star_font)
        top.addWidget(self.star)
        layout.addLayout(top)

        meta = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.kind = QComboBox()
        # Full width when there is room; narrower (the kind's name cut short) rather
        # than pushing Shareable out of sight in a small window.
        self.kind.setMinimumWidth(90)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in Kind:
            self.kind.addItem(label(KIND_LABELS[kind], i18n.current()), kind.value)
        self.template_label = plaintext.label()
        self.template_label.setObjectName("templateName")
        self.template_label.setWordWrap(True)  # two lines in a narrow editor, not cut off
        self.shareable = QCheckBox(self.tr("Shareable"))
        self.shareable.setAccessibleName(self.tr("Shareable"))
        self.shareable.setAccessibleDescription(
            self.tr(
                "When checked, this entry can be shared with colleagues by exporting it. Private by default."
            )
        )
        self.shareable.setToolTip(self.tr("Private by default. Check to allow exporting it."))
        meta.addWidget(self.day)
        meta.addWidget(self.kind)
        meta.addWidget(self.template_label, 1)
        access.buddy(self.tr("Date"), self.day, meta)  # names on Linux (see gui/access.py)
        access.buddy(self.tr("Kind"), self.kind, meta)
        layout.addLayout(meta)
        # Beside the star (both say something about the whole entry), and where a
        # small window still has room for it.
        top.addWidget(self.shareable)

        self.prompt_label = plaintext.label()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setObjectName("promptLabel")
        layout.addWidget(self.prompt_label)

        self.sections_slot = QVBoxLayout()  # the template's sections, made below
        layout.addLayout(self.sections_slot)

        body_head = QHBoxLayout()
        self.body_label = plaintext.label(self.tr("Text"))
        self.body_label.setObjectName("sectionLabel")
        self.preview_button = QToolButton()
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the text as it will look (Ctrl+Shift+P)"))
        self.preview_button.toggled.connect(self._toggle_preview)
        body_head.addWidget(self.body_label)
        body_head.addStretch()
        body_head.addWidget(self.preview_button)
        layout.addLayout(body_head)
        self.body = GrowingTextEdit(min_lines=8)
        self.body.setPlaceholderText(
            self.tr("Write freely. Markdown works: **bold**, - lists, # headings.")
        )
        self.body.setAccessibleName(self.tr("Text"))
        self.preview = SafeMarkdownView()
        self.preview.setMinimumHeight(160)
        # Two widgets, one shown: a hidden one takes no room (a stacked widget would).
        self.preview.hide()
        layout.addWidget(self.body)
        layout.addWidget(self.preview)
        self.pictures = EditorPictures(self)  # paste, drop, Insert picture…, the strip
        # Under the text, on a line of its own: beside Preview it would widen the editor.
        layout.addWidget(self.pictures.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pictures.strip)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. feedback, meetings"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("e.g. Facilitation, SQL"))
        self.skills.setAccessibleName(self.tr("Skills"))
        self._tag_model = QStringListModel(self)
        self._skill_model = QStringListModel(self)
        for field, model in ((self.tags, self._tag_model), (self.skills, self._skill_model)):
            completer = TokenCompleter(model, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        self.people = PeopleEditor()
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Learned through"))
        self.source.addItem(self.tr("Not set"), None)
        for source in Source:
            self.source.addItem(label(SOURCE_LABELS[source], i18n.current()), source.value)
        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Mood"))
        self.mood.setToolTip(self.tr("Optional. Mood is never shared."))
        self.mood.addItem(self.tr("Not recorded"), None)
        for value, text in (
            (1, self.tr("1 – Low")),
            (2, self.tr("2")),
            (3, self.tr("3 – Okay")),
            (4, self.tr("4")),
            (5, self.tr("5 – Great")),
        ):
            self.mood.addItem(text, value)
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Goals this entry is evidence for"))
        self.goals.setMaximumHeight(90)
        details.addRow(self.tr("Tags"), self.tags)
        details.addRow(self.tr("Skills"), self.skills)
        self.sections_box = TemplateSections(self.people, details, self._changed, self)
        self.sections_slot.addWidget(self.sections_box)
        details.addRow(self.tr("People"), self.sections_box.people_home)
        details.addRow(self.tr("Learned through"), self.source)
        details.addRow(self.tr("Mood"), self.mood)
        details.addRow(self.tr("Goals"), self.goals)
        layout.addLayout(details)
        layout.addStretch()
        self._details = details

        # Everything a person can change schedules an autosave.
        for line in (self.title, self.tags, self.skills):
            line.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        for combo in (self.kind, self.source, self.mood):
            combo.currentIndexChanged.connect(self._changed)
        self.star.toggled.connect(self._star_toggled)
        self.shareable.toggled.connect(self._visibility_toggled)
        self.people.changed.connect(self._changed)
        self.people.rowsChanged.connect(self._fix_tab_order)
        self.goals.itemChanged.connect(self._changed)
        for widget in (self.title, self.body, self.tags, self.skills):
            widget.installEventFilter(self)
        self.spelling = EditorSpelling(self, body_head)  # its switch beside Preview

    # -- loading ------------------------------------------------------------

    def set_journal(self, journal: Journal) -> None:
        self.save()
        self.journal = journal
        self.clear()

    def clear(self) -> None:
        self._end_conflict(discard=False)  # the draft stays for the next start
        self.entry = None
        self._draft = False
        self._dirty = False
        self.stack.setCurrentWidget(self.empty)
        self.banner.hide()
        self.trash_bar.hide()
        self.saveStateChanged.emit("")

    def refresh_completions(self) -> None:
        self._tag_model.setStringList([name for name, _ in self.journal.tag_counts()])
        self._skill_model.setStringList([name for name, _ in self.journal.skill_counts()])
        self.people.set_known_names([p.name for p in self.journal.people.list()])

    def load(self, entry: Entry) -> bool:
        """Show an existing entry, saving the one being edited first.

        Returns False, and keeps the current text on screen, when that save failed.
        """
        if not self.save():
            return False
        self._show(entry, draft=False)
        return True

    def new_entry(self, template_key: str = "free", day: dt.date | None = None) -> bool:
        """Start a draft; it is written to the journal on the first autosave with text."""
        if not self.save():
            return False
        template = TEMPLATES[template_key]
        draft = Entry(
            id="",
            created="",
            updated="",
            day=day or dt.date.today(),
            kind=template.kind,
            template=template.key,
            source=template.source,
        )
        self._show(draft, draft=True)
        if self.sections_box.asks_who:
            self.people.add_empty_row()  # the name the template asks for, in one place
        (self.sections_box.first_field() or self.body).setFocus()
        return True

    def _show(self, entry: Entry, *, draft: bool) -> None:
        self._end_conflict(discard=False)
        self._loading = True
        try:
            self.refresh_completions()
            self.spelling.show_entry(entry, draft=draft)
            self.entry = entry
            self._draft = draft
            self._dirty = False
            self._template = TEMPLATES.get(entry.template, TEMPLATES["free"])
            self.title.setText(entry.title)
            self.day.setDate(QDate(entry.day.year, entry.day.month, entry.day.day))
            self.kind.setCurrentIndex(self.kind.findData(entry.kind.value))
            # The template's name says something only when the kind does not already say it.
            self.template_label.setText(self._template.name_beside(entry.kind, i18n.current()))
            self.template_label.setToolTip(
                plaintext.tooltip(self._template.description(i18n.current()))
            )
            self.sections_box.build(self._template, entry)
            self._section_edits = self.sections_box.edits
            self.spelling.attach_sections(self._section_edits.values())
            self.body.set_min_lines(3 if self._template.sections else 8)
            self.body.setPlainText(entry.body)
            self.pictures.show_entry([*self._section_edits.values(), self.body])
            self.body_label.setText(
                self.tr("Other notes") if self._template.sections else self.tr("Text")
            )
            self.tags.setText(", ".join(entry.tags))
            self.skills.setText(", ".join(entry.skills))
            self.people.set_people(entry.people)
            self._fix_tab_order()
            self.source.setCurrentIndex(
                self.source.findData(entry.source.value if entry.source else None)
            )
            self.mood.setCurrentIndex(self.mood.findData(entry.mood))
            self.star.setChecked(entry.starred)
            self.star.setText("★" if entry.starred else "☆")
            self.shareable.setChecked(entry.shareable)
            self._fill_goals(entry)
            self._update_banner()
            self.preview_button.setChecked(False)
            read_only = entry.in_trash
            self.trash_bar.setVisible(read_only)
            self.page.setEnabled(not read_only)
            self.prompt_label.setVisible(False)
            self.stack.setCurrentIndex(1)
        finally:
            self._loading = False
        self.saveStateChanged.emit("" if draft else self.tr("Saved"))

    def show_prompt(self, prompt: str) -> None:
        self.prompt_label.setText(prompt)
        self.prompt_label.setVisible(bool(prompt))

    def _fix_tab_order(self) -> None:
        """Tab walks the page top to bottom; section fields are made later than the rest,
        so Qt's default (creation order) would put them last."""
        chain: list[QWidget] = [
            # The conflict bar's buttons (skipped while hidden) come first: Shift+Tab
            # from the title reaches them.
            *self.conflict_bar.changed_buttons,
            *self.conflict_bar.gone_buttons,
            self.title,
            self.star,
            self.shareable,
            self.day,
            self.kind,
            *self.sections_box.focus_chain(),
            self.spelling.switch,
            self.preview_button,
            self.body,
            self.pictures.button,
            *self.pictures.strip.focus_chain(),
            self.tags,
            self.skills,
            *([] if self.sections_box.asks_who else self.people.focus_chain()),
            self.source,
            self.mood,
            self.goals,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_goals(self, entry: Entry) -> None:
        self.goals.blockSignals(True)
        self.goals.clear()
        for goal in self.journal.goals.list():
            if goal.status is not GoalStatus.ACTIVE and goal.id not in entry.goals:
                continue
            item = QListWidgetItem(goal.title)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if goal.id in entry.goals else Qt.CheckState.Unchecked
            )
            self.goals.addItem(item)
        self.goals.blockSignals(False)
        has_goals = self.goals.count() > 0
        self.goals.setVisible(has_goals)
        goals_label = self._details.labelForField(self.goals)
        if goals_label is not None:
            goals_label.setVisible(has_goals)

    # -- state ------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def is_draft(self) -> bool:
        return self._draft

    @property
    def has_conflict(self) -> bool:
        """The conflict bar is up: the typed text waits (kept as a draft) for a choice."""
        return self._conflict

    def _changed(self, *_: object) -> None:
        if self._loading or self.entry is None:
            return
        self._dirty = True
        self.saveStateChanged.emit(self.tr("Editing…"))
        self._timer.start()

    def _star_toggled(self, on: bool) -> None:
        self.star.setText("★" if on else "☆")
        self._changed()

    def _visibility_toggled(self, _: bool) -> None:
        self._update_banner()
        self._changed()

    def _update_banner(self) -> None:
        self.banner.set_shareable(self.shareable.isChecked())
        self.banner.setVisible(self.entry is not None)

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.set_markdown(self.body.toPlainText())
            self.preview.setMinimumHeight(max(160, self.body.height()))
            self.body.hide()
            self.preview.show()
        else:
            self.preview.hide()
            self.body.show()

    def toggle_preview(self) -> None:
        self.preview_button.toggle()

    def toggle_star(self) -> None:
        if self.entry is not None and not self.entry.in_trash:
            self.star.toggle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save()
        return super().eventFilter(watched, event)

    def values(self) -> dict[str, Any]:
        """What the fields say, as ``Journal.add``/``update`` keywords."""
        date = self.day.date()
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "template": self._template.key,
            "sections": {k: e.toPlainText() for k, e in self._section_edits.items()},
            "kind": self.kind.currentData(),
            "day": dt.date(date.year(), date.month(), date.day()),
            "tags": split_names(self.tags.text()),
            "skills": split_names(self.skills.text()),
            "people": self.people.people(),
            "source": self.source.currentData(),
            "mood": self.mood.currentData(),
            "starred": self.star.isChecked(),
            "visibility": Visibility.SHAREABLE
            if self.shareable.isChecked()
            else Visibility.PRIVATE,
            "goals": [
                self.goals.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked
            ],
        }

    def save(self) -> bool:
        """Write pending changes now. Returns False (and keeps the text) when it could not.

        An existing entry is saved with the revision it was loaded at: when another
        program changed, trashed or purged it since, nothing is written over that
        change; the conflict bar asks what to keep, and until then the typed text is
        kept as a draft in the journal (it survives a crash or a quit).
        """
        self._timer.stop()
        if not self._dirty or self.entry is None:
            return True
        if self._conflict:
            return self._keep_draft()
        values = self.values()
        try:
            if self._draft:
                has_text = (
                    values["title"].strip()
                    or values["body"].strip()
                    or any(v.strip() for v in values["sections"].values())
                )
                if not has_text:
                    return True  # an untouched draft is not worth an entry
                entry = self.journal.add(**values)
                self._draft = False
                self.entry = entry
                self._dirty = False
                self.created.emit(entry)
            else:
                entry = self.journal.update(
                    self.entry.id, expected_revision=self.entry.revision, **values
                )
                self.entry = entry
                self._dirty = False
            self.saved.emit(entry)
        except EntryConflict as exc:
            self._start_conflict(exc.current)  # type: ignore[arg-type]
            return False
        except ReflektError as exc:
            self.last_error = exc.message
            self.saveStateChanged.emit(self.tr("Not saved: %1").replace("%1", exc.message))
            access.announce(self, self.tr("Not saved: %1").replace("%1", exc.message))
            return False
        self.saveStateChanged.emit(self.tr("Saved"))
        return True
