"""Bring back a backup (``docs/formats.md``) into an open journal, through the facade.

Everything a backup holds is checked by the rules new input is checked by: a crafted
backup can add entries, goals and lessons, never set who you are or break the library.
The backup itself is written by ``core/storage/dump.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from reflekt import controls
from reflekt.core.models import GoalStatus, PersonLink
from reflekt.core.restore_pictures import point_at_kept, point_text, restore_pictures
from reflekt.core.restore_spelling import restore_spelling
from reflekt.core.storage import dump
from reflekt.core.storage import goals as stored_goals
from reflekt.core.validate import _name, _text, _timestamp, clean_imported_titles, parse_day
from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.journal import Journal


def restore_backup(
    journal: Journal,
    data: Mapping[str, Any],
    *,
    cancelled: Callable[[], bool] | None = None,
    notes: list[str] | None = None,
) -> dict[str, int]:
    """Bring back what a backup (``storage/dump.py``) holds, in one transaction.

    Into an empty journal this reproduces the original exactly. Into a journal
    that already has some of it, what is already here (same ids, same keys,
    same settings) is kept and only what is missing is added. ``cancelled`` works
    as for ``import_entries``: nothing of the backup is kept. A picture that fails its
    checks is skipped, with a plain note appended to ``notes``.
    """
    counts = {"entries": 0, "skipped": 0, "goals": 0, "settings_ignored": 0}
    notes: list[str] = [] if notes is None else notes
    with journal.db.atomic():
        # People follow "only what is missing is added": a role or department the
        # journal already has is never replaced, not by the people list and not by
        # the roles carried on the backup's entry links (put back after them).
        known = dump.people_roles(journal.db)
        for person in data.get("people", []):
            name = _name(person["name"], "person")
            if name:
                pid = journal._name_id("people", name)
                role_now, department_now = known.get(pid, (None, None))
                journal.people._update(
                    pid,
                    None if role_now else _name(person.get("role") or "", "role") or None,
                    None
                    if department_now
                    else _name(person.get("department") or "", "department") or None,
                )
        for goal in data.get("goals", []):
            goal_id = journal._valid_uuid(goal["id"])
            if stored_goals.seq_of(journal.db, goal_id) is not None:
                continue
            journal.goals.add(
                controls.strip(goal["title"]) if isinstance(goal["title"], str) else "",
                description=goal.get("description") or "",
                target_date=goal.get("target_date"),
                status=goal.get("status") or GoalStatus.ACTIVE,
                id=goal_id,
                created=goal.get("created"),
                updated=goal.get("updated"),
            )
            counts["goals"] += 1
        # Pictures first: an entry links only the pictures the journal holds when it
        # is written. Each is checked as new input; a bad one is skipped with a note.
        kept = restore_pictures(journal, data.get("pictures") or [], cancelled)
        counts["pictures"] = kept.kept
        notes.extend(kept.skipped)
        columns = [k for k in dump.ENTRY_KEYS if k != "people"]  # people: with their roles
        items = []
        for entry in data.get("entries", []):
            values = {k: entry[k] for k in columns if k in entry}
            values["people"] = [
                PersonLink(
                    p["name"],
                    p.get("relation", "with"),
                    p.get("role", ""),
                    p.get("department", ""),
                )
                for p in entry.get("people", [])
            ]
            point_at_kept(values, kept.renamed)
            items.append((None, values))
        counts["cleaned"] = clean_imported_titles(items)
        result = journal.import_entries(items, cancelled=cancelled)
        counts["entries"], counts["skipped"] = len(result.added), result.skipped
        # The personal dictionary and the entries' languages, once the entries are in;
        # each checked as new input, a bad one skipped with a note.
        words = restore_spelling(journal, data, cancelled)
        counts["words"], counts["languages"] = words.words, words.languages
        notes.extend(words.notes())
        for pid, (role, department) in known.items():
            if role or department:
                journal.people._update(pid, role, department)
        # Identity (author.*), the team folder, limits and anything not on the short
        # list never come from a file: a crafted backup must not set who you are.
        for key, value in (data.get("settings") or {}).items():
            checked = _restorable_setting(key, value)
            if checked is None:
                counts["settings_ignored"] += 1
                continue
            dump.keep_setting(journal.db, key, checked)
        have_log = {(r.at, r.format, r.path) for r in journal.shares.list()}
        for record in data.get("share_log", []):
            if (record["at"], record["format"], record["path"]) in have_log:
                continue
            journal.shares.record(
                record["format"],
                record["path"],
                record.get("entries", []),
                people=record.get("people", "none"),
                audience=record.get("audience", ""),
                note=record.get("note", ""),
                at=record["at"],
            )
        for author in data.get("team_authors", []):
            name = _name(author["name"], "author name")
            if not name:
                raise InvalidInput(msg("A colleague in the team library needs a name."))
            dump.keep_team_author(
                journal.db,
                [
                    journal._valid_uuid(author["key"]),
                    name,
                    _name(author.get("team") or "", "team"),
                    _timestamp(author["exported"], "export"),
                    _text(author.get("source_file") or "", "file name"),
                    _timestamp(author["scanned"], "scan"),
                ],
            )
        authors = dump.team_author_keys(journal.db)  # with the above
        for lesson in data.get("team_lessons", []):
            row = _restored_team_row(journal, lesson, authors, kept.renamed)
            dump.keep_team_lesson(journal.db, row)
        # A lesson's links to its pictures (team_pictures) are made again from its
        # text, as a colleague's bundle makes them, rather than carried in the backup:
        # the text is what the library shows, so links made from it can never point
        # elsewhere; a backup written before pictures or by hand needs nothing more;
        # and a picture skipped or kept in another form is linked as it was kept.
        journal.team.relink_pictures()
        for key in data.get("import_keys", []):
            seq = journal._seq_or_none(journal._valid_uuid(key["entry"]))
            if seq is not None:
                dump.keep_import_key(journal.db, key["key"], seq, key["imported"])
        for link in data.get("team_links", []):
            seq = journal._seq_or_none(journal._valid_uuid(link["entry"]))
            if seq is not None:
                dump.keep_team_link(
                    journal.db,
                    seq,
                    _text(link["author"], "author"),
                    _text(link["lesson"], "lesson"),
                )
    return counts


def _restored_team_row(
    journal: Journal,
    lesson: Mapping[str, Any],
    authors: set[str],
    renamed: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A backup's team-lesson row, checked by the rules a colleague's bundle is checked
    by (``_team_row``), never taken as it stands: a raw row could break the library.
    Its references are pointed at the pictures as they were kept (``renamed``)."""

    def listed(column: str) -> list[Any]:
        value = json.loads(lesson.get(column) or "[]")
        if not isinstance(value, list):
            raise InvalidInput(msg("A team lesson's {column} is not a list.", column=repr(column)))
        return value

    sections = listed("sections")
    people = listed("people")
    if not all(isinstance(item, dict) for item in [*sections, *people]):
        raise InvalidInput(msg("A team lesson's sections and people must be objects."))
    row = journal.team._row(
        {
            "id": lesson["entry_id"],
            "revision": lesson["revision"],
            "day": lesson["day"],
            "kind": lesson["kind"],
            "title": lesson["title"],
            "body": point_text(lesson["body"], renamed or {}),
            "sections": [{**s, "text": point_text(s.get("text"), renamed or {})} for s in sections],
            "tags": listed("tags"),
            "skills": listed("skills"),
            "source": lesson.get("source"),
            "people": people,
        }
    )
    key = journal._valid_uuid(lesson["author_key"])
    if key not in authors:
        raise InvalidInput(msg("A team lesson's author {key} is not in the team library.", key=key))
    name = _name(lesson["author_name"], "author name")
    if not name:
        raise InvalidInput(msg("A colleague in the team library needs a name."))
    row.update(
        author_key=key,
        author_name=name,
        author_team=_name(lesson.get("author_team") or "", "team"),
        source_file=_text(lesson.get("source_file") or "", "file name"),
        imported=_timestamp(lesson["imported"], "import"),
    )
    return {column: row[column] for column in _TEAM_LESSON_COLUMNS}


