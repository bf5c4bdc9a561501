"""Promise: an encrypted journal encrypts its pictures too: neither the journal's file,
its write-ahead log nor its backups hold a picture's bytes (or its thumbnail's), and
encrypting, changing the passphrase and decrypting keep every picture whole."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tests.conftest import Cli
from tests.unit.pictures_keep_helpers import keep, noise_png, run_of, showing

from reflekt.core.journal import Journal
from reflekt.core.storage import backup, encryption

pytestmark = pytest.mark.skipif(
    not encryption.available(), reason="SQLCipher (sqlcipher3-wheels) is not installed"
)

PASS = "correct horse battery"


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "journal.reflekt", capsys, monkeypatch)


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def whole(journal: Journal) -> dict[str, bytes]:
    kept = {p.sha256: journal.pictures.data(p.sha256) for p in journal.pictures.all()}
    assert all(hashlib.sha256(data).hexdigest() == sha for sha, data in kept.items())
    return kept


def test_an_encrypted_journal_and_its_backups_hold_no_picture_bytes(
    cli: Cli, tmp_path: Path, reflekt_home: Path, monkeypatch
) -> None:
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    cli.ok("init", "--encrypt")
    with Journal.open(cli.journal) as app:  # open all along: the WAL is in use
        assert app.encrypted
        picture = keep(app, noise_png(60))
        app.add(showing(picture.sha256), title="Whiteboard")
        runs = [
            run_of(app.pictures.data(picture.sha256)),
            run_of(app.pictures.thumbnail(picture.sha256)),
        ]
        assert all(run not in all_bytes(tmp_path) for run in runs)
        cli.ok("backup")
        original = whole(app)
    assert backup.list_backups(cli.journal)[0].encrypted
    for run in runs:
        assert run not in all_bytes(tmp_path)
        assert run not in all_bytes(reflekt_home)
    assert "encrypted journal" in (said := cli.ok("check"))
    assert "1 entry and 1 picture" in said
    cli.ok("restore", str(backup.list_backups(cli.journal)[0].path))
    with Journal.open(cli.journal) as j:
        assert whole(j) == original


def test_encrypting_and_decrypting_keep_every_picture(
    cli: Cli, tmp_path: Path, monkeypatch
) -> None:
    with Journal.open(cli.journal) as j:
        for n in range(3):
            j.add(showing(keep(j, noise_png(61 + n)).sha256))
        original = whole(j)
    runs = [run_of(data) for data in original.values()]
    assert all(run in all_bytes(tmp_path) for run in runs)  # plain: there to be found
    monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", PASS)
    cli.ok("encrypt")
    for run in runs:
        assert run not in all_bytes(tmp_path)
    monkeypatch.setenv("REFLEKT_PASSPHRASE", PASS)
    with Journal.open(cli.journal) as j:
        assert j.encrypted
        assert whole(j) == original
    cli.ok("decrypt")
    monkeypatch.delenv("REFLEKT_PASSPHRASE")
    with Journal.open(cli.journal) as j:
        assert not j.encrypted
        assert whole(j) == original
