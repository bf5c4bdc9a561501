"""The entry list: a lazy model over the journal (keyset pages), its row painter, the
list view and the search field above it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from reflekt.core.journal import Journal
from reflekt.core.models import KIND_LABELS, Entry, Filters, label
from reflekt.core.search import HL_END, HL_START
from reflekt.errors import ReflektError
from reflekt.gui import i18n, plaintext
from reflekt.gui.theme import (
    BADGE_TEXT,
    QUIET_TEXT,
    SHAREABLE_BADGE,
    STAR,
    TAG_TEXT,
    kind_color,
    meaning_color,
)

EntryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


def first_line(entry: Entry) -> str:
    """A one-line excerpt of the text under the title."""
    title = entry.display_title
    for text in (entry.body, *entry.sections.values()):
        for line in text.splitlines():
            line = line.strip().lstrip("#>-* ").strip()
            if line.startswith("![") and line.endswith(")") and "](picture:" in line:
                continue  # a picture on a line of its own: the list marks it instead
            if line and line != title:
                return line[:200]
    return ""


def picture_count(entry: Entry) -> int:
    """How many pictures the entry shows: its references, read from the text the row
    already holds (no picture is read; an entry without one is passed over at once)."""
    counted = getattr(entry, "pictures", None)  # a Headline counts them in the journal
    if isinstance(counted, int):
        return counted
    from reflekt.core.picture_refs import entry_references

    return len(entry_references(entry))


def draw_picture_mark(painter: QPainter, right: int, top: int, height: int, color: QColor) -> int:
    """A small framed landscape ending at ``right``: the row's entry has pictures.
    Drawn, not a font's emoji (not every system has one); returns its width."""
    side = max(10, int(height * 0.8))
    frame = QRectF(right - side, top + (height - side) / 2 + 1, side, side * 0.8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color)
    pen.setWidthF(1.5)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, 2, 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    hill = QPolygonF(
        [
            QPointF(frame.left() + 2, frame.bottom() - 2),
            QPointF(frame.left() + side * 0.4, frame.top() + frame.height() * 0.4),
            QPointF(frame.right() - 2, frame.bottom() - 2),
        ]
    )
    painter.drawPolygon(hill)
    painter.drawEllipse(QPointF(frame.right() - side * 0.25, frame.top() + side * 0.2), 1.5, 1.5)
    painter.restore()
    return side


