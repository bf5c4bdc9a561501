"""Pictures leave with their entries, with consent, embedded, and without metadata (#18)."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from tests.share_picture_samples import add_photo, has_metadata, photo_with_gps

from reflekt.cli import main
from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.core.models import PersonLink, Relation
from reflekt.errors import InvalidInput, OutputExists
from reflekt.share import bundle, export, render
from reflekt.share import pictures as shared_pictures
from reflekt.share.export import ExportOptions

DATA_URI = re.compile(r'src="data:image/(png|jpeg|webp);base64,([A-Za-z0-9+/=]+)"')


@pytest.fixture
def photo_journal(journal: Journal) -> tuple[Journal, str, str]:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    entry_id, sha256 = add_photo(journal)
    return journal, entry_id, sha256


def _embedded(html: str) -> list[bytes]:
    return [base64.b64decode(m.group(2)) for m in DATA_URI.finditer(html)]


def test_html_embeds_the_picture_whole_with_its_caption_as_alt(photo_journal) -> None:
    journal, _, sha256 = photo_journal
    html = export.prepare_export(journal, ExportOptions("html")).text
    assert _embedded(html) == [journal.pictures.data(sha256)]
    assert 'alt="Whiteboard"' in html
    assert "picture:" not in html
    # Self-contained: nothing else referenced, and the page may load only data: images.
    assert not re.search(r'(src|href)="(?!data:image/)', html)
    assert "file:" not in html and "http" not in html.split("<body>")[1].split("<footer>")[0]
    assert "img-src data:;" in html


def test_a_hostile_caption_is_escaped_in_alt_and_under_the_picture(journal: Journal) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    add_photo(journal, caption='"><script>alert(1)</script><img src=x onerror=alert(2)>')
    html = export.prepare_export(journal, ExportOptions("html")).text
    assert "<script" not in html and "<img src=x" not in html
    assert "onerror=alert(2)&gt;" in html
    assert 'alt="&quot;&gt;&lt;script&gt;' in html
    assert len(_embedded(html)) == 1


def test_without_pictures_no_reference_and_no_bytes_leave(photo_journal) -> None:
    journal, _, sha256 = photo_journal
    for fmt in ("md", "html", "pdf", "bundle"):
        text = export.prepare_export(journal, ExportOptions(fmt, include_pictures=False)).text
        assert "picture:" not in text and sha256 not in text, fmt
        assert "data:image" not in text and "Whiteboard" not in text, fmt
        assert "Before the picture." in text and "After it." in text, fmt
    md = export.prepare_export(journal, ExportOptions("md", include_pictures=False)).text
    assert "Before the picture.\n\nAfter it." in md  # the blank line it left is gone too


def test_markdown_without_pictures_is_exactly_todays_bytes(journal: Journal, tmp_path) -> None:
    journal.add("Plain text, no picture.", title="Plain", visibility="shareable", day="2026-03-10")
    preview = export.prepare_export(journal, ExportOptions("md"))
    # The bytes reflekt wrote before pictures (checked against the previous release).
    assert (
        preview.data == "# Plain\n\n*Reflection · 2026-03-10*\n\nPlain text, no picture.\n".encode()
    )
    written = export.write_export(journal, preview, tmp_path / "plain.md")
    assert written == tmp_path / "plain.md" and written.is_file()
    assert written.read_bytes() == preview.data
    assert preview.pictures == () and not (tmp_path / "plain").exists()


def test_markdown_with_pictures_is_a_folder_with_relative_pictures(
    photo_journal, tmp_path: Path
) -> None:
    journal, _, sha256 = photo_journal
    preview = export.prepare_export(journal, ExportOptions("md"))
    written = export.write_export(journal, preview, tmp_path / "retro.md")
    folder = tmp_path / "retro"
    assert written == folder / "retro.md"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "pictures",
        f"pictures/{sha256}.jpg",
        "retro.md",
    ]
    text = written.read_text(encoding="utf-8")
    assert f"![Whiteboard](pictures/{sha256}.jpg)" in text and "picture:" not in text
    assert (folder / "pictures" / f"{sha256}.jpg").read_bytes() == journal.pictures.data(sha256)


def test_an_existing_folder_is_refused_without_force_and_kept(
    photo_journal, tmp_path: Path
) -> None:
    journal, _, _ = photo_journal
    preview = export.prepare_export(journal, ExportOptions("md"))
    export.write_export(journal, preview, tmp_path / "retro.md")
    before = {p: p.read_bytes() for p in (tmp_path / "retro").rglob("*") if p.is_file()}
    with pytest.raises(OutputExists, match="--force"):
        export.write_export(journal, preview, tmp_path / "retro.md")
    assert {p: p.read_bytes() for p in (tmp_path / "retro").rglob("*") if p.is_file()} == before
    again = export.write_export(journal, preview, tmp_path / "retro.md", overwrite=True)
    assert again.read_bytes() == preview.data
    # A folder of the person's own files is never replaced, --force or not.
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"SENTINEL")
    with pytest.raises(OutputExists, match="other files"):
        export.write_export(journal, preview, tmp_path / "mine.md", overwrite=True)
    assert [p.name for p in mine.iterdir()] == ["thesis.docx"]


def test_markdown_with_pictures_cannot_go_to_the_terminal(photo_journal) -> None:
    journal, _, _ = photo_journal
    preview = export.prepare_export(journal, ExportOptions("md"))
    with pytest.raises(InvalidInput, match="--no-pictures"):
        export.write_stdout(journal, preview)


def test_a_picture_leaves_only_with_an_entry_that_may_leave(journal: Journal) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    private = pictures.prepare(photo_with_gps(colour=(250, 10, 10)), "private.jpg")
    journal.pictures.add(private)
    journal.add(f"Secret\n\n{pictures.reference(private.sha256, 'SENTINEL-PRIVATE-PICTURE')}")
    # A template's private section may show a picture too: it never leaves either.
    hidden = pictures.prepare(photo_with_gps(colour=(10, 250, 10)), "feelings.jpg")
    journal.pictures.add(hidden)
    journal.add(
        "Shared text",
        title="Shared",
        template="gibbs",
        sections={"feelings": pictures.reference(hidden.sha256, "SENTINEL-FEELINGS-PICTURE")},
        visibility="shareable",
    )
    for fmt in ("md", "html", "pdf", "bundle"):
        preview = export.prepare_export(journal, ExportOptions(fmt))
        assert preview.pictures == (), fmt
        for secret in (private, hidden):
            assert secret.sha256 not in preview.text, fmt
            assert base64.b64encode(secret.data).decode()[:40] not in preview.text, fmt
        assert "SENTINEL" not in preview.text, fmt


def test_captions_have_names_replaced_like_every_text(journal: Journal) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    add_photo(
        journal,
        caption="Sentinella Personsdottir at the whiteboard",
        people=[PersonLink("Sentinella Personsdottir", Relation.LEARNED_FROM, "Team lead", "")],
    )
    for fmt in ("md", "html", "bundle"):
        text = export.prepare_export(journal, ExportOptions(fmt)).text
        assert "Sentinella" not in text and "Personsdottir" not in text, fmt
        assert "at the whiteboard" in text, fmt


def test_the_brief_shows_the_pictures_whole(photo_journal) -> None:
    journal, entry_id, sha256 = photo_journal
    html = export.prepare_export(journal, ExportOptions("html", ids=(entry_id,), brief=True)).text
    assert _embedded(html) == [journal.pictures.data(sha256)]
    md = export.prepare_export(journal, ExportOptions("md", ids=(entry_id,), brief=True))
    assert f"(pictures/{sha256}.jpg)" in md.text and len(md.pictures) == 1


# -- nothing but the picture leaves: no GPS, no camera, no owner ------------------------


def _clean(data: bytes, where: str) -> None:
    assert data, where
    with Image.open(io.BytesIO(data)) as image:
        image.load()
    assert not has_metadata(data), f"metadata left in {where}"


def test_a_gps_photo_leaves_every_format_without_metadata(photo_journal, tmp_path) -> None:
    journal, _, sha256 = photo_journal
    stored = journal.pictures.data(sha256)
    _clean(stored, "the journal")
    # Markdown folder
    md = export.prepare_export(journal, ExportOptions("md"))
    written = export.write_export(journal, md, tmp_path / "share.md")
    _clean((written.parent / "pictures" / f"{sha256}.jpg").read_bytes(), "the Markdown folder")
    # HTML
    html = export.prepare_export(journal, ExportOptions("html")).text
    for data in _embedded(html):
        _clean(data, "the HTML")
    # Bundle
    data = json.loads(export.prepare_export(journal, ExportOptions("bundle")).data)
    assert data["version"] == 2 and len(data["pictures"]) == 1
    _clean(base64.b64decode(data["pictures"][0]["data"]), "the bundle")
    # PDF (drawn by Qt, read back with pypdf)
    from pypdf import PdfReader

    from reflekt.gui.pdf import html_to_pdf

    pdf_preview = export.prepare_export(journal, ExportOptions("pdf"))
    pdf = html_to_pdf(pdf_preview.text)
    assert b"SentinelCam" not in pdf and b"SENTINEL-OWNER" not in pdf
    images = [image for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]
    assert len(images) == 1
    _clean(images[0].data, "the PDF")


def test_a_gps_photo_leaves_the_report_without_metadata(photo_journal) -> None:
    import datetime as dt

    from pypdf import PdfReader

    from reflekt.core.periods import Period
    from reflekt.core.report import build_report
    from reflekt.gui.report_pdf import ensure_app, pdf_bytes
    from reflekt.share.report_html import render_html

    journal, entry_id, sha256 = photo_journal
    journal.update(entry_id, kind="lesson")
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for audience in ("me", "manager"):
        report = build_report(journal, period, audience, today=dt.date(2026, 12, 31))
        shown = [p for e in report.lessons for p in e.pictures]
        assert [p.sha256 for p in shown] == [sha256], audience
        html = render_html(report)
        assert _embedded(html) == [journal.pictures.data(sha256)]
        assert 'alt="Whiteboard"' in html
        for data in _embedded(html):
            _clean(data, f"the {audience} report's HTML")
        ensure_app()
        pdf = pdf_bytes(report, [])
        images = {image.data for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images}
        assert len(images) == 1  # (a page may hold it as well where it is clipped away)
        _clean(images.pop(), f"the {audience} report's PDF")
    bare = build_report(journal, period, "me", today=dt.date(2026, 12, 31), include_pictures=False)
    assert all(not e.pictures for e in bare.lessons)
    assert "data:image" not in render_html(bare)


# -- bundles ------------------------------------------------------------------------------


def test_a_bundle_without_pictures_is_version_1_as_before(journal: Journal) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    journal.add("No picture here", title="Plain", visibility="shareable")
    data = export.prepare_export(journal, ExportOptions("bundle")).data
    parsed = json.loads(data)
    assert parsed["version"] == 1 and "pictures" not in parsed
    assert list(parsed) == [
        "format", "version", "generator", "lang", "author", "exported", "revision", "entries",
        "signature",
    ]  # fmt: skip
    # Exactly what writing a version-1 bundle gives: nothing but the signed content.
    unsigned = {k: v for k, v in parsed.items() if k != "signature"}
    rebuilt = bundle.build(
        author_id=parsed["author"]["id"],
        author_name=parsed["author"]["name"],
        exported=parsed["exported"],
        entries=parsed["entries"],
        author_team="",
        lang=parsed["lang"],
        revision=parsed["revision"],
    )
    assert {**rebuilt, "author": unsigned["author"]} == unsigned
    assert (
        bundle.encode({**rebuilt, "author": parsed["author"], "signature": parsed["signature"]})
        == data
    )


def test_a_bundle_carries_pictures_signed_and_valid(photo_journal) -> None:
    journal, _, sha256 = photo_journal
    data = export.prepare_export(journal, ExportOptions("bundle")).data
    read = bundle.validate(json.loads(data), "mine.reflekt.json")
    assert read.public_key is not None  # the signature covers the pictures
    assert read.data["version"] == 2
    [record] = read.pictures
    stored = journal.pictures.data(sha256)
    assert record == {
        "sha256": sha256,
        "type": "jpeg",
        "size": len(stored),
        "data": base64.b64encode(stored).decode("ascii"),
    }
    assert f"(picture:{sha256})" in read.entries[0]["body"]
    tampered = json.loads(data)
    tampered["pictures"][0]["data"] = base64.b64encode(b"x" + stored[1:]).decode()
    with pytest.raises(Exception, match=r"signature|changed"):
        bundle.validate(tampered, "tampered.reflekt.json")


def test_pictures_that_do_not_fit_the_caps_are_left_out_and_said(journal: Journal) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    _, small = add_photo(journal, caption="small")
    big = pictures.prepare(_noise(1500, 1500), "big.png")
    journal.pictures.add(big)
    journal.add(
        f"Big one\n\n{pictures.reference(big.sha256, 'the big board')}",
        title="Big",
        visibility="shareable",
        day="2026-03-11",
    )
    cap = len(big.data) // 2
    journal.set_setting("team.max_author_bytes", str(cap))
    preview = export.prepare_export(journal, ExportOptions("bundle"))
    assert len(preview.data) <= cap
    assert [p.sha256 for p in preview.pictures] == [small]
    [left] = preview.left_out
    assert (left.sha256, left.caption, left.entry) == (big.sha256, "the big board", "Big")
    assert "does not fit" in left.reason
    assert big.sha256 not in preview.text  # no dangling reference
    assert json.loads(preview.data)["version"] == 2


def _noise(width: int, height: int) -> bytes:
    import random

    rng = random.Random(7)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_reference_pattern_is_the_cores(photo_journal) -> None:
    text = (
        "a ![x \\] y](picture:"
        + "a" * 64
        + ") b ![no](picture:XYZ) ![[bad]](picture:"
        + "b" * 64
        + ")"
    )
    assert [r.sha256 for r in pictures.references(text)] == shared_pictures.hashes_in(text)
    assert render.entry_title({"body": pictures.reference("c" * 64, "cap") + "\nReal title"}) == (
        "Real title"
    )


# -- the command line -------------------------------------------------------------------


def test_cli_export_no_pictures_and_the_folder(photo_journal, tmp_path, capsys) -> None:
    journal, _, sha256 = photo_journal
    path = journal.path
    journal.close()
    args = ["--journal", str(path), "export", "--format", "html", "-o"]
    assert main([*args, str(tmp_path / "with.html")]) == 0
    assert main([*args, str(tmp_path / "without.html"), "--no-pictures"]) == 0
    assert "data:image/jpeg" in (tmp_path / "with.html").read_text(encoding="utf-8")
    without = (tmp_path / "without.html").read_text(encoding="utf-8")
    assert "data:image" not in without and "picture:" not in without
    md = ["--journal", str(path), "export", "--format", "md", "-o", str(tmp_path / "notes.md")]
    assert main(md) == 0
    assert (tmp_path / "notes" / "pictures" / f"{sha256}.jpg").is_file()
    capsys.readouterr()
    assert main(md) == 2
    assert "--force" in capsys.readouterr().err
    assert main([*md, "--force"]) == 0


def test_cli_report_and_bundle_say_what_was_left_out(journal: Journal, tmp_path, capsys) -> None:
    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    _entry_id, sha256 = add_photo(journal, caption="the board", kind="lesson")
    journal.set_setting("team.max_author_bytes", "3000")  # less than the photo
    path = journal.path
    journal.close()
    base = ["--journal", str(path)]
    assert main([*base, "export", "--format", "bundle", "-o", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "A picture (the board) of “Retro board” was left out" in out
    carried = json.loads((tmp_path / "b.reflekt.json").read_text(encoding="utf-8"))
    assert carried["version"] == 1 and sha256 not in json.dumps(carried)
    report = ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o"]
    assert main([*base, *report, str(tmp_path / "with.html")]) == 0
    assert main([*base, *report, str(tmp_path / "without.html"), "--no-pictures"]) == 0
    assert 'alt="the board"' in (tmp_path / "with.html").read_text(encoding="utf-8")
    assert "data:image/jpeg" not in (tmp_path / "without.html").read_text(encoding="utf-8")


def test_publishing_to_the_team_folder_says_what_did_not_fit(
    journal: Journal, tmp_path, capsys
) -> None:
    from reflekt.share import team

    journal.set_setting(export.AUTHOR_NAME, "Åsa Öberg")
    _, sha256 = add_photo(journal, caption="the board")
    folder = tmp_path / "Team"
    folder.mkdir()
    team.set_folder(journal, folder)
    written, left_out = team.publish_with_notes(journal)
    assert left_out == () and sha256 in written.read_text(encoding="utf-8")
    journal.set_setting("team.max_author_bytes", "3000")
    written, left_out = team.publish_with_notes(journal)
    assert [left.sha256 for left in left_out] == [sha256]
    assert sha256 not in written.read_text(encoding="utf-8")
    path = journal.path
    journal.close()
    assert main(["--journal", str(path), "export", "--format", "bundle", "--team"]) == 0
    assert "A picture (the board) of “Retro board” was left out" in capsys.readouterr().out


_LINES = st.lists(
    st.one_of(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"),
            max_size=30,
        ),
        st.builds(
            lambda sha, caption: pictures.reference(sha, caption),
            st.sampled_from(["a" * 64, "b" * 64]),
            st.text(max_size=20),
        ),
    ),
    max_size=8,
)


@given(_LINES)
@settings(max_examples=150, deadline=None)
def test_leaving_pictures_out_leaves_no_reference_and_keeps_every_other_line(lines) -> None:
    text = "\n".join(lines)
    out = shared_pictures.remove(text)
    assert pictures.references(out) == []
    # Every line without a picture stays as it was, in order; a line that held one keeps
    # whatever else it held.
    expected = []
    for line in lines:
        if pictures.references(line):
            line = shared_pictures.REFERENCE.sub("", line).rstrip()
        if line.strip():
            expected.append(line)
    assert [line for line in out.split("\n") if line.strip()] == expected
    if "picture:" not in text:
        assert out == text  # nothing to take out: the very same text


def test_the_writer_never_writes_a_bad_picture_record() -> None:
    from reflekt.errors import FileRejected

    data = bundle.build(
        author_id="5b1a6f44-8c4c-4f1e-9a53-2f4a1c7e9d10",
        author_name="Bo",
        author_team="",
        exported="2026-03-14T09:00:00+01:00",
        entries=[],
        pictures=[{"sha256": "a" * 64, "type": "gif", "size": 3, "data": "AAAA"}],
    )
    with pytest.raises(FileRejected, match="type is not one of the allowed values"):
        bundle.dumps(data)
