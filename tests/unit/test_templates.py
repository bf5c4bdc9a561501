from __future__ import annotations

import datetime as dt
import itertools

import pytest

from reflekt.core.models import LANGUAGES, Kind, Source
from reflekt.core.templates import (
    PROMPTS,
    TEMPLATES,
    Template,
    find_template,
    get_template,
    normalise_lang,
    prompt_for,
    resolve_section_key,
)
from reflekt.errors import InvalidInput, NotFound

EXPECTED_KEYS = [
    "free",
    "gibbs",
    "what-so-what",
    "aar",
    "mistake",
    "learned-from",
    "shared",
    "til",
    "weekly",
]

ALL_TEMPLATES = list(TEMPLATES.values())


def _ids(template: Template) -> str:
    return template.key


def test_exactly_the_nine_templates_in_order() -> None:
    assert list(TEMPLATES) == EXPECTED_KEYS
    assert all(TEMPLATES[key].key == key for key in TEMPLATES)


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_every_template_speaks_both_languages(template: Template) -> None:
    for lang in LANGUAGES:
        assert template.names[lang].strip()
        assert template.descriptions[lang].strip()
        assert template.name(lang) == template.names[lang]
        assert template.description(lang) == template.descriptions[lang]
    assert template.names["sv"] != template.names["en"]
    assert template.descriptions["sv"] != template.descriptions["en"]


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_every_section_has_labels_and_hints(template: Template) -> None:
    for section in template.sections:
        assert section.key.isascii()
        assert section.key.isidentifier()
        for lang in LANGUAGES:
            assert section.labels[lang].strip()
            assert section.hints[lang].strip()
            assert section.label(lang) == section.labels[lang]
            assert section.hint(lang) == section.hints[lang]


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_section_keys_are_unique_within_a_template(template: Template) -> None:
    keys = [section.key for section in template.sections]
    assert len(keys) == len(set(keys))


def test_unknown_language_falls_back_to_english() -> None:
    gibbs = get_template("gibbs")
    assert gibbs.name("de") == "Gibbs reflective cycle"
    assert gibbs.name("sv_SE.UTF-8") == "Gibbs reflektionscykel"
    feelings = gibbs.section("feelings")
    assert feelings is not None
    assert feelings.label("fr") == "Feelings"
    assert feelings.label("sv") == "Känslor"


def test_template_kinds_and_sources() -> None:
    kinds = {key: template.kind for key, template in TEMPLATES.items()}
    assert kinds == {
        "free": Kind.REFLECTION,
        "gibbs": Kind.REFLECTION,
        "what-so-what": Kind.REFLECTION,
        "aar": Kind.LESSON,
        "mistake": Kind.MISTAKE,
        "learned-from": Kind.LEARNED_FROM,
        "shared": Kind.SHARED_KNOWLEDGE,
        "til": Kind.TIL,
        "weekly": Kind.REVIEW,
    }
    assert get_template("learned-from").source is Source.PEOPLE
    assert get_template("shared").source is Source.EXPERIENCE
    assert get_template("gibbs").source is None


def test_section_keys_per_template() -> None:
    def keys(key: str) -> list[str]:
        return [section.key for section in get_template(key).sections]

    assert keys("free") == []
    assert keys("gibbs") == [
        "description",
        "feelings",
        "evaluation",
        "analysis",
        "conclusion",
        "action_plan",
    ]
    assert keys("what-so-what") == ["what", "so_what", "now_what"]
    assert len(keys("aar")) == 4
    assert len(keys("mistake")) == 5
    assert len(keys("learned-from")) == 3
    assert len(keys("shared")) == 3
    assert keys("til") == ["learned"]
    assert keys("weekly") == ["highs", "lows", "learned", "next_week"]


def test_gibbs_feelings_is_private_and_description_is_not() -> None:
    gibbs = get_template("gibbs")
    feelings = gibbs.section("feelings")
    description = gibbs.section("description")
    assert feelings is not None
    assert feelings.private
    assert description is not None
    assert not description.private
    assert gibbs.private_keys == frozenset({"feelings"})


