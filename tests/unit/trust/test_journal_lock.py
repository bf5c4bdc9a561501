"""Promise: the journal is one real file, held by a lock while it is open.

- Whatever replaces or rewrites the whole file (recover, restore, encrypt, decrypt, a
  passphrase change) refuses at once, changing nothing, while another reflekt
  process has the journal open; the refusal says who, where it can tell.
- `check` tells busy from damaged; `recover` never swaps out a sound journal, even
  beside a process that keeps writing.
- Asked-for encryption is never dropped: no plaintext journal is written instead.
- A symlinked journal is acted on where it lives, and the link survives; a dangling
  link or a missing folder is refused by every command, and no journal appears.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import Cli
from tests.unit.trust.conftest import fill, page_of, smash_page

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.storage import backup, encryption, lock
from reflekt.core.storage.check import check_journal
from reflekt.errors import BackupError, JournalError, JournalInUse

PASS = "correct horse battery"
SECRET = "quokkasecret"

# The app, as another process: the journal open (shared lock held) until stdin closes.
HOLDER = """
import sys
from reflekt.core.storage import lock
from reflekt.core.journal import Journal
lock.set_role("app")
with Journal.open(sys.argv[1], create=False) as j:
    j.count()
    print("open", flush=True)
    sys.stdin.read()
"""

# A separate process that keeps adding entries, one open-add-close at a time (as a loop
# of `reflekt add` does), printing each id once it is committed and the journal closed.
WRITER = """
import sys, time
from reflekt.core.journal import Journal
from reflekt.errors import JournalLocked
path, seconds = sys.argv[1], float(sys.argv[2])
print("started", flush=True)
end = time.monotonic() + seconds
n = 0
while time.monotonic() < end:
    n += 1
    try:
        with Journal.open(path, create=False) as j:
            entry = j.add(f"written by the loop {n}")
    except JournalLocked:
        continue  # refused (not acknowledged): the next one tries again
    print(entry.id, flush=True)
    time.sleep(0.004)  # between two commands the journal is closed for a moment
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def held_open(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "journal.reflekt", capsys, monkeypatch)


# -- held open by another process -----------------------------------------------------


def _refuses_while_held(cli: Cli, *args: str) -> None:
    path = cli.journal
    before = digest(path)
    siblings = sorted(p.name for p in path.parent.iterdir() if "lock" not in p.name)
    holder = held_open(path)
    try:
        err = cli.fails(*args, match="reflekt has the journal")
        assert "open elsewhere" in err
        assert f"the reflekt app (process {holder.pid})" in err
        assert "Nothing was changed" in err
    finally:
        holder.communicate("")
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if "lock" not in p.name) == siblings


def test_recover_refuses_while_another_process_has_the_journal_open(cli: Cli) -> None:
    cli.ok("add", "kept")
    cli.ok("backup")
    backups_before = len(backup.list_backups(cli.journal))
    _refuses_while_held(cli, "recover")
    assert len(backup.list_backups(cli.journal)) == backups_before


def test_restore_refuses_while_another_process_has_the_journal_open(
    cli: Cli, tmp_path: Path
) -> None:
    cli.ok("add", "in the backup")
    copy = tmp_path / "copy.reflekt"
    cli.ok("backup", "-o", str(copy))
    cli.ok("add", "written after the backup")
    _refuses_while_held(cli, "restore", str(copy))
    assert "written after the backup" in cli.ok("list")
    assert backup.list_backups(cli.journal) == []  # no before-restore copy either


def test_encrypt_refuses_while_another_process_has_the_journal_open(cli: Cli, monkeypatch) -> None:
    cli.ok("add", SECRET)
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    _refuses_while_held(cli, "encrypt")
    assert cli.journal.read_bytes().startswith(b"SQLite format 3")


@pytest.fixture
def encrypted(cli: Cli, monkeypatch) -> Cli:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.ok("init", "--encrypt")
    cli.ok("add", SECRET)
    # The holder opens it with REFLEKT_PASSPHRASE (inherited).
    return cli


