"""What leaves the machine, and how: selection, consent, bytes, share log.

Which entries an export covers is ``core/scope.py``'s rule; which fields and words of
each leave is ``share/redact.py``'s (issues #4 and #13):

- only title, body, shareable template sections, kind, day, tags, skills and learning
  source may leave; never mood, never private-by-nature sections, never other entries;
- people are left out by default; when included they are described by role and
  department ("a colleague in Support"), and named only when the person chooses names
  (sections that exist to name people, such as "Who", follow the same choice); unless
  names are chosen, every person's name is replaced in every text as well;
- a private entry is exported only with explicit consent (``include_private``);
  otherwise the export is refused with a message naming the private entries;
- ``prepare_export`` returns the exact bytes; ``write_export`` writes those same bytes
  (atomically) and records the share in the log, so what was previewed is what is written.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from reflekt import private_files
from reflekt.core import scope
from reflekt.core.journal import Journal, now_iso
from reflekt.core.models import Entry, Filters
from reflekt.core.templates import normalise_lang
from reflekt.errors import FileRejected, InvalidInput, OutputExists, ReflektError
from reflekt.messages import msg
from reflekt.share import bundle, pictures, redact, render, safety
from reflekt.share.redact import PEOPLE_SECTIONS, PeopleMode, Replacement, describe_person

__all__ = ["PEOPLE_SECTIONS", "PeopleMode", "describe_person"]

FORMATS = ("md", "html", "pdf", "bundle", "backup")
BACKUP_FORMAT = "reflekt-backup"
BACKUP_VERSION = 2  # the newest read; 2 carries pictures or spelling, 1 is written without
AUTHOR_ID = "author.id"
AUTHOR_NAME = "author.name"
AUTHOR_TEAM = "author.team"
STDOUT = "-"
PICTURES_FOLDER = "pictures"  # beside a Markdown export: NAME/pictures/SHA256.EXT


class PrivateEntriesError(ReflektError):
    """The selection holds private entries and the person has not agreed to share them."""

    def __init__(self, message: str, entries: list[Entry]) -> None:
        super().__init__(message)
        self.entries = entries


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how. No ids and no filters means: every shareable entry."""

    format: str
    ids: tuple[str, ...] = ()
    filters: Filters | None = None
    include_private: bool = False
    people: PeopleMode = PeopleMode.NONE
    lang: str = "en"
    brief: bool = False
    title: str | None = None
    allow_empty: bool = False
    # Pictures leave with their entries unless the person un-ticks "Include pictures"
    # (--no-pictures): then every reference is taken out of every text that leaves.
    include_pictures: bool = True


@dataclass(frozen=True)
class ExportPreview:
    """The exact bytes an export writes, and what they contain.

    For PDF, ``data`` is the HTML to render until a face (which may use Qt) calls
    ``rendered`` with the PDF bytes; ``write_export`` refuses an unrendered PDF.
    """

    format: str
    data: bytes
    entry_ids: tuple[str, ...]
    people: PeopleMode
    suggested_name: str
    needs_rendering: bool = False
    # Every name replaced (or kept) on the way, and where each ended up in ``text``
    # as (start, end, index into ``replacements``) character offsets; for PDF, in the
    # HTML the pages are made from.
    replacements: tuple[Replacement, ...] = ()
    spans: tuple[tuple[int, int, int], ...] = ()
    title: str = ""  # the page title asked for, as it leaves (names replaced)
    # The pictures that leave (the journal's stored bytes, no metadata): embedded in
    # HTML and PDF and bundles; beside the Markdown, in a folder (``write_export``).
    pictures: tuple[pictures.SharedPicture, ...] = ()
    # Pictures that did not fit (a bundle's caps), each with its reason: said to the person.
    left_out: tuple[pictures.LeftOut, ...] = ()

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")

    def rendered(self, pdf: bytes) -> ExportPreview:
        return replace(self, data=pdf, needs_rendering=False)


# -- who is sharing ------------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    id: str
    name: str
    team: str


