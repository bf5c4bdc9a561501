"""Starting the app as `reflekt` does: the window paints as a shell, then loads in place.

The first test drives `run_app` the way a person meets it: the window appears before
the journal is open, then becomes the full window in the same place, lists the
entries, and what is typed is saved. The second keeps the path to the first frame
light: which modules are loaded when the window first paints (names, not times:
the time itself is measured by `benchmarks/run.py --only gui`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.gui.settings import AppSettings


def _main_window() -> Any:
    from reflekt.gui.mainwindow import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def test_the_window_shows_at_once_then_opens_the_journal_in_place(
    qtbot, settings: AppSettings, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflekt.gui import app as app_module

    with Journal.open(journal_path) as journal:
        journal.add("Asked Sara how she reviews schema changes.", title="Schema reviews")
        journal.add("The deploy checklist saved us again.", title="Deploy checklist")
    settings.sync()  # run_app reads the settings file itself
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    seen: dict[str, Any] = {}

    def person() -> None:
        """What a person sees and does, from the moment the app's event loop runs."""
        window = None
        try:
            qtbot.waitUntil(lambda: _main_window() is not None, timeout=10_000)
            window = _main_window()
            seen["shell"] = {
                "loaded": window.loaded,
                "title": window.windowTitle(),
                "menus": window.menuWidget(),
                "central": window.centralWidget(),
            }
            qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
            seen["same window"] = _main_window() is window
            seen["menus"] = [action.text() for action in window.menuBar().actions()]
            qtbot.waitUntil(lambda: window.focusWidget() is not None, timeout=5000)
            seen["focus"] = window.focusWidget().accessibleName()
            seen["listed"] = [
                window.model.entry_at(row).title for row in range(window.model.rowCount())
            ]
            seen["open"] = window.editor.entry.title
            body = window.editor.body
            qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(body, " Next time: ask earlier.")
            qtbot.waitUntil(lambda: not window.editor.dirty, timeout=5000)  # the autosave
        except Exception as exc:  # recorded; asserted on after the event loop ends
            seen["error"] = exc
        finally:
            if window is not None:
                window.close()
            QApplication.instance().exit(0)

    QTimer.singleShot(0, person)
    # Closing the last window would post a quit that ends the next test's waiting.
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        code = app_module.run_app(journal_path)
    finally:
        QApplication.setQuitOnLastWindowClosed(True)

    assert "error" not in seen, seen.get("error")
    assert code == 0
    shell = seen["shell"]
    assert shell["loaded"] is False, "the window appeared only after loading everything"
    assert shell["title"] == "journal — reflekt"
    assert shell["central"] is None  # an outline, painted; no half-built panes
    assert shell["menus"] is None  # they come with the rest, texts and all
    assert seen["same window"]
    assert seen["menus"][0] == "&File" and seen["menus"][-1] == "&Help"
    assert seen["focus"] == "Journal views and filters"  # where it lands when not a shell
    assert seen["listed"] == ["Deploy checklist", "Schema reviews"]
    assert seen["open"] == "Deploy checklist"
    with Journal.open(journal_path) as journal:
        bodies = [entry.body for entry in journal.list(limit=10).entries]
    assert "The deploy checklist saved us again. Next time: ask earlier." in bodies


FIRST_PAINT = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow, QWidget

    from reflekt.gui.app import create_application

    app = create_application()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                loaded = getattr(watched.window(), "loaded", None)
                print(json.dumps({"modules": sorted(sys.modules), "loaded": loaded}))
                sys.stdout.flush()
                os._exit(0)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    from reflekt.cli import main

    sys.exit(main([]))
    """
)

# Loaded after the first frame, never before it: each costs time a person waits for.
NOT_BEFORE_FIRST_PAINT = (
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "pyqtgraph",
    "sqlite_utils",
    "hashlib",
    "reflekt.gui.dialogs",
    "reflekt.gui.editor",
    "reflekt.gui.editor_fields",
    "reflekt.gui.entry_list",
    "reflekt.gui.goals",
    "reflekt.gui.markdown_view",
    "reflekt.gui.reminder",
    "reflekt.gui.safety",
    "reflekt.gui.settings_dialog",
    "reflekt.gui.share_dialog",
    "reflekt.gui.sidebar",
    "reflekt.gui.operations",
    "reflekt.core.storage.backup",
    "spylls",  # the spell checker and its dictionaries (~1.4 s a language): off the GUI thread
    "reflekt.gui.spell_service",
)


def test_the_first_frame_needs_only_qt_widgets_and_the_shell(tmp_path: Path) -> None:
    journal = tmp_path / "journal.reflekt"
    with Journal.open(journal) as j:
        j.add("An entry, so the window opens on its list.")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLEKT_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        REFLEKT_HOME=str(tmp_path / "home"),
        REFLEKT_JOURNAL=str(journal),
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    first = json.loads(lines[-1])
    modules = set(first["modules"])
    assert first["loaded"] is False, "the first frame came from a fully built window"
    assert "reflekt.gui.mainwindow" in modules  # the real window class paints the shell
    qt = {m for m in modules if m.startswith("PySide6.Qt")}
    assert qt == {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    early = sorted(m for m in NOT_BEFORE_FIRST_PAINT if m in modules)
    assert early == [], f"loaded before the first frame: {early}"


def test_the_shell_outlines_the_panes_where_they_were_at_closing(
    qtbot, make_window, settings: AppSettings
) -> None:
    from reflekt.gui.mainwindow import MainWindow, outline_rects

    window = make_window()
    window.journal.add("One entry, so the list shows.")
    window.model.reload()
    qtbot.wait(50)
    expected = [
        (
            w.mapTo(window, w.rect().topLeft()).x(),
            w.mapTo(window, w.rect().topLeft()).y(),
            w.width(),
            w.height(),
        )
        for w in (window.sidebar, window.search, window.list)
    ]
    window.close()
    stored = outline_rects(settings.value("ui/outline"))
    assert stored == expected
    shell = MainWindow(None, settings, path=window.journal.path)
    qtbot.addWidget(shell)
    assert shell.windowTitle() == window.windowTitle()
    assert not shell.loaded and shell.centralWidget() is None
