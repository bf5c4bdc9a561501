"""A deterministic N-entry journal, written three ways: reflekt, jrnl text, jrnl JSON.

The words come from the demo journal (``reflekt.core.demo_content``): hand-written
English and Swedish sentences about work, grouped by theme, recombined here so that
every entry reads like a reflection. On top of them, ticket numbers and project or
customer code names follow a Zipf curve, so a search has truly rare words (a code
name in a handful of entries), mid-frequency ones and very common ones ("the", "och").

The same seed gives the same entries byte for byte, so two runs (and reflekt and
jrnl in one run) always work on identical journals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reflekt.core import demo_content as content
from reflekt.core.journal import Journal
from reflekt.core.stats import LAST_TALK_SETTING
from reflekt.core.templates import TEMPLATES

SEED = 2026
LAST_DAY = dt.date(2026, 6, 30)
YEARS = 10
SWEDISH_SHARE = 0.35  # a Swedish office: a third of the entries are written in Swedish
CODE_NAMES = 4000

# Templates in rough proportion to how often a person reaches for each.
TEMPLATE_WEIGHTS = {
    "free": 30,
    "til": 18,
    "what-so-what": 14,
    "mistake": 8,
    "learned-from": 10,
    "shared": 7,
    "gibbs": 4,
    "aar": 4,
    "weekly": 5,
}
RELATIONS = ("learned-from", "helped", "with")


@dataclass
class _Pool:
    """One theme's sentences in one language."""

    titles: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)


