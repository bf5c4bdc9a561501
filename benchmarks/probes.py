"""Measurements that run inside their own process, started by ``run.py``.

    python benchmarks/probes.py bare-window          a bare PySide6 window's first paint
    python benchmarks/probes.py app-window           reflekt's window on $REFLEKT_JOURNAL
    python benchmarks/probes.py in-app JOURNAL SPEC  search as you type, growth, report, autosave
    python benchmarks/probes.py heartbeat JOURNAL SPEC  the longest stall of the window (heartbeat.py)
    python benchmarks/probes.py spell-typing FOLDER SPEC  a keystroke's cost with spelling on/off

Each prints one line of JSON. Window probes print ``time.time()`` at the first paint
event of the main window (the parent subtracts the moment it started the process)
and the resident memory (VmRSS) then and one second later.
"""

from __future__ import annotations

import json
import os
import sys
import time


def rss_mb() -> float:
    """This process's resident memory in MB (Linux /proc; psutil is not needed)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _watch_first_paint(app: object, on_paint: object) -> object:
    """An application-wide event filter that calls ``on_paint`` at the first paint of a
    visible QMainWindow (or any widget inside one)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow, QWidget

    class Watcher(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                self.done = True
                on_paint()  # type: ignore[operator]
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def _report_and_quit(app: object, painted: float) -> None:
    from PySide6.QtCore import QTimer

    first = rss_mb()

    def finish() -> None:
        print(json.dumps({"painted": painted, "rss_mb": first, "rss_settled_mb": rss_mb()}))
        sys.stdout.flush()
        # Straight out: the probe measured what it came for, and the app's close-time
        # work (backups, settings) is not part of starting up.
        os._exit(0)

    QTimer.singleShot(1000, finish)


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("bare")
    _watcher = _watch_first_paint(app, lambda: _report_and_quit(app, time.time()))
    window.show()
    app.exec()


def app_window() -> None:
    """reflekt exactly as ``reflekt`` starts it (the journal comes from REFLEKT_JOURNAL)."""
    from reflekt.gui.app import create_application

    app = create_application()
    _watcher = _watch_first_paint(app, lambda: _report_and_quit(app, time.time()))
    from reflekt.cli import main

    sys.exit(main([]))


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def in_app(journal_path: str, spec_json: str) -> None:
    """Figures measured inside one process on the big journal (QT_QPA_PLATFORM=offscreen)."""
    import datetime as dt
    import statistics
    import tempfile
    from pathlib import Path

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reflekt.core import stats as core_stats
    from reflekt.core.journal import Journal
    from reflekt.core.report import build_report
    from reflekt.gui.app import create_application
    from reflekt.gui.editor import AUTOSAVE_MS, EntryEditor
    from reflekt.gui.entry_list import EntryListModel

    spec = json.loads(spec_json)
    today = dt.date.fromisoformat(spec["today"])
    runs = int(spec["runs"])
    create_application()
    result: dict[str, object] = {}
    journal = Journal.open(Path(journal_path))

    # -- search as you type: the model's own path (set_query -> first page of hits) --
    model = EntryListModel(journal)
    timings: dict[str, list[float]] = {}
    for group, queries in spec["queries"].items():
        for _ in range(runs):
            for query in queries:
                timings.setdefault(group, []).append(_timed(lambda q=query: model.set_query(q)))
        rows = {q: (model.set_query(q), model.rowCount())[1] for q in queries}
        result[f"rows_{group}"] = rows
    everything = [t for ts in timings.values() for t in ts]
    for group, ts in {**timings, "all": everything}.items():
        qs = statistics.quantiles(ts, n=100, method="inclusive")
        result[f"search_{group}"] = {"p50": qs[49], "p95": qs[94], "n": len(ts)}
    model.set_query("")

    # -- growth view over ten years, after pyqtgraph is loaded --
    result["pyqtgraph_import_ms"] = _timed(lambda: __import__("reflekt.gui.charts"))
    from reflekt.gui.growth_view import GrowthView

    opened = []
    for _ in range(runs):
        view: list[GrowthView] = []

        def open_view(view: list[GrowthView] = view) -> None:
            view.append(GrowthView(journal, today=lambda: today))
            view[0].resize(1100, 800)
            view[0].show()
            view[0].wait_until_ready()  # figures (computed on a worker) and charts in view
            QApplication.processEvents()  # lay out and paint once

        opened.append(_timed(open_view))
        result["growth_period_days"] = view[0].period().days
        view[0].close()
        view[0].deleteLater()
        QApplication.processEvents()
    result["growth_open_ms"] = statistics.median(opened)

    # -- the development-talk report for one year: data, charts, PDF --
    from reflekt.gui.report_pdf import export_report

    year = core_stats.Period(today.replace(year=today.year - 1) + dt.timedelta(days=1), today)
    with tempfile.TemporaryDirectory() as folder:
        made = []
        for n in range(runs):
            target = Path(folder) / f"talk{n}.pdf"

            def make(target: Path = target) -> None:
                report = build_report(journal, year, today=today)
                export_report(journal, report, target)

            made.append(_timed(make))
        result["report_year_ms"] = statistics.median(made)
        result["report_pdf_bytes"] = target.stat().st_size

    # -- one autosave after a small edit; typing itself never saves --
    editor = EntryEditor(journal)
    editor.resize(700, 600)
    editor.show()
    entry = journal.list(limit=1).entries[0]
    editor.load(entry)
    saves: list[float] = []
    written = [0]
    editor.saved.connect(lambda *_: written.__setitem__(0, written[0] + 1))
    saved_while_typing = 0
    for n in range(max(runs, 5) * 2):
        before = written[0]
        QTest.keyClicks(editor.body, f" edit{n}")  # a person typing, key by key
        saved_while_typing += written[0] - before
        pending = editor._timer.isActive()  # the debounce timer holds the save
        saves.append(_timed(editor.save))  # what the timer (or leaving the field) runs
        if not pending or written[0] != before + 1:
            raise SystemExit("typing did not leave exactly one save to the autosave timer")
    editor.close()
    journal.update(entry.id, body=entry.body)  # leave the benchmark journal as it was
    result["autosave_ms"] = {
        "median": statistics.median(saves),
        "max": max(saves),
        "n": len(saves),
        "saves_during_typing": saved_while_typing,
        "debounce_ms": AUTOSAVE_MS,
    }
    result["rss_mb"] = rss_mb()
    journal.close()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


def spell_typing(folder: str, spec_json: str) -> None:
    """The cost spell checking adds to one keystroke in a 2,000-word entry.

    Keystrokes (a letter, then Backspace, so the text stays the same) go to the middle
    of a paragraph on screen, each timed with the event loop's work it causes (the
    highlighter, layout, paint), in rounds alternating spell checking on and off;
    between rounds the debounced check runs and its answers come back (not timed).
    """
    import random
    import statistics
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reflekt.core.journal import Journal
    from reflekt.gui.app import create_application
    from reflekt.gui.editor import EntryEditor
    from reflekt.gui.spell_service import service

    spec = json.loads(spec_json)
    keys, rounds = int(spec["keys"]), int(spec["rounds"])
    create_application()
    rng = random.Random(19)
    prose = (
        "the team met on Monday to talk about the release and what we learned from it "
        "our colleague showed how she plans a workshop with clear goals and short notes "
        "feedback came late so next time we will ask for it earlier in the sprint "
        "recieve collegue mesage definately seperate occured tommorow wich"
    )
    vocabulary = prose.split(" ")
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(100)) for _ in range(20)]
    body = "\n".join(paragraphs)
    assert len(body.split()) == 2000
    started = time.perf_counter()
    journal = Journal.open(Path(folder) / "spelling.reflekt")
    entry = journal.add(body, title="Two thousand words")
    editor = EntryEditor(journal)
    editor.resize(800, 900)
    editor.show()
    editor.load(entry)
    spelling = editor.spelling

    def settle(seconds: float = 0.45) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or not service().idle():
            QApplication.processEvents()
            time.sleep(0.005)

    settle()
    first_check_s = time.perf_counter() - started
    flagged = sum(len(b.layout().formats()) for b in spelling.body.blocks())
    block = editor.body.document().findBlockByNumber(1)
    cursor = editor.body.textCursor()
    cursor.setPosition(block.position() + block.length() // 2)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()

    def one_round() -> list[float]:
        times = []
        for n in range(keys):
            key = Qt.Key.Key_Backspace if n % 2 else Qt.Key.Key_A
            t0 = time.perf_counter()
            QTest.keyClick(editor.body, key)
            QApplication.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
        return times

    on: list[float] = []
    off: list[float] = []
    for _ in range(rounds):
        for enabled, into in ((True, on), (False, off)):
            journal.spelling.set_enabled(enabled)
            spelling.settings_changed()
            settle()
            into += one_round()
            settle()
    journal.spelling.set_enabled(True)
    spelling.settings_changed()
    settle()
    checks = []
    for n in range(keys // 10):
        QTest.keyClicks(editor.body, f" wrod{n}")
        t0 = time.perf_counter()
        spelling.check_now()  # what the debounce timer runs once typing pauses
        checks.append((time.perf_counter() - t0) * 1000)
        settle(0.05)
    editor.close()
    journal.close()
    print(
        json.dumps(
            {
                "on_ms": statistics.median(on),
                "off_ms": statistics.median(off),
                "on_p95_ms": statistics.quantiles(on, n=20)[18],
                "off_p95_ms": statistics.quantiles(off, n=20)[18],
                "keys": len(on),
                "first_check_s": first_check_s,
                "flagged": flagged,
                "debounced_check_ms": statistics.median(checks),
            }
        )
    )
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "bare-window":
        bare_window()
    elif what == "app-window":
        app_window()
    elif what == "in-app":
        in_app(sys.argv[2], sys.argv[3])
    elif what == "spell-typing":
        spell_typing(sys.argv[2], sys.argv[3])
    elif what == "heartbeat":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from heartbeat import heartbeat

        heartbeat(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
