"""Reflection templates and daily prompts, in English and Swedish.

A template is a fixed list of sections, each a guiding question, that gives a
blank page some shape. Templates are code, not data in the journal: an entry
only stores its template key and its section texts by section key, so keys
must never change once released (labels and hints may).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reflekt.core.models import LANGUAGES, Kind, Source, label
from reflekt.errors import InvalidInput, NotFound


def normalise_lang(lang: str | None) -> str:
    """The supported language a locale or language tag means, English when in doubt.

    Accepts what the environment hands us ("sv_SE.UTF-8", "sv-FI") as well as a bare code.
    """
    if not lang:
        return "en"
    code = re.split(r"[-_.@]", lang.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else "en"


@dataclass(frozen=True)
class Section:
    """One guiding question of a template; ``key`` is what entries store."""

    key: str
    # Dicts cannot be hashed; leaving them out of the hash keeps templates usable in sets
    # and caches while equality still compares everything.
    labels: dict[str, str] = field(hash=False)
    hints: dict[str, str] = field(hash=False)
    # Private by nature: kept on this machine even when the entry is exported for sharing.
    private: bool = False

    def label(self, lang: str = "en") -> str:
        return label(self.labels, normalise_lang(lang))

    def hint(self, lang: str = "en") -> str:
        return label(self.hints, normalise_lang(lang))


@dataclass(frozen=True)
class Template:
    """A named list of sections and the kind an entry written with it gets by default."""

    key: str
    names: dict[str, str] = field(hash=False)
    descriptions: dict[str, str] = field(hash=False)
    kind: Kind
    sections: tuple[Section, ...]
    # None where the source of the learning depends on what is written.
    source: Source | None = None

    def name(self, lang: str = "en") -> str:
        return label(self.names, normalise_lang(lang))

    def description(self, lang: str = "en") -> str:
        return label(self.descriptions, normalise_lang(lang))

    def section(self, key: str) -> Section | None:
        for section in self.sections:
            if section.key == key:
                return section
        return None

    @property
    def private_keys(self) -> frozenset[str]:
        return frozenset(section.key for section in self.sections if section.private)


def _section(
    key: str, en: str, sv: str, hint_en: str, hint_sv: str, *, private: bool = False
) -> Section:
    # Positional en/sv keeps the tables below readable as parallel translations.
    return Section(key, {"en": en, "sv": sv}, {"en": hint_en, "sv": hint_sv}, private)


_ALL_TEMPLATES = (
    Template(
        key="free",
        names={"en": "Free reflection", "sv": "Fri reflektion"},
        descriptions={
            "en": "A blank page for whatever is on your mind. "
            "Use it when no structure fits, or when you just want to write.",
            "sv": "En tom sida för det du har i tankarna. "
            "Använd den när ingen struktur passar eller när du bara vill skriva av dig.",
        },
        kind=Kind.REFLECTION,
        sections=(),
    ),
    Template(
        key="gibbs",
        names={"en": "Gibbs reflective cycle", "sv": "Gibbs reflektionscykel"},
        descriptions={
            "en": "Six steps from what happened to what you will do next time. "
            "Good for a situation that stayed with you, for better or worse.",
            "sv": "Sex steg från vad som hände till vad du gör nästa gång. "
            "Passar för en situation som har stannat kvar hos dig, på gott och ont.",
        },
        kind=Kind.REFLECTION,
        sections=(
            _section(
                "description",
                "Description",
                "Beskrivning",
                "What happened? Stick to the facts.",
                "Vad hände? Håll dig till fakta.",
            ),
            _section(
                "feelings",
                "Feelings",
                "Känslor",
                "What were you thinking and feeling at the time?",
                "Vad tänkte och kände du i stunden?",
                private=True,
            ),
            _section(
                "evaluation",
                "Evaluation",
                "Värdering",
                "What went well, and what didn't?",
                "Vad gick bra och vad gick mindre bra?",
            ),
            _section(
                "analysis",
                "Analysis",
                "Analys",
                "Why did it turn out the way it did?",
                "Varför blev det som det blev?",
            ),
            _section(
                "conclusion",
                "Conclusion",
                "Slutsats",
                "What else could you have done, and what did you learn?",
                "Vad hade du kunnat göra annorlunda, och vad lärde du dig?",
            ),
            _section(
                "action_plan",
                "Action plan",
                "Handlingsplan",
                "If it happened again, what would you do?",
                "Om det händer igen, vad gör du då?",
            ),
        ),
    ),
    Template(
        key="what-so-what",
        names={"en": "What? So what? Now what?", "sv": "Vad? Så vad? Vad nu?"},
        descriptions={
            "en": "Three quick questions: what happened, why it matters and what you will do "
            "about it. A light structure for everyday moments.",
            "sv": "Tre snabba frågor: vad hände, varför spelar det roll och vad gör du nu. "
            "En lätt struktur för vardagens händelser.",
        },
        kind=Kind.REFLECTION,
        sections=(
            _section(
                "what",
                "What?",
                "Vad?",
                "What happened, in a few sentences?",
                "Vad hände, med några få meningar?",
            ),
            _section(
                "so_what",
                "So what?",
                "Så vad?",
                "Why does it matter to you or your team?",
                "Varför spelar det roll för dig eller teamet?",
            ),
            _section(
                "now_what",
                "Now what?",
                "Vad nu?",
                "What will you do next?",
                "Vad gör du härnäst?",
            ),
        ),
    ),
    Template(
        key="aar",
        names={"en": "After-action review", "sv": "Efteranalys (After Action Review)"},
        descriptions={
            "en": "Compare what was planned with what actually happened, right after a project, "
            "meeting or incident. It is about learning, not grading.",
            "sv": "Jämför det som var planerat med det som faktiskt hände, direkt efter ett "
            "projekt, ett möte eller en incident. Det handlar om lärande, inte om betyg.",
        },
        kind=Kind.LESSON,
        sections=(
            _section(
                "planned",
                "What was supposed to happen?",
                "Vad var tänkt att hända?",
                "What was the goal or the plan?",
                "Vad var målet eller planen?",
            ),
            _section(
                "actual",
                "What actually happened?",
                "Vad hände egentligen?",
                "How did it go, step by step?",
                "Hur gick det till, steg för steg?",
            ),
            _section(
                "differences",
                "Why were there differences?",
                "Varför blev det skillnad?",
                "What made the outcome differ from the plan?",
                "Vad gjorde att utfallet skilde sig från planen?",
            ),
            _section(
                "next_time",
                "What will I do next time?",
                "Vad gör jag nästa gång?",
                "What will you keep, and what will you change?",
                "Vad behåller du och vad gör du annorlunda?",
            ),
        ),
    ),
    Template(
        key="mistake",
        names={
            "en": "Lesson from a mistake (blameless)",
            "sv": "Lärdom av ett misstag (utan skuld)",
        },
        descriptions={
            "en": "A blameless look at something that went wrong: about systems and decisions, "
            "not about who is to blame. Writing it down is how a mistake becomes a lesson.",
            "sv": "En genomgång utan skuld av något som gick fel: om system och beslut, inte om "
            "vems felet var. Ett misstag blir en lärdom när du skriver ner det.",
        },
        kind=Kind.MISTAKE,
        sections=(
            _section(
                "what_happened",
                "What happened?",
                "Vad hände?",
                "What happened, and which decisions made sense at the time?",
                "Vad hände, och vilka beslut verkade rimliga just då?",
            ),
            _section(
                "impact",
                "Impact",
                "Konsekvenser",
                "Who or what was affected, and how much?",
                "Vem eller vad påverkades, och hur mycket?",
            ),
            _section(
                "learned",
                "What I learned",
                "Vad jag lärde mig",
                "What do you understand now that you didn't before?",
                "Vad förstår du nu som du inte förstod innan?",
            ),
            _section(
                "differently",
                "What I will do differently",
                "Vad jag gör annorlunda",
                "What will you change, in your own work or in the way things are set up?",
                "Vad ändrar du, i ditt eget arbete eller i hur saker är upplagda?",
            ),
            _section(
                "lucky",
                "Where I got lucky",
                "Där jag hade tur",
                "What could have gone worse, and why didn't it?",
                "Vad hade kunnat gå värre, och varför gjorde det inte det?",
            ),
        ),
    ),
    Template(
        key="learned-from",
        names={"en": "Learned from a colleague", "sv": "Lärt av en kollega"},
        descriptions={
            "en": "Something a colleague showed or told you that you want to keep. "
            "Noting who it was makes it easy to thank them later.",
            "sv": "Något en kollega visade eller berättade som du vill komma ihåg. "
            "Skriv vem det var, så är det lätt att tacka efteråt.",
        },
        kind=Kind.LEARNED_FROM,
        source=Source.PEOPLE,
        sections=(
            _section(
                "who",
                "Who",
                "Vem",
                "Who did you learn from, and what is their role?",
                "Vem lärde du dig av, och vilken roll har hen?",
            ),
            _section(
                "what",
                "What",
                "Vad",
                "What did they show or tell you?",
                "Vad visade eller berättade hen?",
            ),
            _section(
                "use",
                "How I will use it",
                "Hur jag ska använda det",
                "Where will you put it to use first?",
                "Var kommer du att använda det först?",
            ),
        ),
    ),
    Template(
        key="shared",
        names={"en": "Knowledge I shared", "sv": "Kunskap jag delat"},
        descriptions={
            "en": "Something you taught, explained or showed someone. "
            "Noticing what you pass on helps you see what you know.",
            "sv": "Något du lärde ut, förklarade eller visade för någon. "
            "När du ser vad du delar med dig av ser du också vad du kan.",
        },
        kind=Kind.SHARED_KNOWLEDGE,
        source=Source.EXPERIENCE,
        sections=(
            _section(
                "what",
                "What",
                "Vad",
                "What did you share?",
                "Vad delade du med dig av?",
            ),
            _section(
                "with_whom",
                "With whom",
                "Med vem",
                "Who did you share it with?",
                "Vem delade du det med?",
            ),
            _section(
                "reception",
                "How it was received",
                "Hur det togs emot",
                "How did it land, and what would you explain differently next time?",
                "Hur togs det emot, och vad skulle du förklara annorlunda nästa gång?",
            ),
        ),
    ),
    Template(
        key="til",
        names={"en": "Today I learned", "sv": "Idag lärde jag mig"},
        descriptions={
            "en": "For a one- or two-line note about something you picked up today.",
            "sv": "För en kort anteckning på en eller två rader om något du lärt dig idag.",
        },
        kind=Kind.TIL,
        sections=(
            _section(
                "learned",
                "What I learned",
                "Vad jag lärde mig",
                "What did you learn today, in a line or two?",
                "Vad lärde du dig idag, på en rad eller två?",
            ),
        ),
    ),
    Template(
        key="weekly",
        names={"en": "Weekly review", "sv": "Veckoreflektion"},
        descriptions={
            "en": "Look back on the week: what went well, what was hard, what you learned "
            "and what comes next. Ten minutes on a Friday is enough.",
            "sv": "Blicka tillbaka på veckan: vad gick bra, vad var tungt, vad lärde du dig "
            "och vad väntar härnäst. Tio minuter på fredagen räcker.",
        },
        kind=Kind.REVIEW,
        sections=(
            _section(
                "highs",
                "Highs",
                "Höjdpunkter",
                "What went well this week?",
                "Vad gick bra den här veckan?",
            ),
            _section(
                "lows",
                "Lows",
                "Motgångar",
                "What was hard or draining?",
                "Vad var svårt eller tog energi?",
                # Lows tend to be about people and how one felt, not fit for a share export.
                private=True,
            ),
            _section(
                "learned",
                "Learned",
                "Lärdomar",
                "What did you learn, and from whom?",
                "Vad lärde du dig, och av vem?",
            ),
            _section(
                "next_week",
                "Next week",
                "Nästa vecka",
                "What do you want to focus on next week?",
                "Vad vill du fokusera på nästa vecka?",
            ),
        ),
    ),
)

TEMPLATES: dict[str, Template] = {template.key: template for template in _ALL_TEMPLATES}


def _fold(text: str) -> str:
    """Text reduced to lower-case words, so "So what?" and " so  WHAT " compare equal."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _without_parenthesis(text: str) -> str:
    # "Efteranalys (After Action Review)" should also be found as just "Efteranalys".
    return re.sub(r"\([^)]*\)", "", text).strip()