def test_private_sections_across_templates() -> None:
    private = {key: template.private_keys for key, template in TEMPLATES.items()}
    assert private["weekly"] == frozenset({"lows"})
    assert private["free"] == frozenset()
    assert private["mistake"] == frozenset()


def test_section_lookup_by_key() -> None:
    gibbs = get_template("gibbs")
    assert gibbs.section("analysis") is gibbs.sections[3]
    assert gibbs.section("Analysis") is None
    assert gibbs.section("nope") is None


def test_templates_are_hashable_and_frozen() -> None:
    gibbs = get_template("gibbs")
    assert gibbs in {gibbs}
    with pytest.raises(AttributeError):
        gibbs.key = "other"  # type: ignore[misc]


def test_get_template_unknown_lists_valid_keys() -> None:
    with pytest.raises(NotFound) as caught:
        get_template("nope")
    message = str(caught.value)
    assert "'nope'" in message
    for key in EXPECTED_KEYS:
        assert key in message


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_find_template_by_key_and_names(template: Template) -> None:
    assert find_template(template.key) is template
    for lang in LANGUAGES:
        assert find_template(template.names[lang]) is template
        assert find_template(template.names[lang].upper()) is template


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("fri reflektion", "free"),
        ("  GIBBS reflektionscykel ", "gibbs"),
        ("Gibbs Reflective Cycle", "gibbs"),
        ("Weekly", "weekly"),
        ("veckoreflektion", "weekly"),
        ("  TIL", "til"),
        ("idag lärde jag mig", "til"),
        ("what so what now what", "what-so-what"),
        ("Efteranalys", "aar"),
        ("lesson from a mistake", "mistake"),
    ],
)
def test_find_template_forgives_case_space_and_punctuation(name: str, key: str) -> None:
    assert find_template(name).key == key


@pytest.mark.parametrize("name", ["nope", "", "   ", "?", "gibbs cycle"])
def test_find_template_unknown_says_how_to_list_them(name: str) -> None:
    with pytest.raises(NotFound) as caught:
        find_template(name)
    assert str(caught.value) == (
        f"No template called {name!r}. Run `reflekt templates` to see them."
    )


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_every_section_resolves_from_its_key_and_labels(template: Template) -> None:
    for section in template.sections:
        assert resolve_section_key(template, section.key) == section.key
        for lang in LANGUAGES:
            assert resolve_section_key(template, section.labels[lang]) == section.key


@pytest.mark.parametrize(
    ("template_key", "name", "key"),
    [
        ("what-so-what", "so what", "so_what"),
        ("what-so-what", "So What?", "so_what"),
        ("what-so-what", "  now   what ", "now_what"),
        ("what-so-what", "så vad", "so_what"),
        ("gibbs", "action plan", "action_plan"),
        ("gibbs", "KÄNSLOR", "feelings"),
        ("gibbs", "handlingsplan", "action_plan"),
        ("aar", "what actually happened", "actual"),
        ("weekly", "next-week", "next_week"),
    ],
)
def test_resolve_section_key_forgives(template_key: str, name: str, key: str) -> None:
    assert resolve_section_key(get_template(template_key), name) == key


def test_resolve_section_key_unknown_names_the_template_and_its_sections() -> None:
    gibbs = get_template("gibbs")
    with pytest.raises(InvalidInput) as caught:
        resolve_section_key(gibbs, "mood")
    message = str(caught.value)
    assert "'mood'" in message
    assert gibbs.name() in message
    for section in gibbs.sections:
        assert section.label() in message


@pytest.mark.parametrize("name", ["", "  ", "?!"])
def test_resolve_section_key_refuses_empty_names(name: str) -> None:
    with pytest.raises(InvalidInput):
        resolve_section_key(get_template("gibbs"), name)


