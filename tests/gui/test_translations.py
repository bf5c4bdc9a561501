"""The Swedish translation is complete and the shipped .qm matches its source."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
assert spec and spec.loader
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

LANGS = translations.LANGUAGES


def ts_path(lang: str) -> Path:
    return translations.ts_file(lang)


def qm_path(lang: str) -> Path:
    return translations.QM_DIR / f"reflekt_{lang}.qm"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            result[(name, message.findtext("source", ""))] = message
    return result


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_is_in_the_ts_file(tmp_path: Path, lang: str) -> None:
    ts = ts_path(lang)
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    translations.update([fresh], plural_only=lang in translations.PLURAL_ONLY)
    missing = set(messages(fresh)) - set(messages(ts))
    assert not missing, (
        f"{len(missing)} strings are not in {ts.name}; run `python scripts/translations.py "
        f"update`, translate them, then `release`: {sorted(missing)[:5]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_has_a_translation(lang: str) -> None:
    untranslated = []
    for (context, source), message in messages(ts_path(lang)).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(f"{context}: {source}")
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path, lang: str) -> None:
    compiled = tmp_path / f"reflekt_{lang}.qm"
    translations.release(ts_path(lang), compiled)
    assert qm_path(lang).exists(), "run `python scripts/translations.py release`"
    assert compiled.read_bytes() == qm_path(lang).read_bytes(), "the .qm is stale"


def test_english_plurals(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from reflekt.gui import i18n

    i18n.install("en")
    assert QCoreApplication.translate("Sidebar", "%n entries", "", 1) == "1 entry"
    assert QCoreApplication.translate("Sidebar", "%n entries", "", 3) == "3 entries"


@pytest.fixture
def swedish(qapp):
    from reflekt.gui import i18n

    i18n.install("sv")
    yield
    i18n.install("en")


def test_swedish_menus(qtbot, swedish, make_window) -> None:
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Arkiv"
    assert window.new_action.text().replace("&", "") == "Ny anteckning"
    assert window.search.placeholderText().startswith("Sök")
    sidebar = [it.text(0) for it in window.sidebar._items()][:2]
    assert sidebar == ["Alla anteckningar", "Idag"]


@pytest.mark.parametrize("lang", LANGS)
def test_no_translation_is_lost_at_the_next_update(tmp_path: Path, lang: str) -> None:
    """A string the scan no longer finds (say, passed through a helper lupdate does not
    read) would be dropped by the next `update`, and the window would speak English."""
    ts = ts_path(lang)
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    translations.update([fresh], plural_only=lang in translations.PLURAL_ONLY)
    before, after = messages(ts), messages(fresh)
    lost = sorted(set(before) - set(after))
    assert not lost, f"{len(lost)} strings in {ts.name} are no longer found in the code: {lost[:5]}"
    plural_lost = [
        key
        for key, message in before.items()
        if message.get("numerus") == "yes" and after[key].get("numerus") != "yes"
    ]
    assert not plural_lost, f"no longer read as plurals (use self.tr(text, '', n)): {plural_lost}"


def test_swedish_window_texts_from_the_action_table_and_the_session(
    qtbot, swedish, make_window
) -> None:
    window = make_window()
    edit = window.menuBar().actions()[1].menu()
    texts = [a.text().replace("&", "") for a in edit.actions() if not a.isSeparator()]
    assert texts[0] == window.undo_action.text().replace("&", "")
    assert all(text and text not in ("Undo delete", "Find") for text in texts)
    assert window.trash_question(2) != "Remove 2 entries for good? This cannot be undone."
