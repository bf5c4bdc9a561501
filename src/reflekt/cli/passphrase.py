"""Passphrases on the command line: from the environment (scripts) or typed at a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from reflekt.core.storage import encryption
from reflekt.errors import InvalidInput, PassphraseRequired
from reflekt.messages import msg

MIN_PASSPHRASE = 8


def ask_passphrase(path: Path, attempt: int) -> str | None:
    """The CLI's passphrase provider: ``REFLEKT_PASSPHRASE``, else a prompt on the terminal."""
    from_env = os.environ.get("REFLEKT_PASSPHRASE")
    if from_env:
        return from_env if attempt == 0 else None
    if not sys.stdin.isatty():
        return None
    if attempt:
        sys.stderr.write(msg("That passphrase does not open it. Try again.") + "\n")
    try:
        return getpass.getpass(msg("Passphrase for {name}: ", name=path.name)) or None
    except EOFError:
        return None


def new_passphrase(env: tuple[str, ...] = ("REFLEKT_NEW_PASSPHRASE",)) -> str:
    """A new passphrase: from the environment (scripts) or typed twice at a prompt."""
    for name in env:
        value = os.environ.get(name)
        if value:
            return strong_enough(value)
    if not sys.stdin.isatty():
        raise PassphraseRequired(
            msg(
                "reflekt needs a new passphrase: run this in a terminal to type it, "
                "or set {variable}.",
                variable=env[0],
            )
        )
    first = getpass.getpass(msg("New passphrase: "))
    strong_enough(first)
    if getpass.getpass(msg("Type it again: ")) != first:
        raise InvalidInput(msg("The two passphrases differ. Nothing was changed; try again."))
    return first


def strong_enough(passphrase: str) -> str:
    encryption.check_passphrase(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            msg(
                "The passphrase is too short: use at least {count} characters (a few "
                "words you can remember work well).",
                count=MIN_PASSPHRASE,
            )
        )
    return passphrase


def current_passphrase(path: Path) -> str:
    """The passphrase that opens the encrypted journal at ``path`` (asked for, and checked)."""
    conn, key = encryption.open_encrypted(path, ask_passphrase)
    conn.close()
    return key
