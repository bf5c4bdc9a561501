"""The everyday commands on entries: add, edit, list, search, show, delete, purge,
trash, init (and ``restore`` of an entry, which cli/trust.py registers)."""

from __future__ import annotations

import contextlib

from reflekt.cli.common import EXIT_OK, as_day, date_range, language_of, read_text, split
from reflekt.cli.output import (
    entry_line,
    print_entries,
    snippet_markdown,
    stream_json,
    write,
    write_hits,
    write_json,
)
from reflekt.core.models import (
    Entry,
    Filters,
    Kind,
    PersonLink,
    Relation,
    Source,
    Visibility,
    entry_to_dict,
)
from reflekt.errors import EntryConflict, InvalidInput, ReflektError
from reflekt.messages import msg, word

# `typing`, `argparse` and the Journal facade's import stay off `reflekt search`'s
# start (see cli/fastparse.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable
    from typing import Any

    from reflekt.cli.common import Command
    from reflekt.core.journal import Journal


def _person(value: str) -> PersonLink:
    name, sep, relation = value.rpartition("=")
    if not sep:
        return PersonLink(value.strip())
    relation = relation.strip().lower()
    if relation not in {r.value for r in Relation}:
        raise InvalidInput(
            msg(
                "{relation} is not a way to know someone here. Write --person "
                '"Name=RELATION" with RELATION one of: {choices}.',
                relation=repr(relation),
                choices=", ".join(r.value for r in Relation),
            )
        )
    return PersonLink(name.strip(), Relation(relation))


def _entry_values(args: argparse.Namespace, *, editing: bool) -> dict[str, Any]:
    """What the add/edit options ask for, as ``Journal.add``/``update`` keywords."""
    from reflekt.core.templates import TEMPLATES, find_template, resolve_section_key

    values: dict[str, Any] = {}
    text = read_text(args.text)
    if text is not None:
        values["body"] = text
    if args.title is not None:
        values["title"] = args.title
    if args.kind is not None:
        values["kind"] = args.kind
    if args.template is not None:
        values["template"] = find_template(args.template).key
    if args.section:
        template_key = values.get("template")
        if template_key is None:
            if not editing:
                raise InvalidInput(
                    msg(
                        "--section needs a template: add --template NAME (see `reflekt templates`)."
                    )
                )
            template_key = args._current.template
        template = TEMPLATES[template_key]
        sections = dict(args._current.sections) if editing and args._current else {}
        for item in args.section:
            name, sep, section_text = item.partition("=")
            if not sep:
                raise InvalidInput(
                    msg("Write --section as NAME=TEXT, not {item}.", item=repr(item))
                )
            key = resolve_section_key(template, name)
            sections[key] = read_text(section_text) if section_text == "-" else section_text
        values["sections"] = sections
    for option in ("tag", "skill"):
        names = split(getattr(args, option))
        if names is not None:
            values[f"{option}s"] = names
    if args.person is not None:
        values["people"] = [_person(p) for p in args.person]
    if editing:
        _added_and_removed(args, values)
    if args.goal is not None:
        values["goals"] = args.goal
    if args.source is not None:
        values["source"] = args.source
    if args.mood is not None:
        values["mood"] = args.mood
    if args.share:
        values["visibility"] = Visibility.SHAREABLE
    if getattr(args, "private", False):
        values["visibility"] = Visibility.PRIVATE
    if args.star:
        values["starred"] = True
    if getattr(args, "unstar", False):
        values["starred"] = False
    if args.date is not None:
        values["day"] = as_day(args.date)
    return values


def _added_and_removed(args: argparse.Namespace, values: dict[str, Any]) -> None:
    """``--add-tag``/``--remove-tag`` (and skills, people): the entry's names (or those
    ``--tag`` gives instead) with some added or taken away, the others kept."""
    current: Entry = args._current
    for what, key in (("tag", "tags"), ("skill", "skills"), ("person", "people")):
        added = getattr(args, f"add_{what}")
        removed = getattr(args, f"remove_{what}")
        if not added and not removed:
            continue
        if what == "person":
            names = list(values.get(key, current.people))
            names += [_person(p) for p in added or ()]
        else:
            names = list(values.get(key, getattr(current, key)))
            names += split(added) or []

        def shown(item: Any) -> str:
            return str(item.name if isinstance(item, PersonLink) else item)

        def name_of(item: Any) -> str:
            return shown(item).casefold()

        for gone in (split(removed) if what != "person" else removed) or ():
            folded = " ".join(gone.split()).casefold()
            if not any(name_of(n) == folded for n in names):
                raise InvalidInput(
                    msg(
                        "The entry has no {what} called {name}, so there is none to remove "
                        "(it has: {names}). Nothing was changed.",
                        what=word(what),
                        name=repr(gone),
                        names=", ".join(shown(n) for n in names) or "-",
                    )
                )
            names = [n for n in names if name_of(n) != folded]
        values[key] = names


