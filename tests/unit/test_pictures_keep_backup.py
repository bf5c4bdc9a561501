"""Promises: every backup keeps every picture byte for byte (the copies of the file, the
automatic ones, the one before an upgrade, the JSON backup); a backup's pictures are
checked again on the way in, a bad one skipped with a note; an older journal upgrades
and keeps everything; ``reflekt check`` finds a picture that is missing or changed."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from tests import picture_samples as samples
from tests.conftest import Cli
from tests.unit.pictures_keep_helpers import (
    in_file,
    keep,
    noise_png,
    photo_with_gps,
    showing,
)

from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.models import Filters
from reflekt.core.storage import backup
from reflekt.core.storage.migrations import known_steps, migrations
from reflekt.errors import BackupError
from reflekt.share import export
from reflekt.share.importers import import_file


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "journal.reflekt", capsys, monkeypatch)


def with_pictures(journal: Journal, count: int = 3) -> dict[str, str]:
    """Entries showing ``count`` pictures (one PNG, one photo, ...); {sha256: entry id}."""
    shown = {}
    for n in range(count):
        data = photo_with_gps() if n == 1 else noise_png(20 + n)
        picture = keep(journal, data, "photo.jpg" if n == 1 else f"board{n}.png")
        entry = journal.add(showing(picture.sha256, f"picture {n}"), title=f"Entry {n}")
        shown[picture.sha256] = entry.id
    return shown


def pictures_in(path: Path) -> dict[str, bytes]:
    """Every picture a journal file holds, read with SQLite directly: {sha256: bytes}."""
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT sha256, data FROM pictures"))
    finally:
        conn.close()


def assert_whole(kept: dict[str, bytes], original: dict[str, bytes]) -> None:
    assert kept == original
    for sha, data in kept.items():
        assert hashlib.sha256(data).hexdigest() == sha


# -- copies of the whole file -----------------------------------------------------------


def test_backup_and_restore_keep_every_picture_byte_for_byte(cli: Cli) -> None:
    with Journal.open(cli.journal) as j:
        shown = with_pictures(j)
        original = {sha: j.pictures.data(sha) for sha in shown}
        thumbs = {sha: j.pictures.thumbnail(sha) for sha in shown}
    made = cli.ok("backup").split("Backed up to ", 1)[1].strip().rstrip(".")
    assert_whole(pictures_in(Path(made)), original)
    with Journal.open(cli.journal) as j:  # then the pictures go
        for entry_id in shown.values():
            j.delete(entry_id)
        j.empty_trash()
        assert j.pictures.all() == []
    said = cli.ok("restore", made)
    assert "3 entries and 3 pictures" in said
    with Journal.open(cli.journal) as j:
        assert_whole({sha: j.pictures.data(sha) for sha in shown}, original)
        assert {sha: j.pictures.thumbnail(sha) for sha in shown} == thumbs
        for sha, entry_id in shown.items():
            assert [p.sha256 for p in j.pictures.of_entry(entry_id)] == [sha]


def test_automatic_and_before_upgrade_backups_keep_the_pictures(
    journal: Journal, reflekt_home: Path
) -> None:
    shown = with_pictures(journal, 2)
    original = {sha: journal.pictures.data(sha) for sha in shown}
    automatic = journal.backups.if_due("start")
    assert automatic is not None
    assert_whole(pictures_in(automatic), original)
    assert backup.verify_backup_counts(automatic) == (2, 2)
    # The copy taken before a schema change (storage.backup_before_upgrade).
    before = storage.backup_before_upgrade(journal.db, journal.path, "0012_pictures")
    assert_whole(pictures_in(before), original)


def test_restore_refuses_a_backup_whose_picture_changed(cli: Cli, tmp_path: Path) -> None:
    with Journal.open(cli.journal) as j:
        shown = with_pictures(j, 2)
    copy = tmp_path / "copy.reflekt"
    cli.ok("backup", "-o", str(copy))
    cli.ok("add", "Written after the backup")
    sha = next(iter(shown))
    conn = sqlite3.connect(copy)  # a bit rots on the disk the backup lives on
    data = bytearray(
        conn.execute("SELECT data FROM pictures WHERE sha256 = ?", [sha]).fetchone()[0]
    )
    data[len(data) // 2] ^= 0xFF
    conn.execute("UPDATE pictures SET data = ? WHERE sha256 = ?", [bytes(data), sha])
    conn.commit()
    conn.close()
    before = cli.journal.read_bytes()
    err = cli.fails("restore", str(copy), match="is damaged", code=2)
    assert f"the picture {sha[:12]} is damaged" in err
    assert cli.journal.read_bytes() == before  # the journal as it was
    with pytest.raises(BackupError, match="damaged"):
        backup.verify_backup(copy)


# -- reflekt check ------------------------------------------------------------------------


def test_check_counts_pictures_and_finds_one_that_changed(cli: Cli) -> None:
    with Journal.open(cli.journal) as j:
        shown = with_pictures(j, 2)
        j.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    said = cli.ok("check")
    assert "is sound: 2 entries and 2 pictures; its structure, its search index and its " in said
    assert "pictures passed every check" in said
    sha = sorted(shown)[0]
    conn = sqlite3.connect(cli.journal)  # one byte more, as a bad copy could leave it
    data = conn.execute("SELECT data FROM pictures WHERE sha256 = ?", [sha]).fetchone()[0]
    conn.execute("UPDATE pictures SET data = ? WHERE sha256 = ?", [data + b"\0", sha])
    conn.commit()
    conn.close()
    code, out, _ = cli("check")
    assert code == 3
    assert "is damaged. reflekt found:" in out
    assert f"the picture {sha[:12]} is damaged: its bytes no longer match it" in out


def test_check_finds_a_link_to_a_missing_picture(cli: Cli) -> None:
    with Journal.open(cli.journal) as j:
        shown = with_pictures(j, 1)
    sha, entry_id = next(iter(shown.items()))
    conn = sqlite3.connect(cli.journal)  # foreign keys off: as a damaged file could be
    conn.execute("DELETE FROM pictures WHERE sha256 = ?", [sha])
    conn.commit()
    conn.close()
    code, out, _ = cli("check")
    assert code == 3
    assert (
        f"the entry {entry_id[:8]} shows the picture {sha[:12]}, which is missing from the journal"
        in out
    )


def test_check_of_a_journal_without_pictures_says_what_it_said(cli: Cli) -> None:
    cli.ok("add", "Just words")
    said = cli.ok("check")
    assert "is sound: 1 entry;" in said
    assert "picture" not in said


# -- an older journal -----------------------------------------------------------------


def test_a_journal_from_before_pictures_upgrades_and_keeps_everything(
    tmp_path: Path, reflekt_home: Path
) -> None:
    path = tmp_path / "old.reflekt"
    conn = storage.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0012_pictures")
    db.execute(
        "INSERT INTO entries (id, created, updated, day, kind, title, body, sections) VALUES "
        "('5b0c7f7e-8f3c-4a44-9a39-1d3d7f0c2a11', '2025-01-02T10:00:00+01:00', "
        "'2025-01-02T10:00:00+01:00', '2025-01-02', 'lesson', 'Återkoppling', "
        "'Old text with ![a](picture:" + "ab" * 32 + ")', '{}')"
    )
    db.conn.commit()
    before = conn.execute("SELECT * FROM entries").fetchall()
    conn.close()

    with Journal.open(path) as j:
        assert storage.applied_steps(j.db) == known_steps()
        [entry] = list(j.iter_entries(Filters()))
        assert entry.body == "Old text with ![a](picture:" + "ab" * 32 + ")"  # stays as text
        assert j.pictures.of_entry(entry.id) == []
        assert j.pictures.all() == []
        assert [h.entry.title for h in j.search("aterkoppling")] == ["Återkoppling"]
        # The upgraded journal takes pictures and keeps them through purge rules.
        picture = keep(j, noise_png(40))
        j.update(entry.id, body=showing(picture.sha256))
        assert [p.sha256 for p in j.pictures.of_entry(entry.id)] == [picture.sha256]
    copies = list((reflekt_home / "data" / "backups").glob("old-before-upgrade-*.reflekt"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT * FROM entries").fetchall() == before
    assert "0012_pictures" not in {
        r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations")
    }
    copy.close()
    # A backup from before pictures is still a good backup to restore.
    assert backup.verify_backup_counts(copies[0]) == (1, 0)


# -- the JSON backup ---------------------------------------------------------------------


def json_backup(journal: Journal, path: Path) -> dict:
    preview = export.prepare_export(journal, export.ExportOptions(format="backup"))
    export.write_export(journal, preview, path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_json_backup_carries_pictures_and_brings_them_back(
    journal: Journal, tmp_path: Path
) -> None:
    shown = with_pictures(journal)
    original = {sha: journal.pictures.data(sha) for sha in shown}
    infos = {sha: journal.pictures.info(sha) for sha in shown}
    data = json_backup(journal, tmp_path / "backup.json")
    assert data["version"] == 2
    assert [p["sha256"] for p in data["journal"]["pictures"]] == sorted(shown)
    first = data["journal"]["pictures"][0]
    assert set(first) == {"sha256", "type", "width", "height", "size", "added", "data"}
    assert base64.b64decode(first["data"]) == original[first["sha256"]]
    # Each picture is a line of its own (a gigabyte never becomes one piece of text).
    lines = (tmp_path / "backup.json").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith('{"sha256": ') for line in lines) == 3

    with Journal.open(tmp_path / "restored.reflekt") as restored:
        report = import_file(restored, tmp_path / "backup.json")
        assert report.imported == 3
        assert report.warnings == []
        assert_whole({sha: restored.pictures.data(sha) for sha in shown}, original)
        # Type, size, pixels and the time each first came in: all as they were.
        assert {sha: restored.pictures.info(sha) for sha in shown} == infos
        for sha, entry_id in shown.items():
            assert [p.sha256 for p in restored.pictures.of_entry(entry_id)] == [sha]
            assert restored.pictures.thumbnail(sha)
        # Brought back again: nothing doubled.
        again = import_file(restored, tmp_path / "backup.json")
        assert again.imported == 0
        assert len(restored.pictures.all()) == 3


def test_a_journal_without_pictures_writes_the_backup_it_always_did(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add("Just words")
    data = json_backup(journal, tmp_path / "backup.json")
    assert data["version"] == 1
    assert "pictures" not in data["journal"]


def test_a_bad_picture_in_a_json_backup_is_skipped_with_a_note(
    journal: Journal, tmp_path: Path
) -> None:
    shown = with_pictures(journal, 2)
    data = json_backup(journal, tmp_path / "backup.json")
    good, bad = data["journal"]["pictures"]
    html = b"<html><body>not a picture</body></html>"
    truncated = base64.b64decode(good["data"])[:300]
    bomb = samples.png_declaring(50_000, 50_000)
    data["journal"]["pictures"] = [
        good,
        # Its bytes changed after the backup was written.
        {**bad, "data": base64.b64encode(base64.b64decode(bad["data"])[:-10]).decode()},
        # An HTML file calling itself a JPEG (its name is its own hash: it passes that).
        {
            "sha256": hashlib.sha256(html).hexdigest(),
            "type": "jpeg",
            "data": base64.b64encode(html).decode(),
        },
        # A PNG cut short.
        {
            "sha256": hashlib.sha256(truncated).hexdigest(),
            "type": "png",
            "data": base64.b64encode(truncated).decode(),
        },
        # A decompression bomb: a small file that says it is 50,000 × 50,000 pixels.
        {
            "sha256": hashlib.sha256(bomb).hexdigest(),
            "type": "png",
            "data": base64.b64encode(bomb).decode(),
        },
        {"sha256": "not a hash", "type": "png", "data": good["data"]},
        {"sha256": good["sha256"], "type": "png", "data": "!!! not base64 !!!"},
        "not even an object",
    ]
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(data), encoding="utf-8")
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        report = import_file(restored, crafted)
        assert report.imported == 2  # every entry, also the one whose picture was bad
        assert [p.sha256 for p in restored.pictures.all()] == [good["sha256"]]
        notes = "\n".join(report.warnings)
        assert len(report.warnings) == 7
        assert "too large to open safely" in notes
        assert f"Picture {bad['sha256'][:12]} in the backup was skipped" in notes
        assert "its bytes do not match its hash" in notes
        assert "is named as a picture but is not one" in notes
        assert "damaged" in notes
        assert "its data is not base64" in notes
        assert "Picture #8 in the backup was skipped: it is not a picture record" in notes
        bad_entry = restored.get(shown[bad["sha256"]])
        assert f"(picture:{bad['sha256']})" in bad_entry.body  # kept as text
        assert restored.pictures.of_entry(bad_entry.id) == []


def test_a_photo_with_gps_smuggled_into_a_backup_is_kept_without_it(
    journal: Journal, tmp_path: Path
) -> None:
    """A crafted backup holds a raw phone photo under its own hash: it is kept in its
    processed form, with no camera or GPS, and its entry points at that form."""
    photo = samples.photo_with_metadata(320, 240)
    marks = [samples.CAMERA.encode(), samples.OWNER.encode(), samples.XMP_MARK, samples.COMMENT]
    assert all(mark in photo for mark in marks)
    sha = hashlib.sha256(photo).hexdigest()
    journal.add("Kept for the structure of the file")
    data = json_backup(journal, tmp_path / "backup.json")
    entry = dict(data["journal"]["entries"][0])
    entry.update(id="0f6e4a52-6f0e-4b43-9d55-3a1c8e0c9b21", body=showing(sha, "site visit"))
    data["journal"]["entries"] = [entry]
    data["journal"]["pictures"] = [
        {"sha256": sha, "type": "jpeg", "data": base64.b64encode(photo).decode()}
    ]
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "restored.reflekt"
    with Journal.open(target) as restored:
        report = import_file(restored, crafted)
        assert report.imported == 1
        [kept] = restored.pictures.all()
        assert kept.sha256 != sha
        assert not any(mark in restored.pictures.data(kept.sha256) for mark in marks)
        assert b"Exif\x00\x00" not in restored.pictures.data(kept.sha256)  # no GPS either
        body = restored.get(entry["id"]).body
        assert f"(picture:{kept.sha256})" in body and sha not in body
        assert [p.caption for p in restored.pictures.of_entry(entry["id"])] == ["site visit"]
        restored.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert not any(in_file(target, mark) for mark in marks)


def test_a_cancelled_restore_keeps_no_picture(journal: Journal, tmp_path: Path) -> None:
    with_pictures(journal, 2)
    json_backup(journal, tmp_path / "backup.json")
    from reflekt.errors import Cancelled

    with Journal.open(tmp_path / "restored.reflekt") as restored:
        asked = []

        def cancel() -> bool:
            asked.append(1)
            return len(asked) > 1  # after the first picture

        with pytest.raises(Cancelled):
            import_file(restored, tmp_path / "backup.json", cancelled=cancel)
        assert restored.pictures.all() == []
        assert restored.count() == 0


def test_a_json_backup_is_the_reference_writers_file_with_pictures(
    journal: Journal, tmp_path: Path
) -> None:
    from tests.backup_reference import backup_data
    from tests.unit.test_backup_stream import reference_backup

    with_pictures(journal, 2)
    data = backup_data(journal)
    streamed = b"".join(journal.backup_json())
    assert streamed == reference_backup({"journal": data})[len(b'{\n"journal": ') : -3]
    assert [p["sha256"] for p in json.loads(streamed)["pictures"]] == sorted(
        p["sha256"] for p in data["pictures"]
    )


def test_pictures_of_a_big_journal_are_read_one_at_a_time(journal: Journal) -> None:
    """The backup's pieces never hold more than one picture (memory stays flat)."""
    with_pictures(journal, 3)
    biggest = max(p.size for p in journal.pictures.all())
    pieces = list(journal.backup_json())
    assert max(len(piece) for piece in pieces) < biggest * 4 / 3 + 1000


