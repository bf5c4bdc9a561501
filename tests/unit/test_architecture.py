"""The layer rules of ARCHITECTURE.md, checked: the core and formats never touch Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import reflekt

PACKAGE = Path(reflekt.__file__).parent
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "reflekt.gui")
QT_FREE = [
    *sorted((PACKAGE / "core").rglob("*.py")),
    *sorted((PACKAGE / "share").rglob("*.py")),
    PACKAGE / "paths.py",
    PACKAGE / "errors.py",
    PACKAGE / "private_files.py",
]


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            names.update(a.value for a in node.args if isinstance(a, ast.Constant))
    return names


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_lower_layers_import_no_qt(path: Path) -> None:
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.name} imports {bad}: keep Qt in reflekt.gui"


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtGui import QPdfWriter\n")
    assert "PySide6.QtGui" in imported_modules(sample)


def test_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys, reflekt.cli, reflekt.core.journal, reflekt.core.templates\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
