"""Importers register themselves: each names its format, recognises its own files, and is
read the same way; the command line's --format choices are the registered names."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.share import export
from reflekt.share.importers import FORMATS, detect, import_file
from reflekt.share.importers.base import (
    REGISTRY,
    ImportReport,
    Parsed,
    Source,
    add_entries,
    register,
)

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


def _one_of_each(tmp_path: Path, journal: Journal) -> dict[str, Path]:
    """A small file in every format reflekt imports, keyed by the format's name."""
    journal.add("kept in the backup", title="Backed up")
    backup = tmp_path / "backup.json"
    export.write_export(
        journal, export.prepare_export(journal, export.ExportOptions("backup")), backup
    )
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "2024-03-04.md").write_text("A note #tag", encoding="utf-8")
    files = {
        "jrnl": tmp_path / "jrnl.json",
        "dayone": tmp_path / "dayone.json",
        "markdown": notes,
        "backup": backup,
        "bundle": tmp_path / "bundle.json",
    }
    files["jrnl"].write_text(
        json.dumps(
            {"tags": {}, "entries": [{"date": "2024-03-04", "time": "09:00", "title": "t"}]}
        ),
        encoding="utf-8",
    )
    files["dayone"].write_text(
        json.dumps({"metadata": {}, "entries": [{"uuid": "A1", "text": "x"}]}),
        encoding="utf-8",
    )
    files["bundle"].write_text(
        json.dumps({"format": "reflekt-share-bundle", "version": 1, "entries": []}),
        encoding="utf-8",
    )
    return files


def test_the_import_formats_are_the_registered_importers() -> None:
    assert FORMATS == ("auto", "jrnl", "dayone", "markdown", "backup", "bundle")
    for name in FORMATS[1:]:
        importer = REGISTRY[name]
        assert name == importer.NAME
        assert importer.TITLE.strip()
        assert callable(importer.sniff) and callable(importer.read)


def test_each_file_is_recognised_by_exactly_one_importer(journal: Journal, tmp_path: Path) -> None:
    for name, path in _one_of_each(tmp_path, journal).items():
        claimed = [other for other, i in REGISTRY.items() if i.sniff(Source(path, 10**8))]
        assert claimed == [name], path
        assert detect(path, 10**8)[0] == name


@pytest.mark.skipif(not FIXTURES.exists(), reason="the shared fixtures are not beside us")
def test_the_real_exports_are_each_claimed_by_one_importer() -> None:
    for name, file in (("jrnl", "jrnl_export_real.json"), ("dayone", "dayone_export_real.json")):
        source = Source(FIXTURES / file, 10**8)
        assert [n for n, i in REGISTRY.items() if i.sniff(source)] == [name]


def test_a_file_no_importer_recognises_is_refused_and_nothing_is_written(
    journal: Journal, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"entries": [{"when": "today"}]}), encoding="utf-8")
    with pytest.raises(FileRejected) as caught:
        import_file(journal, odd)
    assert "--format (jrnl, dayone, markdown, backup or bundle)" in caught.value.message
    assert journal.count() == 0


def test_a_new_importer_only_registers_itself_to_be_chosen(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One module with NAME, TITLE, sniff and read is all a new format needs."""
    plain = types.ModuleType("reflekt_test_plain_text")
    plain.NAME = "plain"
    plain.TITLE = "plain text"
    plain.sniff = lambda source: source.path.suffix == ".txt"

    def read(
        journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
    ) -> ImportReport:
        text = source.path.read_text(encoding="utf-8")
        items = [(f"plain:{n}", {"body": line}) for n, line in enumerate(text.splitlines())]
        return add_entries(journal, Parsed(items), source, report, cancelled)

    plain.read = read
    monkeypatch.setitem(sys.modules, plain.__name__, plain)
    monkeypatch.setitem(REGISTRY, "plain", plain)  # taken out again after the test
    register(plain)
    notes = tmp_path / "notes.txt"
    notes.write_text("first\nsecond\n", encoding="utf-8")

    report = import_file(journal, notes)
    again = import_file(journal, notes, "plain")

    assert (report.format, report.imported) == ("plain", 2)
    assert (again.imported, again.duplicates) == (0, 2)
    assert report.lines()[0] == "Imported 2 entries from notes.txt (plain text)."
    assert sorted(e.body for e in journal.iter_entries()) == ["first", "second"]


def test_a_module_missing_part_of_the_importer_contract_is_not_registered() -> None:
    half = types.ModuleType("reflekt_test_half")
    half.NAME = "half"
    half.sniff = lambda source: True
    with pytest.raises(TypeError, match="TITLE"):
        register(half)
    assert "half" not in REGISTRY


def test_the_import_report_speaks_the_language_chosen(journal: Journal, tmp_path: Path) -> None:
    from reflekt import messages

    path = _one_of_each(tmp_path, journal)["jrnl"]
    messages.set_language("sv")
    try:
        first = import_file(journal, path).lines()
        again = import_file(journal, path).lines()
    finally:
        messages.set_language("en")
    assert first == ["Importerade 1 anteckning från jrnl.json (jrnl)."]
    assert again == [
        "Importerade 0 anteckningar från jrnl.json (jrnl).",
        "Hoppade över 1 som redan finns i din dagbok (importerade tidigare).",
    ]
    assert import_file(journal, path).lines()[0] == "Imported 0 entries from jrnl.json (jrnl)."
