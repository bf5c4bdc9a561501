"""The app's search finds an entry by its tags, skills and people (issue #16), as the
command line's does: both ask core/search.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation


def _titles(window) -> list[str]:
    model = window.model
    return [model.entry_at(row).display_title for row in range(model.rowCount())]


def test_typing_a_tag_skill_or_person_finds_the_entry(qtbot, make_window, journal_path) -> None:
    with Journal.open(journal_path) as journal:
        journal.add("The deploy broke at nine", title="Friday deploy", tags=["incident"])
        journal.add("Indexes at last", title="Query plans", skills=["PostgreSQL"])
        journal.add(
            "Paired all morning",
            title="Pairing",
            people=[PersonLink("Märta Ek", Relation.LEARNED_FROM)],
        )
        journal.add("Nothing to do with them", title="Lunch")
    window = make_window()
    assert len(_titles(window)) == 4
    for typed, found in (
        ("incident", ["Friday deploy"]),
        ("postgres*", ["Query plans"]),
        ("marta", ["Pairing"]),
    ):
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search, typed)
        qtbot.waitUntil(lambda found=found: _titles(window) == found, timeout=3000)
        qtbot.keyClick(window.search, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(_titles(window)) == 4, timeout=3000)
