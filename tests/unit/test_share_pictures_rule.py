"""Pictures leave only through the one rule (issue #18 on top of #13): a picture leaves
when a text that leaves refers to it, and those texts come from ``share/redact.py``'s
shared views (or, for the report, ``core/redaction.py``'s report texts). No module that
makes what leaves reads the journal's pictures any other way; these tests read the
source and fail when one does."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tests.unit.test_privacy_rule import LEAVING, PACKAGE, _name

# Where picture bytes are read for what leaves, and from what: share/pictures.py from the
# hashes the shared views refer to; core/report.py from the report texts' references.
READERS = {"share/pictures.py": {"data", "info"}, "core/report.py": {"data", "info"}}
# A picture's owner entries, all pictures, thumbnails: never the way to pick what leaves.
PICTURE_CALLS = {"data", "info", "of_entry", "all", "thumbnail", "unreferenced"}


def picture_reads(path: Path) -> set[str]:
    """The ``journal.pictures.X`` calls in ``path`` (X)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in PICTURE_CALLS
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "pictures"
        ):
            found.add(node.attr)
    return found


@pytest.mark.parametrize("path", LEAVING, ids=_name)
def test_picture_bytes_leave_only_from_the_texts_that_leave(path: Path) -> None:
    allowed = READERS.get(_name(path), set())
    assert picture_reads(path) <= allowed, (
        f"{_name(path)} reads the journal's pictures itself; take them from the shared "
        "views (share/pictures.gather) instead"
    )


def test_the_readers_are_among_the_modules_checked() -> None:
    checked = {_name(p) for p in LEAVING}
    assert set(READERS) <= checked
    assert picture_reads(PACKAGE / "share" / "pictures.py") == {"data", "info"}


def test_the_check_sees_a_read(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f(j, e):\n    return [j.pictures.of_entry(e)]\n", encoding="utf-8")
    assert picture_reads(sneaky) == {"of_entry"}
