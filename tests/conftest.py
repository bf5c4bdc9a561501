"""Test-wide setup: offscreen Qt, and no test ever touches the real home directory."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before any test runs, point every reflekt directory away from the real home.
os.environ["REFLEKT_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "reflekt-tests-home")
os.environ.pop("REFLEKT_JOURNAL", None)
os.environ.pop("REFLEKT_LANG", None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """When widget tests are in the run, make the one QApplication first: a test before
    them that renders a PDF in process (as the CLI does) would otherwise leave a bare
    QGuiApplication behind, and Qt allows one application object per process."""
    if any("/tests/gui/" in str(item.path) for item in session.items):
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            session.config._reflekt_qapp = QApplication(["reflekt-tests"])  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def reflekt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh REFLEKT_HOME for every test."""
    home = tmp_path / "home"
    monkeypatch.setenv("REFLEKT_HOME", str(home))
    monkeypatch.delenv("REFLEKT_JOURNAL", raising=False)
    monkeypatch.delenv("REFLEKT_LANG", raising=False)
    return home


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.reflekt"


@pytest.fixture
def journal(journal_path: Path):
    from reflekt.core.journal import Journal

    with Journal.open(journal_path) as j:
        yield j


class Cli:
    """Runs `reflekt --journal PATH ...` in-process; returns (exit code, stdout, stderr)."""

    def __init__(self, journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
        self.journal = journal
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            self.monkeypatch.setattr(sys, "stdin", fake)
        from reflekt.cli import main

        code = main(["--journal", str(self.journal), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, stdin: bytes | None = None) -> str:
        code, out, err = self(*args, stdin=stdin)
        assert code == 0, err
        return out

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--json"))

    def fails(self, *args: str, match: str, code: int = 2, stdin: bytes | None = None) -> str:
        got, out, err = self(*args, stdin=stdin)
        assert got == code, (out, err)
        assert match in err + out, err + out
        assert "Traceback" not in err
        if code == 2:
            assert err.count("\n") == 1, "one plain line"
        return err
