"""Every imported or team file is hostile: refused files name themselves and change nothing."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

import pytest
from tests.backup_reference import backup_data

from reflekt.cli import main
from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.share import bundle, safety
from reflekt.share.importers import import_file

AUTHOR = "5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10"


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": str(uuid.uuid4()),
        "revision": 1,
        "day": "2026-03-14",
        "kind": "lesson",
        "title": "A lesson",
        "body": "What I learned",
        "sections": [],
        "tags": [],
        "skills": [],
        "source": None,
    }
    entry.update(changes)
    return entry


def _bundle(entries: list[dict[str, object]], **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": "reflekt-share-bundle",
        "version": 1,
        "author": {"id": AUTHOR, "name": "Bo Berg", "team": "Support"},
        "exported": "2026-03-14T09:00:00+01:00",
        "entries": entries,
    }
    data.update(changes)
    return data


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def before(journal: Journal):
    journal.add("mine", title="My own entry")

    def unchanged() -> None:
        data = backup_data(journal)
        assert [e["title"] for e in data["entries"]] == ["My own entry"]
        assert data["team_lessons"] == [] and data["import_keys"] == []

    return unchanged


def _rejected(journal: Journal, path: Path, match: str, fmt: str = "auto") -> str:
    with pytest.raises(FileRejected) as exc:
        import_file(journal, path, fmt)
    assert path.name in exc.value.message
    assert match in exc.value.message, exc.value.message
    return exc.value.message


def test_truncated_file(journal: Journal, tmp_path: Path, before) -> None:
    text = json.dumps(_bundle([_entry()]))
    path = tmp_path / "bo.reflekt.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    _rejected(journal, path, "incomplete")
    before()


def test_oversized_file_by_setting(journal: Journal, tmp_path: Path, before) -> None:
    journal.set_setting(safety.MAX_BYTES_SETTING, "1000")
    path = _write(tmp_path / "big.reflekt.json", _bundle([_entry(body="x" * 2000)]))
    _rejected(journal, path, "too big")
    before()


def test_60_megabytes_is_refused_at_the_default_cap(
    journal: Journal, tmp_path: Path, before
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.write(b'{"entries": [{"body": "')
        f.truncate(60 * 1024 * 1024)  # sparse: the size is what is checked before reading
    message = _rejected(journal, path, "too big")
    assert "60.0 MB" in message and "50.0 MB" in message
    assert "--max-size" not in message, "the app's message names no command-line option"
    before()


def test_deep_nesting(journal: Journal, tmp_path: Path, before) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"entries": ' + "[" * 10_000 + "]" * 10_000 + "}", encoding="utf-8")
    _rejected(journal, path, "nested")
    moderately = tmp_path / "deep2.reflekt.json"
    moderately.write_text(
        json.dumps(_bundle([_entry(title="t")]))[:-1] + ', "x": ' + "[" * 100 + "]" * 100 + "}",
        encoding="utf-8",
    )
    _rejected(journal, moderately, "nested")
    before()


def test_wrong_version(journal: Journal, tmp_path: Path, before) -> None:
    path = _write(tmp_path / "new.reflekt.json", _bundle([_entry()], version=3))
    _rejected(journal, path, "newer reflekt")
    path = _write(tmp_path / "odd.reflekt.json", _bundle([_entry()], version="1"))
    _rejected(journal, path, "version")
    before()


def test_invalid_utf8(journal: Journal, tmp_path: Path, before) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(
        json.dumps(_bundle([_entry(title="Åsa")]), ensure_ascii=False).encode("latin-1")
    )
    _rejected(journal, path, "not UTF-8")
    before()


def test_schema_violations_name_the_field(journal: Journal, tmp_path: Path, before) -> None:
    cases = {
        "mood": _bundle([_entry(mood=1)]),
        "title": _bundle([_entry(title="x" * 1001)]),
        "kind": _bundle([_entry(kind="rant")]),
        "day": _bundle([_entry(day="14/03/2026")]),
        "author": _bundle([_entry()], author={"id": AUTHOR}),
    }
    for field, data in cases.items():
        path = _write(tmp_path / f"{field}.reflekt.json", data)
        message = _rejected(journal, path, "not a valid share bundle")
        assert field in message
        assert len(message) < 400  # never the whole offending value
    before()


def test_duplicate_uuids(journal: Journal, tmp_path: Path, before) -> None:
    twice = _entry()
    path = _write(tmp_path / "dup.reflekt.json", _bundle([twice, dict(twice, title="again")]))
    _rejected(journal, path, "more than once")
    before()


def test_duplicate_keys_and_nan(journal: Journal, tmp_path: Path, before) -> None:
    path = tmp_path / "keys.json"
    path.write_text('{"entries": [], "entries": []}', encoding="utf-8")
    _rejected(journal, path, "twice")
    path = tmp_path / "nan.json"
    path.write_text('{"entries": [{"date": NaN}]}', encoding="utf-8")
    _rejected(journal, path, "NaN")
    before()


def test_html_in_bodies_is_kept_as_text(journal: Journal, tmp_path: Path) -> None:
    evil = '<img src="file:///etc/passwd"><script>alert(1)</script>'
    path = _write(tmp_path / "bo.reflekt.json", _bundle([_entry(body=evil, title=evil)]))
    import_file(journal, path)
    lesson = journal.team.lessons()[0]
    assert lesson.body == evil  # stored as the text it is; every view escapes it
    from reflekt.share import render

    page = render.render_html([{**_entry(body=lesson.body, title=lesson.title)}])
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in page


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_zip_with_parent_paths(journal: Journal, tmp_path: Path, before) -> None:
    good = json.dumps({"metadata": {}, "entries": []}).encode()
    path = _zip(tmp_path / "evil.zip", {"Journal.json": good, "../../evil.json": good})
    _rejected(journal, path, "outside the archive")
    path = _zip(tmp_path / "abs.zip", {"/etc/evil.json": good})
    _rejected(journal, path, "outside the archive")
    before()


def test_zip_bomb(journal: Journal, tmp_path: Path, before) -> None:
    journal.set_setting(safety.MAX_BYTES_SETTING, str(5 * 1024 * 1024))
    path = _zip(tmp_path / "bomb.zip", {"Journal.json": b" " * (20 * 1024 * 1024)})
    assert path.stat().st_size < 100_000
    _rejected(journal, path, "unpacks to far more")
    before()


def test_damaged_zip(journal: Journal, tmp_path: Path, before) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    _rejected(journal, path, "not a readable zip")
    before()


def test_unknown_json_is_refused_with_what_to_do(journal: Journal, tmp_path: Path, before) -> None:
    path = _write(tmp_path / "other.json", {"hello": "world"})
    _rejected(journal, path, "--format")
    before()


def test_cli_rejects_with_one_line_and_exit_2(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff\xfe not utf-8")
    code = main(["--journal", str(journal_path), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "bad.json" in err and "Traceback" not in err


def test_bundle_reader_respects_cap(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.reflekt.json", _bundle([_entry()]))
    assert bundle.read(path, 10_000).author_name == "Bo Berg"
    with pytest.raises(FileRejected, match="too big"):
        bundle.read(path, 100)