def set_author(journal: Journal, name: str, team: str | None = None) -> Author:
    name = " ".join(str(name).split())
    if not name:
        raise InvalidInput(msg("Give the name your colleagues know you by."))
    for value in (name, team or ""):
        if bundle.INVISIBLE.search(value):
            raise InvalidInput(
                msg(
                    "{value} holds invisible or direction-changing characters, which "
                    "colleagues' reflekt refuses in a name. Type it again without them.",
                    value=ascii(value)[:80],
                )
            )
        if bundle.looks_like_another(value):
            raise InvalidInput(
                msg(
                    "{value} mixes alphabets in one word (say a Cyrillic letter among Latin "
                    "ones), which colleagues' reflekt refuses in a name. Type it again.",
                    value=ascii(value)[:80],
                )
            )
    journal.set_setting(AUTHOR_NAME, name)
    if team is not None:
        journal.set_setting(AUTHOR_TEAM, " ".join(team.split()))
    return author(journal)


def author(journal: Journal, *, required: bool = True) -> Author:
    """The person sharing: a stable id (made on first use) and the name they gave."""
    author_id = journal.get_setting(AUTHOR_ID)
    if not author_id:
        author_id = str(uuid.uuid4())
        journal.set_setting(AUTHOR_ID, author_id)
    name = journal.get_setting(AUTHOR_NAME) or ""
    if required and not name:
        raise InvalidInput(
            msg(
                "Colleagues see shared lessons with their author's name, and reflekt does not "
                'know yours yet. Set it once with: reflekt team name "Your Name" --team '
                '"Your team"'
            )
        )
    return Author(author_id, name, journal.get_setting(AUTHOR_TEAM) or "")


# -- choosing entries and consent ------------------------------------------------------


def _filtered(filters: Filters | None) -> bool:
    return filters is not None and filters != Filters()


def select_entries(journal: Journal, options: ExportOptions) -> list[Entry]:
    """The entries an export covers, oldest first (a story reads forwards)."""
    if options.ids and _filtered(options.filters):
        raise InvalidInput(
            msg(
                "Choose the entries either by id (--id) or by filters (--tag, --kind, --from, "
                "--to, --shared), not both."
            )
        )
    if options.ids:
        entries = []
        seen = set()
        for entry_id in options.ids:
            entry = journal.get(entry_id)
            if entry.in_trash:
                raise InvalidInput(
                    msg(
                        "The entry {entry} is in the trash. Restore it before exporting it.",
                        entry=entry.id[:8],
                    )
                )
            if entry.id not in seen:
                seen.add(entry.id)
                entries.append(entry)
        return entries
    filters = options.filters if _filtered(options.filters) else None
    filters = scope.TEAM.default_filters(filters)
    entries = list(journal.iter_entries(replace(filters, trash=False)))
    entries.reverse()
    return entries


def check_consent(entries: list[Entry], include_private: bool) -> None:
    """Refuse private entries unless the person has explicitly agreed."""
    private = scope.needs_consent(entries)
    if not private or include_private:
        return
    named = ", ".join(
        f"{e.id[:8]} “{render.entry_title(redact.local_title(e))}”" for e in private[:5]
    )
    if len(private) > 5:
        named = msg("{named} and {count} more", named=named, count=len(private) - 5)
    if len(entries) == 1:
        which = msg("The chosen entry is private: {named}.", named=named)
    elif len(private) == 1:
        which = msg(
            "1 of the {total} chosen entries is private: {named}.", total=len(entries), named=named
        )
    else:
        which = msg(
            "{count} of the {total} chosen entries are private: {named}.",
            count=len(private),
            total=len(entries),
            named=named,
        )
    raise PrivateEntriesError(
        which
        + " "
        + msg(
            "Nothing was exported. Mark them as shareable first (reflekt edit ID --share), "
            "leave them out (--shared), or confirm that they may leave with --include-private."
        ),
        private,
    )


# -- making the bytes --------------------------------------------------------------------


