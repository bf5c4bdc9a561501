"""The report's reads: which entries a report shows, whom it thanks, each goal's evidence.

``where`` and its parameters come from ``core/scope.py`` (which entries a view covers),
for the entries table under the alias ``e``.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from reflekt.core.storage import JournalDatabase


def entry_ids(
    db: JournalDatabase, covered: str, params: list[Any], where: str, more: list[Any], limit: int
) -> list[str]:
    """Ids of covered entries that also match ``where``, starred and newest first."""
    return [
        row[0]
        for row in db.execute(
            f"SELECT e.id FROM entries e WHERE {covered} AND {where} "
            "ORDER BY e.starred DESC, e.day DESC, e.created DESC LIMIT ?",
            [*params, *more, limit],
        )
    ]


def people_linked(
    db: JournalDatabase, covered: str, params: list[Any], relation: str
) -> list[tuple[str, str, str, int]]:
    """(name, role, department, entries) of the people covered entries link by
    ``relation``, most linked first."""
    return db.execute(
        "SELECT p.name, p.role, p.department, count(*) AS n FROM entries e "
        "JOIN entry_people l ON l.entry = e.seq JOIN people p ON p.id = l.person "
        f"WHERE {covered} AND l.relation = ? GROUP BY p.id ORDER BY n DESC, p.key",
        [*params, relation],
    ).fetchall()


def goal_evidence(
    db: JournalDatabase, goal_id: str, covered: str, params: list[Any], limit: int
) -> list[str]:
    """Ids of the covered entries linked to the goal, starred and newest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT e.id FROM entry_goals l JOIN entries e ON e.seq = l.entry "
            f"JOIN goals g ON g.seq = l.goal WHERE g.id = ? AND {covered} "
            "ORDER BY e.starred DESC, e.day DESC LIMIT ?",
            [goal_id, *params, limit],
        )
    ]
