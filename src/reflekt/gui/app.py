"""Starting the desktop app: translations, theme, one window per journal, error handling."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from reflekt import APP_ID, __version__, paths
from reflekt.errors import ReflektError
from reflekt.gui import i18n
from reflekt.gui.dialogs import CrashDialog, format_report, show_error
from reflekt.gui.settings import AppSettings
from reflekt.gui.theme import apply_theme

log = logging.getLogger("reflekt")


def server_name(journal_path: Path) -> str:
    """One name per user and journal, so a second launch finds the first window."""
    key = f"{os.environ.get('USER', '')}:{Path(journal_path).resolve()}"
    return "reflekt-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def ask_running_instance(journal_path: Path) -> bool:
    """True when another reflekt has this journal open (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal_path))
    if not socket.waitForConnected(300):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


def listen(journal_path: Path, on_raise: object) -> QLocalServer:
    server = QLocalServer()
    name = server_name(journal_path)
    if not server.listen(name):
        QLocalServer.removeServer(name)  # left behind by a reflekt that crashed
        server.listen(name)

    def accept() -> None:
        while server.hasPendingConnections():
            conn = server.nextPendingConnection()
            conn.readyRead.connect(on_raise)  # type: ignore[arg-type]

    server.newConnection.connect(accept)
    return server


def log_file() -> Path:
    return paths.ensure_private_dir(paths.log_dir()) / "reflekt.log"


def install_excepthook(parent_getter: object) -> None:
    """Route errors from slots: plain dialogs for ReflektError, the crash dialog for bugs."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = parent_getter() if callable(parent_getter) else None
        if isinstance(exc, ReflektError):
            show_error(parent, exc.message)
            return
        report = format_report(exc)
        target = log_file()
        try:
            with target.open("a", encoding="utf-8") as f:
                f.write(f"\n--- {dt.datetime.now().isoformat()}\n{report}")
        except OSError:
            pass
        sys.__stderr__.write(report) if sys.__stderr__ else None
        CrashDialog(report, str(target), parent).exec()

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("reflekt")
    QCoreApplication.setApplicationName("reflekt")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [sys.argv[0]])
    app.setDesktopFileName(APP_ID)
    return app


def run_app(journal_path: Path) -> int:
    """Open the desktop app on ``journal_path``; returns the exit code."""
    app = create_application()
    settings = AppSettings()
    i18n.install(settings.language)
    apply_theme(settings.theme)
    if ask_running_instance(journal_path):
        return 0
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.safety import open_journal

    journal = open_journal(journal_path)
    if journal is None:
        return 2

    window = MainWindow(journal, settings)
    holder: dict[str, QWidget] = {"window": window}
    install_excepthook(lambda: holder.get("window"))
    server = listen(journal_path, lambda: window._raise())
    window.show()
    # A reminder that fell due while reflekt was closed shows soon after start.
    QTimer.singleShot(1500, window.reminder.check)
    code = app.exec()
    server.close()
    window.journal.close()
    return code
