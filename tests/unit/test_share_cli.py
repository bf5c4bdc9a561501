"""`reflekt export`, `import` and `shares` as a person uses them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reflekt.cli import main


class Run:
    def __init__(self, journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.journal = journal
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--journal", str(self.journal), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        return out

    def fails(self, *args: str, match: str) -> str:
        code, out, err = self(*args)
        assert code == 2, (out, err)
        assert match in err and err.count("\n") == 1 and "Traceback" not in err
        return err


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    r = Run(tmp_path / "cli.reflekt", capsys)
    r.ok(
        "add",
        "Checklists help",
        "--title",
        "Deploy lesson",
        "--share",
        "--tag",
        "deploy",
        "--mood",
        "1",
        "--date",
        "2026-03-10",
    )
    r.ok("add", "SENTINEL-PRIVATE", "--title", "Private one", "--tag", "deploy")
    return r


def test_export_markdown_to_stdout_and_file(run: Run, tmp_path: Path) -> None:
    out = run.ok("export", "--format", "md", "-o", "-")
    assert out.startswith("# Deploy lesson") and "SENTINEL" not in out
    target = tmp_path / "share.md"
    assert "Exported 1 entry" in run.ok("export", "--format", "md", "-o", str(target))
    assert target.read_text(encoding="utf-8") == out
    run.fails("export", "--format", "md", "-o", str(target), match="already exists")
    run.ok("export", "--format", "md", "-o", str(target), "--force")


def test_private_entries_need_consent(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "deploy.html"
    err = run.fails(
        "export", "--format", "html", "--tag", "deploy", "-o", str(target), match="Private one"
    )
    assert "--include-private" in err
    assert not target.exists()
    run.ok("export", "--format", "html", "--tag", "deploy", "--include-private", "-o", str(target))
    assert "SENTINEL-PRIVATE" in target.read_text(encoding="utf-8")


def test_export_by_id_kind_and_dates(run: Run) -> None:
    entry = json.loads(run.ok("list", "--json", "--shared"))[0]
    out = run.ok("export", "--format", "md", "--id", entry["id"][:8], "-o", "-")
    assert "Deploy lesson" in out
    out = run.ok(
        "export",
        "--format",
        "md",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--shared",
        "-o",
        "-",
    )
    assert "Deploy lesson" in out
    run.fails(
        "export",
        "--format",
        "md",
        "--from",
        "2026-04-01",
        "--to",
        "2026-03-01",
        "-o",
        "-",
        match="after",
    )
    run.fails("export", "--format", "md", "--kind", "til", "-o", "-", match="nothing to export")


def test_bundle_needs_a_name_then_works(run: Run, tmp_path: Path) -> None:
    run.fails("export", "--format", "bundle", "-o", str(tmp_path), match="reflekt team name")
    run.ok("team", "name", "Åsa Öberg", "--team", "Support")
    run.ok("export", "--format", "bundle", "-o", str(tmp_path))
    written = list(tmp_path.glob("*.reflekt.json"))
    assert len(written) == 1
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data["author"] == {
        "id": data["author"]["id"],
        "name": "Åsa Öberg",
        "team": "Support",
        "key": data["author"]["key"],  # the journal's public key: the bundle is signed
    }
    assert len(data["author"]["key"]) == 44 and len(data["signature"]) == 88


def test_pdf_export(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "share.pdf"
    run.ok("export", "--format", "pdf", "-o", str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    run.fails("export", "--format", "pdf", "-o", "-", match="cannot go to the terminal")
    if shutil.which("pdfinfo"):
        import subprocess

        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        assert "A4" in info


def test_backup_and_import_into_a_new_journal(run: Run, tmp_path: Path, capsys) -> None:
    backup = tmp_path / "backup.json"
    run.ok("export", "--format", "backup", "-o", str(backup))
    other = Run(tmp_path / "new.reflekt", capsys)
    assert "Imported 2 entries" in other.ok("import", str(backup))
    report = json.loads(other.ok("import", str(backup), "--json"))
    assert report["imported"] == 0 and report["duplicates"] == 2
    original = json.loads(run.ok("list", "--json"))
    assert json.loads(other.ok("list", "--json")) == original


def test_backup_to_stdout_and_its_plain_refusals(run: Run, tmp_path: Path) -> None:
    data = json.loads(run.ok("export", "--format", "backup", "-o", "-"))
    assert data["format"] == "reflekt-backup"
    assert [e["title"] for e in data["journal"]["entries"]] == ["Deploy lesson", "Private one"]
    assert json.loads(run.ok("shares", "--json"))[0]["path"] == "(standard output)"
    run.fails("export", "--format", "backup", "--tag", "deploy", "-o", "-", match="whole journal")
    target = tmp_path / "b.json"
    target.write_text("kept")
    run.fails("export", "--format", "backup", "-o", str(target), match="already exists")
    assert target.read_text() == "kept"
    assert "whole journal" in run.ok("export", "--format", "backup", "-o", str(target), "--force")
    assert json.loads(target.read_text())["journal"]["entries"][0]["mood"] == 1


def test_shares_log(run: Run, tmp_path: Path) -> None:
    assert "Nothing has been shared" in run.ok("shares")
    run.ok("export", "--format", "md", "-o", str(tmp_path / "a.md"), "--people", "roles")
    run.fails(
        "export", "--format", "md", "--tag", "deploy", "-o", str(tmp_path / "b.md"), match="private"
    )
    log = json.loads(run.ok("shares", "--json"))
    assert len(log) == 1  # a refused export left the machine not at all
    assert log[0]["format"] == "md" and log[0]["people"] == "roles"
    assert log[0]["path"].endswith("a.md") and len(log[0]["entries"]) == 1
    assert "a.md" in run.ok("shares")


def test_import_of_a_missing_file(run: Run, tmp_path: Path) -> None:
    run.fails("import", str(tmp_path / "missing.json"), match="There is no file")


def test_text_exports_do_not_load_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reflekt.cli import main\n"
        f"j = {str(tmp_path / 'q.reflekt')!r}\n"
        "main(['--journal', j, 'add', 'x', '--share'])\n"
        "main(['--journal', j, 'export', '--format', 'html', '-o', '-'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"


def test_import_size_limit_can_be_raised_from_the_command_line(tmp_path, capsys) -> None:
    import json

    from reflekt.cli import main
    from reflekt.core.journal import Journal
    from reflekt.share import safety

    journal = tmp_path / "j.reflekt"
    source = tmp_path / "big.json"
    entries = [
        {
            "date": "2026-01-02",
            "time": "09:00",
            "title": "t",
            "body": "x" * 2000,
            "tags": [],
            "starred": False,
        }
    ] * 600
    source.write_text(json.dumps({"tags": {}, "entries": entries}))  # about 1.3 MB
    assert main(["--journal", str(journal), "init"]) == 0
    with Journal.open(journal) as j:
        j.set_setting(safety.MAX_BYTES_SETTING, str(1024 * 1024))  # a 1 MB limit
    assert main(["--journal", str(journal), "import", str(source)]) == 2
    assert "--max-size" in capsys.readouterr().err
    assert main(["--journal", str(journal), "import", str(source), "--max-size", "0"]) == 2
    assert main(["--journal", str(journal), "import", str(source), "--max-size", "2"]) == 0
    with Journal.open(journal) as j:
        assert j.count() > 0
        assert safety.max_bytes(j) == 1024 * 1024, "--max-size is for that one import only"
    # ...so the next import without it is held to the journal's limit again.
    assert main(["--journal", str(journal), "import", str(source)]) == 2
    assert "--max-size" in capsys.readouterr().err
