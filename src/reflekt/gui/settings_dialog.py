"""Settings (Ctrl+,): language, theme, font size, reminder, and which journal to use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reflekt.gui import access, plaintext
from reflekt.gui.settings import AppSettings


class SettingsDialog(QDialog):
    themeChanged = Signal(str)
    fontSizeChanged = Signal(int)
    reminderChanged = Signal()
    journalRequested = Signal(bool)  # True: create a new one; the window asks where

    def __init__(self, settings: AppSettings, journal_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)  # room for the wrapped explanations in both languages
        outer = QVBoxLayout(self)
        # The sections scroll, Close stays in sight: with Spelling and Pictures the
        # window is taller than a laptop's screen (1366×768).
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.scroll.setWidget(self.page)
        outer.addWidget(self.scroll)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Tab, a click, an access key: the focus shows
            app.focusChanged.connect(self._focus_moved)

        look = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(look)
        self.language = QComboBox()
        for value, text in (("system", self.tr("System")), ("en", "English"), ("sv", "Svenska")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.language_note = plaintext.label(
            self.tr("A new language shows after reflekt restarts.")
        )
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme = QComboBox()
        for value, text in (
            ("system", self.tr("System")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 40)
        self.font_size.setSpecialValueText(self.tr("System"))
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        self.font_size.valueChanged.connect(self._font_changed)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), self.font_size)
        layout.addWidget(look)

        remind = QGroupBox(self.tr("Daily reminder"))
        rform = QFormLayout(remind)
        self.reminder_on = QCheckBox(self.tr("Remind me to reflect"))
        self.reminder_on.setChecked(settings.reminder_enabled)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        hh, mm = settings.reminder_time.split(":")
        self.reminder_time.setTime(QTime(int(hh), int(mm)))
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for number, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(number in settings.reminder_days)
            box.toggled.connect(self._reminder_changed)
            days.addWidget(box)
            self.day_boxes.append(box)
        self.reminder_on.toggled.connect(self._reminder_changed)
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        rform.addRow(self.reminder_on)
        rform.addRow(self.tr("Time"), self.reminder_time)
        rform.addRow(self.tr("Days"), days)
        layout.addWidget(remind)

        journal = QGroupBox(self.tr("Journal"))
        jlayout = QVBoxLayout(journal)
        path_label = plaintext.label(self.tr("This journal: %1").replace("%1", str(journal_path)))
        path_label.setWordWrap(True)
        jlayout.addWidget(path_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open another journal…"))
        self.open_button.clicked.connect(lambda: self._request_journal(False))
        self.new_button = QPushButton(self.tr("Create a new journal…"))
        self.new_button.clicked.connect(lambda: self._request_journal(True))
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addStretch()
        jlayout.addLayout(row)
        layout.addWidget(journal)

        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def sizeHint(self) -> QSize:
        """Room for every section without scrolling (shown smaller on a small screen)."""
        hint = super().sizeHint()
        scroll = self.scroll.sizeHint().height()
        return QSize(hint.width(), hint.height() - scroll + self.page.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        tallest = screen.height() - frame
        if self.height() > tallest:
            self.resize(self.width(), tallest)
            self.move(self.x(), max(screen.top(), min(self.y(), screen.bottom() - self.height())))

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.page.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new)

    def add_section(self, widget: QWidget) -> None:
        """Room for sections other modules own (backups and encryption)."""
        self.extra.addWidget(widget)
        access.buttons_last(self)  # Close stays the last Tab stop, after the new section

    def _language_changed(self) -> None:
        self.settings.language = self.language.currentData()
        self.language_note.setVisible(True)

    def _theme_changed(self) -> None:
        self.settings.theme = self.theme.currentData()
        self.themeChanged.emit(self.settings.theme)

    def _font_changed(self, value: int) -> None:
        self.settings.font_size = value
        self.fontSizeChanged.emit(value)

    def _reminder_changed(self) -> None:
        self.settings.reminder_enabled = self.reminder_on.isChecked()
        self.settings.reminder_time = self.reminder_time.time().toString("HH:mm")
        self.settings.reminder_days = tuple(
            i for i, box in enumerate(self.day_boxes) if box.isChecked()
        )
        self.reminderChanged.emit()

    def _request_journal(self, create: bool) -> None:
        self.accept()
        self.journalRequested.emit(create)
