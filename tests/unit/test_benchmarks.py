"""The benchmark tools keep working: the generator, its three journals, the word picker
and the measuring probes, on a journal small enough for the test run.

The timings themselves live in ``benchmarks/`` (``python3 dev.py bench``); these tests
only make sure that what the benchmark compares is the same entries on both sides and
that every probe still runs against the current app.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Cli

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
COUNT = 300


@pytest.fixture
def generate(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import generate

    return generate


@pytest.fixture
def journals(generate, tmp_path: Path) -> Path:
    items = list(generate.entries(COUNT))
    generate.write_reflekt(tmp_path / "journal.reflekt", items)
    generate.write_jrnl_text(tmp_path / "jrnl.txt", items)
    generate.write_jrnl_json(tmp_path / "jrnl.json", items)
    return tmp_path


def test_the_same_seed_gives_the_same_entries(generate) -> None:
    first = [e.reflekt_item() for e in generate.entries(40)]
    again = [e.reflekt_item() for e in generate.entries(40)]
    other = [e.reflekt_item() for e in generate.entries(40, seed=generate.SEED + 1)]
    assert first == again
    assert first != other
    days = [item["day"] for item in first]
    assert days == sorted(days), "oldest first"


def test_the_three_journals_hold_the_same_entries(
    journals: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = Cli(journals / "journal.reflekt", capsys, monkeypatch)
    assert len(ours.json("list", "--limit", "0")) == COUNT  # type: ignore[arg-type]

    headers = re.findall(
        r"^\[\d{4}-\d\d-\d\d \d\d:\d\d\] ", (journals / "jrnl.txt").read_text(), re.M
    )
    assert len(headers) == COUNT
    exported = json.loads((journals / "jrnl.json").read_text(encoding="utf-8"))
    assert len(exported["entries"]) == COUNT

    # The jrnl JSON export is what the import benchmark reads: every entry comes in.
    imported = Cli(journals / "imported.reflekt", capsys, monkeypatch)
    imported.ok("import", str(journals / "jrnl.json"), "--format", "jrnl")
    assert len(imported.json("list", "--limit", "0")) == COUNT  # type: ignore[arg-type]


def test_picked_words_are_found_as_their_group_says(
    generate, journals: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import run

    words = run.pick_words(journals / "journal.reflekt", COUNT)
    assert set(words) == {"rare", "mid", "common", "prefix"}
    ours = Cli(journals / "journal.reflekt", capsys, monkeypatch)
    text = (journals / "jrnl.txt").read_text(encoding="utf-8").lower()
    for word in words["rare"]:
        hits = ours.json("search", word, "--limit", "0")
        assert 2 <= len(hits) <= 5, word  # type: ignore[arg-type]
        assert word in text, "jrnl's journal holds the same word"
    common = ours.json("search", words["common"][0], "--limit", "0")
    assert len(common) > COUNT // 3  # type: ignore[arg-type]


def _probe(*args: str, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(BENCH / "probes.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1])


@pytest.mark.parametrize("which", ["bare-window", "app-window"])
def test_window_probes_report_a_first_paint(journals: Path, tmp_path: Path, which: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REFLEKT_HOME": str(tmp_path / "home"),
        "REFLEKT_JOURNAL": str(journals / "journal.reflekt"),
        "REFLEKT_LANG": "en",
    }
    result = _probe(which, env=env)
    assert result["painted"] > 0
    assert 10 < result["rss_mb"] < 1000  # type: ignore[operator]


def test_in_app_probe_measures_every_figure(generate, journals: Path, tmp_path: Path) -> None:
    import run

    words = run.pick_words(journals / "journal.reflekt", COUNT)
    spec = {"today": generate.LAST_DAY.isoformat(), "runs": 1, "queries": words}
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REFLEKT_HOME": str(tmp_path / "home"),
        "REFLEKT_LANG": "en",
    }
    from reflekt.core.journal import Journal

    def newest_body() -> str:
        with Journal.open(journals / "journal.reflekt") as journal:
            return journal.list(limit=1).entries[0].body

    before = newest_body()
    result = _probe("in-app", str(journals / "journal.reflekt"), json.dumps(spec), env=env)
    assert newest_body() == before, "the autosave probe puts the edited entry back"
    for group in ("rare", "mid", "common", "prefix", "all"):
        assert result[f"search_{group}"]["n"] > 0  # type: ignore[index]
    assert all(rows > 0 for rows in result["rows_rare"].values())  # type: ignore[union-attr]
    assert result["growth_period_days"] > 3000  # type: ignore[operator]
    assert result["report_pdf_bytes"] > 1000  # type: ignore[operator]
    assert result["autosave_ms"]["saves_during_typing"] == 0  # type: ignore[index]


def test_heartbeat_probe_measures_every_stall(generate, journals: Path, tmp_path: Path) -> None:
    import run

    spec = {"today": generate.LAST_DAY.isoformat(), "runs": 1}
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REFLEKT_HOME": str(tmp_path / "home"),
        "REFLEKT_LANG": "en",
    }
    from reflekt.core.journal import Journal

    def state() -> tuple[int, str]:
        with Journal.open(journals / "journal.reflekt") as journal:
            return journal.count(), journal.list(limit=1).entries[0].id

    before = state()
    result = _probe("heartbeat", str(journals / "journal.reflekt"), json.dumps(spec), env=env)
    assert state() == before, "the probe leaves the journal as it found it"
    for key in run.HEARTBEAT_ACTIONS:
        assert 5 <= result[key] < 60_000, key  # at least one beat's gap was measured
    assert result["report_pdf_bytes"] > 1000


def test_the_pictures_row_compares_the_same_journal_with_and_without_pictures(
    generate, journals: Path, tmp_path: Path
) -> None:
    import pictures
    import run

    from reflekt.core.journal import Journal

    made = pictures.prepare(journals / "journal.reflekt", tmp_path / "pictures", 6, 16)
    with_path, without_path = made
    with Journal.open(with_path) as journal:
        kept = journal.pictures.all()
        assert len(kept) == 6 and all(p.size == 16 * 1024 for p in kept)
        marked = [h for h in journal.iter_headlines() if h.pictures]
        assert len(marked) == 6
        with_texts = {e.id: e.body for e in journal.iter_entries()}
    with Journal.open(without_path) as journal:
        assert journal.pictures.all() == []
        assert not any(h.pictures for h in journal.iter_headlines())
        # The same text on both sides: only the pictures differ.
        assert {e.id: e.body for e in journal.iter_entries()} == with_texts
    assert pictures.prepare(journals / "journal.reflekt", tmp_path / "pictures", 6, 16) == made

    env = {**run.base_env(tmp_path / "bench"), "REFLEKT_LANG": "en"}
    words = run.pick_words(journals / "journal.reflekt", COUNT)
    result = pictures.measure(with_path, without_path, env, words["common"], 1)
    rows = pictures.rows(result, 6)
    assert len(rows) == 5
    for row in rows:
        assert row["reflekt"] > 0 and row["baseline"] > 0
        assert row["ratio"] > 0 and row["passed"] is (row["ratio"] <= pictures.TARGET)
        run.Figure(**row)  # what run.py makes of them
    assert result["size_mb"]["with"] > result["size_mb"]["without"]


def test_spell_typing_probe_measures_keystrokes_on_and_off(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REFLEKT_HOME": str(tmp_path / "home"),
        "REFLEKT_LANG": "en",
    }
    (tmp_path / "spelling").mkdir()
    spec = {"keys": 20, "rounds": 1}
    result = _probe("spell-typing", str(tmp_path / "spelling"), json.dumps(spec), env=env)
    assert result["keys"] == 20
    assert result["off_ms"] > 0 and result["on_ms"] > 0  # type: ignore[operator]
    assert result["flagged"] > 100  # the entry's misspelt words were underlined
