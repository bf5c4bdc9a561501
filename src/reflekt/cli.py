"""The command line: every capability of reflekt, usable without a display.

``reflekt`` with no command opens the desktop app. Commands print plain text,
or JSON with ``--json``. Bad input exits 2 with one plain line on stderr and no
traceback; nothing is written when a command fails.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace

from reflekt import __version__, paths
from reflekt.controls import for_json, for_terminal
from reflekt.core.dates import parse_when
from reflekt.core.models import (
    KIND_LABELS,
    Entry,
    Filters,
    GoalStatus,
    Headline,
    Kind,
    PersonLink,
    Relation,
    Source,
    Visibility,
    entry_to_dict,
    goal_to_dict,
    label,
)
from reflekt.errors import EntryConflict, InvalidInput, ReflektError

# Start-up time is most of a command's time on a large journal (a search itself takes
# ~20 ms): what only some commands need (templates, the Journal facade, the other
# command modules, Qt) is imported where it is used, and `_parse` builds the parser of
# the one command asked for. tests/unit/test_startup.py keeps it that way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any, NoReturn

    from reflekt.core.journal import Journal

# Modules that add their own commands: each has ``register(command)``, where
# ``command(name, handler, help, uses=...)`` returns the new subparser.
COMMAND_MODULES: tuple[str, ...] = (
    "reflekt.cli_share",
    "reflekt.cli_trust",
    "reflekt.cli_growth",
    "reflekt.desktop",
)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


class UsageError(ReflektError):
    """The command line itself is off (unknown option, missing argument)."""


@functools.cache
def _parser_class() -> type[argparse.ArgumentParser]:
    """The ArgumentParser the CLI uses; argparse loads only when a command line needs it
    (see `_quick_parse`)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse that reports a mistake in one plain line instead of usage + error."""

        # argparse makes a help formatter for every argument added, only to check its
        # metavar; a formatter asks the terminal for its width, which imports shutil
        # (~4 ms) for a width that check never uses. While adding, it gets one.
        _width: int | None = None

        def error(self, message: str) -> NoReturn:
            raise UsageError(f"{message} (see `{self.prog} --help`)")

        def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
            self._width = 80
            try:
                return super().add_argument(*args, **kwargs)
            finally:
                del self._width

        def _get_formatter(self) -> argparse.HelpFormatter:
            if self._width is None:
                return super()._get_formatter()
            return self.formatter_class(prog=self.prog, width=self._width)

    return _Parser


# -- small helpers --------------------------------------------------------


def _lang(args: argparse.Namespace) -> str:
    from reflekt.core.templates import normalise_lang

    if getattr(args, "lang", None):
        return normalise_lang(args.lang)
    for var in ("REFLEKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return normalise_lang(os.environ[var])
    import locale

    return normalise_lang(locale.getlocale()[0])


def _write(text: str, *, escaped: bool = False) -> None:
    """Print as UTF-8 whatever the terminal's locale says: journals are full of å, ä, ö.

    Control characters (but tab and newline) and bidi controls are shown escaped
    (``\\x1b``), on a terminal or not: text from bundles and imports must never write
    the clipboard, retitle the window or clear the screen, and output piped into
    ``less -R``, ``head`` or a file that is shown later reaches a terminal all the same,
    which ``isatty`` cannot see. The exact text stays available through ``--json`` and
    ``export``. ``escaped`` is for text already made safe (with reflekt's own bold).
    """
    if not escaped:
        text = for_terminal(text)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text + "\n")
        return
    sys.stdout.flush()
    buffer.write((text + "\n").encode("utf-8", "surrogateescape"))
    buffer.flush()


def _write_json(data: Any) -> None:
    _write(for_json(json.dumps(data, ensure_ascii=False, indent=2)), escaped=True)


def _day(text: str) -> dt.date:
    return parse_when(text)


def _split(values: Sequence[str] | None) -> list[str] | None:
    """Repeated options and comma lists both work: --tag a --tag b,c."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _person(value: str) -> PersonLink:
    name, sep, relation = value.rpartition("=")
    if not sep:
        return PersonLink(value.strip())
    relation = relation.strip().lower()
    if relation not in {r.value for r in Relation}:
        raise InvalidInput(
            f"{relation!r} is not a way to know someone here. Write --person "
            f'"Name=RELATION" with RELATION one of: {", ".join(r.value for r in Relation)}.'
        )
    return PersonLink(name.strip(), Relation(relation))


def _read_text(value: str | None) -> str | None:
    if value != "-":
        return value
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            "The text on standard input is not UTF-8. Save it as UTF-8 and try again."
        ) from None


