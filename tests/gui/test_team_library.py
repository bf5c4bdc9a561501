"""The team library window while a sync tool keeps the folder changing: the lesson being
read stays, new lessons show as new, a change during a check is not lost, every lesson
can be reached, and an empty list says why."""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reflekt.core.journal import Journal
from reflekt.gui import team_view
from reflekt.gui.operations import wait_for_operations
from reflekt.gui.team_view import TeamLibrary
from reflekt.share import bundle, export, team

SARA = "5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10"


def lesson(number: int, day: str = "2026-03-14") -> dict[str, object]:
    return {
        "id": str(uuid.UUID(int=number, version=4)),
        "revision": 1,
        "day": day,
        "kind": "lesson",
        "title": f"Lesson {number}",
        "body": f"What lesson {number} taught.",
    }


def arrive(folder: Path, name: str, entries: list[dict[str, object]], exported: str) -> Path:
    """A colleague's bundle arriving as a sync tool brings it: a temporary file, renamed."""
    data = bundle.build(
        author_id=SARA, author_name="Sara Ek", author_team="", exported=exported, entries=entries
    )
    temp = folder / f".syncthing.{name}.tmp"
    temp.write_bytes(bundle.dumps(data))
    os.replace(temp, folder / name)
    return folder / name


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


@pytest.fixture
def journal(journal_path: Path, folder: Path):
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        yield j


def open_library(qtbot, journal: Journal) -> TeamLibrary:
    library = TeamLibrary(journal)
    qtbot.addWidget(library)
    library.show()
    return library


def check(qtbot, library: TeamLibrary) -> None:
    """Click "Check for new lessons" and wait for the check to end."""
    qtbot.mouseClick(library.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.task is None, timeout=5000)
    wait_for_operations()


def titles(library: TeamLibrary) -> list[str]:
    return [library.list.item(row).text() for row in range(library.list.count())]


def test_a_check_keeps_the_lesson_being_read_and_marks_new_ones(
    qtbot, journal: Journal, folder: Path
) -> None:
    arrive(folder, "sara.reflekt.json", [lesson(1), lesson(2)], "2026-03-14T09:00:00+01:00")
    team.scan(journal)  # read before the window opens: nothing in it is new
    library = open_library(qtbot, journal)
    check(qtbot, library)
    assert library.list.count() == 2
    assert "new" not in library.count_label.text()
    # The person moves to the second lesson and scrolls its text.
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Down)
    reading = library.current_lesson()
    assert reading is not None and reading.title == "Lesson 1"
    bar = library.viewer.verticalScrollBar()
    bar.setValue(bar.maximum())
    shown = library.viewer.toPlainText()
    # A check that finds nothing new leaves everything as it is.
    check(qtbot, library)
    assert library.current_lesson().title == "Lesson 1"
    assert "nothing changed" in library.status.text()
    # A new lesson arrives: the person keeps reading; the new one is marked new.
    arrive(
        folder,
        "sara.reflekt.json",
        [lesson(1), lesson(2), lesson(3, day="2026-03-20")],
        "2026-03-15T09:00:00+01:00",
    )
    check(qtbot, library)
    assert library.current_lesson().title == "Lesson 1"
    assert library.viewer.toPlainText() == shown
    assert "1 new" in library.status.text()
    new = library.list.item(0)
    assert new.text().startswith("● New · Lesson 3")
    assert new.font().bold()
    assert new.data(Qt.ItemDataRole.AccessibleTextRole).startswith("New lesson: Lesson 3")
    assert "1 new" in library.count_label.text()
    assert not library.list.item(2).text().startswith("●")
    # Reading it takes the mark away.
    qtbot.keyClick(library.list, Qt.Key.Key_Home)
    assert library.current_lesson().title == "Lesson 3"
    assert not library.list.item(0).text().startswith("●")
    assert "new" not in library.count_label.text()


def test_the_lesson_being_read_withdrawn_says_so(qtbot, journal: Journal, folder: Path) -> None:
    arrive(folder, "sara.reflekt.json", [lesson(1), lesson(2)], "2026-03-14T09:00:00+01:00")
    library = open_library(qtbot, journal)
    check(qtbot, library)
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Down)
    assert library.current_lesson().title == "Lesson 1"
    arrive(folder, "sara.reflekt.json", [lesson(2)], "2026-03-15T09:00:00+01:00")
    check(qtbot, library)
    assert "withdrawn" in library.status.text()
    assert "What lesson 1 taught." in library.viewer.toPlainText()  # still readable
    assert not library.learned_button.isEnabled()


