"""“Prepare for my development talk”: choose period and audience, preview, export.

The preview shows the same HTML that is exported (charts included), so what the
person sees is what their manager gets.

Opening stays light: the report's data is gathered from a connection of its own on a
worker thread (``gui/operations.py``), the charts (widgets) are painted on the GUI
thread one per event-loop turn, and their PNGs and the page's HTML are made on a worker
again. A "Preparing the report…" line shows meanwhile; ``ready`` fires when the preview
is up to date (``wait_until_ready()`` waits for it); Close works at any time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
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
from reflekt.core.report import Audience, ChartImage, Report, build_report
from reflekt.errors import ReflektError
from reflekt.gui import access, plaintext
from reflekt.gui.report_pdf import ChartPicture, chart_pictures, encode_charts, export_report
from reflekt.share.report_html import render_html


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _chart_key(report: Report) -> tuple[Any, ...]:
    """What the report's charts depend on."""
    return (report.period, report.for_manager, report.stats)


_NATURAL = QTextFormat.Property.UserProperty + 1  # an image's width as the page gives it


def fit_images(view: QTextBrowser) -> None:
    """Shrink each picture or chart of ``view`` that would reach past its right edge (a
    picture under an entry is indented), keeping its proportions; a wider view gives
    them back their size. Only how the preview draws them: the page saved is unchanged."""
    document = view.document()
    document.setUndoRedoEnabled(False)  # sizes for the screen, nothing to undo
    room = view.viewport().width() - 2 * document.documentMargin() - 4
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        indent = layout.blockBoundingRect(block).left() if layout is not None else 0.0
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                natural = image.property(_NATURAL) or (image.width(), image.height())
                width, height = natural
                left = block.layout().lineAt(0).x() if block.layout().lineCount() else 0.0
                fits = max(40.0, room - indent - left)
                if width > fits:
                    width, height = fits, height * fits / width
                if (width, height) != (image.width(), image.height()) and width > 0:
                    image.setProperty(_NATURAL, natural)
                    image.setWidth(width)
                    image.setHeight(height)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image)
            it += 1
        block = block.next()


