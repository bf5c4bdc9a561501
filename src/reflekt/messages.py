"""Messages for the person, in the language they read (English unless told otherwise).

core/ and share/ write their messages in English and mark them with :func:`msg`; the
Swedish templates live in :mod:`reflekt.messages_sv`, keyed by the English template,
so a message without a translation falls back to English. No Qt here: the desktop app
calls :func:`set_language` from its language setting, and the command line sets Swedish
only when ``REFLEKT_LANG`` asks for it (its messages are otherwise a stable English
contract).
"""

from __future__ import annotations

SPOKEN = ("en", "sv")

_current = {"lang": "en"}


def set_language(lang: str) -> str:
    """Speak ``lang`` ('en' or 'sv'; anything else means English); returns the language used."""
    code = (lang or "en").strip().lower()[:2]
    _current["lang"] = code if code in SPOKEN else "en"
    return _current["lang"]


def language() -> str:
    """The language messages are given in now ('en' or 'sv')."""
    return _current["lang"]


def msg(template: str, /, **values: object) -> str:
    """``template`` (English, ``str.format`` style) in the current language, filled in."""
    if _current["lang"] == "sv":
        from reflekt.messages_sv import SV

        template = SV.get(template, template)
    return template.format(**values)


def word(english: str) -> str:
    """A field's name (``"tag"``, ``"target date"``) for use inside a message.

    Falls back to the English word when the current language has none for it.
    """
    if _current["lang"] == "sv":
        from reflekt.messages_sv import WORDS

        return WORDS.get(english, english)
    return english
