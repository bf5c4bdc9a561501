"""A believable year of one person's journal, for trying reflekt before writing in it.

The person is a support-team lead at a mid-size Swedish company. The entries are
assembled from the material in ``demo_content`` with one seeded ``random.Random``,
so the same language, day and seed always give the same journal. The plan (which
entry lands on which day, moods, stars) never looks at the language: the English
and the Swedish demo are the same year told in two languages.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from reflekt.core import demo_content as content
from reflekt.core.demo_content import Link, Piece, Situation, T, Theme
from reflekt.core.journal import Journal
from reflekt.core.models import GoalStatus, Kind, PersonLink, Relation, Source, Visibility
from reflekt.core.templates import TEMPLATES, normalise_lang

DAYS = 365  # the demo covers today and the 364 days before it
_V = TypeVar("_V")

# Chance that an entry of a kind is marked shareable: lessons travel, private musings don't.
_SHARE_CHANCE = {
    Kind.LESSON: 0.5,
    Kind.MISTAKE: 0.55,
    Kind.SHARED_KNOWLEDGE: 0.6,
    Kind.TIL: 0.35,
    Kind.LEARNED_FROM: 0.2,
    Kind.REFLECTION: 0.05,
    Kind.REVIEW: 0.0,
    Kind.GOAL_NOTE: 0.0,
}
_MOODS = (2, 3, 3, 3, 4, 4, 4, 4, 5)  # an ordinary working week: mostly fine
_MISTAKE_MOODS = (2, 2, 3, 3, 4)  # nobody writes up a mistake on a great day
_LOW_MOODS = (1, 2, 2, 3)  # the days around the failed deploy
_INCIDENT = "incident"


@dataclass
class _Spec:
    """One planned entry, its texts still in both languages."""

    t: float  # place in the year, 0 = a year ago, 1 = today
    template: str
    kind: Kind
    title: T
    body: T = ("", "")
    sections: dict[str, T] = field(default_factory=dict)
    theme: str = ""
    tags: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    people: tuple[Link, ...] = ()
    goal: str = ""
    source: Source = Source.EXPERIENCE
    mood: int | None = None
    starred: bool = False
    shareable: bool = False
    day: dt.date = dt.date.min
    created: str = ""
    updated: str = ""


class _Decks:
    """Hands out each list's items in a shuffled order, all of them before any repeats.

    Combining a situation with the next lesson from a deck, rather than a random one,
    keeps two entries of the same theme from saying the same thing.
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._left: dict[int, list[Any]] = {}

    def draw(self, items: Sequence[_V]) -> _V:
        left = self._left.get(id(items))
        if not left:
            left = list(items)
            self._rng.shuffle(left)
            self._left[id(items)] = left
        return left.pop()


def fill_demo(
    journal: Journal, lang: str = "en", *, today: dt.date | None = None, seed: int = 7
) -> int:
    """Fill ``journal`` with a realistic 12-month sample; return the number of entries added."""
    index = 1 if normalise_lang(lang) == "sv" else 0
    today = today or dt.date.today()
    rng = random.Random(seed)
    specs = _plan(rng, today)
    for name, (role, department) in content.PEOPLE.items():
        journal.people.set(name, role=role[index], department=department[index])
    goal_ids = _add_goals(journal, specs, index, today)
    ids = journal.add_many(_item(spec, index, goal_ids) for spec in specs)
    return len(ids)


# -- the plan -----------------------------------------------------------------


def _plan(rng: random.Random, today: dt.date) -> list[_Spec]:
    themes = {theme.key: theme for theme in content.THEMES}
    decks = _Decks(rng)
    specs = [
        _from_situation(rng, decks, theme, situation)
        for theme in content.THEMES
        for situation in theme.situations
    ]
    specs += [_from_piece(rng, themes[piece.theme], piece) for piece in content.PIECES]
    # Stable sort: entries that share an anchor keep the order they are written in.
    specs.sort(key=lambda spec: spec.t)
    workdays = _workdays(today)
    weekly = _weekly_days(rng, workdays, today)
    days = _entry_days(rng, today, workdays, [spec.t for spec in specs], weekly)
    for spec, day in zip(specs, days, strict=True):
        spec.day = day
    place = {day: n / (len(workdays) - 1) for n, day in enumerate(workdays)}
    specs += [_weekly(rng, decks, content.THEMES, day, place[day]) for day in weekly]
    specs.sort(key=lambda spec: spec.day)
    _finish(rng, specs, today)
    return specs


