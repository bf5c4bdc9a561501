"""What a Swedish reader is shown, end to end: an import refused or reported, a file the
system will not open, the command line with REFLEKT_LANG=sv. Whole Swedish sentences,
with no English from Python, SQLite or the operating system inside them (the scans that
find such English in the source are in test_untranslated.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt import messages


@pytest.fixture
def swedish() -> Iterator[None]:
    messages.set_language("sv")
    yield
    messages.set_language("en")


# -- what a Swedish reader is shown when an import goes wrong ------------------------------

# Words no Swedish sentence has; one in a message means English leaked into it.
ENGLISH = re.compile(
    r"\b(the|is|not|and|cannot|has|was|were|of|with|appears|twice|Expecting|delimiter|"
    r"KeyError|TypeError|ValueError|Permission|denied|left out|Entry|Note)\b"
)


def _english_in(message: str, *names: Path | str) -> list[str]:
    """English words in ``message`` outside the file names and paths it quotes."""
    for name in sorted((str(n) for n in names), key=len, reverse=True):
        message = message.replace(name, "")
    return ENGLISH.findall(message)


def _refused_in_swedish(journal, path: Path) -> str:
    from reflekt.errors import FileRejected
    from reflekt.share.importers import import_file

    with pytest.raises(FileRejected) as refused:
        import_file(journal, path)
    assert journal.count() == 0, "a refused import wrote nothing"
    return refused.value.message


def test_a_jrnl_date_reflekt_cannot_read_is_said_in_swedish(swedish, journal, tmp_path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(
        '{"tags": {}, "entries": [{"date": "2026-13-40", "time": "09:00", "title": "Hej", '
        '"body": "", "tags": [], "starred": false}]}',
        encoding="utf-8",
    )
    said = _refused_in_swedish(journal, path)
    assert "har ett datum eller en tid som reflekt inte kan läsa (2026-13-40 09:00)" in said
    assert _english_in(said, path, path.name) == []


@pytest.mark.parametrize(
    ("text", "swedish_problem"),
    [
        ('{"entries": [], "entries": []}', "nyckeln 'entries' finns två gånger i ett objekt"),
        ('{"entries": [] "tags": {}}', "ett kommatecken saknas"),
        ('{"entries": [1, 2,, 3]}', "ett värde saknas"),
        ('{"entries": []} trailing', "det finns mer efter slutet på datan"),
        ('{"n": NaN, "entries": []}', "NaN är inget tal som JSON tillåter"),
        ('{"n": ' + "9" * 5000 + ', "entries": []}', "ett tal i den är alldeles för långt"),
    ],
)
def test_json_that_breaks_the_rules_is_explained_in_swedish(
    swedish, journal, tmp_path, text: str, swedish_problem: str
) -> None:
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    said = _refused_in_swedish(journal, path)
    assert swedish_problem in said
    assert _english_in(said, path, path.name) == []


def test_a_backup_with_a_missing_field_is_refused_in_swedish(swedish, journal, tmp_path) -> None:
    import json

    from reflekt.core.journal import Journal
    from reflekt.share import export

    with Journal.open(tmp_path / "own.reflekt") as own:
        own.add("Något jag lärde mig", title="Lärdom")
        preview = export.prepare_export(own, export.ExportOptions(format="backup"))
        backup = export.write_export(own, preview, tmp_path / "backup.json")
    data = json.loads(backup.read_text(encoding="utf-8"))
    del data["journal"]["entries"][0]["created"]
    backup.write_text(json.dumps(data), encoding="utf-8")
    said = _refused_in_swedish(journal, backup)
    assert "journal/entries/0: fältet 'created' saknas" in said
    assert _english_in(said, backup, backup.name) == []


def test_an_unreadable_file_says_why_in_swedish(
    swedish, journal, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from reflekt.share import safety

    path = tmp_path / "låst.json"
    path.write_text("{}", encoding="utf-8")
    real_open = os.open

    def refused(name, *args, **kwargs):  # as for a file of another user's (tests run as root)
        if str(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(safety.os, "open", refused)
    said = _refused_in_swedish(journal, path)
    assert "du har inte behörighet" in said and _english_in(said, path) == []


def test_the_import_notes_are_swedish(swedish, journal, tmp_path) -> None:
    from reflekt.share.importers import import_file

    path = tmp_path / "jrnl.json"
    path.write_text(
        '{"tags": {}, "entries": ['
        '{"date": "2026-03-14", "time": "09:00", "title": "Hej", "body": "Text", '
        '"tags": [], "starred": false},'
        '{"date": "2026-03-15", "time": "09:00", "title": "", "body": " ", '
        '"tags": [], "starred": false}]}',
        encoding="utf-8",
    )
    lines = import_file(journal, path).lines()
    assert lines == [
        "Importerade 1 anteckning från jrnl.json (jrnl).",
        "Obs! Anteckning 2 (2026-03-15) har ingen text och lämnades utanför.",
    ]
    assert journal.count() == 1


def test_the_os_reason_is_said_in_either_language() -> None:
    import errno

    refused = PermissionError(errno.EACCES, "Permission denied")
    assert messages.os_reason(refused) == "you do not have permission"
    messages.set_language("sv")
    try:
        assert messages.os_reason(refused) == "du har inte behörighet"
        assert messages.os_reason(OSError(errno.EPIPE, "Broken pipe")) == (
            f"systemet vägrade (fel {errno.EPIPE})"
        )
    finally:
        messages.set_language("en")


def test_a_colleagues_bundle_is_reported_in_swedish(swedish, journal, tmp_path) -> None:
    from reflekt.core.journal import Journal
    from reflekt.share import export
    from reflekt.share.importers import import_file
    from reflekt.share.importers.base import said_title

    with Journal.open(tmp_path / "colleague.reflekt") as colleague:
        export.set_author(colleague, "Bo Berg")
        entry = colleague.add("Fråga tidigt", title="Återkoppling", visibility="shareable")
        options = export.ExportOptions(format="bundle", ids=(entry.id,))
        bundle = export.write_export(
            colleague, export.prepare_export(colleague, options), tmp_path / "bo.reflekt.json"
        )
    lines = import_file(journal, bundle).lines()
    assert lines == [
        "Teambiblioteket, lärdomar från Bo Berg (bo.reflekt.json). Nya: 1, uppdaterade: 0, "
        "tillbakadragna: 0."
    ]
    from reflekt.share.importers import REGISTRY

    titles = {name: said_title(importer.TITLE) for name, importer in REGISTRY.items()}
    assert titles["bundle"] == "delningspaket från reflekt"
    assert titles["markdown"] == "Markdown-anteckningar"
    assert titles["dayone"] == "Day One"  # a name stays a name
    assert [lesson.title for lesson in journal.team.lessons()] == ["Återkoppling"]


def test_the_command_line_reports_in_swedish_when_asked(tmp_path: Path, reflekt_home: Path) -> None:
    import os
    import subprocess
    import sys

    journal = tmp_path / "dagbok.reflekt"

    def reflekt(*args: str, lang: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "REFLEKT_LANG"}
        env |= {"REFLEKT_HOME": str(reflekt_home)} | ({"REFLEKT_LANG": lang} if lang else {})
        done = subprocess.run(
            [sys.executable, "-m", "reflekt", "--journal", str(journal), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert reflekt("init", lang="sv") == f"Dagboken är klar i {journal}."
    checked = reflekt("check", lang="sv")
    assert checked.startswith(f"Dagboken {journal} är hel: 0 anteckningar.")
    assert _english_in(checked, journal) == []
    assert reflekt("trash", "list", lang="sv") == "Papperskorgen är tom."
    figures = reflekt("stats", lang="sv")
    assert "Anteckningar:" in figures and "Veckor i rad:" in figures
    assert _english_in(figures) == []
    # Without REFLEKT_LANG the command line keeps its English contract.
    assert reflekt("trash", "list", lang=None) == "The trash is empty."
