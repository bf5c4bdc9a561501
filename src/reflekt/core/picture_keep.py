"""Pictures nothing uses any more leave the journal, and leave its file.

``journal.pictures.collect()`` removes the pictures that no entry (live or in the
trash), no draft and no colleague's lesson refers to (``storage.pictures.unreferenced``
says which; a lesson's text counts too, for lessons brought back without their links). Removing an entry for good (``purge``, emptying the trash) calls it for
the pictures that entry showed, in the same transaction, so a picture goes with the
last entry that used it.

A picture kept only minutes ago and not yet shown by any saved entry is not an orphan
but a picture on its way in: the editor keeps it the moment it is pasted, and the
entry that shows it is saved a moment later (or kept as a draft). Those are left for
``GRACE``, unless the entries being removed now showed them.

The bytes must leave the file, not just the table: ``secure_delete`` (on for every
connection; set again here, so this promise never rests on a default elsewhere)
makes SQLite overwrite the freed pages, and a ``TRUNCATE`` checkpoint afterwards
empties the write-ahead log, which still holds the pages as they were written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from reflekt.core.storage import picture_keep
from reflekt.core.storage import pictures as stored

TYPE_CHECKING = False
if TYPE_CHECKING:
    from reflekt.core.storage import JournalDatabase

# How long a picture no saved entry shows yet is left alone (pasted, the entry not
# saved yet). A day: the editor saves within seconds, and a save that cannot be made
# becomes a draft, which keeps its pictures for as long as it is kept.
GRACE = dt.timedelta(days=1)


def remove_unused(
    db: JournalDatabase,
    *,
    shown_by_removed: Collection[str] = (),
    grace: dt.timedelta = GRACE,
    now: dt.datetime | None = None,
) -> int:
    """Remove the unreferenced pictures: those the removed entries showed, and those
    kept longer than ``grace`` ago. Inside the caller's transaction; returns how many."""
    if not picture_keep.keeps_pictures(db):
        return 0
    picture_keep.secure_delete_on(db)
    unused = stored.unreferenced(db)
    if unused:
        lessons = picture_keep.named_by_team_lessons(db)
        unused = [sha for sha in unused if sha not in lessons]
    if not unused:
        return 0
    cutoff = (now or dt.datetime.now().astimezone()) - grace
    chosen = [sha for sha in unused if sha in shown_by_removed or _kept_before(db, sha, cutoff)]
    with db.atomic():
        return picture_keep.remove(db, chosen)


def _kept_before(db: JournalDatabase, sha: str, cutoff: dt.datetime) -> bool:
    row = stored.info(db, sha)
    if row is None:
        return False
    try:
        added = dt.datetime.fromisoformat(row[5])
    except (TypeError, ValueError):
        return True  # no readable time: not a picture on its way in
    if added.tzinfo is None:
        added = added.astimezone()
    return added <= cutoff


def shown_by(db: JournalDatabase, seqs: Collection[int] | None) -> set[str]:
    """The pictures these entries show (None: every entry in the trash)."""
    if not picture_keep.keeps_pictures(db):
        return set()
    return picture_keep.linked_to_entries(db, seqs)


def checkpoint(db: JournalDatabase) -> None:
    picture_keep.checkpoint(db)
