"""`reflekt` as a process: a command that only reads ends without tearing the
interpreter down, and must still hand over every byte of its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflekt.core.journal import Journal

MANY = 3000  # far more output than any pipe buffer holds


@pytest.fixture
def big_journal(tmp_path: Path) -> Path:
    path = tmp_path / "big.reflekt"
    with Journal.open(path) as journal:
        journal.add_many(
            {"title": f"Lesson number {n} about åäö and feedback", "body": "x", "tags": ["t"]}
            for n in range(MANY)
        )
    return path


def _reflekt(journal: Path, *args: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "REFLEKT_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "reflekt", "--journal", str(journal), *args],
        env=env,
        capture_output=True,
        timeout=120,
    )


def test_every_line_of_a_long_listing_arrives(big_journal: Path, tmp_path: Path) -> None:
    done = _reflekt(big_journal, "list", "--limit", "0", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == MANY
    assert lines[-1].rstrip().endswith("#t")
    assert done.stderr == b""


def test_a_json_listing_arrives_whole(big_journal: Path, tmp_path: Path) -> None:
    done = _reflekt(big_journal, "search", "feedback", "--limit", "0", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == MANY


def test_exit_codes_are_kept(big_journal: Path, tmp_path: Path) -> None:
    assert _reflekt(big_journal, "show", "ffffffff", home=tmp_path).returncode == 2
    missing = tmp_path / "nothing-here.reflekt"
    done = _reflekt(missing, "list", home=tmp_path)
    assert done.returncode == 2
    assert not missing.exists(), "a read command never creates a journal"


def test_a_write_after_reads_is_saved(big_journal: Path, tmp_path: Path) -> None:
    assert _reflekt(big_journal, "add", "Written last", home=tmp_path).returncode == 0
    done = _reflekt(big_journal, "search", "written", "--json", home=tmp_path)
    assert [hit["body"] for hit in json.loads(done.stdout)] == ["Written last"]


def test_a_reader_that_leaves_early_gets_no_error(big_journal: Path, tmp_path: Path) -> None:
    env = {**os.environ, "REFLEKT_HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "-m", "reflekt", "--journal", str(big_journal), "list", "--limit", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert app.stdout is not None and app.stderr is not None
    first = app.stdout.readline()
    app.stdout.close()  # like `reflekt list | head -1`
    assert app.wait(timeout=60) == 0
    assert b"Lesson number" in first
    assert app.stderr.read() == b""


def test_a_read_with_its_error_stream_closed_still_succeeds(
    big_journal: Path, tmp_path: Path
) -> None:
    """As from cron or `2>&-`: Python then has no sys.stderr at all."""
    env = {**os.environ, "REFLEKT_HOME": str(tmp_path)}
    command = f'"{sys.executable}" -m reflekt --journal "{big_journal}" list --limit 3 2>&-'
    done = subprocess.run(["sh", "-c", command], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0
    assert len(done.stdout.decode("utf-8").splitlines()) == 3


def test_commands_that_write_files_end_the_ordinary_way() -> None:
    from reflekt.cli import QUICK_EXIT

    assert not QUICK_EXIT & {"add", "edit", "backup", "chart", "report", "export", "import"}
    assert not QUICK_EXIT & {"init", "restore", "recover", "encrypt", "decrypt", "passphrase"}
