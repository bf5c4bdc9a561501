"""Promises: a picture goes with the last entry that used it, and its bytes leave the
journal's file and its write-ahead log; a picture still used anywhere stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import Cli
from tests.unit.pictures_keep_helpers import (
    file_bytes,
    in_file,
    keep,
    noise_png,
    run_of,
    showing,
)

from reflekt.core.journal import Journal


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "journal.reflekt", capsys, monkeypatch)


def age(journal: Journal, sha256: str, days: int) -> None:
    """Make a kept picture look as if it was added ``days`` ago."""
    then = (dt.datetime.now().astimezone() - dt.timedelta(days=days)).isoformat()
    journal.db.execute("UPDATE pictures SET added = ? WHERE sha256 = ?", [then, sha256])


@pytest.mark.parametrize("checkpointed", [True, False], ids=["in-file", "in-wal"])
def test_emptying_the_trash_removes_the_picture_from_file_and_wal(
    cli: Cli, checkpointed: bool
) -> None:
    cli.ok("add", "An ordinary day")
    app = Journal.open(cli.journal)  # the app has the journal open all along
    try:
        data = noise_png(1)
        picture = keep(app, data)
        entry = app.add(showing(picture.sha256), title="Retro")
        if checkpointed:
            app.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        run = run_of(app.pictures.data(picture.sha256))
        assert in_file(cli.journal, run)
        cli.ok("delete", entry.id)
        assert app.pictures.info(picture.sha256) is not None  # the trash keeps it
        assert "Removed 1 entry" in cli.ok("trash", "empty")
        assert app.pictures.info(picture.sha256) is None
        assert not in_file(cli.journal, run)
        # The thumbnail went with it.
        assert app.db.execute("SELECT count(*) FROM pictures").fetchone()[0] == 0
        assert app.count() == 1
    finally:
        app.close()
    assert not in_file(cli.journal, run)


def test_purging_an_entry_removes_its_picture_and_thumbnail_bytes(journal: Journal) -> None:
    picture = keep(journal, noise_png(2))
    entry = journal.add(showing(picture.sha256))
    runs = [run_of(journal.pictures.data(picture.sha256))]
    runs.append(run_of(journal.pictures.thumbnail(picture.sha256)))
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert all(in_file(journal.path, run) for run in runs)
    journal.delete(entry.id)
    journal.purge(entry.id)
    assert journal.pictures.info(picture.sha256) is None
    for run in runs:
        assert not in_file(journal.path, run)
    assert Path(f"{journal.path}-wal").stat().st_size == 0  # the log was cut back


def test_a_picture_another_entry_shows_stays(journal: Journal) -> None:
    picture = keep(journal, noise_png(3))
    gone = journal.add(showing(picture.sha256, "first"))
    kept = journal.add(showing(picture.sha256, "second"), title="Still here")
    in_trash = journal.add(showing(keep(journal, noise_png(4)).sha256))
    journal.delete(gone.id)
    journal.purge(gone.id)
    assert journal.pictures.info(picture.sha256) is not None
    assert [p.sha256 for p in journal.pictures.of_entry(kept.id)] == [picture.sha256]
    assert journal.pictures.data(picture.sha256)  # bytes whole
    # A picture used by an entry in the trash stays until the trash is emptied.
    journal.delete(in_trash.id)
    journal.delete(kept.id)
    journal.restore(kept.id)
    journal.empty_trash()
    assert journal.pictures.info(picture.sha256) is not None
    assert len(journal.pictures.all()) == 1


def test_purging_one_entry_leaves_pictures_of_entries_still_in_the_trash(
    journal: Journal,
) -> None:
    one = journal.add(showing(keep(journal, noise_png(5)).sha256))
    other_picture = keep(journal, noise_png(6))
    other = journal.add(showing(other_picture.sha256))
    journal.delete(one.id)
    journal.delete(other.id)
    journal.purge(one.id)
    assert [p.sha256 for p in journal.pictures.all()] == [other_picture.sha256]
    journal.restore(other.id)
    assert journal.pictures.of_entry(other.id)[0].sha256 == other_picture.sha256


def test_a_picture_a_draft_shows_stays(journal: Journal) -> None:
    picture = keep(journal, noise_png(7))
    entry = journal.add(showing(picture.sha256))
    # The editor could not save (the entry changed elsewhere): its text waits as a draft.
    journal.save_draft(entry.id, {"body": showing(picture.sha256, "mine")}, entry.revision)
    journal.update(entry.id, body="Rewritten elsewhere, without the picture")
    journal.delete(entry.id)
    journal.purge(entry.id)
    assert journal.pictures.info(picture.sha256) is not None
    assert journal.pictures.collect() == 0


def test_collect_keeps_a_picture_on_its_way_in_and_removes_an_old_unused_one(
    journal: Journal,
) -> None:
    pasted = keep(journal, noise_png(8))  # pasted into the editor; the entry not saved yet
    dropped = keep(journal, noise_png(9))
    entry = journal.add(showing(dropped.sha256))
    journal.update(entry.id, body="The picture was taken out again")
    age(journal, dropped.sha256, days=3)
    run = run_of(journal.pictures.data(dropped.sha256))
    assert journal.pictures.collect() == 1
    assert journal.pictures.info(dropped.sha256) is None
    assert journal.pictures.info(pasted.sha256) is not None
    assert not in_file(journal.path, run)
    # Once the pasted picture is old and still unused, it goes too.
    age(journal, pasted.sha256, days=2)
    assert journal.pictures.collect() == 1
    assert journal.pictures.all() == []
    assert journal.pictures.collect() == 0


def test_emptying_the_trash_also_sweeps_old_unused_pictures(journal: Journal) -> None:
    old = keep(journal, noise_png(10))
    age(journal, old.sha256, days=10)
    pasted = keep(journal, noise_png(15))  # in the app's editor, its entry not saved yet
    entry = journal.add("No pictures here")
    journal.delete(entry.id)
    assert journal.empty_trash() == 1
    assert journal.pictures.info(old.sha256) is None
    assert journal.pictures.info(pasted.sha256) is not None


def test_emptying_an_empty_trash_changes_nothing(journal: Journal) -> None:
    picture = keep(journal, noise_png(11))
    age(journal, picture.sha256, days=10)
    before = file_bytes(journal.path)
    assert journal.empty_trash() == 0
    assert journal.pictures.info(picture.sha256) is not None
    assert file_bytes(journal.path) == before


def test_the_same_picture_shown_twice_in_one_entry_goes_once(journal: Journal) -> None:
    picture = keep(journal, noise_png(12))
    entry = journal.add(showing(picture.sha256) + "\n\n" + showing(picture.sha256, "again"))
    assert len(journal.pictures.of_entry(entry.id)) == 2
    journal.delete(entry.id)
    journal.purge(entry.id)
    assert journal.pictures.all() == []


def test_purge_from_the_command_line_removes_the_picture(cli: Cli) -> None:
    with Journal.open(cli.journal) as j:
        picture = keep(j, noise_png(13))
        entry = j.add(showing(picture.sha256))
        run = run_of(j.pictures.data(picture.sha256))
    cli.ok("delete", entry.id)
    cli.ok("purge", entry.id)
    assert not in_file(cli.journal, run)
    with Journal.open(cli.journal) as j:
        assert j.pictures.all() == []


def test_a_picture_a_colleagues_lesson_names_stays(journal: Journal, tmp_path: Path) -> None:
    """A lesson brought back from a JSON backup has its text but no link rows: the
    text alone keeps the picture it names."""
    from reflekt.share import export, team

    data = noise_png(14)
    folder = tmp_path / "Team"
    folder.mkdir()
    with Journal.open(tmp_path / "colleague.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg", "Support")
        sha = keep(colleague, data).sha256
        colleague.add(showing(sha, "their board"), title="Retro", visibility="shareable")
        team.set_folder(colleague, folder)
        team.publish(colleague)
    team.set_folder(journal, folder)
    team.scan(journal)
    assert f"(picture:{sha})" in journal.team.lessons()[0].body
    if journal.pictures.info(sha) is None:
        keep(journal, data)
    links = "SELECT 1 FROM sqlite_master WHERE name = 'team_pictures'"
    if journal.db.execute(links).fetchone():  # the links a JSON backup does not carry
        journal.db.execute("DELETE FROM team_pictures")
    age(journal, sha, days=30)
    assert journal.pictures.collect() == 0
    assert journal.pictures.info(sha) is not None
