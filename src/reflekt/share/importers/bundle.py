"""A colleague's share bundle (``reflekt share``): it goes to the team library, not
to the journal."""

from __future__ import annotations

import sys
from collections.abc import Callable

from reflekt.core.journal import Journal
from reflekt.errors import ReflektError
from reflekt.messages import msg
from reflekt.share import bundle, team_pictures
from reflekt.share.importers.base import (
    ImportReport,
    Source,
    nothing_imported,
    register,
)

NAME = "bundle"
TITLE = "reflekt share bundle"
MARK = bundle.FORMAT


def sniff(source: Source) -> bool:
    """A JSON object marked as a reflekt share bundle."""
    return source.json_object(MARK) is not None


def read(
    journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
) -> ImportReport:
    from reflekt.share.export import AUTHOR_ID

    shared = bundle.validate(source.json(), source.name)
    if shared.author_id == (journal.get_setting(AUTHOR_ID) or "").lower():
        report.warnings.append(
            msg("This bundle is your own export; your entries are already in your journal.")
        )
        return report
    # Every picture checked again, as the team folder's sync does (share/team_pictures.py).
    entries, kept, dropped = team_pictures.check(shared)
    try:
        report.team = journal.team.apply_bundle(
            {"id": shared.author_id, "name": shared.author_name, "team": shared.author_team},
            shared.exported,
            entries,
            source_file=str(source.path.resolve()),
            public_key=shared.public_key,
            revision=shared.revision,
            pictures=kept,
        )
    except ReflektError as exc:
        raise nothing_imported(source.name, exc) from None
    if not report.team.stale:
        report.warnings += [
            msg(
                "In {name}, the picture {picture} was left out ({reason}); its lesson was "
                "read without it.",
                name=source.name,
                picture=picture[:12],
                reason=why,
            )
            for picture, why in dropped
        ]
    return report


register(sys.modules[__name__])
