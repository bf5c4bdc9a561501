"""The demo journal's words, in English and Swedish side by side.

Every visible text is a pair ``(English, Swedish)``: keeping the two next to each
other keeps the translations in step when one is edited. ``demo`` decides when
things happen and how they are combined; this module only says what happened.

Themes carry the recurring threads of the year (situations plus lessons, actions,
highs and lows that can be combined with them); pieces are hand-written entries
that fit one template exactly. Positions in the year run from 0 (a year ago) to
1 (today).
"""

from __future__ import annotations

from dataclasses import dataclass, field

T = tuple[str, str]  # (English, Swedish)
Link = tuple[str, str]  # (person's name, relation value)

# -- people, tags, skills, goals ----------------------------------------------

# Names stay the same in both languages: the office is in Sweden either way.
PEOPLE: dict[str, tuple[T, T]] = {
    "Anna Lindqvist": (("Head of Customer Service", "Kundservicechef"), ("Support", "Kundsupport")),
    "Johan Berg": (("Backend developer", "Backendutvecklare"), ("Product", "Produkt")),
    "Fatima Hassan": (("HR business partner", "HR-partner"), ("HR", "HR")),
    "Mikael Nyström": (("Key account manager", "Kundansvarig säljare"), ("Sales", "Sälj")),
    "Sara Ek": (("Support agent", "Supportmedarbetare"), ("Support", "Kundsupport")),
    "Erik Johansson": (("IT operations engineer", "Drifttekniker"), ("IT", "IT")),
    "Li Wei": (("Data analyst", "Dataanalytiker"), ("Finance", "Ekonomi")),
    "Maria Karlsson": (("Logistics coordinator", "Logistiksamordnare"), ("Logistics", "Logistik")),
}

TAGS: dict[str, T] = {
    "incident": ("incident", "incident"),
    "feedback": ("feedback", "återkoppling"),
}

SKILLS: dict[str, T] = {
    "feedback": ("Giving feedback", "Att ge återkoppling"),
    "incidents": ("Incident handling", "Incidenthantering"),
}


@dataclass(frozen=True)
class GoalText:
    key: str
    title: T
    description: T
    achieved: bool = False
    # Days from today to the target date (active goals) or from the day it was reached.
    target_days: int = 90


GOALS: tuple[GoalText, ...] = (
    GoalText(
        "feedback",
        ("Give clearer feedback, more often", "Ge tydligare återkoppling, oftare"),
        (
            "Small, specific feedback every week instead of saving it all for appraisals.",
            "Liten och konkret återkoppling varje vecka i stället för att spara allt till medarbetarsamtalen.",
        ),
    ),
)

# -- themes -------------------------------------------------------------------


@dataclass(frozen=True)
class Situation:
    """Something that happened; the theme's lessons and actions complete it."""

    title: T
    what: T
    feeling: T
    why: T
    template: str = "what-so-what"
    plan: T | None = None  # what was supposed to happen: needed for an after-action review
    kind: str = ""  # empty: the template's own kind
    people: tuple[Link, ...] = ()  # empty: the theme's people
    at: float | None = None  # a fixed place in the year, for events that must come in order
    mood: int | None = None
    starred: bool = False


@dataclass(frozen=True)
class Theme:
    key: str
    label: T  # how a weekly review names it: "Week 12: <label> and <label>"
    window: tuple[float, float]  # when in the year it happens
    tags: tuple[str, ...]
    skills: tuple[str, ...]
    people: tuple[Link, ...] = ()
    goal: str = ""
    source: str = "experience"
    situations: tuple[Situation, ...] = ()
    lessons: tuple[T, ...] = ()
    actions: tuple[T, ...] = ()
    good: tuple[T, ...] = ()
    hard: tuple[T, ...] = ()


THEMES: tuple[Theme, ...] = (
    Theme(
        "feedback",
        ("giving feedback", "att ge återkoppling"),
        (0.05, 0.95),
        tags=("feedback",),
        skills=("feedback",),
        people=(("Fatima Hassan", "learned-from"),),
        goal="feedback",
        situations=(
            Situation(
                (
                    "Telling Jonas his replies sound curt",
                    "Att säga till Jonas att hans svar låter korta",
                ),
                (
                    "Two customers in a week called Jonas's replies rude. I told him in our one-to-one, with the two tickets open in front of us.",
                    "Två kunder på en vecka tyckte att Jonas svar var otrevliga. Jag tog upp det på vårt enskilda samtal, med de två ärendena framför oss.",
                ),
                (
                    "I had put it off for three days and felt my stomach tighten as I started.",
                    "Jag hade skjutit upp det i tre dagar och kände hur det knöt sig i magen när jag började.",
                ),
                (
                    "Showing the actual words made it about the text, not about him.",
                    "När vi tittade på de faktiska orden handlade det om texten och inte om honom.",
                ),
                template="gibbs",
            ),
        ),
        lessons=(
            (
                "Feedback lands when it is about one concrete example, given soon.",
                "Återkoppling tas emot bäst när den gäller ett konkret exempel och kommer snart.",
            ),
        ),
        actions=(
            (
                "Give one piece of specific feedback before Friday, within a day of seeing it.",
                "Ge en konkret återkoppling före fredag, inom ett dygn från att jag såg det.",
            ),
        ),
        good=(
            (
                "Jonas thanked me for being direct.",
                "Jonas tackade för att jag var rak.",
            ),
        ),
        hard=(
            (
                "I still wait too long before I say the difficult thing.",
                "Jag väntar fortfarande för länge innan jag säger det svåra.",
            ),
        ),
    ),
)

# -- hand-written pieces ------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """An entry written for one template, with the theme giving tags, skills and goal."""

    theme: str
    template: str
    title: T
    sections: dict[str, T] = field(default_factory=dict)
    body: T = ("", "")
    kind: str = ""
    people: tuple[Link, ...] = ()
    at: float | None = None
    source: str = ""  # empty: the template's source, else the theme's
    goal: str | None = None  # None: the theme's goal; "" for none
    starred: bool = False


NO_TITLE: T = ("", "")

PIECES: tuple[Piece, ...] = (
    Piece(
        "feedback",
        "til",
        ("SBI: situation, behaviour, impact", "SBI: situation, beteende, påverkan"),
        {
            "learned": (
                "Feedback framed as situation, behaviour and impact leaves out guesses about intent.",
                "Återkoppling som beskriver situation, beteende och påverkan lämnar gissningar om avsikter utanför.",
            )
        },
    ),
)
