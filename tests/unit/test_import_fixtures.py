"""Real exports from jrnl and Day One import faithfully, and only once."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from tests.backup_reference import backup_data

from reflekt.core.journal import Journal
from reflekt.share.importers import detect, import_file

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
JRNL = FIXTURES / "jrnl_export_real.json"
DAYONE = FIXTURES / "dayone_export_real.json"

needs_fixtures = pytest.mark.skipif(
    not (JRNL.exists() and DAYONE.exists()),
    reason=f"the shared fixtures are not beside the repository ({FIXTURES})",
)


def _by_title(journal: Journal) -> dict[str, object]:
    return {e.title: e for e in journal.iter_entries()}


@needs_fixtures
def test_jrnl_export_imports_faithfully(journal: Journal) -> None:
    source = json.loads(JRNL.read_text(encoding="utf-8"))["entries"]
    report = import_file(journal, JRNL)
    assert (report.format, report.imported, report.duplicates) == ("jrnl", 20, 0)
    entries = _by_title(journal)
    assert len(entries) == 20
    for item in source:
        entry = entries[item["title"]]
        assert entry.day == dt.date.fromisoformat(item["date"])
        assert entry.created[11:16] == item["time"]  # jrnl's local time of day is kept
        assert entry.body == item["body"]
        assert entry.tags == [t.lstrip("@") for t in item["tags"]]
        assert entry.starred is item["starred"]
        assert entry.visibility.value == "private"
    assert sum(e.starred for e in entries.values()) == 3


@needs_fixtures
def test_dayone_export_imports_faithfully(journal: Journal) -> None:
    report = import_file(journal, DAYONE)
    assert report.format == "dayone"
    assert report.imported == 9
    # The two entries without any text are reported, not silently dropped.
    assert sum("has no text" in w for w in report.warnings) == 2
    entries = list(journal.iter_entries())
    titles = {e.title for e in entries}
    assert "Hello Again" in titles
    assert "This is something happened in history." in titles  # "\\." unescaped, "# " -> title
    hello = next(e for e in entries if e.title == "Hello Again")
    assert hello.body == "This is my second diary."
    # 2020-05-07T21:31:13Z is the morning of 8 May in Auckland (UTC+12).
    assert hello.day == dt.date(2020, 5, 8)
    assert hello.created == "2020-05-08T09:31:13+12:00"
    # 2020-05-03T00:00:00Z is noon on 3 May in Auckland.
    earlier = next(e for e in entries if "even earlier" in e.body)
    assert earlier.day == dt.date(2020, 5, 3)
    assert not any("\\" in e.body or "\\" in e.title for e in entries)
    assert all(e.updated >= e.created for e in entries)
    tab_entry = next(e for e in entries if "Weather:" in e.body)
    assert tab_entry.body.startswith("\tDate:\t11 May 2020")


@needs_fixtures
@pytest.mark.parametrize("fixture", [JRNL, DAYONE], ids=["jrnl", "dayone"])
def test_importing_twice_adds_nothing(journal: Journal, fixture: Path) -> None:
    first = import_file(journal, fixture)
    before = backup_data(journal)["entries"]
    second = import_file(journal, fixture)
    assert second.imported == 0
    assert second.duplicates == first.imported
    assert backup_data(journal)["entries"] == before


@needs_fixtures
def test_dayone_zip_reads_json_and_reports_attachments(journal: Journal, tmp_path: Path) -> None:
    archive = tmp_path / "Export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(DAYONE, "Journal.json")
        z.writestr("photos/0123abcd.jpeg", b"\xff\xd8\xff fake jpeg")
        z.writestr("audios/note.m4a", b"fake audio")
    report = import_file(journal, archive)
    assert report.format == "dayone"
    assert report.imported == 9
    assert any("2 attachment file(s)" in w for w in report.warnings)
    assert not (tmp_path / "photos").exists()  # nothing extracted
    assert import_file(journal, archive).imported == 0


@needs_fixtures
def test_format_is_detected(tmp_path: Path) -> None:
    assert detect(JRNL, 10**8)[0] == "jrnl"
    assert detect(DAYONE, 10**8)[0] == "dayone"
    assert detect(tmp_path, 10**8)[0] == "markdown"


def test_markdown_daily_notes(journal: Journal, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / "Daily").mkdir(parents=True)
    (vault / ".obsidian").mkdir()
    (vault / ".obsidian" / "2024-01-01.md").write_text("settings, not a note")
    (vault / "Daily" / "2024-03-04.md").write_text(
        "# Standup went long\n\nWe should #timebox it. See page#anchor and #1.\n",
        encoding="utf-8",
    )
    (vault / "retro.md").write_text(
        "---\ndate: 2024-03-08\ntitle: Retro notes\ntags: [team, retro]\n---\nKeep doing demos.\n",
        encoding="utf-8",
    )
    (vault / "ideas.md").write_text("No date here.\n", encoding="utf-8")
    report = import_file(journal, vault)
    assert report.format == "markdown"
    assert report.imported == 2
    assert any("ideas.md has no date" in w for w in report.warnings)
    entries = {e.title: e for e in journal.iter_entries()}
    standup = entries["Standup went long"]
    assert standup.day == dt.date(2024, 3, 4)
    assert standup.tags == ["timebox"]
    assert standup.body.startswith("We should #timebox it.")
    retro = entries["Retro notes"]
    assert retro.day == dt.date(2024, 3, 8)
    assert retro.tags == ["team", "retro"]
    assert retro.body == "Keep doing demos."
    assert import_file(journal, vault).imported == 0


def test_a_bad_entry_means_nothing_is_imported(journal: Journal, tmp_path: Path) -> None:
    data = {
        "tags": {},
        "entries": [
            {"title": "fine", "body": "ok", "date": "2024-03-04", "time": "10:00", "tags": []},
            {"title": "x" * 10, "body": "b", "date": "2024-02-30", "time": "10:00", "tags": []},
        ],
    }
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    from reflekt.errors import FileRejected

    with pytest.raises(FileRejected, match=r"entry 2 .*2024-02-30"):
        import_file(journal, path)
    assert journal.count() == 0
