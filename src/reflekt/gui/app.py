"""Starting the desktop app: translations, theme, one window per journal, error handling.

The window paints first and loads afterwards: ``run_app`` shows the main window as a
light shell (title, size, colours, the outline of its panes) and, once that frame is
on screen, opens the journal and builds the rest into the same window. Before the
first frame only QtCore, QtGui and QtWidgets load, and as little of them as can be:
``tests/gui/test_app_start.py`` keeps it that way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reflekt import APP_ID, __version__, paths
from reflekt.errors import ReflektError
from reflekt.gui import i18n
from reflekt.gui.settings import AppSettings
from reflekt.gui.theme import apply_palette, apply_theme

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtNetwork import QLocalServer

    from reflekt.gui.mainwindow import MainWindow


# The first window answers a second launch with this line; anything else at the socket
# (a program that is not reflekt, or one that never answers) is ignored.
RAISE = b"raise\n"
ANSWER = b"reflekt: raised\n"
ANSWER_WAIT_S = 1.0
_UNIX_PATH_MAX = 104  # sockaddr_un's sun_path: 108 bytes on Linux, 104 on macOS


def server_name(journal_path: Path) -> str:
    """Where the first window listens: one per user and journal, so a second launch
    finds it. On Linux and macOS a full socket path in a folder only this user can
    write (``XDG_RUNTIME_DIR``, else the data folder, else a private folder in the
    temporary folder), so no other user can take it first; on Windows a pipe name
    (Qt makes it reachable by this user only, see ``listen``).

    Two CRC-32s make the 16 hex digits: a name, not a secret (hashlib would load
    OpenSSL, ~10 ms, before the first frame).
    """
    import zlib

    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}:{Path(journal_path).resolve()}".encode()
    leaf = f"reflekt-{zlib.crc32(key):08x}{zlib.crc32(key[::-1]):08x}"
    if sys.platform.startswith("win"):
        return leaf
    for folder in _private_folders():
        candidate = os.path.join(folder, leaf)
        if len(os.fsencode(candidate)) < _UNIX_PATH_MAX:
            return candidate
    return ""  # nowhere private: no single-instance check, never a reason not to start


def _private_folders() -> Iterator[str]:
    """Folders that belong to this user and that no one else can write, best first."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime) and _is_private(runtime):
        yield runtime
    try:
        data = str(paths.ensure_private_dir(paths.data_dir()))
    except (ReflektError, OSError):
        data = ""
    if data and _is_private(data):
        yield data
    import contextlib

    temp = os.environ.get("TMPDIR", "") or "/tmp"
    fallback = os.path.join(temp, f"reflekt-{os.getuid()}")
    with contextlib.suppress(OSError):  # there already: ours, or someone else's (see below)
        os.mkdir(fallback, 0o700)
    if _is_private(fallback):
        yield fallback


def _is_private(folder: str) -> bool:
    import stat

    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def ask_running_instance(journal_path: Path) -> bool:
    """True when another reflekt has this journal open (and was asked to come forward).

    Only a listener that answers as reflekt does counts: a socket that answers
    wrongly, or not at all within a second, is ignored and this reflekt starts.
    Where local servers are socket files (Linux, macOS) this talks to it directly,
    before QtNetwork loads: a start with no other reflekt shows its window at once,
    whatever crashed reflekt left behind.
    """
    name = server_name(journal_path)
    if not name:
        return False
    if sys.platform.startswith("win"):  # named pipes: only Qt speaks them
        return _ask_with_qt(name)
    import _socket  # what socket.socket is built on; the socket module costs ~10 ms more
    import time

    conn = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        conn.settimeout(0.3)
        conn.connect(name)
        conn.sendall(RAISE)
        deadline = time.monotonic() + ANSWER_WAIT_S
        answer = b""
        while len(answer) < len(ANSWER) and ANSWER.startswith(answer):
            conn.settimeout(max(0.01, deadline - time.monotonic()))
            chunk = conn.recv(len(ANSWER) - len(answer))
            if not chunk:
                break
            answer += chunk
    except OSError:  # no such file, nobody listening there any more, or no answer in time
        return False
    finally:
        conn.close()
    return answer == ANSWER


