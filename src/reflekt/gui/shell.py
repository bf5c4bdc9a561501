"""The window's first frame: its title, size and an outline of the panes, then the
welcome page and the banners that come with the full window.

Start-up measurement (docs/performance.md, "GUI first paint"): the first frame must
come within 1.3x of a bare QApplication + QMainWindow; it is at 1.29x, so there is
no room for anything more before it. `tests/gui/test_app_start.py` checks which
modules are loaded when the first frame paints.

What that needs, and the one place it is done:

- This module and ``mainwindow.py`` (whose class paints the shell) are the only
  reflekt GUI modules loaded before the first frame. At their top they import only
  ``QMainWindow``/``QWidget``-level names from QtCore, QtGui and QtWidgets.
- Everything else the full window needs (the journal facade, the panes and dialogs,
  and Qt's ``Qt`` namespace, whose enums alone take 20-100 ms to set up) is imported
  inside the code that runs after the first frame: ``MainWindow.load`` and the
  window's handlers. ``session.py`` and ``actions.py`` are written plainly, with
  their imports at the top: they load only from there.
- The shell paints the outline itself (``paintEvent``) instead of building child
  widgets: those would cost the first frame Qt's layout pass, and menu texts its
  font set-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMainWindow, QWidget

from reflekt import paths
from reflekt.gui.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

PANE_SIZES = (220, 380, 620)  # sidebar, entry list, editor, until the person moves them


def splitter_sizes(state: object) -> list[int]:
    """The pane widths in a saved ``QSplitter.saveState()``, or the defaults.

    Read directly (a marker, a version, then the sizes as a counted list of 32-bit
    integers, big-endian), so the shell can outline the panes where they will be
    without building a splitter.
    """
    import struct

    if isinstance(state, QByteArray):
        data = bytes(state.data())
        try:
            _marker, _version, count = struct.unpack_from(">iiI", data)
            if count == len(PANE_SIZES):
                sizes = list(struct.unpack_from(f">{count}i", data, 12))
                if all(size >= 0 for size in sizes) and sum(sizes) > 0:
                    return sizes
        except struct.error:
            pass
    return list(PANE_SIZES)


def outline_rects(value: object) -> list[tuple[int, int, int, int]]:
    """The rectangles stored by ``Shell.outline_of`` ("x,y,w,h;..."), or none."""
    if isinstance(value, list):  # QSettings may hand back "a,b" as a list
        value = ",".join(str(v) for v in value)
    try:
        rects = [tuple(int(n) for n in part.split(",")) for part in str(value or "").split(";")]
    except ValueError:
        return []
    return [r for r in rects if len(r) == 4 and r[2] > 0 and r[3] > 0]  # type: ignore[misc]


def app_icon() -> Any:
    from PySide6.QtGui import QIcon

    path = Path(__file__).resolve().parent.parent / "assets" / "icons" / "reflekt.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def window_title(path: Path) -> str:
    """ "journal — reflekt"; the demo journal says so."""
    name = path.stem
    if path == paths.demo_journal():
        name = QCoreApplication.translate("MainWindow", "Demo journal")
    return f"{name} — reflekt"


class Shell(QMainWindow):
    """A main window that paints at once: title, restored size, the panes' outline.

    ``MainWindow`` builds its panes into this same window once the journal is open.
    """

    firstPainted = Signal()

    def __init__(self, settings: AppSettings, path: Path | None) -> None:
        super().__init__()
        self.settings = settings
        self.loaded = False
        self._painted = False
        self.setObjectName("MainWindow")
        if path is not None:
            self.setWindowTitle(window_title(path))
        self._first_run = not settings.welcomed and not (path is not None and path.exists())
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.loaded and not self._first_run:  # the welcome page needs no outline
            self._paint_outline()
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def _paint_outline(self) -> None:
        """The panes' outline, calm: their background colour where they will be."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter

        rects = outline_rects(self.settings.value("ui/outline"))
        if not rects:  # never closed since: the default sizes, roughly placed
            sizes = splitter_sizes(self.settings.value("ui/splitter"))
            scale = self.width() / sum(sizes)
            top, height = 24, self.height() - 48
            sidebar, middle = int(sizes[0] * scale), int(sizes[1] * scale)
            rects = [
                (0, top, sidebar, height),
                (sidebar + 12, top + 6, middle - 12, 24),
                (sidebar + 12, top + 36, middle - 12, height - 42),
            ]
        base = self.palette().color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        for x, y, w, h in rects:
            painter.fillRect(QRect(x, y, w, h), base)
        painter.end()

    def outline_of(self, widgets: list[QWidget]) -> str:
        """Where ``widgets`` are now ("x,y,w,h;..."), for the next start's shell."""
        from PySide6.QtCore import QPoint

        parts = []
        for widget in widgets:
            corner = widget.mapTo(self, QPoint(0, 0))
            parts.append(f"{corner.x()},{corner.y()},{widget.width()},{widget.height()}")
        return ";".join(parts)

    def focus_first(self) -> None:
        if self.focusWidget() is None:
            self.focusNextChild()

    def _raise(self) -> None:
        """Come forward (a second launch of this journal asked for the window)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()


class Banner(QWidget):
    """A one-line message with an optional button, above the entry list."""

    def __init__(self, object_name: str, parent: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        from reflekt.gui import plaintext

        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = plaintext.label()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Hide this message"))  # its description too
        self.close_button.clicked.connect(self.hide)
        self.action: Callable[[], object] = self.hide
        self.button.clicked.connect(lambda: self.action())
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(
        self,
        text: str,
        button: str = "",
        action: Callable[[], object] | None = None,
        *,
        closable: bool = False,
    ) -> None:
        """Show ``text``; ``button`` runs ``action``."""
        self.action = action or self.hide
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.close_button.setVisible(closable)
        self.show()


class WelcomePage(QWidget):
    """What a person sees the first time: what reflekt is, and two ways to start."""

    def __init__(self, parent: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

        from reflekt.gui import plaintext

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = plaintext.label(self.tr("Welcome to reflekt"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = plaintext.label(
            self.tr(
                "A private journal for what you learn at work: short reflections, lessons "
                "from mistakes and successes, what colleagues taught you and what you shared.\n\n"
                "Everything stays on this computer. Nothing is shared unless you export it."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        self.start_button = QPushButton(self.tr("Start writing"))
        self.start_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open a demo journal"))
        self.demo_button.setToolTip(
            self.tr("A year of sample entries in a separate file, to look around safely.")
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout.addWidget(title)
        layout.addSpacing(12)
        # Centred by stretches, not an alignment flag: an aligned item gets its
        # one-line size hint, and the wrapped lines above and below were cut off.
        centred = QHBoxLayout()
        centred.addStretch()
        centred.addWidget(text, 100)
        centred.addStretch()
        layout.addLayout(centred)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