@pytest.mark.parametrize("name", ["body", "description", "text", "Fri reflektion"])
def test_free_template_has_no_sections(name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        resolve_section_key(get_template("free"), name)
    message = str(caught.value)
    assert "Free reflection" in message
    assert "no sections" in message
    assert "body" in message


def test_prompts_are_parallel_unique_and_plenty() -> None:
    assert set(PROMPTS) == set(LANGUAGES)
    assert len(PROMPTS["en"]) == len(PROMPTS["sv"])
    for lang in LANGUAGES:
        prompts = PROMPTS[lang]
        assert len(prompts) >= 30
        assert len(set(prompts)) == len(prompts)
        assert all(prompt.strip() == prompt and prompt for prompt in prompts)
    assert all(en != sv for en, sv in zip(PROMPTS["en"], PROMPTS["sv"], strict=True))


def test_prompt_for_is_deterministic() -> None:
    day = dt.date(2024, 3, 14)
    assert prompt_for(day) == prompt_for(dt.date(2024, 3, 14))
    assert prompt_for(day, "sv") == prompt_for(day, "sv")


def test_prompt_for_changes_every_day_and_covers_all_prompts() -> None:
    start = dt.date(2025, 1, 1)
    count = len(PROMPTS["en"])
    days = [start + dt.timedelta(days=offset) for offset in range(count)]
    prompts = [prompt_for(day) for day in days]
    assert all(a != b for a, b in itertools.pairwise(prompts))
    assert set(prompts) == set(PROMPTS["en"])
    assert prompt_for(start + dt.timedelta(days=count)) == prompts[0]


def test_prompt_for_swedish_is_the_same_prompt_translated() -> None:
    for offset in range(len(PROMPTS["en"])):
        day = dt.date(2024, 6, 1) + dt.timedelta(days=offset)
        index = PROMPTS["en"].index(prompt_for(day, "en"))
        assert prompt_for(day, "sv") == PROMPTS["sv"][index]


@pytest.mark.parametrize("lang", ["de", "", "xx", "sv_SE.UTF-8"])
def test_prompt_for_accepts_any_language(lang: str) -> None:
    day = dt.date(2024, 2, 29)
    expected = "sv" if lang.startswith("sv") else "en"
    assert prompt_for(day, lang) == prompt_for(day, expected)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "sv"),
        ("SV", "sv"),
        ("sv_SE.UTF-8", "sv"),
        ("sv-FI", "sv"),
        ("sv_SE@euro", "sv"),
        ("en", "en"),
        ("en_GB.UTF-8", "en"),
        ("de_DE", "en"),
        ("C", "en"),
        ("svenska", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_normalise_lang(lang: str | None, expected: str) -> None:
    assert normalise_lang(lang) == expected


def test_the_name_beside_the_kind_never_repeats_the_kind() -> None:
    import re

    from reflekt.core.models import KIND_LABELS, label
    from reflekt.core.templates import TEMPLATES

    def fold(text: str) -> str:
        return re.sub(r"\W+", " ", re.sub(r"\([^)]*\)", "", text).casefold()).strip()

    for template in TEMPLATES.values():
        for lang in ("en", "sv"):
            kind = label(KIND_LABELS[template.kind], lang)
            beside = template.name_beside(template.kind, lang)
            assert fold(beside) != fold(kind), (template.key, lang)
    assert TEMPLATES["mistake"].name_beside(TEMPLATES["mistake"].kind) == ""
    assert TEMPLATES["gibbs"].name_beside(TEMPLATES["gibbs"].kind) == "Gibbs reflective cycle"
    # Written with a template and then given another kind, the name says something again.
    from reflekt.core.models import Kind

    assert TEMPLATES["mistake"].name_beside(Kind.REFLECTION) == "Lesson from a mistake (blameless)"


def test_a_template_that_asks_who_names_a_section_it_has_and_a_relation() -> None:
    from reflekt.core.models import Relation
    from reflekt.core.templates import TEMPLATES

    assert {t.key: t.person for t in TEMPLATES.values() if t.person} == {"learned-from": "who"}
    assert {t.key: t.relation for t in TEMPLATES.values() if t.relation} == {
        "learned-from": Relation.LEARNED_FROM,
        "shared": Relation.HELPED,
    }
    for template in TEMPLATES.values():
        if template.person:
            assert template.section(template.person) is not None
            assert template.relation is not None
