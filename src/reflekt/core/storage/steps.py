"""The names of the schema steps, without loading sqlite-utils.

Opening a journal only needs to compare these names with the ones the file lists;
the steps themselves (``migrations``, which needs sqlite-utils) load only when a
journal must be upgraded. A test keeps this list equal to the registered steps.
"""

from __future__ import annotations

MIGRATION_SET = "reflekt"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils' Migrations records steps

STEPS = (
    "0001_entries",
    "0002_people_and_goals",
    "0003_search",
    "0004_sharing",
    "0006_team_links",
    "0005_growth",
    "0007_bulk_fts",
    "0008_growth_daily",
    "0009_drafts",
    "0010_team_trust",
    "0011_search_names",
    "0012_pictures",
    "0014_team_pictures",
)


def known_steps() -> list[str]:
    """Every step this reflekt knows, in the order they are applied."""
    return list(STEPS)