def _ask_with_qt(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(300)
    answer = b""
    while len(answer) < len(ANSWER) and socket.waitForReadyRead(round(ANSWER_WAIT_S * 1000)):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer[: len(ANSWER)] == ANSWER


def listen(journal_path: Path, on_raise: object) -> QLocalServer:
    """Listen for a second launch of this journal; it is answered, then ``on_raise`` runs.

    Failing to listen (nowhere private, or the name taken) only means a second launch
    opens a second window: never a reason not to start.
    """
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    name = server_name(journal_path)
    if name and not server.listen(name):
        # Left behind by a reflekt that crashed, or a listener that did not answer as
        # reflekt: the folder is this user's own, so the name is ours to take back.
        QLocalServer.removeServer(name)
        server.listen(name)

    def accept() -> None:
        while server.hasPendingConnections():
            conn = server.nextPendingConnection()
            conn.readyRead.connect(lambda conn=conn: answer(conn))

    def answer(conn: object) -> None:
        if bytes(conn.readAll().data()).startswith(RAISE.strip()):  # type: ignore[attr-defined]
            conn.write(ANSWER)  # type: ignore[attr-defined]
            conn.flush()  # type: ignore[attr-defined]
            on_raise()  # type: ignore[operator]

    server.newConnection.connect(accept)
    return server


def log_file() -> Path:
    return paths.ensure_private_dir(paths.log_dir()) / "reflekt.log"


def show_error(parent: QWidget | None, message: str) -> None:
    from reflekt.gui.dialogs import show_error as show

    show(parent, message)


def install_excepthook(parent_getter: object) -> None:
    """Route errors from slots: plain dialogs for ReflektError, the crash dialog for bugs."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = parent_getter() if callable(parent_getter) else None
        if isinstance(exc, ReflektError):
            show_error(parent, exc.message)
            return
        from reflekt.gui.dialogs import CrashDialog, exec_and_free, format_report

        report = format_report(exc)
        import datetime as dt

        try:
            target = log_file()
            with target.open("a", encoding="utf-8") as f:
                f.write(f"\n--- {dt.datetime.now().isoformat()}\n{report}")
        except (OSError, ReflektError):  # a read-only home: the dialog still shows the report
            target = paths.log_dir() / "reflekt.log"
        sys.__stderr__.write(report) if sys.__stderr__ else None
        exec_and_free(CrashDialog(report, str(target), parent))

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


def apply_language(setting: str) -> str:
    """Speak ``setting`` ('en', 'sv' or 'system') in the window and in the messages of
    reflekt's errors alike; returns the language used."""
    from reflekt import messages

    return messages.set_language(i18n.install(setting))


def run_app(journal_path: Path) -> int:
    """Open the desktop app on ``journal_path``; returns the exit code."""
    from reflekt.core.storage import lock

    lock.set_role("app")  # named in a command's refusal while the app has the journal
    app = create_application()
    settings = AppSettings()
    apply_language(settings.language)
    apply_palette(settings.theme)
    if ask_running_instance(journal_path):
        return 0  # the first window was asked to come forward; no second window
    from reflekt.gui.mainwindow import MainWindow

    window = MainWindow(None, settings, path=journal_path)  # the shell, painted at once
    start = Startup(app, window, settings, journal_path)
    window.firstPainted.connect(start.soon)
    # Should no paint come (a platform that does not paint a window it cannot
    # show), the journal still opens.
    QTimer.singleShot(1000, start.soon)
    install_excepthook(lambda: window if window.isVisible() else None)
    window.show()
    code = app.exec()
    if start.error is not None:
        raise start.error
    if start.server is not None:
        start.server.close()
    if window.loaded:
        window.journal.close()
    return code if start.code is None else start.code


class Startup:
    """What happens right after the shell's first frame: the rest of the app.

    One uninterrupted step: keys typed meanwhile wait in the queue and reach the
    finished window (the shortcuts, the editor) instead of the shell.
    """

    def __init__(
        self, app: QApplication, window: MainWindow, settings: AppSettings, journal_path: Path
    ) -> None:
        self.app = app
        self.window = window
        self.settings = settings
        self.journal_path = journal_path
        self.server: QLocalServer | None = None
        self.error: BaseException | None = None
        self.code: int | None = None
        self.started = False

    def soon(self) -> None:
        """After the frame on screen now: a zero timer runs once it is flushed."""
        if not self.started:
            self.started = True
            QTimer.singleShot(0, self.run)

    def run(self) -> None:
        try:
            self.code = self._load()
        except Exception as exc:  # a bug: logged and shown over the shell, as at any time
            sys.excepthook(type(exc), exc, exc.__traceback__)
            self.code = 1
        except BaseException as exc:  # Ctrl+C and the like: on after the event loop
            self.error = exc
            self.code = 1
        if self.code is not None:
            self.window.hide()
            self.app.exit(self.code)

    def _load(self) -> int | None:
        apply_theme(self.settings.theme)  # the exact colour scheme, followed live
        if ask_running_instance(self.journal_path):
            return 0  # started at the same moment as another: that window stays
        window = self.window
        self.server = listen(self.journal_path, lambda: window._raise())
        from reflekt.gui.safety import open_journal

        journal = open_journal(self.journal_path, window)
        if journal is None:
            return 2
        window.load(journal)
        # A reminder that fell due while reflekt was closed shows soon after start.
        QTimer.singleShot(1500, window.reminder.check)
        return None