def test_the_time_a_picture_came_in_is_kept(journal: Journal, tmp_path: Path) -> None:
    picture = keep(journal, noise_png(50))
    journal.add(showing(picture.sha256))
    then = (dt.datetime.now().astimezone() - dt.timedelta(days=400)).isoformat(timespec="seconds")
    journal.db.execute("UPDATE pictures SET added = ?", [then])
    json_backup(journal, tmp_path / "backup.json")
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        import_file(restored, tmp_path / "backup.json")
        kept = restored.pictures.info(picture.sha256)
        assert kept is not None
        assert kept.added == then
        # Brought back is not "on its way in": once unused, it goes at the next sweep.
        [entry] = restored.iter_entries(Filters())
        restored.update(entry.id, body="Without the picture now")
        assert restored.pictures.collect() == 1


def test_a_full_journal_from_before_pictures_keeps_everything_through_the_upgrade(
    tmp_path: Path, reflekt_home: Path
) -> None:
    """Every kind of data (entries in and out of the trash, goals, people, the team
    library, the share log, settings, import history) is the same after the upgrade
    that brings pictures, and the copy taken before it holds the same."""
    from tests.backup_reference import backup_data
    from tests.unit.test_backup_stream import rich_journal

    path = tmp_path / "full.reflekt"
    with Journal.open(path) as j:
        rich_journal(j, tmp_path)
        before = backup_data(j)
    conn = sqlite3.connect(path)  # as a reflekt from before pictures left it
    conn.executescript(
        "DROP TABLE entry_pictures; DROP TABLE pictures; "
        "DELETE FROM _sqlite_migrations WHERE name = '0012_pictures';"
        f"PRAGMA user_version = {len(known_steps()) - 1};"
    )
    conn.close()

    with Journal.open(path) as j:
        assert storage.applied_steps(j.db)[-1] in known_steps()
        assert set(storage.applied_steps(j.db)) == set(known_steps())
        assert backup_data(j) == before
        assert j.pictures.all() == []
    [copy] = (reflekt_home / "data" / "backups").glob("full-before-upgrade-*.reflekt")
    copied = tmp_path / "copied.reflekt"
    copied.write_bytes(copy.read_bytes())
    with Journal.open(copied) as j:  # the copy upgrades in its turn, and holds the same
        assert backup_data(j) == before


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut=st.integers(0, 4000),
    flips=st.lists(st.tuples(st.integers(0, 4000), st.integers(1, 255)), max_size=4),
    kind=st.sampled_from(["png", "jpeg", "webp"]),
)
def test_a_picture_changed_in_any_way_is_kept_whole_or_skipped_never_a_crash(
    journal: Journal, cut: int, flips: list[tuple[int, int]], kind: str
) -> None:
    """Bytes cut and flipped (then hashed again, so only the picture's own checks are
    left to catch them): each such picture is kept as a whole picture or skipped with
    a note; the import never fails for it."""
    from reflekt.core.restore_pictures import restore_pictures

    data = bytearray(samples.png(40, 30))[: max(8, len(samples.png(40, 30)) - cut)]
    for at, value in flips:
        data[at % len(data)] ^= value
    record = {
        "sha256": hashlib.sha256(bytes(data)).hexdigest(),
        "type": kind,
        "data": base64.b64encode(bytes(data)).decode(),
    }
    result = restore_pictures(journal, [record])
    assert result.kept + len(result.skipped) == 1
    for info in journal.pictures.all():
        kept = journal.pictures.data(info.sha256)
        assert hashlib.sha256(kept).hexdigest() == info.sha256
        assert journal.pictures.thumbnail(info.sha256)
