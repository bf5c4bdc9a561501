"""The app, like the command line, will not keep a journal where another user can change
it, nor read a pipe as one: the person is told plainly, with the fix."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reflekt.gui.safety import open_journal


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_a_folder_others_can_write_is_refused_with_the_fix(
    qtbot, tmp_path: Path, shown: list[str]
) -> None:
    folder = tmp_path / "open to all"
    folder.mkdir()
    folder.chmod(0o777)
    assert open_journal(folder / "journal.reflekt") is None
    assert len(shown) == 1 and f"chmod 700 {folder}" in shown[0]
    assert not (folder / "journal.reflekt").exists()


def test_a_fifo_as_the_journal_is_refused_at_once(qtbot, tmp_path: Path, shown: list[str]) -> None:
    fifo = tmp_path / "journal.reflekt"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert open_journal(fifo) is None
    assert time.monotonic() - started < 5
    assert len(shown) == 1 and "cannot be a journal" in shown[0]
