"""Every view and dialog, read as a screen reader reads it and walked by keyboard alone.

``WINDOWS`` lists each window once: how a person opens it and which class it is. A
test fails on a dialog or window class in ``reflekt.gui`` that is not listed, so a new
dialog is covered from the day it is added.

For each window:
- names: every interactive element in Qt's accessible tree (what AT-SPI, UI
  Automation and NSAccessibility are fed from) has a name; combo boxes and date fields
  have a label whose buddy they are (on Linux that label is their name);
- keys: Tab and Shift+Tab reach every control with no trap, a dialog's buttons come
  last, and Esc closes it;
- focus: focusing any control changes pixels around it at 3:1 or more against the
  same pixels unfocused (WCAG 2.2's measure of a focus indicator), in both themes.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

import reflekt.gui
from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.gui.theme import apply_theme

from .test_mainwindow import seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.ListItem,
    Role.Table,
    Role.Cell,
    Role.Tree,
    Role.TreeItem,
    Role.PageTab,
    Role.MenuItem,
    Role.Link,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Dial,
    Role.Chart,
    Role.Graphic,
}
WCAG_NON_TEXT = 3.0


# -- the windows -------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    name: str
    cls: str  # the class's qualified name in reflekt.gui
    open: Callable[[Any, Any], None]  # (qtbot, main window): as a person opens it
    modal: bool = True


def _keys(key: Any, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> Callable[..., None]:
    return lambda qtbot, window: qtbot.keyClick(window, key, modifiers)


def _action(name: str) -> Callable[..., None]:
    return lambda qtbot, window: getattr(window, name).trigger()


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _compare(qtbot: Any, window: Any) -> None:
    from reflekt.gui.conflict import CompareDialog
    from reflekt.gui.dialogs import exec_and_free

    editor = window.editor
    exec_and_free(CompareDialog(editor.entry, editor.values(), window))


def _chart_table(qtbot: Any, window: Any) -> None:
    """The growth view's first chart, focused, shown as a table with T."""
    window.open_growth()
    window.growth.wait_until_ready()
    chart = next(iter(window.growth.charts.values()))
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chart, Qt.Key.Key_T)


def _crash(qtbot: Any, window: Any) -> None:
    from reflekt.gui.dialogs import CrashDialog, exec_and_free

    exec_and_free(CrashDialog("Traceback (most recent call last): …", "/tmp/reflekt.log", window))


def _conflict(qtbot: Any, window: Any) -> None:
    """Type into the entry while another program changes it: the bar comes up."""
    editor = window.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, " and everyone spoke")
    with Journal.open(window.journal.path) as other:
        other.update(editor.entry.id, title="Changed elsewhere")
    editor.save()
    assert editor.conflict_bar.isVisible()


def _progress(qtbot: Any, window: Any) -> None:
    """Long work (an import, a backup) shows a progress window; it is waited for here
    until the check closes it with Esc, which cancels the work."""
    import time

    def work(journal: Any, cancelled: Callable[[], bool]) -> None:
        while not cancelled():
            time.sleep(0.02)

    operation = window.session.run(work, title="Importing")
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)


def _picture(qtbot: Any, window: Any) -> None:
    """The entry's first picture, opened large from the strip with Enter."""
    strip = window.editor.pictures.strip
    qtbot.waitUntil(lambda: strip.list.count() > 0, timeout=3000)
    strip.list.setFocus()
    strip.list.setCurrentRow(0)
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)
    assert strip.viewer is not None and strip.viewer.isVisible()


