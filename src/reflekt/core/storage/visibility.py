"""The SQL text of "what may leave", kept with the rest of the SQL.

``core/scope.py`` decides which of these a view uses; nothing else writes them.
"""

from __future__ import annotations

# An entry row (aliased) that is in the journal, not the trash, within a day range.
LIVE_IN_DAYS = "{alias}.trashed = 0 AND {alias}.day BETWEEN ? AND ?"
# An entry row the person marked as shareable.
SHARED_ENTRY = "{alias}.visibility = 'shareable'"
# A row of the growth summaries (growth_days, growth_links) counting shareable entries.
SHARED_SUMMARY = "shareable = 1"
