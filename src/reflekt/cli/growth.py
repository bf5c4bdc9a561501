"""Growth commands: ``reflekt stats``, ``reflekt chart`` and ``reflekt report``.

Statistics need no Qt. Charts and reports are drawn by Qt, imported only inside the
commands that need it, on the offscreen platform when there is no display.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from reflekt import private_files
from reflekt.cli.common import Command, language_of
from reflekt.cli.output import write, write_json
from reflekt.core import stats
from reflekt.core.dates import parse_when
from reflekt.core.journal import Journal
from reflekt.core.models import KIND_LABELS, SOURCE_LABELS, Kind, Source, label
from reflekt.core.periods import Period
from reflekt.core.report import Audience, build_report
from reflekt.errors import InvalidInput
from reflekt.messages import msg, os_reason, term

CHART_NAMES = ("activity", "kinds", "sources", "skills", "flow", "mood")


def _period(args: argparse.Namespace, journal: Journal) -> Period:
    start = parse_when(args.date_from) if args.date_from else None
    end = parse_when(args.date_to) if args.date_to else None
    return stats.resolve_period(journal, start, end)


def _size(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            msg("a size in pixels is a whole number, not {value}", value=repr(value))
        ) from None
    if not 50 <= number <= 8000:
        raise argparse.ArgumentTypeError(
            msg("choose a size between 50 and 8000 pixels, not {number}", number=number)
        )
    return number


def _stats_text(s: stats.GrowthStats, lang: str) -> str:
    change = s.change
    signed = f"+{change}" if change > 0 else ("±0" if change == 0 else f"−{-change}")
    streak_unit = msg("entry") if s.streak.min_per_week == 1 else msg("entries")
    figures = [
        (
            msg("Entries:"),
            msg(
                "{count}  ({change} compared with {start} – {end})",
                count=s.total_entries,
                change=signed,
                start=s.previous.start,
                end=s.previous.end,
            ),
        ),
        (
            msg("Weeks in a row:"),
            msg(
                "{now} now, {longest} at most (weeks with at least {least} {unit})",
                now=s.streak.current,
                longest=s.streak.longest,
                least=s.streak.min_per_week,
                unit=streak_unit,
            ),
        ),
        (msg("Lessons from mistakes:"), str(s.lessons_from_mistakes)),
        (msg("Knowledge shared:"), str(s.shared_count)),
        (msg("Learned from others:"), str(s.learned_from_count)),
        (msg("Team lessons used:"), str(s.team_lessons_used)),
    ]
    width = max(len(label) for label, _ in figures) + 2  # the figures line up
    lines = [
        msg(
            "{start} – {end} ({days} days)",
            start=s.period.start,
            end=s.period.end,
            days=s.period.days,
        ),
        "",
        *(f"{label:<{width}}{value}" for label, value in figures),
    ]
    kinds = [(k, n) for k, n in s.by_kind.items() if n]
    if kinds:
        lines += ["", msg("By kind:")]
        lines += [f"  {label(KIND_LABELS[Kind(k)], lang):<28} {n}" for k, n in kinds]
    if sum(s.by_source.values()):
        lines += ["", msg("Where the learning came from (70-20-10 for reference):")]
        for source in Source:
            share = round(100 * s.source_shares[source.value])
            reference = round(100 * stats.REFERENCE_SHARES[source.value])
            lines.append(
                f"  {label(SOURCE_LABELS[source], lang):<28} {s.by_source[source.value]:>4}"
                f"  {share:>3} %  " + msg("(reference {reference} %)", reference=reference)
            )
    if s.skills:
        lines += ["", msg("Skills:")] + [f"  {x.name:<28} {x.count}" for x in s.skills]
    if s.learned_from:
        lines += ["", msg("Learned from:")] + [f"  {x.name:<28} {x.count}" for x in s.learned_from]
    if s.goals:
        lines += ["", msg("Goals:")]
        lines += [
            "  "
            + msg(
                "{title}  ({status}; {count} {unit} as evidence)",
                title=g.title,
                status=term(f"goal_status.{g.status.value}", lang).lower(),
                count=g.evidence,
                unit=msg("entry") if g.evidence == 1 else msg("entries"),
            )
            for g in s.goals
        ]
    return "\n".join(lines)


def cmd_stats(args: argparse.Namespace, journal: Journal) -> int:
    result = stats.compute(journal, _period(args, journal))
    if args.json:
        write_json(result.to_json())
    else:
        write(_stats_text(result, language_of(args)))
    return 0


def _output(args: argparse.Namespace, suffixes: tuple[str, ...], example: str) -> Path:
    path = Path(args.output).expanduser()
    # The journal, its working files, a backup, a folder, a device, a pipe: refused
    # before any work is done (and again when the file is written); a file that exists,
    # unless --force (the rule of every command that writes a file).
    private_files.check_target(path)
    if path.suffix.lower() not in suffixes:
        raise InvalidInput(
            msg(
                "{name} does not end in {suffixes}. Name the output file like {example}.",
                name=path.name,
                suffixes=msg(" or ").join(suffixes),
                example=example,
            )
        )
    if not path.parent.is_dir():
        raise InvalidInput(
            msg(
                "The folder {folder} does not exist. Create it or choose another.",
                folder=path.parent,
            )
        )
    private_files.refuse_existing(path, overwrite=args.force)  # a right name, but taken
    return path


def cmd_chart(args: argparse.Namespace, journal: Journal) -> int:
    path = _output(args, (".png", ".svg"), msg("{name}.png or {name}.svg", name=args.name))
    result = stats.compute(journal, _period(args, journal))
    from reflekt.gui.report_pdf import ensure_app

    ensure_app(language_of(args))
    from reflekt.gui.charts import export_chart

    export_chart(args.name, result, path, args.width, args.height)
    write(msg("Wrote the {name} chart to {path}.", name=args.name, path=path))
    return 0


def cmd_report(args: argparse.Namespace, journal: Journal) -> int:
    path = _output(args, (".pdf", ".html", ".htm"), msg("talk.pdf or talk.html"))
    report = build_report(
        journal,
        _period(args, journal),
        args.audience,
        names=args.names,
        talk_about=_text_arg(args.talk_about),
        support=_text_arg(args.support),
        lang=language_of(args),
        include_pictures=getattr(args, "pictures", True),
    )
    from reflekt.gui.report_pdf import export_report

    export_report(journal, report, path)
    if args.remember_talk:
        stats.set_last_talk(journal, dt.date.today())
    write(
        msg("Wrote the development-talk report (to show your manager) to {path}.", path=path)
        if report.for_manager
        else msg("Wrote the development-talk report (for yourself) to {path}.", path=path)
    )
    return 0


def _text_arg(value: str | None) -> str:
    if not value:
        return ""
    if value.startswith("@"):
        try:
            return Path(value[1:]).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(
                msg(
                    "reflekt could not read {path} ({reason}). Check the file name.",
                    path=value[1:],
                    reason=os_reason(exc),
                )
            ) from None
        except UnicodeDecodeError:
            raise InvalidInput(
                msg("{path} is not UTF-8 text. Save it as UTF-8 and try again.", path=value[1:])
            ) from None
    return value


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day (default: today)")


def register(command: Command) -> None:
    p = command(
        "stats",
        cmd_stats,
        "growth statistics for a period (default: since your last development talk, "
        "or the last 12 months)",
        uses="read",
    )
    _period_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("chart", cmd_chart, "draw one growth chart as PNG or SVG", uses="read")
    p.add_argument("name", choices=CHART_NAMES, help="which chart: " + ", ".join(CHART_NAMES))
    _period_options(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--width", type=_size, default=900, help="pixels (default 900)")
    p.add_argument("--height", type=_size, default=420, help="pixels (default 420)")

    p = command(
        "report",
        cmd_report,
        "write a development-talk report as PDF or HTML",
        uses="read",  # never creates a journal; --remember-talk writes one setting
    )
    _period_options(p)
    p.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        default=Audience.ME.value,
        help="me: everything; manager: only shareable entries, no mood, no private sections",
    )
    p.add_argument(
        "--names",
        action="store_true",
        help="show people's names in a manager's report (default: role and department)",
    )
    p.add_argument("--talk-about", metavar="TEXT", help="'What I want to talk about' (or @FILE)")
    p.add_argument("--support", metavar="TEXT", help="'Support I would like' (or @FILE)")
    p.add_argument(
        "--remember-talk",
        action="store_true",
        help="remember today as the day of your development talk",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.html")
    p.add_argument(
        "--no-pictures",
        dest="pictures",
        action="store_false",
        help="leave the entries' pictures out of the report",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