class EntryListModel(QAbstractListModel):
    """Entries newest first, fetched a page at a time as the view scrolls.

    In search mode the rows are the best-ranked hits instead (a bounded list, also
    fetched a page at a time).
    """

    PAGE_SIZE = 100
    SEARCH_PAGE = 50  # hits per search page: snippets cost ~0.15 ms each on a big journal
    SEARCH_LIMIT = 300

    def __init__(self, journal: Journal | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filters = Filters()
        self._query = ""
        self._entries: list[Entry] = []
        self._snippets: list[str] = []
        self._cursor: str | None = None
        self._hits_taken = 0
        self._exhausted = True
        self._fetching = False  # Qt may call fetchMore while rows are being inserted
        if journal is not None:
            self._load_first()

    # -- what to show -------------------------------------------------------

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def query(self) -> str:
        return self._query

    def set_journal(self, journal: Journal) -> None:
        self._journal = journal
        self.reload()

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.reload()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (keeps as many rows loaded as before)."""
        wanted = max(len(self._entries), self.PAGE_SIZE) if not self._query else 0
        self.beginResetModel()
        self._entries, self._snippets = [], []
        self._cursor, self._exhausted = None, True
        self.endResetModel()
        self._load_first(wanted)

    def _load_first(self, wanted: int = 0) -> None:
        if self._journal is None:
            return
        self._exhausted = False
        if self._query:
            self._hits_taken = 0
            self._fetch(self.SEARCH_PAGE)
            return
        self._fetch(max(wanted, self.PAGE_SIZE))

    def _fetch_hits(self) -> None:
        """The next page of search hits, up to SEARCH_LIMIT in all."""
        assert self._journal is not None
        # Counted apart from the rows: a hit deleted from the list must not shift the next page.
        have = self._hits_taken
        count = min(self.SEARCH_PAGE, self.SEARCH_LIMIT - have)
        try:
            hits = self._journal.search(self._query, self._filters, limit=count, offset=have)
        except ReflektError:
            hits = []  # e.g. only punctuation typed so far: show nothing, not an error
        self._hits_taken += len(hits)
        self._exhausted = len(hits) < count or self._hits_taken >= self.SEARCH_LIMIT
        self._append([h.entry for h in hits], [h.snippet for h in hits])

    # -- lazy loading ---------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._journal is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._fetch(self.PAGE_SIZE)

    def _fetch(self, count: int) -> None:
        if self._fetching or self._exhausted or self._journal is None:
            return
        self._fetching = True
        try:
            if self._query:
                self._fetch_hits()
                return
            page = self._journal.list(self._filters, limit=count, cursor=self._cursor)
            self._cursor = page.cursor
            self._exhausted = page.cursor is None
            self._append(page.entries, [first_line(e) for e in page.entries])
        finally:
            self._fetching = False

    def _append(self, entries: list[Entry], snippets: list[str]) -> None:
        if not entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries += entries
        self._snippets += snippets
        self.endInsertRows()

    # -- Qt model API -------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.display_title or self.tr("(empty entry)")
        if role == EntryRole:
            return entry
        if role == SnippetRole:
            return self._snippets[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [
                QLocale().toString(entry.day, QLocale.FormatType.LongFormat),
                label(KIND_LABELS[entry.kind], i18n.current()),
                entry.display_title or self.tr("(empty entry)"),
            ]
            if entry.starred:
                parts.append(self.tr("starred"))
            parts.append(self.tr("shareable") if entry.shareable else self.tr("private"))
            if entry.tags:
                parts.append(self.tr("tags: %1").replace("%1", ", ".join(entry.tags)))
            if count := picture_count(entry):
                parts.append(self.tr("%n pictures", "", count))
            text = " · ".join(parts)
            return plaintext.tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    # -- helpers for the window -------------------------------------------------

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def replace_entry(self, entry: Entry) -> bool:
        """Show a saved entry's new state in place; False when it is not listed."""
        row = self.row_of(entry.id)
        if row is None:
            return False
        self._entries[row] = entry
        if not self._query:
            self._snippets[row] = first_line(entry)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def insert_entry(self, entry: Entry) -> int | None:
        """Show a new or restored entry in its place without reloading every loaded row.

        Returns its row, or None when it sorts past the rows loaded so far (it comes
        with a later page). A search or a narrowed list is reloaded instead, since only
        the journal knows whether the entry belongs in it.
        """
        if self._query or self._filters != Filters() or entry.in_trash:
            self.reload()
            return self.row_of(entry.id)
        if self.replace_entry(entry):
            return self.row_of(entry.id)
        key = (entry.day, entry.created)  # newest first; a new entry wins a tie (higher seq)
        row = next(
            (r for r, e in enumerate(self._entries) if (e.day, e.created) <= key),
            len(self._entries),
        )
        if row == len(self._entries) and not self._exhausted:
            return None
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self._snippets.insert(row, first_line(entry))
        self.endInsertRows()
        return row

    def remove_entry(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        del self._snippets[row]
        self.endRemoveRows()


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: kind, title, star and sharing; then date, excerpt and tags."""

    PAD = 8

    @staticmethod
    def colors(palette: QPalette, selected: bool) -> dict[str, QColor]:
        """What a row is painted in, against ``palette``'s Base (or its Highlight when
        selected): text 4.5:1, the star 3:1 (tests/gui/test_contrast.py)."""
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        return {
            "text": text,
            # Quieter than the title, still 4.5:1; on the selection, the selection's text.
            "date": text if selected else meaning_color(QUIET_TEXT, palette),
            "tags": text if selected else meaning_color(TAG_TEXT, palette),
            "star": text if selected else meaning_color(STAR, palette),
            "badge": QColor(SHAREABLE_BADGE),
            "badge text": QColor(BADGE_TEXT),
        }

    @staticmethod
    def kind_and_day(entry: Entry) -> str:
        """The start of a row's second line: 'Lesson learned · 17/11/2026'."""
        kind = label(KIND_LABELS[entry.kind], i18n.current())
        return f"{kind} · {QLocale().toString(entry.day, QLocale.FormatType.ShortFormat)}"

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + self.PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        entry: Entry | None = index.data(EntryRole)
        if entry is None:
            return super().paint(painter, option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        colors = self.colors(palette, selected)
        text_color, dim = colors["text"], colors["date"]
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        fm = QFontMetrics(option.font)
        line_h = fm.height()

        # kind marker
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(entry.kind.value))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top() + 2, 4, line_h * 2 - 2), 2, 2)
        left = rect.left() + 12

        # right side: star and shareable badge
        right = rect.right()
        if entry.shareable:
            badge = self.tr("Shareable")
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            small.setBold(True)
            sfm = QFontMetrics(small)
            w = sfm.horizontalAdvance(badge) + 10
            badge_rect = QRectF(right - w, rect.top() + 1, w, sfm.height() + 2)
            painter.setBrush(colors["badge"])
            painter.drawRoundedRect(badge_rect, 4, 4)
            painter.setPen(colors["badge text"])
            painter.setFont(small)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
            right -= w + 6
        if picture_count(entry):
            right -= draw_picture_mark(painter, right, rect.top(), line_h, colors["date"]) + 6
        if entry.starred:
            painter.setPen(colors["star"])
            painter.setFont(option.font)
            star_w = fm.horizontalAdvance("★")
            painter.drawText(right - star_w, rect.top() + fm.ascent(), "★")
            right -= star_w + 6

        # title
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        tfm = QFontMetrics(title_font)
        painter.drawText(
            left,
            rect.top() + tfm.ascent(),
            tfm.elidedText(title, Qt.TextElideMode.ElideRight, max(10, right - left)),
        )

        # second line: kind · date · excerpt   #tags (the kind in words: its colour on
        # the left is never the only sign of it)
        painter.setFont(option.font)
        y = rect.top() + line_h + 4
        date = self.kind_and_day(entry)
        painter.setPen(dim)
        painter.drawText(left, y + fm.ascent(), date)
        x = left + fm.horizontalAdvance(date) + 10
        tags = "  ".join(f"#{t}" for t in entry.tags[:4])
        tags_w = min(fm.horizontalAdvance(tags), (rect.right() - x) // 2) if tags else 0
        snippet = index.data(SnippetRole) or ""
        available = rect.right() - x - tags_w - (10 if tags else 0)
        if HL_START in snippet:
            self._draw_highlighted(painter, snippet, x, y, available, option, text_color)
        else:
            painter.setPen(text_color)
            painter.drawText(
                x,
                y + fm.ascent(),
                fm.elidedText(" ".join(snippet.split()), Qt.TextElideMode.ElideRight, available),
            )
        if tags:
            painter.setPen(colors["tags"])
            painter.drawText(
                rect.right() - tags_w,
                y + fm.ascent(),
                fm.elidedText(tags, Qt.TextElideMode.ElideRight, tags_w),
            )
        painter.restore()

    def _draw_highlighted(
        self,
        painter: QPainter,
        snippet: str,
        x: int,
        y: int,
        width: int,
        option: QStyleOptionViewItem,
        color: QColor,
    ) -> None:
        text = html.escape(" ".join(snippet.split()))
        text = text.replace(HL_START, "<b><u>").replace(HL_END, "</u></b>")
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
        doc.setHtml(f"<body><span style='white-space:nowrap'>{text}</span></body>")
        painter.save()
        painter.translate(x, y)
        painter.setClipRect(0, 0, width, QFontMetrics(option.font).height() + 2)
        doc.drawContents(painter)
        painter.restore()


class EntryListView(QListView):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Entries"))
        self.setAlternatingRowColors(False)

    def set_current_row(self, row: int | None, *, quietly: bool = False) -> None:
        """Make ``row`` the current row (None: no current row). ``quietly``: without
        telling the selection's listeners (the editor does not load it)."""
        selection = self.selectionModel()
        selection.blockSignals(quietly)
        if row is None:
            selection.clearCurrentIndex()
            self.clearSelection()
        else:
            selection.setCurrentIndex(
                self.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        selection.blockSignals(False)


class SearchField(QLineEdit):
    """The search box above the list: Esc asks to clear it (``escaped``); Down, Return
    and Enter ask to move into the list (``toList``)."""

    escaped = Signal()
    toList = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toList.emit()
        else:
            super().keyPressEvent(event)
