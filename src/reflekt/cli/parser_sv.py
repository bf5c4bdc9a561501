"""argparse's own words in Swedish: usage lines, headings and its refusals.

argparse marks what it says with gettext (``argparse._``, ``argparse.ngettext``) but
ships no catalogues, so on ``--lang sv`` (or ``REFLEKT_LANG=sv``) the parser module
swaps in these before it builds a parser (headings such as "options" are read while
building). Keys are argparse's English message ids, exactly; a test checks that each
one is still among what argparse says, so a new Python cannot drop one unnoticed.
"""

from __future__ import annotations

import argparse

ARGPARSE_SV: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "the following arguments are required: %s": "de här argumenten behövs: %s",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde går",
    "expected at least one argument": "minst ett värde behövs",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    # argparse names the type as Python does ("int"): left out in Swedish
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan vara %(matches)s"
    ),
    "not allowed with argument %s": "går inte tillsammans med argumentet %s",
    "ignored explicit argument %r": "värdet %r tas inte emot här",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "okänt kommando %(parser_name)r (välj bland: %(choices)s)"
    ),
}

# Messages with a number: (singular, plural) → Swedish (singular, plural).
ARGPARSE_SV_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("%s värde behövs", "%s värden behövs"),
}


def _gettext(message: str) -> str:
    return ARGPARSE_SV.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    one, many = ARGPARSE_SV_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def speak(lang: str) -> None:
    """argparse speaks Swedish when ``lang`` is "sv", else its own English (a process
    may run several command lines: the tests do)."""
    if lang == "sv":
        argparse._ = _gettext  # type: ignore[attr-defined]
        argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    else:
        import gettext

        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]


class SwedishHelp(argparse.HelpFormatter):
    """``--help`` in Swedish: each command's and option's text is written in English in
    the source and looked up in :mod:`reflekt.messages.sv_help` only here, when help is
    shown (building a parser, as every command line does, translates nothing)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _help_in_swedish(action.help)

    def add_text(self, text: str | None) -> None:
        super().add_text(_help_in_swedish(text))


def _help_in_swedish(text: str | None) -> str | None:
    if not text or text == argparse.SUPPRESS:
        return text
    from reflekt.messages.sv_help import HELP

    return HELP.get(text, text)