def test_decrypt_refuses_while_another_process_has_the_journal_open(encrypted: Cli) -> None:
    _refuses_while_held(encrypted, "decrypt")
    assert encryption.is_encrypted(encrypted.journal)


def test_passphrase_change_refuses_while_another_process_has_the_journal_open(
    encrypted: Cli, monkeypatch
) -> None:
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", "another good passphrase")
    _refuses_while_held(encrypted, "passphrase")
    assert SECRET in encrypted.ok("list")  # still opens with the old passphrase


def test_the_lock_frees_when_the_other_process_closes(cli: Cli, monkeypatch) -> None:
    cli.ok("add", SECRET)
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    held_open(cli.journal).communicate("")
    assert "is encrypted" in cli.ok("encrypt")


def test_two_journals_open_in_one_process_keep_the_lock_until_both_close(
    journal_path: Path,
) -> None:
    first = Journal.open(journal_path)
    second = Journal.open(journal_path)
    first.add("one")
    first.close()  # the other one is still open: the lock must still be held
    probe = (
        "from reflekt.core.storage import lock\nwith lock.exclusive(lock.real_path(%r)):\n    pass"
    )
    other = subprocess.run(
        [sys.executable, "-c", probe % str(journal_path)], capture_output=True, text=True
    )
    assert other.returncode != 0 and "JournalInUse" in other.stderr
    second.add("two")
    second.close()
    again = subprocess.run(
        [sys.executable, "-c", probe % str(journal_path)], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr


def test_the_app_closing_first_is_not_refused_by_its_own_lock(journal_path: Path) -> None:
    # While this process has the journal open, replacing it is refused (it would go
    # on writing to the old file); closed, the same process may.
    with Journal.open(journal_path) as j:
        j.add(SECRET)
        made = j.backups.make()
        with pytest.raises(JournalInUse, match="this reflekt window"):
            backup.restore(made, journal_path)
    backup.restore(made, journal_path)
    with Journal.open(journal_path) as j:
        assert j.count() == 1


# -- busy is not damaged ----------------------------------------------------------------


def test_check_says_busy_with_its_own_exit_code_when_a_writer_keeps_the_lock(
    cli: Cli, monkeypatch
) -> None:
    cli.ok("add", "fine")
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 300)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"INSERT INTO settings VALUES ('x', 'y')\")\n"
            "print('writing', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n",
            str(cli.journal),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writing"
        err = cli.fails("check", match="stayed busy", code=4)
        assert "not damage" in err
        assert "damaged" not in err
    finally:
        holder.communicate("")
    assert "is sound" in cli.ok("check")


def test_check_help_names_the_busy_exit_code() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reflekt", "check", "--help"], capture_output=True, text=True
    ).stdout
    out = " ".join(out.split())
    assert "exit 3 when damaged" in out and "4 when" in out and "busy" in out


def test_check_and_recover_beside_a_writer_never_call_it_damaged_nor_swap_it(
    journal_path: Path,
) -> None:
    fill(journal_path, 20)
    with Journal.open(journal_path) as j:
        j.backups.make()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(journal_path), "60"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "started"
    first = writer.stdout.readline().strip()  # the writer is warm and writing
    verdicts: dict[str, int] = {}
    try:
        for _ in range(100):
            report = check_journal(journal_path)
            assert report.ok, report.problems  # never a false "damaged"
            verdicts["sound"] = verdicts.get("sound", 0) + 1
        for _ in range(100):
            for _attempt in range(25):  # refused while the writer has it open: try again
                try:
                    backup.recover_from_backup(journal_path)
                except JournalInUse:
                    verdicts["in use"] = verdicts.get("in use", 0) + 1
                    time.sleep(0.002)
                    continue
                except BackupError as exc:
                    assert "not damaged" in exc.message
                    verdicts["not damaged"] = verdicts.get("not damaged", 0) + 1
                else:  # pragma: no cover - the failure this test exists for
                    pytest.fail("recover swapped out a sound journal")
                break
    finally:
        writer.terminate()
        out, _ = writer.communicate()
    acknowledged = [first] + [line for line in out.split() if len(line) == 36]
    assert len(acknowledged) > 10, "the writer hardly wrote: the test proved nothing"
    assert verdicts.get("not damaged", 0) > 0, verdicts  # recover really looked, under the lock
    assert not list(journal_path.parent.glob("*.damaged*"))
    with Journal.open(journal_path) as j:
        present = {e.id for e in j.iter_entries()}
    assert set(acknowledged) <= present


