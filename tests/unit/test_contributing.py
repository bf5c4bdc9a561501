"""CONTRIBUTING.md's map of where things live names only files and folders that exist."""

from __future__ import annotations

import re
from pathlib import Path

import reflekt

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(reflekt.__file__).parent


def named_paths(text: str) -> list[str]:
    """Every `code` span that is a path: ends in .py/.md/.ts or is a folder (ends in /)."""
    spans = re.findall(r"`([^`\s]+)`", text)
    return [s for s in spans if re.fullmatch(r"[\w./-]+(\.py|\.md|\.ts|/)", s)]


def missing(text: str) -> list[str]:
    """The named paths found neither in the repository nor in the package (src/reflekt/)."""
    return [n for n in named_paths(text) if not (ROOT / n).exists() and not (PACKAGE / n).exists()]


def test_the_map_names_only_modules_that_exist() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert len(named_paths(text)) > 60  # the table really is read
    assert missing(text) == [], "CONTRIBUTING.md names modules that moved: update the map"


def test_the_readme_links_to_the_map() -> None:
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_check_catches_a_module_that_moved() -> None:
    assert missing("the editor: `gui/editor.py`; gone: `core/journal_old.py`") == [
        "core/journal_old.py"
    ]
