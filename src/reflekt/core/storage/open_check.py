"""The damage check on every open, with a cost that does not grow with the pictures.

``PRAGMA quick_check`` reads every page of the file, so its time follows the file's
size: that is why only journals up to a size limit get it on open
(``storage.QUICK_CHECK_MAX_BYTES``; past it the app runs the whole check in the
background and ``reflekt check`` runs it on demand). Pictures changed that: their
bytes live in one table (``pictures``, with their thumbnails), and a journal of a few
megabytes of text with 20 MB of pictures took 1.7× as long to open, while one with
more pictures than the limit lost the check on open altogether.

So the check on open leaves that table out, and the limit is measured without it:

- every other table is checked by name, with its indexes (``PRAGMA quick_check(T)``,
  SQLite 3.33 and later; an older SQLite gets the whole file's check, as before), and
  so is the schema itself (``sqlite_master``);
- the limit is compared with the file's size less the pictures' bytes, and only when
  the file is over the limit and keeps pictures: the ``size`` of at most
  ``SIZES_READ`` pictures is read (a few of the table's pages, never a picture's own).
  When they make up what the file is over the limit by, the journal is checked; when
  they do not (a journal with more pictures than that, whose first ones are not
  enough), it is judged by its file's size, as before pictures. Reading every
  picture's size cost a 1 GB journal with 2,000 pictures 0.6 ms on each open, a
  quarter of its opening (docs/performance.md).

What a check by table leaves out: the pictures' pages, and the count of pages no table
uses (the free list). The file cut short is found before this, from its header
(``diagnose.header_problem``); a damaged picture is found when it is read, by the
app's background check and by ``reflekt check`` (the whole file, each picture's bytes
against its hash).
"""

from __future__ import annotations

PICTURES = "pictures"  # the one table whose pages the check on open leaves out
SCHEMA = "sqlite_master"
BY_TABLE = (3, 33, 0)  # the first SQLite whose quick_check takes a table's name
SIZES_READ = 32  # pictures whose size is read to decide on a file over the limit

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from typing import Any


def tables(conn: Any) -> list[str]:
    """The journal's tables (virtual ones and their shadow tables included)."""
    return [n for (n,) in conn.execute(f"SELECT name FROM {SCHEMA} WHERE type = 'table'")]


def small_without_pictures(conn: Any, file_size: int, limit: int) -> bool:
    """Whether the pictures found among the first ``SIZES_READ`` hold at least the
    bytes by which the file is over ``limit`` (their rows' ``size``, no blob read)."""
    over = file_size - limit
    found = 0
    for (size,) in conn.execute(f"SELECT size FROM {PICTURES} LIMIT {SIZES_READ}").fetchall():
        found += size if isinstance(size, int) and size > 0 else 0
        if found >= over:
            return True
    return False


def by_table(conn: Any) -> bool:
    """Whether this connection's SQLite can check one table by its name."""
    version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    return tuple(int(part) for part in version.split(".")[:3]) >= BY_TABLE


def problem(conn: Any, file_size: int, limit: int) -> str | None:
    """What the check on open finds wrong (None: nothing, or the journal is too big
    to check on open: more than ``limit`` bytes without its pictures)."""
    if not by_table(conn):
        if file_size > limit:
            return None
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        return None if result == "ok" else result
    names = tables(conn)
    if file_size > limit and (
        PICTURES not in names or not small_without_pictures(conn, file_size, limit)
    ):
        return None
    for name in (SCHEMA, *names):
        if name == PICTURES:
            continue
        quoted = name.replace('"', '""')
        result = conn.execute(f'PRAGMA quick_check("{quoted}")').fetchone()[0]
        if result != "ok":
            return result
    return None
