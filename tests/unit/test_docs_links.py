"""The links in README.md, docs/*.md and the user guides lead somewhere: every relative
link names a file that exists, and every #anchor a heading of the page it points at
(as GitHub makes anchors), so the guides link each other and their pictures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "src" / "reflekt" / "assets" / "guide"
DOCUMENTS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted(GUIDES.glob("*.md")),
]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {anchor(m) for m in re.findall(r"^#{1,6} (.+)$", text, flags=re.MULTILINE)}


def broken_links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        file_part, _, fragment = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(f"{target} (no such file)")
        elif fragment and linked.suffix == ".md" and fragment not in anchors(linked):
            broken.append(f"{target} (no such heading)")
    return broken


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_leads_somewhere(document: Path) -> None:
    assert broken_links(document) == []


def test_the_guides_link_each_other_and_show_pictures() -> None:
    english = (GUIDES / "user-guide.md").read_text(encoding="utf-8")
    swedish = (GUIDES / "anvandarguide.md").read_text(encoding="utf-8")
    assert "(anvandarguide.md)" in english and "(user-guide.md)" in swedish
    assert len(re.findall(r"!\[[^\]]+\]\(images/[\w-]+-en\.png\)", english)) >= 8
    assert len(re.findall(r"!\[[^\]]+\]\(images/[\w-]+-sv\.png\)", swedish)) >= 8
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(src/reflekt/assets/guide/user-guide.md)" in readme
    assert "(src/reflekt/assets/guide/anvandarguide.md)" in readme


def test_the_check_catches_a_missing_page_picture_and_heading(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Kom igång\n\n[ok](#kom-igång) [bad](#nowhere) ![pic](images/gone.png) "
        "[gone](other.md) [web](https://example.org)\n",
        encoding="utf-8",
    )
    assert broken_links(page) == [
        "#nowhere (no such heading)",
        "images/gone.png (no such file)",
        "other.md (no such file)",
    ]


@pytest.mark.parametrize("name", ["user-guide.md", "anvandarguide.md"])
def test_the_guides_hold_no_raw_html(name: str) -> None:
    """The app shows the guides as Markdown without HTML: a tag or comment would show."""
    text = re.sub(r"```.*?```", "", (GUIDES / name).read_text(encoding="utf-8"), flags=re.DOTALL)
    text = re.sub(r"`[^`\n]*`", "", text)
    assert re.findall(r"<[A-Za-z!/][^>]*>", text) == []
