"""One rule for every command that writes a file the person names (issue #16): a file
that exists is replaced only with --force; and a bundle always gets the name colleagues'
reflekt reads."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt.cli.parser import build_parser, subcommands
from reflekt.share import bundle


@pytest.fixture
def run(tmp_path: Path, capsys, monkeypatch) -> Cli:
    cli = Cli(tmp_path / "files.reflekt", capsys, monkeypatch)
    cli.ok("team", "name", "Ann Andersson")
    cli.ok("add", "Roll back before you debug", "--title", "Rollback", "--share")
    return cli


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list:
    found = []
    for name, sub in subcommands(parser).items():
        found.append(((*path, name), sub))
        found += _commands(sub, (*path, name))
    return found


def test_every_command_that_writes_a_named_file_takes_force() -> None:
    writers = [
        (path, sub)
        for path, sub in _commands(build_parser())
        if "--output" in sub._option_string_actions
    ]
    assert {path[0] for path, _ in writers} >= {"export", "report", "chart", "backup"}
    for path, sub in writers:
        assert "--force" in sub._option_string_actions, " ".join(path)
        assert "replace FILE if it exists" in sub.format_help(), " ".join(path)


WRITERS = {
    "export md": (["export", "--format", "md"], "share.md"),
    "export html": (["export", "--format", "html"], "share.html"),
    "export bundle": (["export", "--format", "bundle"], "ann.reflekt.json"),
    "export backup": (["export", "--format", "backup"], "all.json"),
    "backup": (["backup"], "copy.reflekt"),
    "report": (["report"], "talk.html"),
    "chart": (["chart", "kinds"], "kinds.svg"),
}


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_is_replaced_only_with_force(
    run: Cli, tmp_path: Path, writer: str
) -> None:
    argv, name = WRITERS[writer]
    target = tmp_path / name
    target.write_bytes(b"my own file")
    err = run.fails(*argv, "-o", str(target), match="already exists")
    assert "--force" in err
    assert target.read_bytes() == b"my own file"  # nothing written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(name)] == [name]
    run.ok(*argv, "-o", str(target), "--force")
    assert target.read_bytes() != b"my own file"


def test_the_refusal_in_swedish(run: Cli, tmp_path: Path) -> None:
    target = tmp_path / "talk.html"
    target.write_bytes(b"x")
    run.fails("--lang", "sv", "report", "-o", str(target), match="finns redan")
    assert target.read_bytes() == b"x"


# -- a bundle's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("migration-lesson", "migration-lesson.reflekt.json"),
        ("migration-lesson.json", "migration-lesson.reflekt.json"),
        ("migration-lesson.reflekt", "migration-lesson.reflekt.json"),
        ("migration-lesson.reflekt.json", "migration-lesson.reflekt.json"),
        ("Lesson.REFLEKT.JSON", "Lesson.REFLEKT.JSON"),  # the scan reads any case,
        ("v1.2 notes", "v1.2 notes.reflekt.json"),
    ],
)
def test_a_bundle_gets_the_name_a_team_folder_is_read_by(given: str, written: str) -> None:
    assert bundle.named_as_bundle(Path("team") / given) == Path("team") / written


def test_a_bundle_saved_without_its_extension_is_read_by_a_colleague(
    run: Cli, tmp_path: Path, capsys, monkeypatch
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    out = run.ok("export", "--format", "bundle", "-o", str(folder / "migration-lesson"))
    written = folder / "migration-lesson.reflekt.json"
    assert [p.name for p in folder.iterdir()] == [written.name]
    assert str(written) in out
    colleague = Cli(tmp_path / "colleague.reflekt", capsys, monkeypatch)
    colleague.ok("team", "folder", str(folder))
    assert "Read 1 bundle" in colleague.ok("team", "sync")
    assert "Rollback" in colleague.ok("team")


def test_leave_to_replace_is_not_carried_over_to_the_name_with_the_extension(
    journal_path: Path, tmp_path: Path
) -> None:
    """The app's save dialog asks before replacing the name typed; the bundle is
    written under the name with .reflekt.json, which the dialog never asked about."""
    from reflekt.core.journal import Journal
    from reflekt.errors import OutputExists
    from reflekt.share import export

    taken = tmp_path / "lesson.reflekt.json"
    taken.write_bytes(b"a colleague's file")
    with Journal.open(journal_path) as journal:
        export.set_author(journal, "Ann")
        journal.add("Roll back first", visibility="shareable")
        preview = export.prepare_export(journal, export.ExportOptions(format="bundle"))
        with pytest.raises(OutputExists):
            export.write_export(journal, preview, tmp_path / "lesson", overwrite=True)
        assert taken.read_bytes() == b"a colleague's file"
        assert journal.shares.list() == []  # nothing left, nothing logged
        written = export.write_export(journal, preview, taken, overwrite=True)
        assert written == taken and taken.read_bytes() == preview.data
