"""The Swedish window reports imports in Swedish, whole sentences: a colleague's bundle,
and a file whose JSON breaks the rules (Python's own English never shows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from reflekt.core.journal import Journal
from reflekt.gui.app import apply_language
from reflekt.gui.operations import wait_for_operations
from reflekt.share import export


def _import(qtbot, window, monkeypatch, path: Path, shown: list[str]) -> str:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before = len(shown)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(shown) > before, timeout=10_000)
    wait_for_operations()
    return shown[-1]


def test_a_bundle_imported_in_the_swedish_window_is_reported_in_swedish(
    qtbot, make_window, monkeypatch, tmp_path, no_blocking_message_boxes
) -> None:
    with Journal.open(tmp_path / "kollega.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg")
        entry = colleague.add("Fråga tidigt", title="Återkoppling", visibility="shareable")
        options = export.ExportOptions(format="bundle", ids=(entry.id,))
        bundle = export.write_export(
            colleague, export.prepare_export(colleague, options), tmp_path / "bo.reflekt.json"
        )
    apply_language("sv")
    window = make_window()
    said = _import(qtbot, window, monkeypatch, bundle, no_blocking_message_boxes)
    assert said == (
        "Teambiblioteket, lärdomar från Bo Berg (bo.reflekt.json). Nya: 1, uppdaterade: 0, "
        "tillbakadragna: 0."
    )


def test_json_with_a_key_twice_is_refused_in_swedish_words(
    qtbot, make_window, monkeypatch, tmp_path, no_blocking_message_boxes
) -> None:
    apply_language("sv")
    window = make_window()
    twice = tmp_path / "dubbel.json"
    twice.write_text('{"entries": [], "entries": []}', encoding="utf-8")
    said = _import(qtbot, window, monkeypatch, twice, no_blocking_message_boxes)
    assert "nyckeln 'entries' finns två gånger i ett objekt" in said
    assert "appears twice" not in said
    assert window.journal.count() == 0
