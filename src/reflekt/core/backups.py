"""Backups of the open journal: ``journal.backups``.

The backup writer lives in ``core/storage/backup.py`` and takes a database and a path;
this part hands it the open journal's, so that the CLI and the app back up, and set the
automatic interval, without holding ``journal.db``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reflekt.core.faults import translate_public
from reflekt.core.part import Part
from reflekt.core.storage import backup


@translate_public
class Backups(Part):
    """``journal.backups.make()``, ``.if_due("start")``, ``.set_interval(hours)``."""

    def make(
        self, *, target: Path | None = None, reason: str = backup.MANUAL, overwrite: bool = False
    ) -> Path:
        """A verified backup now (into the journal's backup folder unless ``target``; one
        that exists is replaced only with ``overwrite``)."""
        return backup.write_backup(
            self.db, self.path, target=target, reason=reason, overwrite=overwrite
        )

    def if_due(self, reason: str = "start", *, now: dt.datetime | None = None) -> Path | None:
        """An automatic backup when the journal changed and the interval passed (thinned)."""
        return backup.backup_if_due(self.db, self.path, reason, now=now)

    def set_interval(self, hours: float) -> None:
        """Make automatic backups every ``hours`` (0 turns them off)."""
        backup.store_interval(self.db, hours)
