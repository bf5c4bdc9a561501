"""Control characters from outside never reach a terminal, and titles refuse them at the
door (issue 14, item 6).

Bodies keep every character exactly (``--json`` and exports give them back); what the
command line prints shows C0 (but tab and newline), DEL, C1 and bidi controls escaped,
on a terminal (a real pty below) and in a pipe alike.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt import controls
from reflekt.core.journal import Journal
from reflekt.errors import InvalidInput
from reflekt.share import export, signing, team

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes "rm -rf ~" to the clipboard
TITLE_OSC = "\x1b]0;YOUR JOURNAL IS DAMAGED\x07"  # retitles the terminal window
CLEAR = "\x1b[2J\x1b[H"
C1_CSI = "\x9b2J"  # CSI as one C1 character
BIDI = "\u202eevil\u202c"
HOSTILE = f"Lesson {BIDI} {OSC52} {TITLE_OSC} {CLEAR} {C1_CSI} cr\rback\bdel\x7f end"
RAW = ("\x1b", "\x07", "\x9b", "\r", "\b", "\x7f", "\u202e")


@pytest.fixture
def cli(journal_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(journal_path, capsys, monkeypatch)


def raw_controls(text: str) -> list[str]:
    return [c for c in RAW if c in text]


# -- the door ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["a\x1b[2Jb", "bell\x07", "c1\x9bx", "cr\r", "nul\x00", "del\x7f"])
def test_titles_with_control_characters_are_refused_and_nothing_is_written(
    cli: Cli, bad: str
) -> None:
    err = cli.fails("add", "text", "--title", bad, match="control character")
    assert not raw_controls(err)  # the refusal itself shows the character escaped
    assert not cli.journal.exists()  # not even a new, empty journal is left behind
    entry_id = cli.ok("add", "text", "--title", "fine").strip()
    cli.fails("edit", entry_id, "--title", bad, match="control character")
    assert cli.json("show", entry_id)["title"] == "fine"
    cli.fails("goal", "add", bad, match="control character")
    assert cli.json("goals") == []


def test_tags_skills_and_people_refuse_c1_controls_too(cli: Cli) -> None:
    for option in ("--tag", "--skill", "--person"):
        cli.fails("add", "text", option, "x\x9by", match="control characters")
    assert not cli.journal.exists()


def test_tab_and_newline_are_not_refused_and_bodies_keep_everything(cli: Cli) -> None:
    entry_id = cli.ok("add", "-", "--title", "tab\there", stdin=HOSTILE.encode()).strip()
    shown = cli.json("show", entry_id)
    assert shown["title"] == "tab\there"
    assert shown["body"] == HOSTILE


def test_an_older_title_with_control_characters_can_stay_while_the_text_is_edited(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path) as j:
        entry = j.add("old text", title="placeholder")
        with j.db.atomic():  # as written by a reflekt before titles were checked
            j.db.execute("UPDATE entries SET title = ? WHERE id = ?", ["old\x1btitle", entry.id])
        entry = j.get(entry.id)
        j.update(entry.id, title=entry.title, body="new text")
        assert j.get(entry.id).body == "new text"
        with pytest.raises(InvalidInput, match="control character"):
            j.update(entry.id, title="other\x1b", body="x")
        assert j.get(entry.id).body == "new text"


def test_an_import_strips_control_characters_from_titles_with_a_note(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "jrnl.json"
    entries = [
        {"date": "2026-01-05", "time": "09:00", "title": f"Red{CLEAR}title", "body": HOSTILE},
        {"date": "2026-01-06", "time": "09:00", "title": "Plain", "body": "ok"},
    ]
    source.write_text(json.dumps({"tags": {}, "entries": entries}))
    report = cli.json("import", str(source))
    assert report["imported"] == 2
    assert any("control characters" in note and "1" in note for note in report["warnings"])
    titles = {e["title"]: e["body"] for e in cli.json("list")}
    assert titles == {"Red[2J[Htitle": HOSTILE, "Plain": "ok"}  # the text kept exactly
    out = cli.ok("import", str(source))  # again: nothing new, still no raw controls
    assert not raw_controls(out)


def test_a_bundle_whose_title_holds_control_characters_is_skipped_by_name(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    with Journal.open(tmp_path / "sara.reflekt") as sara:
        export.set_author(sara, "Sara Ek", "Support")
        sara.add("Listen first.", title="Calm customers", visibility="shareable")
        path = team.publish(sara, path=folder)
        # Signed by its real author (say an older reflekt let the title in): the
        # signature holds, so only the title's control characters can refuse it.
        data = json.loads(path.read_text())
        data["entries"][0]["title"] = f"Calm{TITLE_OSC}"
        path.write_text(json.dumps(signing.sign(sara, data)))
    cli.ok("team", "folder", str(folder))
    code, out, _ = cli("team", "sync")
    assert code == 6  # a bundle was skipped (`team sync --help`)
    assert path.name in out and "control character" in out
    assert not raw_controls(out)
    assert cli.json("team", "list") == []


# -- what the command line prints -------------------------------------------------------


@pytest.fixture
def hostile_journal(journal_path: Path, tmp_path: Path) -> Path:
    """A journal with a hostile body of its own and a colleague's hostile lesson."""
    folder = tmp_path / "team"
    folder.mkdir()
    with Journal.open(tmp_path / "sara.reflekt") as sara:
        export.set_author(sara, "Sara Ek", "Support")
        sara.add(HOSTILE, visibility="shareable", tags=["escalations"])  # untitled
        team.publish(sara, path=folder)
    with Journal.open(journal_path) as j:
        j.add(HOSTILE, tags=["mine"])  # untitled: the list shows the first line
        team.set_folder(j, folder)
        team.scan(j)
    return journal_path


