"""Commands for sharing (issue #4): export, import, the team library and the share log."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from reflekt.cli.common import EXIT_OK, Command, date_range, language_of
from reflekt.cli.output import one_line, snippet_markdown, write, write_hits, write_json
from reflekt.controls import for_json, for_terminal
from reflekt.core import scope
from reflekt.core.journal import Journal
from reflekt.core.models import Filters, Kind
from reflekt.core.team_library import key_fingerprint
from reflekt.core.team_records import share_record_to_dict, team_lesson_to_dict
from reflekt.errors import FileTooBig, InvalidInput, NotFound
from reflekt.messages import msg
from reflekt.share import export, redact, signing, team
from reflekt.share.importers import FORMATS as IMPORT_FORMATS
from reflekt.share.importers import import_file
from reflekt.share.pictures import LeftOut

# `team sync`: a file that is (or looks like) a bundle could not be read; the report
# names each one and why. Not an error of the command: the rest was read. (3 and 4 are
# `check`'s, 5 a conflict of `edit --if-revision`.)
EXIT_SKIPPED = 6


def _export_filters(args: argparse.Namespace) -> Filters | None:
    date_from, date_to = date_range(args)
    filters = Filters(
        kind=Kind(args.kind) if args.kind else None,
        tag=args.tag,
        date_from=date_from,
        date_to=date_to,
        visibility=scope.TEAM.visibility_filter() if args.shared else None,
    )
    return None if filters == Filters() else filters


def cmd_export(args: argparse.Namespace, journal: Journal) -> int:
    if args.team:
        if args.format != "bundle" or args.output:
            raise InvalidInput(
                msg(
                    "--team writes your bundle into the team folder: use it with "
                    "--format bundle and without -o."
                )
            )
        path, left_out = team.publish_with_notes(journal, lang=language_of(args))
        write(msg("Wrote your shared lessons to {path}.", path=path))
        _say_left_out(left_out)
        return EXIT_OK
    if not args.output:
        raise InvalidInput(msg("Say where to write the export: -o FILE (or -o - to print it)."))
    options = export.ExportOptions(
        format=args.format,
        ids=tuple(args.id or ()),
        filters=_export_filters(args),
        include_private=args.include_private,
        people=export.PeopleMode(args.people),
        lang=language_of(args),
        brief=args.brief,
        title=args.title,
        include_pictures=getattr(args, "pictures", True),
    )
    if args.output == export.STDOUT and args.format == "pdf":
        raise InvalidInput(msg("A PDF cannot go to the terminal. Name a file with -o FILE.pdf."))
    if args.format == "backup":  # streamed to its file: no preview of the whole journal
        export.check_backup_options(options)
        if args.output == export.STDOUT:
            export.print_backup(journal)
            return EXIT_OK
        path = export.write_backup(journal, Path(args.output), overwrite=args.force)
        write(msg("Exported the whole journal to {path}.", path=path))
        return EXIT_OK
    preview = export.prepare_export(journal, options)
    if preview.needs_rendering:
        from reflekt.gui.pdf import html_to_pdf  # Qt only when a PDF is asked for

        preview = preview.rendered(html_to_pdf(preview.text, title=preview.title))
    if args.output == export.STDOUT:
        if sys.stdout.isatty():
            # A person reads it on the terminal: controls show escaped (JSON as \u
            # escapes, the same value). Piped on (-o - | pandoc) the bytes stay exact.
            safe = for_json if preview.format == "bundle" else for_terminal
            preview = replace(preview, data=safe(preview.text).encode("utf-8"))
        export.write_stdout(journal, preview)
        return EXIT_OK
    path = export.write_export(journal, preview, Path(args.output), overwrite=args.force)
    _say_left_out(preview.left_out)
    count = len(preview.entry_ids)
    write(
        msg("Exported 1 entry to {path}.", path=path)
        if count == 1
        else msg("Exported {count} entries to {path}.", count=count, path=path)
    )
    return EXIT_OK


def _say_left_out(left_out: tuple[LeftOut, ...]) -> None:
    """Each picture a bundle could not carry, and why (the entry went without it)."""
    for left in left_out:
        write(
            msg(
                "A picture ({caption}) of “{entry}” was left out: {reason}",
                caption=left.caption or left.sha256[:12],
                entry=left.entry,
                reason=left.reason,
            )
        )


def cmd_import(args: argparse.Namespace, journal: Journal) -> int:
    cap = None
    if args.max_size is not None:
        if args.max_size < 1:
            raise InvalidInput(msg("--max-size is in megabytes and must be at least 1."))
        cap = args.max_size * 1024 * 1024  # this import only: never stored in the journal
    try:
        report = import_file(journal, Path(args.file), args.format, max_bytes=cap)
    except FileTooBig as exc:
        raise FileTooBig(
            exc.message + " " + msg("To import bigger files: reflekt import FILE --max-size MB")
        ) from None
    if args.json:
        write_json(report.to_dict())
    else:
        for line in report.lines():
            write(line)
    return EXIT_OK


def cmd_team(args: argparse.Namespace, journal: Journal) -> int:
    action = args.team_action
    if action == "folder":
        if args.path is None:
            current = team.folder(journal)
            write(
                str(current)
                if current
                else msg("No team folder is set. Set one: reflekt team folder PATH")
            )
            return EXIT_OK
        folder = team.set_folder(journal, args.path)
        write(msg("Team folder: {folder}. Read it with: reflekt team sync", folder=folder))
    elif action == "name":
        me = export.set_author(journal, args.name, args.team_name)
        write(me.name + (f" ({me.team})" if me.team else ""))
    elif action == "sync":
        report = team.scan(journal)
        published, left_out = (
            team.publish_with_notes(journal, lang=language_of(args)) if args.publish else (None, ())
        )
        if args.json:
            write_json(
                {
                    **report.to_dict(),
                    "lessons": journal.team.count(),
                    "published": str(published) if published else None,
                }
            )
        else:
            for line in report.lines():
                write(line)
            if published:
                write(msg("Wrote your shared lessons to {path}.", path=published))
                _say_left_out(left_out)
        return EXIT_SKIPPED if report.needs_attention else EXIT_OK
    elif action == "list":
        lessons = journal.team.lessons(author=args.author, tag=args.tag, skill=args.skill)
        if args.json:
            keys = _author_keys(journal)
            write_json([_with_key(team_lesson_to_dict(lesson), keys) for lesson in lessons])
        elif not lessons:
            write(_empty_library(journal, args))
        for lesson in lessons if not args.json else []:
            write(_lesson_line(lesson))
    elif action == "search":
        hits = journal.team.search(args.query, author=args.author, tag=args.tag, skill=args.skill)
        if args.json:
            keys = _author_keys(journal)
            write_json(
                [
                    {
                        **_with_key(team_lesson_to_dict(hit.lesson), keys),
                        "snippet": snippet_markdown(hit.snippet),
                    }
                    for hit in hits
                ]
            )
            return EXIT_OK
        write_hits(
            ((_lesson_line(hit.lesson), hit.snippet) for hit in hits),
            msg("Nothing in the team library for {query}.", query=repr(args.query)),
        )
    elif action == "authors":
        _team_authors(args, journal)
    elif action == "forget":
        _team_forget(args, journal)
    return EXIT_OK


def _author_keys(journal: Journal) -> dict[str, tuple[bool, str]]:
    return {a["id"]: (a["verified"], a["fingerprint"]) for a in journal.team.authors()}


def _with_key(lesson: dict[str, Any], keys: dict[str, tuple[bool, str]]) -> dict[str, Any]:
    """A lesson's JSON with whether its author is verified and their key's fingerprint."""
    author = lesson["author"]
    assert isinstance(author, dict)
    verified, fingerprint = keys.get(author["id"], (False, ""))
    author.update(verified=verified, fingerprint=fingerprint)
    return lesson


def _team_authors(args: argparse.Namespace, journal: Journal) -> None:
    authors = journal.team.authors()
    if args.json:
        write_json(authors)
        return
    if journal.get_setting(signing.PRIVATE_KEY_SETTING):
        fingerprint = key_fingerprint(signing.public_key(journal))
        write(
            msg(
                "Your key: {fingerprint} (colleagues see it next to your name)",
                fingerprint=fingerprint,
            )
        )
    if not authors:
        write(
            msg(
                "No colleagues in the team library yet. Read the team folder with: reflekt team sync"
            )
        )
    for a in authors:
        who = a["name"] + (f" ({a['team']})" if a["team"] else "")
        key = a["fingerprint"] or msg("unverified (unsigned bundles)")
        write(f"{one_line(who, 40):<40} {key:<20} {a['lessons']:>5}  {a['id']}")


def _team_forget(args: argparse.Namespace, journal: Journal) -> None:
    found = journal.team.find_author(args.author)
    if found is None:
        raise NotFound(
            msg(
                "There is no colleague {who} in the team library. See who is there with: "
                "reflekt team authors",
                who=repr(args.author),
            )
        )
    author_id, name = found
    count = journal.team.forget_author(author_id, key=True)
    write(
        msg(
            "Forgot {name}: {count} lesson(s) and their key are gone from the library. The "
            "next sync reads their files again and trusts the key it finds then.",
            name=name or author_id,
            count=count,
        )
    )


def _lesson_line(lesson: Any) -> str:
    tags = " ".join(f"#{t}" for t in lesson.tags)
    title = one_line(lesson.display_title or "(empty)", 50)
    author = one_line(lesson.author_name, 24)
    return f"{lesson.day.isoformat()}  {author:<24} {lesson.kind.value:<16} {title}" + (
        f"  {tags}" if tags else ""
    )


def cmd_shares(args: argparse.Namespace, journal: Journal) -> int:
    records = journal.shares.list()
    if args.json:
        write_json([share_record_to_dict(r) for r in records])
        return EXIT_OK
    if not records:
        write(msg("Nothing has been shared from this journal yet."))
    for r in records:
        count = len(r.entries)
        what = r.note or (msg("1 entry") if count == 1 else msg("{count} entries", count=count))
        shown = r.people != "none" and r.format != "backup"
        people = msg(", people: {people}", people=r.people) if shown else ""
        write(f"{r.at}  {r.format:<6} {what}{people} → {r.path}")
    return EXIT_OK


def cmd_privacy(args: argparse.Namespace, journal: Journal) -> int:
    """What leaves of one entry besides the people rule: names kept, words left out."""
    entry = journal.get(args.id)
    known = {redact.fold(p.name): p.name for p in journal.people.known()}
    for name in args.keep_name or ():
        person = known.get(redact.fold(name))
        if person is None:
            raise InvalidInput(
                msg(
                    "No one called {name} is in your people list, so there is no name to keep. "
                    "Add them first with: reflekt person NAME",
                    name=repr(name),
                )
            )
        redact.keep_name(journal, entry.id, person)
    for name in args.replace_name or ():
        redact.unkeep_name(journal, entry.id, name)
    for word in args.leave_out or ():
        if not redact.fold(word):
            raise InvalidInput(msg("Give a word to leave out, for example a nickname."))
        redact.leave_out_word(journal, entry.id, word)
    for word in args.put_back or ():
        redact.put_back_word(journal, entry.id, word)
    chosen = redact.choices(journal, entry.id)
    if args.json:
        write_json({"id": entry.id, "kept_names": chosen.keep, "left_out": chosen.extra})
        return EXIT_OK
    kept = ", ".join(chosen.keep) or msg("none")
    left_out = ", ".join(chosen.extra) or msg("none")
    write(
        msg(
            "{entry}  names kept as written: {kept}; words left out: {left_out}",
            entry=entry.id[:8],
            kept=kept,
            left_out=left_out,
        )
    )
    return EXIT_OK


def register(command: Command) -> None:
    p = command(
        "export",
        cmd_export,
        "export entries to share (md, html, pdf, bundle) or back up the whole journal",
    )
    p.add_argument("--format", required=True, choices=export.FORMATS)
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (a folder; - prints)")
    p.add_argument("--id", action="append", metavar="ID", help="an entry to export (repeat)")
    p.add_argument("--tag", help="entries with this tag")
    p.add_argument("--kind", choices=[k.value for k in Kind], help="entries of this kind")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this day")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this day")
    p.add_argument("--shared", action="store_true", help="only entries marked shareable")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="I agree that the chosen private entries may leave this computer",
    )
    p.add_argument(
        "--people",
        choices=[m.value for m in export.PeopleMode],
        default="none",
        help="people: left out (none, default), as role and department (roles), or by name",
    )
    p.add_argument("--brief", action="store_true", help="a 15-minute learning share (1-3 lessons)")
    p.add_argument("--title", help="a title for the page")
    p.add_argument(
        "--no-pictures",
        dest="pictures",
        action="store_false",
        help="leave the entries' pictures out (they leave with their entries by default)",
    )
    p.add_argument("--team", action="store_true", help="write your bundle into the team folder")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = command("import", cmd_import, "import jrnl, Day One, Markdown notes, a backup or a bundle")
    p.add_argument("file", help="the file, or a folder of Markdown notes")
    p.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--max-size",
        type=int,
        metavar="MB",
        help="accept a file up to this many megabytes, for this import only (default 50)",
    )

    p = command(
        "team", cmd_team, "the team library: colleagues' shared lessons (no ACTION: list them)"
    )
    sub = p.add_subparsers(dest="team_action", metavar="ACTION", parser_class=type(p))
    # `reflekt team` lists the lessons
    p.set_defaults(team_action="list", author=None, tag=None, skill=None, json=False)
    folder = sub.add_parser("folder", help="show or set the team folder")
    folder.add_argument("path", nargs="?")
    name = sub.add_parser("name", help="the name (and team) colleagues see on your lessons")
    name.add_argument("name")
    name.add_argument("--team", dest="team_name", help="your team or department")
    sync_help = (
        f"read the team folder now (exit {EXIT_SKIPPED} when a file that is or looks like a "
        "bundle could not be read; the report names each skipped file and why)"
    )
    sync = sub.add_parser("sync", help=sync_help, description=sync_help)
    sync.add_argument("--publish", action="store_true", help="also write your own bundle there")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    authors = sub.add_parser("authors", help="colleagues in the library and their key fingerprints")
    authors.add_argument("--json", action="store_true", help="print JSON")
    forget = sub.add_parser(
        "forget", help="remove a colleague's lessons and pinned key (e.g. after a new key)"
    )
    forget.add_argument("author", help="their name as shown, or their id")
    for action, text in (
        ("list", "lessons in the team library (the default)"),
        ("search", "search them"),
    ):
        q = sub.add_parser(action, help=text)
        if action == "search":
            q.add_argument("query")
        q.add_argument("--author", help="only this colleague (name)")
        q.add_argument("--tag")
        q.add_argument("--skill")
        q.add_argument("--json", action="store_true", help="print JSON")

    p = command("shares", cmd_shares, "what has left this computer, and when", uses="read")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command(
        "privacy",
        cmd_privacy,
        "for one entry: keep a person's name as written, or leave out one more word",
    )
    p.add_argument("id", help="the entry")
    p.add_argument(
        "--keep-name", action="append", metavar="NAME", help="keep this person's name (repeat)"
    )
    p.add_argument(
        "--replace-name", action="append", metavar="NAME", help="replace a kept name again"
    )
    p.add_argument(
        "--leave-out", action="append", metavar="WORD", help="also leave out this word (repeat)"
    )
    p.add_argument("--put-back", action="append", metavar="WORD", help="stop leaving out WORD")
    p.add_argument("--json", action="store_true", help="print JSON")


def _empty_library(journal: Journal, args: argparse.Namespace) -> str:
    """Why ``team list`` shows nothing, and what to do about it."""
    total = journal.team.count()
    if total and args.author and journal.team.find_author(args.author) is None:
        return msg(
            "No colleague called {who} in the team library ({count} lesson(s) from others). "
            "See who is there with: reflekt team authors",
            who=repr(args.author),
            count=total,
        )
    if total and (args.author or args.tag or args.skill):
        return msg("None of the {count} lesson(s) in the team library match that.", count=total)
    where = team.folder(journal)
    if where is None:
        return msg(
            "The team library is empty. Set a team folder (reflekt team folder PATH) "
            "and run: reflekt team sync"
        )
    return msg(
        "The team library is empty: no colleague's lessons have been read from {folder} "
        "yet. Run: reflekt team sync (it names every file it skips, and why)",
        folder=where,
    )
