"""Helpers for the trust tests: running the CLI in-process, damaging files for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Cli


@pytest.fixture
def cli(tmp_path: Path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "journal.reflekt", capsys, monkeypatch)


def fill(path: Path, count: int = 200, word: str = "feedback") -> list[str]:
    """A journal with enough entries to span many pages."""
    from reflekt.core.journal import Journal

    with Journal.open(path) as j:
        return j.add_many(
            {"title": f"Entry {n}", "body": f"{word} number {n}. " * 30, "tags": ["x"]}
            for n in range(count)
        )


def page_of(path: Path, table: str) -> int:
    """The page number of a table's b-tree root (1-based)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()[0]
    finally:
        conn.close()


def smash_page(path: Path, page: int, page_size: int = 4096) -> None:
    """Overwrite one whole page with garbage, as a failing disk would."""
    with open(path, "r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


def leaf_page(path: Path, table: str) -> int:
    """A page that holds rows of ``table`` (found with SQLite's dbstat)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            [table],
        ).fetchall()
    finally:
        conn.close()
    return rows[len(rows) // 2][0]
