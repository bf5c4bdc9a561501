#!/usr/bin/env python3
"""Set up and run reflekt from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py run [ARGS]    set up .venv, then start reflekt (the desktop app; ARGS go to it)
    python3 dev.py test [ARGS]   set up .venv, then run ruff and the whole test suite
    python3 dev.py build         build the app with PyInstaller into dist/reflekt/ and smoke-test it
    python3 dev.py bench [ARGS]  set up .venv, then benchmark 100k entries against jrnl and bare Qt
                                 (--entries N, --quick for 10k, --runs R; see docs/performance.md)
    python3 dev.py install-desktop / uninstall-desktop
                                 add .venv's reflekt to (or remove it from) your Linux menu

The virtual environment lives in .venv and is refreshed when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".reflekt-setup"


def setup() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("Installing reflekt and its test tools into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def frozen_app() -> Path:
    """The built program that prints to a terminal (Windows also has a windowed reflekt.exe)."""
    if sys.platform == "darwin":
        return ROOT / "dist" / "reflekt.app" / "Contents" / "MacOS" / "reflekt"
    return ROOT / "dist" / "reflekt" / ("reflekt-cli.exe" if os.name == "nt" else "reflekt")


def build(rest: list[str]) -> int:
    """PyInstaller into .venv (the [build] extra), then packaging/reflekt.spec, then a smoke test."""
    if subprocess.call([str(PYTHON), "-c", "import PyInstaller"], stderr=subprocess.DEVNULL):
        print("Installing PyInstaller into .venv …", flush=True)
        pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "-e", f"{ROOT}[test,build]"], check=True)
    command = [
        *(str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
        *("--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller")),
        *(str(ROOT / "packaging" / "reflekt.spec"), *rest),
    ]
    print("$", " ".join(command), flush=True)
    if code := subprocess.call(command, cwd=ROOT):
        return code
    # A build that lost a plugin or a translation still starts; only opening the window tells.
    app = frozen_app()
    for check in ([str(app), "--version"], [str(app), "--smoke-test"]):
        print("$", " ".join(check), flush=True)
        if code := subprocess.call(check):
            return code
    print(f"Built {app.relative_to(ROOT)}")
    return 0


def main(argv: list[str]) -> int:
    commands = ("run", "test", "build", "bench", "install-desktop", "uninstall-desktop")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "reflekt", *rest])
    if command == "build":
        return build(rest)
    if command == "bench":
        return subprocess.call([str(PYTHON), str(ROOT / "benchmarks" / "run.py"), *rest], cwd=ROOT)
    if command in ("install-desktop", "uninstall-desktop"):
        action = "desktop-" + command.split("-")[0]
        return subprocess.call([str(PYTHON), "-m", "reflekt", action, *rest])
    failed = False
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        print("$", " ".join(check), flush=True)
        failed |= subprocess.call([str(PYTHON), "-m", *check], cwd=ROOT) != 0
    code = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    return code or int(failed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
