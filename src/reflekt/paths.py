"""Every directory reflekt uses, in one place.

``REFLEKT_HOME`` moves all of them under one folder (tests, portable use);
``REFLEKT_JOURNAL`` names another journal file. Nothing else in reflekt
builds a path to a user directory.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reflekt"
JOURNAL_FILENAME = "journal.reflekt"


def _home() -> Path | None:
    value = os.environ.get("REFLEKT_HOME", "").strip()
    return Path(value).expanduser() if value else None


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        return home / kind
    import platformdirs  # here: 15 ms at every CLI start otherwise

    finder = {
        "data": platformdirs.user_data_path,
        "config": platformdirs.user_config_path,
        "cache": platformdirs.user_cache_path,
        "log": platformdirs.user_log_path,
    }[kind]
    return Path(finder(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def log_dir() -> Path:
    return _dir("log")


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_journal() -> Path:
    """The journal used when none is named: ``REFLEKT_JOURNAL`` or the data dir."""
    value = os.environ.get("REFLEKT_JOURNAL", "").strip()
    if value:
        return Path(value).expanduser()
    return data_dir() / JOURNAL_FILENAME


def demo_journal() -> Path:
    return data_dir() / "demo.reflekt"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only (0700).

    A folder that already exists is left as it is: a journal the person keeps
    in their Documents folder must not change that folder's permissions.
    """
    missing = []
    folder = path
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    return path
