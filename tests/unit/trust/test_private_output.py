"""Promise: what reflekt writes is private (0600 whatever the umask), never written through
a name someone planted beside it, and never written over the journal, its working files,
a backup, a folder, a device or a pipe, ``--force`` or not."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt import private_files
from reflekt.core.storage import backup as backups
from reflekt.errors import FileRejected, UnsafeOutput

from .conftest import Cli

# Each command that writes a file holding journal text, as `reflekt ... -o TARGET`.
WRITERS = {
    "export-md": lambda out: ("export", "--format", "md", "-o", out, "--force"),
    "export-backup": lambda out: ("export", "--format", "backup", "-o", out, "--force"),
    "report-html": lambda out: ("report", "-o", out),
    "report-pdf": lambda out: ("report", "-o", out),
    "chart-png": lambda out: ("chart", "kinds", "-o", out),
    "chart-svg": lambda out: ("chart", "kinds", "-o", out),
    "backup": lambda out: ("backup", "-o", out),
}
SUFFIX = {
    "export-md": ".md",
    "export-backup": ".json",
    "report-html": ".html",
    "report-pdf": ".pdf",
    "chart-png": ".png",
    "chart-svg": ".svg",
    "backup": ".reflekt",
}


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def written(cli: Cli) -> Cli:
    cli.ok("add", "A private lesson about feedback", "--title", "Feedback", "--share")
    cli.ok("add", "Another thought", "--kind", "lesson")
    return cli


# -- private, and never through a planted name ---------------------------------------------


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_output_is_0600_under_umask_000_and_a_planted_partial_symlink_is_not_followed(
    written: Cli, tmp_path: Path, writer: str
) -> None:
    out = tmp_path / "out" / f"talk{SUFFIX[writer]}"
    out.parent.mkdir()
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    planted = [out.with_name(out.name + ".partial"), out.with_name(f".{out.name}.tmp")]
    for link in planted:
        link.symlink_to(victim)
    with umask(0o000):
        written.ok(*WRITERS[writer](str(out)))
    assert victim.read_text() == "theirs"
    for link in planted:
        assert link.is_symlink() and link.resolve() == victim
    info = out.lstat()
    assert stat.S_ISREG(info.st_mode)
    assert stat.S_IMODE(info.st_mode) == 0o600, oct(info.st_mode)
    assert out.stat().st_size > 0
    leftovers = {p.name for p in out.parent.iterdir()} - {out.name} - {p.name for p in planted}
    assert not leftovers


def test_export_over_an_existing_file_with_force_makes_it_private(
    written: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "shared.md"
    out.write_text("old")
    out.chmod(0o644)
    written.fails("export", "--format", "md", "-o", str(out), match="--force")
    assert out.read_text() == "old"
    with umask(0o022):
        written.ok("export", "--format", "md", "-o", str(out), "--force")
    assert "Feedback" in out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(b"before")

    def fail(stream) -> None:
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileRejected, match="could not save"):
        private_files.write_private(target, fail)
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


# -- never over the journal, a backup, a folder, a device or a pipe -----------------------


def _special(kind: str, cli: Cli, tmp_path: Path) -> Path:
    if kind == "journal":
        return cli.journal
    if kind == "journal-wal":
        return Path(f"{cli.journal}-wal")
    if kind == "journal-shm":
        return Path(f"{cli.journal}-shm")
    if kind == "journal-lock":
        lock = Path(f"{cli.journal}.lock")
        assert lock.exists()  # left by the commands that wrote the entries
        return lock
    if kind == "journal-symlink":
        link = tmp_path / "innocent.html"
        link.symlink_to(cli.journal)
        return link
    if kind == "journal-hardlink":
        link = tmp_path / "same-file.html"
        os.link(cli.journal, link)
        return link
    if kind == "backup":
        cli.ok("backup")
        return backups.list_backups(cli.journal)[0].path
    if kind == "fifo":
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        return fifo
    if kind == "device":
        if os.geteuid() != 0:
            return Path("/dev/null")  # cannot be replaced by an ordinary user anyway
        # As root a mistake would replace the machine's /dev/null: use a twin of it.
        node = tmp_path / "null"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return node
    if kind == "folder":
        folder = tmp_path / "a-folder"
        folder.mkdir()
        return folder
    raise AssertionError(kind)


def _state(path: Path) -> tuple[int, str | None]:
    info = path.lstat()
    content = digest(path) if stat.S_ISREG(info.st_mode) else None
    return stat.S_IFMT(info.st_mode), content


KINDS = [
    "journal",
    "journal-wal",
    "journal-shm",
    "journal-lock",
    "journal-symlink",
    "journal-hardlink",
    "backup",
    "fifo",
    "device",
]


# export -o FOLDER writes the suggested name inside the folder (see the test after).
CASES = [
    (command, kind)
    for command in ("export", "report", "chart", "backup")
    for kind in (*KINDS, "folder")
    if (command, kind) != ("export", "folder")
]


@pytest.mark.parametrize("via", ["name", "link"])
@pytest.mark.parametrize(("command", "kind"), CASES)
def test_output_over_the_journal_a_backup_or_a_special_file_is_refused(
    written: Cli, tmp_path: Path, kind: str, command: str, via: str
) -> None:
    target = _special(kind, written, tmp_path)
    named = target
    if via == "link":  # a harmless-looking name with the right ending, pointing at it
        named = tmp_path / {"export": "via.html", "report": "via.html", "chart": "via.png"}.get(
            command, "via.reflekt"
        )
        named.symlink_to(target)
    args = {
        "export": ("export", "--format", "html", "-o", str(named), "--force"),
        "report": ("report", "-o", str(named)),
        "chart": ("chart", "kinds", "-o", str(named)),
        "backup": ("backup", "-o", str(named)),
    }[command]
    watched = [target, named, written.journal, Path(f"{written.journal}-wal")]
    watched += [b.path for b in backups.list_backups(written.journal)]
    before = {p: _state(p) for p in watched if p.exists() or p.is_symlink()}
    entries = written.ok("list", "--json")
    err = written.fails(*args, match="")
    expected = {
        "journal": "is your journal",
        "journal-wal": "working files of your journal",
        "journal-shm": "working files of your journal",
        "journal-lock": "working files of your journal",
        "journal-symlink": "is your journal",
        "journal-hardlink": "is your journal",
        "backup": "backup folder",
        "fifo": "not an ordinary file",
        "device": "not an ordinary file",
        "folder": "is a folder",
    }[kind]
    assert expected in err, err
    assert "--force" not in err or "even with --force" in err
    after = {p: _state(p) for p in before}
    assert after == before
    assert written.ok("list", "--json") == entries


def test_export_to_a_folder_writes_inside_it_and_never_replaces_it(
    written: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    written.ok("export", "--format", "md", "-o", str(folder), "--force")
    (made,) = folder.iterdir()
    assert folder.is_dir() and stat.S_IMODE(made.stat().st_mode) == 0o600


def test_the_helper_refuses_each_kind_plainly_in_swedish(
    journal, tmp_path: Path, monkeypatch
) -> None:
    from reflekt.messages import set_language

    set_language("sv")
    try:
        with pytest.raises(UnsafeOutput, match="din dagbok"):
            private_files.write_private(journal.path, b"x")
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        with pytest.raises(UnsafeOutput, match="ingen vanlig fil"):
            private_files.write_private(fifo, b"x")
    finally:
        set_language("en")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("command", ["export", "report", "chart"])
def test_dev_null_itself_is_refused(written: Cli, command: str) -> None:
    """The real /dev/null. As root only the first look is asked (a regression there
    must not replace the machine's /dev/null; the twin above covers the command)."""
    before = os.stat("/dev/null")
    with pytest.raises(UnsafeOutput, match="not an ordinary file"):
        private_files.check_target("/dev/null")
    if os.geteuid() != 0:
        args = {
            "export": ["export", "--format", "md", "-o", "/dev/null", "--force"],
            "report": ["report", "-o", "/dev/null"],
            "chart": ["chart", "kinds", "-o", "/dev/null"],
        }[command]
        written.fails(*args, match="not an ordinary file")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.parametrize("rewrite", ["restore", "encrypt"])
def test_rewriting_the_journal_itself_uses_a_fresh_private_temporary_name(
    written: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rewrite: str
) -> None:
    if rewrite == "encrypt":
        pytest.importorskip("sqlcipher3")
    journal = written.journal
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    # The fixed names these rewrites once went through, planted as symlinks.
    planted = [journal.with_name(journal.name + s) for s in (".restoring", ".rekey")]
    for link in planted:
        link.symlink_to(victim)
    if rewrite == "restore":
        written.ok("backup")
        args = ("restore", str(backups.list_backups(journal)[0].path))
    else:
        monkeypatch.setenv("REFLEKT_PASSPHRASE", "a long enough passphrase")
        args = ("encrypt",)
    before = {p.name for p in journal.parent.iterdir()}
    with umask(0o000):
        written.ok(*args)
    assert victim.read_text() == "theirs"
    assert all(link.is_symlink() and link.resolve() == victim for link in planted)
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    after = {p.name for p in journal.parent.iterdir()}
    assert not {n for n in after - before if "tmp" in n or n.startswith(".")}, after - before
    assert "Feedback" in " ".join(e["title"] for e in written.json("list"))