def _template_aliases(template: Template) -> set[str]:
    names = [template.key]
    for name in template.names.values():
        names += [name, _without_parenthesis(name)]
    return {_fold(name) for name in names if _fold(name)}


def get_template(key: str) -> Template:
    """The template with exactly this key."""
    try:
        return TEMPLATES[key]
    except KeyError:
        raise NotFound(
            f"Unknown template {key!r}. Valid templates are: {', '.join(TEMPLATES)}."
        ) from None


def find_template(name: str) -> Template:
    """The template a person means by ``name``: its key or its English or Swedish name."""
    wanted = _fold(name)
    if wanted:
        for template in TEMPLATES.values():
            if wanted in _template_aliases(template):
                return template
    raise NotFound(f"No template called {name!r}. Run `reflekt templates` to see them.")


def resolve_section_key(template: Template, name: str) -> str:
    """The key of the section of ``template`` that ``name`` (a key or a label) refers to."""
    if not template.sections:
        raise InvalidInput(
            f"The template {template.name()!r} has no sections; "
            "write the text as the entry's body instead."
        )
    wanted = _fold(name)
    if wanted:
        for section in template.sections:
            aliases = {_fold(section.key), *map(_fold, section.labels.values())}
            if wanted in aliases:
                return section.key
    choices = ", ".join(f"{s.key} ({s.label()})" for s in template.sections)
    raise InvalidInput(
        f"The template {template.name()!r} has no section called {name!r}. "
        f"Its sections are: {choices}."
    )


