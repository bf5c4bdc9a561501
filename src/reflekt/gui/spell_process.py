"""The spell checker in a process of its own, so it never shares Python's lock with
the window.

Measured (10,000-entry journal, ``benchmarks/heartbeat.py``'s start-up): with spylls
loading and looking words up on a thread of the window's process, the window's
start-up after the first paint stalled 200-370 ms instead of 60 ms. Pure-Python work
on any thread holds the interpreter's lock, and the window's Python code waits for it
each time it comes back from Qt (up to 5 ms a time). A process shares no lock: the
window's worker thread only writes a line and waits for the answer, and waiting on a
pipe releases the lock. The dictionaries' memory is the child's, too.

One JSON line per request and per answer:
``{"op": "load", "lang": "sv"}`` → ``{}``;
``{"op": "lookup", "lang": "sv", "words": [...]}`` → ``{"known": {word: bool}}``;
``{"op": "suggest", "lang": "sv", "word": "kolega"}`` → ``{"suggestions": [...]}``;
a failure → ``{"error": "why"}``.

The process is started as gui/helper_process.py says (``python -m`` from the source
install, the packaged app's own executable with a private argument when frozen). When
it cannot be started or stops answering, the same work runs on the worker thread (the
same answers, the window a little less smooth while a dictionary loads).

    python -m reflekt.gui.spell_process    # serves requests on standard input
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import IO, Any

from reflekt.gui.helper_process import start_helper


def answer_here(request: dict[str, Any]) -> dict[str, Any]:
    """Do ``request`` in this process (the server's work, and the fallback)."""
    from reflekt.core import spelling

    try:
        op, lang = request["op"], request["lang"]
        checker = spelling.speller(lang)
        if op == "load":
            return {}
        if op == "lookup":
            return {"known": {word: checker.known(word) for word in request["words"]}}
        if op == "suggest":
            return {"suggestions": checker.suggest(request["word"], limit=5)}
        return {"error": f"unknown request {op!r}"}
    except Exception as exc:  # said to the window, which shows nothing flagged
        return {"error": str(exc) or type(exc).__name__}


class SpellChecker:
    """Asks the spell checker's process (started on first use), or this process."""

    def __init__(self, own_process: bool = True) -> None:
        self.own_process = own_process
        self._process: subprocess.Popen[bytes] | None = None

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        if self.own_process:
            try:
                return self._ask_process(request)
            except (OSError, ValueError):
                self.stop()
                self.own_process = False  # from now on here, the same answers
        return answer_here(request)

    def _ask_process(self, request: dict[str, Any]) -> dict[str, Any]:
        if self._process is None:
            self._process = start_helper("spell")
        pipe_in: IO[bytes] = self._process.stdin  # type: ignore[assignment]
        pipe_out: IO[bytes] = self._process.stdout  # type: ignore[assignment]
        pipe_in.write(json.dumps(request).encode("ascii") + b"\n")
        pipe_in.flush()
        line = pipe_out.readline()
        if not line:
            raise OSError("the spell checker's process ended")
        answer = json.loads(line)
        if not isinstance(answer, dict):
            raise ValueError("the spell checker's process answered something else")
        return answer

    def stop(self) -> None:
        if self._process is not None:
            try:
                self._process.kill()
                self._process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
            self._process = None


def serve() -> None:
    """The helper's side: answers one JSON line per request until its input ends."""
    for line in sys.stdin.buffer:
        try:
            request = json.loads(line)
        except ValueError:
            answer: dict[str, Any] = {"error": "not a request"}
        else:
            answer = answer_here(request)
        sys.stdout.buffer.write(json.dumps(answer).encode("ascii") + b"\n")
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    serve()
