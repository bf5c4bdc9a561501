"""Pictures on the command line: ``add --image``, ``edit --add-image/--remove-image``,
``reflekt images`` and the pictures in ``--json``.

A picture lives in an entry as a reference in its text (``![CAPTION](picture:SHA256)``,
see core/pictures.py); position N is 1-based in reading order, as ``images`` and
``show`` number them. Each ``--caption`` belongs to the ``--image`` (``--add-image``)
just before it: both options append to one list, in the order given, so the pairing
survives argparse and the quick reader alike (cli/fastparse.py).
"""

from __future__ import annotations

from pathlib import Path

from reflekt.errors import InvalidInput
from reflekt.messages import msg

TYPE_CHECKING = False  # argparse, typing and the facade load only where used
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any

    from reflekt.core.journal import Journal
    from reflekt.core.models import Entry
    from reflekt.core.pictures import Prepared

_IMAGE, _CAPTION = "image", "caption"
SLUG_LENGTH = 60  # a caption's part of a file name, in characters (names stay < 80)


# -- the options ----------------------------------------------------------------------


def _image(value: str) -> tuple[str, str]:
    return (_IMAGE, value)


def _caption(value: str) -> tuple[str, str]:
    return (_CAPTION, value)


def _position(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        import argparse

        raise argparse.ArgumentTypeError(
            msg(
                "a picture's number is a whole number from 1 (see `reflekt images ID`), "
                "not {value}",
                value=repr(text),
            )
        )
    return number


def picture_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """``--image FILE [--caption TEXT]`` (``--add-image`` when editing, with
    ``--remove-image N``), repeatable, and ``--json``."""
    parser.add_argument(
        "--add-image" if editing else "--image",
        dest="pictures",
        action="append",
        type=_image,
        metavar="FILE",
        help="add a picture (PNG, JPEG, WebP or GIF) at the end of the text; repeat for "
        "several, in this order",
    )
    parser.add_argument(
        "--caption",
        dest="pictures",
        action="append",
        type=_caption,
        metavar="TEXT",
        help="the caption (text alternative) of the picture named just before it",
    )
    if editing:
        parser.add_argument(
            "--remove-image",
            action="append",
            type=_position,
            metavar="N",
            help="remove the Nth picture, numbered as `reflekt images ID` shows them (repeat)",
        )
    parser.add_argument(
        "--json", action="store_true", help="print the entry as JSON (as `show --json`)"
    )


def paired(items: Sequence[tuple[str, str]] | None, option: str) -> list[tuple[Path, str]]:
    """The ``(file, caption)`` pairs of ``--image``/``--caption`` in the order given;
    a caption with no picture before it, or a second caption for one picture, is a
    plain error."""
    pairs: list[tuple[Path, str]] = []
    captioned = False
    for kind, value in items or ():
        if kind == _IMAGE:
            pairs.append((Path(value).expanduser(), ""))
            captioned = False
            continue
        if not pairs:
            raise InvalidInput(
                msg(
                    "--caption {caption} has no picture before it: write {option} FILE "
                    "first, then --caption TEXT. Nothing was saved.",
                    caption=repr(value),
                    option=option,
                )
            )
        if captioned:
            raise InvalidInput(
                msg(
                    "The picture {name} has two captions; give one --caption after each "
                    "{option} FILE. Nothing was saved.",
                    name=pairs[-1][0].name,
                    option=option,
                )
            )
        pairs[-1] = (pairs[-1][0], " ".join(value.split()))  # a caption is one line
        captioned = True
    return pairs


# -- adding and removing ----------------------------------------------------------------


def prepare_all(journal: Journal, pairs: list[tuple[Path, str]]) -> list[tuple[Prepared, str]]:
    """Every picture read and checked before anything is written: the first one refused
    stops the command with its message (which names the file)."""
    from reflekt.core import pictures

    long_side = journal.pictures.long_side()
    return [(pictures.prepare_file(path, long_side=long_side), caption) for path, caption in pairs]


def with_references(text: str, prepared: list[tuple[Prepared, str]]) -> str:
    """``text`` with the pictures' references after it, each a paragraph of its own."""
    from reflekt.core import pictures

    for picture, caption in prepared:
        text = pictures.append_reference(text, picture.sha256, caption)
    return text


# The entry is written first, so that a refusal of the entry itself (a title with a
# control character, a goal that is not there) leaves no picture behind; keeping a
# picture then links the entry that already names it (journal.pictures.add). Should
# keeping a picture fail (the disk), the entry's change is taken back.


def add_entry(
    journal: Journal, values: dict[str, Any], prepared: list[tuple[Prepared, str]]
) -> Entry:
    """The new entry and its pictures: all of it or, as far as the disk lets, nothing."""
    entry = journal.add(**values)
    try:
        for picture, _ in prepared:
            journal.pictures.add(picture)
    except BaseException:
        import contextlib

        with contextlib.suppress(Exception):
            journal.delete(entry.id)
            journal.purge(entry.id)
        raise
    return journal.get(entry.id) if prepared else entry


def update_entry(
    journal: Journal,
    before: Entry,
    expected: int | None,
    values: dict[str, Any],
    prepared: list[tuple[Prepared, str]],
) -> Entry:
    """The entry changed and its new pictures kept: all of it or, as far as the disk
    lets, nothing (``before``: the entry as it was read)."""
    entry = journal.update(before.id, expected_revision=expected, **values)
    try:
        for picture, _ in prepared:
            journal.pictures.add(picture)
    except BaseException:
        import contextlib

        taken_back = {key: getattr(before, key) for key in values}
        with contextlib.suppress(Exception):
            journal.update(entry.id, expected_revision=entry.revision, **taken_back)
        raise
    return journal.get(entry.id) if prepared else entry


def without(entry: Entry, positions: Sequence[int]) -> Entry:
    """The entry without the pictures at ``positions`` (1-based, as the entry has them
    now: several at once all count from the same numbering)."""
    import dataclasses

    from reflekt.core import pictures

    count = len(pictures.entry_references(entry))
    for n in positions:
        if n > count:
            raise InvalidInput(_no_such_picture(n, count))
    changed = entry
    for n in sorted(set(positions), reverse=True):  # from the end: earlier ones stay put
        changed = dataclasses.replace(changed, **pictures.remove_reference(changed, n))
    return changed


def _no_such_picture(n: int, count: int) -> str:
    if count == 0:
        return msg(
            "The entry has no pictures, so there is no picture {n} to remove. Nothing was changed.",
            n=n,
        )
    if count == 1:
        return msg("The entry has 1 picture, so there is no picture {n}. Nothing was changed.", n=n)
    return msg(
        "The entry has {count} pictures, so there is no picture {n} (see `reflekt images "
        "ID`). Nothing was changed.",
        n=n,
        count=count,
    )


# -- what is printed ------------------------------------------------------------------------


def picture_dicts(journal: Journal, entry_id: str) -> list[dict[str, Any]]:
    """Each of the entry's pictures as ``--json`` lists them."""
    return [
        {
            "position": p.position,
            "hash": p.sha256,
            "size": p.size,
            "type": p.type,
            "caption": p.caption,
            "width": p.width,
            "height": p.height,
        }
        for p in journal.pictures.of_entry(entry_id)
    ]


def entry_json(journal: Journal, entry: Entry) -> dict[str, Any]:
    """``show --json``: the entry's keys, and its pictures."""
    from reflekt.core.models import entry_to_dict

    return {**entry_to_dict(entry), "pictures": picture_dicts(journal, entry.id)}


def file_name(position: int, caption: str, extension: str, digits: int = 2) -> str:
    """``01-caption-slug.png``: a caption from anywhere made a safe file name (ASCII
    letters, digits and hyphens only, so no path separator, control character or name
    a system reserves; at most SLUG_LENGTH characters of it)."""
    from slugify import slugify

    slug = slugify(caption, max_length=SLUG_LENGTH, word_boundary=True, save_order=True)
    number = f"{position:0{digits}d}"
    return f"{number}-{slug}{extension}" if slug else f"{number}{extension}"


# -- reflekt images -----------------------------------------------------------------------


def cmd_images(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.cli.common import EXIT_OK
    from reflekt.cli.output import write, write_json

    entry = journal.get(args.id)
    found = picture_dicts(journal, entry.id)
    if args.output is None:
        if args.json:
            write_json(found)
        else:
            _write_lines(entry, found, write)
        return EXIT_OK
    written = _write_out(journal, found, Path(args.output).expanduser(), force=args.force)
    if args.json:
        write_json([{**p, "file": str(path)} for p, path in zip(found, written, strict=True)])
    elif not found:
        write(msg("The entry {entry} has no pictures; nothing was written.", entry=entry.id[:8]))
    else:
        for path in written:
            write(str(path))
    return EXIT_OK


def _write_lines(entry: Entry, found: list[dict[str, Any]], write: Any) -> None:
    """One line a picture, in the entry's order; a reference to a picture the journal
    does not hold keeps its number and says so."""
    from reflekt.core import pictures

    refs = pictures.entry_references(entry)
    if not refs:
        write(msg("The entry {entry} has no pictures.", entry=entry.id[:8]))
        return
    kept = {p["position"]: p for p in found}
    for position, (_, ref) in enumerate(refs, start=1):
        if position in kept:
            write(_line(kept[position]))
        else:
            missing = msg("missing: this journal holds no picture {sha}", sha=ref.sha256[:12])
            write(f"{position:>3}  ({missing})  {ref.caption}".rstrip())


def _line(p: dict[str, Any]) -> str:
    from reflekt.share.safety import human_size

    size = f"{p['width']}×{p['height']}"
    return (
        f"{p['position']:>3}  {p['type']:<4}  {size:>11}  {human_size(p['size']):>8}  "
        f"{p['hash'][:12]}  {p['caption']}"
    ).rstrip()


def _write_out(
    journal: Journal, found: list[dict[str, Any]], folder: Path, *, force: bool
) -> list[Path]:
    """Each picture as a file in ``folder`` (made when missing). Every name is checked
    before the first file is written: one that exists stops it all without --force."""
    from reflekt.core.pictures import EXTENSION
    from reflekt.errors import FileRejected
    from reflekt.private_files import refuse_existing, write_private

    if folder.exists() and not folder.is_dir():
        raise FileRejected(
            msg("{path} is a file, not a folder. Name a folder for the pictures.", path=folder)
        )
    digits = max(2, len(str(len(found))))
    targets = [
        folder / file_name(p["position"], p["caption"], EXTENSION[p["type"]], digits) for p in found
    ]
    for target in targets:
        refuse_existing(target, overwrite=force)
    if found and not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            from reflekt.messages import os_reason

            raise FileRejected(
                msg(
                    "reflekt could not make the folder {folder}: {reason}.",
                    folder=folder,
                    reason=os_reason(exc),
                )
            ) from None
    for p, target in zip(found, targets, strict=True):
        write_private(target, journal.pictures.data(p["hash"]))
    return targets


def register(command: Any) -> None:
    p = command(
        "images",
        cmd_images,
        "list an entry's pictures, or write them to a folder (-o DIR)",
        uses="read",
    )
    p.add_argument("id", help="the entry's id or its first characters")
    p.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="write the pictures into this folder as 01-caption.png, 02-…",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (each picture's file in DIR)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
