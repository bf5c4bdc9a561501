"""Commands that keep a journal safe: backups, restore, check, recover, encryption.

Registered into the CLI through ``cli.commands.COMMAND_MODULES``. Commands that replace or
rewrite the journal file (restore from a backup, recover, encrypt, decrypt,
passphrase) open it themselves (``uses="none"``): they must work on a journal that
cannot be opened the ordinary way, and need it closed everywhere else.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from reflekt.cli.common import EXIT_OK, Command
from reflekt.cli.dispatch import journal_path, remove_new_journal, run_command
from reflekt.cli.entries import cmd_init as init_entry_journal
from reflekt.cli.entries import cmd_restore as restore_entry
from reflekt.cli.output import write, write_json
from reflekt.cli.passphrase import ask_passphrase, current_passphrase, new_passphrase
from reflekt.core import storage
from reflekt.core.journal import Journal
from reflekt.core.storage import backup as backups
from reflekt.core.storage import encryption
from reflekt.core.storage.check import check_journal
from reflekt.errors import InvalidInput, JournalBusy, JournalError
from reflekt.messages import msg

EXIT_DAMAGED = 3
EXIT_BUSY = 4  # `check`: the journal stayed locked by a writer; not damage, try again

# -- helpers -------------------------------------------------------------------


def _path(args: argparse.Namespace) -> Path:
    """The journal's real file (symlinks followed); a dangling link or a missing folder
    is refused here, before anything is read or written."""
    from reflekt.core.storage import lock

    lock.set_role(f"command {args.command}")
    return storage.resolve(journal_path(args)[0])


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def _count(entries: int, pictures: int | None = None) -> str:
    counted = msg("1 entry") if entries == 1 else msg("{count} entries", count=entries)
    if not pictures:
        return counted
    return msg(
        "{entries} and {pictures}",
        entries=counted,
        pictures=msg("1 picture") if pictures == 1 else msg("{count} pictures", count=pictures),
    )


def _sound_with_pictures(path: Path, encrypted: bool, entries: int, pictures: int) -> str:
    """What `check` says of a sound journal that keeps pictures (each one's bytes were
    hashed and matched its name)."""
    count = _count(entries, pictures)
    if encrypted:
        return msg(
            "The encrypted journal {path} is sound: {count}; its structure, its search index "
            "and its pictures passed every check.",
            path=path,
            count=count,
        )
    return msg(
        "The journal {path} is sound: {count}; its structure, its search index and its "
        "pictures passed every check.",
        path=path,
        count=count,
    )


def _existing(path: Path) -> Path:
    if not path.exists():
        raise JournalError(
            msg(
                "There is no journal at {path}. Check the path (or --journal), or create one "
                "with `reflekt init`.",
                path=path,
            )
        )
    return path


# -- commands ------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, journal: Any) -> int:
    path = _path(args)
    if args.encrypt:
        encryption.sqlcipher()  # a plain message now if SQLCipher is missing
        if path.exists() and path.stat().st_size > 0:
            raise InvalidInput(
                msg(
                    "{path} already exists. To encrypt it, run `reflekt encrypt`; to start a "
                    "new encrypted journal, name a new file with --journal.",
                    path=path,
                )
            )
        passphrase = new_passphrase(("REFLEKT_NEW_PASSPHRASE", "REFLEKT_PASSPHRASE"))
        created = not path.exists()
        storage._create_file(path)  # the folder (0700) and an empty private (0600) file
        try:
            encryption.create_encrypted(path, passphrase)
            Journal.open(path, passphrase=lambda _p, n: passphrase if n == 0 else None).close()
        except BaseException:
            if created:
                remove_new_journal(path)
            raise
        write(
            msg(
                "The encrypted journal is ready at {path}. Keep the passphrase safe: without "
                "it the journal cannot be opened, by you or by anyone.",
                path=path,
            )
        )
        return EXIT_OK
    args.uses = "write"
    args.handler = init_entry_journal
    return run_command(args)


def cmd_restore(args: argparse.Namespace, journal: Any) -> int:
    """`restore ID` brings an entry back from the trash; `restore FILE` restores a backup."""
    target = args.target
    if not _names_a_file(target):
        args.id = target
        args.uses = "write"
        args.handler = restore_entry
        return run_command(args)
    path = _path(args)
    entries, pictures = backups.verify_backup_counts(Path(target), passphrase=ask_passphrase)
    kept = backups.restore(Path(target), path, passphrase=ask_passphrase)
    write(
        msg(
            "Restored {path} from {backup} ({count}).",
            path=path,
            backup=target,
            count=_count(entries, pictures),
        )
    )
    if kept is not None:
        write(msg("The journal as it was before is kept at {kept}.", kept=kept))
    return EXIT_OK


def _names_a_file(target: str) -> bool:
    """An entry id is hex; a backup is a file that exists (or a path)."""
    looks_like_id = re.fullmatch(r"[0-9a-fA-F-]{4,36}", target) is not None
    path = Path(target).expanduser()
    if path.is_file():
        return True
    if not looks_like_id and (os.sep in target or target.endswith(".reflekt")):
        raise JournalError(msg("There is no backup file at {path}. Check the name.", path=path))
    return False


def cmd_backup(args: argparse.Namespace, journal: Journal) -> int:
    made = journal.backups.make(
        target=Path(args.output) if args.output else None, overwrite=args.force
    )
    if journal.encrypted:
        write(msg("Backed up to {path} (encrypted, like the journal).", path=made))
    else:
        write(msg("Backed up to {path}.", path=made))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace, journal: Any) -> int:
    path = _path(args)
    found = backups.list_backups(path)
    if args.json:
        write_json(
            [
                {
                    "path": str(b.path),
                    "taken": b.taken.isoformat(),
                    "reason": b.reason,
                    "size": b.size,
                    "encrypted": b.encrypted,
                }
                for b in found
            ]
        )
        return EXIT_OK
    if not found:
        write(msg("There are no backups of {path} yet. Make one with: reflekt backup", path=path))
        return EXIT_OK
    for b in found:
        lock = "  " + msg("encrypted") if b.encrypted else ""
        write(f"{b.taken:%Y-%m-%d %H:%M}  {b.reason:<14} {_size(b.size):>9}{lock}  {b.path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, journal: Any) -> int:
    path = _existing(_path(args))
    try:
        report = check_journal(path, passphrase=ask_passphrase)
    except JournalBusy as exc:
        sys.stderr.write(f"reflekt: {exc.message}\n")
        return EXIT_BUSY
    if report.ok and report.pictures:
        write(_sound_with_pictures(path, report.encrypted, report.entries or 0, report.pictures))
        return EXIT_OK
    if report.ok:
        count = _count(report.entries or 0)
        write(
            msg(
                "The encrypted journal {path} is sound: {count}; its structure and its "
                "search index passed every check.",
                path=path,
                count=count,
            )
            if report.encrypted
            else msg(
                "The journal {path} is sound: {count}; its structure and its "
                "search index passed every check.",
                path=path,
                count=count,
            )
        )
        return EXIT_OK
    write(msg("The journal {path} is damaged. reflekt found:", path=path))
    for problem in report.problems:
        write(f"  - {problem}")
    good = backups.list_backups(path)
    if good:
        write(
            msg(
                "reflekt has not changed it. To put the newest good backup in its place "
                "(keeping the damaged file as {name}.damaged), run: reflekt recover",
                name=path.name,
            )
        )
    else:
        write(
            msg(
                "reflekt has not changed it, and there is no backup of it. Keep the file and "
                "ask for help before trying anything else."
            )
        )
    return EXIT_DAMAGED


def cmd_recover(args: argparse.Namespace, journal: Any) -> int:
    path = _path(args)
    result = backups.recover_from_backup(path, passphrase=ask_passphrase)
    write(
        msg(
            "Recovered {path} from the backup {backup}. The damaged journal is kept at {kept}.",
            path=path,
            backup=result.backup.name,
            kept=result.damaged,
        )
    )
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace, journal: Any) -> int:
    path = _existing(_path(args))
    encryption.sqlcipher()
    if encryption.is_encrypted(path):
        raise InvalidInput(
            msg(
                "{path} is already encrypted. To change its passphrase, run `reflekt passphrase`.",
                path=path,
            )
        )
    passphrase = new_passphrase(("REFLEKT_NEW_PASSPHRASE", "REFLEKT_PASSPHRASE"))
    encryption.rewrite(path, None, passphrase)
    write(
        msg(
            "The journal {path} is encrypted. Keep the passphrase safe: without it the journal "
            "cannot be opened, by you or by anyone.",
            path=path,
        )
    )
    plain = [b for b in backups.list_backups(path) if not b.encrypted]
    if plain and args.remove_plain_backups:
        with Journal.open(path, passphrase=lambda _p, n: passphrase if n == 0 else None) as j:
            made = j.backups.make()
        for b in plain:
            b.path.unlink(missing_ok=True)
        write(
            msg(
                "Removed {count} unencrypted backups; a new encrypted one is at {path}.",
                count=len(plain),
                path=made,
            )
        )
    elif plain:
        write(
            msg(
                "Note: {count} older backups in {folder} are NOT encrypted and anyone who can "
                "read them can read your entries. Delete them once you have made an "
                "encrypted backup with `reflekt backup`.",
                count=len(plain),
                folder=plain[0].path.parent,
            )
        )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, journal: Any) -> int:
    path = _rewrite_encrypted(args, keep_encrypted=False)
    write(
        msg(
            "The journal {path} is no longer encrypted: anyone who can read the file can read "
            "it. Backups made while it was encrypted stay encrypted with the old passphrase.",
            path=path,
        )
    )
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, journal: Any) -> int:
    path = _rewrite_encrypted(args, keep_encrypted=True)
    write(
        msg(
            "Changed the passphrase of {path}. Backups made before keep the old passphrase.",
            path=path,
        )
    )
    return EXIT_OK


def _rewrite_encrypted(args: argparse.Namespace, *, keep_encrypted: bool) -> Path:
    """`decrypt` and `passphrase`: the encrypted journal, opened with its passphrase and
    rewritten with a new one (``keep_encrypted``) or with none."""
    path = _existing(_path(args))
    if not encryption.is_encrypted(path):
        raise InvalidInput(
            msg("{path} is not encrypted. Encrypt it with `reflekt encrypt`.", path=path)
            if keep_encrypted
            else msg("{path} is not encrypted; there is nothing to remove.", path=path)
        )
    old = current_passphrase(path)
    encryption.rewrite(path, old, new_passphrase() if keep_encrypted else None)
    return path


def register(command: Command) -> None:
    p = command("init", cmd_init, "create the journal file if it does not exist", uses="none")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt it with a passphrase (asked for, or $REFLEKT_PASSPHRASE)",
    )
    p = command(
        "restore",
        cmd_restore,
        "bring an entry back from the trash, or restore the journal from a backup file",
        uses="none",
    )
    p.add_argument(
        "target",
        metavar="ID|FILE",
        help="an entry's id; or a backup file (checked first; the current journal is kept)",
    )
    p = command("backup", cmd_backup, "back the journal up now", uses="read")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write it here (default: the backup folder)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = command("backups", cmd_backups, "list this journal's backups, newest first", uses="none")
    p.add_argument("--json", action="store_true", help="print JSON")
    command(
        "check",
        cmd_check,
        f"check the journal for damage (exit {EXIT_DAMAGED} when damaged, {EXIT_BUSY} when it "
        "stayed busy in another program: not damage, try again); changes nothing",
        uses="none",
    )
    command(
        "recover",
        cmd_recover,
        "replace a damaged journal with its newest good backup (the damaged file is kept)",
        uses="none",
    )
    p = command("encrypt", cmd_encrypt, "encrypt the journal with a passphrase", uses="none")
    p.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="then replace the unencrypted backups with one encrypted backup",
    )
    command("decrypt", cmd_decrypt, "remove the journal's encryption", uses="none")
    command("passphrase", cmd_passphrase, "change the journal's passphrase", uses="none")
