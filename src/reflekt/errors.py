"""Errors a person can cause and act on, kept apart from bugs.

A ``ReflektError`` carries a message written for the person using reflekt: it
names what is wrong and says what to do. Faces show it as it is (the CLI on
stderr with exit code 2, the GUI in a dialog). Any other exception is a bug.
"""

from __future__ import annotations


class ReflektError(Exception):
    """Base for every error the user can act on."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(ReflektError):
    """A value given for an entry, goal or option is not acceptable."""


class NotFound(ReflektError):
    """An entry, goal or other item asked for does not exist."""


class JournalError(ReflektError):
    """The journal file itself cannot be used as asked."""


class JournalTooNew(JournalError):
    """The journal was written by a newer reflekt."""


class NotAJournal(JournalError):
    """The file is not a reflekt journal."""


class JournalLocked(JournalError):
    """Another program holds the journal busy for too long."""


class FileRejected(ReflektError):
    """A file to import (or a colleague's bundle) is not acceptable; nothing was written."""


class FileTooBig(FileRejected):
    """A file to import is over the size limit (the command line can raise it)."""


class JournalDamaged(JournalError):
    """The journal file is damaged; reflekt will not write to it."""


class DiskFull(JournalError):
    """The disk (or the journal's size limit) is full; nothing was saved."""


class JournalReadOnly(JournalError):
    """The journal file or its folder cannot be written."""


class PassphraseRequired(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphrase(JournalError):
    """The passphrase does not open this encrypted journal."""


class EncryptionUnavailable(JournalError):
    """Encryption needs SQLCipher (the sqlcipher3-wheels package), which is missing."""


class Cancelled(ReflektError):
    """The person stopped a long job (an import) before it finished; nothing changed."""


class BackupError(ReflektError):
    """A backup could not be made, found or restored."""


class EntryConflict(ReflektError):
    """The entry changed after the copy a change was made from; nothing was written.

    ``current`` is the entry as it is stored now (``None`` when it was deleted for
    good), ``expected`` the revision the change was made from. Raised only when a
    caller names that revision (the app's editor, ``reflekt edit --if-revision``).
    """

    exit_code = 5

    def __init__(self, message: str, current: object | None, expected: int) -> None:
        super().__init__(message)
        self.current = current
        self.expected = expected

    @property
    def revision(self) -> int | None:
        """The revision stored now, or None when the entry is gone for good."""
        return getattr(self.current, "revision", None)


class JournalInUse(JournalLocked):
    """reflekt has the journal open elsewhere, so it cannot be replaced or rewritten now."""


class JournalBusy(JournalLocked):
    """The journal stayed busy (locked by a writer) for longer than reflekt waits."""


class JournalMissing(JournalError):
    """The journal's symlink target or folder is not there (an unplugged drive, say)."""


class UnsafeOutput(ReflektError):
    """An output file was named where writing would destroy something (the journal, its
    working files, a backup, a device, a pipe): refused, ``--force`` or not."""


class UnsafePlace(JournalError):
    """The journal or its folder can be changed by another user; reflekt will not use it."""


class OutputExists(FileRejected):
    """The file to write already exists and the person did not say to replace it (the
    command line's ``--force``; the app's save dialog asks): nothing was written."""


class PictureRefused(InvalidInput):
    """A picture to add is not acceptable (too big, too many pixels, damaged, not a
    picture, a type reflekt does not keep): nothing was stored."""
