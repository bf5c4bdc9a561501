"""Promise: an encrypted journal (and its backups) hold no readable text; a wrong or
missing passphrase gives a plain message; no plaintext copy is ever written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.core.storage import backup, encryption
from reflekt.errors import PassphraseRequired, WrongPassphrase

from .conftest import Cli

pytestmark = pytest.mark.skipif(
    not encryption.available(), reason="SQLCipher (sqlcipher3-wheels) is not installed"
)

SECRET = "quokkasecret"
PASS = "correct horse battery"


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def encrypted(cli: Cli, monkeypatch) -> Cli:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    assert "encrypted journal is ready" in cli.ok("init", "--encrypt")
    return cli


def test_encrypted_journal_holds_no_readable_text(
    encrypted: Cli, tmp_path: Path, reflekt_home: Path
) -> None:
    cli = encrypted
    with Journal.open(cli.journal) as app:  # the app open at the same time: WAL in use
        cli.ok("add", f"Återkoppling about {SECRET}", "--tag", "private")
        assert SECRET.encode() not in all_bytes(tmp_path)
        assert app.encrypted
        assert [h.entry.body for h in app.search("aterkoppling")] == [
            f"Återkoppling about {SECRET}"
        ]
    cli.ok("backup")
    assert backup.list_backups(cli.journal)[0].encrypted
    assert SECRET.encode() not in all_bytes(tmp_path)
    assert SECRET.encode() not in all_bytes(reflekt_home)
    assert not cli.journal.read_bytes().startswith(b"SQLite format 3")
    assert "encrypted journal" in cli.ok("check")


def test_wrong_or_missing_passphrase_is_a_plain_message(encrypted: Cli, monkeypatch) -> None:
    cli = encrypted
    cli.ok("add", SECRET)
    before = cli.journal.read_bytes()
    monkeypatch.setenv("REFLEKT_PASSPHRASE", "not it at all")
    cli.fails("list", match="That passphrase does not open")
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    cli.fails("add", "x", match="is encrypted. Give its passphrase")
    assert cli.journal.read_bytes() == before


def test_the_app_supplies_the_passphrase_through_a_callable(encrypted: Cli, monkeypatch) -> None:
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    asked: list[int] = []

    def dialog(path: Path, attempt: int) -> str | None:
        asked.append(attempt)
        return ["typo", PASS][attempt]

    with Journal.open(encrypted.journal, passphrase=dialog) as j:
        assert j.encrypted
    assert asked == [0, 1]
    with pytest.raises(PassphraseRequired):
        Journal.open(encrypted.journal, passphrase=lambda p, n: None)  # cancelled
    with pytest.raises(WrongPassphrase, match="cannot be recovered"):
        Journal.open(encrypted.journal, passphrase=lambda p, n: "wrong")


def test_encrypt_decrypt_and_change_passphrase(cli: Cli, tmp_path: Path, monkeypatch) -> None:
    cli.ok("add", f"plain {SECRET}")
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    cli.ok("encrypt")
    assert SECRET.encode() not in all_bytes(tmp_path)
    assert not list(tmp_path.glob("*.rekey*"))
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    assert SECRET in cli.ok("list")

    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", "a brand new passphrase")
    cli.ok("passphrase")
    cli.fails("list", match="does not open")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", "a brand new passphrase")
    assert SECRET in cli.ok("list")

    cli.ok("decrypt")
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    assert SECRET in cli.ok("list")
    assert cli.journal.read_bytes().startswith(b"SQLite format 3")
    assert oct(cli.journal.stat().st_mode & 0o777) == "0o600"


def test_encrypting_warns_about_and_can_replace_plain_backups(
    cli: Cli, monkeypatch, reflekt_home: Path
) -> None:
    cli.ok("add", SECRET)
    cli.ok("backup")
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    assert "NOT encrypted" in cli.ok("encrypt")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.ok("decrypt")
    cli.ok("backup")
    out = cli.ok("encrypt", "--remove-plain-backups")
    assert "Removed" in out
    assert all(b.encrypted for b in backup.list_backups(cli.journal))
    assert SECRET.encode() not in all_bytes(reflekt_home)


def test_encrypting_refuses_while_the_app_has_the_journal_open(cli: Cli, monkeypatch) -> None:
    cli.ok("add", SECRET)
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    # The app is another process (file locks only work between processes).
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(cli.journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "open"
        cli.fails("encrypt", match="reflekt has the journal")
    finally:
        app.communicate("")
    assert cli.journal.read_bytes().startswith(b"SQLite format 3")
    assert SECRET in cli.ok("list")


APP = """
import sys
from reflekt.core.journal import Journal
with Journal.open(sys.argv[1]) as j:
    j.count()
    print("open", flush=True)
    sys.stdin.read()
"""


def test_restore_and_recover_an_encrypted_journal(encrypted: Cli) -> None:
    cli = encrypted
    cli.ok("add", "kept")
    cli.ok("backup")
    cli.ok("add", "later")
    made = backup.list_backups(cli.journal)[0].path
    cli.ok("restore", str(made))
    assert "later" not in cli.ok("list")
    assert not cli.journal.read_bytes().startswith(b"SQLite format 3")


def test_short_new_passphrase_is_refused(cli: Cli, monkeypatch) -> None:
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", "short")
    cli.fails("init", "--encrypt", match="too short")
    assert not cli.journal.exists()


def test_init_encrypt_refuses_an_existing_journal(cli: Cli, monkeypatch) -> None:
    cli.ok("add", "x")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.fails("init", "--encrypt", match="reflekt encrypt")


def test_encryption_module_reports_missing_sqlcipher(monkeypatch) -> None:
    monkeypatch.setattr(encryption, "_sqlcipher", None)
    from reflekt.errors import EncryptionUnavailable

    with pytest.raises(EncryptionUnavailable, match="sqlcipher3-wheels"):
        encryption.sqlcipher()
    assert os.environ.get("REFLEKT_PASSPHRASE") is None


def test_the_facade_gives_the_passphrase_and_reopens_with_it(encrypted: Cli, monkeypatch) -> None:
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    old = Journal.open(encrypted.journal, passphrase=lambda p, n: PASS)
    assert old.passphrase == PASS and old.encrypted
    kept = old.add("Written before the file was replaced").id
    fresh = Journal.reopen(old)  # asks no one: the passphrase it was opened with
    try:
        assert fresh.passphrase == PASS and fresh.path == old.path
        assert fresh.get(kept).body == "Written before the file was replaced"
        with pytest.raises(Exception):  # noqa: B017 - the old connection is closed
            old.count()
    finally:
        fresh.close()
