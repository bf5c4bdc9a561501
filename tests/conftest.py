"""Test-wide setup: offscreen Qt, and no test ever touches the real home directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before any test runs, point every reflekt directory away from the real home.
os.environ["REFLEKT_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "reflekt-tests-home")
os.environ.pop("REFLEKT_JOURNAL", None)
os.environ.pop("REFLEKT_LANG", None)


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
