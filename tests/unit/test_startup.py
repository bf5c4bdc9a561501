"""What the everyday commands load: a large journal's search must not wait on imports.

Not a timing test: it checks that the slow imports (sqlite-utils with numpy, jsonschema,
the other command modules, Qt) stay out of `reflekt search` and `reflekt list`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlite_utils", "numpy", "jsonschema", "PySide6", "reflekt.cli_share", "reflekt.gui")


@pytest.mark.parametrize("command", [["search", "feedback"], ["list", "--tag", "x"]])
def test_everyday_commands_load_nothing_heavy(journal_path: Path, command: list[str]) -> None:
    from reflekt.core.journal import Journal

    with Journal.open(journal_path) as j:  # created (and migrated) before the check
        j.add("feedback on the release notes", tags=["x"])
    script = (
        "import sys\n"
        "from reflekt.cli import main\n"
        f"code = main(['--journal', {str(journal_path)!r}, *{command!r}])\n"
        f"print(code, sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "0 []"


def test_commands_from_the_other_modules_still_run(journal: object, journal_path: Path) -> None:
    from reflekt.cli import main

    # `shares` lives in cli_share: the core-only parser refuses it, the full one runs it.
    assert main(["--journal", str(journal_path), "shares"]) == 0
