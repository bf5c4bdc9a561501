"""Messages for the person, in the language they read (English unless told otherwise).

The one catalogue of what core/, share/ and the command line say (the desktop app's own
widget strings stay in Qt's ``.ts`` files):

- :func:`msg` and :func:`word`: sentences and field names, written in English in the
  source; their Swedish lives in :mod:`reflekt.messages.sv`.
- :func:`term`: a labelled term by key (``"kind.lesson"``, ``"report.title"``), from the
  English/Swedish tables in :mod:`reflekt.messages.labels` (the journal's vocabulary)
  and :mod:`reflekt.messages.pages` (the report's and the shared page's words).

core/ and share/ write their messages in English and mark them with :func:`msg`; the
Swedish templates live in :mod:`reflekt.messages.sv`, keyed by the English template,
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
        from reflekt.messages.sv import SV

        template = SV.get(template, template)
    return template.format(**values)


def word(english: str) -> str:
    """A field's name (``"tag"``, ``"target date"``) for use inside a message.

    Falls back to the English word when the current language has none for it.
    """
    if _current["lang"] == "sv":
        from reflekt.messages.sv import WORDS

        return WORDS.get(english, english)
    return english


_PAGE_GROUPS = ("report", "share")  # the tables in reflekt.messages.pages


def term(key: str, lang: str | None = None) -> str:
    """The label of the term ``key`` (``"group.name"``, e.g. ``"kind.lesson"``) in
    ``lang`` (the current language when not given), falling back to English.

    Raises ``KeyError`` for a key no table holds: keys come from the code, not from a
    person, so a wrong one is a bug to see at once.
    """
    group, _, name = key.partition(".")
    if group in _PAGE_GROUPS:
        from reflekt.messages.pages import TABLES
    else:
        from reflekt.messages.labels import TABLES
    labels = TABLES[group][name]
    return labels.get(lang or _current["lang"]) or labels["en"]


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the current language.

    ``exc.strerror`` is the C library's English ("Permission denied"); inside a Swedish
    sentence it would be the one English phrase, so the usual causes are said here.
    """
    import errno

    # Every one marked with msg() here, so the catalogue test sees each template.
    reasons = {
        errno.EACCES: msg("you do not have permission"),
        errno.EPERM: msg("you do not have permission"),
        errno.ENOENT: msg("it is not there"),
        errno.EISDIR: msg("it is a folder"),
        errno.ENOTDIR: msg("a part of the path is not a folder"),
        errno.ENOSPC: msg("the disk is full"),
        errno.EROFS: msg("the disk is read-only"),
        errno.EIO: msg("the disk reported an error"),
        errno.ENAMETOOLONG: msg("the name is too long"),
        errno.ELOOP: msg("it links to itself"),
        errno.EBUSY: msg("another program is using it"),
        errno.EAGAIN: msg("another program is using it"),
        errno.ETXTBSY: msg("another program is using it"),
        errno.EMFILE: msg("too many files are open"),
        errno.EEXIST: msg("it already exists"),
        errno.EFBIG: msg("the file is too big"),
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return msg("the system refused it (error {code})", code=exc.errno or "?")