# Parallel translations: index i in "sv" says what index i in "en" says, so the same day
# shows the same prompt whichever language the journal is in.
PROMPTS: dict[str, tuple[str, ...]] = {
    "en": (
        "What did you dare to admit today, and what happened when you did?",
        "What did you learn from a colleague this week?",
        "What did you teach or explain to someone recently?",
        "Which question have you been afraid to ask, and what would happen if you asked it?",
        "What could your team learn from another department?",
        "What feedback did you get lately, and what will you do with it?",
        "What feedback have you been meaning to give someone?",
        "What would you tell a new colleague on their first day?",
        "Which small win are you proud of today?",
        "What could you teach your team in a 15-minute learning share?",
        "Who should you thank this week, and for what?",
        "Which mistake taught you the most this month?",
        "What do you do differently today than you did a year ago?",
        "When did you feel most engaged at work today?",
        "What took longer than you expected, and why?",
        "Whose work made yours easier this week?",
        "What do you understand now that confused you a month ago?",
        "Which habit helped you most today?",
        "What did you say no to, and was it the right call?",
        "Which of your assumptions turned out to be wrong?",
        "Who in another team would be worth having a coffee with?",
        "What did you ask for help with, and how did it go?",
        "If you could start today's work over, what would you do differently?",
        "What are you curious to learn next?",
        "What did a meeting teach you today, beyond what was on the agenda?",
        "When did you last change your mind, and what made you do it?",
        "What do you know that others on your team might not?",
        "What have you noticed about how you work best?",
        "Which conversation today stayed with you, and why?",
        "Which problem did you solve that someone else might run into too?",
        "What has a customer or user taught you recently?",
        "What would you like to get better at in the next three months?",
        "What did you try for the first time this week?",
        "Where did you get stuck today, and what got you moving again?",
        "What went well that you would like to do again?",
        "How did you help someone else succeed today?",
        "Which piece of advice are you glad you followed?",
        "What would make tomorrow a good day at work?",
        "Whose perspective was missing from a recent decision?",
        "What is hard right now that a colleague could help you with?",
        "What would you like to tell yourself of a year ago?",
        "What did you read, watch or hear this week that changed how you work?",
    ),
    "sv": (
        "Vad vågade du erkänna idag, och vad hände när du gjorde det?",
        "Vad har du lärt dig av en kollega den här veckan?",
        "Vad har du lärt ut eller förklarat för någon nyligen?",
        "Vilken fråga har du dragit dig för att ställa, och vad skulle hända om du ställde den?",
        "Vad skulle ditt team kunna lära sig av en annan avdelning?",
        "Vilken feedback har du fått på sistone, och vad gör du med den?",
        "Vilken feedback har du länge tänkt ge någon?",
        "Vad skulle du säga till en ny kollega på första dagen?",
        "Vilken liten seger är du stolt över idag?",
        "Vad skulle du kunna lära teamet på en kvart?",
        "Vem borde du tacka den här veckan, och för vad?",
        "Vilket misstag har lärt dig mest den här månaden?",
        "Vad gör du annorlunda idag jämfört med för ett år sedan?",
        "När kände du dig mest engagerad på jobbet idag?",
        "Vad tog längre tid än du trodde, och varför?",
        "Vems arbete gjorde ditt enklare den här veckan?",
        "Vad förstår du nu som förvirrade dig för en månad sedan?",
        "Vilken vana hjälpte dig mest idag?",
        "Vad sa du nej till, och var det rätt beslut?",
        "Vilket av dina antaganden visade sig vara fel?",
        "Vem i ett annat team skulle vara värd att ta en fika med?",
        "Vad bad du om hjälp med, och hur gick det?",
        "Om du fick börja om dagens arbete, vad skulle du göra annorlunda?",
        "Vad är du nyfiken på att lära dig härnäst?",
        "Vad lärde du dig av ett möte idag, utöver det som stod på dagordningen?",
        "När ändrade du dig senast, och vad fick dig att göra det?",
        "Vad kan du som andra i teamet kanske inte kan?",
        "Vad har du märkt om hur du jobbar bäst?",
        "Vilket samtal idag stannade kvar hos dig, och varför?",
        "Vilket problem löste du som någon annan också kan stöta på?",
        "Vad har en kund eller användare lärt dig nyligen?",
        "Vad vill du bli bättre på de närmaste tre månaderna?",
        "Vad provade du för första gången den här veckan?",
        "Var körde du fast idag, och vad fick dig att komma vidare?",
        "Vad gick bra som du vill göra igen?",
        "Hur hjälpte du någon annan att lyckas idag?",
        "Vilket råd är du glad att du följde?",
        "Vad skulle göra morgondagen till en bra arbetsdag?",
        "Vems perspektiv saknades i ett beslut nyligen?",
        "Vad är svårt just nu som en kollega skulle kunna hjälpa dig med?",
        "Vad skulle du vilja säga till dig själv för ett år sedan?",
        "Vad har du läst, sett eller hört den här veckan som ändrade hur du jobbar?",
    ),
}


def prompt_for(day: dt.date, lang: str = "en") -> str:
    """The reflection prompt of ``day``: stable for a day, different from the day before."""
    prompts = PROMPTS[normalise_lang(lang)]
    # The ordinal walks the list one step a day, so every prompt comes round before any repeats.
    return prompts[day.toordinal() % len(prompts)]