def test_recover_still_replaces_a_damaged_journal_through_the_lock(journal_path: Path) -> None:
    ids = fill(journal_path, 100)
    with Journal.open(journal_path) as j:
        j.backups.make()
    smash_page(journal_path, page_of(journal_path, "entries") + 3)
    result = backup.recover_from_backup(journal_path)
    assert result.damaged.exists()
    with Journal.open(journal_path) as j:
        assert {e.id for e in j.iter_entries()} == set(ids)


# -- asked-for encryption is never dropped ------------------------------------------------


@pytest.fixture
def no_sqlcipher(monkeypatch) -> None:
    monkeypatch.setattr(encryption, "_sqlcipher", None)  # as where it is not installed
    assert not encryption.available()


def test_a_passphrase_without_sqlcipher_refuses_to_create_a_plain_journal(
    cli: Cli, monkeypatch, no_sqlcipher: None
) -> None:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    err = cli.fails("add", SECRET, match="REFLEKT_PASSPHRASE is set")
    assert "Nothing was created" in err
    assert not any(p.name.startswith("journal.reflekt") for p in cli.journal.parent.iterdir())


def test_init_encrypt_without_sqlcipher_leaves_no_file(
    cli: Cli, monkeypatch, no_sqlcipher: None
) -> None:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.fails("init", "--encrypt", match="SQLCipher")
    assert not any(p.name.startswith("journal.reflekt") for p in cli.journal.parent.iterdir())


def test_a_passphrase_makes_a_new_journal_encrypted(cli: Cli, monkeypatch) -> None:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.ok("add", SECRET)
    raw = cli.journal.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and SECRET.encode() not in raw
    assert SECRET in cli.ok("list")
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    cli.fails("list", match="encrypted")


def test_an_existing_plain_journal_stays_usable_with_a_passphrase_set(
    cli: Cli, monkeypatch, no_sqlcipher: None
) -> None:
    cli.ok("add", "plain already")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    assert "plain already" in cli.ok("list")  # only a *new* journal must be encrypted


# -- the journal is one real file -------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path, capsys, monkeypatch) -> tuple[Cli, Path, Path]:
    real = tmp_path / "drive" / "journal.reflekt"
    real.parent.mkdir()
    Journal.open(real).close()
    link = tmp_path / "link.reflekt"
    link.symlink_to(real)
    cli = Cli(link, capsys, monkeypatch)
    cli.ok("add", SECRET)
    return cli, link, real


def _still_linked(link: Path, real: Path) -> None:
    assert link.is_symlink() and Path(os.readlink(link)) == real


def test_encrypt_and_decrypt_a_symlinked_journal_where_it_lives(
    linked: tuple[Cli, Path, Path], monkeypatch
) -> None:
    cli, link, real = linked
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    assert "is encrypted" in cli.ok("encrypt")
    _still_linked(link, real)
    assert encryption.is_encrypted(real) and SECRET.encode() not in real.read_bytes()
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    assert SECRET in cli.ok("list")
    cli.ok("decrypt")
    _still_linked(link, real)
    assert real.read_bytes().startswith(b"SQLite format 3")


def test_backup_recover_and_restore_of_a_symlinked_journal_act_on_the_real_file(
    linked: tuple[Cli, Path, Path], tmp_path: Path
) -> None:
    cli, link, real = linked
    fill(real, 60)
    cli.ok("backup")
    made = backup.list_backups(real)
    assert len(made) == 1 and backup.list_backups(link) == made  # one folder, the real file's
    copy = tmp_path / "copy.reflekt"
    cli.ok("backup", "-o", str(copy))
    _still_linked(link, real)

    smash_page(real, page_of(real, "entries") + 3)
    assert "Recovered" in cli.ok("recover")
    _still_linked(link, real)
    assert (real.parent / "journal.reflekt.damaged").exists()
    assert not (tmp_path / "link.reflekt.damaged").exists()
    assert "is sound" in cli.ok("check")

    cli.ok("add", "after the copy")
    cli.ok("restore", str(copy))
    _still_linked(link, real)
    assert "Nothing found" in cli.ok("search", "after the copy")
    assert SECRET in cli.ok("search", SECRET)