# The settings a backup brings back (docs/formats.md), each with the check its value
# must pass. Everything else in a backup's settings is ignored: identity (author.*),
# the team folder and what it shares (team.*), import limits, keys.
def _restorable_setting(key: Any, value: Any) -> str | None:
    def whole(text: str) -> str:
        if not 1 <= int(text) <= 366:
            raise ValueError(text)
        return str(int(text))

    def hours(text: str) -> str:
        number = float(text)
        if not 0 <= number <= 24 * 366:
            raise ValueError(text)
        return text

    checks: dict[str, Callable[[str], str]] = {
        "streak_min": whole,
        "last_talk": lambda text: parse_day(text).isoformat(),
        "backup.interval_hours": hours,
    }
    if key not in checks or not isinstance(value, str):
        return None
    try:
        return checks[key](value)
    except (ValueError, InvalidInput):
        return None


RESTORED_SETTINGS = ("streak_min", "last_talk", "backup.interval_hours")


_TEAM_LESSON_COLUMNS = (
    "author_key",
    "author_name",
    "author_team",
    "entry_id",
    "revision",
    "day",
    "kind",
    "title",
    "body",
    "sections",
    "sections_text",
    "tags",
    "tag_keys",
    "skills",
    "skill_keys",
    "source",
    "people",
    "source_file",
    "imported",
)
