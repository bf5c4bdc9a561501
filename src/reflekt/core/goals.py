"""Development goals and the entries that are evidence for them: ``journal.goals``."""

from __future__ import annotations

import datetime as dt

from reflekt.core.faults import translate_public
from reflekt.core.models import Goal, GoalStatus
from reflekt.core.part import Part
from reflekt.core.storage import goals as stored
from reflekt.core.validate import (
    MIN_ID_PREFIX,
    _enum,
    _text,
    _timestamp,
    _title,
    now_iso,
    parse_day,
)
from reflekt.errors import InvalidInput, NotFound
from reflekt.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

GOAL_FIELDS = frozenset({"title", "description", "target_date", "status"})


@translate_public
class Goals(Part):
    """The journal's goals: ``journal.goals.add(...)``, ``journal.goals.list()``."""

    def add(
        self,
        title: str,
        *,
        description: str = "",
        target_date: dt.date | str | None = None,
        status: GoalStatus | str = GoalStatus.ACTIVE,
        id: str | None = None,
        created: str | None = None,
        updated: str | None = None,
    ) -> Goal:
        title = _title(title, "goal title").strip()
        if not title:
            raise InvalidInput(
                msg("A goal needs a title, for example 'Get better at giving feedback'.")
            )
        import uuid

        goal_id = self._j._valid_uuid(id) if id else str(uuid.uuid4())
        stamp = _timestamp(created, "created") if created else now_iso()
        with self.db.atomic():
            if stored.seq_of(self.db, goal_id) is not None:
                raise InvalidInput(
                    msg("A goal with id {goal} is already in this journal.", goal=goal_id)
                )
            stored.insert(
                self.db,
                [
                    goal_id,
                    title,
                    _text(description, "goal description"),
                    parse_day(target_date, "target date").isoformat() if target_date else None,
                    _enum(GoalStatus, status, "goal status").value,
                    stamp,
                    _timestamp(updated, "updated") if updated else stamp,
                ],
            )
        return self.get(goal_id)

    def update(self, goal_id: str, **changes: Any) -> Goal:
        unknown = set(changes) - GOAL_FIELDS
        if unknown:
            raise InvalidInput(msg("Goals have no field {field}.", field=repr(sorted(unknown)[0])))
        row: dict[str, Any] = {}
        if "title" in changes:
            row["title"] = _title(changes["title"], "goal title").strip()
            if not row["title"]:
                raise InvalidInput(msg("A goal needs a title."))
        if "description" in changes:
            row["description"] = _text(changes["description"], "goal description")
        if "target_date" in changes:
            target = changes["target_date"]
            row["target_date"] = parse_day(target, "target date").isoformat() if target else None
        if "status" in changes:
            row["status"] = _enum(GoalStatus, changes["status"], "goal status").value
        with self.db.atomic():
            seq = self._seq(goal_id)
            if row:
                row["updated"] = now_iso()
                stored.update(self.db, seq, row)
        return self.get(goal_id)

    def delete(self, goal_id: str) -> None:
        """Remove a goal; its linked entries stay, unlinked."""
        with self.db.atomic():
            stored.delete(self.db, self._seq(goal_id))

    def get(self, goal_id: str) -> Goal:
        return self._goals(stored.rows(self.db, seq=self._seq(goal_id)))[0]

    def list(self, status: GoalStatus | str | None = None) -> list[Goal]:
        """Goals, active first then by target date."""
        if status is not None:
            status = _enum(GoalStatus, status, "goal status").value
        return self._goals(stored.rows(self.db, status=status))

    @staticmethod
    def _goals(rows: list[tuple[Any, ...]]) -> list[Goal]:
        return [
            Goal(
                id=goal_id,
                title=title,
                description=description,
                target_date=dt.date.fromisoformat(target) if target else None,
                status=GoalStatus(status),
                created=created,
                updated=updated,
                entry_count=count,
            )
            for goal_id, title, description, target, status, created, updated, count in rows
        ]

    def link(self, entry_id: str, goal_id: str) -> None:
        """Make an entry evidence for a goal (a change of the entry: raises its revision)."""
        with self.db.atomic():
            seq = self._j._seq(entry_id)
            self._j._touch(seq, stored.link(self.db, seq, self._seq(goal_id)))

    def unlink(self, entry_id: str, goal_id: str) -> None:
        with self.db.atomic():
            seq = self._j._seq(entry_id)
            self._j._touch(seq, stored.unlink(self.db, seq, self._seq(goal_id)))

    def _seq(self, goal_id: str) -> int:
        goal_id = str(goal_id).strip().lower()
        seq = stored.seq_of(self.db, goal_id)
        if seq is None and len(goal_id) >= MIN_ID_PREFIX:
            seqs = stored.seqs_with_prefix(self.db, goal_id)
            if len(seqs) > 1:
                raise InvalidInput(
                    msg(
                        "More than one goal has an id starting {goal}. Give more of it.",
                        goal=repr(goal_id),
                    )
                )
            seq = seqs[0] if seqs else None
        if seq is None:
            raise NotFound(
                msg(
                    "There is no goal {goal}. See `reflekt goals` for the goals there are.",
                    goal=repr(goal_id),
                )
            )
        return seq

    def _full_id(self, goal_id: str) -> str:
        return stored.id_of(self.db, self._seq(goal_id))
