"""Promise: reflekt keeps a journal only where nobody else can change it, refuses a pipe
or device as a journal at once, and says plainly when its folder cannot be written.
``--max-size`` applies to the one import it is given to."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.errors import NotAJournal, UnsafePlace
from reflekt.share import safety

from .conftest import Cli

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HAS_SETPRIV = shutil.which("setpriv") is not None
as_another_user = pytest.mark.skipif(
    not (ROOT and HAS_SETPRIV), reason="needs root and setpriv to run as another user"
)
STRANGER = 4242  # a user id that is neither root nor nobody


def reflekt(
    *args: str, home: Path, user: bool = True, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the real command, as ``nobody`` when the tests run as root."""
    command = [sys.executable, "-m", "reflekt", *args]
    if user and ROOT:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = {**os.environ, "REFLEKT_HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)


@pytest.fixture
def place() -> Iterator[Path]:
    """A folder the unprivileged child can reach (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="reflekt-place-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def nobody_owns(*paths: Path) -> None:
    for p in paths:
        os.chown(p, 65534, 65534)


def plain_refusal(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode == 2, result
    assert phrase in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


# -- a pipe or a device as the journal -------------------------------------------------


def test_a_fifo_as_the_journal_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "journal.reflekt"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = reflekt("--journal", str(fifo), "list", home=tmp_path / "home", user=False, timeout=20)
    assert time.monotonic() - started < 15
    plain_refusal(result, "not an ordinary file")
    with pytest.raises(NotAJournal, match="cannot be a journal"):
        Journal.open(fifo)
    assert fifo.is_fifo()


def test_a_device_as_the_journal_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAJournal, match="not an ordinary file"):
        Journal.open(Path("/dev/zero"))


# -- where the journal lives -----------------------------------------------------------


@as_another_user
def test_a_world_writable_data_folder_is_refused_with_the_fix(place: Path) -> None:
    folder = place / "journals"
    folder.mkdir()
    nobody_owns(folder)
    folder.chmod(0o777)
    journal = folder / "journal.reflekt"
    result = reflekt("--journal", str(journal), "add", "secret", home=place / "home")
    plain_refusal(result, f"chmod 700 {folder}")
    assert not journal.exists(), "no journal is made there"
    folder.chmod(0o700)  # the fix it names works
    assert reflekt("--journal", str(journal), "add", "secret", home=place / "home").returncode == 0
    assert journal.exists()


@as_another_user
def test_a_group_writable_default_data_folder_is_refused(place: Path) -> None:
    home = place / "home"
    (home / "data").mkdir(parents=True)
    nobody_owns(home, home / "data")
    (home / "data").chmod(0o770)
    result = reflekt("add", "secret", home=home)
    plain_refusal(result, "chmod 700")
    assert not any((home / "data").iterdir())


@as_another_user
def test_a_folder_owned_by_another_user_is_refused(place: Path) -> None:
    folder = place / "theirs"
    folder.mkdir(mode=0o755)
    os.chown(folder, STRANGER, STRANGER)
    folder.chmod(0o757)  # they let others create files in it
    result = reflekt("--journal", str(folder / "j.reflekt"), "add", "x", home=place / "home")
    plain_refusal(result, "belongs to another user")
    assert not (folder / "j.reflekt").exists()


@as_another_user
def test_a_0666_journal_made_by_another_user_is_not_used(place: Path) -> None:
    folder = place / "mine"
    folder.mkdir(mode=0o700)
    journal = folder / "journal.reflekt"
    with Journal.open(journal) as j:
        j.add("planted")
    nobody_owns(folder)
    os.chown(journal, STRANGER, STRANGER)
    journal.chmod(0o666)
    before = journal.read_bytes()
    result = reflekt("--journal", str(journal), "add", "my secret", home=place / "home")
    plain_refusal(result, "belongs to another user")
    assert journal.read_bytes() == before
    # Their own journal, but open to everyone: refused with the chmod that fixes it.
    nobody_owns(journal)
    result = reflekt("--journal", str(journal), "add", "my secret", home=place / "home")
    plain_refusal(result, f"chmod 600 {journal}")
    assert journal.read_bytes() == before


def test_the_checks_raise_unsafe_place_in_process(tmp_path: Path) -> None:
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o757)
    with pytest.raises(UnsafePlace, match="chmod 700"):
        Journal.open(folder / "journal.reflekt")
    assert not (folder / "journal.reflekt").exists()
    folder.chmod(0o700)
    with Journal.open(folder / "journal.reflekt") as j:
        j.add("fine now")


@as_another_user
def test_a_read_only_data_folder_gets_a_plain_message(place: Path) -> None:
    home = place / "home"
    home.mkdir()
    nobody_owns(home)
    home.chmod(0o555)  # the data folder cannot be made inside it
    result = reflekt("add", "hello", home=home)
    plain_refusal(result, "cannot create the folder")
    assert "read-only" in result.stderr
    assert list(home.iterdir()) == []


@as_another_user
@pytest.mark.parametrize("named", ["journal", "home"])
def test_a_folder_that_cannot_be_entered_gets_a_plain_message(place: Path, named: str) -> None:
    closed = place / "closed"
    closed.mkdir(mode=0o700)  # root's: nobody may not go in
    if named == "journal":
        result = reflekt("--journal", str(closed / "j.reflekt"), "list", home=place / "h")
    else:
        result = reflekt("add", "hello", home=closed / "home")
    plain_refusal(result, "may not open the folder")
    assert list(closed.iterdir()) == []


def test_a_journal_others_can_read_is_made_private_again(cli: Cli) -> None:
    cli.ok("add", "a first thought")
    for name in (cli.journal, Path(f"{cli.journal}-wal")):
        if name.exists():
            name.chmod(0o644)  # as an older reflekt, a copy or an unpacked archive left it
    cli.ok("add", "a second thought")
    assert stat.S_IMODE(cli.journal.stat().st_mode) == 0o600
    for side in ("-wal", "-shm"):
        other = Path(f"{cli.journal}{side}")
        if other.exists():
            assert stat.S_IMODE(other.stat().st_mode) & 0o077 == 0, side


# -- --max-size is for one import ----------------------------------------------------------


def _jrnl(path: Path, count: int) -> Path:
    entries = [
        {"date": "2026-01-02", "time": "09:00", "title": f"t{n}", "body": "x" * 50, "tags": []}
        for n in range(count)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}))
    return path


def test_max_size_is_not_stored_and_a_huge_one_is_no_huge_allocation(
    cli: Cli, tmp_path: Path
) -> None:
    cli.ok("import", str(_jrnl(tmp_path / "a.json", 3)), "--max-size", "1000000")
    with Journal.open(cli.journal) as j:
        assert j.get_setting(safety.MAX_BYTES_SETTING) is None
        assert safety.max_bytes(j) == safety.DEFAULT_MAX_BYTES
    assert "Imported 2 entries" in cli.ok("import", str(_jrnl(tmp_path / "b.json", 5)))


def test_a_huge_stored_limit_from_an_older_reflekt_still_imports(cli: Cli, tmp_path: Path) -> None:
    cli.ok("init")
    with Journal.open(cli.journal) as j:
        j.set_setting(safety.MAX_BYTES_SETTING, str(1_000_000 * 1024 * 1024))
    assert "Imported 4 entries" in cli.ok("import", str(_jrnl(tmp_path / "a.json", 4)))


def test_a_group_writable_folder_of_the_users_own_private_group_is_fine(tmp_path: Path) -> None:
    import grp
    import pwd

    me = pwd.getpwuid(os.getuid()).pw_name
    try:
        own = grp.getgrnam(me)
    except KeyError:
        pytest.skip("this user has no group of their own")
    if [m for m in own.gr_mem if m != me]:
        pytest.skip("this user's group has other members")
    folder = tmp_path / "umask-002"
    folder.mkdir()
    os.chown(folder, os.getuid(), own.gr_gid)
    folder.chmod(0o775)  # what mkdir makes under a umask of 002
    with Journal.open(folder / "journal.reflekt") as journal:
        journal.add("fine")
