"""The team library: colleagues' shared lessons, read-only, and whom to trust for them:
``journal.team``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence

from reflekt.core.faults import translate_public
from reflekt.core.models import Kind, Relation, Source
from reflekt.core.part import Part
from reflekt.core.search import HL_END, HL_START, fts_query
from reflekt.core.storage import team as stored
from reflekt.core.storage import team_pictures as stored_pictures
from reflekt.core.team_records import SharedPerson, SharedSection, TeamHit, TeamLesson, TeamUpdate
from reflekt.core.validate import (
    MIN_ID_PREFIX,
    _enum,
    _name,
    _names,
    _text,
    _timestamp,
    _title,
    now_iso,
    parse_day,
)
from reflekt.errors import FileRejected, InvalidInput, NotFound
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.pictures import Prepared


def _picture_refs(entry: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(sha256, caption) of a lesson's picture references, in reading order."""
    from reflekt.core import pictures  # only for a lesson that shows pictures

    texts = [str(s.get("text") or "") for s in entry.get("sections") or [] if isinstance(s, dict)]
    texts.append(str(entry.get("body") or ""))
    return [(ref.sha256, ref.caption) for text in texts for ref in pictures.references(text)]


def key_fingerprint(public_key: str) -> str:
    """A short, readable form of a colleague's public key (base64 text) to compare by eye:
    the first 8 bytes of its SHA-256 as four groups of hex digits."""
    import base64
    import hashlib

    try:
        raw = base64.b64decode(public_key, validate=True)
    except ValueError:
        raw = public_key.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


