"""The single-instance socket lives where only this user can write, and whatever else
answers there (garbage, or nothing at all) never stops reflekt from starting."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.gui import app as app_module
from reflekt.gui.settings import AppSettings

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="Unix sockets")


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


class Squatter:
    """Another program listening at reflekt's socket path, answering ``reply`` (or
    nothing, when None) to whatever connects."""

    def __init__(self, path: str, reply: bytes | None) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(8)
        self.reply = reply
        self.held: list[socket.socket] = []
        self.stopped = False
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            if self.reply is not None:
                conn.sendall(self.reply)
                conn.close()
            else:
                self.held.append(conn)  # keeps the line open, says nothing

    def close(self) -> None:
        self.stopped = True
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def squat(journal_path: Path) -> Iterator[Any]:
    made: list[Squatter] = []

    def start(reply: bytes | None) -> Squatter:
        squatter = Squatter(app_module.server_name(journal_path), reply)
        made.append(squatter)
        return squatter

    yield start
    for squatter in made:
        squatter.close()


def test_the_socket_is_in_the_users_private_runtime_folder(runtime: Path, tmp_path: Path) -> None:
    name = app_module.server_name(tmp_path / "j.reflekt")
    assert Path(name).parent == runtime
    assert name != app_module.server_name(tmp_path / "other.reflekt")


def test_a_runtime_folder_others_can_write_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reflekt_home: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    name = Path(app_module.server_name(tmp_path / "j.reflekt"))
    assert name.parent != shared
    info = name.parent.lstat()
    assert info.st_uid == os.getuid() and not info.st_mode & 0o077


@pytest.mark.parametrize("reply", [b"HTTP/1.1 200 OK\r\n\r\n", b"reflekt: no\n", None])
def test_a_socket_that_answers_wrongly_is_not_taken_for_reflekt(
    runtime: Path, journal_path: Path, squat: Any, reply: bytes | None
) -> None:
    squat(reply)
    started = time.monotonic()
    assert app_module.ask_running_instance(journal_path) is False
    assert time.monotonic() - started < 2.5


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: the window is asked to rise
def test_the_app_starts_although_another_program_squats_its_socket(
    qtbot,
    runtime: Path,
    settings: AppSettings,
    journal_path: Path,
    squat: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Journal.open(journal_path) as journal:
        journal.add("Still here.", title="Proof")
    settings.sync()
    squat(b"garbage\n")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    seen: dict[str, Any] = {}

    from reflekt.gui.mainwindow import MainWindow

    def windows() -> list[Any]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    earlier = set(map(id, windows()))  # left by other tests, not this app's

    def person() -> None:
        window = None
        try:
            qtbot.waitUntil(lambda: any(id(w) not in earlier for w in windows()), timeout=10_000)
            window = next(w for w in windows() if id(w) not in earlier)
            qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
            seen["title"] = window.editor.entry.title
            # A real second launch now finds this window: the name was taken back.
            with ThreadPoolExecutor(1) as pool:
                asked = pool.submit(app_module.ask_running_instance, journal_path)
                qtbot.waitUntil(asked.done, timeout=5000)
            seen["second launch answered"] = asked.result()
        except Exception as exc:  # asserted on after the event loop ends
            seen["error"] = exc
        finally:
            if window is not None:
                window.close()
            QApplication.instance().exit(0)

    QTimer.singleShot(0, person)
    QApplication.setQuitOnLastWindowClosed(False)
    try:
        code = app_module.run_app(journal_path)
    finally:
        QApplication.setQuitOnLastWindowClosed(True)
    assert "error" not in seen, seen.get("error")
    assert code == 0
    assert seen["title"] == "Proof"
    assert seen["second launch answered"] is True


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_a_runtime_folder_owned_by_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 4242, 4242)  # another user could listen there first
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    name = Path(app_module.server_name(tmp_path / "j.reflekt"))
    assert name.parent != theirs and name.parent.stat().st_uid == os.getuid()
