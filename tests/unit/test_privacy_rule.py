"""One rule decides what leaves (issue #13): ``core/scope.py`` which entries a view
covers, ``core/redaction.py`` and ``share/redact.py`` which fields and words of each.
Nothing else filters on visibility or picks the fields to share; these tests read the
source and fail when a module does."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import reflekt

PACKAGE = Path(reflekt.__file__).parent
RULE = {"core/scope.py", "core/redaction.py", "share/redact.py"}
# SQL lives in storage; scope.py chooses among its fragments.
SQL_ALLOWED = {"core/scope.py"}
# The faces and formats that make what leaves: statistics, the report, every export
# format, the bundle and team folder, the preview, the commands that export.
LEAVING = [
    *sorted((PACKAGE / "share").glob("*.py")),
    PACKAGE / "core" / "report.py",
    PACKAGE / "core" / "stats.py",
    PACKAGE / "gui" / "share_dialog.py",
    PACKAGE / "gui" / "report_dialog.py",
    PACKAGE / "gui" / "report_pdf.py",
    PACKAGE / "cli" / "share.py",
    PACKAGE / "cli" / "growth.py",
]
# Reading these from an entry is picking what leaves: only the rule's modules do.
FIELD_ATTRIBUTES = {"private_keys", "private", "mood", "sections", "body", "shareable"}
VISIBILITY_SQL = re.compile(r"visibility\s*(=|!=|<>|IN)\s*\(?\s*'|\bshareable\s*=\s*[01]\b", re.I)


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def visibility_sql(path: Path) -> list[str]:
    """String constants in ``path`` that filter rows on visibility."""
    return [
        f"line {node.lineno}: {node.value.strip()[:80]}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and VISIBILITY_SQL.search(node.value)
    ]


def field_picking(path: Path) -> list[str]:
    """Places in ``path`` that read a visibility or a shareable/private field themselves."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and (
            node.attr in FIELD_ATTRIBUTES
            or node.attr == "visibility"
            or (isinstance(node.value, ast.Name) and node.value.id == "Visibility")
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    "path",
    [p for p in SOURCES if "core/storage/" not in _name(p) and _name(p) not in SQL_ALLOWED],
    ids=_name,
)
def test_only_scope_and_storage_filter_on_visibility_in_sql(path: Path) -> None:
    assert not visibility_sql(path), (
        f"{_name(path)} filters on visibility itself: ask core/scope.py ({visibility_sql(path)})"
    )


@pytest.mark.parametrize("path", [p for p in LEAVING if _name(p) not in RULE], ids=_name)
def test_what_leaves_is_picked_only_by_the_rule(path: Path) -> None:
    assert not field_picking(path), (
        f"{_name(path)} picks what leaves itself: use core/scope.py and share/redact.py "
        f"({field_picking(path)})"
    )


def test_the_checks_see_a_filter_and_a_field(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(db, entry, template):\n"
        "    db.execute(\"SELECT id FROM entries e WHERE e.visibility = 'shareable'\")\n"
        "    db.execute('SELECT sum(n) FROM growth_days WHERE shareable = 1')\n"
        "    hidden = template.private_keys\n"
        "    return entry.mood, entry.shareable, Filters(visibility=Visibility.SHAREABLE)\n"
    )
    assert len(visibility_sql(sample)) == 2
    found = " ".join(field_picking(sample))
    for what in ("private_keys", "entry.mood", "entry.shareable", "Visibility.SHAREABLE"):
        assert what in found


def test_the_rule_itself_is_where_the_checks_allow_it() -> None:
    """The allowed places really hold the rule (so the exemptions are not stale)."""
    assert visibility_sql(PACKAGE / "core" / "storage" / "visibility.py")
    assert field_picking(PACKAGE / "share" / "redact.py")
    assert field_picking(PACKAGE / "core" / "redaction.py")
