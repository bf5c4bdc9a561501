"""First run in a real window: type an entry, quit, start again, find it.

reflekt runs as its own process on a real X server (Xvfb) with the xcb platform,
the way a person's desktop runs it, and is driven only by real key events from
xdotool. What it did is checked from outside: in the journal file (through the
command line) and in a screenshot of the screen (xwd), which must show a window.
About 15 seconds. Skips when Xvfb, xdotool or xwd are missing (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb runs on Linux"),
]

TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xwd": "x11-apps"}
SCREEN = (1400, 900)
TYPED = "Pairing with Sara: read the query plan before adding an index. Good återkoppling."
# (Lower-case å on purpose: xdotool types a capital Å as å on a keymap it has to extend.)


def wait_for(check: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server; Xvfb picks a free display number itself (-displayfd)."""
    missing = [f"{tool} (Debian: {pkg})" for tool, pkg in TOOLS.items() if not shutil.which(tool)]
    if missing:
        pytest.skip("real-window test needs " + ", ".join(missing))
    read, write = os.pipe()
    screen = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", screen],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


class Desktop:
    """One person's session: their reflekt home, a journal and the X display."""

    def __init__(self, display: str, tmp: Path) -> None:
        self.journal = tmp / "work.reflekt"
        self.shots = tmp
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("REFLEKT_", "QT_"))}
        self.env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            REFLEKT_HOME=str(tmp / "home"),  # never the real home
            LANG="C.UTF-8",  # "system" language: English
            LC_ALL="C.UTF-8",
        )

    def start(self) -> tuple[subprocess.Popen, str]:
        app = subprocess.Popen(
            [sys.executable, "-m", "reflekt", "--journal", str(self.journal)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # The class is what the desktop file's StartupWMClass promises.
        found = self.xdotool(
            "search", "--sync", "--onlyvisible", "--class", "^reflekt$", timeout=30
        )
        window = found.split()[0]
        time.sleep(0.5)  # let the first paint and the restored view settle
        self.xdotool("windowfocus", "--sync", window)
        return app, window

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        return subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "50", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text, timeout=60)

    def quit(self, app: subprocess.Popen) -> None:
        self.key("ctrl+q")
        try:
            output, _ = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            output, _ = app.communicate()
            raise AssertionError("reflekt did not quit on Ctrl+Q:\n" + output) from None
        assert app.returncode == 0, output

    def cli(self, *args: str) -> Any:
        """The command line on the same journal, as a person would check it."""
        result = subprocess.run(
            [sys.executable, "-m", "reflekt", "--journal", str(self.journal), *args],
            env={**self.env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return json.loads(result.stdout) if "--json" in args else result.stdout

    def entries(self) -> list[dict[str, Any]]:
        return self.cli("list", "--json") if self.journal.exists() else []

    def screenshot(self, name: str) -> Path:
        raw = subprocess.run(
            ["xwd", "-root", "-silent"], env=self.env, capture_output=True, timeout=20, check=True
        ).stdout
        target = self.shots / f"{name}.png"
        image = xwd_to_qimage(raw)
        assert image.save(str(target)), target
        copy_to = os.environ.get("REFLEKT_E2E_SCREENSHOTS")
        if copy_to:  # keep them, e.g. as CI artefacts or for docs
            Path(copy_to).mkdir(parents=True, exist_ok=True)
            shutil.copy(target, Path(copy_to) / target.name)
        return target


def xwd_to_qimage(data: bytes):
    """A QImage from xwd's output (X Window Dump, ZPixmap, 24/32-bit TrueColor)."""
    from PySide6.QtGui import QImage

    fields = struct.unpack(">25I", data[:100])
    header_size, version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    ncolors = fields[19]
    assert (version, pixmap_format) == (7, 2), fields  # X11 dump, ZPixmap
    assert depth in (24, 32), fields
    # Xvfb's 24-bit screens dump packed 3-byte pixels, with rows padded past 3 x width.
    size = bits_per_pixel // 8
    assert size in (3, 4) and size * width <= bytes_per_line, fields
    start = header_size + 12 * ncolors
    pixels = data[start : start + bytes_per_line * height]
    assert len(pixels) == bytes_per_line * height, "truncated screenshot"
    if byte_order == 1:  # MSBFirst: [X] R G B in memory; reverse each pixel to B G R [X]
        pixels = b"".join(pixels[i : i + size][::-1] for i in range(0, len(pixels), size))
    # Qt's RGB32 on a little-endian machine and BGR888 are B G R [X] in memory.
    kind = QImage.Format.Format_RGB32 if size == 4 else QImage.Format.Format_BGR888
    if sys.byteorder == "big" and size == 4:
        pixels = b"".join(pixels[i : i + 4][::-1] for i in range(0, len(pixels), 4))
    return QImage(pixels, width, height, bytes_per_line, kind).copy()


def window_problem(png: Path) -> str | None:
    """What says this is not a window yet: Xvfb's empty root is black; the window's
    first frame is a calm outline of its panes; a loaded window is light, varied and large."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if (image.width(), image.height()) != SCREEN:
        return f"a {image.width()}x{image.height()} screenshot"
    step = 4
    samples = [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    mean = sum(samples) / len(samples)
    variance = sum((s - mean) ** 2 for s in samples) / len(samples)
    covered = sum(1 for s in samples if s > 20) / len(samples)
    if covered <= 0.6:
        return f"only {covered:.0%} of the screen is drawn on"
    if variance <= 200:
        return f"a flat image (variance {variance:.0f}), not a window with text"
    if len(set(samples)) <= 30:
        return "too few shades for a window with text"
    return None


def assert_shows_a_window(desktop: Desktop, name: str, timeout: float = 20) -> Path:
    """The screen once the window has filled in (it paints an outline first, then its
    panes), as a person would wait for it."""
    deadline = time.monotonic() + timeout
    while True:
        shot = desktop.screenshot(name)
        problem = window_problem(shot)
        if problem is None:
            return shot
        assert time.monotonic() < deadline, problem
        time.sleep(0.3)


def test_first_run_write_quit_reopen_and_find(display: str, tmp_path: Path) -> None:
    desktop = Desktop(display, tmp_path)

    # First run: a fresh home and no journal yet, so reflekt shows its welcome page.
    app, _ = desktop.start()
    assert_shows_a_window(desktop, "1-welcome")
    desktop.key("ctrl+n")
    time.sleep(0.3)
    desktop.type(TYPED)
    # Autosave writes within a second or two of the last key, without any save command.
    try:
        saved = wait_for(
            lambda: [e for e in desktop.entries() if e["body"] == TYPED], 15, "the autosave"
        )
    except AssertionError as exc:
        desktop.screenshot("1-typed-not-saved")
        raise AssertionError(f"{exc}; the journal has {desktop.entries()}") from None
    assert saved[0]["visibility"] == "private"  # nothing is shareable unless chosen
    desktop.quit(app)

    # Meanwhile, a newer entry from the command line: the search must skip it.
    desktop.cli("add", "Lunch with the new team about the office move")

    app, _ = desktop.start()
    desktop.key("ctrl+f")
    desktop.type("aterkoppling")  # without the ring: diacritics must not matter
    time.sleep(1.0)  # the search waits for a pause in typing, then shows the matches
    assert_shows_a_window(desktop, "2-search")
    # The match is the one entry listed and open, so starring (Ctrl+D) stars it.
    desktop.key("Return", "ctrl+d")
    desktop.quit(app)

    entries = {e["body"]: e for e in desktop.entries()}
    assert set(entries) == {TYPED, "Lunch with the new team about the office move"}
    assert entries[TYPED]["starred"], "the search did not bring up the typed entry"
    assert not entries["Lunch with the new team about the office move"]["starred"]
