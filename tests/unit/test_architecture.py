"""The layer rules of ARCHITECTURE.md, checked by reading the code (AST), not by running it.

- Layer direction: the base (``paths``, ``errors``, ``messages/``, ``controls``,
  ``private_files``) imports nothing of reflekt above it; ``core/`` never imports
  ``share/``, ``cli/`` or ``gui/``; ``share/`` never imports ``cli/`` or ``gui/``;
  ``core/storage/`` imports only itself, the value classes and the base.
- Qt (PySide6, shiboken6, pyqtgraph) only in ``gui/``; pyqtgraph only in
  ``gui/charts/plotted.py``.
- Connections (``sqlite3``, ``sqlcipher3``) and SQL (``.execute``, ``.executemany``,
  ``.executescript``) only in ``core/storage/``; ``share/``, ``cli/`` and ``gui/`` never
  touch ``journal.db``.
- No import circle between modules at import time.

Each rule has a small test that shows the checker catches an offence.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
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
QT = ("PySide6", "shiboken6", "pyqtgraph")
CONNECTIONS = ("sqlite3", "sqlcipher3")
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})

BASE = ("reflekt.paths", "reflekt.errors", "reflekt.messages", "reflekt.controls")
BASE += ("reflekt.private_files",)
# What core/storage/ may import: itself, the base, and the value classes (core/models.py
# declares each entry field once; storage's columns and backup keys follow from it).
STORAGE_MAY_IMPORT = ("reflekt.core.storage", "reflekt.core.models", *BASE)

# Modules above core/storage/ allowed to run SQL: none since every query moved into
# core/storage/ (2 Dec 2026). Never add one; ask storage instead.
SQL_OUTSIDE_STORAGE: frozenset[str] = frozenset()  # none left: keep it so


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def module_of(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_of(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def files(*under: str) -> list[Path]:
    """The package's files under the folders (or files) ``under``, e.g. "core", "paths.py"."""
    found: list[Path] = []
    for name in under:
        place = PACKAGE / name
        found += sorted(place.rglob("*.py")) if place.is_dir() else [place]
    return found


def _resolved(node: ast.ImportFrom, importer: str) -> list[str]:
    """``from X import a``: ``X.a`` when that is a module of reflekt, else ``X``."""
    if node.level:  # a relative import, resolved against the importing module
        package = importer.split(".")
        package = package[: len(package) - node.level + (1 if importer in _PACKAGES else 0)]
        base = ".".join([*package, *([node.module] if node.module else [])])
    else:
        base = node.module or ""
    names = []
    for alias in node.names:
        full = f"{base}.{alias.name}"
        names.append(full if full in MODULES else base)
    return names


_PACKAGES = {module_of(p) for p in PACKAGE.rglob("__init__.py")}


def imported_modules(path: Path, *, importer: str | None = None) -> set[str]:
    """Every module ``path`` imports, at its top, inside functions or for type checkers."""
    importer = importer or (module_of(path) if PACKAGE in path.parents else "")
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or node.level):
            if node.level == 0:
                names.add(node.module or "")
            names.update(_resolved(node, importer))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            names.update(a.value for a in node.args if isinstance(a, ast.Constant))
    return names


def reflekt_imports(path: Path) -> set[str]:
    """The reflekt modules ``path`` imports, each named as precisely as the import allows
    (``from reflekt.core import storage`` is ``reflekt.core.storage``)."""
    importer = module_of(path) if PACKAGE in path.parents else ""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.split(".")[0] == "reflekt")
        elif isinstance(node, ast.ImportFrom) and (node.module or node.level):
            names.update(n for n in _resolved(node, importer) if n.split(".")[0] == "reflekt")
    return names


def within(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def sql_calls(path: Path) -> list[int]:
    """Lines where ``path`` calls ``.execute``, ``.executemany`` or ``.executescript``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SQL_CALLS
    ]


def database_reads(path: Path) -> list[int]:
    """Lines where ``path`` reaches for a journal's database (``x.db``, ``x.conn``)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("db", "conn")
    ]


