"""The editor's conflict bar, and the dialog that shows two versions of an entry.

When a save finds that the entry changed (or went to the trash, or was purged) in
another program since it was opened, the editor writes nothing over that change: it
keeps the typed text on screen (and as a draft in the journal) and shows this bar,
which asks the person what to keep.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflekt.core.journal import Journal
from reflekt.core.models import (
    KIND_LABELS,
    RELATION_LABELS,
    SOURCE_LABELS,
    Entry,
    Kind,
    Relation,
    Source,
    Visibility,
    label,
)
from reflekt.core.templates import TEMPLATES
from reflekt.errors import EntryConflict, NotFound, ReflektError
from reflekt.gui import access, i18n, plaintext
from reflekt.gui.theme import CONFLICT_BAR


def local_time(stamp: str | None) -> str:
    """HH:MM on this computer's clock for an ISO 8601 time with offset ("" if none)."""
    if not stamp:
        return ""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


class ConflictBar(QFrame):
    """A bar over the editor: what happened elsewhere, and the person's choices."""

    showBoth = Signal()
    keepMine = Signal()
    takeTheirs = Signal()
    keepBoth = Signal()
    restoreAndSave = Signal()
    saveAsNew = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber like a warning, the same in light and dark themes (the buttons carry
        # their own colours, so a dark palette never puts light text on amber), with a
        # clear focus ring on whichever button has focus.
        self.setStyleSheet(
            (
                "QFrame#conflictBar {{ background: {background}; border: 1px solid {edge}; }}"
                "QFrame#conflictBar QLabel {{ color: {text}; }}"
                "QFrame#conflictBar QPushButton {{ padding: 4px 10px; background: {button};"
                " color: {button_text}; border: 1px solid {button_edge}; border-radius: 3px; }}"
                "QFrame#conflictBar QPushButton:hover {{ background: {hover}; }}"
                "QFrame#conflictBar QPushButton:pressed {{ background: {pressed}; }}"
                "QFrame#conflictBar QPushButton:focus {{ border: 2px solid {focus}; }}"
                "QFrame#conflictBar:focus {{ border: 2px solid {focus}; }}"
            ).format_map(CONFLICT_BAR)
        )
        # Focus comes here (not to a button, which a key typed next would press) when
        # the entry being typed into goes away elsewhere; Tab goes on to the buttons.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = plaintext.label()
        self.label.setWordWrap(True)
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        layout.addWidget(self.label, 1)

        def button(text: str, name: str, tip: str, signal: Any) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setToolTip(plaintext.tooltip(tip))
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setAutoDefault(False)
            b.clicked.connect(signal)
            layout.addWidget(b)
            return b

        self.show_both_button = button(
            self.tr("Show both"),
            self.tr("Show both versions"),
            self.tr("Show the other version and yours side by side, field by field"),
            self.showBoth,
        )
        self.keep_mine_button = button(
            self.tr("Keep mine"),
            self.tr("Keep my version"),
            self.tr("Save what is on screen over the other change"),
            self.keepMine,
        )
        self.take_theirs_button = button(
            self.tr("Take theirs"),
            self.tr("Take the other version"),
            self.tr("Show the other version and drop what you typed"),
            self.takeTheirs,
        )
        self.keep_both_button = button(
            self.tr("Keep both"),
            self.tr("Keep both versions"),
            self.tr("Save what is on screen as a new entry; the other version stays"),
            self.keepBoth,
        )
        self.restore_button = button(
            self.tr("Restore and save"),
            self.tr("Restore the entry and save my text"),
            self.tr("Bring the entry back and save what is on screen in it"),
            self.restoreAndSave,
        )
        self.new_button = button(
            self.tr("Save as a new entry"),
            self.tr("Save my text as a new entry"),
            self.tr("Save what is on screen as a new entry"),
            self.saveAsNew,
        )
        self.changed_buttons = [
            self.show_both_button,
            self.keep_mine_button,
            self.take_theirs_button,
            self.keep_both_button,
        ]
        self.gone_buttons = [self.restore_button, self.new_button]
        for first, second in itertools.pairwise(self.changed_buttons + self.gone_buttons):
            QWidget.setTabOrder(first, second)
        self.hide()

    def buttons(self) -> list[QPushButton]:
        """The buttons shown now, in Tab order."""
        return [b for b in self.changed_buttons + self.gone_buttons if not b.isHidden()]

    def show_changed(self, theirs: Entry) -> None:
        self.label.setText(
            self.tr("This entry was changed elsewhere at %1.").replace(
                "%1", local_time(theirs.updated)
            )
        )
        self._show(self.changed_buttons)

    def show_gone(self, theirs: Entry | None) -> None:
        if theirs is None:
            text = self.tr("This entry was deleted for good elsewhere.")
        else:
            text = self.tr("This entry was moved to the trash elsewhere at %1.").replace(
                "%1", local_time(theirs.deleted)
            )
        self.label.setText(text + " " + self.tr("Your text is kept here."))
        self._show(self.gone_buttons)

    def _show(self, buttons: list[QPushButton]) -> None:
        for b in self.changed_buttons + self.gone_buttons:
            b.setVisible(b in buttons)
        self.setAccessibleName(self.label.text())
        self.show()


class CompareDialog(QDialog):
    """The other version and the one on screen, side by side, field by field."""

    def __init__(self, theirs: Entry, mine: dict[str, Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Two versions of this entry"))
        layout = QVBoxLayout(self)
        intro = plaintext.label(
            self.tr(
                "Left: the version saved elsewhere at %1. Right: your version on screen. "
                "Fields that differ are in bold."
            ).replace("%1", local_time(theirs.updated))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = self._rows(theirs, mine)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("The two versions, field by field"))
        self.table.setHorizontalHeaderLabels([self.tr("Saved elsewhere"), self.tr("Yours")])
        self.table.setVerticalHeaderLabels([name for name, _, _ in rows])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.differing: list[str] = []
        for row, (name, left, right) in enumerate(rows):
            for column, text in enumerate((left, right)):
                item = QTableWidgetItem(text)  # plain text: never rendered as markup
                if not text:  # a blank cell is still read out, as empty
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("(empty)"))
                if left != right:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if left != right:
                self.differing.append(name)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _rows(self, theirs: Entry, mine: dict[str, Any]) -> list[tuple[str, str, str]]:
        lang = i18n.current()

        def kind(value: Any) -> str:
            return label(KIND_LABELS[Kind(value)], lang) if value else ""

        def source(value: Any) -> str:
            return label(SOURCE_LABELS[Source(value)], lang) if value else ""

        def people(links: Any) -> str:
            return "\n".join(
                f"{p.name} ({label(RELATION_LABELS[Relation(p.relation)], lang)})" for p in links
            )

        def yes(value: bool) -> str:
            return self.tr("Yes") if value else self.tr("No")

        def shared(value: Any) -> str:
            shareable = Visibility(getattr(value, "value", value)) is Visibility.SHAREABLE
            return self.tr("Shareable") if shareable else self.tr("Private")

        rows = [
            (self.tr("Title"), theirs.title, str(mine.get("title", ""))),
            (self.tr("Date"), theirs.day.isoformat(), _day(mine.get("day"))),
            (self.tr("Kind"), kind(theirs.kind.value), kind(mine.get("kind"))),
        ]
        sections = dict(mine.get("sections") or {})
        templates = (TEMPLATES.get(theirs.template), TEMPLATES.get(str(mine.get("template"))))
        names = {s.key: s.label(lang) for t in templates if t for s in t.sections}
        for key in dict.fromkeys([*theirs.sections, *sections]):
            rows.append((names.get(key, key), theirs.sections.get(key, ""), sections.get(key, "")))
        rows += [
            (self.tr("Text"), theirs.body, str(mine.get("body", ""))),
            (self.tr("Tags"), ", ".join(theirs.tags), ", ".join(mine.get("tags") or ())),
            (self.tr("Skills"), ", ".join(theirs.skills), ", ".join(mine.get("skills") or ())),
            (self.tr("People"), people(theirs.people), people(mine.get("people") or ())),
            (
                self.tr("Learned through"),
                source(theirs.source.value if theirs.source else None),
                source(mine.get("source")),
            ),
            (self.tr("Mood"), str(theirs.mood or ""), str(mine.get("mood") or "")),
            (self.tr("Starred"), yes(theirs.starred), yes(bool(mine.get("starred")))),
            (
                self.tr("Sharing"),
                shared(theirs.visibility),
                shared(mine.get("visibility", Visibility.PRIVATE)),
            ),
        ]
        return rows


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value or "")


class ConflictMixin:
    """The editor's side of a conflict: what each choice in the bar does.

    Mixed into ``EntryEditor`` (which has the fields, ``values()``, ``_show`` and the
    ``saved``/``created``/``conflictResolved`` signals); kept here so the editor stays
    one job.
    """

    journal: Journal
    entry: Entry | None
    conflict_bar: ConflictBar
    page: QWidget  # the form: held still while its entry is gone
    _theirs: Entry | None
    _conflict: bool
    _dirty: bool
    last_error: str
    saved: Any
    created: Any
    conflictResolved: Any
    saveStateChanged: Any

    if TYPE_CHECKING:

        def tr(self, text: str) -> str: ...
        def layout(self) -> Any: ...
        def values(self) -> dict[str, Any]: ...
        def save(self) -> bool: ...
        def _show(self, entry: Entry, *, draft: bool) -> None: ...

    def check_gone(self) -> None:
        """Another program wrote while the person is typing: if it took the open entry
        away (to the trash, or for good), say so at once rather than at the next save,
        and stop the typing into nothing (see ``_start_conflict``)."""
        entry = self.entry
        if self._conflict or entry is None or not entry.id or entry.in_trash:
            return
        try:
            fresh: Entry | None = self.journal.get(entry.id)
        except NotFound:
            fresh = None  # purged
        except ReflektError:
            return  # busy or closing: the next tick looks again
        if fresh is None or fresh.in_trash:
            self._start_conflict(fresh)

    def _start_conflict(self, theirs: Entry | None) -> None:
        self._theirs = theirs
        self._conflict = True
        self._dirty = True
        scroll = self.page.parentWidget().parentWidget()  # the viewport's scroll area
        form_top = scroll.mapTo(self, QPoint(0, 0)).y()
        if theirs is None or theirs.in_trash:
            self.conflict_bar.show_gone(theirs)
            # Nothing left to type into: the form holds still (the words stay on screen
            # and in the draft) until the person restores it or saves it as new.
            self.conflict_bar.setFocus()
            self.page.setEnabled(False)
        else:
            self.conflict_bar.show_changed(theirs)
        # The bar comes in above the form while the person works in it: the form
        # scrolls on by as much, so what was under the pointer stays there (as far as
        # the form can scroll).
        self.layout().activate()
        moved = scroll.mapTo(self, QPoint(0, 0)).y() - form_top
        if moved > 0 and isinstance(scroll, QAbstractScrollArea):
            bar = scroll.verticalScrollBar()
            bar.setValue(bar.value() + moved)
        # Said at once: the person did not cause it and may not be looking at the bar.
        access.announce(self.conflict_bar, self.conflict_bar.label.text(), assertive=True)
        self._keep_draft()
        self.saveStateChanged.emit(self.tr("Not saved: changed elsewhere"))

    def _keep_draft(self) -> bool:
        """Keep the typed text in the journal's drafts; always False (not saved)."""
        self.last_error = self.tr(
            "This entry was changed elsewhere. Choose in the bar above it what to keep."
        )
        if self.entry is not None and self.entry.id:
            try:
                self.journal.save_draft(self.entry.id, self.values(), self.entry.revision)
            except ReflektError as exc:
                self.last_error = exc.message
        return False

    def _end_conflict(self, *, discard: bool = True) -> None:
        """Take the bar down; ``discard``: the person chose, so the draft goes too
        (otherwise it stays in the journal and comes back at the next start)."""
        if not self._conflict:
            return
        self._conflict = False
        self._theirs = None
        self.conflict_bar.hide()
        if not discard:
            return
        if self.entry is not None and self.entry.id:
            # A draft that cannot be dropped is offered again at the next start.
            with contextlib.suppress(ReflektError):
                self.journal.discard_draft(self.entry.id)
        self.conflictResolved.emit()

    def resume_draft(self, values: dict[str, Any], base: Entry) -> None:
        """Put a kept draft back on screen over ``base`` (the entry as it was when the
        draft was made) and try to save it: a save that still conflicts raises the bar."""
        if not self.save():
            return  # the text on screen could not be saved: it stays; the draft waits
        self._show(base, draft=False)
        self._loading = True
        try:
            self.title.setText(values.get("title", base.title))
            self.body.setPlainText(values.get("body", base.body))
            for key, text in (values.get("sections") or {}).items():
                if key in self._section_edits:
                    self._section_edits[key].setPlainText(text)
            self.tags.setText(", ".join(values.get("tags", base.tags)))
            self.skills.setText(", ".join(values.get("skills", base.skills)))
            if "people" in values:
                self.people.set_people(values["people"])
            if "day" in values:
                day = values["day"]
                self.day.setDate(QDate(day.year, day.month, day.day))
            if values.get("kind"):
                self.kind.setCurrentIndex(self.kind.findData(values["kind"]))
            if "source" in values:
                self.source.setCurrentIndex(self.source.findData(values["source"]))
            if "mood" in values:
                self.mood.setCurrentIndex(self.mood.findData(values["mood"]))
            if "starred" in values:
                self.star.setChecked(bool(values["starred"]))
            if "visibility" in values:
                self.shareable.setChecked(values["visibility"] is Visibility.SHAREABLE)
        finally:
            self._loading = False
        self._dirty = True
        if self.save():  # nothing moved on meanwhile: saved as it was typed
            self.journal.discard_draft(base.id)
            self.conflictResolved.emit()  # so the next kept draft, if any, comes back

    def _values_or_none(self) -> dict[str, Any] | None:
        return self.values() if self._conflict and self.entry is not None else None

    def show_both(self) -> None:
        if self._theirs is None or not self._conflict:
            return
        from reflekt.gui.dialogs import exec_and_free

        exec_and_free(CompareDialog(self._theirs, self.values(), self))

    def keep_mine(self) -> None:
        """Save what is on screen on top of the other change (now from its revision)."""
        values = self._values_or_none()
        if values is None or self._theirs is None or self.entry is None:
            return
        try:
            entry = self.journal.update(
                self.entry.id, expected_revision=self._theirs.revision, **values
            )
        except EntryConflict as exc:
            self._start_conflict(exc.current)  # type: ignore[arg-type]  # moved on again
            return
        except ReflektError as exc:
            self._failed(exc)
            return
        self._end_conflict()
        self.entry = entry
        self._dirty = False
        self.saved.emit(entry)
        self.saveStateChanged.emit(self.tr("Saved"))

    def take_theirs(self) -> None:
        """Show the other version and drop what was typed."""
        if not self._conflict or self._theirs is None:
            return
        theirs = self._theirs
        self._end_conflict()
        self._show(theirs, draft=False)
        self.saved.emit(theirs)

    def keep_both(self) -> None:
        """Save what is on screen as a new entry; the other version stays as it is."""
        self._save_as_new()

    def save_as_new(self) -> None:
        """(Trashed or purged elsewhere) save what is on screen as a new entry."""
        self._save_as_new()

    def _save_as_new(self) -> None:
        values = self._values_or_none()
        if values is None:
            return
        try:
            entry = self.journal.add(**values)
        except ReflektError as exc:
            self._failed(exc)
            return
        self._end_conflict()
        self._show(entry, draft=False)
        self.created.emit(entry)

    def restore_and_save(self) -> None:
        """(Trashed or purged elsewhere) bring the entry back with what is on screen."""
        values = self._values_or_none()
        if values is None or self.entry is None:
            return
        old = self.entry
        try:
            if self._theirs is None:  # purged: the same entry again, with the typed text
                entry = self.journal.add(id=old.id, created=old.created, **values)
            else:
                restored = self.journal.restore(old.id, expected_revision=self._theirs.revision)
                entry = self.journal.update(old.id, expected_revision=restored.revision, **values)
        except EntryConflict as exc:
            self._start_conflict(exc.current)  # type: ignore[arg-type]
            return
        except ReflektError as exc:
            self._failed(exc)
            return
        self._end_conflict()
        self._show(entry, draft=False)
        self.created.emit(entry)

    def _failed(self, exc: ReflektError) -> None:
        self.last_error = exc.message
        self.saveStateChanged.emit(self.tr("Not saved: %1").replace("%1", exc.message))