def _from_situation(rng: random.Random, decks: _Decks, theme: Theme, situation: Situation) -> _Spec:
    template = situation.template
    if template == "aar" and situation.plan is None:
        template = "what-so-what"  # an after-action review needs a plan to compare with
    lesson = decks.draw(theme.lessons)
    action = decks.draw(theme.actions)
    if template == "gibbs":
        evaluation = _join(decks.draw(theme.good), decks.draw(theme.hard), " ")
        sections = {
            "description": situation.what,
            "feelings": situation.feeling,
            "evaluation": evaluation,
            "analysis": situation.why,
            "conclusion": lesson,
            "action_plan": action,
        }
    elif template == "aar":
        assert situation.plan is not None
        sections = {
            "planned": situation.plan,
            "actual": situation.what,
            "differences": situation.why,
            "next_time": _join(action, lesson, " "),
        }
    elif template == "what-so-what":
        sections = {
            "what": situation.what,
            "so_what": _join(situation.why, lesson, " "),
            "now_what": action,
        }
    else:
        sections = {}
    body = ("", "")
    if not sections:
        body = _join(_join(situation.what, situation.feeling), _join(situation.why, lesson))
    spec = _Spec(
        t=_place(rng, theme, situation.at),
        template=template,
        kind=Kind(situation.kind) if situation.kind else TEMPLATES[template].kind,
        title=situation.title,
        body=body,
        sections=sections,
        people=situation.people or theme.people,
        mood=situation.mood,
        starred=situation.starred,
    )
    return _with_theme(spec, theme, theme.source)


def _from_piece(rng: random.Random, theme: Theme, piece: Piece) -> _Spec:
    template = TEMPLATES[piece.template]
    source = piece.source or (template.source.value if template.source else theme.source)
    spec = _Spec(
        t=_place(rng, theme, piece.at),
        template=piece.template,
        kind=Kind(piece.kind) if piece.kind else template.kind,
        title=piece.title,
        body=piece.body,
        sections=dict(piece.sections),
        people=piece.people,
        starred=piece.starred,
    )
    spec = _with_theme(spec, theme, source)
    if piece.goal is not None:
        spec.goal = piece.goal
    if piece.template == "til":  # a quick note gets a quick label, not the thread's full set
        spec.tags, spec.skills = theme.tags[:1], theme.skills[:1]
    return spec


def _with_theme(spec: _Spec, theme: Theme, source: str) -> _Spec:
    spec.theme = theme.key
    spec.tags = theme.tags
    spec.skills = theme.skills
    spec.goal = theme.goal
    spec.source = Source(source)
    return spec


def _weekly(
    rng: random.Random, decks: _Decks, themes: Sequence[Theme], day: dt.date, t: float
) -> _Spec:
    """A Friday review, made of what two of the threads running that week brought."""
    running = [theme for theme in themes if theme.good]
    active = [theme for theme in running if theme.window[0] <= t <= theme.window[1]] or running
    first, second = rng.sample(active, 2) if len(active) > 1 else (active[0], active[0])
    week = day.isocalendar().week
    title = (
        f"Week {week}: {_join(first.label, second.label, ' and ')[0]}",
        f"Vecka {week}: {_join(first.label, second.label, ' och ')[1]}",
    )
    if first is second:
        title = (f"Week {week}: {first.label[0]}", f"Vecka {week}: {first.label[1]}")
    spec = _Spec(
        t=t,
        template="weekly",
        kind=Kind.REVIEW,
        title=title,
        sections={
            "highs": decks.draw(first.good),
            "lows": decks.draw(second.hard),
            "learned": decks.draw(first.lessons),
            "next_week": decks.draw(second.actions),
        },
        day=day,
    )
    spec = _with_theme(spec, first, "experience")
    spec.tags = tuple(dict.fromkeys(first.tags[:1] + second.tags[:1]))
    spec.skills = first.skills[:1]
    return spec


def _place(rng: random.Random, theme: Theme, at: float | None) -> float:
    return at if at is not None else rng.uniform(*theme.window)


