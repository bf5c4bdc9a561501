"""The reference backup: everything in a journal as Python data, read the plain way.

The app writes backups with ``core/storage/dump.py`` (streamed, one pass per table);
tests compare that writer, and what a restore brings back, with this plain reading.
"""

from __future__ import annotations

import base64
from typing import Any

from reflekt.core.journal import Journal
from reflekt.core.models import entry_to_dict
from reflekt.core.storage.chunks import chunks
from reflekt.core.team_records import share_record_to_dict


def backup_data(journal: Journal) -> dict[str, Any]:
    """Everything in the journal as JSON-ready data (see docs/formats.md)."""
    seqs = [row[0] for row in journal.db.execute("SELECT seq FROM entries ORDER BY seq")]
    entries = []
    for chunk in chunks(seqs):
        entries += [entry_to_dict(e) for e in journal._entries_by_seq(list(chunk))]
    goals = [
        {
            "id": goal_id,
            "title": title,
            "description": description,
            "target_date": target,
            "status": status,
            "created": created,
            "updated": updated,
        }
        for goal_id, title, description, target, status, created, updated in journal.db.execute(
            "SELECT id, title, description, target_date, status, created, updated "
            "FROM goals ORDER BY seq"
        )
    ]
    people = [
        {"name": name, "role": role, "department": department}
        for name, role, department in journal.db.execute(
            "SELECT name, role, department FROM people ORDER BY id"
        )
    ]
    data: dict[str, Any] = {
        "entries": entries,
        "goals": goals,
        "people": people,
        "settings": dict(journal.db.execute("SELECT key, value FROM settings ORDER BY key")),
        "share_log": [
            {k: v for k, v in share_record_to_dict(r).items() if k != "id"}
            for r in reversed(journal.shares.list())
        ],
        "team_authors": _rows(journal, "team_authors", "key"),
        "team_lessons": _rows(journal, "team_lessons", "seq", drop=("seq",)),
        "import_keys": [
            {"key": key, "entry": entry_id, "imported": imported}
            for key, entry_id, imported in journal.db.execute(
                "SELECT k.key, e.id, k.imported FROM import_keys k "
                "JOIN entries e ON e.seq = k.entry ORDER BY k.key"
            )
        ],
        "team_links": [
            {"entry": entry_id, "author": key, "lesson": lesson}
            for entry_id, key, lesson in journal.db.execute(
                "SELECT e.id, l.author_key, l.lesson_id FROM entry_team_lessons l "
                "JOIN entries e ON e.seq = l.entry ORDER BY e.seq, l.author_key, l.lesson_id"
            )
        ],
    }
    # The personal dictionary and the entries' spelling languages, each only when the
    # journal keeps some.
    words = [
        {"word": word, "added": added}
        for word, added in journal.db.execute(
            "SELECT word, added FROM spelling_words ORDER BY key, word"
        )
    ]
    if words:
        data["spelling_words"] = words
    languages = [
        {"entry": entry_id, "lang": lang}
        for entry_id, lang in journal.db.execute(
            "SELECT e.id, s.lang FROM entry_spelling s JOIN entries e ON e.seq = s.entry "
            "ORDER BY e.seq"
        )
    ]
    if languages:
        data["spelling_languages"] = languages
    # A journal that keeps pictures carries them, bytes in base64 (thumbnails are made
    # again on the way in); one without has no such member at all.
    pictures = [
        {
            "sha256": info.sha256,
            "type": info.type,
            "width": info.width,
            "height": info.height,
            "size": info.size,
            "added": info.added,
            "data": base64.b64encode(journal.pictures.data(info.sha256)).decode("ascii"),
        }
        for info in sorted(journal.pictures.all(), key=lambda info: info.sha256)
    ]
    if pictures:
        data["pictures"] = pictures
    return data


def _rows(
    journal: Journal, table: str, order: str, drop: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    cursor = journal.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
    columns = [d[0] for d in cursor.description]
    return [{c: v for c, v in zip(columns, row, strict=True) if c not in drop} for row in cursor]
