"""Reflection templates and daily prompts, in English and Swedish.

A template is a fixed list of sections, each a guiding question, that gives a
blank page some shape. Templates are code, not data in the journal: an entry
only stores its template key and its section texts by section key, so keys
must never change once released (labels and hints may).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reflekt.core.models import KIND_LABELS, LANGUAGES, Kind, Relation, Source, label
from reflekt.errors import InvalidInput, NotFound
from reflekt.messages import msg
from reflekt.messages.templates import PROMPTS
from reflekt.messages.templates import TEMPLATES as WORDS


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
    # How a person named in an entry of this template is linked, unless the person
    # says otherwise ("learned from" a colleague; "helped" whom one shared with).
    relation: Relation | None = None
    # The section that asks for one person ("Who"), answered by naming them among the
    # entry's people, so nobody is asked for the same name twice. Its key stays, for
    # text written there before.
    person: str | None = None

    def name(self, lang: str = "en") -> str:
        return label(self.names, normalise_lang(lang))

    def name_beside(self, kind: Kind, lang: str = "en") -> str:
        """The template's name where it says more than the entry's kind ("Gibbs
        reflective cycle" beside "Reflection"); "" where it would repeat the kind
        ("Lesson from a mistake (blameless)" beside "Lesson from a mistake")."""
        if not self.sections:
            return ""
        kind_name = _fold(label(KIND_LABELS[kind], normalise_lang(lang)))
        name = self.name(lang)
        return "" if kind_name in (_fold(_without_parenthesis(name)), _fold(name)) else name

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


def _template(
    key: str,
    kind: Kind,
    sections: tuple[str, ...],
    *,
    private: tuple[str, ...] = (),
    source: Source | None = None,
    relation: Relation | None = None,
    person: str | None = None,
) -> Template:
    """The template ``key`` with its words from the catalogue (reflekt.messages.templates)."""
    words = WORDS[key]
    return Template(
        key=key,
        names=words["name"],
        descriptions=words["description"],
        kind=kind,
        sections=tuple(
            Section(
                section,
                words["sections"][section]["label"],
                words["sections"][section]["hint"],
                private=section in private,
            )
            for section in sections
        ),
        source=source,
        relation=relation,
        person=person,
    )


_ALL_TEMPLATES = (
    _template("free", Kind.REFLECTION, ()),
    _template(
        "gibbs",
        Kind.REFLECTION,
        ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"),
        private=("feelings",),
    ),
    _template("what-so-what", Kind.REFLECTION, ("what", "so_what", "now_what")),
    _template("aar", Kind.LESSON, ("planned", "actual", "differences", "next_time")),
    _template(
        "mistake", Kind.MISTAKE, ("what_happened", "impact", "learned", "differently", "lucky")
    ),
    _template(
        "learned-from",
        Kind.LEARNED_FROM,
        ("who", "what", "use"),
        source=Source.PEOPLE,
        relation=Relation.LEARNED_FROM,
        person="who",
    ),
    _template(
        "shared",
        Kind.SHARED_KNOWLEDGE,
        ("what", "with_whom", "reception"),
        source=Source.EXPERIENCE,
        # "With whom" stays free text: it is often a group or an occasion ("the whole
        # team, in our channel"); colleagues named among the people are ones it helped.
        relation=Relation.HELPED,
    ),
    _template("til", Kind.TIL, ("learned",)),
    _template("weekly", Kind.REVIEW, ("highs", "lows", "learned", "next_week"), private=("lows",)),
)


TEMPLATES: dict[str, Template] = {template.key: template for template in _ALL_TEMPLATES}


BODY = None
"""The body text's place in :func:`reading_order` (sections go by their keys)."""


def reading_order(template: str | None, sections: Iterable[str]) -> list[str | None]:
    """The order an entry's parts are read in, everywhere: the editor, the Markdown,
    HTML and PDF exports, a bundle and its page in the team library, the report.

    The template's sections come first in the template's own order, then any section
    keys it does not know (in the order given), and the body text (:data:`BODY`) last:
    with sections, the body is the entry's "Other notes"."""
    given = list(dict.fromkeys(sections))
    known = TEMPLATES.get(template or "")
    ordered = [s.key for s in known.sections if s.key in given] if known else []
    return [*ordered, *(key for key in given if key not in ordered), BODY]


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
            msg(
                "Unknown template {key}. Valid templates are: {choices}.",
                key=repr(key),
                choices=", ".join(TEMPLATES),
            )
        ) from None


def find_template(name: str) -> Template:
    """The template a person means by ``name``: its key or its English or Swedish name."""
    wanted = _fold(name)
    if wanted:
        for template in TEMPLATES.values():
            if wanted in _template_aliases(template):
                return template
    raise NotFound(
        msg("No template called {name}. Run `reflekt templates` to see them.", name=repr(name))
    )


def resolve_section_key(template: Template, name: str) -> str:
    """The key of the section of ``template`` that ``name`` (a key or a label) refers to."""
    if not template.sections:
        raise InvalidInput(
            msg(
                "The template {template} has no sections; "
                "write the text as the entry's body instead.",
                template=repr(template.name()),
            )
        )
    wanted = _fold(name)
    if wanted:
        for section in template.sections:
            aliases = {_fold(section.key), *map(_fold, section.labels.values())}
            if wanted in aliases:
                return section.key
    choices = ", ".join(f"{s.key} ({s.label()})" for s in template.sections)
    raise InvalidInput(
        msg(
            "The template {template} has no section called {name}. Its sections are: {choices}.",
            template=repr(template.name()),
            name=repr(name),
            choices=choices,
        )
    )


def prompt_for(day: dt.date, lang: str = "en") -> str:
    """The reflection prompt of ``day``: stable for a day, different from the day before."""
    prompts = PROMPTS[normalise_lang(lang)]
    # The ordinal walks the list one step a day, so every prompt comes round before any repeats.
    return prompts[day.toordinal() % len(prompts)]
