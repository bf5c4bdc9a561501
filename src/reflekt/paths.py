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
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
        except OSError as exc:
            from reflekt.errors import JournalReadOnly
            from reflekt.messages import msg, os_reason

            raise JournalReadOnly(
                msg(
                    "reflekt cannot create the folder {folder}: {reason}. Check that you may "
                    "write to {parent} (it may be read-only), or choose another place.",
                    folder=folder,
                    reason=os_reason(exc),
                    parent=folder.parent,
                )
            ) from None
    return path


def check_journal_place(path: Path, *, private: bool = True) -> None:
    """Refuse a journal that is not an ordinary file, or that another user could change.

    Called wherever a journal is opened (``core.storage.connect_keyed``), before any byte
    is read: a FIFO or device would make the first read hang or read forever. With
    ``private`` (opening to write), the journal and its folder must belong to this user
    (or root) and not be writable by others, or by a group other than the user's own
    private group (POSIX; see ``_writable_by_others``): otherwise another user
    could swap the journal, plant its ``-wal``, or read what is written next. Raises a
    ``JournalError`` whose message names the fix.
    """
    import stat

    from reflekt.errors import NotAJournal, UnsafePlace
    from reflekt.messages import msg

    try:
        info = os.stat(path)
    except OSError:
        info = None  # not there yet (or unreadable): opening says what is wrong
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise NotAJournal(
            msg(
                "{path} is not an ordinary file (it is a device, a pipe or a socket), so it "
                "cannot be a journal. Name a journal file.",
                path=path,
            )
        )
    if not private or not hasattr(os, "geteuid"):
        return  # Windows: folders under the profile are private by their ACLs
    me = os.geteuid()
    folder = Path(os.path.realpath(path)).parent
    try:
        folder_info = os.stat(folder)
    except OSError:
        folder_info = None  # a missing folder is created private (ensure_private_dir)
    if folder_info is not None:
        if folder_info.st_uid not in (me, 0):
            raise UnsafePlace(
                msg(
                    "The folder {folder} that holds your journal belongs to another user, so "
                    "reflekt will not use it (they could read or replace your journal). Keep "
                    "your journal in a folder of your own, for example with "
                    "`mkdir -m 700 ~/reflekt` and --journal ~/reflekt/journal.reflekt.",
                    folder=folder,
                )
            )
        if _writable_by_others(folder_info):
            raise UnsafePlace(
                msg(
                    "The folder {folder} that holds your journal can be changed by other "
                    "users, so reflekt will not use it (they could replace your journal or "
                    "read what you write next). Make it private with `chmod 700 {folder}` "
                    "and try again.",
                    folder=folder,
                )
            )
    if info is not None and stat.S_ISREG(info.st_mode):
        if info.st_uid not in (me, 0):
            raise UnsafePlace(
                msg(
                    "The journal {path} belongs to another user, so reflekt will not use it "
                    "(they could read whatever you write in it). Use a journal of your own, "
                    "or have it handed over to you with `chown`.",
                    path=path,
                )
            )
        if _writable_by_others(info):
            raise UnsafePlace(
                msg(
                    "The journal {path} can be changed by other users, so reflekt will not "
                    "use it. Make it private with `chmod 600 {path}` and try again.",
                    path=path,
                )
            )
        if info.st_uid == me and info.st_mode & 0o077:
            # Readable by others (made by an older reflekt, copied, or unpacked under a
            # loose umask): made private again (others' bits removed), with its working files, before a byte
            # more is written. A journal is for its owner's eyes only.
            # Only the others' bits go: a journal its owner made read-only stays so.
            for name in (path, f"{path}-wal", f"{path}-shm"):
                try:
                    found = os.stat(name)
                    if found.st_uid == me:
                        os.chmod(name, stat.S_IMODE(found.st_mode) & 0o700)
                except OSError:
                    pass


def _writable_by_others(info: os.stat_result) -> bool:
    """Whether someone besides the owner may write: others, or a group that is not the
    owner's own private group (the one-person group named after them that most Linux
    systems give each user, where a umask of 002 makes folders group-writable)."""
    if info.st_mode & 0o002:
        return True
    if not info.st_mode & 0o020:
        return False
    try:
        import grp
        import pwd

        group = grp.getgrgid(info.st_gid)
        owner = pwd.getpwuid(info.st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return True
    return not (group.gr_name == owner and not [m for m in group.gr_mem if m != owner])
