"""What leaves the machine: only what may, only with consent, exactly as previewed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.errors import FileRejected, InvalidInput
from reflekt.share import bundle, export, render
from reflekt.share.export import ExportOptions, PeopleMode, PrivateEntriesError

MOOD_ENTRY_TEXT = "SENTINEL-MOODY-DAY"
FEELINGS = "SENTINEL-FEELINGS-SECTION"
LOWS = "SENTINEL-WEEKLY-LOWS"
PRIVATE_BODY = "SENTINEL-PRIVATE-ENTRY"
PERSON = "Sentinella Personsdottir"
WHO_SECTION = "SENTINEL-WHO-NAME"
DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def shared_journal(journal: Journal) -> Journal:
    """Two shareable entries holding private bits, and one private entry."""
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    journal.add(
        "The deploy went fine once we used the checklist.",
        title="Checklists beat memory",
        template="gibbs",
        sections={
            "description": "Friday deploy",
            "feelings": FEELINGS,
            "conclusion": "Use the checklist every time",
        },
        tags=["deploy"],
        skills=["Release management"],
        source="experience",
        mood=1,
        people=[PersonLink(PERSON, Relation.LEARNED_FROM, "Team lead", "Support")],
        visibility="shareable",
        day="2026-03-10",
    )
    journal.add(
        "Quiet week.",
        title="Week 11",
        template="weekly",
        sections={"lows": LOWS, "learned": "Pairing helps"},
        mood=5,
        visibility="shareable",
        tags=["deploy"],
        day="2026-03-14",
    )
    journal.add(
        "",
        title="Learned from a colleague",
        template="learned-from",
        sections={"who": WHO_SECTION, "what": "How to run a retro"},
        visibility="shareable",
        day="2026-03-15",
    )
    journal.add(PRIVATE_BODY, title="Not for sharing", tags=["deploy"], day="2026-03-12")
    return journal


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    pdf = tmp_path / "check.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def _all_formats(journal: Journal, tmp_path: Path, **options: object) -> dict[str, str]:
    from reflekt.gui.pdf import html_to_pdf

    out = {}
    for fmt in ("md", "html", "bundle", "pdf"):
        preview = export.prepare_export(journal, ExportOptions(format=fmt, **options))
        if preview.needs_rendering:
            pdf = html_to_pdf(preview.text)
            assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
            out[fmt] = _pdf_text(pdf, tmp_path)
        else:
            out[fmt] = preview.text
    return out


@pytest.mark.parametrize("people", ["none", "roles"])
def test_no_sentinel_leaves_in_any_format(
    shared_journal: Journal, tmp_path: Path, people: str
) -> None:
    texts = _all_formats(shared_journal, tmp_path, people=PeopleMode(people))
    for fmt, text in texts.items():
        for secret in (FEELINGS, LOWS, PRIVATE_BODY, PERSON, WHO_SECTION):
            assert secret not in text, f"{secret} leaked into {fmt}"
        assert "Checklists beat memory" in text
        assert "Use the checklist every time" in text  # shareable sections do go
        assert "Pairing helps" in text
    data = json.loads(texts["bundle"])
    for entry in data["entries"]:
        assert "mood" not in entry
        assert {s["key"] for s in entry["sections"]}.isdisjoint({"feelings", "lows", "who"})


def test_mood_never_appears_even_as_a_label(shared_journal: Journal) -> None:
    for fmt in ("md", "html"):
        text = export.prepare_export(shared_journal, ExportOptions(format=fmt)).text.lower()
        assert "mood" not in text and "humör" not in text


def test_people_redacted_to_role_by_default_when_included(shared_journal: Journal) -> None:
    roles = export.prepare_export(shared_journal, ExportOptions(format="md", people="roles"))
    assert "a colleague in Support (Team lead)" in roles.text
    assert PERSON not in roles.text
    none = export.prepare_export(shared_journal, ExportOptions(format="md"))
    assert "colleague in Support" not in none.text
    names = export.prepare_export(shared_journal, ExportOptions(format="md", people="names"))
    assert PERSON in names.text
    assert WHO_SECTION in names.text  # "Who" goes only when names were chosen


def test_swedish_redaction(shared_journal: Journal) -> None:
    text = export.prepare_export(
        shared_journal, ExportOptions(format="md", people="roles", lang="sv")
    ).text
    assert "en kollega på Support (Team lead)" in text
    assert "Lärdom" in text or "Reflektion" in text


def test_private_entry_refused_with_its_name(shared_journal: Journal) -> None:
    from reflekt.core.models import Filters

    with pytest.raises(PrivateEntriesError) as exc:
        export.prepare_export(
            shared_journal, ExportOptions(format="md", filters=Filters(tag="deploy"))
        )
    assert "Not for sharing" in exc.value.message
    assert "--include-private" in exc.value.message
    assert [e.title for e in exc.value.entries] == ["Not for sharing"]
    assert shared_journal.shares.list() == []


def test_private_entry_goes_only_with_consent(shared_journal: Journal) -> None:
    from reflekt.core.models import Filters

    preview = export.prepare_export(
        shared_journal,
        ExportOptions(format="md", filters=Filters(tag="deploy"), include_private=True),
    )
    assert PRIVATE_BODY in preview.text
    assert FEELINGS not in preview.text  # consent to the entry is not consent to its feelings


def test_default_selection_is_every_shareable_entry(shared_journal: Journal) -> None:
    preview = export.prepare_export(shared_journal, ExportOptions(format="bundle"))
    assert len(preview.entry_ids) == 3
    data = json.loads(preview.data)
    assert [e["day"] for e in data["entries"]] == ["2026-03-10", "2026-03-14", "2026-03-15"]


def test_trash_is_never_exported(shared_journal: Journal) -> None:
    entry = shared_journal.add("gone", title="Trashed lesson", visibility="shareable")
    shared_journal.delete(entry.id)
    assert "Trashed lesson" not in export.prepare_export(shared_journal, ExportOptions("md")).text
    with pytest.raises(InvalidInput, match="trash"):
        export.prepare_export(shared_journal, ExportOptions("md", ids=(entry.id,)))


def test_nothing_to_export_says_what_to_do(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="--share"):
        export.prepare_export(journal, ExportOptions("md"))


@pytest.mark.parametrize("fmt", ["md", "html", "bundle", "backup"])
def test_written_bytes_equal_previewed_bytes(
    shared_journal: Journal, tmp_path: Path, fmt: str
) -> None:
    preview = export.prepare_export(shared_journal, ExportOptions(format=fmt))
    path = export.write_export(shared_journal, preview, tmp_path / f"out.{fmt}")
    assert path.read_bytes() == preview.data
    log = shared_journal.shares.list()
    assert log[0].format == fmt
    assert log[0].path == str(path.resolve())
    assert set(log[0].entries) == set(preview.entry_ids)


def test_pdf_preview_equals_written(shared_journal: Journal, tmp_path: Path) -> None:
    from reflekt.gui.pdf import html_to_pdf

    preview = export.prepare_export(shared_journal, ExportOptions(format="pdf"))
    with pytest.raises(InvalidInput):
        export.write_export(shared_journal, preview, tmp_path / "x.pdf")  # not rendered yet
    rendered = preview.rendered(html_to_pdf(preview.text))
    path = export.write_export(shared_journal, rendered, tmp_path / "x.pdf")
    assert path.read_bytes() == rendered.data
    text = _pdf_text(rendered.data, tmp_path)
    assert "Checklists beat memory" in text
    assert "1" in text.split()  # the page number at the foot


def test_existing_file_is_not_replaced_without_asking(
    shared_journal: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own notes")
    preview = export.prepare_export(shared_journal, ExportOptions(format="md"))
    with pytest.raises(FileRejected, match="already exists"):
        export.write_export(shared_journal, preview, target)
    assert target.read_text() == "my own notes"
    assert shared_journal.shares.list() == []
    export.write_export(shared_journal, preview, target, overwrite=True)
    assert target.read_bytes() == preview.data


def test_export_into_a_folder_uses_the_suggested_name(
    shared_journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    preview = export.prepare_export(shared_journal, ExportOptions(format="bundle"))
    path = export.write_export(shared_journal, preview, folder)
    assert path.name == preview.suggested_name
    assert path.name.startswith("asa-oberg-") and path.name.endswith(".reflekt.json")
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temp file left behind


def test_backup_is_readable_by_its_owner_only(shared_journal: Journal, tmp_path: Path) -> None:
    preview = export.prepare_export(shared_journal, ExportOptions(format="backup"))
    path = export.write_export(shared_journal, preview, tmp_path / "b.json")
    assert path.stat().st_mode & 0o077 == 0


def test_html_escapes_everything_and_loads_nothing(journal: Journal) -> None:
    journal.add(
        '<script>alert(1)</script>\n<img src="file:///etc/passwd">\n'
        "[click](javascript:alert(1)) [site](https://example.org/a?b=1&c=2)",
        title='<b onmouseover="x">Title</b>',
        tags=['"><svg onload=alert(1)>'],
        visibility="shareable",
    )
    page = export.prepare_export(journal, ExportOptions(format="html")).text
    assert "<script" not in page and "<img" not in page and "<svg" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=" in page
    assert 'href="javascript' not in page
    assert '<a href="https://example.org/a?b=1&amp;c=2">site</a>' in page
    assert "default-src 'none'" in page
    assert "http://" not in page.replace('<a href="https://example.org', "")
    for tag in ("<link", "<iframe", "<object", "url("):
        assert tag not in page


def test_markdown_to_html_keeps_structure() -> None:
    html = render.markdown_to_html("# Head\n\n- one\n- two\n\n**bold** and *it*\n\n```\n<x>\n```")
    assert "<h3>Head</h3>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<strong>bold</strong> and <em>it</em>" in html
    assert "<pre><code>&lt;x&gt;</code></pre>" in html


def test_brief_for_a_learning_meeting(shared_journal: Journal) -> None:
    ids = tuple(e.id for e in shared_journal.iter_entries() if e.shareable)[:2]
    brief = export.prepare_export(shared_journal, ExportOptions("md", ids=ids, brief=True)).text
    assert brief.startswith("# 15-minute learning share")
    assert "Lesson 1:" in brief and "Lesson 2:" in brief
    assert "Questions for the team" in brief
    assert FEELINGS not in brief and LOWS not in brief
    html = export.prepare_export(shared_journal, ExportOptions("html", ids=ids, brief=True)).text
    assert "<h1>15-minute learning share</h1>" in html
    sv = export.prepare_export(
        shared_journal, ExportOptions("md", ids=ids, brief=True, lang="sv")
    ).text
    assert "15 minuters lärandedelning" in sv


def test_brief_takes_one_to_three_lessons(shared_journal: Journal) -> None:
    for i in range(3):
        shared_journal.add(f"more {i}", visibility="shareable")
    with pytest.raises(InvalidInput, match="1 to 3"):
        export.prepare_export(shared_journal, ExportOptions("md", brief=True))


def test_bundle_validates_against_published_schema(shared_journal: Journal) -> None:
    import jsonschema

    published = json.loads((DOCS / "bundle.schema.json").read_text(encoding="utf-8"))
    assert published == bundle.SCHEMA, "regenerate docs/bundle.schema.json from bundle.SCHEMA"
    data = json.loads(export.prepare_export(shared_journal, ExportOptions("bundle")).data)
    jsonschema.validate(data, published)
    assert data["format"] == "reflekt-share-bundle" and data["version"] == 1
    assert data["author"]["name"] == "Åsa Öberg"


def test_bundle_needs_the_authors_name(journal: Journal) -> None:
    journal.add("x", visibility="shareable")
    with pytest.raises(InvalidInput, match="reflekt team name"):
        export.prepare_export(journal, ExportOptions("bundle"))


def test_bundle_writer_refuses_a_field_the_schema_does_not_allow() -> None:
    data = bundle.build(
        author_id="5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10",
        author_name="A",
        author_team="",
        exported="2026-03-14T09:00:00+01:00",
        entries=[
            {
                "id": "9f1c2d3e-1111-4222-8333-944455566677",
                "revision": 1,
                "day": "2026-03-14",
                "kind": "lesson",
                "title": "t",
                "body": "b",
                "mood": 3,
            }
        ],
    )
    with pytest.raises(FileRejected, match="mood"):
        bundle.dumps(data)
