"""Imports from other journals and from reflekt's own files, all-or-nothing and idempotent.

``import_file`` reads a file (or a folder of Markdown notes) as hostile input,
turns it into entries, and adds them in one transaction. Every item carries a
key from its source (``dayone:<uuid>``, a hash of a jrnl entry, ...) so that
importing the same file again adds nothing. A share bundle goes to the team
library instead of the journal.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reflekt.core.bulk import gc_paused
from reflekt.core.journal import Journal
from reflekt.errors import FileRejected, InvalidInput
from reflekt.messages import msg
from reflekt.share.importers.base import (
    REGISTRY,
    ImportReport,
    Parsed,
    Source,
    cleaned_note,
)

__all__ = ["FORMATS", "ImportReport", "Parsed", "cleaned_note", "detect", "import_file"]

# Each importer registers itself when loaded (see base.py). This is the order of
# --format's choices; sniffing does not depend on it (the formats' shapes exclude each
# other).
for _module in ("jrnl", "dayone", "markdown", "backup", "bundle"):
    importlib.import_module(f"{__name__}.{_module}")

FORMATS = ("auto", *REGISTRY)
FORMAT_NAMES = {name: importer.TITLE for name, importer in REGISTRY.items()}


def detect(path: Path, cap: int) -> tuple[str, Any]:
    """Which format ``path`` is in, and its parsed JSON when it is JSON."""
    source = Source(path, cap)
    name = _sniff(source)
    return name, source.loaded


def _sniff(source: Source) -> str:
    """The name of the importer that recognises ``source``.

    A file that cannot be read as JSON is refused with that reason (it says more than
    "unknown format"), unless some importer that does not need JSON claims it.
    """
    unreadable: FileRejected | None = None
    for name, importer in REGISTRY.items():
        try:
            if importer.sniff(source):
                return name
        except FileRejected as exc:
            unreadable = unreadable or exc
    if unreadable is not None:
        raise unreadable
    raise FileRejected(
        msg(
            "reflekt cannot tell what kind of journal export {name} is. Name it with "
            "--format ({choices}).",
            name=source.name,
            choices=_choices(),
        )
    )


def _choices() -> str:
    names = list(REGISTRY)
    return f"{', '.join(names[:-1])} or {names[-1]}"


def import_file(
    journal: Journal,
    path: Path | str,
    fmt: str = "auto",
    *,
    cancelled: Callable[[], bool] | None = None,
    max_bytes: int | None = None,
) -> ImportReport:
    """Import ``path`` into ``journal``: everything or, on any problem, nothing.

    ``fmt`` names an importer (``FORMATS``), or ``"auto"`` to let each importer sniff the
    file. ``cancelled`` (asked between steps and every few hundred entries) stops the
    import with ``Cancelled``, leaving the journal as it was. ``max_bytes`` raises (or
    lowers) the size cap for this import only; nothing is remembered.
    """
    with gc_paused():
        return _import_file(journal, path, fmt, cancelled or (lambda: False), max_bytes)


def _import_file(
    journal: Journal,
    path: Path | str,
    fmt: str,
    cancelled: Callable[[], bool],
    max_bytes: int | None = None,
) -> ImportReport:
    from reflekt.share import safety

    path = Path(path).expanduser()
    if fmt != "auto" and fmt not in REGISTRY:
        choices = ", ".join(("auto", *REGISTRY))
        raise InvalidInput(
            msg(
                "{format} is not an import format. Choose one of: {choices}.",
                format=repr(fmt),
                choices=choices,
            )
        )
    if not path.exists():
        raise FileRejected(msg("There is no file or folder {path}. Check the name.", path=path))
    cap = max_bytes if max_bytes and max_bytes > 0 else safety.max_bytes(journal)
    source = Source(path, cap)
    if fmt == "auto":
        fmt = _sniff(source)
    report = ImportReport(source=path.name, format=fmt)
    return REGISTRY[fmt].read(journal, source, report, cancelled)
