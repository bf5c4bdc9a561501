"""Long lists of values, in pieces small enough for one SQL statement's ``IN (?, ...)``."""

from __future__ import annotations

TYPE_CHECKING = False  # typing stays unloaded for everyday commands
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any

# Values per statement: well under SQLite's limit on bound variables (32,766 since
# 3.32; 999 before), and the size every caller used when each wrote its own loop.
SIZE = 500


def chunks(values: Sequence[Any], size: int = SIZE) -> Iterator[Sequence[Any]]:
    """``values`` in consecutive slices of at most ``size`` (the last may be shorter)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
