"""The spell checker's slow work off the GUI thread: loading a dictionary, looking
words up, finding suggestions. A worker thread hands each job to the spell checker's
own process (gui/spell_process.py: spylls there shares no interpreter lock with the
window) and waits for its answer.

Measured with spylls 0.1.7 on the development machine (docs/performance.md,
"Spell checking"): loading a dictionary takes 1.3-1.4 s, a lookup 0.02-3.5 ms per word
(Swedish compounds the slowest), a suggestion 90-180 ms. None of that may happen
while a person types, so the GUI thread only ever reads the answers cached here
(``status``) and asks for the rest (``want``); answers come back as signals, and the
highlighters repaint the words they concern. Until a language is loaded, every word
is "not known yet" and nothing is flagged.

One worker serves the whole window (a dictionary is loaded once per language and
shared): suggestions for an open menu go first, then the words on screen, then the
rest of the text.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from reflekt.gui.spell_process import SpellChecker

log = logging.getLogger(__name__)

# Queue priorities: lower goes first.
SUGGEST, LOAD, VISIBLE, REST = 0, 1, 2, 3
BATCH = 24  # words per lookup job: a suggestion asked for meanwhile waits one batch at most
OWN_PROCESS = True  # spylls in a process of its own (gui/spell_process.py says why)


class _Bridge(QObject):
    """Carries the worker's answers to the GUI thread (queued across threads)."""

    loaded = Signal(str)
    failed = Signal(str, str)
    looked_up = Signal(str, object)  # lang, {word: known}
    suggested = Signal(str, str, object)  # lang, word, [suggestions]


class _Worker(threading.Thread):
    def __init__(self, bridge: _Bridge) -> None:
        super().__init__(name="reflekt-spelling", daemon=True)
        self.jobs: queue.PriorityQueue[tuple[int, int, str, Any]] = queue.PriorityQueue()
        self.bridge = bridge
        self._order = itertools.count()
        self.checker = SpellChecker(own_process=OWN_PROCESS)

    def put(self, priority: int, kind: str, payload: Any) -> None:
        self.jobs.put((priority, next(self._order), kind, payload))

    def run(self) -> None:
        while True:
            _, _, kind, payload = self.jobs.get()
            try:
                self._do(kind, payload)
            except Exception as exc:  # a dictionary that cannot be read is not a crash
                log.exception("spell checking: %s %r failed", kind, payload)
                if kind == "load":
                    self._emit(self.bridge.failed, payload, str(exc))

    def _do(self, kind: str, payload: Any) -> None:
        if kind == "load":
            self._ask({"op": "load", "lang": payload})
            self._emit(self.bridge.loaded, payload)
        elif kind == "lookup":
            lang, words = payload
            known = self._ask({"op": "lookup", "lang": lang, "words": words})["known"]
            self._emit(self.bridge.looked_up, lang, {w: bool(known.get(w)) for w in words})
        elif kind == "suggest":
            lang, word = payload
            found = self._ask({"op": "suggest", "lang": lang, "word": word})["suggestions"]
            self._emit(self.bridge.suggested, lang, word, [str(s) for s in found])

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        answer = self.checker.ask(request)
        if "error" in answer:
            raise RuntimeError(answer["error"])
        return answer

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the application is going away
            signal.emit(*args)


class SpellService(QObject):
    """Cached answers per language and word; the slow work queued on the worker."""

    loaded = Signal(str)  # lang: its words can be looked up from now on
    checked = Signal(str, object)  # lang, {word: known}: newly known answers
    unavailable = Signal(str, str)  # lang, why (its dictionary could not be loaded)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.loaded.connect(self._loaded, queued)
        self._bridge.failed.connect(self._failed, queued)
        self._bridge.looked_up.connect(self._looked_up, queued)
        self._bridge.suggested.connect(self._suggested, queued)
        self._worker: _Worker | None = None
        self._ready: set[str] = set()
        self._loading: set[str] = set()
        self._broken: dict[str, str] = {}
        self._answers: dict[str, dict[str, bool]] = {}
        self._asked: dict[str, set[str]] = {}
        self._suggestions: dict[tuple[str, str], list[str]] = {}
        self._waiting: dict[tuple[str, str], list[Callable[[list[str]], None]]] = {}

    # -- asking ------------------------------------------------------------------

    def _put(self, priority: int, kind: str, payload: Any) -> None:
        if self._worker is None:
            self._worker = _Worker(self._bridge)
            self._worker.start()
        self._worker.put(priority, kind, payload)

    def load(self, lang: str) -> None:
        """Load ``lang``'s dictionary in the background (once); ``loaded`` says when."""
        if lang in self._ready or lang in self._loading or lang in self._broken:
            return
        self._loading.add(lang)
        self._put(LOAD, "load", lang)

    def is_ready(self, lang: str) -> bool:
        return lang in self._ready

    def problem(self, lang: str) -> str:
        """Why ``lang`` cannot be checked, or ""."""
        return self._broken.get(lang, "")

    def idle(self) -> bool:
        """Nothing loading, looked up or suggested right now (tests and benchmarks)."""
        return not self._loading and not any(self._asked.values()) and not self._waiting

    def status(self, lang: str, word: str) -> bool | None:
        """True known, False misspelt, None not looked up yet (never flagged)."""
        answers = self._answers.get(lang)
        return None if answers is None else answers.get(word)

    def want(self, lang: str, words: Iterable[str], *, visible: bool = False) -> None:
        """Look ``words`` up in the background (those not answered or asked already)."""
        if lang not in self._ready:
            return
        answers = self._answers.setdefault(lang, {})
        asked = self._asked.setdefault(lang, set())
        new = [w for w in dict.fromkeys(words) if w not in answers and w not in asked]
        asked.update(new)
        for start in range(0, len(new), BATCH):
            self._put(VISIBLE if visible else REST, "lookup", (lang, new[start : start + BATCH]))

    def suggest(self, lang: str, word: str, answer: Callable[[list[str]], None]) -> None:
        """Call ``answer`` with up to five suggestions, now if known, else when found."""
        key = (lang, word)
        if key in self._suggestions:
            answer(self._suggestions[key])
            return
        if lang not in self._ready:
            answer([])
            return
        first = key not in self._waiting
        self._waiting.setdefault(key, []).append(answer)
        if first:
            self._put(SUGGEST, "suggest", key)

    # -- answers (on the GUI thread) --------------------------------------------------

    def _loaded(self, lang: str) -> None:
        self._loading.discard(lang)
        self._ready.add(lang)
        self.loaded.emit(lang)

    def _failed(self, lang: str, why: str) -> None:
        self._loading.discard(lang)
        self._broken[lang] = why
        self.unavailable.emit(lang, why)

    def _looked_up(self, lang: str, found: dict[str, bool]) -> None:
        self._answers.setdefault(lang, {}).update(found)
        self._asked.get(lang, set()).difference_update(found)
        self.checked.emit(lang, found)

    def _suggested(self, lang: str, word: str, found: list[str]) -> None:
        self._suggestions[(lang, word)] = found
        for answer in self._waiting.pop((lang, word), []):
            answer(found)


_service: dict[str, SpellService] = {}


def service() -> SpellService:
    """The process's one spell service (made on first use, on the GUI thread)."""
    if "one" not in _service:
        _service["one"] = SpellService(QCoreApplication.instance())
    return _service["one"]