def _plain(snippet: str) -> str:
    """Search snippets: bold in a terminal, **Markdown bold** elsewhere; the snippet's own
    text escaped as ``_write`` does (print the result with ``escaped=True``)."""
    from reflekt.core.journal import HL_END, HL_START

    start, end = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("**", "**")
    return end.join(
        start.join(for_terminal(piece) for piece in part.split(HL_START))
        for part in snippet.split(HL_END)
    )


def _one_line(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _entry_line(entry: Entry | Headline) -> str:
    marks = ("★" if entry.starred else " ") + ("⇪" if entry.shareable else " ")
    tags = " ".join(f"#{t}" for t in entry.tags)
    title = _one_line(entry.display_title or "(empty)", 60)
    return f"{entry.day.isoformat()}  {entry.id[:8]}  {marks} {entry.kind.value:<16} {title}" + (
        f"  {tags}" if tags else ""
    )


def _show_entry(entry: Entry, lang: str) -> str:
    from reflekt.core.templates import TEMPLATES

    template = TEMPLATES.get(entry.template)
    lines = [
        entry.display_title or "(untitled)",
        f"id:         {entry.id}",
        f"day:        {entry.day.isoformat()}",
        f"kind:       {label(KIND_LABELS[entry.kind], lang)} ({entry.kind.value})",
    ]
    if template is not None and template.key != "free":
        lines.append(f"template:   {template.name(lang)}")
    lines.append(f"visibility: {entry.visibility.value}" + ("  ★ starred" if entry.starred else ""))
    if entry.source:
        lines.append(f"source:     {entry.source.value}")
    if entry.mood is not None:
        lines.append(f"mood:       {entry.mood}/5")
    if entry.tags:
        lines.append("tags:       " + ", ".join(entry.tags))
    if entry.skills:
        lines.append("skills:     " + ", ".join(entry.skills))
    if entry.people:
        lines.append(
            "people:     " + ", ".join(f"{p.name} ({p.relation.value})" for p in entry.people)
        )
    if entry.goals:
        lines.append("goals:      " + ", ".join(g[:8] for g in entry.goals))
    lines.append(f"created:    {entry.created}   updated: {entry.updated}")
    if entry.in_trash:
        lines.append(f"in trash since {entry.deleted}")
    for key, text in entry.sections.items():
        section = template.section(key) if template else None
        lines += ["", f"## {section.label(lang) if section else key}", text]
    if entry.body:
        lines += ["", entry.body]
    return "\n".join(lines)


# -- commands --------------------------------------------------------------


def _entry_values(args: argparse.Namespace, *, editing: bool) -> dict[str, Any]:
    """What the add/edit options ask for, as ``Journal.add``/``update`` keywords."""
    from reflekt.core.templates import TEMPLATES, find_template, resolve_section_key

    values: dict[str, Any] = {}
    text = _read_text(args.text)
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
                    "--section needs a template: add --template NAME (see `reflekt templates`)."
                )
            template_key = args._current.template
        template = TEMPLATES[template_key]
        sections = dict(args._current.sections) if editing and args._current else {}
        for item in args.section:
            name, sep, section_text = item.partition("=")
            if not sep:
                raise InvalidInput(f"Write --section as NAME=TEXT, not {item!r}.")
            key = resolve_section_key(template, name)
            sections[key] = _read_text(section_text) if section_text == "-" else section_text
        values["sections"] = sections
    for option in ("tag", "skill"):
        names = _split(getattr(args, option))
        if names is not None:
            values[f"{option}s"] = names
    if args.person is not None:
        values["people"] = [_person(p) for p in args.person]
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
        values["day"] = _day(args.date)
    return values


def cmd_add(args: argparse.Namespace, journal: Journal) -> int:
    values = _entry_values(args, editing=False)
    if not any(values.get(k) for k in ("body", "title", "sections")):
        raise InvalidInput(
            'Nothing to write: give the text, e.g. reflekt add "What I learned today", '
            "or - to read it from standard input."
        )
    entry = journal.add(**values)
    _write(entry.id)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, journal: Journal) -> int:
    if getattr(args, "if_revision", None) is None:
        args._current = journal.get(args.id)
    else:
        # An update with no changes only checks the revision (and writes nothing): an
        # entry that moved on, or a whole id that is gone, is a conflict (exit 5).
        args._current = journal.update(args.id, expected_revision=args.if_revision)
    values = _entry_values(args, editing=True)
    if not values:
        raise InvalidInput(
            "Nothing to change: give new text or an option such as --title or --tag "
            "(see `reflekt edit --help`)."
        )
    entry = journal.update(
        args._current.id, expected_revision=getattr(args, "if_revision", None), **values
    )
    _write(entry.id)
    return EXIT_OK


