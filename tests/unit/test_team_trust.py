"""Authors prove who they are, one bad file never stops the rest, and the team folder has
limits as a whole (issue #14: 2, 3, 5) — through a real team folder that two journals
(two authors) publish into, read by a third."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Cli

from reflekt import messages
from reflekt.core.journal import Journal
from reflekt.core.team_library import key_fingerprint
from reflekt.errors import FileRejected, InvalidInput
from reflekt.share import bundle, export, safety, signing, team


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Team"
    path.mkdir()
    return path


@pytest.fixture
def journal(journal_path: Path, folder: Path) -> Iterator[Journal]:
    """The reader: a third journal whose team folder is the one the authors publish to."""
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        yield j


def make_author(tmp_path: Path, folder: Path, name: str, file: str = "") -> Path:
    path = tmp_path / f"{file or name.split()[0].lower()}.reflekt"
    with Journal.open(path) as j:
        export.set_author(j, name, "Support")
        team.set_folder(j, folder)
    return path


def publish(path: Path, *titles: str) -> Path:
    """The author writes entries to share and publishes their bundle to the team folder."""
    with Journal.open(path) as j:
        for title in titles:
            j.add("What I learned", title=title, visibility="shareable")
        return team.publish(j)


def author_id(path: Path) -> str:
    with Journal.open(path) as j:
        return export.author(j).id


@pytest.fixture
def alice(tmp_path: Path, folder: Path) -> Path:
    return make_author(tmp_path, folder, "Alice Andersson")


@pytest.fixture
def bob(tmp_path: Path, folder: Path) -> Path:
    return make_author(tmp_path, folder, "Bob Berg")


def settle(folder: Path) -> None:
    """Files as a sync tool leaves them: written a while before the check (a file checked
    within the file system's time resolution of its writing is hashed again)."""
    an_hour_ago = time.time_ns() - 3600 * 10**9
    for path in folder.iterdir():
        os.utime(path, ns=(an_hour_ago, an_hour_ago))


def titles(journal: Journal, author: str | None = None) -> list[str]:
    return sorted(lesson.title for lesson in journal.team.lessons(author=author))


def reasons(report: team.ScanReport) -> dict[str, str]:
    return dict(report.problems)


@pytest.fixture
def swedish() -> Iterator[None]:
    messages.set_language("sv")
    yield
    messages.set_language("en")


# -- signatures and pinned keys --------------------------------------------------------


def test_published_bundles_are_signed_and_verified(
    journal: Journal, folder: Path, alice: Path
) -> None:
    path = publish(alice, "Ask early")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["revision"] >= 1 and len(data["signature"]) == 88
    assert bundle.validate(data, path.name).public_key == data["author"]["key"]
    report = team.scan(journal)
    assert titles(journal) == ["Ask early"]
    (who,) = journal.team.authors()
    assert who["verified"] and len(who["fingerprint"]) == 19  # "ABCD EF01 2345 6789"
    assert report.problems == []
    # Each publish raises the author's own counter.
    publish(alice, "Pair on tickets")
    assert json.loads(path.read_text(encoding="utf-8"))["revision"] == data["revision"] + 1


def test_a_journal_restored_from_an_older_backup_still_publishes_newer_bundles(
    journal: Journal,
    folder: Path,
    alice: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    publish(alice, "Ask early")
    shutil.copy(alice, tmp_path / "alice-backup.reflekt")  # the journal as it was then
    publish(alice, "Pair on tickets")
    publish(alice, "Write it down")
    team.scan(journal)
    shutil.copy(tmp_path / "alice-backup.reflekt", alice)  # Alice restores the old copy
    with Journal.open(alice) as j:
        j.set_setting(signing.REVISION_SETTING, "1")  # as if made before the counter moved
    later = time.time() + 60  # she publishes a minute later
    monkeypatch.setattr(time, "time", lambda: later)
    publish(alice, "After the restore")
    team.scan(journal)
    assert titles(journal) == ["After the restore", "Ask early"]


def test_impersonation_is_refused_naming_the_file(
    journal: Journal, folder: Path, alice: Path, tmp_path: Path
) -> None:
    publish(alice, "Ask early")
    team.scan(journal)
    # Mallory copies Alice's author id into a journal of her own (her own key).
    mallory = make_author(tmp_path, folder, "Alice Andersson", file="mallory")
    with Journal.open(mallory) as j:
        j.set_setting(export.AUTHOR_ID, author_id(alice))
        j.add("Ignore the old lessons", title="Forged lesson", visibility="shareable")
        preview = export.prepare_export(j, export.ExportOptions(format="bundle", allow_empty=True))
    forged = folder / "alice-andersson-UPDATED.reflekt.json"
    forged.write_bytes(preview.data)
    os.utime(forged, ns=(2**62, 2**62))  # newest on disk too: it must not matter
    report = team.scan(journal)
    assert titles(journal) == ["Ask early"]  # Alice's lessons untouched
    why = reasons(report)[forged.name]
    assert "Alice Andersson" in why and "another key" in why
    assert any(forged.name in line for line in report.lines())
    # An unsigned copy claiming her is refused too, and so is a signed one edited by hand.
    data = json.loads(preview.data)
    unsigned = {k: v for k, v in data.items() if k != "signature"}
    unsigned["author"] = {k: v for k, v in data["author"].items() if k != "key"}
    forged.write_text(json.dumps(unsigned), encoding="utf-8")
    assert "is not signed" in reasons(team.scan(journal))[forged.name]
    genuine = next(folder.glob("alice-andersson-*[0-9a-f].reflekt.json"))
    edited = json.loads(genuine.read_text(encoding="utf-8"))
    edited["entries"][0]["title"] = "Edited by someone else"
    edited["revision"] += 10
    forged.write_text(json.dumps(edited), encoding="utf-8")
    assert "does not match its signature" in reasons(team.scan(journal))[forged.name]
    assert titles(journal) == ["Ask early"]


def test_two_new_keys_for_one_author_are_both_refused(
    journal: Journal, folder: Path, alice: Path, tmp_path: Path
) -> None:
    publish(alice, "Ask early")
    mallory = make_author(tmp_path, folder, "Mallory")
    with Journal.open(mallory) as j:
        j.set_setting(export.AUTHOR_ID, author_id(alice))
        j.set_setting(export.AUTHOR_NAME, "Alice Andersson")
        j.add("x", title="Forged lesson", visibility="shareable")
        data = export.prepare_export(j, export.ExportOptions(format="bundle")).data
    (folder / "aaa-first.reflekt.json").write_bytes(data)
    report = team.scan(journal)
    assert journal.team.lessons() == [] and journal.team.authors() == []
    problems = reasons(report)
    assert {"aaa-first.reflekt.json"} < set(problems) and len(problems) == 2
    assert all("different keys" in why for why in problems.values())


def test_a_changed_key_is_refused_until_the_author_is_forgotten(
    journal_path: Path,
    folder: Path,
    alice: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    publish(alice, "Ask early")
    cli = Cli(journal_path, capsys, monkeypatch)
    cli.ok("team", "folder", str(folder))
    cli.ok("team", "sync")
    with Journal.open(journal_path) as journal:
        old = journal.team.authors()[0]["fingerprint"]
    # Alice's journal gets a new key (say, a fresh install that kept her id).
    with Journal.open(alice) as j:
        j.set_setting(signing.PRIVATE_KEY_SETTING, "")
    path = publish(alice, "Pair on tickets")
    with Journal.open(journal_path) as journal:
        report = team.scan(journal)
        assert titles(journal) == ["Ask early"]
        why = reasons(report)[path.name]
        assert old in why and "another key" in why
        # Unchanged, it is refused again without being parsed again.
        report = team.scan(journal)
        assert report.unchanged == 1 and path.name in reasons(report)
    cli.fails("team", "forget", "alice", match="no colleague 'alice'")
    assert "Forgot Alice Andersson: 1 lesson(s)" in cli.ok("team", "forget", "Alice Andersson")
    with Journal.open(journal_path) as reader:
        assert reader.team.lessons() == [] and reader.team.authors() == []
        report = team.scan(reader)
        assert titles(reader) == ["Ask early", "Pair on tickets"]
        assert reader.team.authors()[0]["fingerprint"] not in ("", old)


def test_newer_is_the_authors_counter_not_the_export_time(
    journal: Journal, folder: Path, alice: Path
) -> None:
    first = publish(alice, "Ask early")
    old_copy = first.read_bytes()
    publish(alice, "Pair on tickets")
    team.scan(journal)
    assert titles(journal) == ["Ask early", "Pair on tickets"]
    # The older bundle comes back under another name with a newer file time: it is older.
    stale = folder / "alice-LAPTOP.reflekt.json"
    stale.write_bytes(old_copy)
    os.utime(stale, ns=(2**62, 2**62))
    report = team.scan(journal)
    assert titles(journal) == ["Ask early", "Pair on tickets"]
    assert report.problems == []
    # Withdrawing one works although the clock went back a year.
    with Journal.open(alice) as j:
        entry = next(e for e in j.iter_entries() if e.title == "Ask early")
        j.update(entry.id, visibility="private")
        preview = export.prepare_export(j, export.ExportOptions(format="bundle", allow_empty=True))
    first.write_bytes(preview.data)
    team.scan(journal)
    assert titles(journal) == ["Pair on tickets"]


def test_an_export_time_in_the_future_is_refused(
    journal: Journal, folder: Path, alice: Path, bob: Path
) -> None:
    publish(alice, "Ask early")
    path = publish(bob, "Bob's lesson")
    team.scan(journal)
    # An unsigned bundle from year 9999 claims Bob: refused for that file only.
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"], data["revision"]
    data["exported"] = "9999-01-01T00:00:00Z"
    far = folder / "bob-9999.reflekt.json"
    far.write_text(json.dumps(data), encoding="utf-8")
    publish(alice, "Pair on tickets")
    report = team.scan(journal)
    assert "more than a day from now" in reasons(report)[far.name]
    assert titles(journal) == ["Ask early", "Bob's lesson", "Pair on tickets"]
    # Less than a day ahead (clocks differ) is fine.
    with pytest.raises(Exception, match="more than a day"):
        bundle.validate(data, "x")
    import datetime as dt

    data["exported"] = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=20)).isoformat()
    assert bundle.validate(data, "x").public_key is None


def test_an_impossible_date_skips_that_file_only(
    journal: Journal, folder: Path, alice: Path, bob: Path, swedish: None
) -> None:
    publish(alice, "Ask early")
    path = publish(bob, "Bob's lesson")
    team.scan(journal)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"]
    data["author"]["id"] = "0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5"
    data["exported"] = "2026-13-45T99:99:99Z"
    (folder / "cy.reflekt.json").write_text(json.dumps(data), encoding="utf-8")
    day = json.loads(json.dumps(data))
    day["exported"] = "2026-03-14T09:00:00Z"
    day["entries"][0]["day"] = "2026-02-30"
    (folder / "dag.reflekt.json").write_text(json.dumps(day), encoding="utf-8")
    publish(alice, "Pair on tickets")
    publish(bob, "Bob's second")
    report = team.scan(journal)
    assert titles(journal) == ["Ask early", "Bob's lesson", "Bob's second", "Pair on tickets"]
    lines = report.lines()
    assert any(
        line.startswith("Hoppade över cy.reflekt.json:") and "verkligt datum" in line
        for line in lines
    ), lines
    assert any(line.startswith("Hoppade över dag.reflekt.json:") for line in lines), lines
    assert lines[0].startswith("Läste 2 paket")


@pytest.mark.parametrize(
    "name", ["Alice\u202e nosrednA", "Al\u200bice Andersson", "\u2066Alice\u2069", "Alice\ufeff"]
)
def test_author_names_with_invisible_characters_are_refused(
    journal: Journal, folder: Path, alice: Path, name: str
) -> None:
    path = publish(alice, "Ask early")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"]
    data["author"].update(id="0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5", name=name)
    (folder / "lookalike.reflekt.json").write_text(json.dumps(data), encoding="utf-8")
    report = team.scan(journal)
    assert "invisible or direction-changing" in reasons(report)["lookalike.reflekt.json"]
    assert [a["name"] for a in journal.team.authors()] == ["Alice Andersson"]
    # A person cannot give themselves such a name either.
    with pytest.raises(InvalidInput, match="invisible"):
        export.set_author(journal, name)
    assert journal.get_setting(export.AUTHOR_NAME) is None


@pytest.mark.parametrize(
    "name",
    [
        "Alice\u00a0Andersson",
        "\u0410lice Andersson",
        "Alice Anders\u0455on",
        "Alice\u2009Andersson",
    ],
    ids=["no-break space", "Cyrillic A", "Cyrillic s", "thin space"],
)
def test_author_names_that_look_like_another_are_refused(
    journal: Journal, folder: Path, alice: Path, name: str
) -> None:
    path = publish(alice, "Ask early")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"]
    data["author"].update(id="0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5", name=name)
    (folder / "lookalike.reflekt.json").write_text(json.dumps(data), encoding="utf-8")
    report = team.scan(journal)
    assert "mixes alphabets or uses an unusual space" in reasons(report)["lookalike.reflekt.json"]
    assert [a["name"] for a in journal.team.authors()] == ["Alice Andersson"]


def test_names_in_one_alphabet_or_another_are_fine(journal: Journal) -> None:
    for name in ("Åsa Öberg-Lindström", "Зоя Иванова", "Νίκος Παππάς", "Zoë O'Neill", "中川ゆき"):
        assert export.set_author(journal, name).name == name
    with pytest.raises(InvalidInput, match="mixes alphabets"):
        export.set_author(journal, "\u0410lice Andersson")


def test_the_cli_shows_fingerprints_and_unverified_authors(
    journal_path: Path,
    folder: Path,
    alice: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = publish(alice, "Ask early")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"]
    data["author"].update(id="0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5", name="Cy Chen")
    (folder / "cy.reflekt.json").write_text(json.dumps(data), encoding="utf-8")
    cli = Cli(journal_path, capsys, monkeypatch)
    cli.ok("team", "folder", str(folder))
    cli.ok("team", "sync")
    authors = {a["name"]: a for a in cli.json("team", "authors")}
    assert authors["Alice Andersson"]["verified"] and authors["Alice Andersson"]["fingerprint"]
    assert not authors["Cy Chen"]["verified"] and authors["Cy Chen"]["fingerprint"] == ""
    out = cli.ok("team", "authors")
    assert authors["Alice Andersson"]["fingerprint"] in out and "unverified" in out
    assert "Your key" not in out  # this journal has published nothing, so has no key yet
    with Journal.open(alice) as j:
        alice_key = key_fingerprint(signing.public_key(j))
    assert alice_key == authors["Alice Andersson"]["fingerprint"]
    alice_cli = Cli(alice, capsys, monkeypatch)
    assert f"Your key: {alice_key}" in alice_cli.ok("team", "authors")
    listed = {x["author"]["name"]: x["author"] for x in cli.json("team", "list")}
    assert listed["Alice Andersson"]["fingerprint"] == authors["Alice Andersson"]["fingerprint"]
    assert listed["Cy Chen"]["verified"] is False
    assert "Forgot Cy Chen: 1 lesson(s)" in cli.ok("team", "forget", "0c2d9e8f")
    assert [a["name"] for a in cli.json("team", "authors")] == ["Alice Andersson"]


# -- limits and unchanged files ----------------------------------------------------------


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every JSON text the scan parses, counted."""
    seen: list[str] = []
    real = safety.parse_json

    def counting(text: str, name: str, **kw: object) -> object:
        seen.append(name)
        return real(text, name, **kw)

    monkeypatch.setattr(safety, "parse_json", counting)
    return seen


def test_unchanged_files_are_not_parsed_again(
    journal: Journal,
    folder: Path,
    alice: Path,
    bob: Path,
    parses: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    publish(alice, "Ask early")
    bob_file = publish(bob, "Bob's lesson")
    (folder / "junk.reflekt.json").write_text("[" + "{}," * 5000 + "{}]", encoding="utf-8")
    an_hour_ago = time.time_ns() - 3600 * 10**9
    for path in folder.iterdir():
        os.utime(path, ns=(an_hour_ago, an_hour_ago))
    report = team.scan(journal)
    assert len(parses) == 5  # two bundles read twice (check, then apply), the junk once
    assert "junk.reflekt.json" in reasons(report)
    parses.clear()
    reads: list[Path] = []
    real_read = safety.read_capped
    monkeypatch.setattr(safety, "read_capped", lambda p, cap: reads.append(p) or real_read(p, cap))
    report = team.scan(journal)
    assert parses == [] and reads == [] and report.unchanged == 3  # not even read
    assert "junk.reflekt.json" in reasons(report)  # still named, never parsed again
    # A new time with the same bytes: read and hashed, not parsed.
    os.utime(bob_file, ns=(an_hour_ago + 10**9, an_hour_ago + 10**9))
    assert team.scan(journal).unchanged == 3 and parses == [] and reads == [bob_file]
    # Checked the moment it was written, then rewritten within the file system's time
    # resolution (same size, same time): it is hashed again, so the change is not missed.
    reads.clear()
    now = time.time_ns()
    os.utime(bob_file, ns=(now, now))
    team.scan(journal)
    data = json.loads(bob_file.read_text(encoding="utf-8"))
    data["generator"] = data["generator"][::-1]  # same size, other bytes
    bob_file.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.utime(bob_file, ns=(now, now))
    report = team.scan(journal)
    assert "does not match its signature" in reasons(report)[bob_file.name]
    parses.clear()
    publish(bob, "Bob's second")
    team.scan(journal)
    assert parses == [bob_file.name, bob_file.name]
    assert "Bob's second" in titles(journal)


def test_per_sync_bytes_leave_the_rest_for_the_next_sync(
    journal: Journal, folder: Path, tmp_path: Path
) -> None:
    paths = [make_author(tmp_path, folder, f"Colleague{i} X") for i in range(6)]
    for path in paths:
        publish(path, "A lesson")
    settle(folder)
    size = max(p.stat().st_size for p in folder.iterdir())
    journal.set_setting(team.SYNC_BYTES_SETTING, str(size * 2 + 10))
    report = team.scan(journal)
    assert len(journal.team.authors()) == 2 and len(report.deferred) == 4
    assert all("read on the next sync" in why for _, why in report.problems)
    report = team.scan(journal)
    assert len(journal.team.authors()) == 4 and report.unchanged == 2
    team.scan(journal)
    assert len(journal.team.authors()) == 6


def test_per_sync_time_leaves_the_rest_for_the_next_sync(
    journal: Journal, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(4):
        publish(make_author(tmp_path, folder, f"Colleague{i} X"), "A lesson")
    settle(folder)
    ticks = iter(range(1000))
    monkeypatch.setattr(team, "_clock", lambda: float(next(ticks)))
    journal.set_setting(team.SYNC_SECONDS_SETTING, "2.5")
    report = team.scan(journal)
    assert 0 < len(journal.team.authors()) < 4
    assert report.deferred and all("seconds" in why for _, why in report.problems)
    for _ in range(4):
        team.scan(journal)
    assert len(journal.team.authors()) == 4


def test_per_author_limit_with_many_and_large_files(
    journal: Journal, folder: Path, alice: Path, bob: Path, parses: list[str]
) -> None:
    genuine = publish(alice, "Ask early")
    publish(bob, "Bob's lesson")
    limit = genuine.stat().st_size * 3
    journal.set_setting(team.AUTHOR_BYTES_SETTING, str(limit))
    # Many copies claiming Alice: only a limit's worth is read this sync.
    for i in range(6):
        (folder / f"alice-copy{i}.reflekt.json").write_bytes(genuine.read_bytes())
    # One file far bigger than the limit: refused by its size, never parsed.
    big = folder / "big.reflekt.json"
    big.write_text(" " * (limit + 1) + "{}", encoding="utf-8")
    report = team.scan(journal)
    assert titles(journal) == ["Ask early", "Bob's lesson"]
    problems = reasons(report)
    assert "limit for one colleague" in problems["big.reflekt.json"]
    assert "big.reflekt.json" not in parses
    over = [n for n, why in problems.items() if "limit for one colleague" in why]
    assert len(over) == 1 + 7 - 3  # the big file, and all but three of Alice's seven files
    assert parses.count("big.reflekt.json") == 0


def test_a_remembered_refusal_is_given_in_the_language_spoken_now(
    journal: Journal, folder: Path, alice: Path, parses: list[str]
) -> None:
    path = publish(alice, "Ask early")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["signature"], data["author"]["key"]
    data["author"]["id"] = "0c2d9e8f-7a6b-4c5d-8e9f-a0b1c2d3e4f5"
    data["exported"] = "2026-13-45T99:99:99Z"
    (folder / "cy.reflekt.json").write_text(json.dumps(data), encoding="utf-8")
    settle(folder)
    assert "not a real date" in reasons(team.scan(journal))["cy.reflekt.json"]
    parses.clear()
    assert "not a real date" in reasons(team.scan(journal))["cy.reflekt.json"]
    assert parses == []  # remembered, in English
    messages.set_language("sv")
    try:
        lines = team.scan(journal).lines()
    finally:
        messages.set_language("en")
    assert any(
        line.startswith("Hoppade över cy.reflekt.json:") and "verkligt datum" in line
        for line in lines
    ), lines


def test_memory_holds_one_file_at_a_time(journal: Journal, folder: Path, tmp_path: Path) -> None:
    """Eight colleagues' large bundles: the scan's peak memory is that of reading about
    one of them, not of all eight (measured with tracemalloc)."""
    import tracemalloc

    body = "A long lesson, written out in full. " * 300
    for i in range(8):
        path = make_author(tmp_path, folder, f"Colleague{i} X")
        with Journal.open(path) as j:
            for n in range(40):
                j.add(body, title=f"Lesson {n}", visibility="shareable")
            published = team.publish(j)
    settle(folder)
    one = max(p.stat().st_size for p in folder.iterdir())
    bundle.validate(safety.load_json_file(published, one), "warm-up")  # imports are not the scan's
    tracemalloc.start()
    try:
        team.scan(journal)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(journal.team.authors()) == 8
    # Parsed, one bundle takes about four times its size; all eight would be 32 times.
    assert peak < 8 * one, (peak, one)


class _Settings(dict):
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self[key] = value


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    other=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3),
)
def test_a_signature_covers_every_character_of_the_bundle(title: str, other: str) -> None:
    """Whatever the text, the written bundle verifies after a round trip through the file
    format, and any change to it is refused."""
    data = bundle.build(
        author_id="5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10",
        author_name="Åsa Öberg",
        author_team="Support",
        exported="2026-03-14T09:30:00+01:00",
        entries=[
            {
                "id": "5b0c7f7e-8f3c-4a44-9a39-1d3d7f0c2a11",
                "revision": 1,
                "day": "2026-03-14",
                "kind": "lesson",
                "title": title,
                "body": "body",
            }
        ],
        revision=7,
    )
    written = bundle.dumps(signing.sign(_SETTINGS, data))
    read = json.loads(written)
    assert bundle.validate(read, "b").public_key == signing.public_key(_SETTINGS)
    read["entries"][0]["title"] = title + other
    with pytest.raises(FileRejected, match="does not match its signature"):
        bundle.validate(read, "b")


_SETTINGS = _Settings()


def test_an_empty_library_says_why_and_what_to_do(
    journal_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cli = Cli(journal_path, capsys, monkeypatch)
    assert "Set a team folder" in cli.ok("team", "list")
    folder = tmp_path / "team"
    folder.mkdir()
    cli.ok("team", "folder", str(folder))
    out = cli.ok("team", "list")
    assert "Set a team folder" not in out and "reflekt team sync" in out
    with Journal.open(tmp_path / "sara.reflekt") as sara:
        export.set_author(sara, "Sara Ek", "Support")
        sara.add("Listen first.", title="Calm customers", visibility="shareable")
        team.publish(sara, path=folder)
    cli.ok("team", "sync")
    assert "Calm customers" in cli.ok("team", "list")
    assert cli.ok("team", "list", "--author", "Nobody Here").strip() == (
        "No colleague called 'Nobody Here' in the team library (1 lesson(s) from others). "
        "See who is there with: reflekt team authors"
    )
    assert cli.ok("team", "list", "--tag", "nothing-tagged").strip() == (
        "None of the 1 lesson(s) in the team library match that."
    )


def test_a_conflict_copy_signed_by_another_key_never_wins(
    journal: Journal, folder: Path, alice: Path, tmp_path: Path
) -> None:
    """Conflict copies are read as candidates, under the same trust rules: one that
    claims Alice but carries another key is refused, whatever its revision."""
    genuine = publish(alice, "Ask early")
    team.scan(journal)
    mallory = make_author(tmp_path, folder, "Alice Andersson", file="mallory")
    with Journal.open(mallory) as j:
        j.set_setting(export.AUTHOR_ID, author_id(alice))
        j.add("Ignore the old lessons", title="Forged lesson", visibility="shareable")
        for _ in range(5):  # a higher revision than Alice's
            export.prepare_export(j, export.ExportOptions(format="bundle", allow_empty=True))
        preview = export.prepare_export(j, export.ExportOptions(format="bundle", allow_empty=True))
    stem = genuine.name.removesuffix(".json")
    copy = folder / f"{stem}.sync-conflict-20260314-120000-ABCDEF7.json"
    copy.write_bytes(preview.data)
    report = team.scan(journal)
    assert titles(journal) == ["Ask early"]
    assert "another key" in reasons(report)[copy.name]
    assert report.needs_attention
    # Alice publishes again: the refused copy is still refused, not merely "older".
    settle(folder)
    publish(alice, "Listen first")
    report = team.scan(journal)
    assert titles(journal) == ["Ask early", "Listen first"]
    assert "another key" in reasons(report)[copy.name]
    assert copy.name not in dict(report.stale)
