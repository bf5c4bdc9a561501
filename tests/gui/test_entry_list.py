"""The entry list model on its own: search results arrive a page at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester

from reflekt.core.journal import Journal
from reflekt.gui.entry_list import EntryListModel, EntryRole


def test_search_hits_load_a_page_at_a_time_up_to_the_limit(qtbot, journal_path: Path) -> None:
    with Journal.open(journal_path) as j:
        j.add_many({"body": f"standup notes {n}", "day": "2026-01-01"} for n in range(12))
        model = EntryListModel()
        model.SEARCH_PAGE = 5
        model.SEARCH_LIMIT = 11
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
        model.set_journal(j)
        model.set_query("standup")
        assert model.rowCount() == 5  # only the first page is read while typing
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 11
        ids = [model.index(row).data(EntryRole).id for row in range(model.rowCount())]
        assert len(set(ids)) == 11  # pages follow on without repeating a hit
        model.set_query("nothing-like-this")
        assert model.rowCount() == 0 and not model.canFetchMore()
        assert tester is not None