def prepare_export(journal: Journal, options: ExportOptions) -> ExportPreview:
    """The exact bytes of an export, without writing anything (the preview)."""
    fmt = options.format
    if fmt not in FORMATS:
        raise InvalidInput(
            msg(
                "{format} is not an export format. Choose one of: {choices}.",
                format=repr(fmt),
                choices=", ".join(FORMATS),
            )
        )
    lang = normalise_lang(options.lang)
    people = PeopleMode(options.people)
    today = dt.date.today().isoformat()
    if fmt == "backup":
        check_backup_options(options)
        return _backup(journal, today)
    entries = select_entries(journal, options)
    if not entries and not options.allow_empty:
        raise InvalidInput(
            msg(
                "There is nothing to export: no entries match. Mark entries as shareable "
                "(reflekt edit ID --share) or choose them with --id."
            )
        )
    check_consent(entries, options.include_private)
    words = redact.for_journal(journal, people, lang, mark=True)
    views = [
        redact.shared_view(
            e,
            words.for_entry(e.id, redact.choices(journal, e.id)),
            include_pictures=options.include_pictures,
        )
        for e in entries
    ]
    shared: list[pictures.SharedPicture] = []
    if options.include_pictures:
        views, shared = pictures.gather(journal, views)
    ids = tuple(e.id for e in entries)
    preview = _render(journal, options, fmt, views, ids, people, lang, today, words, shared)
    text, spans = redact.unmark(preview.data.decode("utf-8"))
    replaced = tuple(words.log)
    title = redact.unmark(words.for_entry("", redact.Choices()).text(options.title or ""))[0]
    return replace(
        preview,
        data=text.encode("utf-8"),
        replacements=replaced,
        spans=tuple(spans),
        title=title,
    )


def _render(
    journal: Journal,
    options: ExportOptions,
    fmt: str,
    views: list[dict[str, Any]],
    ids: tuple[str, ...],
    people: PeopleMode,
    lang: str,
    today: str,
    words: redact.Redactor,
    shared: list[pictures.SharedPicture],
) -> ExportPreview:
    if fmt == "bundle":
        return _bundle(journal, options, views, ids, people, lang, shared)
    if options.brief:
        if not 1 <= len(views) <= 3:
            raise InvalidInput(
                msg(
                    "The 15-minute learning share takes 1 to 3 lessons; {count} were chosen. "
                    "Pick the ones that matter most with --id.",
                    count=len(views),
                )
            )
        stem = f"learning-share-{today}"
        if fmt == "md":
            text = render.brief_markdown(views, lang=lang, day=today)
        else:
            text = render.brief_html(views, lang=lang, day=today, shared_pictures=shared)
    else:
        stem = f"reflekt-share-{today}"
        title = words.for_entry("", redact.Choices()).text(options.title) if options.title else None
        kwargs: dict[str, Any] = {"lang": lang, "title": title, "day": today}
        if fmt == "md":
            text = render.render_markdown(views, **kwargs)
        else:
            text = render.render_html(views, **kwargs, shared_pictures=shared)
    if fmt == "md" and shared:
        # Beside the Markdown, in its folder: NAME/NAME.md and NAME/pictures/SHA256.EXT.
        text = pictures.relative_markdown(text, shared, PICTURES_FOLDER)
    suffix = {"md": ".md", "html": ".html", "pdf": ".pdf"}[fmt]
    return ExportPreview(
        fmt,
        text.encode("utf-8"),
        ids,
        people,
        stem + suffix,
        needs_rendering=fmt == "pdf",
        pictures=tuple(shared),
    )