COMMANDS = [
    ("list",),
    ("search", "Lesson"),
    ("team", "list"),
    ("team", "search", "Lesson"),
]


def run_on_a_terminal(journal: Path, *args: str) -> bytes:
    """``reflekt ARGS`` with its output on a pseudo-terminal; the bytes the terminal got."""
    main, child = pty.openpty()
    env = {**os.environ, "REFLEKT_HOME": str(journal.parent / "home"), "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reflekt", "--journal", str(journal), *args],
        stdout=child,
        stderr=child,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(child)
    got = b""
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            proc.kill()
            raise AssertionError(f"reflekt {args} printed nothing for 30 s")
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        got += chunk
    os.close(main)
    assert proc.wait(timeout=30) == 0, got
    return got


@pytest.mark.parametrize("args", [*COMMANDS, ("show", "ID")], ids=" ".join)
def test_on_a_terminal_controls_from_entries_and_bundles_show_escaped(
    hostile_journal: Path, args: tuple[str, ...]
) -> None:
    if args == ("show", "ID"):
        with Journal.open(hostile_journal) as j:
            args = ("show", next(iter(j.iter_entries())).id)
    # The terminal itself turns each newline into CR LF (onlcr).
    out = run_on_a_terminal(hostile_journal, *args).decode("utf-8").replace("\r\n", "\n")
    # reflekt's own bold in search results is the only escape sequence that may pass.
    own = out.replace("\x1b[1m", "").replace("\x1b[0m", "")
    assert not raw_controls(own), repr(out)
    assert "\\x1b]52;c;" in out and "\\u202e" in out
    if args[0] == "show":
        assert "\\x1b]0;YOUR JOURNAL IS DAMAGED\\x07" in out and "\\x9b2J" in out


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_in_a_pipe_controls_show_escaped_too(hostile_journal: Path, capsys, monkeypatch, args):
    out = Cli(hostile_journal, capsys, monkeypatch).ok(*args)
    assert not raw_controls(out)
    assert "\\x1b]52;c;" in out


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_json_keeps_the_exact_text_and_escapes_it_as_json(
    hostile_journal: Path, capsys, monkeypatch, args
) -> None:
    cli = Cli(hostile_journal, capsys, monkeypatch)
    out = cli.ok(*args, "--json")
    assert not raw_controls(out)  # C1, DEL and bidi as \\u escapes, like C0
    bodies = [item["body"] for item in json.loads(out)]
    assert bodies == [HOSTILE]


def test_error_messages_show_outside_names_escaped(cli: Cli, tmp_path: Path) -> None:
    name = tmp_path / f"export{TITLE_OSC}.json"
    err = cli.fails("import", str(name), match="There is no file")
    assert not raw_controls(err)
    assert "\\x1b]0;" in err


def test_escaping_is_one_search_when_there_is_nothing_to_escape() -> None:
    text = "Återkoppling från Åsa\tmed tab\noch radbrytning"
    assert controls.for_terminal(text) is text
    assert controls.for_json(json.dumps(text, ensure_ascii=False)) == json.dumps(
        text, ensure_ascii=False
    )
    assert controls.for_terminal("a\x1b[31mb\x85c\u2066d") == "a\\x1b[31mb\\x85c\\u2066d"
    assert json.loads(controls.for_json(json.dumps("\x9b\u202e", ensure_ascii=False))) == (
        "\x9b\u202e"
    )


def test_an_export_printed_on_a_terminal_is_escaped_and_exact_in_a_pipe(
    hostile_journal: Path, capsys, monkeypatch
) -> None:
    with Journal.open(hostile_journal) as j:
        entry_id = next(iter(j.iter_entries())).id
    args = ("export", "--format", "md", "-o", "-", "--id", entry_id, "--include-private")
    shown = run_on_a_terminal(hostile_journal, *args).decode("utf-8").replace("\r\n", "\n")
    assert not raw_controls(shown) and "\\x1b]52;c;" in shown
    piped = Cli(hostile_journal, capsys, monkeypatch).ok(*args)
    assert OSC52 in piped  # the bytes that leave for another program are exact
