"""The window's helper processes, and how to start them: the share window's PDF preview
(gui/pdf_process.py) and the spell checker (gui/spell_process.py).

Each runs in a process of its own so that Python's global lock never stalls the window.
From the source install a helper is ``python -m reflekt.gui.pdf_process``. The packaged
app (PyInstaller) has no ``python -m``: there the app's own executable serves the helper
when started with the private first argument ``HELPER_ARG`` and the helper's name:

    reflekt --reflekt-helper pdf       # the packaged app, as the window starts it
    reflekt --reflekt-helper spell

The argument is no command of the command line (``reflekt <command>``) and ``--help``
never shows it. It is honoured only exactly so (three words) and only when standard
input is not a terminal, i.e. when a program talks to the helper over a pipe; a person
who types it gets the command line's usual refusal of an unknown option, and no helper
sits waiting for input nobody will send.

``reflekt/__main__.py`` asks ``serves_helper`` before it loads the command line, so a
helper starts without argparse, the journal or a window: the PDF helper makes its own
offscreen Qt application (``QT_QPA_PLATFORM=offscreen``), the spell checker loads no Qt.

Nothing here imports Qt or ``subprocess`` at import time: the command line's start-up
passes through this module on every run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

HELPER_ARG = "--reflekt-helper"
# Each helper's name (the word after HELPER_ARG) and its module (``python -m``).
HELPERS = {"pdf": "reflekt.gui.pdf_process", "spell": "reflekt.gui.spell_process"}
# What a helper needs in its environment beyond the window's.
_ENV = {"pdf": {"QT_QPA_PLATFORM": "offscreen"}, "spell": {}}


def helper_command(helper: str) -> list[str]:
    """The command line that starts ``helper`` ("pdf" or "spell"): the packaged app's own
    executable with the private argument when frozen, else ``python -m`` its module."""
    module = HELPERS[helper]  # a KeyError for a name that is no helper: a bug, said loud
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARG, helper]
    return [sys.executable, "-m", module]


def start_helper(helper: str) -> subprocess.Popen[bytes]:
    """``helper`` started with pipes on its standard input and output (its errors go
    nowhere). Raises OSError when it cannot be started: the caller then does the same
    work on its own thread."""
    import subprocess

    return subprocess.Popen(
        helper_command(helper),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **_ENV[helper]},
        # Windows: a helper started from a console Python opens no console window.
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )


def serves_helper(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (the arguments after the program's name) asks for a helper; if so,
    serve it here until its input ends, then return True. False for anything else,
    which the command line then reads as usual."""
    if len(argv) != 2 or argv[0] != HELPER_ARG or argv[1] not in HELPERS:
        return False
    if sys.stdin is None or sys.stdin.isatty():
        return False  # a person typed it: the command line refuses it as unknown
    helper = argv[1]
    os.environ.update(_ENV[helper])
    if helper == "pdf":
        from reflekt.gui import pdf_process

        pdf_process.serve()
    else:
        from reflekt.gui import spell_process

        spell_process.serve()
    return True