def _filters(args: argparse.Namespace) -> Filters:
    if args.shared and args.private:
        raise InvalidInput("Choose --shared or --private, not both.")
    visibility = None
    if args.shared:
        visibility = Visibility.SHAREABLE
    elif args.private:
        visibility = Visibility.PRIVATE
    date_from = _day(args.date_from) if args.date_from else None
    date_to = _day(args.date_to) if args.date_to else None
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(
            f"--from {date_from} is after --to {date_to}. Swap them to get the days between."
        )
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
        raise InvalidInput("--limit must be 0 (everything) or more.")
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
    return _print_entries(entries, args.json, lambda: _nothing_found(journal, filters))


def _print_entries(entries: Iterable[Entry], as_json: bool, empty: Callable[[], str]) -> int:
    """Entries as a JSON array (streamed) or one line each; ``empty()`` when there are none."""
    if as_json:
        _stream_json(entry_to_dict(e) for e in entries)
        return EXIT_OK
    shown = 0
    for entry in entries:
        _write(_entry_line(entry))
        shown += 1
    if not shown:
        _write(empty())
    return EXIT_OK


def _nothing_found(journal: Journal, filters: Filters) -> str:
    if filters == Filters() and journal.count() == 0:
        return 'No entries yet. Write the first one: reflekt add "What I learned today"'
    if filters.trash:
        return "The trash is empty."
    return "No entries match."


def _stream_json(items: Iterable[dict[str, Any]]) -> None:
    """A JSON array written item by item, so a 100k-entry list never sits in memory."""
    first = True
    _chunks = ["["]
    for item in items:
        _chunks.append(
            ("\n  " if first else ",\n  ") + for_json(json.dumps(item, ensure_ascii=False))
        )
        first = False
        if len(_chunks) > 200:
            sys.stdout.buffer.write("".join(_chunks).encode("utf-8"))
            _chunks = []
    _chunks.append("\n]" if not first else "]")
    sys.stdout.buffer.write(("".join(_chunks) + "\n").encode("utf-8"))
    sys.stdout.buffer.flush()


