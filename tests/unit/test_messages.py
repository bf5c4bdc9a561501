"""Errors from core and share in the person's language: the Swedish catalogue stays in step
with the English messages in the source, and the language chosen is the one shown."""

from __future__ import annotations

import ast
import os
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflekt import messages
from reflekt.errors import FileRejected, InvalidInput
from reflekt.messages.sv import SV, WORDS
from reflekt.share import safety

SRC = Path(messages.__file__).resolve().parent.parent


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _first_arguments_in_source(function: str) -> set[str]:
    """Every literal first argument of a call to ``function`` in reflekt's source."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == function
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def _templates_in_source() -> set[str]:
    """Every English template marked with msg("...") in reflekt's source."""
    return _first_arguments_in_source("msg")


@pytest.fixture
def swedish() -> Iterator[None]:
    messages.set_language("sv")
    yield
    messages.set_language("en")


@pytest.mark.parametrize("english", sorted(SV))
def test_each_swedish_message_fills_in_the_same_details(english: str) -> None:
    assert _fields(SV[english]) == _fields(english)
    assert SV[english] != english


def test_the_catalogue_holds_no_message_the_source_no_longer_gives() -> None:
    stale = set(SV) - _templates_in_source()
    assert not stale, f"no longer in the source: {sorted(stale)}"


def test_every_marked_message_has_its_swedish() -> None:
    missing = _templates_in_source() - set(SV)
    assert not missing, f"add Swedish for: {sorted(missing)}"


def test_every_field_name_translated_is_one_the_source_uses() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    assert [w for w in WORDS if f'"{w}"' not in source] == []


def test_english_unless_swedish_is_chosen(tmp_path: Path) -> None:
    missing = tmp_path / "saknas.json"
    for lang, expected in (
        ("en", "There is no file"),
        ("sv", "Det finns ingen fil"),
        ("de", "There is no file"),
    ):
        messages.set_language(lang)
        try:
            with pytest.raises(FileRejected) as caught:
                safety.load_json_file(missing, 1000)
        finally:
            messages.set_language("en")
        assert expected in caught.value.message
        assert str(missing) in caught.value.message


def test_a_swedish_message_names_the_field_in_swedish(swedish: None, journal) -> None:
    with pytest.raises(InvalidInput) as caught:
        journal.add("Text", mood=9)
    assert caught.value.message == "Humöret måste vara ett heltal från 1 till 5, inte 9."
    with pytest.raises(InvalidInput) as caught:
        journal.add("Text", tags=["x" * 500])
    assert "(tagg)" in caught.value.message and "för långt" in caught.value.message


def _reflekt(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "REFLEKT_LANG"} | env
    return subprocess.run(
        [sys.executable, "-m", "reflekt", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full,
        timeout=60,
    )


def test_the_command_line_stays_english_even_on_a_swedish_system(
    tmp_path: Path, reflekt_home: Path
) -> None:
    missing = str(tmp_path / "saknas.json")
    home = str(reflekt_home)
    done = _reflekt("import", missing, REFLEKT_HOME=home, LANG="sv_SE.UTF-8", LC_ALL="sv_SE.UTF-8")
    assert done.returncode == 2
    assert f"There is no file or folder {missing}. Check the name." in done.stderr
    asked = _reflekt("import", missing, REFLEKT_HOME=home, REFLEKT_LANG="sv")
    assert asked.returncode == 2
    assert f"Det finns ingen fil eller mapp {missing}. Kontrollera namnet." in asked.stderr


# -- labelled terms (reflekt.messages.labels and .pages): the same catalogue rules -------


def _term_tables() -> dict[str, dict[str, dict[str, str]]]:
    from reflekt.messages import labels, pages

    return labels.TABLES | pages.TABLES


_TERMS = sorted(
    (f"{group}.{name}", table[name]) for group, table in _term_tables().items() for name in table
)


@pytest.mark.parametrize(("key", "labels"), _TERMS, ids=[key for key, _ in _TERMS])
def test_each_term_has_english_and_swedish_with_the_same_details(
    key: str, labels: dict[str, str]
) -> None:
    assert set(labels) == set(messages.SPOKEN), key
    assert labels["en"].strip() and labels["sv"].strip()
    assert _fields(labels["sv"]) == _fields(labels["en"])


def test_the_vocabulary_tables_name_exactly_the_values_the_journal_stores() -> None:
    from reflekt.core.models import GoalStatus, Kind, Relation, Source

    tables = _term_tables()
    for group, values in (
        ("kind", Kind),
        ("source", Source),
        ("relation", Relation),
        ("goal_status", GoalStatus),
    ):
        assert set(tables[group]) == {v.value for v in values}, group


def _term_keys_in_source() -> set[str]:
    """Every literal key handed to term("group.name") in reflekt's source."""
    return _first_arguments_in_source("term")


def test_every_term_the_source_asks_for_is_in_the_catalogue() -> None:
    missing = _term_keys_in_source() - {key for key, _ in _TERMS}
    assert not missing, f"add to reflekt/messages/labels.py or pages.py: {sorted(missing)}"


def test_the_catalogue_holds_no_term_the_source_no_longer_uses() -> None:
    """A report or page word is looked up by its name ("title" -> report.title); the
    vocabulary by the stored value (checked above)."""
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.parent.name != "messages"
    )
    asked = _term_keys_in_source()
    stale = [
        key
        for key, _ in _TERMS
        if key.split(".")[0] in ("report", "share", "redaction")
        and key not in asked
        and f'"{key.split(".", 1)[1]}"' not in source
        and f"'{key.split('.', 1)[1]}'" not in source
    ]
    assert stale == []


