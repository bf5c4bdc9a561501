"""Promise: a hostile environment (huge or strange input, odd paths, read-only files,
a full disk) gets a plain message, never a traceback, and loses nothing."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.errors import DiskFull, InvalidInput

from .conftest import Cli

# -- input -------------------------------------------------------------------------


def test_a_10_mb_entry_is_refused_plainly_and_nothing_is_written(cli: Cli) -> None:
    cli.ok("add", "before")
    huge = ("Lång text med åäö. " * 600_000).encode()  # ~12 MB
    assert len(huge) > 10_000_000
    cli.fails("add", "-", stdin=huge, match="too long")
    assert json.loads(cli.ok("list", "--json"))[0]["body"] == "before"
    assert len(json.loads(cli.ok("list", "--json"))) == 1


def test_a_large_entry_within_the_limit_is_kept_whole(cli: Cli) -> None:
    big = "Ett långt stycke om återkoppling.\n" * 100_000  # ~3.5 MB
    entry_id = cli.ok("add", "-", stdin=big.encode()).strip()
    assert json.loads(cli.ok("show", entry_id, "--json"))["body"] == big


def test_control_characters_are_kept_exactly(cli: Cli) -> None:
    text = "bell\x07 nul\x00 esc\x1b[31m red cr\r del\x7f tab\t end"
    entry_id = cli.ok("add", "-", stdin=text.encode()).strip()
    assert json.loads(cli.ok("show", entry_id, "--json"))["body"] == text
    cli.fails("add", "x", "--tag", "bad\x1btag", match="control characters")


def test_invalid_utf8_on_stdin_is_refused_plainly(cli: Cli) -> None:
    cli.ok("add", "before")
    cli.fails("add", "-", stdin=b"caf\xe9 \xff\xfe broken", match="not UTF-8")
    assert len(json.loads(cli.ok("list", "--json"))) == 1


def test_unicode_and_spaces_in_paths(tmp_path: Path, capsys, monkeypatch) -> None:
    home = tmp_path / "Min hemkatalog – åäö ☃"
    monkeypatch.setenv("REFLEKT_HOME", str(home))
    (tmp_path / "Mina anteckningar 2026").mkdir()
    cli = Cli(tmp_path / "Mina anteckningar 2026" / "dag bok ✍.reflekt", capsys, monkeypatch)
    entry_id = cli.ok("add", "Återkoppling från Åsa").strip()
    assert "Återkoppling" in cli.ok("search", "aterkoppling")
    cli.ok("backup")
    assert "manual" in cli.ok("backups")
    copy = tmp_path / "säkerhets kopia ☂.reflekt"
    cli.ok("backup", "-o", str(copy))
    cli.ok("delete", entry_id)
    cli.ok("trash", "empty")
    cli.ok("restore", str(copy))
    assert "Återkoppling" in cli.ok("list")
    assert "is sound" in cli.ok("check")


# -- read-only files and folders ------------------------------------------------------

# Run as root, file permissions mean nothing; the CLI then runs in a child that drops to
# the "nobody" user once Python and reflekt are loaded (nobody cannot read root's Python).
UNPRIVILEGED = """
import importlib.metadata, os, sys
import reflekt.cli, reflekt.cli.parser, reflekt.cli.trust
from reflekt.core.storage.migrations import known_steps
known_steps()
reflekt.cli.parser.build_parser()
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
sys.exit(reflekt.cli.main(sys.argv[1:]))
"""


def run_unprivileged(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REFLEKT_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", UNPRIVILEGED, *args], capture_output=True, text=True, env=env
    )


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged child can reach (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="reflekt-ro-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for p in folder.rglob("*"):
            with contextlib.suppress(OSError):
                p.chmod(0o777)
        shutil.rmtree(folder, ignore_errors=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_journal(folder: Path) -> Path:
    path = folder / "journal.reflekt"
    with Journal.open(path) as j:
        j.add("written while it was still writable")
    return path


def hand_over(*files: Path) -> None:
    """Make ``files`` the unprivileged child's own (it refuses a journal that is not)."""
    if os.geteuid() == 0:
        for f in files:
            os.chown(f, 65534, 65534)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_journal_or_folder_gives_a_plain_message(shared_dir: Path, what: str) -> None:
    folder = shared_dir / "journals"
    folder.mkdir()
    path = make_journal(folder)
    hand_over(folder, path)
    if what == "file":
        path.chmod(0o444)
        folder.chmod(0o755)
    else:
        path.chmod(0o600)
        folder.chmod(0o555)
    before = digest(path)
    result = run_unprivileged("--journal", str(path), "add", "new", home=shared_dir / "home")
    assert result.returncode == 2, result
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert digest(path) == before
    if what == "file":  # reading still works when only the file is read-only
        listed = run_unprivileged("--journal", str(path), "list", home=shared_dir / "home")
        assert listed.returncode == 0, listed.stderr
        assert "written while it was still writable" in listed.stdout


def test_backup_to_a_read_only_folder_gives_a_plain_message(shared_dir: Path) -> None:
    mine = shared_dir / "mine"
    mine.mkdir(mode=0o700)
    path = make_journal(mine)
    hand_over(mine, path)
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    result = run_unprivileged(
        "--journal", str(path), "backup", "-o", str(locked / "b.reflekt"), home=shared_dir / "h"
    )
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "may write" in result.stderr or "read-only" in result.stderr


# -- a full disk ------------------------------------------------------------------------


def test_full_journal_refuses_the_write_and_keeps_everything_else(journal: Journal) -> None:
    kept = [journal.add(f"entry {n} " * 50).id for n in range(20)]
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(DiskFull, match="Free some space"):
        journal.add("a long new entry " * 5000)
    with pytest.raises(DiskFull):
        journal.add_many({"body": "more " * 5000} for _ in range(5))
    assert [e.id for e in journal.iter_entries()][::-1] == kept
    journal.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    journal.add("after freeing space")
    assert journal.count() == 21
    assert journal.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_in_the_cli_is_a_plain_message(cli: Cli, monkeypatch) -> None:
    cli.ok("add", "first")
    real_connect = storage.connect_keyed

    def small_disk(*args, **kwargs):
        conn, key = real_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn, key

    monkeypatch.setattr(storage, "connect_keyed", small_disk)
    cli.fails("add", "-", stdin=("big " * 200_000).encode(), match="is full")
    monkeypatch.undo()
    assert "first" in cli.ok("list")
    assert "is sound" in cli.ok("check")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="mounting a tiny filesystem needs root; the max_page_count tests above cover it",
)
def test_a_really_full_filesystem(tmp_path: Path, capsys, monkeypatch) -> None:
    mount = tmp_path / "tiny"
    mount.mkdir()
    # Room for a new journal's schema steps in the WAL (~360 KB) and a few entries; the
    # 24 KB entries below fill the rest within a dozen adds.
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=700", "tmpfs", str(mount)]
    ).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        cli = Cli(mount / "journal.reflekt", capsys, monkeypatch)
        cli.ok("add", "the first entry")
        failed = None
        for n in range(200):
            code, _, err = cli("add", "-", stdin=(f"entry {n} " * 3000).encode())
            if code:
                failed = err
                break
        assert failed is not None, "the disk never filled up"
        assert "full" in failed and "Traceback" not in failed
        assert "the first entry" in cli.ok("list", "--limit", "0")
        assert "is sound" in cli.ok("check")
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_input_errors_are_reflekt_errors(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add("x", tags=["a\x00b"])
