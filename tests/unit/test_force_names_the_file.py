"""--force replaces the file a person named, and only that one; when the bundle's
extension leads to another file that exists, the refusal says how to replace it (it
used to repeat "allow replacing it (--force)" to someone who had just given --force)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def test_force_does_not_replace_the_bundle_the_extension_leads_to(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    cli = Cli(tmp_path / "me.reflekt", capsys, monkeypatch)
    cli.ok("add", "Move one table at a time.", "--share")
    cli.ok("team", "name", "Alex Andersson")
    kept = tmp_path / "lesson.reflekt.json"
    kept.write_text("a colleague's bundle", encoding="utf-8")
    err = cli.fails(
        "export",
        "--format",
        "bundle",
        "-o",
        str(tmp_path / "lesson.json"),
        "--force",
        match=f"To replace it, name it: -o {kept} --force",
    )
    assert "allow replacing it" not in err
    assert kept.read_text(encoding="utf-8") == "a colleague's bundle"
    assert not (tmp_path / "lesson.json").exists()
    assert cli.json("shares") == []

    said = cli.ok("export", "--format", "bundle", "-o", str(kept), "--force")
    assert "Exported 1 entry" in said and kept.read_text(encoding="utf-8").startswith("{")
