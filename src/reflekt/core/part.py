"""The base of the facade's parts (goals, people, team library, share log).

A part hangs off an open ``Journal`` (``journal.goals``) and writes through the
journal's database, so the one write path and its transactions stay the facade's.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from reflekt.core import storage
    from reflekt.core.journal import Journal


class Part:
    """One part of an open journal; ``db`` and ``path`` are the journal's."""

    def __init__(self, journal: Journal) -> None:
        self._j = journal

    @property
    def db(self) -> storage.JournalDatabase:
        return self._j.db

    @property
    def path(self) -> Path:
        return self._j.path