@translate_public
class TeamLibrary(Part):
    """``journal.team.apply_bundle(...)``, ``.lessons()``, ``.search(text)``, ``.authors()``."""

    def apply_bundle(
        self,
        author: Mapping[str, Any],
        exported: str,
        entries: Sequence[Mapping[str, Any]],
        *,
        source_file: str = "",
        public_key: str | None = None,
        revision: int | None = None,
        pictures: Sequence[Prepared] = (),
    ) -> TeamUpdate:
        """Make one author's team lessons what their bundle says, in one transaction.

        A newer revision replaces an older one; an entry missing from the bundle was
        withdrawn and disappears; a bundle older than the one already applied for
        that author changes nothing (a stale copy must not bring withdrawn lessons back).

        ``public_key`` is the key whose signature the caller has verified (None for an
        unsigned bundle) and ``revision`` the author's publish counter. The first signed
        bundle pins its author's key; after that a bundle with another key, or none, is
        refused, and "older" is decided by the counter, not by the export time.

        ``pictures`` are the bundle's pictures the caller has checked again
        (``core.pictures.prepare``); they are kept in the journal's ``pictures`` table
        and linked to the lessons whose texts refer to them (``team_pictures``).
        """
        author_key = _name(str(author.get("id", "")), "author id")
        author_name = _name(author.get("name") or "", "author name")
        author_team = _name(author.get("team") or "", "team")
        if not author_key or not author_name:
            raise InvalidInput(msg("A shared lesson needs an author with an id and a name."))
        exported = _timestamp(exported, "export")
        rows = [self._row(entry) for entry in entries]
        ids = [row["entry_id"] for row in rows]
        if len(set(ids)) != len(ids):
            twice = next(i for i in ids if ids.count(i) > 1)
            raise InvalidInput(
                msg(
                    "The entry {entry} appears twice in {name}'s bundle.",
                    entry=twice,
                    name=author_name,
                )
            )
        stamp = now_iso()
        added = updated = unchanged = kept = 0
        with self.db.atomic():
            pin = self.check_key(author_key, public_key)
            if pin is not None:
                if revision is None or revision < pin[1]:
                    return TeamUpdate(author_name, stale=True)
                stored.set_key_revision(self.db, author_key, revision)
            elif public_key is not None:
                stored.pin_key(self.db, author_key, public_key, now_iso(), revision or 0)
            else:
                last = stored.last_exported(self.db, author_key)
                if last and dt.datetime.fromisoformat(exported) < dt.datetime.fromisoformat(last):
                    return TeamUpdate(author_name, stale=True)
            have = stored.lessons_of(self.db, author_key)
            for picture in pictures:
                self._j.pictures.add(picture)
            shown: list[tuple[str, bool]] = []  # (lesson, its text changed)
            for row in rows:
                row.update(
                    author_key=author_key,
                    author_name=author_name,
                    author_team=author_team,
                    source_file=_text(source_file, "file name"),
                    imported=stamp,
                )
                old = have.get(row["entry_id"])
                if old is None:
                    stored.add_lesson(self.db, row)
                    added += 1
                elif row["revision"] > old[1]:
                    stored.update_lesson(self.db, old[0], row)
                    updated += 1
                elif row["revision"] == old[1]:
                    unchanged += 1
                else:
                    kept += 1
                    continue
                shown.append((row["entry_id"], old is None or row["revision"] > old[1]))
            by_id = {str(e.get("id", "")).lower(): e for e in entries}
            for entry_id, changed in shown:
                refs = _picture_refs(by_id.get(entry_id, {}))
                if refs or changed:  # a changed text may have lost its pictures
                    stored_pictures.link(self.db, author_key, entry_id, refs)
            gone = [have[i][0] for i in have if i not in set(ids)]
            stored.delete_lessons(self.db, gone)
            # A renamed author (or team) shows under the new name everywhere.
            stored.put_author(
                self.db, [author_key, author_name, author_team, exported, source_file, stamp]
            )
        return TeamUpdate(author_name, added, updated, len(gone), unchanged, kept)

    def relink_pictures(self) -> int:
        """Link every lesson to the pictures its text shows (``team_pictures``) again,
        for after a restore that brought the lessons back without their links; returns
        how many lessons show a picture the journal holds."""
        linked = 0
        with self.db.atomic():
            for author_key, entry_id, body, sections in stored_pictures.lesson_texts(self.db):
                entry = {"body": body, "sections": json.loads(sections or "[]")}
                refs = _picture_refs(entry)
                linked += bool(stored_pictures.link(self.db, author_key, entry_id, refs))
        return linked

    def _row(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        """A bundle entry as a team_lessons row, checked like any other input."""
        revision = entry.get("revision", 1)
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            raise InvalidInput(
                msg(
                    "Revision must be a whole number of at least 1, not {value}.",
                    value=repr(revision),
                )
            )
        sections = [
            {
                "key": _name(s.get("key") or "", "section key"),
                "label": _name(s.get("label") or "", "section label"),
                "text": _text(s.get("text"), "section text"),
            }
            for s in entry.get("sections") or []
        ]
        tags = _names(entry.get("tags") or [], "tag")
        skills = _names(entry.get("skills") or [], "skill")
        people = [
            {
                "description": _name(p.get("description") or "", "person description"),
                "relation": _enum(Relation, p.get("relation") or "with", "relation").value,
                "name": _name(p.get("name") or "", "person"),
            }
            for p in entry.get("people") or []
        ]
        source = entry.get("source")
        return {
            "entry_id": self._j._valid_uuid(entry.get("id")),
            "revision": revision,
            "day": parse_day(entry.get("day")).isoformat(),
            "kind": _enum(Kind, entry.get("kind") or "reflection", "kind").value,
            "title": _title(entry.get("title")),
            "body": _text(entry.get("body"), "text"),
            "sections": json.dumps(sections, ensure_ascii=False),
            "sections_text": "\n\n".join(s["text"] for s in sections),
            "tags": json.dumps(tags, ensure_ascii=False),
            "tag_keys": json.dumps([t.casefold() for t in tags], ensure_ascii=False),
            "skills": json.dumps(skills, ensure_ascii=False),
            "skill_keys": json.dumps([s.casefold() for s in skills], ensure_ascii=False),
            "source": _enum(Source, source, "learning source").value if source else None,
            "people": json.dumps(people, ensure_ascii=False),
        }

    def _where(
        self, author: str | None, tag: str | None, skill: str | None
    ) -> tuple[list[str], list[Any]]:
        # By the author's id, or by their name as shown in the library.
        return stored.where(
            author,
            _name(tag, "tag").casefold() if tag else None,
            _name(skill, "skill").casefold() if skill else None,
        )

    def lessons(
        self,
        *,
        author: str | None = None,
        tag: str | None = None,
        skill: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[TeamLesson]:
        """Colleagues' shared lessons, newest day first, optionally narrowed; with
        ``limit``, one page of them ``offset`` lessons down the list."""
        where, params = self._where(author, tag, skill)
        rows = stored.lessons(self.db, where, params, limit, offset)
        return [self._lesson(row) for row in rows]

    def search(
        self,
        query: str,
        *,
        author: str | None = None,
        tag: str | None = None,
        skill: str | None = None,
        limit: int = 50,
    ) -> list[TeamHit]:
        """Team lessons matching ``query``, best first, with highlighted snippets."""
        match = fts_query(query)
        if not match:
            raise InvalidInput(msg("Type a word to search for."))
        where, params = self._where(author, tag, skill)
        rows = stored.search(self.db, match, where, params, limit, HL_START, HL_END)
        return [TeamHit(self._lesson(row[2:]), row[0], row[1]) for row in rows]

    def count(
        self, *, author: str | None = None, tag: str | None = None, skill: str | None = None
    ) -> int:
        return stored.count(self.db, *self._where(author, tag, skill))

    def labels(self, what: str) -> list[str]:
        """The tags (``"tags"``) or skills (``"skills"``) of all lessons, sorted, each once
        whatever its case."""
        seen: dict[str, str] = {}
        for value in stored.labels(self.db, what):
            seen.setdefault(value.casefold(), value)
        return sorted(seen.values(), key=str.casefold)

    def identities(self) -> set[tuple[str, str]]:
        """(author key, entry id) of every lesson in the library: what stays the same
        for a lesson across its revisions (its ``seq`` may be reused after a withdrawal)."""
        return {(key, entry) for key, entry in stored.identities(self.db)}

    def get(self, seq: int) -> TeamLesson:
        row = stored.lesson(self.db, seq)
        if row is None:
            raise NotFound(
                msg("That team lesson is no longer in the library (its author withdrew it).")
            )
        return self._lesson(row)

    def authors(self) -> list[dict[str, Any]]:
        """Authors in the team library with their newest applied bundle and lesson count.

        ``fingerprint`` is the short form of the key their bundles are signed with
        (pinned the first time), or "" when their bundles are unsigned (unverified).
        """
        return [
            {
                "id": key,
                "name": name,
                "team": team,
                "exported": exported,
                "source_file": source_file,
                "lessons": count,
                "verified": public_key is not None,
                "fingerprint": key_fingerprint(public_key) if public_key else "",
                "revision": revision,
            }
            for key, name, team, exported, source_file, count, public_key, revision in (
                stored.authors(self.db)
            )
        ]

    def forget_author(self, author_key: str, *, key: bool = False) -> int:
        """Remove an author's lessons; returns how many.

        When their file left the team folder the pinned key stays (an old copy of their
        bundle must not come back as theirs); ``key=True`` forgets it too, for a
        colleague who now signs with a new key, and lets the next sync read their
        files afresh.
        """
        with self.db.atomic():
            return stored.forget(self.db, author_key, key=key)

    def find_author(self, who: str) -> tuple[str, str] | None:
        """The (id, name) of the team-library author ``who`` names: their id (or the
        start of it, at least 4 characters) or their name as shown; None if nobody."""
        who = " ".join(str(who).split())
        if not who:
            return None
        rows = stored.authors_named(self.db, who)
        if not rows and len(who) >= MIN_ID_PREFIX:
            rows = stored.authors_with_prefix(self.db, who)
        named = {key: name for key, name in rows if name} or dict(rows)
        if len(named) > 1:
            raise InvalidInput(
                msg(
                    "{who} could mean more than one colleague. Give their id instead: {ids}.",
                    who=who,
                    ids=", ".join(sorted(named)),
                )
            )
        return next(iter(named.items()), None)

    def pinned_key(self, author_key: str) -> str | None:
        """The key a colleague's bundles must be signed with (pinned the first time)."""
        pin = stored.key_pin(self.db, author_key)
        return pin[0] if pin else None

    def check_key(self, author_key: str, public_key: str | None) -> tuple[str, int] | None:
        """The author's pinned (key, revision), after refusing (``FileRejected``) a bundle
        that does not carry that key; None when no key is pinned for them yet."""
        pin = stored.key_pin(self.db, author_key)
        if pin is None or pin[0] == public_key:
            return pin
        name = stored.author_name(self.db, author_key) or author_key
        if public_key is None:
            raise FileRejected(
                msg(
                    "is not signed, but {name}'s bundles are signed with the key {fingerprint}. "
                    "It was not read: it may not come from {name}.",
                    name=name,
                    fingerprint=key_fingerprint(pin[0]),
                )
            )
        raise FileRejected(
            msg(
                "claims to be from {name} but is signed with another key ({other}, not "
                "{fingerprint}). It was not read. If {name} really has a new key, forget "
                "{name} in the team library and sync again.",
                name=name,
                other=key_fingerprint(public_key),
                fingerprint=key_fingerprint(pin[0]),
            )
        )

    def files(self) -> dict[str, tuple[int, int, str, str, str, str]]:
        """Each file the scans have checked: path → (size, mtime_ns, sha256, author, problem,
        when it was checked)."""
        return {
            path: (size, mtime_ns, sha256, author_key, problem, checked)
            for path, size, mtime_ns, sha256, author_key, problem, checked in stored.files(self.db)
        }

    def note_file(
        self,
        path: str,
        *,
        size: int,
        mtime_ns: int,
        sha256: str,
        author_key: str = "",
        problem: str = "",
    ) -> None:
        """Remember what a scan learned of one file, so it is not parsed again unchanged."""
        with self.db.atomic():
            stored.note_file(
                self.db, [path, size, mtime_ns, sha256, author_key, problem, now_iso()]
            )

    def drop_files(self, paths: Iterable[str]) -> None:
        """Forget what the scans knew of these files (gone, or to be read afresh)."""
        with self.db.atomic():
            stored.drop_files(self.db, paths)

    @staticmethod
    def _lesson(row: Sequence[Any]) -> TeamLesson:
        (
            seq,
            author_key,
            author_name,
            author_team,
            entry_id,
            revision,
            day,
            kind,
            title,
            body,
            sections,
            tags,
            skills,
            source,
            people,
            source_file,
            imported,
        ) = row
        return TeamLesson(
            seq=seq,
            author_key=author_key,
            author_name=author_name,
            author_team=author_team,
            entry_id=entry_id,
            revision=revision,
            day=dt.date.fromisoformat(day),
            kind=Kind(kind),
            title=title,
            body=body,
            sections=tuple(SharedSection(**s) for s in json.loads(sections)),
            tags=tuple(json.loads(tags)),
            skills=tuple(json.loads(skills)),
            source=Source(source) if source else None,
            people=tuple(
                SharedPerson(
                    description=p["description"],
                    relation=Relation(p["relation"]),
                    name=p.get("name", ""),
                )
                for p in json.loads(people)
            ),
            source_file=source_file,
            imported=imported,
        )

    def link_lesson(self, entry_id: str, lesson_seq: int) -> None:
        """Record that an entry of one's own was learned from a colleague's team lesson.

        The link names the lesson by its author and entry id, so it survives the
        author publishing a newer revision.
        """
        lesson = self.get(lesson_seq)
        with self.db.atomic():
            stored.link_lesson(self.db, self._j._seq(entry_id), lesson.author_key, lesson.entry_id)

    def lessons_used(
        self, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[dict[str, Any]]:
        """Team lessons one's own entries (not in the trash) credit, with their authors."""
        rows = stored.lessons_used(
            self.db,
            None if date_from is None else date_from.isoformat(),
            None if date_to is None else date_to.isoformat(),
        )
        return [
            {"entry": entry_id, "author_key": key, "lesson_id": lesson, "author": name or ""}
            for entry_id, key, lesson, name in rows
        ]
