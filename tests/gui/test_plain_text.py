"""Outside text is shown as text: titles, tags, skills, author and file names that look
like HTML show their angle brackets and never make Qt load an image (issue 14, item 1).

The in-process payloads point at a real, small PNG drawn 600 px tall: if Qt took the text
as rich text, the image would load and the widget would grow. Only the guarded
subprocess below points at /dev/zero, under a memory limit, so a regression fails fast
instead of eating the machine.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from reflekt.core.journal import Journal
from reflekt.gui.operations import wait_for_operations
from reflekt.share import export, team

GUI = Path(__file__).resolve().parents[2] / "src" / "reflekt" / "gui"
BOLD = "<b style='color:red'>YOUR JOURNAL IS DAMAGED</b>"
LINK = "<a href='file:///etc/passwd'>details</a>"
TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "big.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def payload(picture: Path) -> str:
    return f'<img src="{picture}" width="600" height="600">{BOLD}{LINK}'


def displayed(text: str, fmt: Qt.TextFormat) -> str:
    """What a person sees for ``text`` in a widget of format ``fmt`` (markup read by Qt)."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def assert_literal(label: QLabel, payload: str) -> None:
    assert payload in displayed(label.text(), label.textFormat()), label.text()
    assert label.sizeHint().height() < 300, "an image was drawn"


def labels_showing(widget: QWidget, needle: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if needle in label.text()]


def assert_tooltip_literal(tip: str, payload: str) -> None:
    # Qt reads a tooltip as rich text when it might be; what shows must be the payload.
    assert payload in displayed(tip, Qt.TextFormat.AutoText), tip


# -- the places issue 14 names --------------------------------------------------------


def test_entry_list_tooltip_shows_titles_and_tags_as_text(qtbot, journal_path, payload) -> None:
    from reflekt.gui.entry_list import EntryListModel

    tag = f"{BOLD}<img src=x>"
    with Journal.open(journal_path) as j:
        j.add("body", title=payload, tags=[tag])
        model = EntryListModel(j)
        assert model.rowCount() == 1
        index = model.index(0, 0, QModelIndex())
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert_tooltip_literal(tip, payload)
        assert_tooltip_literal(tip, tag)
        spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert payload in spoken and "&lt;" not in spoken  # screen readers get the words


