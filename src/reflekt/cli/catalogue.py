"""Commands about what the journal holds besides entries: tags, skills, people,
goals, and the kinds, templates, prompts and demo entries reflekt offers."""

from __future__ import annotations

import datetime as dt

from reflekt.cli.common import EXIT_OK, as_day, language_of
from reflekt.cli.output import entry_line, write, write_json
from reflekt.core.models import (
    KIND_LABELS,
    Filters,
    GoalStatus,
    Kind,
    entry_to_dict,
    goal_to_dict,
    label,
)
from reflekt.errors import InvalidInput
from reflekt.messages import msg

# `typing`, `argparse` and the Journal facade's import stay off `reflekt search`'s
# start (see cli/fastparse.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any

    from reflekt.cli.common import Command
    from reflekt.core.journal import Journal


def _names_command(counts: list[tuple[str, int]], args: argparse.Namespace, empty: str) -> int:
    if args.json:
        write_json([{"name": name, "count": count} for name, count in counts])
    elif not counts:
        write(empty)
    else:
        for name, count in counts:
            write(f"{count:6}  {name}")
    return EXIT_OK


def cmd_tags(args: argparse.Namespace, journal: Journal) -> int:
    return _names_command(journal.tag_counts(), args, msg("No tags yet. Add some with --tag."))


def cmd_skills(args: argparse.Namespace, journal: Journal) -> int:
    return _names_command(
        journal.skill_counts(), args, msg("No skills yet. Add some with --skill.")
    )


def cmd_people(args: argparse.Namespace, journal: Journal) -> int:
    people = journal.people.list()
    if args.json:
        write_json(
            [
                {"name": p.name, "role": p.role, "department": p.department, "count": p.count}
                for p in people
            ]
        )
    elif not people:
        write(msg('No people yet. Name someone with --person "Name".'))
    for p in people if not args.json else []:
        about = ", ".join(x for x in (p.role, p.department) if x)
        write(f"{p.count:6}  {p.name}" + (f"  ({about})" if about else ""))
    return EXIT_OK


def cmd_person(args: argparse.Namespace, journal: Journal) -> int:
    person = journal.people.set(args.name, role=args.role, department=args.department)
    about = ", ".join(x for x in (person.role, person.department) if x)
    write(person.name + (f" ({about})" if about else ""))
    return EXIT_OK


def cmd_kinds(args: argparse.Namespace, journal: Journal | None) -> int:
    lang = language_of(args)
    if args.json:
        write_json([{"kind": k.value, "label": label(KIND_LABELS[k], lang)} for k in Kind])
    for kind in Kind if not args.json else []:
        write(f"{kind.value:<18} {label(KIND_LABELS[kind], lang)}")
    return EXIT_OK


def cmd_templates(args: argparse.Namespace, journal: Journal | None) -> int:
    from reflekt.core.templates import TEMPLATES

    lang = language_of(args)
    if args.json:
        write_json(
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
        write(f"{t.key:<14} {t.name(lang)}")
        write(f"{'':14} {t.description(lang)}")
        for s in t.sections:
            private = "  (stays private)" if s.private else ""
            write(f"{'':14}   {s.key:<14} {s.label(lang)}{private}")
        write("")
    return EXIT_OK


def cmd_prompt(args: argparse.Namespace, journal: Journal | None) -> int:
    from reflekt.core.templates import prompt_for

    day = as_day(args.date) if args.date else dt.date.today()
    write(prompt_for(day, language_of(args)))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, journal: Journal) -> int:
    from reflekt.core.demo import fill_demo

    existing = journal.count() + journal.count(Filters(trash=True))
    if existing:
        raise InvalidInput(
            msg(
                "The journal {path} already has {count} entries, and demo entries "
                "would mix with them. Fill a new journal instead: "
                "reflekt --journal demo.reflekt demo",
                path=journal.path,
                count=existing,
            )
        )
    count = fill_demo(journal, args.demo_lang or language_of(args))
    write(msg("Added {count} demo entries to {path}.", count=count, path=journal.path))
    return EXIT_OK


def cmd_goals(args: argparse.Namespace, journal: Journal) -> int:
    goals = journal.goals.list(args.status)
    if args.json:
        write_json([goal_to_dict(g) for g in goals])
    elif not goals:
        write(msg('No goals yet. Set one with: reflekt goal add "Get better at giving feedback"'))
    for g in goals if not args.json else []:
        target = msg("  by {date}", date=g.target_date) if g.target_date else ""
        count = (
            msg("1 entry") if g.entry_count == 1 else msg("{count} entries", count=g.entry_count)
        )
        write(f"{g.id[:8]}  {g.status.value:<9} {g.title}{target}  ({count})")
    return EXIT_OK


def cmd_goal(args: argparse.Namespace, journal: Journal) -> int:
    action = args.goal_action
    if action == "list":
        return cmd_goals(args, journal)
    if action == "add":
        goal = journal.goals.add(
            args.title,
            description=args.description or "",
            target_date=as_day(args.target) if args.target else None,
            status=args.status or GoalStatus.ACTIVE,
        )
        write(goal.id)
    elif action == "edit":
        changes: dict[str, Any] = {}
        if args.title is not None:
            changes["title"] = args.title
        if args.description is not None:
            changes["description"] = args.description
        if args.target is not None:
            changes["target_date"] = as_day(args.target) if args.target else None
        if args.status is not None:
            changes["status"] = args.status
        if not changes:
            raise InvalidInput(
                msg("Nothing to change: give --title, --description, --target or --status.")
            )
        write(journal.goals.update(args.id, **changes).id)
    elif action == "show":
        goal = journal.goals.get(args.id)
        evidence = list(journal.iter_entries(Filters(goal=goal.id)))
        if args.json:
            write_json({**goal_to_dict(goal), "evidence": [entry_to_dict(e) for e in evidence]})
        else:
            write(f"{goal.title}  [{goal.status.value}]")
            if goal.target_date:
                write(msg("target: {date}", date=goal.target_date))
            if goal.description:
                write(goal.description)
            write(
                "\n"
                + (
                    msg("1 linked entry:")
                    if len(evidence) == 1
                    else msg("{count} linked entries:", count=len(evidence))
                )
            )
            for entry in evidence:
                write(entry_line(entry))
    elif action == "delete":
        goal = journal.goals.get(args.id)
        journal.goals.delete(goal.id)
        write(msg("Removed the goal {goal}; its entries are kept.", goal=repr(goal.title)))
    elif action in ("link", "unlink"):
        method = journal.goals.link if action == "link" else journal.goals.unlink
        method(args.entry, args.id)
        write("Linked." if action == "link" else "Unlinked.")
    return EXIT_OK


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


def _add_goals(command: Command) -> None:
    p = command("goals", cmd_goals, "development goals", uses="read")
    p.add_argument("--status", choices=[s.value for s in GoalStatus])
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_goal(command: Command) -> None:
    p = command(
        "goal", cmd_goal, "add, change, show or link a development goal (no ACTION: list them)"
    )
    goal = p.add_subparsers(dest="goal_action", metavar="ACTION", parser_class=type(p))
    p.set_defaults(goal_action="list", status=None, json=False)  # `reflekt goal` lists them
    goal.add_parser("list", help="the goals (as `reflekt goals`; the default)").add_argument(
        "--json", action="store_true", help="print JSON"
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


# The commands of this module, in the order `reflekt --help` lists them.
COMMANDS = {
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
