"""Two people, two journals and a team folder kept in step by a sync tool (simulated:
files arrive under a temporary name and are renamed, conflict copies appear, a person
renames themselves). What each sees, and what `reflekt team sync` says and exits with."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from reflekt.cli import main
from reflekt.cli.share import EXIT_SKIPPED


class Person:
    """One colleague's journal, driven through the command line."""

    def __init__(self, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.path = path
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--journal", str(self.path), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, (out, err)
        return out

    def sync(self) -> dict:
        code, out, _ = self("team", "sync", "--json")
        report = json.loads(out)
        report["exit"] = code
        return report

    def titles(self) -> list[str]:
        return sorted(lesson["title"] for lesson in json.loads(self.ok("team", "list", "--json")))


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Ann's and Bo's copies of the team folder (a sync tool keeps them alike)."""
    ann, bo = tmp_path / "ann-sync", tmp_path / "bo-sync"
    ann.mkdir()
    bo.mkdir()
    return ann, bo


@pytest.fixture
def ann(tmp_path: Path, capsys, folders) -> Person:
    person = Person(tmp_path / "ann.reflekt", capsys)
    person.ok("team", "name", "Ann Ek", "--team", "Support")
    person.ok("team", "folder", str(folders[0]))
    return person


@pytest.fixture
def bo(tmp_path: Path, capsys, folders) -> Person:
    person = Person(tmp_path / "bo.reflekt", capsys)
    person.ok("team", "name", "Bo Berg")
    person.ok("team", "folder", str(folders[1]))
    return person


def sync_tool(source: Path, target: Path) -> None:
    """Copy what changed from one computer's folder to the other's the way Syncthing
    does: into a temporary file first, then renamed into place; deletions follow."""
    for file in source.iterdir():
        there = target / file.name
        if there.exists() and there.read_bytes() == file.read_bytes():
            continue
        temp = target / f".syncthing.{file.name}.tmp"
        shutil.copyfile(file, temp)
        os.replace(temp, there)
    for file in target.iterdir():
        if not (source / file.name).exists():
            file.unlink()


def publish(person: Person, title: str) -> None:
    person.ok("add", title, "--title", title, "--kind", "lesson", "--share")
    person.ok("export", "--format", "bundle", "--team")


def test_a_lesson_reaches_a_colleague_and_a_half_copied_file_is_never_read(
    ann: Person, bo: Person, folders
) -> None:
    publish(ann, "Ask before fixing")
    (own,) = list(folders[0].iterdir())
    # Halfway through the copy: only the temporary file is on Bo's computer.
    half = folders[1] / f".syncthing.{own.name}.tmp"
    half.write_bytes(own.read_bytes()[:40])
    report = bo.sync()
    assert bo.titles() == []
    assert {"file": half.name, "kind": "being-copied"}.items() <= report["skipped"][0].items()
    assert report["exit"] == 0  # a file being copied is not a problem
    half.unlink()
    sync_tool(folders[0], folders[1])
    report = bo.sync()
    assert bo.titles() == ["Ask before fixing"]
    assert (report["added"], report["exit"], report["lessons"]) == (1, 0, 1)
    # Ann's own bundle is named in her sync, not skipped without a word.
    report = ann.sync()
    assert [(s["file"], s["kind"]) for s in report["skipped"]] == [(own.name, "own")]
    _, out, _ = ann("team", "sync")
    assert f"Skipped {own.name}: your own bundle" in out


def test_renaming_yourself_leaves_one_bundle_and_a_new_colleague_reads_the_new_name(
    ann: Person, bo: Person, folders, tmp_path: Path, capsys
) -> None:
    publish(ann, "Ask before fixing")
    before = {f.name for f in folders[0].iterdir()}
    ann.ok("team", "name", "Ann Lind")
    ann.ok("export", "--format", "bundle", "--team")
    after = {f.name for f in folders[0].iterdir()}
    assert len(after) == 1 and after != before  # the old file went with the rename
    sync_tool(folders[0], folders[1])
    bo.sync()
    authors = json.loads(bo.ok("team", "authors", "--json"))
    assert [a["name"] for a in authors] == ["Ann Lind"]
    # A colleague who joins later sees the new name only.
    cy = Person(tmp_path / "cy.reflekt", capsys)
    cy.ok("team", "name", "Cy Chen")
    cy.ok("team", "folder", str(folders[1]))
    cy.sync()
    assert [a["name"] for a in json.loads(cy.ok("team", "authors", "--json"))] == ["Ann Lind"]


def test_an_authors_lessons_come_from_their_newest_bundle_whatever_its_name(
    ann: Person, bo: Person, folders
) -> None:
    publish(ann, "First lesson")
    (old,) = list(folders[0].iterdir())
    kept = old.read_bytes()  # a copy someone made by hand, under another name
    publish(ann, "Second lesson")
    sync_tool(folders[0], folders[1])
    (folders[1] / "ann-old-copy.reflekt.json").write_bytes(kept)
    report = bo.sync()
    assert bo.titles() == ["First lesson", "Second lesson"]
    stale = [s for s in report["skipped"] if s["kind"] == "stale"]
    assert [s["file"] for s in stale] == ["ann-old-copy.reflekt.json"]
    assert "older bundle of Ann Ek" in stale[0]["reason"]
    assert report["exit"] == 0
    # Said again on the next sync, when the file is not read again.
    again = bo.sync()
    assert [s["file"] for s in again["skipped"] if s["kind"] == "stale"] == [
        "ann-old-copy.reflekt.json"
    ]


@pytest.mark.parametrize(
    "copy_name",
    [
        "{stem}.sync-conflict-20260314-120000-ABCDEF7.json",  # Syncthing
        "{stem} (conflicted copy 2026-03-14 120000).json",  # Nextcloud
        "{stem}_conflict-20260314-120000.json",  # ownCloud, older Nextcloud
        "{stem} (Ann Ek's conflicted copy 2026-03-14).json",  # Dropbox
        "{stem}-LAPTOP.reflekt.json",  # OneDrive
    ],
)
def test_a_conflict_copy_with_a_newer_revision_wins_and_is_reported(
    ann: Person, bo: Person, folders, copy_name: str
) -> None:
    publish(ann, "First lesson")
    sync_tool(folders[0], folders[1])
    bo.sync()
    (name,) = [f.name for f in folders[1].iterdir()]
    stem = name.removesuffix(".json")
    publish(ann, "Second lesson")
    # The sync tool could not settle two versions: the newer lands in a conflict copy.
    newer = folders[1] / copy_name.format(stem=stem)
    newer.write_bytes((folders[0] / name).read_bytes())
    report = bo.sync()
    assert bo.titles() == ["First lesson", "Second lesson"]
    conflicts = {c["file"]: c["outcome"] for c in report["conflicts"]}
    if "LAPTOP" not in newer.name:  # a OneDrive copy cannot be told from a name
        assert conflicts[newer.name].startswith("read")
    assert name in [s["file"] for s in report["skipped"] if s["kind"] == "stale"]


def test_a_conflict_copy_of_another_persons_bundle_is_read_as_theirs(
    ann: Person, bo: Person, folders, tmp_path: Path, capsys
) -> None:
    cy = Person(tmp_path / "cy.reflekt", capsys)
    cy.ok("team", "name", "Cy Chen")
    cy.ok("team", "folder", str(folders[0]))
    publish(cy, "Cy's lesson")
    (cys,) = list(folders[0].iterdir())
    publish(ann, "Ann's lesson")
    ann_file = next(f for f in folders[0].iterdir() if f != cys)
    # The sync tool put Cy's bundle into a conflict copy named like Ann's file.
    stem = ann_file.name.removesuffix(".json")
    (folders[1] / ann_file.name).write_bytes(ann_file.read_bytes())
    (folders[1] / f"{stem}.sync-conflict-20260314-120000-ABCDEF7.json").write_bytes(
        cys.read_bytes()
    )
    report = bo.sync()
    assert bo.titles() == ["Ann's lesson", "Cy's lesson"]
    assert [c["outcome"][:4] for c in report["conflicts"]] == ["read"]


def test_a_bundle_without_its_extension_is_named_with_the_fix_and_sync_exits_6(
    ann: Person, bo: Person, folders
) -> None:
    publish(ann, "Ask before fixing")
    (own,) = list(folders[0].iterdir())
    (folders[1] / "Ann lessons").write_bytes(own.read_bytes())
    (folders[1] / "minutes.docx").write_bytes(b"PK\x03\x04 not a bundle")
    code, out, _ = bo("team", "sync")
    assert code == EXIT_SKIPPED == 6
    assert "Skipped Ann lessons: it is a share bundle, but its name does not end in" in out
    assert "Rename it to Ann lessons.reflekt.json" in out
    assert "Skipped minutes.docx: not a share bundle" in out
    assert bo.titles() == []  # nothing was read from it
    report = bo.sync()
    kinds = {s["file"]: s["kind"] for s in report["skipped"]}
    assert kinds == {"Ann lessons": "wrong-extension", "minutes.docx": "not-a-bundle"}
    # Renamed as told, it is read, and the sync exits 0 again.
    (folders[1] / "Ann lessons").rename(folders[1] / "Ann lessons.reflekt.json")
    report = bo.sync()
    assert (report["added"], report["exit"]) == (1, 0)


def test_sync_help_names_its_exit_code(bo: Person) -> None:
    with pytest.raises(SystemExit) as done:
        bo("team", "sync", "--help")
    out = bo.capsys.readouterr().out
    assert done.value.code == 0 and "exit 6" in " ".join(out.split())


def test_an_edit_and_a_withdrawal_arrive(ann: Person, bo: Person, folders) -> None:
    publish(ann, "Ask before fixing")
    entry = json.loads(ann.ok("list", "--json"))[0]["id"]
    sync_tool(folders[0], folders[1])
    bo.sync()
    ann.ok("edit", entry, "--title", "Ask first, then fix")
    ann.ok("export", "--format", "bundle", "--team")
    sync_tool(folders[0], folders[1])
    assert bo.sync()["updated"] == 1
    assert bo.titles() == ["Ask first, then fix"]
    ann.ok("edit", entry, "--private")
    ann.ok("export", "--format", "bundle", "--team")
    sync_tool(folders[0], folders[1])
    assert bo.sync()["withdrawn"] == 1
    assert bo.titles() == []


def test_list_by_an_unknown_author_says_so_in_a_full_library(
    ann: Person, bo: Person, folders
) -> None:
    publish(ann, "Ask before fixing")
    sync_tool(folders[0], folders[1])
    bo.sync()
    out = bo.ok("team", "list", "--author", "Nobody")
    assert "empty" not in out
    assert "Nobody" in out and "reflekt team authors" in out
    assert "Ann Ek" in bo.ok("team", "list", "--author", "Ann Ek")


def test_sync_file_names_are_plain_on_the_terminal(bo: Person, folders) -> None:
    (folders[1] / "evil\x1b[31mred.reflekt.json").write_bytes(b"{}")
    code, out, _ = bo("team", "sync")
    assert code == EXIT_SKIPPED and "\x1b" not in out


def test_an_empty_folder_says_so_and_asks_if_it_is_the_right_one(bo: Person) -> None:
    code, out, _ = bo("team", "sync")
    assert code == 0
    assert "no share bundles yet" in out and ".reflekt.json" in out


def test_a_conflict_copy_of_the_same_revision_stays_a_copy_on_every_sync(
    ann: Person, bo: Person, folders
) -> None:
    """A sync tool leaves a copy of the bundle already read, as it is. Every sync says
    the same: the copy is not used and the bundle read stays the one read (a copy just
    written is checked again on the next sync, and once won that second look)."""
    publish(ann, "First lesson")
    sync_tool(folders[0], folders[1])
    bo.sync()
    (name,) = [f.name for f in folders[1].iterdir()]
    copy = folders[1] / f"{name.removesuffix('.json')}.sync-conflict-20260314-120000-ABCDEF7.json"
    copy.write_bytes((folders[1] / name).read_bytes())
    for _ in range(3):
        report = bo.sync()
        conflicts = {c["file"]: c["outcome"] for c in report["conflicts"]}
        assert conflicts[copy.name].startswith("not used"), report
        stale = [s["file"] for s in report["skipped"] if s["kind"] == "stale"]
        assert name not in stale, report
        assert bo.titles() == ["First lesson"]
