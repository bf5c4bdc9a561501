"""Guessing an entry's spelling language (core/spelling.guess_language) from short
work notes of the kind reflekt's users write, in Swedish and in English."""

from __future__ import annotations

import pytest

from reflekt.core.spelling import guess_language

SWEDISH = [
    "Idag hade vi ett lärandemöte om kunskapsdelning i teamet.",
    "Jag jobbskuggade Sara på kundtjänst hela förmiddagen.",
    "Demot frös mitt i presentationen, men vi löste det tillsammans.",
    "Min chef gav mig återkoppling på rapporten och den var bra.",
    "Nästa gång ska jag förbereda frågorna innan mötet.",
    "Lärde mig att skriva bättre SQL-frågor av Erik.",
    "Vi gick igenom retrospektiven och kom fram till tre förbättringar.",
    "Det var svårt att säga nej till ett nytt projekt.",
    "Kunden var nöjd med leveransen, trots förseningen.",
    "Jag hjälpte en ny kollega att komma igång med systemet.",
    "Workshopen om kodgranskning gav mycket mer än jag trodde.",
    "Planeringen tog för lång tid eftersom ingen hade läst underlaget.",
    "Fick beröm för hur jag ledde dagens standup.",
    "Jag behöver bli bättre på att delegera uppgifter.",
    "Efter lunch satt vi med budgeten för nästa år.",
    "Vi testade parprogrammering och det fungerade förvånansvärt bra.",
    "Mentorsamtalet handlade om hur jag kan växa i rollen.",
    "Releasen gick smidigt tack vare checklistan.",
    "Jag skrev en guide för nyanställda om våra rutiner.",
    "Ett misstag i konfigurationen stoppade bygget i två timmar.",
    "Har lärt mig mycket om Kubernetes den här veckan.",
    "Hon visade hur man gör en bra kravanalys.",
    "Onboardingen av Lisa blev klar i fredags.",
    "Kursen i presentationsteknik var värd tiden.",
]

ENGLISH = [
    "Today we had a learning session on knowledge sharing in the team.",
    "I shadowed Sara at customer support for the whole morning.",
    "The demo froze in the middle of the presentation, but we fixed it together.",
    "My manager gave me feedback on the report and it was good.",
    "Next time I will prepare the questions before the meeting.",
    "Learned how to write better SQL queries from Erik.",
    "We went through the retrospective and agreed on three improvements.",
    "It was hard to say no to a new project.",
    "The customer was happy with the delivery, despite the delay.",
    "I helped a new colleague get started with the system.",
    "The code review workshop gave me much more than I expected.",
    "Planning took too long because nobody had read the material.",
    "Got praise for how I ran the standup today.",
    "I need to get better at delegating tasks.",
    "After lunch we worked on the budget for next year.",
    "We tried pair programming and it worked surprisingly well.",
    "The mentoring talk was about how I can grow in my role.",
    "The release went smoothly thanks to the checklist.",
    "I wrote a guide for new hires about our routines.",
    "A mistake in the configuration stopped the build for two hours.",
    "Learned a lot about Kubernetes this week.",
    "She showed me how to do a good requirements analysis.",
    "Onboarding for Lisa was finished on Friday.",
    "The course in presentation skills was worth the time.",
]


def _accuracy(notes: list[str], lang: str) -> float:
    return sum(guess_language(note) == lang for note in notes) / len(notes)


def test_short_swedish_work_notes_are_guessed_swedish() -> None:
    wrong = [n for n in SWEDISH if guess_language(n) != "sv"]
    assert _accuracy(SWEDISH, "sv") >= 0.95, wrong


def test_short_english_work_notes_are_guessed_english() -> None:
    wrong = [n for n in ENGLISH if guess_language(n) != "en"]
    assert _accuracy(ENGLISH, "en") >= 0.95, wrong


def test_never_the_wrong_language_on_these_notes() -> None:
    assert "en" not in {guess_language(n) for n in SWEDISH}
    assert "sv" not in {guess_language(n) for n in ENGLISH}


def test_a_longer_mixed_text_goes_by_the_language_most_of_it_is_in() -> None:
    text = " ".join(SWEDISH[:6]) + " Lessons learned: the demo froze."
    assert guess_language(text) == "sv"
    text = " ".join(ENGLISH[:6]) + " Mycket bra möte."
    assert guess_language(text) == "en"


@pytest.mark.parametrize("text", ["", "   ", "OK", "Kubernetes", "SQL HR", "`code` 42", "Sara"])
def test_too_little_text_gives_no_guess(text: str) -> None:
    assert guess_language(text) is None


def test_code_and_links_do_not_count() -> None:
    text = "```\nthe and of to is it that was with on\n```\nhttps://x.se/the/and Vi var där."
    assert guess_language(text) == "sv"