def _growth(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    assert window.growth.wait_until_ready()


WINDOWS = [
    Window("main", "mainwindow.MainWindow", lambda qtbot, window: None, modal=False),
    Window("growth", "growth_view.GrowthView", _growth, modal=False),
    Window("conflict bar", "conflict.ConflictBar", _conflict, modal=False),
    # The first start's page (shown here in place of the journal, as on a fresh profile).
    Window(
        "welcome",
        "shell.WelcomePage",
        lambda qtbot, window: window.pages.setCurrentWidget(window.welcome),
        modal=False,
    ),
    Window("report", "report_dialog.ReportDialog", _keys(Qt.Key.Key_D, CTRL_SHIFT)),
    Window("settings", "settings_dialog.SettingsDialog", _keys(Qt.Key.Key_Comma, CTRL)),
    Window("share", "share_dialog.ExportDialog", _keys(Qt.Key.Key_E, CTRL)),
    Window("share log", "share_log_dialog.SharesDialog", _action("shares_action")),
    Window("goals", "goals.GoalsDialog", _keys(Qt.Key.Key_G, CTRL)),
    Window("team library", "team_view.TeamLibrary", _keys(Qt.Key.Key_L, CTRL), modal=False),
    Window("compare", "conflict.CompareDialog", _compare),
    Window("shortcuts", "dialogs.ShortcutsDialog", _keys(Qt.Key.Key_Slash, CTRL)),
    Window("user guide", "guide.GuideWindow", _keys(Qt.Key.Key_F1), modal=False),
    Window("chart table", "charts.reading.ChartTable", _chart_table, modal=False),
    Window("templates", "dialogs.TemplateChooser", _keys(Qt.Key.Key_N, CTRL_SHIFT)),
    Window("crash report", "dialogs.CrashDialog", _crash),
    Window("picture viewer", "picture_viewer.PictureViewer", _picture, modal=False),
    # Qt's own progress window, as imports, exports and backups show it.
    Window("progress", "operations.QProgressDialog", _progress),
]
SECONDARY = {
    "team library",
    "user guide",
    "chart table",
    "picture viewer",
}  # own windows: Esc closes them
PARTS = {"growth_view.GrowthView", "conflict.ConflictBar", "shell.WelcomePage"}  # main window
# Windows this file does not open, and why.
NOT_HERE = {
    # (none yet)
}


def test_every_window_class_is_listed() -> None:
    """A new dialog or window joins WINDOWS (or NOT_HERE, with a reason)."""
    known = {w.cls for w in WINDOWS} | set(NOT_HERE)
    found = set()
    for info in pkgutil.walk_packages(reflekt.gui.__path__, "reflekt.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QWidget):
                continue
            source = inspect.getsource(cls)
            if issubclass(cls, QDialog | QMainWindow) or "WindowType.Window" in source:
                found.add(f"{info.name.removeprefix('reflekt.gui.')}.{name}")
    found.discard("shell.Shell")  # MainWindow's first frame, the same window
    assert found - known == set(), "add these to WINDOWS"
    assert known - found == PARTS | {"operations.QProgressDialog"}, "parts, and Qt's own"


@pytest.fixture
def rich_journal(journal_path) -> None:
    """A journal with something in every pane: people, tags, a goal, a shared entry."""
    with Journal.open(journal_path) as j:
        goal = j.goals.add("Present to management", target_date=dt.date(2027, 6, 1))
        j.add(
            "Rehearsed the budget slides with Sara",
            title="Budget rehearsal",
            tags=["presenting"],
            skills=["Facilitation"],
            people=[PersonLink("Sara", Relation.LEARNED_FROM)],
            goals=[goal.id],
            mood=4,
        )
        photo = QImage(64, 48, QImage.Format.Format_RGB32)
        photo.fill(QColor("#4060a0"))
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        photo.save(buffer, "PNG")
        sha = j.pictures.add(pictures.prepare(bytes(buffer.data().data()), "board.png")).sha256
    body = f"We tried a silent start\n{pictures.reference(sha, 'The whiteboard')}"
    seed(journal_path, {"title": "Retro", "body": body, "visibility": "shareable"})


def open_window(qtbot: Any, main: Any, spec: Window, look: Callable[[QWidget], None]) -> list[str]:
    """Open ``spec`` as a person would, run ``look`` on it, then close it with Esc.
    Returns what went wrong closing it."""
    problems: list[str] = []

    def target() -> QWidget | None:
        if spec.cls == "mainwindow.MainWindow" or spec.cls in PARTS:
            return main
        if spec.name == "team library":
            return main.team_library
        if spec.name == "user guide":
            return main.guide
        if spec.name == "picture viewer":
            return main.editor.pictures.strip.viewer
        if spec.name == "chart table":
            from reflekt.gui.charts.reading import ChartTable

            shown = [t for t in main.findChildren(ChartTable) if t.isVisible()]
            return shown[0] if shown else None
        return QApplication.activeModalWidget()

    def run(widget: QWidget) -> None:
        top = widget.window()
        if QApplication.activeWindow() is not top:
            qtbot.waitExposed(top)
            top.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
        try:
            look(widget)
        finally:
            focus = QApplication.focusWidget()
            if focus is None or focus.window() is not widget.window():
                focus = widget
            qtbot.keyClick(focus, Qt.Key.Key_Escape)
            if (spec.modal or spec.name in SECONDARY) and widget.isVisible():
                problems.append(f"{spec.name}: Esc did not close it")
                widget.close()

    if spec.modal:

        def poll() -> None:
            widget = target()
            if widget is None:
                QTimer.singleShot(20, poll)
            else:
                run(widget)

        QTimer.singleShot(0, poll)
        spec.open(qtbot, main)
    else:
        spec.open(qtbot, main)
        widget = target()
        assert widget is not None
        run(widget)
    return problems


@pytest.fixture
def main(qtbot, make_window, rich_journal):
    window = make_window(today=dt.date(2026, 11, 20))
    window.list.set_current_row(0)  # an entry in the editor
    qtbot.waitUntil(lambda: window.editor.entry is not None)
    window.tray.available = False  # the reminder shows as a banner, with its ✕
    window.show_reminder()
    qtbot.waitUntil(window.reminder_banner.close_button.isVisible)
    return window


def unknown_windows(known: set[type]) -> list[str]:
    return [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and not isinstance(w, tuple(known))
        and w.windowType() != Qt.WindowType.Popup
        and not w.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # charts for paper
    ]


# -- names -------------------------------------------------------------------------


def unnamed(root: QWidget) -> list[str]:
    """Interactive elements a screen reader would announce with no name."""
    problems: list[str] = []

    def walk(iface: Any, path: str) -> None:
        if iface is None or not iface.isValid() or iface.state().invisible:
            return
        role = iface.role()
        where = f"{path}/{role.name}"
        obj = iface.object()
        if obj is not None:
            where += f"({type(obj).__name__}{':' + obj.objectName() if obj.objectName() else ''})"
        short = "/".join(where.split("/")[-3:])
        if role in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
            problems.append(short)
        symbol_only = isinstance(obj, QAbstractButton) and len(obj.text().strip("& ")) <= 2
        if symbol_only and not iface.text(QAccessible.Text.Description).strip():
            # An icon-only button (✕, ★, ◀): a name, and a description of what it does.
            problems.append(short + " shows only a symbol and has no description")
        if role == Role.ComboBox or isinstance(obj, QDateTimeEdit):
            labels = iface.relations(QAccessible.RelationFlag.Label)
            if not any(other.text(QAccessible.Text.Name).strip() for other, _ in labels):
                problems.append(short + " has no label (buddy)")
        for i in range(iface.childCount()):
            walk(iface.child(i), where)

    walk(QAccessible.queryAccessibleInterface(root), "")
    return problems


def buddyless(root: QWidget) -> list[str]:
    """Combo boxes and date fields with no QLabel whose buddy they are."""
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.text().strip()}
    return [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in root.findChildren(QComboBox) + root.findChildren(QDateTimeEdit)
        if w.isVisible() and w.window() is root and w not in labelled
    ]


# -- keys --------------------------------------------------------------------------


def focusable(root: QWidget) -> list[QWidget]:
    """The controls Tab should reach in ``root``, as they are shown now."""
    found = []
    for w in root.findChildren(QWidget):
        if w.window() is not root or not w.isVisible() or not w.isEnabled():
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        found.append(w)
    return found


def describe(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
    return f"{type(w).__name__}({name or w.objectName()})"


def _inner_stops(w: QWidget) -> int:
    """How often Tab may stay in ``w`` before it counts as a trap: a date field's day,
    month and year; each link of a text that can be read by keyboard (as in a web page)."""
    if isinstance(w, QTextBrowser):
        return 3 + w.document().toHtml().count("<a href")
    return 3


def walk_tab(qtbot: Any, root: QWidget, key: Qt.Key) -> tuple[list[QWidget], list[str]]:
    """Press ``key`` until focus comes back to where it started; the controls visited
    in order, and any trap found."""
    controls = focusable(root)
    start = QApplication.focusWidget()
    if start is None or start.window() is not root:
        start = controls[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
    order = [start]
    same = 0
    for _ in range(4 * len(controls) + 10 + sum(_inner_stops(c) for c in controls)):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, key)
        after = QApplication.focusWidget()
        if after is before:
            if len(controls) == 1:
                return order, []  # the only control (a progress window's Cancel)
            same += 1  # a date field steps through day, month and year first
            if same > _inner_stops(before):
                return order, [f"{describe(before)} keeps the focus: a keyboard trap"]
            continue
        same = 0
        if after is None or after.window() is not root:
            return order, [f"{key.name} from {describe(before)} left the window"]
        if after is start:
            return order, []
        order.append(after)
    return order, [f"{key.name} never came back to {describe(start)}"]


def key_problems(qtbot: Any, root: QWidget) -> list[str]:
    problems: list[str] = []
    forward, trapped = walk_tab(qtbot, root, Qt.Key.Key_Tab)
    problems += trapped
    backward, trapped = walk_tab(qtbot, root, Qt.Key.Key_Backtab)
    problems += trapped
    for w in focusable(root):
        if w not in forward:
            problems.append(f"Tab never reaches {describe(w)}")
        if w not in backward:
            problems.append(f"Shift+Tab never reaches {describe(w)}")
    boxes = [b for b in root.findChildren(QDialogButtonBox) if b.isVisible()]
    if boxes and not trapped:
        # Reading order: the buttons at the foot of a dialog are the last stop.
        buttons = [w for w in forward if boxes[-1].isAncestorOf(w)]
        if buttons:
            last = forward.index(buttons[-1])
            after = forward[(last + 1) % len(forward)]
            top = min(forward, key=lambda w: (round(_at(w).y() / 12), _at(w).x()))
            if after is not top and not boxes[-1].isAncestorOf(after):
                problems.append(
                    f"after the dialog's buttons Tab goes to {describe(after)}, "
                    f"not back to the top ({describe(top)}): something comes after them"
                )
    return problems


def _at(w: QWidget) -> QPoint:
    return w.mapTo(w.window(), QPoint(0, 0))


# -- visible focus -------------------------------------------------------------------


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def focus_change(root: QWidget, w: QWidget) -> tuple[int, int]:
    """(pixels around ``w`` whose colour changes at 3:1 or more when it takes the
    focus, the 1-px perimeter of its visible part)."""
    for area in _ancestors(w, QScrollArea):
        area.ensureWidgetVisible(w)
    w.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    focused = root.grab().toImage()
    w.clearFocus()
    settle()
    plain = root.grab().toImage()
    visible = w.visibleRegion().boundingRect()
    box = QRect(w.mapTo(root, visible.topLeft()), visible.size()).adjusted(-5, -5, 5, 5)
    box = box.intersected(root.rect())
    ratio = focused.devicePixelRatio()
    changed = 0
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            px, py = int(x * ratio), int(y * ratio)
            on, off = _pixel(focused, px, py), _pixel(plain, px, py)
            if on != off and contrast(on, off) >= WCAG_NON_TEXT:
                changed += 1
    return changed, 2 * (visible.width() + visible.height())


def _pixel(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def _ancestors(w: QWidget, cls: type) -> list[Any]:
    found, parent = [], w.parentWidget()
    while parent is not None:
        if isinstance(parent, cls):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def invisible_focus(root: QWidget) -> list[str]:
    problems = []
    for w in focusable(root):
        changed, perimeter = focus_change(root, w)
        if changed < perimeter:
            problems.append(
                f"{describe(w)}: focus changes {changed} px at 3:1 (a ring needs {perimeter})"
            )
    return problems


# -- the tests -------------------------------------------------------------------------


def _window_classes() -> set[type]:
    classes = set()
    for spec in WINDOWS:
        module, name = spec.cls.rsplit(".", 1)
        classes.add(getattr(importlib.import_module(f"reflekt.gui.{module}"), name))
    return classes


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_every_control_has_a_name_a_screen_reader_speaks(qtbot, main, spec: Window) -> None:
    seen: dict[str, list[str]] = {}

    def look(widget: QWidget) -> None:
        root = widget.window()
        seen["unnamed"] = unnamed(root)
        seen["buddyless"] = buddyless(root)
        seen["unknown"] = unknown_windows(_window_classes())

    closing = open_window(qtbot, main, spec, look)
    assert not seen["unnamed"], "\n".join(seen["unnamed"])
    assert not seen["buddyless"], "\n".join(seen["buddyless"])
    assert seen["unknown"] == [], "a window not in WINDOWS"
    assert closing == []


@pytest.mark.parametrize("template", ["free", "aar", "learned-from", "weekly"])
def test_the_editor_names_every_field_of_each_template(qtbot, main, template: str) -> None:
    main.new_entry(template)
    qtbot.mouseClick(main.editor.people.add_button, Qt.MouseButton.LeftButton)
    relation = main.editor.people._rows[-1].relation
    qtbot.waitUntil(relation.isVisible)  # a person row, with its relation drop-down
    problems = unnamed(main) + buddyless(main)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_tab_reaches_every_control_without_a_trap(qtbot, main, spec: Window) -> None:
    seen: dict[str, list[str]] = {}

    def look(widget: QWidget) -> None:
        seen["keys"] = key_problems(qtbot, widget.window())

    closing = open_window(qtbot, main, spec, look)
    assert not seen["keys"], "\n".join(seen["keys"])
    assert closing == []


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_focus_is_visible_at_3_to_1(qtbot, main, spec: Window, theme: str) -> None:
    apply_theme(theme)
    seen: dict[str, list[str]] = {}

    def look(widget: QWidget) -> None:
        seen["invisible"] = invisible_focus(widget.window())

    open_window(qtbot, main, spec, look)
    assert not seen["invisible"], "\n".join(seen["invisible"])
