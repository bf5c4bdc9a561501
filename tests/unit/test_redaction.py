"""Names in what leaves (issue #13): the example from the issue through the command
line, and the matching rules one by one."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Cli

from reflekt.core.journal import Journal
from reflekt.core.redaction import Choices, Known, PeopleMode, Redactor, unmark
from reflekt.share import redact

TITLE = "Learned from Erik Berg: ask before you advise"
TEXT = "Erik showed me that Erik Berg's way works. Berg said: ask first."


@pytest.fixture
def cli(journal_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(journal_path, capsys, monkeypatch)


@pytest.fixture
def issue(cli: Cli) -> Cli:
    cli.ok("person", "Erik Berg", "--role", "HR partner")
    cli.ok(
        "add", "--kind", "learned-from", "--person", "Erik Berg=learned-from", "--share",
        "--title", TITLE, TEXT,
    )  # fmt: skip
    return cli


def test_the_issue_example_left_out(issue: Cli) -> None:
    out = issue.ok("export", "--format", "md", "-o", "-")
    assert "Erik" not in out and "Berg" not in out
    assert out.startswith("# Learned from a colleague: ask before you advise\n")
    assert "A colleague showed me that a colleague's way works. A colleague said: ask first." in out
    assert "HR partner" not in out  # left out means no role either


def test_the_issue_example_as_roles(issue: Cli) -> None:
    out = issue.ok("export", "--format", "md", "--people", "roles", "-o", "-")
    assert "Erik" not in out and "Berg" not in out
    assert out.startswith("# Learned from a colleague (HR partner): ask before you advise\n")
    assert "- learned from: a colleague (HR partner)" in out


def test_the_issue_example_with_names_is_left_as_written(issue: Cli) -> None:
    out = issue.ok("export", "--format", "md", "--people", "names", "-o", "-")
    assert out.startswith(f"# {TITLE}\n")
    assert TEXT in out


def test_the_issue_example_in_every_format_and_the_bundle(issue: Cli, tmp_path: Path) -> None:
    issue.ok("team", "name", "Alex Andersson")
    for fmt in ("html", "bundle"):
        target = tmp_path / ("out.reflekt.json" if fmt == "bundle" else f"out.{fmt}")
        issue.ok("export", "--format", fmt, "--people", "roles", "-o", str(target))
        data = target.read_text(encoding="utf-8")
        assert "Erik" not in data and "Berg" not in data, fmt
    bundle = json.loads((tmp_path / "out.reflekt.json").read_text(encoding="utf-8"))
    assert (
        bundle["entries"][0]["title"]
        == "Learned from a colleague (HR partner): ask before you advise"
    )
    brief = issue.ok("export", "--format", "md", "--brief", "-o", "-")
    assert "Erik" not in brief and "Berg" not in brief


def test_the_manager_report_has_no_names_unless_chosen(
    issue: Cli, journal_path: Path, tmp_path: Path
) -> None:
    issue.ok("edit", _only_id(issue), "--kind", "lesson")

    def report(*args: str) -> str:
        # In a process of its own: the report draws its charts with Qt widgets.
        target = tmp_path / "report.html"
        command = [sys.executable, "-m", "reflekt", "--journal", str(journal_path), "report"]
        done = subprocess.run(
            [*command, *args, "-o", str(target), "--force"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return html.unescape(target.read_text(encoding="utf-8"))

    manager = report("--audience", "manager")
    assert "Learned from a colleague (HR partner): ask before you advise" in manager
    assert "Erik" not in manager and "Berg" not in manager
    named = report("--audience", "manager", "--names")
    assert "Learned from Erik Berg: ask before you advise" in named
    mine = report()
    assert "Learned from Erik Berg: ask before you advise" in mine
    assert "Erik Berg's way works" in mine


def _only_id(cli: Cli) -> str:
    return cli.json("list")[0]["id"]  # type: ignore[index]


def test_a_person_in_the_people_list_is_replaced_even_when_not_linked(journal: Journal) -> None:
    journal.people.set("Märta Öberg", department="Support")
    journal.add("Talked to marta oberg about it.", visibility="shareable")
    from reflekt.share import export

    out = export.prepare_export(journal, export.ExportOptions(format="md", people="roles")).text
    assert "a colleague in Support about it" in out
    assert "arta" not in out and "berg" not in out


# -- the matching rules ---------------------------------------------------------------


def words(*people: Known, mode: str = "none", lang: str = "en") -> Redactor:
    return Redactor(list(people), PeopleMode(mode), lang)


ERIK = Known("Erik Berg", "HR partner")


@pytest.mark.parametrize(
    "text",
    [
        "Erik Berg", "erik berg", "ERIK BERG", "Erik  Berg", "Erik\nBerg", "Erik", "erik",
        "Berg", "Erik's", "Erik’s", "Eriks", "Erik:s", "Bergs", "Berg's", "Érik", "Ërïk",
        "E\u0301rik",
    ],
)  # fmt: skip
def test_every_form_of_a_name_is_replaced(text: str) -> None:
    out = words(ERIK).text(f"Thanks to {text} today")
    assert out in ("Thanks to a colleague today", "Thanks to a colleague's today"), out


def test_words_that_only_contain_a_name_stay() -> None:
    text = "Erikson and Bergman met in Bergen; berget is steep."
    assert words(ERIK).text(text) == text


def test_a_name_part_that_is_an_ordinary_word_is_replaced_only_as_a_name() -> None:
    hans = Known("Hans Will")
    assert words(hans).text("I will read hans bok.") == "I will read hans bok."
    assert words(hans).text("Then Hans said Will was right.") == (
        "Then a colleague said a colleague was right."
    )
    assert words(hans).text("hans will") == "A colleague"  # the full name, in any case
    particle = words(Known("Anna van der Berg"))
    assert particle.text("Anna took the van to the station.") == (
        "A colleague took the van to the station."
    )
    bo = Known("Bo")  # a one-word name that is also a word ("to live")
    assert words(bo, lang="sv").text("Vi bo här, sa Bo.") == "Vi bo här, sa en kollega."


def test_replacements_read_naturally_in_swedish_and_with_roles() -> None:
    sv = words(Known("Anna-Karin Öberg", "HR-partner", "Ekonomi"), mode="roles", lang="sv")
    assert sv.text("Anna-Karin Öberg hjälpte mig. Jag frågade Anna-Karin.") == (
        "En kollega på Ekonomi (HR-partner) hjälpte mig. "
        "Jag frågade en kollega på Ekonomi (HR-partner)."
    )
    assert sv.text("Öbergs idé") == "En kollegas idé"


def test_two_people_with_one_first_name_are_not_told_apart_by_role() -> None:
    both = words(Known("Erik Berg", "HR partner"), Known("Erik Lund", "Tester"), mode="roles")
    assert both.text("Erik helped.") == "A colleague helped."
    assert both.text("Erik Lund helped.") == "A colleague (Tester) helped."


def test_names_chosen_leave_the_text_as_written() -> None:
    assert words(ERIK, mode="names").text(TEXT) == TEXT


def test_a_tag_that_is_a_name_does_not_leave() -> None:
    assert words(ERIK).tags(["erik-berg", "Erik", "berg", "feedback", "bergsklättring"]) == [
        "feedback",
        "bergsklättring",
    ]
    assert words(ERIK, mode="names").tags(["erik-berg"]) == ["erik-berg"]


def test_a_kept_name_stays_and_a_left_out_word_goes() -> None:
    chosen = words(ERIK, Known("Sara Lind")).for_entry("e1", Choices(("Erik Berg",), ("Acme",)))
    assert chosen.text("Erik and Sara told ACME's buyer.") == (
        "Erik and a colleague told [left out] buyer."
    )
    assert [r.kept for r in chosen.log] == [True, False, False]
    assert chosen.tags(["erik", "acme", "sara"]) == ["erik"]


def test_hostile_marks_in_a_text_cannot_fake_a_replacement() -> None:
    marker = Redactor([ERIK], PeopleMode.NONE, "en", mark=True)
    sneaky = "\ufdd0\ufde0\ufdd2Erik\ufdd1 Berg"
    text, spans = unmark(marker.text(sneaky))
    assert text == "A colleague"
    assert len(spans) == 1 and len(marker.log) == 1


def test_choices_are_remembered_in_the_journal(journal: Journal) -> None:
    entry = journal.add("Erik helped", visibility="shareable")
    redact.keep_name(journal, entry.id, "Erik Berg")
    redact.leave_out_word(journal, entry.id, "Acme")
    redact.leave_out_word(journal, entry.id, "Acme")
    assert redact.choices(journal, entry.id) == Choices(("Erik Berg",), ("Acme",))
    redact.unkeep_name(journal, entry.id, "erik berg")
    assert redact.choices(journal, entry.id) == Choices((), ("Acme",))
    journal.set_setting(redact.CHOICES_SETTING + entry.id, "not json")
    assert redact.choices(journal, entry.id) == Choices()


def test_the_command_line_keeps_a_name_and_leaves_out_a_word(issue: Cli) -> None:
    entry = _only_id(issue)
    issue.ok("edit", entry, TEXT + " Acme liked it.")
    chosen = issue.json("privacy", entry[:8], "--keep-name", "erik berg", "--leave-out", "acme")
    assert chosen == {"id": entry, "kept_names": ["Erik Berg"], "left_out": ["acme"]}
    out = issue.ok("export", "--format", "md", "--people", "roles", "-o", "-")
    assert out.startswith(f"# {TITLE}\n")
    assert "Erik Berg's way works" in out
    assert "Acme" not in out and "[left out] liked it." in out
    # Refused: a name the journal does not know; nothing changes.
    issue.fails("privacy", entry, "--keep-name", "Nobody Here", match="people list")
    assert issue.json("privacy", entry)["kept_names"] == ["Erik Berg"]  # type: ignore[index]
    issue.ok("privacy", entry, "--replace-name", "Erik Berg", "--put-back", "ACME")
    out = issue.ok("export", "--format", "md", "--people", "roles", "-o", "-")
    assert "Erik" not in out and "Acme liked it." in out


def test_a_role_that_names_someone_is_not_used_to_describe_them() -> None:
    deputy = words(Known("Sara Lind", "Erik's deputy"), ERIK, mode="roles")
    assert deputy.text("Sara Lind helped.") == "A colleague helped."


def test_choices_go_with_an_entry_removed_for_good(journal: Journal) -> None:
    gone = journal.add("Erik helped", visibility="shareable")
    kept = journal.add("Sara helped", visibility="shareable")
    redact.leave_out_word(journal, gone.id, "Acme")
    redact.leave_out_word(journal, kept.id, "Initech")
    journal.delete(gone.id)
    journal.purge(gone.id)
    assert journal.get_setting(redact.CHOICES_SETTING + gone.id) is None
    assert redact.choices(journal, kept.id).extra == ("Initech",)


def test_a_page_title_asked_for_loses_names_in_the_page_and_the_pdf_details(
    issue: Cli, tmp_path: Path
) -> None:
    pypdf = pytest.importorskip("pypdf")
    title = "What Erik Berg taught me"
    out = issue.ok("export", "--format", "html", "--title", title, "-o", "-")
    assert "<h1>What a colleague taught me</h1>" in out and "Erik" not in out
    target = tmp_path / "share.pdf"
    issue.ok("export", "--format", "pdf", "--title", title, "-o", str(target))
    assert pypdf.PdfReader(str(target)).metadata.title == "What a colleague taught me"