def _join(first: T, second: T, glue: str = "\n\n") -> T:
    return (
        glue.join(part for part in (first[0], second[0]) if part),
        glue.join(part for part in (first[1], second[1]) if part),
    )


# -- the calendar -------------------------------------------------------------


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, 31)  # March and October both have 31 days
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _stockholm(day: dt.date) -> dt.timezone:
    """Stockholm's UTC offset on ``day``.

    Worked out from the EU rule rather than with zoneinfo, so the demo never depends
    on the machine's time zone data (slim Linux images ship without it). Entries are
    written in daytime, so the switch itself (at 01:00 UTC on the last Sundays of
    March and October) never matters.
    """
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


def _midsummer_eve(year: int) -> dt.date:
    return next(dt.date(year, 6, d) for d in range(19, 26) if dt.date(year, 6, d).weekday() == 4)


def _off_work(day: dt.date) -> bool:
    """Weekends, the July holiday, Christmas to Epiphany and the fixed public holidays."""
    if day.weekday() >= 5 or day.month == 7:
        return True
    if (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 6):
        return True
    return (day.month, day.day) in {(5, 1), (6, 6)} or day == _midsummer_eve(day.year)


def _on_holiday(day: dt.date) -> bool:
    return day.month == 7 or (day.month == 12 and day.day >= 22) or (day.month, day.day) < (1, 7)


def _workdays(today: dt.date) -> list[dt.date]:
    """The demo year's working days: places in the year count these, so holidays are skipped."""
    start = today - dt.timedelta(days=DAYS - 1)
    return [
        day for day in (start + dt.timedelta(days=n) for n in range(DAYS)) if not _off_work(day)
    ]


def _weekly_days(rng: random.Random, workdays: Sequence[dt.date], today: dt.date) -> list[dt.date]:
    """Every third working Friday, the way a good habit actually holds up."""
    # Yesterday and today are kept for the year's last entries.
    fridays = [day for day in workdays if day.weekday() == 4 and (today - day).days > 1]
    return fridays[rng.randrange(3) :: 3]


def _entry_days(
    rng: random.Random,
    today: dt.date,
    workdays: Sequence[dt.date],
    targets: Sequence[float],
    reserved: Sequence[dt.date],
) -> list[dt.date]:
    """A day for each place in the year in ``targets`` (sorted), keeping their order.

    Each entry goes to the first day at or after its target that still has room:
    two entries a working day, none on holidays, one on a few weekends, and the
    last entry today with another one yesterday. Walking forward from the previous
    entry's day keeps stories in order (the incident before its review).
    """
    start = today - dt.timedelta(days=DAYS - 1)
    yesterday = today - dt.timedelta(days=1)
    room = {
        day: 0 if _off_work(day) else 2
        for day in (start + dt.timedelta(days=n) for n in range(DAYS))
    }
    weekends = [day for day in room if day.weekday() >= 5 and not _on_holiday(day)]
    for day in rng.sample(weekends, min(3, len(weekends))):
        room[day] = 1  # something that could not wait until Monday
    for day in reserved:
        room[day] -= 1
    room[yesterday] = max(room[yesterday], 1)
    days: list[dt.date] = []
    last = start
    for t in targets[:-1]:
        # Counting working days skips the summer break instead of piling entries up after it.
        target = max(workdays[round(t * (len(workdays) - 1))], last)
        ahead = (target + dt.timedelta(days=n) for n in range((yesterday - target).days + 1))
        # Only a year packed fuller than two a day runs out of room; yesterday takes the rest.
        last = next((day for day in ahead if room[day] > 0), yesterday)
        room[last] -= 1
        days.append(last)
    if days:
        days[-1] = yesterday
    return [*days, today]


# -- moods, stars, sharing, timestamps ------------------------------------------