def top_level_imports(path: Path) -> set[str]:
    """The reflekt modules ``path`` imports while it is itself being imported: not inside
    functions and not for type checkers only (those cannot make a circle)."""
    importer = module_of(path) if PACKAGE in path.parents else ""
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                for block in ("body", "orelse", "finalbody"):
                    visit(getattr(node, block, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or node.level):
                found.update(_resolved(node, importer))

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return {name for name in found if name in MODULES}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other in a ring (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def ids(path: Path) -> str:
    return rel(path)


# -- Qt stays in gui/ ---------------------------------------------------------------


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


@pytest.mark.parametrize(
    "path", [p for p in MODULES.values() if not rel(p).startswith("gui/")], ids=ids
)
def test_qt_is_imported_only_in_gui(path: Path) -> None:
    bad = sorted(name for name in imported_modules(path) if within(name, QT))
    assert not bad, f"{rel(path)} imports {bad}: only reflekt/gui/ may import Qt"


@pytest.mark.parametrize(
    "path", [p for p in MODULES.values() if rel(p) != "gui/charts/plotted.py"], ids=ids
)
def test_pyqtgraph_is_imported_only_by_the_plotted_charts(path: Path) -> None:
    bad = sorted(name for name in imported_modules(path) if within(name, ("pyqtgraph",)))
    assert not bad, f"{rel(path)} imports pyqtgraph: only gui/charts/plotted.py may"


def test_the_checker_sees_pyqtgraph_imported_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def draw():\n    import pyqtgraph as pg\n    return pg\n")
    assert within("pyqtgraph", imported_modules(sample))


def test_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys, reflekt.cli, reflekt.core.journal, reflekt.core.templates\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- layer direction ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path", files("paths.py", "errors.py", "messages", "controls.py", "private_files.py"), ids=ids
)
def test_the_base_imports_nothing_of_reflekt_above_it(path: Path) -> None:
    above = sorted(n for n in reflekt_imports(path) if n != "reflekt" and not within(n, BASE))
    assert not above, f"{rel(path)} imports {above}: the base may import only the base"


@pytest.mark.parametrize("path", files("core"), ids=ids)
def test_core_never_imports_the_formats_or_the_faces(path: Path) -> None:
    above = sorted(
        n
        for n in reflekt_imports(path)
        if within(n, ("reflekt.share", "reflekt.cli", "reflekt.gui"))
    )
    assert not above, f"{rel(path)} imports {above}: core/ sits below share/, cli/ and gui/"


@pytest.mark.parametrize("path", files("share"), ids=ids)
def test_share_never_imports_the_faces(path: Path) -> None:
    above = sorted(n for n in reflekt_imports(path) if within(n, ("reflekt.cli", "reflekt.gui")))
    assert not above, f"{rel(path)} imports {above}: share/ sits below cli/ and gui/"


@pytest.mark.parametrize("path", files("core/storage"), ids=ids)
def test_storage_imports_only_itself_the_value_classes_and_the_base(path: Path) -> None:
    above = sorted(
        n for n in reflekt_imports(path) if n != "reflekt" and not within(n, STORAGE_MAY_IMPORT)
    )
    assert not above, (
        f"{rel(path)} imports {above}: core/storage/ never imports the facade or other "
        "core modules above it (pass it what it needs instead)"
    )


def test_the_value_classes_storage_may_import_import_only_the_base() -> None:
    path = PACKAGE / "core" / "models.py"
    above = sorted(n for n in reflekt_imports(path) if n != "reflekt" and not within(n, BASE))
    assert not above, f"core/models.py imports {above}: storage imports it, so it stays at the foot"


def test_the_checker_names_the_module_a_from_import_brings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from reflekt.core import journal\n"
        "from reflekt import paths\n"
        "def later():\n"
        "    from reflekt.share.export import export_entries\n"
    )
    found = reflekt_imports(sample)
    assert {"reflekt.core.journal", "reflekt.paths", "reflekt.share.export"} <= found
    # storage's rule refuses the facade; the base's rule refuses share/
    assert not all(within(n, STORAGE_MAY_IMPORT) for n in found if n != "reflekt")
    assert not all(within(n, BASE) for n in found if n != "reflekt")


# -- connections and SQL only in core/storage/ ----------------------------------------


@pytest.mark.parametrize(
    "path", [p for p in MODULES.values() if not rel(p).startswith("core/storage/")], ids=ids
)
def test_connections_are_opened_only_in_storage(path: Path) -> None:
    bad = sorted(name for name in imported_modules(path) if within(name, CONNECTIONS))
    assert not bad, f"{rel(path)} imports {bad}: only core/storage/ holds a connection"


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in MODULES.values()
        if not rel(p).startswith("core/storage/") and rel(p) not in SQL_OUTSIDE_STORAGE
    ],
    ids=ids,
)
def test_sql_runs_only_in_storage(path: Path) -> None:
    lines = sql_calls(path)
    assert not lines, (
        f"{rel(path)} runs SQL on lines {lines}: put the query in core/storage/ and ask it"
    )


def test_the_sql_allow_list_holds_only_files_that_still_run_sql() -> None:
    stale = sorted(name for name in SQL_OUTSIDE_STORAGE if not sql_calls(PACKAGE / name))
    assert not stale, f"{stale} run no SQL any more: take them off SQL_OUTSIDE_STORAGE"


@pytest.mark.parametrize("path", files("share", "cli", "gui"), ids=ids)
def test_the_faces_and_formats_never_touch_the_database(path: Path) -> None:
    lines = database_reads(path)
    assert not lines, (
        f"{rel(path)} reaches for journal.db on lines {lines}: ask the Journal facade "
        "(journal.passphrase, Journal.reopen, journal.backups, ...)"
    )


def test_the_checker_sees_sql_and_a_connection(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def count(journal):\n"
        "    import sqlite3\n"
        "    journal.db.execute('SELECT count(*) FROM entries')\n"
        "    journal.db.conn.executemany('DELETE FROM tags WHERE id = ?', [])\n"
    )
    assert within("sqlite3", imported_modules(sample))
    assert sql_calls(sample) == [3, 4]
    assert database_reads(sample) == [3, 4, 4]


# -- no import circle -----------------------------------------------------------------


def test_no_modules_import_each_other_in_a_circle() -> None:
    graph = {name: top_level_imports(path) for name, path in MODULES.items()}
    found = circles(graph)
    assert not found, f"these modules import each other in a circle: {found}"


def test_the_checker_finds_a_circle_and_ignores_imports_for_type_checkers(
    tmp_path: Path,
) -> None:
    a = tmp_path / "a.py"
    a.write_text(
        "from reflekt.cli import share\n"
        "TYPE_CHECKING = False\n"
        "if TYPE_CHECKING:\n"
        "    from reflekt.core import journal\n"
        "def later():\n"
        "    from reflekt.gui import mainwindow\n"
    )
    assert top_level_imports(a) == {"reflekt.cli.share"}
    assert circles({"x": {"y"}, "y": {"z"}, "z": {"x"}, "w": {"x"}}) == [["x", "y", "z"]]
    assert circles({"x": {"y"}, "y": set()}) == []