def _has_words(values: dict[str, Any]) -> bool:
    """Whether the text, title or a section holds more than spaces and line breaks."""
    texts = [values.get("body") or "", values.get("title") or ""]
    texts += list((values.get("sections") or {}).values())
    return any(text.strip() for text in texts)


def cmd_add(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.cli import pictures

    pairs = pictures.paired(args.pictures, "--image")
    values = _entry_values(args, editing=False)
    if not _has_words(values) and not pairs:
        if args.text == "-":
            raise InvalidInput(
                msg(
                    "Nothing to write: standard input was empty or only blank lines. "
                    'Give the text, e.g. reflekt add "What I learned today". Nothing was saved.'
                )
            )
        raise InvalidInput(
            msg(
                'Nothing to write: give the text, e.g. reflekt add "What I learned today", '
                "or - to read it from standard input. Nothing was saved."
            )
        )
    prepared = pictures.prepare_all(journal, pairs)  # all read and checked before writing
    if prepared:
        values["body"] = pictures.with_references(values.get("body") or "", prepared)
    entry = pictures.add_entry(journal, values, prepared)
    _keep_language(journal, entry, replace=True)
    _written(args, journal, entry)
    return EXIT_OK


def _keep_language(journal: Journal, entry: Entry, *, replace: bool) -> None:
    """Keep the entry's spelling language guessed from what was written, as the app's
    editor does, so the app checks it in the right language from the start. A language
    already kept (picked by the person) stays unless ``replace``; too little text to tell
    keeps none. The entry is saved already: a journal that refuses this small write loses
    nothing, and the app guesses again when the entry is opened."""
    from reflekt.core.spelling import guess_entry_language

    if not replace and journal.spelling.language(entry.id) is not None:
        return
    lang = guess_entry_language(entry.title, entry.body, entry.sections.values())
    if lang is None:
        return
    with contextlib.suppress(ReflektError):
        journal.spelling.set_language(entry.id, lang)


def _written(args: argparse.Namespace, journal: Journal, entry: Entry) -> None:
    """What add and edit print: the entry's id, or with --json the entry as `show` has it."""
    if args.json:
        from reflekt.cli.pictures import entry_json

        write_json(entry_json(journal, entry))
    else:
        write(entry.id)


def cmd_edit(args: argparse.Namespace, journal: Journal) -> int:
    if getattr(args, "if_revision", None) is None:
        args._current = journal.get(args.id)
    else:
        # An update with no changes only checks the revision (and writes nothing): an
        # entry that moved on, or a whole id that is gone, is a conflict (exit 5).
        args._current = journal.update(args.id, expected_revision=args.if_revision)
    from reflekt.cli import pictures

    pairs = pictures.paired(args.pictures, "--add-image")
    before = args._current
    if args.remove_image:
        args._current = pictures.without(args._current, args.remove_image)
    values = _entry_values(args, editing=True)
    if args.text == "-" and not (values.get("body") or "").strip():
        # A pipe that broke upstream must not wipe the text: clearing it is not this.
        raise InvalidInput(
            msg(
                "Standard input was empty, so the entry's text stays as it was. "
                "Nothing was changed."
            )
        )
    if args.remove_image:  # what the removal left, unless replaced by the options above
        values.setdefault("body", args._current.body)
        values.setdefault("sections", args._current.sections)
    if not values and not pairs:
        raise InvalidInput(
            msg(
                "Nothing to change: give new text or an option such as --title or --tag "
                "(see `reflekt edit --help`)."
            )
        )
    prepared = pictures.prepare_all(journal, pairs)  # all read and checked before writing
    if prepared:
        values["body"] = pictures.with_references(values.get("body", args._current.body), prepared)
    expected = getattr(args, "if_revision", None)
    if expected is None and (pairs or args.remove_image):
        # The new text was worked out from this revision: a change made meanwhile (the
        # app's autosave) is a conflict, never silently undone.
        expected = args._current.revision
    entry = pictures.update_entry(journal, before, expected, values, prepared)
    _keep_language(journal, entry, replace=False)
    _written(args, journal, entry)
    return EXIT_OK


def _filters(args: argparse.Namespace) -> Filters:
    if args.shared and args.private:
        raise InvalidInput(msg("Choose --shared or --private, not both."))
    visibility = None
    if args.shared:
        visibility = Visibility.SHAREABLE
    elif args.private:
        visibility = Visibility.PRIVATE
    date_from, date_to = date_range(args)
    return Filters(
        kind=Kind(args.kind) if args.kind else None,
        tag=args.tag,
        skill=args.skill,
        person=args.person,
        goal=args.goal,
        date_from=date_from,
        date_to=date_to,
        visibility=visibility,
        starred=True if args.starred else None,
        source=Source(args.source) if args.source else None,
        trash=args.trash,
    )


def _limit(args: argparse.Namespace) -> int | None:
    if args.limit < 0:
        raise InvalidInput(msg("--limit must be 0 (everything) or more."))
    return args.limit or None


def cmd_list(args: argparse.Namespace, journal: Journal) -> int:
    filters = _filters(args)
    limit = _limit(args)
    entries: Iterable[Entry]
    if limit is None and not args.json:  # one line each: no need to read the text
        entries = journal.iter_headlines(filters)  # type: ignore[assignment]
    elif limit is None:
        entries = journal.iter_entries(filters)
    else:
        entries = journal.list(filters, limit=limit).entries
    return print_entries(entries, args.json, lambda: _nothing_found(journal, filters))


def _nothing_found(journal: Journal, filters: Filters) -> str:
    if filters == Filters() and journal.count() == 0:
        return msg('No entries yet. Write the first one: reflekt add "What I learned today"')
    if filters.trash:
        return msg("The trash is empty.")
    return msg("No entries match.")


def cmd_search(args: argparse.Namespace, journal: Journal) -> int:
    hits = journal.search(args.query, _filters(args), limit=_limit(args) or 1_000_000)
    if args.json:
        stream_json(
            {**entry_to_dict(hit.entry), "snippet": snippet_markdown(hit.snippet), "rank": hit.rank}
            for hit in hits
        )
    else:
        write_hits(
            ((entry_line(hit.entry), hit.snippet) for hit in hits),
            msg("Nothing found for {query}.", query=repr(args.query)),
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.cli.pictures import entry_json
    from reflekt.cli.show import show_entry

    entry = journal.get(args.id)
    shown = entry_json(journal, entry)
    if args.json:
        write_json(shown)
    else:
        write(show_entry(entry, language_of(args), len(shown["pictures"])))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.delete(args.id, expected_revision=getattr(args, "if_revision", None))
    write(
        msg(
            "Moved {entry} to the trash. Bring it back with: reflekt restore {entry}",
            entry=entry.id[:8],
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.restore(args.id)
    write(msg("Restored {entry}: {title}", entry=entry.id[:8], title=entry.display_title))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, journal: Journal) -> int:
    expected = getattr(args, "if_revision", None)
    entry_id = journal.resolve_id(args.id) if expected is None else str(args.id).strip()
    journal.purge(entry_id, expected_revision=expected)
    write(msg("Removed {entry} for good.", entry=entry_id[:8]))
    return EXIT_OK


def cmd_trash(args: argparse.Namespace, journal: Journal) -> int:
    if args.trash_action == "empty":
        removed = journal.empty_trash()
        write(
            msg("Removed 1 entry from the trash for good.")
            if removed == 1
            else msg("Removed {count} entries from the trash for good.", count=removed)
        )
        return EXIT_OK
    entries = journal.iter_entries(Filters(trash=True))
    return print_entries(entries, args.json, lambda: msg("The trash is empty."))


def cmd_init(args: argparse.Namespace, journal: Journal) -> int:
    write(msg("The journal is ready at {path}.", path=journal.path))
    return EXIT_OK


def _filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--kind", choices=[k.value for k in Kind], help="only this kind")
    group.add_argument("--tag", help="only entries with this tag")
    group.add_argument("--skill", help="only entries with this skill")
    group.add_argument("--person", help="only entries naming this person")
    group.add_argument("--goal", help="only evidence for this goal (id)")
    group.add_argument("--source", choices=[s.value for s in Source], help="learning source")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="from this day")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="up to this day")
    group.add_argument("--shared", action="store_true", help="only shareable entries")
    group.add_argument("--private", action="store_true", help="only private entries")
    group.add_argument("--starred", action="store_true", help="only starred entries")
    group.add_argument("--trash", action="store_true", help="look in the trash instead")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _entry_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument(
        "text",
        nargs="?",
        help="the text (Markdown); - reads it from standard input"
        + ("; replaces the old text" if editing else ""),
    )
    parser.add_argument("--title")
    parser.add_argument("--kind", choices=[k.value for k in Kind])
    parser.add_argument("--template", help="a template key or name (see `reflekt templates`)")
    parser.add_argument(
        "--section",
        action="append",
        metavar="NAME=TEXT",
        help="fill a template section (repeat for several)",
    )
    replaces = "; replaces all the entry's {0}, --add-{1} keeps them" if editing else ""
    parser.add_argument(
        "--tag", action="append", help="a tag (repeat, or a,b,c)" + replaces.format("tags", "tag")
    )
    parser.add_argument(
        "--skill",
        action="append",
        help="a skill (repeat, or a,b,c)" + replaces.format("skills", "skill"),
    )
    parser.add_argument(
        "--person",
        action="append",
        metavar="NAME[=RELATION]",
        help="someone involved; RELATION: learned-from, helped or with (default)"
        + replaces.format("people", "person"),
    )
    if editing:
        for what, many in (("tag", "tags"), ("skill", "skills")):
            parser.add_argument(
                f"--add-{what}",
                action="append",
                metavar=what.upper(),
                help=f"add a {what}, keeping the entry's other {many} (repeat, or a,b,c)",
            )
            parser.add_argument(
                f"--remove-{what}",
                action="append",
                metavar=what.upper(),
                help=f"remove a {what}, keeping the others (repeat, or a,b,c)",
            )
        parser.add_argument(
            "--add-person",
            action="append",
            metavar="NAME[=RELATION]",
            help="add someone, keeping the entry's other people (repeat)",
        )
        parser.add_argument(
            "--remove-person",
            action="append",
            metavar="NAME",
            help="remove someone, keeping the others (repeat)",
        )
    parser.add_argument("--goal", action="append", metavar="GOAL_ID", help="evidence for a goal")
    parser.add_argument(
        "--source", choices=[s.value for s in Source], help="where the learning came from"
    )
    parser.add_argument("--mood", type=_mood_arg, help="1 (low) to 5 (high)")
    parser.add_argument("--share", action="store_true", help="mark as shareable (default: private)")
    parser.add_argument("--star", action="store_true", help="star it")
    parser.add_argument("--date", help="the day it is about: YYYY-MM-DD, yesterday, '3 days ago'")
    if editing:
        parser.add_argument("--private", action="store_true", help="make it private again")
        parser.add_argument("--unstar", action="store_true", help="remove the star")


def _mood_arg(text: str) -> int:
    try:
        mood = int(text)
    except ValueError:
        mood = 0
    if not 1 <= mood <= 5:
        import argparse

        raise argparse.ArgumentTypeError(
            msg("mood must be a whole number from 1 to 5, not {value}", value=repr(text))
        )
    return mood


def _add_add(command: Command) -> None:
    from reflekt.cli.pictures import picture_options

    p = command("add", cmd_add, "write a new entry; prints its id")
    _entry_options(p, editing=False)
    picture_options(p, editing=False)


def _add_edit(command: Command) -> None:
    from reflekt.cli.pictures import picture_options

    p = command("edit", cmd_edit, "change an entry (only the options given)")
    p.add_argument("id", help="the entry's id or its first characters")
    _entry_options(p, editing=True)
    picture_options(p, editing=True)
    _if_revision(p, "change it")


def _add_list(command: Command) -> None:
    p = command("list", cmd_list, "list entries, newest first", uses="read")
    _filter_options(p)
    p.add_argument("--limit", type=int, default=50, help="how many (0 = all; default 50)")


def _add_search(command: Command) -> None:
    p = command("search", cmd_search, "full-text search, best matches first", uses="read")
    p.add_argument("query", help='words; "a phrase"; prefix*; -word leaves it out')
    _filter_options(p)
    p.add_argument("--limit", type=int, default=20, help="how many (0 = all; default 20)")


def _add_show(command: Command) -> None:
    p = command("show", cmd_show, "show one entry", uses="read")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")


# `restore` (an entry, or a whole journal from a backup) is registered by cli/trust.py.
def _if_revision(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--if-revision",
        type=int,
        metavar="N",
        help=f"{what} only while it is still at revision N (the `revision` of "
        "`reflekt show ID --json`); if it was changed, trashed or removed since, change "
        f"nothing and exit {EntryConflict.exit_code}",
    )


def _add_delete(command: Command) -> None:
    p = command("delete", cmd_delete, "move an entry to the trash")
    p.add_argument("id")
    _if_revision(p, "move it")


def _add_purge(command: Command) -> None:
    p = command("purge", cmd_purge, "remove an entry in the trash for good")
    p.add_argument("id")
    _if_revision(p, "remove it")


def _add_trash(command: Command) -> None:
    p = command("trash", cmd_trash, "the trash: list it (with no ACTION), or empty it for good")
    trash = p.add_subparsers(dest="trash_action", metavar="ACTION", parser_class=type(p))
    trash.add_parser("list", help="entries in the trash (the default)").add_argument(
        "--json", action="store_true", help="print JSON"
    )
    trash.add_parser("empty", help="remove everything in the trash for good")
    p.set_defaults(trash_action="list", json=False)  # `reflekt trash` lists it


# The commands of this module, in the order `reflekt --help` lists them.
COMMANDS = {
    "add": _add_add,
    "edit": _add_edit,
    "list": _add_list,
    "search": _add_search,
    "show": _add_show,
    "delete": _add_delete,
    "purge": _add_purge,
    "trash": _add_trash,
}