def _finish(rng: random.Random, specs: list[_Spec], today: dt.date) -> None:
    incident = [spec.day for spec in specs if spec.theme == _INCIDENT and spec.kind != Kind.REVIEW]
    dip = (min(incident), max(incident) + dt.timedelta(days=7)) if incident else None
    now = dt.datetime.now(dt.UTC)
    for day, group in _by_day(specs):
        times = sorted(_time_of_day(rng) for _ in group)
        in_dip = dip is not None and dip[0] - dt.timedelta(days=3) <= day <= dip[1]
        for spec, time in zip(group, times, strict=True):
            if spec.mood is None and rng.random() < (0.8 if in_dip else 0.45):
                moods = _MISTAKE_MOODS if spec.kind is Kind.MISTAKE else _MOODS
                spec.mood = rng.choice(_LOW_MOODS if in_dip else moods)
            spec.starred = spec.starred or rng.random() < 0.04
            spec.shareable = rng.random() < _SHARE_CHANCE[spec.kind]
            created = _stamp(day, time)
            local_now = now.astimezone(created.tzinfo).replace(microsecond=0)
            if created > local_now and day == local_now.date():
                # Today's entry, planned for later than the clock says: it was written just now.
                created = local_now
            edited = created
            if rng.random() < 0.15:  # some entries get a second look a little later
                edited = created + dt.timedelta(minutes=rng.randrange(20, 3 * 24 * 60))
                if edited.date() > today or created <= now < edited:
                    edited = created  # never edited after the end of the demo, or in the future
            spec.created = _iso(created)
            spec.updated = _iso(edited)


def _by_day(specs: list[_Spec]) -> list[tuple[dt.date, list[_Spec]]]:
    groups: dict[dt.date, list[_Spec]] = {}
    for spec in specs:
        groups.setdefault(spec.day, []).append(spec)
    return list(groups.items())


def _time_of_day(rng: random.Random) -> dt.time:
    if rng.random() < 0.12:  # now and then it gets written in the evening
        minutes = rng.randrange(20 * 60, 22 * 60 + 30)
    else:
        minutes = rng.randrange(7 * 60 + 45, 17 * 60 + 30)
    return dt.time(minutes // 60, minutes % 60, rng.randrange(60))


def _stamp(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=_stockholm(day))


def _iso(stamp: dt.datetime) -> str:
    # Re-attach the offset for the local date: an edit may fall on the other side of a switch.
    local = stamp.astimezone(_stockholm(stamp.date())).replace(tzinfo=None)
    return _stamp(local.date(), local.time()).isoformat(timespec="seconds")


# -- writing ------------------------------------------------------------------


def _add_goals(journal: Journal, specs: list[_Spec], index: int, today: dt.date) -> dict[str, str]:
    """Create the goals, each dated just before its first entry; return their ids by key."""
    ids = {}
    for goal in content.GOALS:
        linked = [spec for spec in specs if spec.goal == goal.key]
        first = linked[0].day if linked else today - dt.timedelta(days=DAYS - 1)
        created = _stamp(first, dt.time(7, 30))
        updated, target = created, today + dt.timedelta(days=goal.target_days)
        notes = [spec for spec in linked if spec.kind is Kind.GOAL_NOTE]
        if goal.achieved and notes:
            # Reached on the day of its last goal note, which says so.
            updated = dt.datetime.fromisoformat(notes[-1].created)
            target = notes[-1].day + dt.timedelta(days=goal.target_days)
        ids[goal.key] = journal.goals.add(
            goal.title[index],
            description=goal.description[index],
            target_date=target,
            status=GoalStatus.ACHIEVED if goal.achieved else GoalStatus.ACTIVE,
            created=_iso(created),
            updated=_iso(updated),
        ).id
    return ids


def _item(spec: _Spec, index: int, goal_ids: dict[str, str]) -> dict[str, Any]:
    """The entry as ``Journal.add`` keywords, in one language."""
    return {
        "title": spec.title[index],
        "body": spec.body[index],
        "kind": spec.kind,
        "template": spec.template,
        "sections": {key: text[index] for key, text in spec.sections.items()},
        "tags": [content.TAGS[key][index] for key in spec.tags],
        "skills": [content.SKILLS[key][index] for key in spec.skills],
        "people": [PersonLink(name, Relation(relation)) for name, relation in spec.people],
        "goals": [goal_ids[spec.goal]] if spec.goal in goal_ids else [],
        "source": spec.source,
        "mood": spec.mood,
        "visibility": Visibility.SHAREABLE if spec.shareable else Visibility.PRIVATE,
        "starred": spec.starred,
        "day": spec.day,
        "created": spec.created,
        "updated": spec.updated,
    }
