"""What one sync of the team folder reads at most, and how a file left for the next sync
is described (``share/team.py`` reads the folder within these limits)."""

from __future__ import annotations

from dataclasses import dataclass

from reflekt.core.journal import Journal
from reflekt.messages import msg
from reflekt.share import safety


@dataclass(frozen=True)
class Limits:
    """What one sync of the team folder reads at most (docs/formats.md, "Team folder").

    ``file_bytes`` is the import cap for any one file; ``author_bytes`` caps the files
    that claim one colleague in one sync (so also how big their library can grow);
    ``sync_bytes`` and ``sync_seconds`` cap the whole sync, whatever the folder holds.
    What a sync leaves unread is named in its report and read by the next one.
    """

    file_bytes: int
    author_bytes: int
    sync_bytes: int
    sync_seconds: float


AUTHOR_BYTES_SETTING = "team.max_author_bytes"
SYNC_BYTES_SETTING = "team.max_sync_bytes"
SYNC_SECONDS_SETTING = "team.max_sync_seconds"
DEFAULT_AUTHOR_BYTES = 10 * 1024 * 1024
DEFAULT_SYNC_BYTES = 100 * 1024 * 1024
DEFAULT_SYNC_SECONDS = 60.0


def limits(journal: Journal) -> Limits:
    def number(key: str, default: float) -> float:
        try:
            value = float(journal.get_setting(key) or default)
        except ValueError:
            value = default
        return value if value > 0 else default

    return Limits(
        file_bytes=safety.max_bytes(journal),
        author_bytes=int(number(AUTHOR_BYTES_SETTING, DEFAULT_AUTHOR_BYTES)),
        sync_bytes=int(number(SYNC_BYTES_SETTING, DEFAULT_SYNC_BYTES)),
        sync_seconds=number(SYNC_SECONDS_SETTING, DEFAULT_SYNC_SECONDS),
    )


def sync_limit(limit: Limits) -> str:
    return msg(
        "this sync has read as much as one sync may ({limit}); the file is read on the next sync.",
        limit=safety.human_size(limit.sync_bytes),
    )


def time_limit(limit: Limits) -> str:
    return msg(
        "this sync ran as long as one sync may ({seconds} seconds); the file is read on the "
        "next sync.",
        seconds=f"{limit.sync_seconds:g}",
    )


def author_limit(limit: Limits) -> str:
    return msg(
        "the files that claim this colleague pass the limit for one colleague ({limit} in "
        "one sync). Ask them to share fewer or shorter lessons.",
        limit=safety.human_size(limit.author_bytes),
    )
