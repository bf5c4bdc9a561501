"""The PyInstaller build, run the way a person runs the packaged app.

Building takes about a minute here and several on a slow machine, so these tests
run only with REFLEKT_TEST_FROZEN=1 (CI sets it; `.ci/run`). They build
dist/reflekt/ with `python3 dev.py build` first, unless REFLEKT_FROZEN_APP names
an existing build's program to test instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflekt import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(
        os.environ.get("REFLEKT_TEST_FROZEN") != "1",
        reason="builds the PyInstaller app (a minute or more); set REFLEKT_TEST_FROZEN=1",
    ),
]


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    given = os.environ.get("REFLEKT_FROZEN_APP")
    if given:
        return Path(given)
    sys.path.insert(0, str(ROOT))
    try:
        import dev
    finally:
        sys.path.remove(str(ROOT))
    result = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "build"],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return dev.frozen_app()


@pytest.fixture
def run_frozen(frozen_app: Path, runner_for):
    return runner_for([str(frozen_app)])


def test_the_packaged_app_knows_its_version(run_frozen) -> None:
    result = run_frozen(["--version"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"reflekt {__version__}"


def test_the_packaged_command_line_writes_and_lists_entries(run_frozen, tmp_path: Path) -> None:
    journal = str(tmp_path / "work.reflekt")
    added = run_frozen(
        ["--journal", journal, "add", "Pairing with Sara on the release", "--tag", "release"]
    )
    assert added.returncode == 0, added.stderr
    listed = run_frozen(["--journal", journal, "list", "--json"])
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [e["body"] for e in entries] == ["Pairing with Sara on the release"]
    assert entries[0]["tags"] == ["release"]
    swedish = run_frozen(["--lang", "sv", "templates"])
    assert swedish.returncode == 0 and "Gibbs" in swedish.stdout


def test_the_packaged_app_opens_its_window_with_translations_and_icon(run_frozen) -> None:
    result = run_frozen(["--smoke-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    checks = ("qtbase_sv.qm loads", "reflekt_sv.qm loads", "app icon renders", "painted")
    for check in (*checks, "user guide ships (en, sv)"):
        assert check in result.stdout
    assert "FAIL" not in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")
def test_the_packaged_app_adds_itself_to_the_menu(
    run_frozen, frozen_app: Path, tmp_path: Path
) -> None:
    data = tmp_path / "xdg-data"
    result = run_frozen(["desktop-install"], XDG_DATA_HOME=str(data))
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={frozen_app.resolve()}" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert run_frozen(["desktop-uninstall"], XDG_DATA_HOME=str(data)).returncode == 0
    assert not [p for p in data.rglob("*") if p.is_file()]


def test_the_packaged_app_checks_spelling_with_its_own_dictionaries(
    run_frozen, frozen_app: Path, tmp_path: Path
) -> None:
    # The dictionaries and spylls (imported only when checking) are inside the build:
    # nothing installed on the machine is asked.
    note = tmp_path / "note.md"
    note.write_text("Idag ett lärandemöte om kunskapsdelning med min kolega.\n", encoding="utf-8")
    journal = str(tmp_path / "none.reflekt")
    result = run_frozen(["--journal", journal, "spell", str(note), "--json"])
    assert result.returncode == 7, result.stderr
    found = json.loads(result.stdout)
    assert [(f["word"], f["language"]) for f in found] == [("kolega", "sv")]
    assert found[0]["suggestions"][0] == "kollega"
    other = tmp_path / "other.txt"
    other.write_text("I did not recieve it.\n", encoding="utf-8")
    english = run_frozen(["--journal", journal, "spell", str(other), "--suggestions", "1"])
    assert english.returncode == 7, english.stderr
    assert english.stdout.startswith("1:11 recieve ") and english.stdout.rstrip().endswith(
        "receive"
    )
    assert not Path(journal).exists()
    licences = list(frozen_app.resolve().parent.rglob("spylls-*.dist-info/LICENSE"))
    assert licences and "Mozilla Public License" in licences[0].read_text(encoding="utf-8")


@pytest.fixture
def as_frozen(frozen_app: Path, monkeypatch: pytest.MonkeyPatch, reflekt_home: Path) -> Path:
    """This process plays the packaged window: frozen, the built program its executable."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(frozen_app.resolve()))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)  # the PDF helper sets its own
    return frozen_app


def _no_thread_fallback(*_args: object) -> object:
    raise AssertionError("the work fell back to this process: the helper did not answer")


def test_the_packaged_app_makes_the_pdf_preview_in_its_own_helper_process(
    qapp, as_frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from pypdf import PdfReader

    from reflekt.gui import pdf_process

    monkeypatch.setattr(pdf_process, "_in_process", _no_thread_fallback)
    html = "<html><body><h2>Deploys</h2><p>" + "Friday deploys. " * 200 + "</p></body></html>"
    pdf, pages = pdf_process.pdf_and_pages(html, html)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].extract_text().startswith("Deploys")
    assert len(pages) == len(reader.pages) >= 1 and not pages[0].isNull()


def test_the_packaged_app_checks_spelling_in_its_own_helper_process(
    as_frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflekt.gui import spell_process

    monkeypatch.setattr(spell_process, "answer_here", _no_thread_fallback)
    checker = spell_process.SpellChecker()
    try:
        words = ["kolega", "kollega", "lärandemöte"]
        known = checker.ask({"op": "lookup", "lang": "sv", "words": words})
        assert known == {"known": {"kolega": False, "kollega": True, "lärandemöte": True}}
        suggested = checker.ask({"op": "suggest", "lang": "sv", "word": "kolega"})
        assert suggested["suggestions"][0] == "kollega"
        assert checker.own_process and checker._process is not None
        assert checker._process.args[:2] == [str(as_frozen.resolve()), "--reflekt-helper"]
    finally:
        checker.stop()


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal stands in for a person")
def test_a_person_typing_the_helpers_argument_is_refused(
    frozen_app: Path, reflekt_home: Path
) -> None:
    import pty

    def frozen(stdin: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(frozen_app), "--reflekt-helper", "spell"],
            stdin=stdin,
            env={**os.environ, "REFLEKT_HOME": str(reflekt_home)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    # From a program, over a pipe: the helper serves, ends when its input ends.
    assert frozen(subprocess.DEVNULL).returncode == 0
    # From a terminal: a person typed it, refused like any unknown command (not waited on).
    person, terminal = pty.openpty()
    try:
        typed = frozen(terminal)
    finally:
        os.close(person)
        os.close(terminal)
    assert typed.returncode == 2 and "reflekt --help" in typed.stderr
    assert typed.stdout == ""