def _bundle(
    journal: Journal,
    options: ExportOptions,
    views: list[dict[str, Any]],
    ids: tuple[str, ...],
    people: PeopleMode,
    lang: str,
    shared: list[pictures.SharedPicture],
) -> ExportPreview:
    if options.brief:
        raise InvalidInput(msg("The 15-minute brief is for md, html or pdf, not for a bundle."))
    from reflekt.share import signing

    me = author(journal)
    exported, revision = now_iso(), signing.next_revision(journal)

    def encoded(views: list[dict[str, Any]], carried: list[pictures.SharedPicture]) -> bytes:
        unsigned = bundle.build(
            author_id=me.id,
            author_name=me.name,
            author_team=me.team,
            exported=exported,
            entries=views,
            lang=lang,
            revision=revision,
            pictures=[bundle.picture_record(p) for p in carried],
        )
        # Signed as it is written: without the preview's marks around replaced names
        # (they are taken out of the bytes below; the signature is the same length).
        written = json.loads(redact.unmark(json.dumps(unsigned, ensure_ascii=False))[0])
        signed = signing.sign(journal, written)
        bundle.dumps(signed)  # checked (schema, signature) as it will be written
        return bundle.encode(
            {**unsigned, "author": signed["author"], signing.SIGNATURE: signed[signing.SIGNATURE]}
        )

    # Within the caps colleagues' reflekt reads (the import cap, the limit for one
    # colleague): pictures that do not fit are left out, in reading order, and said.
    carried: list[pictures.SharedPicture] = []
    left_out: list[pictures.LeftOut] = []
    if shared:
        views, carried, left_out = pictures.fit_bundle(
            views, shared, lambda v: len(encoded(v, [])), bundle_cap(journal)
        )
    return ExportPreview(
        "bundle",
        encoded(views, carried),
        ids,
        people,
        bundle.file_name(me.name, me.id),
        pictures=tuple(carried),
        left_out=tuple(left_out),
    )


def bundle_cap(journal: Journal) -> int:
    """The most a bundle may weigh: colleagues' reflekt reads no bigger file in one sync
    (the import cap and the limit for one colleague, at their defaults or this journal's)."""
    from reflekt.share import team_limits

    limit = team_limits.limits(journal)
    return min(limit.file_bytes, limit.author_bytes)


def _backup(journal: Journal, today: str) -> ExportPreview:
    buffer = io.BytesIO()
    write_backup_to(journal, buffer)
    # The share log notes "the whole journal" rather than every id of a large journal.
    return ExportPreview("backup", buffer.getvalue(), (), PeopleMode.NAMES, backup_name(today))


def backup_name(today: str | None = None) -> str:
    return f"reflekt-backup-{today or dt.date.today().isoformat()}.json"


def check_backup_options(options: ExportOptions) -> None:
    """A backup takes no selection: refuse one with the same message as ``prepare_export``."""
    if options.ids or _filtered(options.filters) or options.brief:
        raise InvalidInput(
            msg("A backup always holds the whole journal; leave out --id, filters and --brief.")
        )


def backup_bytes(journal: Journal) -> Iterator[bytes]:
    """The backup as UTF-8 JSON text, in pieces, with each entry (and each other record)
    on a line of its own: readable, greppable and diff-friendly line by line.

    The journal's part comes from ``Journal.backup_json``, one pass over each table
    (``core/storage/dump.py``); nothing holds the whole file in memory.
    """
    from reflekt import __version__
    from reflekt.core.storage.dump import encode

    head = {
        "format": BACKUP_FORMAT,
        # 2 only when it carries pictures or the spell checker's words and languages:
        # an older reflekt then says to update rather than bring the entries back
        # without them (one reflekt 0.1.0 reads silently drops members it does not know).
        "version": 2 if journal.pictures.count() or any(journal.spelling.counts()) else 1,
        "generator": f"reflekt {__version__}",
        "exported": now_iso(),
    }
    text = "{\n" + "".join(f"{encode(k)}: {encode(v)},\n" for k, v in head.items())
    yield (text + encode("journal") + ": ").encode("utf-8")
    yield from journal.backup_json()
    yield b"\n}\n"


def write_backup_to(journal: Journal, stream: BinaryIO) -> None:
    """Write the whole backup to a binary stream as it is made."""
    pieces = backup_bytes(journal)
    try:
        for piece in pieces:
            stream.write(piece)
    finally:
        pieces.close()  # ends the journal's read transaction if writing failed


# -- writing ------------------------------------------------------------------------------


