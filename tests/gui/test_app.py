"""App-level behaviour: error dialogs, the crash report, one window per journal, safe preview."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from reflekt.errors import InvalidInput
from reflekt.gui import app as app_module
from reflekt.gui.dialogs import CrashDialog
from reflekt.gui.markdown_view import SafeMarkdownView


@pytest.fixture
def hook(monkeypatch):
    shown = {}
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.setdefault("crash", self) and 0)
    monkeypatch.setattr(
        app_module, "show_error", lambda parent, message: shown.setdefault("error", message)
    )
    old = sys.excepthook
    app_module.install_excepthook(lambda: None)
    yield shown
    sys.excepthook = old


def test_a_bug_is_logged_and_shown_with_a_copyable_report(qtbot, hook, reflekt_home: Path) -> None:
    try:
        raise RuntimeError("unexpected thing")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    dialog: CrashDialog = hook["crash"]
    qtbot.addWidget(dialog)
    log = (reflekt_home / "log" / "reflekt.log").read_text()
    assert "RuntimeError: unexpected thing" in log
    assert "Traceback" in log
    dialog.copy_button.click()
    assert "RuntimeError: unexpected thing" in QGuiApplication.clipboard().text()


def test_a_users_mistake_gets_a_plain_message_not_a_crash(qtbot, hook) -> None:
    exc = InvalidInput("That date is not valid. Write it as YYYY-MM-DD.")
    sys.excepthook(type(exc), exc, None)
    assert hook["error"] == "That date is not valid. Write it as YYYY-MM-DD."
    assert "crash" not in hook


def test_a_second_launch_raises_the_first_window(qtbot, tmp_path: Path) -> None:
    journal = tmp_path / "j.reflekt"
    raised = []
    server = app_module.listen(journal, lambda: raised.append(True))
    try:
        # The second launch is another process: it waits for the first window's answer
        # while that window's event loop runs.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as pool:
            asked = pool.submit(app_module.ask_running_instance, journal)
            qtbot.waitUntil(asked.done, timeout=3000)
        assert asked.result()
        qtbot.waitUntil(lambda: bool(raised), timeout=2000)
        assert not app_module.ask_running_instance(tmp_path / "other.reflekt")
    finally:
        server.close()


def test_preview_loads_no_resources_and_shows_html_as_text(qtbot) -> None:
    view = SafeMarkdownView()
    qtbot.addWidget(view)
    view.set_markdown(
        '# Title\n\n<img src="file:///etc/passwd"> <script>alert(1)</script>\n\n'
        "![x](file:///etc/hostname) ![y](https://example.com/a.png)"
    )
    text = view.toPlainText()
    assert "<script>" in text  # shown as text, not run or dropped silently
    # Refused with a placeholder, never None: None lets Qt read the file itself.
    refused = view.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/passwd")
    )
    assert isinstance(refused, QImage) and not refused.isNull()
    for name in ("file:///etc/passwd", "file:///etc/hostname"):
        held = view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert held is None or held.size() == refused.size()
    assert view.openLinks() is False


def test_settings_dialog_changes_theme_live_and_stores_choices(
    qtbot, make_window, settings
) -> None:
    from PySide6.QtGui import QPalette

    from reflekt.gui.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(settings, window.journal.path, window)
    qtbot.addWidget(dialog)
    dialog.themeChanged.connect(app_module.apply_theme)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.wait(10)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.language_note.isVisible() or not dialog.isVisible()
    dialog.reminder_on.setChecked(True)
    dialog.day_boxes[6].setChecked(True)
    assert settings.theme == "dark"
    assert settings.language == "sv"
    assert settings.reminder_enabled
    assert 6 in settings.reminder_days
    app_module.apply_theme("light")


def test_reminder_fires_once_a_day_at_the_chosen_time(qapp, settings) -> None:
    import datetime as dt

    from reflekt.gui.reminder import Reminder

    now = [dt.datetime(2026, 11, 30, 16, 0)]  # a Monday
    settings.reminder_enabled = True
    settings.reminder_time = "16:30"
    settings.reminder_days = (0, 1, 2, 3, 4)
    reminder = Reminder(settings, clock=lambda: now[0])
    fired = []
    reminder.due.connect(lambda: fired.append(now[0]))
    assert not reminder.check()
    now[0] = now[0].replace(minute=31)
    assert reminder.check()
    assert not reminder.check()  # once a day
    now[0] = dt.datetime(2026, 12, 5, 17, 0)  # Saturday: not chosen
    assert not reminder.check()
    assert len(fired) == 1
