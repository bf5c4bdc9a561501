"""reflekt at scale, measured against jrnl and a bare Qt window in the same run.

    python3 dev.py bench [--entries N] [--quick] [--runs R] [--json FILE]

(or ``.venv/bin/python benchmarks/run.py ...``). It generates a deterministic journal
(default 100,000 entries over ten years; ``--quick``: 10,000) as a reflekt journal, a
jrnl 4.6 text journal and a jrnl JSON export; installs jrnl 4.6 into
benchmarks/.jrnl-venv; then times every figure of issue #7 and prints a table
(figure, reflekt, baseline, ratio, target, pass/fail), also written as JSON.

Whole-process figures start a fresh process per run (after one untimed warm-up, so
both programs run from compiled bytecode and a warm page cache, as on a person's
machine) and report the median. jrnl's export of a large journal takes minutes, so it
runs once. Nothing touches the real home directory: reflekt gets REFLEKT_HOME, jrnl a
generated config file and HOME/XDG_* inside the work folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (a sibling module, found through the line above)
import pictures  # noqa: E402  (the same)
from heartbeat import HEARTBEAT_ACTIONS  # noqa: E402  (the same)

JRNL_VERSION = "4.6"
JRNL_VENV = HERE / ".jrnl-venv"
# REFLEKT_BENCH_WORK lets several checkouts share one set of generated journals.
WORK = Path(os.environ.get("REFLEKT_BENCH_WORK") or HERE / ".work")
TAG = "feedback"  # a tag of the feedback theme: in about one entry in six
DATE_FROM, DATE_TO = "2020-01-01", "2020-12-31"
SECTIONS = (
    "cli",
    "export",
    "import",
    "gui",
    "in_app",
    "growth",
    "heartbeat",
    "pictures",
    "spelling",
)


@dataclass
class Figure:
    name: str
    reflekt: float | None
    baseline: float | None
    unit: str
    target: str
    passed: bool | None  # None: a figure shown for context, without a target
    ratio: float | None = None
    note: str = ""


# -- the environment ------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        ram_kb = int(f.readline().split()[1])
    from importlib.metadata import version

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": version("PySide6-Essentials"),
        "pyqtgraph": version("pyqtgraph"),
        "reflekt": version("reflekt"),
        "jrnl": JRNL_VERSION,
    }


def ensure_jrnl() -> Path:
    """jrnl 4.6 in its own virtual environment (git-ignored), installed once."""
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if jrnl.exists():
        return jrnl
    print(f"Installing jrnl {JRNL_VERSION} into {JRNL_VENV} …", flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(JRNL_VENV)], check=True)
    pip = [str(JRNL_VENV / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", f"jrnl=={JRNL_VERSION}"], check=True)
    return jrnl


def base_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Both programs run as installed: from bytecode, which this setting would forbid.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    home = folder / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        REFLEKT_HOME=str(folder / "reflekt-home"),
        REFLEKT_JOURNAL=str(folder / "journal.reflekt"),
        REFLEKT_LANG="en",
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def jrnl_config(folder: Path) -> Path:
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: true\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {folder / 'jrnl.txt'}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return config


# -- the data -------------------------------------------------------------------------


def prepare(count: int) -> Path:
    """The three journals for ``count`` entries, made once and reused while the
    generator stays the same."""
    folder = WORK / str(count)
    stamp = {
        "entries": count,
        "seed": generate.SEED,
        "generator": hashlib.sha256(Path(generate.__file__).read_bytes()).hexdigest(),
    }
    marker = folder / "generated.json"
    if marker.exists() and json.loads(marker.read_text()) == stamp:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    print(f"Generating {count:,} entries …", flush=True)
    items = list(generate.entries(count))
    started = time.perf_counter()
    os.environ["REFLEKT_HOME"] = str(folder / "reflekt-home")  # backups stay in here
    generate.write_reflekt(folder / "journal.reflekt", items)
    print(f"  reflekt journal through add_many: {time.perf_counter() - started:.1f} s", flush=True)
    generate.write_jrnl_text(folder / "jrnl.txt", items)
    generate.write_jrnl_json(folder / "jrnl.json", items)
    marker.write_text(json.dumps(stamp))
    return folder


def pick_words(journal: Path, count: int) -> dict[str, list[str]]:
    """Search words by how many entries hold them, read from the full-text index."""
    conn = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'entries_fts', 'row')")
    words = [
        (term, docs)
        for term, docs in conn.execute("SELECT term, doc FROM temp.vocab")
        if term.isalpha() and len(term) >= 3
    ]
    conn.close()
    words.sort(key=lambda w: (w[1], w[0]))
    rare = [t for t, d in words if 2 <= d <= 5 and len(t) >= 7][:2]
    mid_target = count * 0.01
    mid = sorted(
        (t for t, d in words if len(t) >= 6), key=lambda t: abs(dict(words)[t] - mid_target)
    )[:2]
    common = [t for t, _ in words[-2:]][::-1]
    prefixes = [mid[0][:2] + "*", mid[0][:3] + "*", mid[0][:4] + "*", common[0][:2] + "*"]
    return {"rare": rare, "mid": mid, "common": common, "prefix": prefixes}


# -- timing ---------------------------------------------------------------------------


def run(cmd: Sequence[str], env: dict[str, str], *, stdout: Any = subprocess.DEVNULL) -> str:
    done = subprocess.run(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return done.stderr


def timed(cmd: Sequence[str], env: dict[str, str], runs: int) -> tuple[float, str]:
    """Median wall time in seconds of ``runs`` fresh processes, after one warm-up."""
    last = run(cmd, env)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        last = run(cmd, env)
        times.append(time.perf_counter() - started)
    return statistics.median(times), last


def first_paint(cmd: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"window probe failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    data = json.loads(lines[-1])
    data["ms"] = (data["painted"] - started) * 1000
    return data


# -- the figures ----------------------------------------------------------------------


def cli_figures(
    folder: Path, env: dict[str, str], jrnl: Path, words: dict[str, list[str]], runs: int
) -> list[Figure]:
    reflekt = [str(Path(sys.executable).with_name("reflekt"))]
    jrnl_cmd = [str(jrnl), "--config-file", str(jrnl_config(folder))]
    jrnl_runs = max(1, min(runs, 3))  # ~9 s each on 100k entries
    figures = []
    for group in ("rare", "mid", "common"):
        word = words[group][0]
        ours, _ = timed([*reflekt, "search", word], env, runs)
        theirs, said = timed([*jrnl_cmd, "-contains", word, "-n", "20"], env, jrnl_runs)
        figures.append(
            ratio_figure(f"CLI search, {group} word ({word!r}), best 20", ours, theirs, 50, said)
        )
    ours, _ = timed(
        [*reflekt, "list", "--tag", TAG, "--from", DATE_FROM, "--to", DATE_TO, "--limit", "0"],
        env,
        runs,
    )
    theirs, said = timed(
        [*jrnl_cmd, "-and", f"@{TAG}", "-from", DATE_FROM, "-to", DATE_TO], env, jrnl_runs
    )
    figures.append(ratio_figure(f"CLI tag + date range (@{TAG}, 2020)", ours, theirs, 50, said))
    return figures


def export_figures(
    folder: Path, env: dict[str, str], jrnl: Path, runs: int, *, with_jrnl: bool = True
) -> list[Figure]:
    reflekt = [str(Path(sys.executable).with_name("reflekt"))]
    jrnl_cmd = [str(jrnl), "--config-file", str(jrnl_config(folder))]
    out = folder / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    exports = []
    for n in range(max(1, min(runs, 3))):
        started = time.perf_counter()
        run([*reflekt, "export", "--format", "backup", "-o", str(out / f"backup{n}.json")], env)
        exports.append(time.perf_counter() - started)
    figures = []
    if with_jrnl:
        print("  jrnl --export json (once; minutes on a large journal) …", flush=True)
        started = time.perf_counter()
        run([*jrnl_cmd, "--export", "json", "--file", str(out / "jrnl-export.json")], env)
        theirs = time.perf_counter() - started
        figures.append(
            ratio_figure("Export everything to JSON", statistics.median(exports), theirs, 200, "")
        )
    else:  # a quick look at our side only, e.g. while working on the export
        ours = statistics.median(exports)
        figures.append(
            Figure(
                "Export everything to JSON (jrnl not run)",
                round(ours * 1000, 1),
                None,
                "ms",
                "≥ 200× faster",
                None,
            )
        )
    shutil.rmtree(out, ignore_errors=True)
    return figures


def import_figures(folder: Path, env: dict[str, str], runs: int) -> list[Figure]:
    reflekt = [str(Path(sys.executable).with_name("reflekt"))]
    (folder / "out").mkdir(exist_ok=True)
    try:
        return [import_figure(folder, env, reflekt, runs)]
    finally:
        shutil.rmtree(folder / "out", ignore_errors=True)


def ratio_figure(name: str, ours: float, theirs: float, at_least: float, said: str) -> Figure:
    ratio = theirs / ours
    found = [line.strip(" ┃┏┗━┓┛") for line in said.splitlines() if "found" in line]
    return Figure(
        name,
        round(ours * 1000, 1),
        round(theirs * 1000, 1),
        "ms",
        f"≥ {at_least:g}× faster",
        ratio >= at_least,
        round(ratio, 1),
        f"jrnl: {found[-1]}" if found else "",
    )


def import_figure(folder: Path, env: dict[str, str], reflekt: list[str], runs: int) -> Figure:
    from reflekt.core.journal import Journal
    from reflekt.share import safety

    source = folder / "jrnl.json"
    times = []
    for n in range(max(1, min(runs, 3))):
        target = folder / "out" / f"imported{n}.reflekt"
        size = source.stat().st_size
        with Journal.open(target) as journal:
            if size > safety.DEFAULT_MAX_BYTES:
                # As the refusal tells a person to: raise the import size limit.
                journal.set_setting(safety.MAX_BYTES_SETTING, str(size + 1))
        started = time.perf_counter()
        run([*reflekt, "--journal", str(target), "import", str(source), "--format", "jrnl"], env)
        times.append(time.perf_counter() - started)
        with Journal.open(target) as journal:
            imported = journal.count()
    return Figure(
        f"Import {imported:,} entries from jrnl JSON ({size / 1e6:.0f} MB)",
        round(statistics.median(times) * 1000, 1),
        None,
        "ms",
        "≤ 5 s",
        statistics.median(times) <= 5,
    )


def gui_figures(env: dict[str, str], runs: int) -> tuple[list[Figure], dict[str, Any]]:
    probe = [sys.executable, str(HERE / "probes.py")]
    first_paint([*probe, "bare-window"], env)  # warm-up
    first_paint([*probe, "app-window"], env)
    bare, app = [], []
    for _ in range(runs):  # alternated, so drift in the machine hits both alike
        bare.append(first_paint([*probe, "bare-window"], env))
        app.append(first_paint([*probe, "app-window"], env))
    bare_ms = statistics.median(b["ms"] for b in bare)
    app_ms = statistics.median(a["ms"] for a in app)
    bare_rss = statistics.median(max(b["rss_mb"], b["rss_settled_mb"]) for b in bare)
    app_rss = statistics.median(max(a["rss_mb"], a["rss_settled_mb"]) for a in app)
    figures = [
        Figure(
            "GUI first paint, from process start",
            round(app_ms, 1),
            round(bare_ms, 1),
            "ms",
            "≤ 1.3× bare window",
            app_ms / bare_ms <= 1.3,
            round(app_ms / bare_ms, 2),
            "baseline: QApplication + QMainWindow",
        ),
        Figure(
            "Resident memory, journal open (window shown, first page)",
            round(app_rss, 1),
            round(bare_rss, 1),
            "MB",
            "≤ 150 MB",
            app_rss <= 150,
            round(app_rss / bare_rss, 2),
            "VmRSS at first paint and 1 s later, the larger; baseline: bare window",
        ),
    ]
    return figures, {"bare": bare, "app": app}


def journal_probe(
    which: str, folder: Path, env: dict[str, str], spec: dict[str, Any]
) -> dict[str, Any]:
    """Run a probe (``probes.py which JOURNAL SPEC``) on the big journal; its JSON line."""
    cmd = [sys.executable, str(HERE / "probes.py"), which, str(folder / "journal.reflekt")]
    done = subprocess.run(
        [*cmd, json.dumps(spec)], env=env, capture_output=True, text=True, timeout=3600
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"{which} probe failed:\n{done.stdout[-1000:]}\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def in_app_figures(
    folder: Path, env: dict[str, str], words: dict[str, list[str]], runs: int
) -> tuple[list[Figure], dict[str, Any]]:
    spec = {"today": generate.LAST_DAY.isoformat(), "runs": runs, "queries": words}
    r = journal_probe("in-app", folder, env, spec)
    figures = []
    for group in ("rare", "mid", "common", "prefix", "all"):
        s = r[f"search_{group}"]
        words_note = ", ".join(words[group]) if group in words else "every query above"
        figures.append(
            Figure(
                f"In-app search as you type, {group}: p50 {s['p50']:.1f} ms",
                round(s["p95"], 1),
                None,
                "ms p95",
                "p95 ≤ 50 ms",
                s["p95"] <= 50,
                note=f"{words_note}; {s['n']} searches",
            )
        )
    figures.append(
        Figure(
            f"Growth view opening, {r['growth_period_days']} days",
            round(r["growth_open_ms"], 1),
            round(r["pyqtgraph_import_ms"], 1),
            "ms",
            "≤ 150 ms after pyqtgraph",
            r["growth_open_ms"] <= 150,
            note="baseline: importing pyqtgraph (and the charts) first",
        )
    )
    figures.append(
        Figure(
            "Report for one year (data, charts, PDF)",
            round(r["report_year_ms"], 1),
            None,
            "ms",
            "≤ 2 s",
            r["report_year_ms"] <= 2000,
        )
    )
    a = r["autosave_ms"]
    figures.append(
        Figure(
            "One autosave after a small edit",
            round(a["median"], 2),
            None,
            "ms",
            "≤ 5 ms, never while typing",
            a["median"] <= 5 and a["saves_during_typing"] == 0,
            note=(
                f"max {a['max']:.2f} ms over {a['n']}; saves while typing: "
                f"{a['saves_during_typing']}; runs on a {a['debounce_ms']} ms debounce timer"
            ),
        )
    )
    return figures, r


def spelling_figures(folder: Path, env: dict[str, str], runs: int) -> list[Figure]:
    """What spell checking adds to a keystroke in a 2,000-word entry (on against off)."""
    place = folder / "spelling"
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(parents=True)
    cmd = [sys.executable, str(HERE / "probes.py"), "spell-typing", str(place)]
    spec = {"keys": 200, "rounds": max(runs, 3)}
    done = subprocess.run(
        [*cmd, json.dumps(spec)], env=env, capture_output=True, text=True, timeout=900
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"spell-typing probe failed:\n{done.stderr[-3000:]}")
    r = json.loads(lines[-1])
    added = r["on_ms"] - r["off_ms"]
    return [
        Figure(
            "A keystroke in a 2,000-word entry, spell checking on",
            round(r["on_ms"], 2),
            round(r["off_ms"], 2),
            "ms",
            "≤ 2 ms added (median)",
            added <= 2,
            round(r["on_ms"] / r["off_ms"], 2),
            note=(
                f"added {added:.2f} ms; p95 {r['on_p95_ms']:.2f} ms (off: {r['off_p95_ms']:.2f}) "
                f"over {r['keys']} keys each; "
                f"{r['flagged']} words flagged; the check after a pause "
                f"{r['debounced_check_ms']:.1f} ms; first whole check {r['first_check_s']:.1f} s "
                "(dictionary loaded off the GUI thread); baseline: spell checking off"
            ),
        )
    ]


def heartbeat_figures(folder: Path, env: dict[str, str], runs: int) -> list[Figure]:
    """The longest stall of the window (a 10 ms heartbeat timer) for each action."""
    r = journal_probe(
        "heartbeat", folder, env, {"today": generate.LAST_DAY.isoformat(), "runs": runs}
    )
    return [
        Figure(
            f"Longest stall: {label}",
            r[key],
            None,
            "ms",
            "≤ 100 ms",
            r[key] <= 100,
            note=f"median of {runs}",
        )
        for key, label in HEARTBEAT_ACTIONS.items()
    ]


def stats_figures(folder: Path, runs: int) -> list[Figure]:
    """The growth statistics themselves (what benchmarks/bench_stats.py used to time)."""
    from reflekt.core import stats
    from reflekt.core.journal import Journal

    today = generate.LAST_DAY
    figures = []
    with Journal.open(folder / "journal.reflekt") as journal:
        for months in (12, 120):
            period = stats.Period.last_months(months, today)
            for shareable in (False, True):
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    stats.compute(journal, period, shareable_only=shareable, today=today)
                    times.append((time.perf_counter() - started) * 1000)
                which = "shareable only" if shareable else "all entries"
                figures.append(
                    Figure(
                        f"Growth statistics, {months} months, {which}",
                        round(statistics.median(times), 1),
                        None,
                        "ms",
                        "(context)",
                        None,
                    )
                )
    return figures


# -- output ---------------------------------------------------------------------------


def table(figures: list[Figure]) -> str:
    rows = [("Figure", "reflekt", "baseline", "ratio", "target", "")]
    for f in figures:
        unit = f" {f.unit}" if f.reflekt is not None else ""
        rows.append(
            (
                f.name,
                f"{f.reflekt:,}{unit}" if f.reflekt is not None else "—",
                f"{f.baseline:,} {f.unit.split()[0]}" if f.baseline is not None else "—",
                f"{f.ratio:g}×" if f.ratio is not None else "—",
                f.target,
                {True: "pass", False: "FAIL", None: ""}[f.passed],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(figures: list[dict[str, Any]]) -> str:
    """The table as Markdown, for docs/performance.md."""
    lines = [
        "| Figure | reflekt | baseline | ratio | target | |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for f in figures:
        unit = f["unit"]
        ours = f"{f['reflekt']:,} {unit}" if f["reflekt"] is not None else "—"
        base = f"{f['baseline']:,} {unit.split()[0]}" if f["baseline"] is not None else "—"
        ratio = f"{f['ratio']:g}×" if f["ratio"] is not None else "—"
        verdict = {True: "pass", False: "**missed**", None: ""}[f["passed"]]
        name = f["name"] + (f" ({f['note']})" if f["note"] else "")
        lines.append(f"| {name} | {ours} | {base} | {ratio} | {f['target']} | {verdict} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000, help="journal size (100000)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 10,000 entries")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (5)")
    parser.add_argument("--json", type=Path, help="where to write the results as JSON")
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated sections to measure, of {', '.join(SECTIONS)} (all)",
    )
    parser.add_argument("--pictures", type=int, default=pictures.PICTURES, help="(2000)")
    parser.add_argument("--picture-kb", type=int, default=pictures.PICTURE_KB, help="(512)")
    parser.add_argument(
        "--no-jrnl-export",
        action="store_true",
        help="time reflekt's export only (jrnl's takes many minutes at 100k)",
    )
    args = parser.parse_args(argv)
    count = 10_000 if args.quick else args.entries
    runs = max(1, args.runs)
    folder = prepare(count)
    env = base_env(folder)
    words = pick_words(folder / "journal.reflekt", count)
    print(f"Words: {words}", flush=True)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if only - set(SECTIONS):
        parser.error(f"--only: unknown section(s) {', '.join(sorted(only - set(SECTIONS)))}")
    sections: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("command line against jrnl", lambda: cli_figures(folder, env, ensure_jrnl(), words, runs)),
        (
            "export against jrnl",
            lambda: export_figures(
                folder, env, ensure_jrnl(), runs, with_jrnl=not args.no_jrnl_export
            ),
        ),
        ("import", lambda: import_figures(folder, env, runs)),
    ]
    details: dict[str, Any] = {}

    def gui() -> list[Figure]:
        figures, details["windows"] = gui_figures(env, runs)
        return figures

    def in_app() -> list[Figure]:
        figures, details["in_app"] = in_app_figures(folder, env, words, runs)
        return figures

    sections += [
        ("window against a bare Qt window", gui),
        ("inside the app", in_app),
        ("growth statistics", lambda: stats_figures(folder, runs)),
        ("longest stall of the window", lambda: heartbeat_figures(folder, env, runs)),
        (
            "journal with pictures",
            lambda: [Figure(**row) for row in pictures.figures(folder, env, words, runs, args)],
        ),
        ("keystroke with spell checking", lambda: spelling_figures(folder, env, runs)),
    ]
    figures: list[Figure] = []
    for key, (title, measure) in zip(SECTIONS, sections, strict=True):
        if only and key not in only:
            continue
        print(f"Measuring the {title} …", flush=True)
        figures += measure()
    print()
    print(f"reflekt at {count:,} entries — {dt.datetime.now():%Y-%m-%d %H:%M}")
    print(table(figures))
    result = {
        "entries": count,
        "runs": runs,
        "when": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "words": words,
        "figures": [asdict(f) for f in figures],
        "details": details,
    }
    target = args.json or folder / "results.json"
    target.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    target.with_suffix(".md").write_text(markdown(result["figures"]) + "\n", encoding="utf-8")
    print(f"\nWritten to {target} (and the table as {target.with_suffix('.md').name})")
    return 0 if all(f.passed is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
