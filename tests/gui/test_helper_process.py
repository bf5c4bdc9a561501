"""The window's helper processes (PDF preview, spell checker) start the same way from the
source install and from the packaged app: ``python -m`` there, the app's own executable
with a private argument when frozen (gui/helper_process.py). Still a thread when no
process can start."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflekt.gui import helper_process, pdf_process
from reflekt.gui.helper_process import HELPER_ARG, helper_command, serves_helper
from reflekt.gui.spell_process import SpellChecker

HTML = "<html><body><h2>Deploys</h2><p>" + "Friday deploys, again. " * 40 + "</p></body></html>"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in")


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the packaged executable: a program that runs reflekt's entry point
    (what PyInstaller freezes) with its arguments, and notes each start. The running
    Python believes it is frozen with that program as its executable."""
    started = tmp_path / "started.txt"
    app = tmp_path / "reflekt"
    app.write_text(
        f'#!/bin/sh\necho "$@" >> "{started}"\nexec "{sys.executable}" -m reflekt "$@"\n',
        encoding="utf-8",
    )
    app.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    return started


def test_from_the_source_install_a_helper_is_python_dash_m_its_module() -> None:
    assert helper_command("pdf") == [sys.executable, "-m", "reflekt.gui.pdf_process"]
    assert helper_command("spell") == [sys.executable, "-m", "reflekt.gui.spell_process"]
    with pytest.raises(KeyError):
        helper_command("shell")


def test_the_packaged_app_starts_its_helpers_through_its_own_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/reflekt/reflekt")
    assert helper_command("pdf") == ["/opt/reflekt/reflekt", HELPER_ARG, "pdf"]
    assert helper_command("spell") == ["/opt/reflekt/reflekt", HELPER_ARG, "spell"]


@posix_only
def test_the_frozen_spell_checker_answers_from_the_apps_own_process(frozen_app: Path) -> None:
    checker = SpellChecker()
    try:
        request = {"op": "lookup", "lang": "sv", "words": ["kollega", "kolega"]}
        assert checker.ask(request) == {"known": {"kollega": True, "kolega": False}}
        assert checker.own_process and checker._process is not None
        assert (
            "receive"
            in checker.ask({"op": "suggest", "lang": "en", "word": "recieve"})["suggestions"]
        )
    finally:
        checker.stop()
    assert frozen_app.read_text(encoding="utf-8").split("\n")[0] == f"{HELPER_ARG} spell"


@posix_only
def test_the_frozen_pdf_preview_is_made_by_the_apps_own_process(qapp, frozen_app: Path) -> None:
    from pypdf import PdfReader

    pdf, pages = pdf_process.pdf_and_pages(HTML, HTML)
    assert frozen_app.read_text(encoding="utf-8").split("\n")[0] == f"{HELPER_ARG} pdf"
    assert "Deploys\nFriday" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_a_frozen_app_whose_helper_cannot_start_does_the_work_on_its_thread(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/nonexistent/reflekt")
    pdf, pages = pdf_process.pdf_and_pages(HTML, HTML)
    assert pdf.startswith(b"%PDF") and pages
    checker = SpellChecker()
    assert checker.ask({"op": "lookup", "lang": "en", "words": ["recieve"]}) == {
        "known": {"recieve": False}
    }
    assert not checker.own_process  # from now on on the thread, the same answers


def run_entry_point(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    """reflekt's entry point (the script PyInstaller freezes), run with ``args``; it also
    prints which heavy modules it loaded."""
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['reflekt', *{args!r}]\n"
        "runpy.run_module('reflekt', run_name='__main__')\n"
        "loaded = sorted(m for m in ('argparse', 'reflekt.cli', 'PySide6.QtWidgets',"
        " 'reflekt.core.storage') if m in sys.modules)\n"
        "if 'PySide6.QtWidgets' in sys.modules:\n"
        "    from PySide6.QtGui import QGuiApplication\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    windows = len(QApplication.topLevelWidgets())\n"
        "    sys.stderr.write(f'PLATFORM {QGuiApplication.platformName()} WINDOWS {windows}\\n')\n"
        "sys.stderr.write('LOADED ' + ' '.join(loaded))\n"
    )
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)  # the PDF helper chooses offscreen itself
    return subprocess.run(
        [sys.executable, "-c", probe],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_private_argument_runs_the_spell_checkers_loop_without_the_command_line() -> None:
    lines = [
        {"op": "lookup", "lang": "en", "words": ["recieve", "receive"]},
        "not json",
        {"op": "lookup", "lang": "sv", "words": ["jobbskuggning"]},
    ]
    stdin = b"".join((json.dumps(x) if isinstance(x, dict) else x).encode() + b"\n" for x in lines)
    result = run_entry_point([HELPER_ARG, "spell"], stdin)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers == [
        {"known": {"recieve": False, "receive": True}},
        {"error": "not a request"},
        {"known": {"jobbskuggning": True}},
    ]
    assert result.stderr.decode().endswith("LOADED ")  # no argparse, CLI, Qt or journal


def test_the_private_argument_runs_the_pdf_helper_offscreen() -> None:
    import base64

    request = json.dumps({"pdf": HTML, "pages": HTML}).encode()
    result = run_entry_point([HELPER_ARG, "pdf"], request)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert base64.b64decode(answer["pdf"]).startswith(b"%PDF") and answer["pages"]
    # Not the command line, and Qt offscreen with no window (the layout's own imports
    # are the source helper's).
    assert "reflekt.cli" not in result.stderr.decode().rsplit("LOADED ", 1)[1].split()
    assert "PLATFORM offscreen WINDOWS 0" in result.stderr.decode()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "argv",
    [
        [HELPER_ARG, "shell"],
        [HELPER_ARG],
        [HELPER_ARG, "spell", "extra"],
        ["spell", HELPER_ARG],
        ["--lang", "sv", HELPER_ARG, "spell"],
    ],
)
def test_anything_but_the_exact_private_argument_is_the_command_lines(argv: list[str]) -> None:
    assert serves_helper(argv) is False


def test_a_person_who_types_the_private_argument_gets_the_usual_refusal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflekt.cli import main

    served: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(helper_process.os.environ, "update", lambda *_: served.append("env"))
    assert serves_helper([HELPER_ARG, "spell"]) is False  # nobody would answer it
    assert served == []
    assert main([HELPER_ARG, "spell"]) == 2
    err = capsys.readouterr().err
    assert "reflekt --help" in err and "Traceback" not in err


def test_the_private_argument_is_not_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    from reflekt.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    assert HELPER_ARG not in capsys.readouterr().out
