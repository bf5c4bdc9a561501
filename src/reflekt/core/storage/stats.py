"""The growth figures' reads: sums over the per-day and per-month summaries (migration
0008_growth_daily), the links of the entries at a period's ragged ends, goals with
their evidence, and the team lessons drawn on.

``where`` and its parameters come from ``core/scope.py`` (which entries a view covers):
for the entries table under the alias ``e``, or for a summary table's day or month.
"""

from __future__ import annotations

from reflekt.core.models import Kind, Source
from reflekt.core.storage.chunks import chunks

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from reflekt.core.storage import JournalDatabase

# The Monday that starts the ISO week of a ``day`` column: 'weekday 0' moves to the
# coming Sunday (or stays on one), six days back is that week's Monday. Unlike
# strftime('%W') this never splits a week at New Year.
WEEK_START_SQL = "date({col}, 'weekday 0', '-6 days')"

# The per-day summary: a column per kind and per source.
KIND_COLUMNS = {kind.value: "kind_" + kind.value.replace("-", "_") for kind in Kind}
SOURCE_COLUMNS = {source.value: "source_" + source.value for source in Source}
_SUMS = ", ".join(
    f"sum({c})"
    for c in (
        "entries",
        *KIND_COLUMNS.values(),
        *SOURCE_COLUMNS.values(),
        "learned",
        "mood_sum",
        "mood_count",
    )
)
_WEEK_AND_MONTH = WEEK_START_SQL.format(col="day") + ", substr(day, 1, 7)"


def week_month_sums(db: JournalDatabase, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """Per (week's Monday, month 'YYYY-MM'): the sums of entries, each ``KIND_COLUMNS``
    and ``SOURCE_COLUMNS`` column, learned, mood_sum and mood_count, in that order."""
    return db.execute(
        f"SELECT {_WEEK_AND_MONTH}, {_SUMS} FROM growth_days WHERE {where} GROUP BY 1, 2",
        params,
    ).fetchall()


def total(db: JournalDatabase, where: str, params: list[Any]) -> int:
    row = db.execute(f"SELECT sum(entries) FROM growth_days WHERE {where}", params)
    return int(row.fetchone()[0] or 0)


def per_day(db: JournalDatabase, where: str, params: list[Any]) -> list[tuple[str, int]]:
    return db.execute(
        f"SELECT day, sum(entries) FROM growth_days WHERE {where} GROUP BY 1", params
    ).fetchall()


def month_skills(db: JournalDatabase, where: str, params: list[Any]) -> list[tuple[str, int, int]]:
    """(month, skill id, entries) from the per-month summary."""
    return db.execute(
        f"SELECT month, ref, sum(n) FROM growth_links WHERE {where} AND link = 'skill' "
        "GROUP BY 1, 2 HAVING sum(n) > 0",
        params,
    ).fetchall()


def month_people(
    db: JournalDatabase, where: str, params: list[Any], relations: Iterable[str]
) -> list[tuple[str, int, int]]:
    """(relation, person id, entries) from the per-month summary."""
    wanted = list(relations)
    return db.execute(
        f"SELECT link, ref, sum(n) FROM growth_links WHERE {where} "
        f"AND link IN ({','.join('?' * len(wanted))}) GROUP BY 1, 2 HAVING sum(n) > 0",
        [*params, *wanted],
    ).fetchall()


def entry_skills(db: JournalDatabase, where: str, params: list[Any]) -> list[tuple[str, int, int]]:
    """(month, skill id, entries) counted from the covered entries themselves."""
    return db.execute(
        "SELECT substr(e.day, 1, 7), l.skill, count(*) FROM entries e "
        f"JOIN entry_skills l ON l.entry = e.seq WHERE {where} GROUP BY 1, 2",
        params,
    ).fetchall()


def entry_people(
    db: JournalDatabase, where: str, params: list[Any], relations: Iterable[str]
) -> list[tuple[str, int, int]]:
    """(relation, person id, entries) counted from the covered entries themselves."""
    wanted = list(relations)
    return db.execute(
        "SELECT l.relation, l.person, count(*) FROM entries e "
        "JOIN entry_people l ON l.entry = e.seq "
        f"WHERE {where} AND l.relation IN ({','.join('?' * len(wanted))}) GROUP BY 1, 2",
        [*params, *wanted],
    ).fetchall()


def names(db: JournalDatabase, table: str, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (name, key) for the given skills or people (``table``)."""
    result: dict[int, tuple[str, str]] = {}
    for chunk in chunks(sorted(set(ids))):
        marks = ", ".join("?" * len(chunk))
        for ref, name, key in db.execute(
            f"SELECT id, name, key FROM {table} WHERE id IN ({marks})", chunk
        ):
            result[ref] = (name, key)
    return result


def goals(db: JournalDatabase, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """(id, title, status, target_date, covered entries linked) of every goal, active
    first, then by target date."""
    return db.execute(
        "SELECT g.id, g.title, g.status, g.target_date, "
        f"(SELECT count(*) FROM entry_goals l JOIN entries e ON e.seq = l.entry "
        f" WHERE l.goal = g.seq AND {where}) AS evidence "
        "FROM goals g "
        "ORDER BY g.status != 'active', g.target_date IS NULL, g.target_date, g.seq",
        params,
    ).fetchall()


def has_table(db: JournalDatabase, table: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
    )


def team_lessons_used(db: JournalDatabase, where: str, params: list[Any]) -> int:
    """Distinct team lessons that covered entries credit."""
    row = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT l.author_key, l.lesson_id "
        "FROM entry_team_lessons l CROSS JOIN entries e ON e.seq = l.entry "
        f"WHERE {where})",
        params,
    ).fetchone()
    return int(row[0] or 0)


def team_lesson_authors(
    db: JournalDatabase, where: str, params: list[Any]
) -> list[tuple[str, int]]:
    """(author name, distinct lessons) credited by covered entries, most first."""
    return db.execute(
        "SELECT coalesce(a.name, l.author_key), count(DISTINCT l.lesson_id) AS n "
        "FROM entry_team_lessons l CROSS JOIN entries e ON e.seq = l.entry "
        "LEFT JOIN team_authors a ON a.key = l.author_key "
        f"WHERE {where} GROUP BY l.author_key ORDER BY n DESC, 1",
        params,
    ).fetchall()