def test_a_term_is_shown_in_the_language_asked_for_or_the_current_one() -> None:
    assert messages.term("kind.lesson", "en") == "Lesson learned"
    assert messages.term("kind.lesson", "sv") == "Lärdom"
    assert messages.term("source.people", "de") == "Other people"  # no German: English
    assert messages.term("report.title", "sv") == "Utvecklingssamtal"
    messages.set_language("sv")
    try:
        assert messages.term("relation.helped") == "hjälpte"
    finally:
        messages.set_language("en")
    assert messages.term("relation.helped") == "helped"
    with pytest.raises(KeyError):
        messages.term("kind.no-such-kind", "en")


def test_the_vocabulary_read_through_core_models_is_the_catalogues() -> None:
    from reflekt.core.models import KIND_LABELS, SOURCE_LABELS, Kind, Source, label

    assert label(KIND_LABELS[Kind.MISTAKE], "sv") == messages.term("kind.mistake", "sv")
    assert label(SOURCE_LABELS[Source.PEOPLE], "en") == messages.term("source.people", "en")


# -- the templates' words (reflekt.messages.templates) ------------------------------------


def _template_words() -> list[tuple[str, dict[str, str]]]:
    from reflekt.messages.templates import TEMPLATES as WORDS

    found = []
    for key, words in WORDS.items():
        found += [(f"{key}.name", words["name"]), (f"{key}.description", words["description"])]
        for section, texts in words["sections"].items():
            found += [(f"{key}.{section}.{part}", texts[part]) for part in ("label", "hint")]
    return found


@pytest.mark.parametrize(
    ("where", "labels"), _template_words(), ids=[w for w, _ in _template_words()]
)
def test_each_template_word_has_english_and_swedish(where: str, labels: dict[str, str]) -> None:
    assert set(labels) == set(messages.SPOKEN), where
    assert labels["en"].strip() and labels["sv"].strip() and labels["sv"] != labels["en"]
    assert _fields(labels["sv"]) == _fields(labels["en"])


def test_the_template_words_are_for_exactly_the_templates_and_sections_there_are() -> None:
    from reflekt.core.templates import TEMPLATES
    from reflekt.messages.templates import PROMPTS
    from reflekt.messages.templates import TEMPLATES as WORDS

    assert set(WORDS) == set(TEMPLATES)
    for key, template in TEMPLATES.items():
        assert set(WORDS[key]["sections"]) == {s.key for s in template.sections}, key
    assert set(PROMPTS) == set(messages.SPOKEN)
    assert len(PROMPTS["sv"]) == len(PROMPTS["en"])  # parallel: the same day, the same prompt


def test_a_day_is_written_out_with_the_months_of_either_language() -> None:
    import datetime as dt

    from reflekt.core.report import format_day
    from reflekt.messages.pages import MONTHS

    assert {lang: len(names) for lang, names in MONTHS.items()} == {"en": 12, "sv": 12}
    assert format_day(dt.date(2026, 3, 14), "en") == "14 March 2026"
    assert format_day(dt.date(2026, 3, 14), "sv_SE.UTF-8") == "14 mars 2026"


def test_the_catalogue_is_the_bottom_layer_and_imports_no_other_part_of_reflekt() -> None:
    """core, share, the command line and the app all read it; it reads none of them (and
    no Qt), so any of them can use it without an import circle."""
    imported = set()
    for path in (SRC / "messages").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    outside = {m for m in imported if m.split(".")[0] not in ("__future__", "typing", "errno")}
    assert {m for m in outside if not m.startswith("reflekt.messages")} == set()


def test_no_message_is_translated_in_two_places() -> None:
    """sv_more.MORE updates SV: a message in both files says whatever the second one
    says, and a change to the first is silently lost (two merges once gave "mood" two
    different Swedish sentences)."""
    messages_dir = Path(messages.__file__).parent

    def keys(name: str, table: str) -> set[str]:
        tree = ast.parse((messages_dir / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
            if isinstance(target, ast.Name) and target.id == table:
                return {ast.literal_eval(k) for k in node.value.keys}  # type: ignore[union-attr]
        raise AssertionError(f"{table} not found in {name}")

    assert keys("sv.py", "SV") & keys("sv_more.py", "MORE") == set()
