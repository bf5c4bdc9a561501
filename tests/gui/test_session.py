"""The window's open journal: whole-file work runs with the journal let go, and the
window comes back on the same file, or stays as it was when the work fails."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reflekt.core.storage import lock
from reflekt.errors import JournalError

from .test_mainwindow import seed, titles


def test_whole_file_work_runs_with_the_journal_let_go_then_it_is_open_again(
    qtbot, make_window, journal_path: Path
) -> None:
    seed(journal_path, {"body": "written before"})
    window = make_window()
    assert lock.held_here(journal_path) == 1
    seen: dict[str, object] = {}

    def replace_the_file() -> None:
        seen["holds while it runs"] = lock.held_here(journal_path)
        with lock.exclusive(journal_path):  # what restore and encryption take
            seen["had it alone"] = True

    assert window.reopen_after(replace_the_file)
    assert seen == {"holds while it runs": 0, "had it alone": True}
    assert lock.held_here(journal_path) == 1  # held again, by the reopened journal
    assert titles(window) == ["written before"]
    window.journal.add("written after")  # the window writes to the reopened file
    window.model.reload()
    assert sorted(titles(window)) == ["written after", "written before"]


def test_failed_whole_file_work_says_so_and_leaves_the_journal_as_it_was(
    qtbot, make_window, journal_path: Path, no_blocking_message_boxes
) -> None:
    seed(journal_path, {"body": "still here"})
    window = make_window()
    before = hashlib.sha256(journal_path.read_bytes()).hexdigest()

    def refuse() -> None:
        raise JournalError("The backup could not be read. Choose another backup.")

    assert not window.reopen_after(refuse)
    assert no_blocking_message_boxes[-1] == "The backup could not be read. Choose another backup."
    assert hashlib.sha256(journal_path.read_bytes()).hexdigest() == before  # nothing written
    assert window.isVisible() and lock.held_here(journal_path) == 1
    assert titles(window) == ["still here"]


def test_what_the_command_line_writes_shows_up_in_the_window(
    qtbot, make_window, journal_path: Path
) -> None:
    window = make_window()
    assert titles(window) == []
    seed(journal_path, {"body": "from the terminal"})  # another connection, as `reflekt add`
    qtbot.waitUntil(lambda: titles(window) == ["from the terminal"], timeout=5000)
