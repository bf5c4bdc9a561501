"""Translations: reflekt's own .qm and Qt's qtbase, installed before any window exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"

# The languages reflekt's window speaks (the journal's own, core.models.LANGUAGES, are
# the same; not imported from there, which would load the journal's models before
# the window's first frame).
SPOKEN = ("en", "sv")

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """'system' becomes the system locale's language when reflekt speaks it, else English."""
    if setting in SPOKEN:
        return setting
    # QLocale names are "language_TERRITORY" ("sv_SE", "en_GB"), or "C".
    lang = QLocale.system().name().split("_")[0].lower()
    return lang if lang in SPOKEN else "en"


def install(lang: str) -> str:
    """Install translators for ``lang`` ('en', 'sv' or 'system'); returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = resolve_language(lang)
    _current["lang"] = lang
    if lang == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    if ours.load(f"reflekt_{lang}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang == "en":
        return lang  # Qt's own strings are English already
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


_current = {"lang": "en"}


def current() -> str:
    """The language the UI is showing ('en' or 'sv')."""
    return _current["lang"]
