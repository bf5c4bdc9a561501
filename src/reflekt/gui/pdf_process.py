"""The share window's PDF preview, laid out in a process of its own.

Measured (100k journal, 500 entries): Qt's text engine holds Python's global lock for
the whole of ``QTextDocument.setHtml`` and ``print_`` (171 ms for one ``setHtml`` of 500
entries), so doing them on a worker thread still stopped the window for 150–270 ms:
every Python part of the window (a list's painter, a timer) waits for the lock. A
process of its own shares no lock: the window stays under 100 ms. The process gets the
two HTML texts on its standard input and answers with the PDF and the page images (PNG),
as JSON; nothing is written to disk. The entries' pictures travel inside the HTML
(``data:`` URIs, share/pictures.py): the process needs nothing else and reads no file.

A frozen build cannot start ``python -m``, and a process that fails to start or answer
falls back to the same work on the calling (worker) thread: slower to answer, the same
result. A process that runs past ``TIMEOUT_S`` is stopped with a plain message rather than
redone.

    python -m reflekt.gui.pdf_process    # reads {"pdf": HTML, "pages": HTML}
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from reflekt.errors import Cancelled, ReflektError
from reflekt.messages import msg

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

TIMEOUT_S = 300
POLL_S = 0.2  # how often a running preview asks whether it is still wanted
PNG_QUALITY = 60  # Qt's PNG "quality": faster, a little larger; the pages are text


def _in_process(plain: str, marked: str) -> tuple[bytes, list[QImage]]:
    from reflekt.gui.pdf import html_to_pdf
    from reflekt.gui.share_pages import render_pages

    return html_to_pdf(plain), render_pages(marked)


def pdf_and_pages(
    plain: str, marked: str, cancelled: Callable[[], bool] = lambda: False
) -> tuple[bytes, list[QImage]]:
    """The PDF of ``plain`` and the page images of ``marked`` (the same HTML with the
    replaced names highlighted), made in a separate process when one can be started.

    ``cancelled`` is asked a few times a second: a preview the person has moved on from
    (another choice, the window closed) stops its process instead of finishing it."""
    if getattr(sys, "frozen", False):
        return _in_process(plain, marked)
    from PySide6.QtGui import QImage

    payload: bytes | None = json.dumps({"pdf": plain, "pages": marked}).encode("utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "reflekt.gui.pdf_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return _in_process(plain, marked)
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        try:
            out, _ = process.communicate(payload, timeout=POLL_S)
            break
        except subprocess.TimeoutExpired:
            payload = None  # sent with the first call; later calls only wait
            if cancelled() or time.monotonic() > deadline:
                process.kill()
                process.communicate()
                if cancelled():
                    raise Cancelled(msg("The preview was stopped.")) from None
                raise ReflektError(
                    msg("The preview took too long to make. Choose fewer entries and try again.")
                ) from None
    try:
        if process.returncode:
            raise ValueError("the preview's process failed")
        answer = json.loads(out)
        pdf = base64.b64decode(answer["pdf"])
        pages = []
        for png in answer["pages"]:
            image = QImage.fromData(base64.b64decode(png), "PNG")
            if image.isNull():
                raise ValueError("a page image could not be read")
            pages.append(image)
    except (ValueError, KeyError):
        return _in_process(plain, marked)  # the same work here: slower, the same result
    return pdf, pages


def _serve() -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    pdf, pages = _in_process(request["pdf"], request["pages"])
    encoded = []
    for image in pages:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG", PNG_QUALITY)
        buffer.close()
        encoded.append(base64.b64encode(bytes(data.data())).decode("ascii"))
    answer = {"pdf": base64.b64encode(pdf).decode("ascii"), "pages": encoded}
    sys.stdout.buffer.write(json.dumps(answer).encode("ascii"))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