def cmd_search(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.core.journal import HL_END, HL_START

    hits = journal.search(args.query, _filters(args), limit=_limit(args) or 1_000_000)
    if args.json:
        _stream_json(
            {
                **entry_to_dict(hit.entry),
                "snippet": hit.snippet.replace(HL_START, "**").replace(HL_END, "**"),
                "rank": hit.rank,
            }
            for hit in hits
        )
        return EXIT_OK
    if not hits:
        _write(f"Nothing found for {args.query!r}.")
    for hit in hits:
        _write(_entry_line(hit.entry))
        _write("      " + _plain(_one_line(hit.snippet, 200)), escaped=True)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.get(args.id)
    if args.json:
        _write_json(entry_to_dict(entry))
    else:
        _write(_show_entry(entry, _lang(args)))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.delete(args.id, expected_revision=getattr(args, "if_revision", None))
    _write(f"Moved {entry.id[:8]} to the trash. Bring it back with: reflekt restore {entry.id[:8]}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, journal: Journal) -> int:
    entry = journal.restore(args.id)
    _write(f"Restored {entry.id[:8]}: {entry.display_title}")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, journal: Journal) -> int:
    expected = getattr(args, "if_revision", None)
    entry_id = journal.resolve_id(args.id) if expected is None else str(args.id).strip()
    journal.purge(entry_id, expected_revision=expected)
    _write(f"Removed {entry_id[:8]} for good.")
    return EXIT_OK


def cmd_trash(args: argparse.Namespace, journal: Journal) -> int:
    if args.trash_action == "empty":
        removed = journal.empty_trash()
        _write(
            f"Removed {removed} {'entry' if removed == 1 else 'entries'} from the trash for good."
        )
        return EXIT_OK
    entries = journal.iter_entries(Filters(trash=True))
    return _print_entries(entries, args.json, lambda: "The trash is empty.")


def _names_command(counts: list[tuple[str, int]], args: argparse.Namespace, empty: str) -> int:
    if args.json:
        _write_json([{"name": name, "count": count} for name, count in counts])
    elif not counts:
        _write(empty)
    else:
        for name, count in counts:
            _write(f"{count:6}  {name}")
    return EXIT_OK


def cmd_tags(args: argparse.Namespace, journal: Journal) -> int:
    return _names_command(journal.tag_counts(), args, "No tags yet. Add some with --tag.")


def cmd_skills(args: argparse.Namespace, journal: Journal) -> int:
    return _names_command(journal.skill_counts(), args, "No skills yet. Add some with --skill.")


def cmd_people(args: argparse.Namespace, journal: Journal) -> int:
    people = journal.people()
    if args.json:
        _write_json(
            [
                {"name": p.name, "role": p.role, "department": p.department, "count": p.count}
                for p in people
            ]
        )
    elif not people:
        _write('No people yet. Name someone with --person "Name".')
    for p in people if not args.json else []:
        about = ", ".join(x for x in (p.role, p.department) if x)
        _write(f"{p.count:6}  {p.name}" + (f"  ({about})" if about else ""))
    return EXIT_OK


def cmd_person(args: argparse.Namespace, journal: Journal) -> int:
    person = journal.set_person(args.name, role=args.role, department=args.department)
    about = ", ".join(x for x in (person.role, person.department) if x)
    _write(person.name + (f" ({about})" if about else ""))
    return EXIT_OK


def cmd_kinds(args: argparse.Namespace, journal: Journal | None) -> int:
    lang = _lang(args)
    if args.json:
        _write_json([{"kind": k.value, "label": label(KIND_LABELS[k], lang)} for k in Kind])
    for kind in Kind if not args.json else []:
        _write(f"{kind.value:<18} {label(KIND_LABELS[kind], lang)}")
    return EXIT_OK


def cmd_templates(args: argparse.Namespace, journal: Journal | None) -> int:
    from reflekt.core.templates import TEMPLATES

    lang = _lang(args)
    if args.json:
        _write_json(
            [
                {
                    "key": t.key,
                    "name": t.name(lang),
                    "description": t.description(lang),
                    "kind": t.kind.value,
                    "sections": [
                        {"key": s.key, "label": s.label(lang), "private": s.private}
                        for s in t.sections
                    ],
                }
                for t in TEMPLATES.values()
            ]
        )
        return EXIT_OK
    for t in TEMPLATES.values():
        _write(f"{t.key:<14} {t.name(lang)}")
        _write(f"{'':14} {t.description(lang)}")
        for s in t.sections:
            private = "  (stays private)" if s.private else ""
            _write(f"{'':14}   {s.key:<14} {s.label(lang)}{private}")
        _write("")
    return EXIT_OK


def cmd_prompt(args: argparse.Namespace, journal: Journal | None) -> int:
    from reflekt.core.templates import prompt_for

    day = _day(args.date) if args.date else dt.date.today()
    _write(prompt_for(day, _lang(args)))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.core.demo import fill_demo

    existing = journal.count() + journal.count(Filters(trash=True))
    if existing:
        raise InvalidInput(
            f"The journal {journal.path} already has {existing} entries, and demo entries "
            "would mix with them. Fill a new journal instead: "
            "reflekt --journal demo.reflekt demo"
        )
    count = fill_demo(journal, args.demo_lang or _lang(args))
    _write(f"Added {count} demo entries to {journal.path}.")
    return EXIT_OK


def cmd_init(args: argparse.Namespace, journal: Journal) -> int:
    _write(f"The journal is ready at {journal.path}.")
    return EXIT_OK


def cmd_goals(args: argparse.Namespace, journal: Journal) -> int:
    goals = journal.goals(args.status)
    if args.json:
        _write_json([goal_to_dict(g) for g in goals])
    elif not goals:
        _write('No goals yet. Set one with: reflekt goal add "Get better at giving feedback"')
    for g in goals if not args.json else []:
        target = f"  by {g.target_date}" if g.target_date else ""
        _write(f"{g.id[:8]}  {g.status.value:<9} {g.title}{target}  ({g.entry_count} entries)")
    return EXIT_OK


def cmd_goal(args: argparse.Namespace, journal: Journal) -> int:
    action = args.goal_action
    if action == "add":
        goal = journal.add_goal(
            args.title,
            description=args.description or "",
            target_date=_day(args.target) if args.target else None,
            status=args.status or GoalStatus.ACTIVE,
        )
        _write(goal.id)
    elif action == "edit":
        changes: dict[str, Any] = {}
        if args.title is not None:
            changes["title"] = args.title
        if args.description is not None:
            changes["description"] = args.description
        if args.target is not None:
            changes["target_date"] = _day(args.target) if args.target else None
        if args.status is not None:
            changes["status"] = args.status
        if not changes:
            raise InvalidInput(
                "Nothing to change: give --title, --description, --target or --status."
            )
        _write(journal.update_goal(args.id, **changes).id)
    elif action == "show":
        goal = journal.get_goal(args.id)
        evidence = list(journal.iter_entries(Filters(goal=goal.id)))
        if args.json:
            _write_json({**goal_to_dict(goal), "evidence": [entry_to_dict(e) for e in evidence]})
        else:
            _write(f"{goal.title}  [{goal.status.value}]")
            if goal.target_date:
                _write(f"target: {goal.target_date}")
            if goal.description:
                _write(goal.description)
            _write(f"\n{len(evidence)} linked entries:")
            for entry in evidence:
                _write(_entry_line(entry))
    elif action == "delete":
        goal = journal.get_goal(args.id)
        journal.delete_goal(goal.id)
        _write(f"Removed the goal {goal.title!r}; its entries are kept.")
    elif action in ("link", "unlink"):
        method = journal.link_goal if action == "link" else journal.unlink_goal
        method(args.entry, args.id)
        _write("Linked." if action == "link" else "Unlinked.")
    return EXIT_OK


# -- parser ------------------------------------------------------------------


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
    parser.add_argument("--tag", action="append", help="a tag (repeat, or a,b,c)")
    parser.add_argument("--skill", action="append", help="a skill (repeat, or a,b,c)")
    parser.add_argument(
        "--person",
        action="append",
        metavar="NAME[=RELATION]",
        help="someone involved; RELATION: learned-from, helped or with (default)",
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

        raise argparse.ArgumentTypeError(f"mood must be a whole number from 1 to 5, not {text!r}")
    return mood


Command = Callable[..., "argparse.ArgumentParser"]


def _add_add(command: Command) -> None:
    p = command("add", cmd_add, "write a new entry; prints its id")
    _entry_options(p, editing=False)


def _add_edit(command: Command) -> None:
    p = command("edit", cmd_edit, "change an entry (only the options given)")
    p.add_argument("id", help="the entry's id or its first characters")
    _entry_options(p, editing=True)
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


# `restore` (an entry, or a whole journal from a backup) lives in cli_trust.
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
    p = command("trash", cmd_trash, "the trash: list it, or empty it for good")
    trash = p.add_subparsers(
        dest="trash_action", metavar="ACTION", required=True, parser_class=type(p)
    )
    trash.add_parser("list", help="entries in the trash").add_argument(
        "--json", action="store_true", help="print JSON"
    )
    trash.add_parser("empty", help="remove everything in the trash for good")


def _names_parser(
    name: str, handler: Callable[..., int], text: str, uses: str
) -> Callable[[Command], None]:
    def add(command: Command) -> None:
        p = command(name, handler, text, uses=uses)
        p.add_argument("--json", action="store_true", help="print JSON")

    return add


def _add_person(command: Command) -> None:
    p = command("person", cmd_person, "set a person's role and department")
    p.add_argument("name")
    p.add_argument("--role")
    p.add_argument("--department")


def _add_prompt(command: Command) -> None:
    p = command("prompt", cmd_prompt, "today's reflection prompt", uses="none")
    p.add_argument("--date", help="the prompt for another day")


def _add_demo(command: Command) -> None:
    p = command("demo", cmd_demo, "fill an empty journal with a year of sample entries")
    p.add_argument(
        "--lang",
        dest="demo_lang",
        choices=["en", "sv"],
        help="language of the sample (default: yours)",
    )


# `init` (with --encrypt) lives in cli_trust.
def _add_goals(command: Command) -> None:
    p = command("goals", cmd_goals, "development goals", uses="read")
    p.add_argument("--status", choices=[s.value for s in GoalStatus])
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_goal(command: Command) -> None:
    p = command("goal", cmd_goal, "add, change, show or link a development goal")
    goal = p.add_subparsers(
        dest="goal_action", metavar="ACTION", required=True, parser_class=type(p)
    )
    add_goal = goal.add_parser("add", help="a new goal; prints its id")
    add_goal.add_argument("title")
    edit_goal = goal.add_parser("edit", help="change a goal")
    edit_goal.add_argument("id")
    edit_goal.add_argument("--title")
    for g in (add_goal, edit_goal):
        g.add_argument("--description")
        g.add_argument("--target", metavar="DATE", help="target date")
        g.add_argument("--status", choices=[s.value for s in GoalStatus])
    g = goal.add_parser("show", help="a goal and its evidence")
    g.add_argument("id")
    g.add_argument("--json", action="store_true", help="print JSON")
    goal.add_parser("delete", help="remove a goal (entries stay)").add_argument("id")
    for action in ("link", "unlink"):
        g = goal.add_parser(action, help=f"{action} an entry as evidence for a goal")
        g.add_argument("id", help="the goal")
        g.add_argument("entry", help="the entry")


# The core commands, in the order `reflekt --help` lists them: each adds its subparser.
CORE_COMMANDS: dict[str, Callable[[Command], None]] = {
    "add": _add_add,
    "edit": _add_edit,
    "list": _add_list,
    "search": _add_search,
    "show": _add_show,
    "delete": _add_delete,
    "purge": _add_purge,
    "trash": _add_trash,
    "tags": _names_parser("tags", cmd_tags, "tags in use, with counts", "read"),
    "skills": _names_parser("skills", cmd_skills, "skills in use, with counts", "read"),
    "people": _names_parser("people", cmd_people, "people named in entries, with counts", "read"),
    "person": _add_person,
    "templates": _names_parser(
        "templates", cmd_templates, "the reflection templates and their sections", "none"
    ),
    "kinds": _names_parser("kinds", cmd_kinds, "the kinds of entry", "none"),
    "prompt": _add_prompt,
    "demo": _add_demo,
    "goals": _add_goals,
    "goal": _add_goal,
}


def build_parser(
    *, all_commands: bool = True, core: Iterable[str] | None = None
) -> argparse.ArgumentParser:
    """The command line. ``all_commands=False`` leaves out the commands that live in
    ``COMMAND_MODULES`` (importing them and building their parsers costs ~0.1 s, as
    much as a whole search on a large journal takes); ``core`` names the core commands
    to add (default: all of them)."""
    import argparse

    _Parser = _parser_class()
    parser = _Parser(
        prog="reflekt",
        description="A private journal for reflection and learning at work. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"reflekt {__version__}")
    parser.add_argument(
        "--journal",
        metavar="PATH",
        help="the journal file (default: $REFLEKT_JOURNAL or your data folder)",
    )
    parser.add_argument("--lang", choices=["en", "sv"], help="language for labels and prompts")
    # Hidden: opens the window offscreen on a throwaway journal and exits (packaging tests).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    # prog given (it is what argparse would work out) so that no help formatter is made
    # for it: that would import shutil (~4 ms) at every start.
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, prog="reflekt"
    )

    def command(
        name: str, handler: Callable[..., int], help: str, *, uses: str = "write", **kw: Any
    ) -> argparse.ArgumentParser:
        """A subcommand. ``uses``: "write" (opens, creating if needed), "read" (never
        creates a journal at a path the person named) or "none" (no journal)."""
        p = sub.add_parser(name, help=help, description=help, **kw)
        p.set_defaults(handler=handler, uses=uses)
        return p

    for name in CORE_COMMANDS if core is None else core:
        CORE_COMMANDS[name](command)
    if all_commands:
        import importlib

        for module in COMMAND_MODULES:
            importlib.import_module(module).register(command)
    return parser


# The options before the command, written out in full: `_command_name` skips them.
_GLOBAL_FLAGS = frozenset({"--version", "--smoke-test"})
_GLOBAL_VALUES = frozenset({"--journal", "--lang"})


def _command_name(args: Sequence[str]) -> str | None:
    """The command word of ``args`` when plain to see ("" for none), else None.

    Plain means: only ``--journal``/``--lang`` (with their values) and ``--version``/
    ``--smoke-test`` come before it, spelled in full. Anything else (an abbreviated
    option, ``--``) is left to argparse."""
    rest = iter(args)
    for arg in rest:
        if arg in _GLOBAL_FLAGS:
            continue
        if arg in _GLOBAL_VALUES:
            if next(rest, None) is None:
                return None
            continue
        if arg.startswith("-"):
            if arg.partition("=")[0] in _GLOBAL_VALUES:
                continue
            return None
        return arg
    return ""


class _Unsupported(Exception):
    """A command's options use what `_quick_parse` leaves to argparse."""


class _Spec:
    """What a command's builder declares, recorded instead of built (no argparse).

    It stands in for the subparser: `add_argument`, `add_argument_group` and
    `set_defaults` are what the core builders call; anything else (sub-actions, nargs,
    other actions) raises `_Unsupported` and the command is parsed by argparse."""

    def __init__(self) -> None:
        self.options: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self.positionals: list[tuple[str, dict[str, Any]]] = []
        self.defaults: dict[str, Any] = {}

    def add_argument(self, *names: str, **kw: Any) -> None:
        action = kw.get("action", "store")
        if (
            action not in ("store", "store_true", "append")
            or kw.get("nargs") is not None
            or kw.get("required")
            or isinstance(kw.get("default"), str)  # argparse would convert it
            or not names
        ):
            raise _Unsupported
        if not names[0].startswith("-"):
            self.positionals.append((names[0], kw))
            self.defaults[names[0]] = None
            return
        long_names = [n for n in names if n.startswith("--")] or list(names)
        dest = kw.get("dest") or long_names[0].lstrip("-").replace("-", "_")
        self.defaults[dest] = kw.get("default", False if action == "store_true" else None)
        for name in names:
            self.options[name] = (dest, action, kw)

    def add_argument_group(self, *args: Any, **kw: Any) -> _Spec:
        return self

    def set_defaults(self, **kw: Any) -> None:
        self.defaults.update(kw)

    def add_subparsers(self, *args: Any, **kw: Any) -> None:
        raise _Unsupported


@functools.cache
def _spec(name: str) -> _Spec | None:
    """The recorded options of the core command ``name``; None when argparse must read it."""
    spec = _Spec()

    def command(name: str, handler: Callable[..., int], help: str, *, uses: str = "write") -> _Spec:
        spec.set_defaults(handler=handler, uses=uses)
        return spec

    try:
        CORE_COMMANDS[name](command)  # type: ignore[arg-type]
    except _Unsupported:
        return None
    return spec


class _Args(SimpleNamespace):
    """The parsed command line, as `argparse.Namespace` has it."""

    def __contains__(self, key: str) -> bool:
        return key in self.__dict__


def _value(token: str, kw: dict[str, Any]) -> Any:
    """An option's or positional's value as argparse converts and checks it; raises
    `_Unsupported` where argparse would refuse it (argparse then says why)."""
    if "type" in kw:
        try:
            value = kw["type"](token)
        except Exception:
            raise _Unsupported from None
    else:
        value = token
    if kw.get("choices") is not None and value not in kw["choices"]:
        raise _Unsupported
    return value


def _quick_parse(args: Sequence[str]) -> _Args | None:
    """The command line read without argparse when it is plain, else None.

    Plain: a core command that needs none of argparse's finer points (see `_Spec`),
    every option spelled in full and given as its own word, and no value or word that
    starts with "-". argparse reads such a line the same way (a test holds the two
    together), but importing it and building a parser is ~9 ms of each ~100 ms
    `reflekt search` on a large journal."""
    parsed: dict[str, Any] = {"journal": None, "lang": None, "smoke_test": False}
    words = iter(args)
    name = None
    try:
        for word in words:
            if word == "--smoke-test":
                parsed["smoke_test"] = True
            elif word in ("--journal", "--lang"):
                value = next(words, "-")
                if value.startswith("-"):
                    return None
                choices = ("en", "sv") if word == "--lang" else None
                parsed[word[2:]] = _value(value, {"choices": choices})
            elif word.startswith("-"):
                return None
            else:
                name = word
                break
        parsed["command"] = name
        if name is None:
            return _Args(**parsed)
        spec = _spec(name) if name in CORE_COMMANDS else None
        if spec is None:
            return None
        values = dict(spec.defaults)
        positionals = iter(spec.positionals)
        filled = 0
        for word in words:
            if not word.startswith("-"):
                dest, kw = next(positionals, (None, {}))
                if dest is None:
                    return None
                values[dest] = _value(word, kw)
                filled += 1
                continue
            if word not in spec.options:
                return None
            dest, action, kw = spec.options[word]
            if action == "store_true":
                values[dest] = True
                continue
            value = next(words, "-")
            if value.startswith("-"):
                return None
            value = _value(value, kw)
            values[dest] = [*(values[dest] or []), value] if action == "append" else value
        if filled < len(spec.positionals):
            return None
    except _Unsupported:
        return None
    return _Args(**parsed, **values)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse without argparse when the command line is plain (`_quick_parse`), else
    with the one core command asked for when that suffices, else with every command:
    a parser with all of them costs as much time as a search, and argparse gives the
    same result (or, on a mistake, the same message) either way."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a in ("-h", "--help") for a in args):
        quick = _quick_parse(args)
        if quick is not None:
            return quick  # type: ignore[return-value]
        name = _command_name(args)
        if name is None or name in CORE_COMMANDS or name == "":
            core = None if name is None else [name] if name else []
            try:
                return build_parser(all_commands=False, core=core).parse_args(args)
            except UsageError:
                pass
    return build_parser().parse_args(args)


def _journal_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The journal to use, and whether the person named it (option or env)."""
    if args.journal:
        return Path(args.journal).expanduser(), True
    named = bool(os.environ.get("REFLEKT_JOURNAL", "").strip())
    return paths.default_journal(), named


_READ_DONE = False  # set once a command that writes nothing has finished (see ``run``)
# Commands that only read the journal and print: after them ``run`` ends the process at
# once. Opt-in by name, so that a command that writes a file (backup, chart, report)
# or sets something up (init, restore, encrypt …) always ends the ordinary way.
QUICK_EXIT = frozenset(
    {"list", "search", "show", "tags", "skills", "people", "goals", "kinds", "templates"}
    | {"prompt", "stats", "shares"}
)


def _run(args: argparse.Namespace) -> int:
    global _READ_DONE
    if args.uses == "none":
        code = args.handler(args, None)
        _READ_DONE = args.command in QUICK_EXIT
        return code
    path, named = _journal_path(args)
    create = not (named and args.uses == "read")
    from reflekt.core.journal import Journal
    from reflekt.core.storage import lock, resolve

    lock.set_role(f"command {args.command}")
    path = resolve(path)  # the real file; a dangling link is refused, never replaced
    existed = os.path.lexists(path)
    try:
        journal = Journal.open(path, create=create, passphrase=_ask_passphrase)
    except BaseException:
        if not existed:
            _remove_new_journal(path)
        raise
    try:
        with journal:
            code = args.handler(args, journal)
        _READ_DONE = args.uses == "read" and args.command in QUICK_EXIT  # journal closed
        return code
    except BaseException:
        if not existed:
            # The command failed on a journal it created itself: leave no trace.
            _remove_new_journal(path)
        raise


def _ask_passphrase(path: Path, attempt: int) -> str | None:
    """cli_trust's passphrase prompt, loaded only for an encrypted journal (~10 ms)."""
    from reflekt.cli_trust import ask_passphrase

    return ask_passphrase(path, attempt)


def _remove_new_journal(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    from reflekt.core.storage import lock

    lock.remove_lock_file(path)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _open_app(args: argparse.Namespace) -> int:
    if not _has_display():
        raise ReflektError(
            "There is no desktop here to open reflekt's window on. The command line works "
            "everywhere: see `reflekt --help`."
        )
    from reflekt.gui.app import run_app

    path, _ = _journal_path(args)
    return run_app(path)


def _log_bug(exc: BaseException) -> Path | None:
    import traceback

    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        target = folder / "reflekt.log"
        with target.open("a", encoding="utf-8") as f:
            f.write(f"\n--- {dt.datetime.now().isoformat()} reflekt {__version__}\n")
            f.write("".join(traceback.format_exception(exc)))
        return target
    except (OSError, ReflektError):  # no log folder can be made (read-only): no log then
        return None


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("REFLEKT_LANG"):  # messages stay English (a stable contract) unless asked
        from reflekt import messages
        from reflekt.core.templates import normalise_lang

        messages.set_language(normalise_lang(os.environ["REFLEKT_LANG"]))
    try:
        args = _parse(argv)
        if args.smoke_test:
            from reflekt.gui.smoke import run_smoke_test

            return run_smoke_test()
        if args.command is None:
            return _open_app(args)
        return _run(args)
    except ReflektError as exc:
        sys.stderr.write(f"reflekt: {for_terminal(exc.message)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("reflekt: stopped.\n")
        return 130
    except BrokenPipeError:
        # `reflekt list | head`: the reader left; not an error worth a word.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # a bug: keep the details, show one plain line
        where = _log_bug(exc)
        sys.stderr.write(
            "reflekt: something went wrong inside reflekt (this is a bug, not your doing)."
            + (f" The details are in {where}." if where else "")
            + "\n"
        )
        return EXIT_BUG


def run() -> None:
    """The ``reflekt`` command: ``main()``, then out.

    After a command that only read (search, list, show …), with the journal closed
    and the output flushed, the process ends at once: tearing down the interpreter's
    modules would take another ~15 ms, a sixth of a whole ``reflekt search``, and there
    is nothing left to save. Everything else (the app, commands that write) ends the
    ordinary way.
    """
    code = main()
    if _READ_DONE:
        import contextlib

        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None when the stream was closed (`2>&-`, cron)
                with contextlib.suppress(OSError, ValueError):  # the reader left
                    stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
