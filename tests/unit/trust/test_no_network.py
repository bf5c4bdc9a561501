"""Promise: reflekt never opens a network socket."""

from __future__ import annotations

import importlib.util
import socket

import pytest

from reflekt.core.storage import encryption

from .conftest import Cli


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    real = socket.socket
    attempts: list[tuple] = []

    class Guarded(real):  # type: ignore[misc, valid-type]
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append((family, args))
                raise NetworkUsed(f"reflekt opened a network socket ({family!r})")
            super().__init__(family, *args, **kwargs)

    def no_connection(*args, **kwargs):
        attempts.append(("create_connection", args))
        raise NetworkUsed("reflekt tried to connect somewhere")

    monkeypatch.setattr(socket, "socket", Guarded)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    monkeypatch.setattr(socket, "getaddrinfo", no_connection)
    yield attempts
    assert attempts == []


def test_the_guard_catches_a_socket(no_network) -> None:
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    no_network.clear()


def test_main_flows_open_no_socket(no_network, cli: Cli, tmp_path, monkeypatch) -> None:
    entry = cli.ok("add", "Lärdom från mötet", "--tag", "feedback", "--share").strip()
    cli.ok("list")
    cli.ok("list", "--json")
    cli.ok("search", "lardom")
    cli.ok("show", entry)
    cli.ok("edit", entry, "--title", "Mötet")
    cli.ok("goal", "add", "Get better at feedback")
    cli.ok("delete", entry)
    cli.ok("trash", "empty")
    cli.ok("backup")
    cli.ok("backups")
    cli.ok("check")
    backup_file = tmp_path / "copy.reflekt"
    cli.ok("backup", "-o", str(backup_file))
    cli.ok("restore", str(backup_file))
    if importlib.util.find_spec("reflekt.core.demo") is not None:
        cli.journal = tmp_path / "demo.reflekt"
        cli.ok("demo", "--lang", "en")
    demo = cli.journal
    cli.ok("team", "name", "Alex Andersson")
    for fmt in ("md", "html", "bundle", "backup"):
        cli.ok("export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
    team = tmp_path / "team"
    team.mkdir()
    cli.ok("team", "folder", str(team))
    cli.ok("team", "sync", "--publish")
    cli.ok("team", "list")
    cli.ok("shares")
    cli.ok("stats", "--json")
    cli.journal = tmp_path / "imported.reflekt"
    cli.ok("import", str(tmp_path / "out.backup"))
    cli.journal = demo
    if encryption.available():
        monkeypatch.setenv("REFLEKT_NEW_PASSPHRASE", "correct horse battery")
        monkeypatch.setenv("REFLEKT_PASSPHRASE", "correct horse battery")
        cli.ok("encrypt")
        cli.ok("list")
        cli.ok("decrypt")


def test_spell_checking_opens_no_socket(no_network, cli: Cli, tmp_path) -> None:
    """The checker, its dictionaries and its suggestions are all on this computer."""
    cli.ok("add", "Idag hade vi ett lärandemöte", "--person", "Anneli Kjellqvist")
    cli.ok("dictionary", "add", "plopfnurr")
    cli.ok("dictionary", "list", "--json")
    note = tmp_path / "note.md"
    note.write_text("Min kolega och jag hade jobbskuggning, plopfnurr.\n", encoding="utf-8")
    code, out, _ = cli("spell", str(note), "--json")
    assert code == 7 and "kollega" in out and "plopfnurr" not in out
    code, out, _ = cli("spell", "--lang", "en", stdin=b"I did not recieve it.")
    assert code == 7 and "receive" in out
