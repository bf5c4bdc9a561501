"""Windows in the states the window walk (test_accessibility.py) does not open them in:
a team library full of lessons (some new, some files skipped), the share window with
names replaced and kept, the demo journal's bar. Each is read as a screen reader reads
it, tabbed through, and its focus measured, in both themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.gui.theme import apply_theme

from .test_accessibility import buddyless, invisible_focus, key_problems, unnamed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen


def problems(qtbot, root) -> list[str]:
    from reflekt.gui import access, focus_ring

    focus_ring.install()  # as the app does at start
    access.install()
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=2000)
    found = unnamed(root) + buddyless(root) + key_problems(qtbot, root)
    for theme in ("light", "dark"):
        apply_theme(theme)
        found += [f"{theme}: {p}" for p in invisible_focus(root)]
    return found


def test_a_team_library_full_of_lessons(qtbot, journal: Journal, tmp_path: Path) -> None:
    from reflekt.gui.operations import wait_for_operations
    from reflekt.gui.team_view import TeamLibrary
    from reflekt.share import team

    from .test_team_library import arrive, lesson

    folder = tmp_path / "team"
    folder.mkdir()
    team.set_folder(journal, folder)
    # In the folder before the window opens (its watcher sees no change to act on later).
    arrive(
        folder, "sara.reflekt.json", [lesson(n) for n in range(1, 6)], "2026-03-14T09:00:00+01:00"
    )
    (folder / "broken.reflekt.json").write_text("{ not a bundle", encoding="utf-8")
    library = TeamLibrary(journal)
    qtbot.addWidget(library)
    library.show()
    qtbot.waitExposed(library)
    qtbot.mouseClick(library.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.task is None, timeout=5000)
    wait_for_operations()
    assert library.list.count() == 5 and library.skipped.isVisible()
    assert problems(qtbot, library) == []


def test_the_share_window_with_names_replaced_and_kept(qtbot, journal: Journal) -> None:
    from reflekt.gui.share_dialog import ExportDialog

    journal.add(
        "Erik showed me how. Erik Berg said: ask first.",
        title="Learned from Erik Berg",
        people=[PersonLink("Erik Berg", Relation.LEARNED_FROM)],
        visibility="shareable",
    )
    dialog = ExportDialog(journal, list(journal.iter_entries()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.wait_until_ready()
    assert dialog.replaced.count() >= 1
    dialog.replaced.setCurrentRow(0)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    dialog.update_preview()
    dialog.wait_until_ready()
    assert any("(kept)" in dialog.replaced.item(i).text() for i in range(dialog.replaced.count()))
    assert problems(qtbot, dialog) == []


def test_the_demo_journal_with_its_bar(qtbot, make_window) -> None:
    """The demo journal's bar and its "Back to my journal" are named, in the Tab order
    and show focus; the bar's words read on its light blue in both themes."""
    window = make_window()
    window.session.open_demo()  # File → Open the demo journal
    banner = window.demo_banner
    qtbot.waitUntil(banner.isVisible)
    found = problems(qtbot, window)
    assert found == [], "\n".join(found)
    assert banner.button in _tab_order(qtbot, window)


def _tab_order(qtbot, root) -> list:
    from .test_accessibility import walk_tab

    order, _ = walk_tab(qtbot, root, Qt.Key.Key_Tab)
    return order
