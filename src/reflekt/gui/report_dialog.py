"""“Prepare for my development talk”: choose period and audience, preview, export.

The preview shows the same HTML that is exported (charts included), so what the
person sees is what their manager gets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reflekt.core import stats as core_stats
from reflekt.core.journal import Journal
from reflekt.core.periods import Period
from reflekt.core.report import Audience, Report, build_report
from reflekt.errors import ReflektError
from reflekt.gui import plaintext
from reflekt.gui.report_pdf import chart_images, export_report
from reflekt.share.report_html import render_html


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """Build, preview and export the development-talk report."""

    def __init__(
        self,
        journal: Journal,
        period: Period | None = None,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare for my development talk"))
        self.journal = journal
        self.lang = lang
        self.today = today or dt.date.today()
        period = period or core_stats.default_period(journal, self.today)
        self.report: Report | None = None
        self._images: list[Any] | None = None  # the preview's charts, reused when saving

        self.date_from = QDateEdit(_qdate(period.start), self)
        self.date_to = QDateEdit(_qdate(period.end), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._schedule)
        self.just_me = QRadioButton(self.tr("Just me (everything)"), self)
        self.manager = QRadioButton(self.tr("To show my manager (only shareable entries)"), self)
        self.just_me.setChecked(True)
        self.names = QCheckBox(self.tr("Show people's names (otherwise their role)"), self)
        self.names.setEnabled(False)
        self.manager.toggled.connect(self.names.setEnabled)
        for button in (self.just_me, self.manager, self.names):
            button.toggled.connect(self._schedule)
        self.talk_about = QPlainTextEdit(self)
        self.talk_about.setPlaceholderText(self.tr("What I want to talk about"))
        self.support = QPlainTextEdit(self)
        self.support.setPlaceholderText(self.tr("Support I would like"))
        for edit in (self.talk_about, self.support):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._schedule)
        self.remember = QCheckBox(self.tr("Remember today as the day of my development talk"), self)

        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("For:"), self.just_me)
        form.addRow("", self.manager)
        form.addRow("", self.names)
        form.addRow(self.tr("What I want to talk about:"), self.talk_about)
        form.addRow(self.tr("Support I would like:"), self.support)
        form.addRow("", self.remember)
        left = QWidget(self)
        left.setLayout(form)

        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # the report has no links; nothing may navigate away
        self.preview.setAccessibleName(self.tr("Preview"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)

        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.html_button = QPushButton(self.tr("Save as web page…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.html_button.clicked.connect(lambda: self._export("html"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.pdf_button, self.html_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # typing in the text fields should not redraw each key
        self._timer.timeout.connect(self.update_preview)
        self.update_preview()

    def audience(self) -> Audience:
        return Audience.MANAGER if self.manager.isChecked() else Audience.ME

    def _schedule(self) -> None:
        self._timer.start()

    def _build(self) -> Report:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return build_report(
            self.journal,
            Period(min(start, end), max(start, end)),
            self.audience(),
            names=self.names.isChecked(),
            talk_about=self.talk_about.toPlainText(),
            support=self.support.toPlainText(),
            lang=self.lang,
            today=self.today,
        )

    def update_preview(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self._build()
            self._images = chart_images(self.report)  # kept for Save as PDF: drawn once
            html = render_html(self.report, self._images)
        except ReflektError as exc:
            plaintext.warn(self, self.windowTitle(), exc.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)

    def _export(self, fmt: str) -> None:
        if self._timer.isActive() or self.report is None:  # a change not yet previewed
            self._timer.stop()
            self.update_preview()
        if self.report is None:
            return
        suffix = ".pdf" if fmt == "pdf" else ".html"
        name = f"development-talk-{self.report.period.end.isoformat()}{suffix}"
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Web page (*.html)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), filters
        )
        if path:
            self.save(Path(path).with_suffix(suffix))

    def save(self, path: Path) -> Path | None:
        """Write the previewed report to ``path`` (.pdf or .html); None when it failed."""
        if self.report is None:
            return None
        from reflekt.gui.operations import run_and_wait, second_connection, with_journal

        report, images = self.report, self._images
        # Laying the pages out takes a while on a long period: off the GUI thread, with
        # the charts the preview already drew (those need the GUI thread).
        work = with_journal(
            second_connection(self.journal),
            lambda journal, _: export_report(journal, report, path, images=images),
        )
        try:
            written = run_and_wait(self, work, title=self.tr("Saving the report"))
        except ReflektError as exc:
            plaintext.warn(self, self.windowTitle(), exc.message)
            return None
        if self.remember.isChecked():
            core_stats.set_last_talk(self.journal, self.today)
        return written