def write_export(
    journal: Journal,
    preview: ExportPreview,
    path: Path | str,
    *,
    overwrite: bool = False,
    audience: str = "",
) -> Path:
    """Write the previewed bytes to ``path`` (a folder gets the suggested name) and log it."""
    if preview.needs_rendering:
        raise InvalidInput(msg("The PDF has not been rendered yet; this is a bug in reflekt."))
    if preview.format == "bundle":  # a bundle under another name is never read
        named = bundle.named_as_bundle(path)
        if named != Path(path):
            if overwrite and named.exists() and not named.is_dir():
                # --force was given for the name typed, not for this other file: refused,
                # and said so (the usual "allow replacing it (--force)" would be no help).
                raise OutputExists(
                    msg(
                        "{named} already exists, and --force replaces only the file named "
                        "({path}). To replace it, name it: -o {named} --force",
                        named=named,
                        path=path,
                    )
                )
            overwrite = False  # leave to replace was given for the name without it
        path = named
    if preview.format == "md" and preview.pictures:
        from reflekt.share import export_folder

        written = export_folder.write_folder(
            path, preview.suggested_name, preview.data, preview.pictures, overwrite=overwrite
        )
        log_export(journal, preview, str(written.parent.resolve()), audience=audience)
        return written
    target = _target(path, preview.suggested_name, overwrite)
    safety.write_atomic(target, preview.data)
    log_export(journal, preview, str(target.resolve()), audience=audience)
    return target


def write_backup(journal: Journal, path: Path | str, *, overwrite: bool = False) -> Path:
    """Back the whole journal up to ``path`` as JSON, streamed straight to the file.

    What ``prepare_export`` + ``write_export`` do for a backup, without the whole file
    in memory: atomic (a temporary file renamed into place; a failure leaves no half
    file), readable by its owner only, and noted in the share log.
    """
    target = _target(path, backup_name(), overwrite)
    safety.write_atomic_with(target, lambda f: write_backup_to(journal, f))
    _log(journal, "backup", str(target.resolve()), (), PeopleMode.NAMES)
    return target


def print_backup(journal: Journal) -> None:
    """The whole backup to standard output (``-o -``), streamed, and noted in the log."""
    sys.stdout.flush()
    write_backup_to(journal, sys.stdout.buffer)
    sys.stdout.buffer.flush()
    _log(journal, "backup", "(standard output)", (), PeopleMode.NAMES)


SUFFIXES = {
    "md": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "bundle": bundle.SUFFIX,
    "backup": ".json",
}


def with_format_suffix(path: Path | str, fmt: str) -> Path:
    """``path`` with the file extension of ``fmt`` added when it does not end with it.

    A bundle saved as ``migration-lesson`` was written without an extension, and
    neither a colleague's reflekt nor their file manager knew what it was (issue #16).
    """
    if fmt == "bundle":
        return bundle.named_as_bundle(path)  # x.json → x.reflekt.json, as the command line
    target = Path(path)
    suffix = SUFFIXES[fmt]
    if target.name.lower().endswith(suffix):
        return target
    return target.with_name(target.name + suffix)


def _target(path: Path | str, suggested_name: str, overwrite: bool) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / suggested_name
    # The journal, its working files, a backup, a folder, a device or a pipe: never,
    # --force or not (checked again when the file is written).
    private_files.check_target(target)
    private_files.refuse_existing(target, overwrite=overwrite)
    if target.exists() and target.is_dir():
        raise FileRejected(msg("{target} is a folder. Name a file to write.", target=target))
    return target


def write_stdout(journal: Journal, preview: ExportPreview) -> None:
    """Print the previewed bytes (``-o -``) and log it."""
    if preview.format == "pdf":
        raise InvalidInput(msg("A PDF cannot go to the terminal. Name a file with -o FILE.pdf."))
    if preview.format == "md" and preview.pictures:
        raise InvalidInput(
            msg(
                "Markdown with pictures is a folder and cannot go to the terminal. Name a "
                "folder with -o NAME, or leave the pictures out with --no-pictures."
            )
        )
    sys.stdout.flush()
    sys.stdout.buffer.write(preview.data)
    sys.stdout.buffer.flush()
    log_export(journal, preview, "(standard output)")


def log_export(journal: Journal, preview: ExportPreview, where: str, *, audience: str = "") -> None:
    _log(journal, preview.format, where, preview.entry_ids, preview.people, audience=audience)


def _log(
    journal: Journal,
    fmt: str,
    where: str,
    ids: tuple[str, ...],
    people: PeopleMode,
    *,
    audience: str = "",
) -> None:
    journal.shares.record(
        fmt,
        where,
        ids,
        people=people.value,
        audience=audience,
        note="the whole journal" if fmt == "backup" else "",
    )
