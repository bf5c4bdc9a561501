"""Promise: emptying the trash in the app removes the pictures only the trashed entries
showed, from the journal's file and its WAL too (the same facade call as the CLI)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.pictures_keep_helpers import in_file, keep, noise_png, run_of, showing

from reflekt.core.journal import Journal
from reflekt.core.models import Filters


def test_empty_trash_in_the_app_removes_the_pictures_only_trashed_entries_showed(
    qtbot, make_window, journal_path: Path, no_blocking_message_boxes
) -> None:
    with Journal.open(journal_path) as j:
        gone = keep(j, noise_png(70))
        stays = keep(j, noise_png(71))
        trashed = j.add(showing(gone.sha256, "retro board"), title="Retro")
        j.add(showing(stays.sha256, "kept"), title="Still here")
        j.delete(trashed.id)
        run = run_of(j.pictures.data(gone.sha256))
    window = make_window()
    assert in_file(journal_path, run)
    window.go("view:trash")
    window.empty_trash_action.trigger()
    assert "cannot be undone" in no_blocking_message_boxes[-1]
    assert window.journal.count(Filters(trash=True)) == 0
    assert window.journal.pictures.info(gone.sha256) is None
    assert window.journal.pictures.info(stays.sha256) is not None
    assert not in_file(journal_path, run)