class ReportDialog(QDialog):
    """Build, preview and export the development-talk report.

    ``ready`` fires when the preview shows the choices made last.
    """

    ready = Signal()

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
        self._generation = 0  # a newer request makes the results of older ones stale
        self._busy = False
        self._pending: Report | None = None
        self._pictures: list[ChartPicture] = []
        self._steps: Iterator[ChartPicture] | None = None
        # The charts drawn last, by what they depend on (the period and the audience):
        # typing in the text fields does not paint them again.
        self._charts: tuple[tuple[Any, ...], list[ChartImage]] | None = None
        self._step = QTimer(self)  # one chart per event-loop turn
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._next_chart)

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
        # Pictures leave only with consent: ticked by default, shown only when an entry
        # in the report has a picture (the report is gathered with them, then left
        # without them when the box is unticked).
        self.include_pictures = QCheckBox(self.tr("Include pictures"), self)
        self.include_pictures.setChecked(True)
        self.include_pictures.setAccessibleName(self.tr("Include pictures"))
        self.include_pictures.setToolTip(
            self.tr("Untick to leave the entries' pictures out of the saved report")
        )
        self.include_pictures.hide()
        self.include_pictures.toggled.connect(self._schedule)
        self.setTabOrder(self.support, self.include_pictures)
        self.setTabOrder(self.include_pictures, self.remember)

        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setAccessibleName(name)
            access.buddy(name, edit, dates)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("For:"), self.just_me)
        form.addRow("", self.manager)
        form.addRow("", self.names)
        form.addRow(self.tr("What I want to talk about:"), self.talk_about)
        form.addRow(self.tr("Support I would like:"), self.support)
        form.addRow("", self.include_pictures)
        form.addRow("", self.remember)
        left = QWidget(self)
        left.setLayout(form)

        self.preparing = plaintext.label(self.tr("Preparing the report…"), self)
        self.preparing.setAccessibleName(self.tr("Preparing the report…"))
        self.preparing.hide()
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
        layout.addWidget(self.preparing)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # typing in the text fields should not redraw each key
        self._timer.timeout.connect(self.update_preview)
        self.update_preview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_images(self.preview)

    def audience(self) -> Audience:
        return Audience.MANAGER if self.manager.isChecked() else Audience.ME

    def _schedule(self) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        """Start making the preview for the choices shown; ``ready`` fires when it is up."""
        from reflekt.gui.operations import second_connection, with_journal
        from reflekt.gui.ready import run_for

        self._timer.stop()
        self._step.stop()
        self._steps = None  # charts of an older request are not painted further
        self._generation += 1
        generation = self._generation
        self._busy = True
        self.preparing.show()
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        choices = {
            "period": Period(min(start, end), max(start, end)),
            "audience_": self.audience(),
            "names": self.names.isChecked(),
            "talk_about": self.talk_about.toPlainText(),
            "support": self.support.toPlainText(),
            "lang": self.lang,
            "today": self.today,
        }
        include = self.include_pictures.isChecked()

        def gather(journal: Journal, _: Any) -> tuple[Report, bool]:
            report = build_report(journal, **choices)
            has = report.has_pictures()
            return (report if include else report.without_pictures()), has

        work = with_journal(second_connection(self.journal), gather)
        run_for(
            self,
            work,
            on_done=lambda result: self._report_built(generation, *result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _report_built(self, generation: int, report: Report, has_pictures: bool = False) -> None:
        if generation != self._generation:
            return
        self.include_pictures.setVisible(has_pictures)
        self._pending = report
        self._pictures = []
        if self._charts is not None and self._charts[0] == _chart_key(report):
            self._make_page(generation, report, None)
            return
        self._steps = chart_pictures(report)
        self._step.start()

    def _next_chart(self) -> None:
        """Paint one chart (widgets live on the GUI thread), then let the window answer."""
        if self._steps is None:
            return
        try:
            self._pictures.append(next(self._steps))
        except StopIteration:
            self._steps = None
            self._charts_painted(self._generation)
        except ReflektError as exc:
            self._steps = None
            self._failed(self._generation, exc)
        else:
            self._step.start()

    def _charts_painted(self, generation: int) -> None:
        report, pictures = self._pending, self._pictures
        assert report is not None
        self._make_page(generation, report, pictures)

    def _make_page(
        self, generation: int, report: Report, pictures: list[ChartPicture] | None
    ) -> None:
        """The charts' PNGs (unless ``pictures`` is None: those drawn last) and the page's
        HTML, on a worker."""
        from reflekt.gui.ready import run_for

        drawn = self._charts[1] if self._charts is not None else []

        def page(_: Any) -> tuple[list[ChartImage], str]:
            images = drawn if pictures is None else encode_charts(pictures)
            return images, render_html(report, images, paper=True)  # laid out as printed

        run_for(
            self,
            page,
            on_done=lambda result: self._show(generation, report, *result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, report: Report, images: list[Any], html: str) -> None:
        if generation != self._generation:
            return
        self.report = report
        self._images = images  # kept for Save as PDF: drawn once
        self._charts = (_chart_key(report), images)
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        fit_images(self.preview)
        bar.setValue(position)
        self._done()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._done()
        if isinstance(exc, ReflektError):
            plaintext.warn(self, self.windowTitle(), exc.message)
        else:
            from reflekt.gui.operations import show_failure

            show_failure(self, exc)

    def _done(self) -> None:
        self._busy = False
        self._pending = None
        self._pictures = []
        self.preparing.hide()
        self.ready.emit()

    def is_ready(self) -> bool:
        """True when the preview shows the choices made last."""
        return not self._busy and not self._timer.isActive()

    def wait_until_ready(self, timeout_ms: int = 60_000) -> bool:
        """Turn the event loop until the preview is up to date (for tests and Save)."""
        from reflekt.gui.ready import wait_until

        if self._timer.isActive():
            self.update_preview()
        return wait_until(self.ready, self.is_ready, timeout_ms)

    def _export(self, fmt: str) -> None:
        self.wait_until_ready()  # a change not yet previewed
        if self.report is None:
            return
        suffix = ".pdf" if fmt == "pdf" else ".html"
        name = f"development-talk-{self.report.period.end.isoformat()}{suffix}"
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Web page (*.html)")
        from reflekt.gui import folders
        from reflekt.share.export import with_format_suffix

        path = folders.save_file(
            self,
            folders.Purpose.REPORT,
            self.tr("Save the report"),
            name,
            filters,
            suffix,
            named=lambda chosen: with_format_suffix(chosen, fmt),
        )
        if path is not None:
            self.save(path)

    def save(self, path: Path) -> Path | None:
        """Write the previewed report to ``path`` (.pdf or .html); None when it failed."""
        self.wait_until_ready()
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