COMMANDS = [
    ("add", "text"),
    ("list",),
    ("search", "x"),
    ("stats",),
    ("check",),
    ("recover",),
    ("backup",),
    ("backups",),
    ("init",),
    ("encrypt",),
    ("decrypt",),
    ("passphrase",),
    ("export", "--format", "md"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_dangling_symlink_is_refused_by_every_command_and_survives(
    tmp_path: Path, capsys, monkeypatch, args: tuple[str, ...]
) -> None:
    target = tmp_path / "unplugged" / "journal.reflekt"
    link = tmp_path / "journal.reflekt"
    link.symlink_to(target)
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    cli = Cli(link, capsys, monkeypatch)
    err = cli.fails(*args, match="not there")
    assert str(target) in err and "unplugged" in err
    _still_linked(link, target)
    assert not (tmp_path / "unplugged").exists()
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"journal.reflekt"}


def test_a_dangling_symlink_in_the_same_folder_is_refused_and_no_journal_appears(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    # The target's folder is there (the file went away): still no new journal.
    target = tmp_path / "gone.reflekt"
    link = tmp_path / "journal.reflekt"
    link.symlink_to(target)
    cli = Cli(link, capsys, monkeypatch)
    for args in (("add", "text"), ("init",), ("list",)):
        cli.fails(*args, match="not there")
    _still_linked(link, target)
    assert not target.exists()


def test_a_missing_folder_is_refused_and_not_made(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "usb-stick" / "journal.reflekt"
    cli = Cli(path, capsys, monkeypatch)
    err = cli.fails("add", "text", match="not there")
    assert str(path.parent) in err
    assert not path.parent.exists()


def test_a_shared_lock_waits_out_a_short_exclusive_job(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    real = lock.real_path(journal_path)
    probe = (
        "import sys, time\nfrom reflekt.core.storage import lock\n"
        "with lock.exclusive(lock.real_path(sys.argv[1])):\n"
        "    print('held', flush=True)\n    time.sleep(0.5)\n"
    )
    job = subprocess.Popen(
        [sys.executable, "-c", probe, str(journal_path)], stdout=subprocess.PIPE, text=True
    )
    assert job.stdout is not None and job.stdout.readline().strip() == "held"
    started = time.monotonic()
    with Journal.open(journal_path) as j:  # waits, then opens
        j.add("after the job")
        assert lock.held_here(real) == 1
    assert time.monotonic() - started > 0.2
    job.wait()


def test_a_schema_upgrade_waits_for_no_one_else_to_have_the_journal(
    tmp_path: Path, reflekt_home: Path
) -> None:
    from sqlite_utils import Database

    from reflekt.core.storage.migrations import migrations
    from reflekt.core.storage.steps import known_steps

    path = tmp_path / "old.reflekt"
    conn = storage.connect(path)
    migrations.apply(Database(conn), stop_before="0003_search")  # an older reflekt's journal
    conn.commit()
    conn.close()
    before = digest(path)
    # An older reflekt still has it open (it holds the lock, with the old schema in mind).
    older = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom reflekt.core.storage import lock\nlock.set_role('app')\n"
            "lock.acquire_shared(lock.real_path(sys.argv[1]))\nprint('open', flush=True)\n"
            "sys.stdin.read()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert older.stdout is not None and older.stdout.readline().strip() == "open"
        with pytest.raises(JournalInUse, match="the reflekt app"):
            Journal.open(path)
    finally:
        older.communicate("")
    assert digest(path) == before
    assert not list((reflekt_home / "data" / "backups").rglob("*before-upgrade*"))
    assert lock.held_here(lock.real_path(path)) == 0
    with Journal.open(path) as j:  # alone now: upgraded
        assert storage.applied_steps(j.db) == known_steps()


def test_a_failed_first_command_leaves_no_journal_and_no_lock_file(
    cli: Cli, tmp_path: Path
) -> None:
    cli.fails("add", "x", "--mood", "9", match="mood")
    assert not any(p.name.startswith("journal.reflekt") for p in tmp_path.iterdir())


def test_opening_a_journal_that_is_not_there_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="There is no journal"):
        Journal.open(tmp_path / "nothere.reflekt", create=False)
    assert {p.name for p in tmp_path.iterdir()} <= {"home"}


def test_without_file_locks_the_journal_opens_but_is_never_replaced(
    cli: Cli, tmp_path: Path, monkeypatch
) -> None:
    import errno

    cli.ok("add", "kept")
    copy = tmp_path / "copy.reflekt"
    cli.ok("backup", "-o", str(copy))
    before = digest(cli.journal)

    def no_locks(fd: int, *, exclusive: bool) -> bool:  # as on a share without locking
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock, "_try", no_locks)
    assert "kept" in cli.ok("list")  # opening and reading still work
    err = cli.fails("restore", str(copy), match="cannot lock files")
    assert "Nothing was changed" in err
    assert digest(cli.journal) == before


def test_a_link_and_its_target_share_one_lock(tmp_path: Path) -> None:
    real = tmp_path / "journal.reflekt"
    link = tmp_path / "link.reflekt"
    Journal.open(real).close()
    link.symlink_to(real)
    with Journal.open(link) as via_link, Journal.open(real):
        assert via_link.path == real
        assert lock.held_here(link) == lock.held_here(real) == 2
        with pytest.raises(JournalInUse):
            backup.recover_from_backup(link)
    assert lock.held_here(real) == 0
    assert not (tmp_path / "link.reflekt.lock").exists()


def test_a_busy_encrypted_journal_is_busy_not_damaged_and_asked_for_once(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "secret.reflekt"
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    Journal.open(path).close()  # made encrypted (the passphrase is set)
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    assert encryption.is_encrypted(path)
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 400)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlcipher3, sys\n"
            "c = sqlcipher3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA key = ' + repr(sys.argv[2]))\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute(\"INSERT INTO settings VALUES ('x', 'y')\")\n"
            "print('writing', flush=True)\n"
            "sys.stdin.read()\n",
            str(path),
            PASS,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    asked: list[int] = []

    def provider(_path: Path, attempt: int) -> str | None:
        asked.append(attempt)
        return PASS if attempt == 0 else None

    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        from reflekt.errors import JournalBusy

        with pytest.raises(JournalBusy, match="not damage"):
            check_journal(path, passphrase=provider)
    finally:
        writer.communicate("")
    assert asked == [0]
    assert check_journal(path, passphrase=provider).ok


def test_the_lock_file_is_private_and_beside_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "drive" / "journal.reflekt"
    real.parent.mkdir()
    Journal.open(real).close()
    (tmp_path / "link.reflekt").symlink_to(real)
    with Journal.open(tmp_path / "link.reflekt"):
        lock_file = real.parent / "journal.reflekt.lock"
        assert lock_file.stat().st_mode & 0o777 == 0o600
        notes = list(real.parent.glob("journal.reflekt.lock.*"))
        assert [n.name for n in notes] == [f"journal.reflekt.lock.{os.getpid()}"]
    assert not list(real.parent.glob("journal.reflekt.lock.*"))  # the note goes on close
    assert not (tmp_path / "link.reflekt.lock").exists()


def test_notes_of_killed_holders_are_swept_when_the_journal_is_held_alone(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "j.reflekt"
    Journal.open(journal).close()
    # A process killed while it had the journal open leaves its note behind.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = Path(f"{lock.lock_file(journal)}.{dead.pid}")
    stale.write_text("command list")
    with lock.exclusive(journal):
        pass
    assert not stale.exists()
