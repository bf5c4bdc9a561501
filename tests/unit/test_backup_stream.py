"""The streamed backup (core/storage/dump.py) writes exactly what the journal holds.

The reference is the writer it replaced: ``Journal.backup_data()`` (every entry read
as an ``Entry``) laid out by ``reference_backup`` below, one record per line. The new
writer must give the same bytes, keep memory flat, stay atomic and read one
consistent moment of the journal.
"""

from __future__ import annotations

import errno
import io
import itertools
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.backup_reference import backup_data

from reflekt import controls
from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, entry_to_dict
from reflekt.core.storage import dump
from reflekt.errors import FileRejected, InvalidInput
from reflekt.share import export, team
from reflekt.share.importers import import_file

_counter = itertools.count()
# Every character a person can type or paste: quotes, backslashes, control characters,
# line and paragraph separators, Swedish letters, emoji.
tricky = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
name = st.text(st.characters(whitelist_categories=("L", "Nd", "Zs", "P", "S")), max_size=12)
UNICODE = 'Åsa "quoted" \\ back\tslash\nnew line \x01\x1f\x7f \u2028\u2029 ☕ 𝄞 é'
TITLE = controls.strip(UNICODE)  # titles refuse control characters (texts keep them)


def reference_backup(data: dict[str, Any]) -> bytes:
    """The backup layout as the earlier writer made it from ``backup_data()``."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def member(key: str, value: Any, records: bool) -> str:
        if records and isinstance(value, list) and value:
            return f"{dumps(key)}: [\n" + ",\n".join(dumps(v) for v in value) + "\n]"
        if records and isinstance(value, dict) and value:
            inner = ",\n".join(member(k, v, records=True) for k, v in value.items())
            return f"{dumps(key)}: {{\n{inner}\n}}"
        return f"{dumps(key)}: {dumps(value)}"

    lines = ",\n".join(member(k, v, records=k == "journal") for k, v in data.items())
    return ("{\n" + lines + "\n}\n").encode("utf-8")


def rich_journal(journal: Journal, tmp_path: Path) -> Journal:
    """A journal with every kind of data a backup holds."""
    folder = tmp_path / "Team"
    folder.mkdir()
    with Journal.open(tmp_path / "colleague.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg", "Support")
        colleague.add("Ask early, ask often", title="Feedback", visibility="shareable")
        colleague.add(UNICODE, title="Ünïcode lesson", tags=["ö"], visibility="shareable")
        team.set_folder(colleague, folder)
        team.publish(colleague)
    team.set_folder(journal, folder)
    team.scan(journal)
    export.set_author(journal, "Åsa Öberg", "Drift")
    goal = journal.goals.add("Give better feedback", target_date="2026-12-31")
    journal.goals.add("Dropped goal", description=UNICODE, status="dropped")
    journal.people.set("Standalone Person", role="Mentor", department="HR")
    first = journal.add(
        "The deploy went fine once we used the checklist.",
        title=TITLE,
        template="gibbs",
        sections={"description": UNICODE, "feelings": "nervous", "conclusion": "checklist"},
        tags=["deploy", "Ö-tag", 'quote"tag'],
        skills=["Release management", "Kommunikation"],
        people=[
            PersonLink("Kim Ek", "learned-from", "Team lead", "Support"),
            PersonLink("Lo", "helped"),
        ],
        goals=[goal.id],
        source="experience",
        mood=4,
        visibility="shareable",
        starred=True,
        day="2024-02-29",
    )
    journal.add("A private mistake", kind="mistake", mood=1, people=["Kim Ek"], day="2024-03-01")
    trashed = journal.add("Gone but kept", tags=["deploy"], source="course")
    journal.update(trashed.id, title="edited once")
    journal.delete(trashed.id)
    lesson = journal.team.lessons()[0]
    journal.team.link_lesson(first.id, lesson.seq)
    md = tmp_path / "2024-03-04.md"
    md.write_text("# A note\nbody", encoding="utf-8")
    import_file(journal, md)  # an import key
    journal.shares.record("md", "/tmp/ünï.md", [first.id], people="roles", audience="Team")
    journal.set_setting("custom.setting", UNICODE)
    return journal


def test_the_stream_gives_the_same_bytes_as_the_earlier_writer(
    journal: Journal, tmp_path: Path
) -> None:
    rich_journal(journal, tmp_path)
    data = backup_data(journal)
    streamed = b"".join(journal.backup_json())
    assert streamed == reference_backup({"journal": data})[len(b'{\n"journal": ') : -3]
    parsed = json.loads(streamed)
    assert parsed == data
    # Every kind of data is really there, not only equal on both sides.
    assert {len(parsed[k]) > 0 for k in parsed} == {True}
    assert len(parsed["entries"]) == 4
    assert any(e["deleted"] for e in parsed["entries"])
    assert any(e["visibility"] == "private" for e in parsed["entries"])
    assert parsed["team_links"][0]["author"] == parsed["team_lessons"][0]["author_key"]


def test_the_backup_file_is_the_earlier_writers_file(journal: Journal, tmp_path: Path) -> None:
    rich_journal(journal, tmp_path)
    data = backup_data(journal)  # before the export adds its own line to the log
    path = export.write_backup(journal, tmp_path / "backup.json")
    written = path.read_bytes()
    head = {k: v for k, v in json.loads(written).items() if k != "journal"}
    assert head["format"] == "reflekt-backup" and head["version"] == 1
    assert written == reference_backup({**head, "journal": data})
    assert path.stat().st_mode & 0o077 == 0
    assert journal.shares.list()[0].path == str(path.resolve())
    assert journal.shares.list()[0].note == "the whole journal"


def test_the_preview_uses_the_same_writer(journal: Journal, tmp_path: Path) -> None:
    rich_journal(journal, tmp_path)
    data = backup_data(journal)
    preview = export.prepare_export(journal, export.ExportOptions("backup"))
    head = {k: v for k, v in json.loads(preview.data).items() if k != "journal"}
    assert preview.data == reference_backup({**head, "journal": data})


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    title=tricky.map(controls.strip),
    body=tricky,
    section=tricky,
    tags=st.lists(name.filter(str.strip), max_size=3),
    person=name.filter(str.strip),
    role=name,
    mood=st.none() | st.integers(1, 5),
    starred=st.booleans(),
)
def test_sqlite_escapes_text_as_python_does(
    tmp_path: Path,
    title: str,
    body: str,
    section: str,
    tags: list[str],
    person: str,
    role: str,
    mood: int | None,
    starred: bool,
) -> None:
    with Journal.open(tmp_path / f"j{next(_counter)}.reflekt") as journal:
        entry = journal.add(
            body,
            title=title,
            template="gibbs",
            sections={"description": section},
            tags=tags,
            people=[PersonLink(person, "with", role)],
            mood=mood,
            starred=starred,
        )
        by_sql = list(dump.entry_lines(journal.db, use_sql=True))
        by_python = list(dump.entry_lines(journal.db, use_sql=False))
        assert by_sql == by_python
        stored = journal.get(entry.id)
        assert by_sql == [json.dumps(entry_to_dict(stored), ensure_ascii=False).encode("utf-8")]


def test_rows_sqlite_cannot_render_exactly_are_encoded_by_python(journal: Journal) -> None:
    a = journal.add("a day written another way")
    b = journal.add("a mood that is not a whole number", mood=2)
    c = journal.add("sections kept as written")
    journal.db.execute("UPDATE entries SET day = '20240102' WHERE id = ?", [a.id])
    journal.db.execute("UPDATE entries SET mood = 2.5 WHERE id = ?", [b.id])
    journal.db.execute("UPDATE entries SET sections = 'not json' WHERE id = ?", [c.id])
    entries = {e["id"]: e for e in json.loads(b"".join(journal.backup_json()))["entries"]}
    assert entries[a.id]["day"] == "2024-01-02"  # as reflekt reads it back
    assert entries[b.id]["mood"] == 2.5
    assert entries[c.id]["sections"] == "not json"  # nothing lost; a restore names it


def test_without_sqlite_json_functions_python_encodes_every_row(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rich_journal(journal, tmp_path)
    expected = b"".join(journal.backup_json())
    monkeypatch.setattr(dump, "has_json_functions", lambda db: False)
    assert b"".join(journal.backup_json()) == expected


def test_backup_round_trip_through_files(journal: Journal, tmp_path: Path) -> None:
    rich_journal(journal, tmp_path)
    first = export.write_backup(journal, tmp_path / "first.json")
    with Journal.open(tmp_path / "restored.reflekt") as restored:
        report = import_file(restored, first)
        assert report.format == "backup" and report.imported == 4
        second = export.write_backup(restored, tmp_path / "second.json")
    one, two = json.loads(first.read_bytes()), json.loads(second.read_bytes())
    # Who you are and the team folder never come from a file (docs/formats.md).
    assert {"author.id", "author.name", "team.folder"} <= set(one["journal"]["settings"])
    assert two["journal"].pop("settings") == {}
    one["journal"].pop("settings")
    assert one["journal"] == two["journal"]
    assert one["journal"]["entries"][0]["title"] == TITLE


def test_the_backup_is_written_in_pieces(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(9):
        journal.add(f"entry {n} " + "text " * 50, tags=[f"t{n % 3}"])
    monkeypatch.setattr(dump, "CHUNK", 2)

    sizes: list[int] = []

    class Recorder(io.BytesIO):
        def write(self, data: Any) -> int:
            sizes.append(len(data))
            return super().write(data)

    out = Recorder()
    export.write_backup_to(journal, out)
    assert len(json.loads(out.getvalue())["journal"]["entries"]) == 9
    assert max(sizes) < len(out.getvalue()) / 3  # never the whole journal at once


def test_a_failed_write_leaves_no_file_and_no_log_line(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        journal.add(f"entry {n}")
    monkeypatch.setattr(dump, "CHUNK", 1)
    target = tmp_path / "backup.json"
    target.write_text("an older backup")

    original = Journal.backup_json

    def disk_full(self: Journal) -> Iterator[bytes]:
        pieces = original(self)
        yield next(pieces)
        yield next(pieces)
        pieces.close()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Journal, "backup_json", disk_full)
    with pytest.raises(FileRejected, match=r"could not save .*the disk is full"):
        export.write_backup(journal, target, overwrite=True)
    assert target.read_text() == "an older backup"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert journal.shares.list() == []
    assert not journal.db.conn.in_transaction  # the read transaction ended


def test_a_damaged_read_leaves_no_file(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.add("one")

    def broken(db: Any) -> Iterator[bytes]:
        yield b"{\n"
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dump, "journal_json", broken)
    with pytest.raises(Exception, match=r"malformed|damaged"):
        export.write_backup(journal, tmp_path / "backup.json")
    assert list(tmp_path.glob("*backup.json*")) == []


def test_the_backup_is_one_moment(journal: Journal) -> None:
    for n in range(4):
        journal.add(f"before {n}")
    pieces = journal.backup_json()
    started = next(pieces)
    with Journal.open(journal.path) as other:  # another program writes meanwhile
        other.add("written during the backup")
    text = started + b"".join(pieces)
    bodies = [e["body"] for e in json.loads(text)["entries"]]
    assert bodies == [f"before {n}" for n in range(4)]
    assert not journal.db.conn.in_transaction
    assert "written during the backup" in [e.body for e in journal.iter_entries()]


def test_existing_file_is_kept_unless_replacing_is_allowed(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add("one")
    target = tmp_path / "backup.json"
    target.write_text("mine")
    with pytest.raises(FileRejected, match="already exists"):
        export.write_backup(journal, target)
    assert target.read_text() == "mine"
    folder = tmp_path / "out"
    folder.mkdir()
    path = export.write_backup(journal, folder)
    assert path.name.startswith("reflekt-backup-") and path.suffix == ".json"


def test_a_backup_takes_no_selection(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="whole journal"):
        export.check_backup_options(export.ExportOptions("backup", ids=("abc",)))


def test_an_encrypted_journal_streams_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflekt.cli import main
    from reflekt.core.storage import encryption

    if not encryption.available():
        pytest.skip("SQLCipher (sqlcipher3-wheels) is not installed")
    monkeypatch.setenv("REFLEKT_PASSPHRASE", "correct horse battery")
    path = tmp_path / "secret.reflekt"
    assert main(["--journal", str(path), "init", "--encrypt"]) == 0
    with Journal.open(path) as journal:
        assert journal.encrypted
        rich_journal(journal, tmp_path)
        data = backup_data(journal)
        streamed = b"".join(journal.backup_json())
        assert streamed == reference_backup({"journal": data})[len(b'{\n"journal": ') : -3]
        assert list(dump.entry_lines(journal.db, use_sql=True)) == list(
            dump.entry_lines(journal.db, use_sql=False)
        )


def test_a_save_on_the_same_connection_during_a_backup_is_kept(journal: Journal) -> None:
    journal.add("before")
    pieces = journal.backup_json()
    next(pieces)
    journal.add("saved while the backup was being written")
    pieces.close()  # the backup stopped early (cancelled, or the disk was full)
    with Journal.open(journal.path) as other:
        assert sorted(e.body for e in other.iter_entries()) == [
            "before",
            "saved while the backup was being written",
        ]
