#!/usr/bin/env python3
"""Set up and run reflekt from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py run [ARGS]    set up .venv, then start reflekt (the desktop app; ARGS go to it)
    python3 dev.py test [ARGS]   set up .venv, then run ruff and the whole test suite

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


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "run":
        return subprocess.call([str(PYTHON), "-m", "reflekt", *rest])
    failed = False
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        print("$", " ".join(check), flush=True)
        failed |= subprocess.call([str(PYTHON), "-m", *check], cwd=ROOT) != 0
    code = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    return code or int(failed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