def test_growth_caption_shows_the_top_skill_as_text(qtbot, journal_path, payload) -> None:
    from reflekt.gui.growth_view import GrowthView

    skill = f"{BOLD}<img src=x width=600 height=600>"
    with Journal.open(journal_path) as j:
        for n in range(3):
            j.add("Practised.", title=payload, skills=[skill], day=TODAY - dt.timedelta(days=n))
        view = GrowthView(j, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        qtbot.waitUntil(lambda: bool(labels_showing(view, skill)), timeout=5000)
        for label in labels_showing(view, skill):
            assert_literal(label, skill)


def test_skills_chart_hover_tooltip_shows_the_skill_as_text(
    qtbot, journal_path, monkeypatch
) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from reflekt.gui.growth_view import GrowthView

    skill = f"{BOLD}<img src=x>"
    with Journal.open(journal_path) as j:
        for n in range(3):
            j.add("Practised.", skills=[skill], day=TODAY - dt.timedelta(days=n))
        view = GrowthView(j, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        qtbot.waitExposed(view)
        view.wait_until_ready()  # figures computed off the GUI thread
        chart = view.charts["skills"]
        column = next(x for x in range(40) if chart.tooltip_at(x, 0))
        point = chart.widget_point(column, 0).toPoint()
        viewport = chart.plot.viewport()
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        shown: list[str] = []  # the offscreen platform cannot raise a tooltip window
        monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
        QApplication.sendEvent(viewport, move)
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
        assert_tooltip_literal(shown[-1], skill)
        assert_tooltip_literal(chart.plot.toolTip(), skill)


def test_share_dialog_status_shows_entry_titles_as_text(qtbot, journal_path, payload) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    with Journal.open(journal_path) as j:
        private = j.add("Secret", title=payload)
        dialog = ExportDialog(j, list(j.iter_entries()), {private.id})
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.save_button.isEnabled()
        assert_literal(dialog.status, payload)


def test_team_library_status_shows_skipped_file_names_as_text(
    qtbot, journal_path, tmp_path, picture, monkeypatch
) -> None:
    from reflekt.gui.team_view import TeamLibrary

    monkeypatch.chdir(picture.parent)  # a file name cannot hold "/": the image is beside
    folder = tmp_path / "team"
    folder.mkdir()
    name = f"<img src={picture.name} width=600 height=600><font color=red size=7>DAMAGED"
    (folder / f"{name}.reflekt.json").write_text("{not json")
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        library = TeamLibrary(j)
        qtbot.addWidget(library)
        library.show()
        library.sync()
        # Skipped files are listed, each with why, in a plain-text box under the status.
        qtbot.waitUntil(lambda: name in library.skipped.toPlainText(), timeout=5000)
        wait_for_operations()
        assert library.skipped.isVisible()
        assert library.skipped.document().toPlainText().count(name) == 1
        assert "<" not in library.status.text() or library.status.textFormat() == (
            Qt.TextFormat.PlainText
        )


def test_team_library_credit_line_shows_the_author_as_text(
    qtbot, journal_path, tmp_path, payload
) -> None:
    from reflekt.gui.team_view import TeamLibrary

    folder = tmp_path / "team"
    folder.mkdir()
    author = f"Sara {BOLD}"
    with colleague_journal(tmp_path, author) as colleague:
        team.publish(colleague, path=folder)
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        library = TeamLibrary(j)
        qtbot.addWidget(library)
        library.show()
        library.sync()
        qtbot.waitUntil(lambda: library.list.count() == 1, timeout=5000)
        wait_for_operations()
        library.list.setCurrentRow(0)
        qtbot.mouseClick(library.learned_button, Qt.MouseButton.LeftButton)
        assert_literal(library.status, author)


def colleague_journal(tmp_path: Path, author: str) -> Journal:
    colleague = Journal.open(tmp_path / "colleague.reflekt")
    export.set_author(colleague, author, "Support")
    colleague.add("Listen first.", title="Calm customers", visibility="shareable")
    return colleague


def test_import_finished_box_shows_the_author_name_as_text(
    qtbot, make_window, monkeypatch, tmp_path, payload
) -> None:
    author = payload[:190]  # a bundle's author name is at most 200 characters
    out = tmp_path / "out"
    out.mkdir()
    with colleague_journal(tmp_path, author) as colleague:
        bundle = team.publish(colleague, path=out)
    window = make_window()
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    wait_for_operations()
    box = boxes[-1]
    assert author in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    inner = box.findChild(QLabel, "qt_msgbox_label")
    assert_literal(inner, author)


def test_error_boxes_show_file_names_as_text(qtbot, monkeypatch) -> None:
    from reflekt.gui.dialogs import show_error

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    show_error(None, f"{BOLD}.reflekt.json is not a share bundle.")
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert BOLD in displayed(boxes[0].text(), boxes[0].textFormat())


def test_the_passphrase_prompt_shows_the_journal_name_as_text(monkeypatch, picture) -> None:
    from PySide6.QtWidgets import QInputDialog

    from reflekt.gui.safety import ask_passphrase

    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda parent, title, label, *a, **k: asked.append(label) or ("", False),
    )
    name = f"<img src={picture.name} width=600 height=600><font color=red>DAMAGED.reflekt"
    ask_passphrase(None)(Path("/tmp") / name, 0)
    assert name in displayed(asked[0], Qt.TextFormat.AutoText)


def test_control_characters_pasted_into_a_title_are_left_out_and_it_saves(
    qtbot, make_window, journal_path
) -> None:
    from PySide6.QtGui import QGuiApplication

    with Journal.open(journal_path) as j:
        entry_id = j.add("Body stays.", title="Old").id
    window = make_window()
    title = window.editor.title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText("Red\x1b[31m alert\x07 \x9bnow")
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Red[31m alert now"
    qtbot.keyClicks(title, "!")  # the cursor stays where the paste ended
    assert window.editor.save()
    assert window.journal.get(entry_id).title == "Red[31m alert now!"
    assert window.journal.get(entry_id).body == "Body stays."


# -- memory stays flat, with the real /dev/zero payload, under a limit -----------------

GUARDED = textwrap.dedent(
    """
    import datetime as dt, os, resource, sys
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QToolTip
    app = QApplication(["guarded"])
    from reflekt.core.journal import Journal
    from reflekt.gui.entry_list import EntryListModel
    from reflekt.gui.growth_view import GrowthView
    from reflekt.gui.share_dialog import ExportDialog

    def rss():
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) * 1024

    # Qt reading /dev/zero grows the heap by ~340 MB/s: stop it at 400 MB more.
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    with open("/proc/self/status") as f:
        data = next(int(l.split()[1]) for l in f if l.startswith("VmData")) * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (data + 400 * 2**20, hard))
    payload = '<img src="/dev/zero"><b>YOUR JOURNAL IS DAMAGED</b>'
    today = dt.date(2026, 3, 15)
    j = Journal.open(sys.argv[1])
    for n in range(3):
        j.add("x", title=payload, tags=[payload], skills=[payload], day=today - dt.timedelta(n))
    before = rss()
    view = GrowthView(j, today=lambda: today)
    view.resize(1200, 900)
    view.show()
    view.wait_until_ready()
    model = EntryListModel(j)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    QToolTip.showText(QCursor.pos(), tip, view)
    dialog = ExportDialog(j, list(j.iter_entries()), {e.id for e in j.iter_entries()})
    dialog.show()
    for _ in range(20):
        app.processEvents()
    view.grab()
    dialog.grab()
    print("grew", rss() - before)
    """
)


def test_memory_stays_flat_with_a_dev_zero_payload(tmp_path) -> None:
    if not Path("/dev/zero").exists() or not Path("/proc/self/status").exists():
        pytest.skip("needs Linux's /dev/zero and /proc")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REFLEKT_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", GUARDED, str(tmp_path / "j.reflekt")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    grew = int(done.stdout.split("grew")[1])
    assert grew < 60 * 2**20, f"memory grew by {grew / 2**20:.0f} MB"


# -- nothing in gui/ is left to guess --------------------------------------------------

FORMATTED_ELSEWHERE = {"plaintext.py"}  # the helpers themselves
GUESSING_CALLS = {"question", "information", "warning", "critical", "about"}


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _is_tooltip_safe(arg: ast.expr) -> bool:
    """A literal, a translated literal as is, or markup built by plaintext.tooltip/as_markup."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return True
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
        if arg.func.attr in {"tooltip", "as_markup"}:
            return True
        if arg.func.attr in {"tr", "translate"}:
            return True
    return False


def test_no_label_message_box_or_tooltip_in_gui_is_left_to_guess() -> None:
    offences = []
    for path in sorted(GUI.glob("**/*.py")):
        if path.name in FORMATTED_ELSEWHERE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            func = call.func
            where = f"{path.name}:{call.lineno}"
            if isinstance(func, ast.Name) and func.id in {"QLabel", "QMessageBox"}:
                offences.append(f"{where}: {func.id}(...) - use plaintext.label/message")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "QMessageBox"
                and func.attr in GUESSING_CALLS
            ):
                offences.append(f"{where}: QMessageBox.{func.attr} - use plaintext.ask/inform")
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "setToolTip"
                and call.args
                and not _is_tooltip_safe(call.args[-1])
            ):
                offences.append(f"{where}: setToolTip(text) - use plaintext.tooltip")
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "showText"
                and len(call.args) >= 2
                and not _is_tooltip_safe(call.args[1])
            ):
                offences.append(f"{where}: QToolTip.showText(text) - use plaintext.tooltip")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "QInputDialog"
                and len(call.args) >= 3
                and not _is_tooltip_safe(call.args[2])
            ):
                offences.append(f"{where}: QInputDialog label - use plaintext.as_markup")
            if isinstance(func, ast.Attribute) and func.attr == "setTextFormat":
                offences.append(f"{where}: setTextFormat - make it with plaintext.label/rich_label")
        # An item model's tooltip goes out through data(); its file must build it.
        roles = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
        if any(n.attr == "ToolTipRole" for n in roles) and not any(
            n.attr == "tooltip" for n in roles
        ):
            offences.append(f"{path.name}: ToolTipRole without plaintext.tooltip")
    assert not offences, "\n".join(offences)


def test_the_rule_above_catches_a_bare_label(tmp_path, monkeypatch) -> None:
    (tmp_path / "bad.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "def f(title, w):\n"
        "    w.setToolTip(title)\n"
        "    return QLabel(title)\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "GUI", tmp_path)
    with pytest.raises(AssertionError) as failed:
        test_no_label_message_box_or_tooltip_in_gui_is_left_to_guess()
    assert "bad.py:4: QLabel" in str(failed.value)
    assert "bad.py:3: setToolTip" in str(failed.value)
