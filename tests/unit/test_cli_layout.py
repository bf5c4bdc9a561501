"""The command line's package keeps the shape ARCHITECTURE.md gives it: no module of
`reflekt/cli/` imports the package that runs it, no two of them import each other
(directly or round a longer loop), and none grows past ~600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import reflekt.cli

CLI = Path(reflekt.cli.__file__).parent
MODULES = {
    ("reflekt.cli" if p.stem == "__init__" else f"reflekt.cli.{p.stem}"): p
    for p in sorted(CLI.glob("*.py"))
}


def cli_imports(path: Path) -> set[str]:
    """The modules of reflekt.cli that ``path`` imports, anywhere in it (in functions too):
    ``from reflekt.cli import output`` counts as reflekt.cli.output, ``from reflekt.cli
    import run`` as the package itself."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return {name for name in found if name in MODULES}


def _circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle in ``graph``, as the modules round it, or None."""
    state: dict[str, int] = {}  # 1: being walked, 2: done
    path: list[str] = []

    def walk(name: str) -> list[str] | None:
        state[name] = 1
        path.append(name)
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (found := walk(other)):
                return found
        path.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state and (found := walk(name)):
            return found
    return None


def test_the_checker_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circle(graph) == ["a", "b", "c", "a"]
    assert _circle({"a": {"b"}, "b": set()}) is None


def test_the_command_modules_import_no_circle() -> None:
    graph = {name: cli_imports(path) - {name} for name, path in MODULES.items()}
    assert _circle(graph) is None


@pytest.mark.parametrize("name", sorted(set(MODULES) - {"reflekt.cli", "reflekt.cli.__main__"}))
def test_no_command_module_imports_the_package_that_runs_it(name: str) -> None:
    """The package (`main`, `run`) imports the modules; they share helpers through
    common.py and output.py, never through it (only `python -m reflekt.cli` runs it)."""
    assert "reflekt.cli" not in cli_imports(MODULES[name])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_of_the_command_line_is_a_large_room(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{name} has {lines} lines: split it along its jobs"
