"""Running reflekt as a program (a subprocess), as a person or a menu entry would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The test's environment with its own REFLEKT_HOME, so no run touches the real home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLEKT_")}
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test chooses its own
    env["REFLEKT_HOME"] = str(home)
    env.update(extra)
    return env


Runner = Callable[..., subprocess.CompletedProcess]


def run(program: list[str], args: list[str], home: Path, timeout: float = 120, **env: str):
    return subprocess.run(
        [*program, *args],
        env=clean_env(home, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def runner_for(reflekt_home: Path) -> Callable[[list[str]], Runner]:
    """``runner_for(program)(ARGS, **ENV)`` runs a reflekt program with the test's REFLEKT_HOME."""

    def make(program: list[str]) -> Runner:
        def runner(args: list[str], **env: str) -> subprocess.CompletedProcess:
            return run(program, args, reflekt_home, **env)

        return runner

    return make


@pytest.fixture
def run_source(runner_for: Callable[[list[str]], Runner]) -> Runner:
    """Runs ``python -m reflekt ARGS`` from this checkout."""
    return runner_for([sys.executable, "-m", "reflekt"])
