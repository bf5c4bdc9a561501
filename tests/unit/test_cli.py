"""The command line as other tools and people use it: output, JSON keys, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import Cli

from reflekt.cli import main

ENTRY_KEYS = {
    "id",
    "created",
    "updated",
    "day",
    "kind",
    "title",
    "body",
    "sections",
    "tags",
    "skills",
    "people",
    "source",
    "mood",
    "visibility",
    "starred",
}


class Run(Cli):
    """The shared in-process runner, stricter: a command that succeeds prints no warning."""

    def ok(self, *args: str, stdin: bytes | None = None) -> str:
        code, out, err = self(*args, stdin=stdin)
        assert code == 0, err
        assert err == ""
        return out


@pytest.fixture
def run(tmp_path: Path, capsys, monkeypatch) -> Run:
    return Run(tmp_path / "cli.reflekt", capsys, monkeypatch)


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("reflekt 0.")


def test_every_command_has_help(capsys) -> None:
    from reflekt.cli.parser import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {
        "add",
        "list",
        "search",
        "show",
        "edit",
        "delete",
        "restore",
        "tags",
        "skills",
        "people",
        "templates",
        "prompt",
        "demo",
    } <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
        assert "usage: reflekt" in capsys.readouterr().out


def test_add_prints_id_and_show_json_has_every_key(run: Run) -> None:
    entry_id = run.ok(
        "add",
        "Lärde mig ställa öppna frågor",
        "--title",
        "Öppna frågor",
        "--kind",
        "lesson",
        "--tag",
        "feedback,Coaching",
        "--tag",
        "team",
        "--skill",
        "Coaching",
        "--person",
        "Anna Lind=learned-from",
        "--person",
        "Bo",
        "--source",
        "people",
        "--mood",
        "4",
        "--share",
        "--star",
        "--date",
        "2026-03-14",
    ).strip()
    data = run.json("show", entry_id)
    assert set(data) >= ENTRY_KEYS
    assert data["id"] == entry_id
    assert data["title"] == "Öppna frågor"
    assert data["body"] == "Lärde mig ställa öppna frågor"
    assert data["kind"] == "lesson"
    assert data["tags"] == ["feedback", "Coaching", "team"]
    assert data["skills"] == ["Coaching"]
    assert data["people"][0] == {
        "name": "Anna Lind",
        "relation": "learned-from",
        "role": "",
        "department": "",
    }
    assert data["people"][1]["relation"] == "with"
    assert (data["source"], data["mood"], data["visibility"], data["starred"]) == (
        "people",
        4,
        "shareable",
        True,
    )
    assert data["day"] == "2026-03-14"


def test_add_with_template_sections(run: Run) -> None:
    entry_id = run.ok(
        "add",
        "--template",
        "Gibbs",
        "--section",
        "description=Demo crashed",
        "--section",
        "Action plan=Rehearse twice",
    ).strip()
    data = run.json("show", entry_id)
    assert data["sections"] == {"description": "Demo crashed", "action_plan": "Rehearse twice"}
    assert data["kind"] == "reflection"
    text = run.ok("show", entry_id)
    assert "## Description" in text and "Rehearse twice" in text


def test_add_reads_stdin_exactly(run: Run) -> None:
    text = "line one\r\nline two\n\n  indented\t\n"
    entry_id = run.ok("add", "-", stdin=text.encode()).strip()
    assert run.json("show", entry_id)["body"] == text


def test_relative_dates(run: Run) -> None:
    import datetime as dt

    today = dt.date.today()
    for said, days in (("yesterday", 1), ("3 days ago", 3), ("today", 0), ("igår", 1)):
        entry_id = run.ok("add", said, "--date", said).strip()
        assert run.json("show", entry_id)["day"] == (today - dt.timedelta(days=days)).isoformat()


def test_list_text_and_json_with_filters(run: Run) -> None:
    a = run.ok("add", "alpha", "--tag", "x", "--date", "2026-01-05", "--kind", "til").strip()
    b = run.ok("add", "beta", "--share", "--star", "--date", "2026-02-05").strip()
    run.ok("add", "gamma", "--date", "2026-03-05")
    out = run.ok("list")
    assert out.splitlines()[0].startswith("2026-03-05")
    assert len(out.splitlines()) == 3
    assert [e["id"] for e in run.json("list", "--tag", "X")] == [a]
    assert [e["id"] for e in run.json("list", "--shared")] == [b]
    assert [e["id"] for e in run.json("list", "--starred")] == [b]
    assert len(run.json("list", "--private")) == 2
    assert [e["id"] for e in run.json("list", "--kind", "til")] == [a]
    assert [e["id"] for e in run.json("list", "--from", "2026-01-01", "--to", "2026-02-28")] == [
        b,
        a,
    ]
    assert len(run.json("list", "--limit", "1")) == 1
    assert len(run.json("list", "--limit", "0")) == 3
    assert set(run.json("list")[0]) >= ENTRY_KEYS


def test_empty_journal_says_how_to_start(run: Run) -> None:
    assert "ready" in run.ok("init")
    assert "reflekt add" in run.ok("list")
    assert run.json("list") == []


def test_search(run: Run) -> None:
    run.ok("add", "Fick återkoppling på presentationen", "--tag", "feedback")
    run.ok("add", "Another day")
    out = run.ok("search", "aterkoppling")
    assert "**återkoppling**" in out
    hits = run.json("search", "pres*")
    assert len(hits) == 1
    assert ENTRY_KEYS | {"snippet", "rank"} <= set(hits[0])
    assert "Nothing found" in run.ok("search", "zebra")
    assert run.json("search", "återkoppling", "--tag", "nope") == []


def test_edit_delete_restore_purge(run: Run) -> None:
    entry_id = run.ok("add", "first text", "--tag", "a", "--mood", "2").strip()
    run.ok("edit", entry_id[:8], "second text", "--tag", "b", "--star")
    data = run.json("show", entry_id)
    assert (data["body"], data["tags"], data["starred"], data["mood"]) == (
        "second text",
        ["b"],
        True,
        2,
    )
    run.ok("edit", entry_id, "--unstar", "--share")
    data = run.json("show", entry_id)
    assert (data["starred"], data["visibility"]) == (False, "shareable")
    run.ok("edit", entry_id, "--private")
    assert run.json("show", entry_id)["visibility"] == "private"
    assert "trash" in run.ok("delete", entry_id)
    assert run.json("list") == []
    assert [e["id"] for e in run.json("list", "--trash")] == [entry_id]
    run.ok("restore", entry_id)
    assert len(run.json("list")) == 1
    run.fails("purge", entry_id, match="not in the trash")
    run.ok("delete", entry_id)
    run.ok("purge", entry_id)
    run.fails("show", entry_id, match="no entry")


def test_trash_list_and_empty(run: Run) -> None:
    keep = run.ok("add", "keep").strip()
    gone = run.ok("add", "gone for good").strip()
    run.ok("delete", gone)
    assert [e["id"] for e in run.json("trash", "list")] == [gone]
    assert "gone for good" in run.ok("trash", "list")
    assert "Removed 1 entry from" in run.ok("trash", "empty")
    assert run.json("trash", "list") == []
    assert "empty" in run.ok("trash", "list")
    assert [e["id"] for e in run.json("list")] == [keep]


def test_tags_skills_people(run: Run) -> None:
    run.ok("add", "a", "--tag", "Deploy", "--skill", "SQL", "--person", "Sara=helped")
    run.ok("add", "b", "--tag", "deploy", "--person", "sara")
    assert run.json("tags") == [{"name": "Deploy", "count": 2}]
    assert run.json("skills") == [{"name": "SQL", "count": 1}]
    run.ok("person", "Sara", "--role", "Analyst", "--department", "Finance")
    assert run.json("people") == [
        {"name": "Sara", "role": "Analyst", "department": "Finance", "count": 2}
    ]
    assert "Deploy" in run.ok("tags")
    assert "Analyst" in run.ok("people")


def test_templates_and_prompt_in_both_languages(run: Run) -> None:
    en = run.json("templates")
    assert [t["key"] for t in en][:2] == ["free", "gibbs"]
    gibbs = en[1]
    assert any(s["key"] == "feelings" and s["private"] for s in gibbs["sections"])
    _code, out, _ = run("--lang", "sv", "templates", "--json")
    assert json.loads(out)[1]["name"] == "Gibbs reflektionscykel"
    assert "Känslor" in run.ok("--lang", "sv", "templates")
    en_prompt = run.ok("prompt", "--date", "2026-01-01").strip()
    sv_prompt = run.ok("--lang", "sv", "prompt", "--date", "2026-01-01").strip()
    assert en_prompt and sv_prompt and en_prompt != sv_prompt
    assert run.ok("prompt", "--date", "2026-01-02").strip() != en_prompt


def test_goals(run: Run) -> None:
    goal_id = run.ok("goal", "add", "Facilitate a workshop", "--target", "2027-03-01").strip()
    entry_id = run.ok("add", "ran a retro", "--goal", goal_id[:8]).strip()
    assert run.json("show", entry_id)["goals"] == [goal_id]
    other = run.ok("add", "planned the workshop").strip()
    run.ok("goal", "link", goal_id, other)
    shown = run.json("goal", "show", goal_id)
    assert {e["id"] for e in shown["evidence"]} == {entry_id, other}
    run.ok("goal", "edit", goal_id, "--status", "achieved")
    (goal,) = run.json("goals")
    assert (goal["status"], goal["entries"], goal["target_date"]) == ("achieved", 2, "2027-03-01")
    run.ok("goal", "unlink", goal_id, other)
    assert run.json("goal", "show", goal_id)["entries"] == 1
    run.ok("goal", "delete", goal_id)
    assert run.json("goals") == []


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (("add",), "Nothing to write"),
        (("add", "x", "--mood", "9"), "mood must be a whole number"),
        (("add", "x", "--date", "someday"), "not a date"),
        (("add", "x", "--kind", "diary"), "invalid choice"),
        (("add", "x", "--source", "tv"), "invalid choice"),
        (("add", "x", "--person", "Anna=enemy"), "not a way to know someone"),
        (("add", "--section", "what=x"), "--section needs a template"),
        (("add", "--template", "gibbs", "--section", "nonsense=x"), "has no section"),
        (("add", "--template", "gibbs", "--section", "no-equals"), "NAME=TEXT"),
        (("add", "--template", "sonnet", "x"), "No template called"),
        (("add", "x", "--goal", "deadbeef"), "no goal"),
        (("show", "ffff0000"), "no entry"),
        (("edit", "ffff0000", "x"), "no entry"),
        (("delete", "ffff0000"), "no entry"),
        (("restore", "ffff0000"), "no entry"),
        (("list", "--from", "2026-05-01", "--to", "2026-01-01"), "after --to"),
        (("list", "--shared", "--private"), "not both"),
        (("list", "--limit", "-1"), "--limit"),
        (("search", "   "), "Type a word"),
        (("frobnicate",), "invalid choice"),
        (("list", "--bogus"), "unrecognized arguments"),
        (("goal", "add", "  "), "needs a title"),
    ],
)
def test_bad_input_exits_2_with_one_plain_line(run: Run, args, match) -> None:
    run.ok("init")
    run.fails(*args, match=match)


def test_edit_with_nothing_to_change(run: Run) -> None:
    entry_id = run.ok("add", "x").strip()
    run.fails("edit", entry_id, match="Nothing to change")


def test_failed_command_writes_nothing(run: Run) -> None:
    run.fails("add", "x", "--date", "someday", match="not a date")
    assert not run.journal.exists(), "a failed first command leaves no journal behind"
    run.ok("add", "kept")
    before = run.json("list")
    run.fails("add", "x", "--goal", "deadbeef", match="no goal")
    run.fails("edit", before[0]["id"], "new text", "--goal", "deadbeef", match="no goal")
    assert run.json("list") == before


def test_read_commands_do_not_create_a_named_journal(run: Run) -> None:
    run.fails("list", match="no journal at")
    assert not run.journal.exists()


def test_demo_fills_a_believable_journal(run: Run) -> None:
    assert "demo entries" in run.ok("demo", "--lang", "en")
    entries = run.json("list", "--limit", "0")
    assert len(entries) > 100
    assert len({e["kind"] for e in entries}) >= 6
    assert any(e["visibility"] == "shareable" for e in entries)
    assert any(e["people"] for e in entries)
    assert run.json("goals")
    run.fails("demo", match="already has")


def test_demo_in_swedish(run: Run) -> None:
    run.ok("demo", "--lang", "sv")
    titles = " ".join(e["title"] + e["body"] for e in run.json("list"))
    assert any(ch in titles for ch in "åäö")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(min_size=1) | st.text(min_size=5000, max_size=20000))
def test_any_text_round_trips_through_add_and_show(run: Run, text: str) -> None:
    if not text.strip():  # only blanks: nothing to write, refused (issue #16)
        before = len(run.json("list")) if run.journal.exists() else 0
        assert run("add", "-", stdin=text.encode("utf-8"))[0] == 2
        assert (len(run.json("list")) if run.journal.exists() else 0) == before
        return
    entry_id = run.ok("add", "-", stdin=text.encode("utf-8")).strip()
    assert run.json("show", entry_id)["body"] == text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), min_size=1)
)
def test_any_title_round_trips(run: Run, title: str) -> None:
    from reflekt import controls

    if controls.first_control(title):  # refused at the door (issue 14); nothing written
        before = len(run.json("list")) if run.journal.exists() else 0
        assert run("add", "body", f"--title={title}")[0] == 2
        assert (len(run.json("list")) if run.journal.exists() else 0) == before
        return
    entry_id = run.ok("add", "body", f"--title={title}").strip()
    assert run.json("show", entry_id)["title"] == title


def _reflekt(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflekt", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_real_process_exit_codes_and_no_traceback(tmp_path: Path, reflekt_home: Path) -> None:
    env = {**os.environ, "REFLEKT_HOME": str(reflekt_home), "LANG": "C"}
    done = _reflekt("add", "Från terminalen", "--tag", "å", env=env)
    assert done.returncode == 0, done.stderr
    assert (reflekt_home / "data" / "journal.reflekt").exists()
    shown = _reflekt("list", env=env)
    assert "Från terminalen" in shown.stdout
    bad = _reflekt("add", "x", "--mood", "high", env=env)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_no_command_without_a_desktop_says_so_plainly(reflekt_home: Path) -> None:
    env = {**os.environ, "REFLEKT_HOME": str(reflekt_home)}
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    done = _reflekt(env=env)
    assert done.returncode == 2
    assert "no desktop" in done.stderr
    assert "Traceback" not in done.stderr