def test_a_change_during_a_check_is_checked_right_after(
    qtbot, journal: Journal, folder: Path, monkeypatch
) -> None:
    arrive(folder, "sara.reflekt.json", [lesson(1)], "2026-03-14T09:00:00+01:00")
    release = threading.Event()
    real_scan = team.scan
    scans: list[int] = []

    def slow_scan(*args: object, **kwargs: object) -> team.ScanReport:
        report = real_scan(*args, **kwargs)
        scans.append(1)
        if len(scans) == 1:
            release.wait(5)  # the folder has been read; the check is not done yet
        return report

    monkeypatch.setattr(team, "scan", slow_scan)
    library = open_library(qtbot, journal)
    library.sync(quiet=True)
    qtbot.waitUntil(lambda: bool(scans), timeout=5000)
    # The sync tool brings a second bundle while the first check is still running.
    arrive(folder, "sara.reflekt.json", [lesson(1), lesson(2)], "2026-03-15T09:00:00+01:00")
    library.sync(quiet=True)  # what the folder watcher does
    release.set()
    qtbot.waitUntil(lambda: library.list.count() == 2, timeout=8000)
    qtbot.waitUntil(lambda: library.task is None, timeout=5000)
    wait_for_operations()
    assert len(scans) == 2


def test_every_lesson_can_be_reached_and_the_count_is_said(
    qtbot, journal: Journal, folder: Path, monkeypatch
) -> None:
    monkeypatch.setattr(team_view, "PAGE", 5)
    arrive(
        folder,
        "sara.reflekt.json",
        [{**lesson(1, day="2026-03-01"), "tags": ["Rare"]}]
        + [lesson(n, day=f"2026-03-{n:02d}") for n in range(2, 13)],
        "2026-03-14T09:00:00+01:00",
    )
    team.scan(journal)
    library = open_library(qtbot, journal)
    assert library.list.count() == 5
    # The filters offer what every lesson holds, listed or not yet.
    assert library.tag.findText("Rare") > 0
    assert library.count_label.text() == "Showing 5 of 12 lessons"
    assert library.more_button.isVisible()
    assert library.more_button.accessibleName() == "Show more lessons"
    library.more_button.setFocus()
    qtbot.keyClick(library.more_button, Qt.Key.Key_Space)
    assert library.list.count() == 10
    qtbot.mouseClick(library.more_button, Qt.MouseButton.LeftButton)
    assert library.list.count() == 12
    assert library.count_label.text() == "12 lessons"
    assert not library.more_button.isVisible()
    assert "Lesson 1\n" in titles(library)[-1] + "\n"  # the oldest is reachable
    # Tab reaches the button from the list.
    library.more_button.show()
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Tab)
    assert library.focusWidget() is library.more_button


def test_empty_states_say_what_is_the_matter(
    qtbot, journal_path: Path, tmp_path: Path, folder: Path, monkeypatch
) -> None:
    with Journal.open(journal_path) as j:
        library = open_library(qtbot, j)
        assert "No team folder is chosen yet" in library.viewer.toPlainText()
        # The person's own bundle and a bundle saved without its extension are there.
        export.set_author(j, "Me Myself")
        j.add("Mine", title="My lesson", visibility="shareable")
        team.publish(j, path=folder)
        (folder / "Sara lessons").write_bytes(
            arrive(folder, "x.reflekt.json", [lesson(1)], "2026-03-14T09:00:00+01:00").read_bytes()
        )
        (folder / "x.reflekt.json").unlink()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        qtbot.mouseClick(library.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: library.task is None, timeout=5000)
        wait_for_operations()
        empty = library.viewer.toPlainText()
        assert "Choose a team folder" not in empty and "No team folder" not in empty
        assert "No colleague's lessons have arrived" in empty
        assert "Your own bundle is there" in empty
        assert "1 file there was not read" in empty or "1 file(s)" in empty
        skipped = library.skipped.toPlainText()
        assert "Sara lessons" in skipped and "Rename it to Sara lessons.reflekt.json" in skipped
        assert "your own bundle" in skipped
        # With lessons in the library, a search that finds nothing says so.
        os.rename(folder / "Sara lessons", folder / "Sara lessons.reflekt.json")
        check(qtbot, library)
        assert library.list.count() == 1
        qtbot.keyClicks(library.search, "nothingmatches")
        qtbot.waitUntil(lambda: library.list.count() == 0, timeout=3000)
        assert "No lessons match" in library.viewer.toPlainText()
        assert "1 lesson" in library.viewer.toPlainText()


def test_scrolling_to_the_end_of_the_list_brings_the_next_lessons(
    qtbot, journal: Journal, folder: Path, monkeypatch
) -> None:
    monkeypatch.setattr(team_view, "PAGE", 30)
    arrive(
        folder,
        "sara.reflekt.json",
        [lesson(n, day=f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}") for n in range(1, 71)],
        "2026-03-14T09:00:00+01:00",
    )
    team.scan(journal)
    library = open_library(qtbot, journal)
    assert library.list.count() == 30
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_End)  # the person goes to the end of the list
    qtbot.waitUntil(lambda: library.list.count() == 60, timeout=3000)
    assert library.count_label.text() == "Showing 60 of 70 lessons"