def _pairs(value: Any) -> Iterator[tuple[str, str]]:
    """Every (English, Swedish) sentence pair inside a theme or piece."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(s, str) for s in value):
        if len(value[0]) > 24 and " " in value[0]:  # sentences, not names or tag keys
            yield value
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _pairs(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _pairs(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _pairs(item)


def _pools() -> dict[str, tuple[_Pool, _Pool]]:
    pools: dict[str, tuple[_Pool, _Pool]] = {}
    for theme in content.THEMES:
        en, sv = _Pool(), _Pool()
        for situation in theme.situations:
            en.titles.append(situation.title[0])
            sv.titles.append(situation.title[1])
        for pair in _pairs(theme):
            en.sentences.append(pair[0])
            sv.sentences.append(pair[1])
        pools[theme.key] = (en, sv)
    for piece in content.PIECES:
        en, sv = pools.get(piece.theme, pools["everyday"])
        if piece.title[0]:
            en.titles.append(piece.title[0])
            sv.titles.append(piece.title[1])
        for pair in _pairs(piece):
            en.sentences.append(pair[0])
            sv.sentences.append(pair[1])
    return pools


def _code_names(rng: random.Random) -> list[str]:
    """Made-up project and customer names: 'Kestova', 'Brunvik' …, all distinct."""
    first = ["Ka", "Bru", "Ves", "Tor", "Mal", "Sil", "Ren", "Ost", "Lum", "Dar", "Fje", "Nor"]
    middle = ["", "na", "ve", "ri", "lo", "ste", "mi", "ga", "dru", "ko"]
    last = ["vik", "dal", "ova", "berg", "sund", "ex", "ion", "ia", "holm", "tek", "ra", "lund"]
    names = sorted({a + b + c for a in first for b in middle for c in last})
    rng.shuffle(names)
    return names[:CODE_NAMES]


@dataclass(frozen=True)
class BenchEntry:
    """One generated entry, with what each format needs."""

    title: str
    body: str
    template: str
    sections: dict[str, str]
    tags: list[str]
    skills: list[str]
    people: list[tuple[str, str]]
    kind: str | None
    source: str | None
    mood: int | None
    visibility: str
    starred: bool
    day: dt.date
    time: str  # HH:MM, local; jrnl keeps minutes only

    @property
    def created(self) -> str:
        return f"{self.day.isoformat()}T{self.time}:00+01:00"

    def reflekt_item(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "template": self.template,
            "sections": self.sections,
            "tags": self.tags,
            "skills": self.skills,
            "people": self.people,
            "kind": self.kind,
            "source": self.source,
            "mood": self.mood,
            "visibility": self.visibility,
            "starred": self.starred,
            "day": self.day,
            "created": self.created,
        }

    def jrnl_text(self) -> str:
        """Everything a reader sees, as jrnl holds it: the text, then the @tags."""
        parts = [p for p in (self.body, *self.sections.values()) if p]
        tags = " ".join(f"@{t}" for t in self.tags)
        if tags:
            parts.append(tags)
        return "\n\n".join(parts)


def entries(count: int, seed: int = SEED) -> Iterator[BenchEntry]:
    """``count`` entries spread over ten years, oldest first."""
    rng = random.Random(seed)
    pools = _pools()
    themes = list(content.THEMES)
    names = _code_names(rng)
    # Zipf weights: the first code names turn up in thousands of entries, the last in one.
    zipf = [1 / (rank + 1) for rank in range(len(names))]
    tag_words = {key: value for key, value in content.TAGS.items()}
    skill_names = dict(content.SKILLS)
    people = list(content.PEOPLE)
    templates = list(TEMPLATE_WEIGHTS)
    weights = list(TEMPLATE_WEIGHTS.values())
    first_day = LAST_DAY - dt.timedelta(days=365 * YEARS - 1)
    span = (LAST_DAY - first_day).days + 1
    for n in range(count):
        day = first_day + dt.timedelta(days=n * span // count)
        time = f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"
        theme = rng.choice(themes)
        lang = 1 if rng.random() < SWEDISH_SHARE else 0
        pool = pools[theme.key][lang]

        def sentences(low: int, high: int, pool: _Pool = pool) -> str:
            return " ".join(
                rng.sample(pool.sentences, min(len(pool.sentences), rng.randint(low, high)))
            )

        template = rng.choices(templates, weights)[0]
        sections = {s.key: sentences(1, 2) for s in TEMPLATES[template].sections}
        body = sentences(2, 5) if not sections else ""
        if rng.random() < 0.35:
            code = rng.choices(names, zipf)[0]
            ticket = f"INC-{rng.randrange(10_000, 99_999)}"
            line = (
                f"Follow-up for {code}: {ticket}."
                if lang == 0
                else f"Uppföljning för {code}: {ticket}."
            )
            if sections:
                first = next(iter(sections))
                sections[first] = f"{sections[first]} {line}"
            else:
                body = f"{body}\n\n{line}"
        title = rng.choice(pool.titles) if pool.titles else ""
        # About one tag per entry, as people tag in practice (and as in the journal that
        # took jrnl 400 s to export: its export counts tags in quadratic time).
        tag_keys = [k for k, p in zip(theme.tags, (0.7, 0.2), strict=False) if rng.random() < p]
        if rng.random() < 0.15:
            tag_keys.append(rng.choice(list(tag_words)))
        tags = list(
            dict.fromkeys(tag_words[k][lang].replace(" ", "-") for k in tag_keys if k in tag_words)
        )
        skills = [skill_names[k][lang] for k in theme.skills if k in skill_names]
        linked = list(theme.people) or [(rng.choice(people), rng.choice(RELATIONS))]
        if rng.random() < 0.3:
            linked.append((rng.choice(people), rng.choice(RELATIONS)))
        yield BenchEntry(
            title=title,
            body=body,
            template=template,
            sections=sections,
            tags=tags,
            skills=skills,
            people=list(dict(linked).items()),
            kind=None,
            source=theme.source if rng.random() < 0.8 else None,
            mood=rng.choice((None, 2, 3, 3, 4, 4, 4, 5)),
            visibility="shareable" if rng.random() < 0.2 else "private",
            starred=rng.random() < 0.03,
            day=day,
            time=time,
        )


def write_reflekt(path: Path, items: list[BenchEntry]) -> int:
    """The journal through the facade's bulk path (one transaction, FTS kept by triggers)."""
    with Journal.open(path) as journal:
        for name, (role, department) in content.PEOPLE.items():
            journal.people.set(name, role=role[0], department=department[0])
        # The last development talk was the day before the first entry, so the growth
        # view opens on all ten years.
        first = min(e.day for e in items)
        journal.set_setting(LAST_TALK_SETTING, (first - dt.timedelta(days=1)).isoformat())
        return len(journal.add_many(e.reflekt_item() for e in items))


def write_jrnl_text(path: Path, items: list[BenchEntry]) -> None:
    """jrnl 4.6's plain-text journal: ``[YYYY-MM-DD HH:MM] Title`` then the text.

    jrnl marks a starred entry with `` *`` after the title.
    """
    with path.open("w", encoding="utf-8") as f:
        for e in items:
            star = " *" if e.starred else ""
            f.write(f"[{e.day.isoformat()} {e.time}] {e.title}{star}\n{e.jrnl_text()}\n\n")


def write_jrnl_json(path: Path, items: list[BenchEntry]) -> None:
    """What ``jrnl --export json`` writes for the same entries (see the shared fixture)."""
    tags: Counter[str] = Counter()
    rows = []
    for e in items:
        entry_tags = [f"@{t}" for t in e.tags]
        tags.update(entry_tags)
        rows.append(
            {
                "title": e.title,
                "body": e.jrnl_text(),
                "date": e.day.isoformat(),
                "time": e.time,
                "tags": entry_tags,
                "starred": e.starred,
            }
        )
    data = {"tags": dict(tags.most_common()), "entries": rows}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
