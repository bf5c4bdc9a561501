"""The words of the pages reflekt writes: the development-talk report and the shared
page, in English and Swedish side by side (see :mod:`reflekt.messages.labels`).

Looked up with :func:`reflekt.messages.term` (``term("report.title", "sv")``); loaded
only when a report or a shared page is made.
"""

from __future__ import annotations

# The development-talk report (core.report).
REPORT: dict[str, dict[str, str]] = {
    "title": {"en": "Development talk", "sv": "Utvecklingssamtal"},
    "for_me": {
        "en": "Prepared for myself: everything in my journal for this period.",
        "sv": "Förberett för mig själv: allt i min dagbok för perioden.",
    },
    "for_manager": {
        "en": "Prepared to show my manager: only entries I marked as shareable.",
        "sv": "Förberett för att visa min chef: bara anteckningar jag markerat som delbara.",
    },
    "period": {"en": "Period", "sv": "Period"},
    "summary": {"en": "In numbers", "sv": "I siffror"},
    "entries": {"en": "Entries", "sv": "Anteckningar"},
    "vs_previous": {
        "en": "{change} compared with the {days} days before",
        "sv": "{change} jämfört med de {days} dagarna innan",
    },
    "streak": {"en": "Weeks in a row", "sv": "Veckor i rad"},
    "streak_note": {"en": "longest: {longest}", "sv": "längst: {longest}"},
    "mistakes": {"en": "Lessons from mistakes", "sv": "Lärdomar av misstag"},
    "shared_count": {"en": "Knowledge shared", "sv": "Kunskap delad"},
    "learned_count": {"en": "Learned from others", "sv": "Lärt av andra"},
    "helped": {"en": "People helped", "sv": "Personer jag hjälpt"},
    "team_used": {"en": "Team lessons used", "sv": "Teamlärdomar använda"},
    "mix": {"en": "Where my learning came from", "sv": "Var mitt lärande kom ifrån"},
    "mix_note": {
        "en": "The 70-20-10 model is a reference, not a target.",
        "sv": "70-20-10-modellen är en referens, inte ett mål.",
    },
    "reference": {"en": "70-20-10 reference", "sv": "Referens 70-20-10"},
    "mine": {"en": "Mine", "sv": "Min"},
    "talk_about": {"en": "What I want to talk about", "sv": "Det här vill jag prata om"},
    "support": {"en": "Support I would like", "sv": "Stöd jag skulle vilja ha"},
    "charts": {"en": "How it went", "sv": "Hur det gick"},
    "goals": {"en": "Goals and evidence", "sv": "Mål och belägg"},
    "no_goals": {
        "en": "No development goals for this period yet.",
        "sv": "Inga utvecklingsmål för perioden ännu.",
    },
    "target": {"en": "target {date}", "sv": "mål {date}"},
    "evidence": {"en": "{count} entries as evidence", "sv": "{count} anteckningar som belägg"},
    "evidence_one": {"en": "1 entry as evidence", "sv": "1 anteckning som belägg"},
    "lessons": {"en": "Top lessons", "sv": "Viktigaste lärdomarna"},
    "no_lessons": {
        "en": "No lessons written in this period.",
        "sv": "Inga lärdomar skrivna under perioden.",
    },
    "shared": {"en": "What I shared", "sv": "Det här delade jag"},
    "no_shared": {"en": "Nothing shared in this period.", "sv": "Inget delat under perioden."},
    "thanks": {"en": "Thank you", "sv": "Tack"},
    "thanks_intro": {
        "en": "People I learned from in this period.",
        "sv": "Personer jag lärt mig av under perioden.",
    },
    "no_thanks": {
        "en": "No one credited as someone I learned from in this period.",
        "sv": "Ingen angiven som någon jag lärt mig av under perioden.",
    },
    "team_lesson": {"en": "team lesson", "sv": "teamlärdom"},
    "times": {"en": "{count}×", "sv": "{count}×"},
    "starred": {"en": "starred", "sv": "stjärnmärkt"},
    "footer": {
        "en": "Made with reflekt on {date}. Written by me, for my own growth.",
        "sv": "Skapad med reflekt {date}. Skriven av mig, för min egen utveckling.",
    },
    "role_in": {"en": "{role}, {department}", "sv": "{role}, {department}"},
    "colleague_in": {"en": "A colleague in {department}", "sv": "En kollega på {department}"},
    "colleague": {"en": "A colleague", "sv": "En kollega"},
    "team_colleague": {"en": "Colleagues' team lessons", "sv": "Kollegors teamlärdomar"},
}

# A shared page and the 15-minute learning share (share.render).
SHARE_PAGE: dict[str, dict[str, str]] = {
    "title": {"en": "Shared lessons", "sv": "Delade lärdomar"},
    "shared_by": {"en": "Shared by", "sv": "Delat av"},
    "tags": {"en": "Tags", "sv": "Taggar"},
    "skills": {"en": "Skills", "sv": "Färdigheter"},
    "source": {"en": "Learning source", "sv": "Lärandekälla"},
    "people": {"en": "People", "sv": "Personer"},
    # The body text under a template's sections (the editor's "Other notes").
    "other_notes": {"en": "Other notes", "sv": "Övriga noteringar"},
    "footer": {
        "en": "Shared from reflekt. Only what the author chose to share is in this page.",
        "sv": "Delat från reflekt. Sidan innehåller bara det som författaren valt att dela.",
    },
    "brief": {"en": "15-minute learning share", "sv": "15 minuters lärandedelning"},
    "plan": {"en": "Plan (15 minutes)", "sv": "Upplägg (15 minuter)"},
    "plan_intro": {"en": "Why this matters", "sv": "Varför det här är viktigt"},
    "plan_lessons": {"en": "The lessons", "sv": "Lärdomarna"},
    "plan_talk": {"en": "Discussion", "sv": "Diskussion"},
    "plan_try": {"en": "One thing to try", "sv": "En sak att prova"},
    "lesson": {"en": "Lesson", "sv": "Lärdom"},
    "happened": {"en": "What happened", "sv": "Vad hände"},
    "learned": {"en": "What I learned", "sv": "Vad jag lärde mig"},
    "next": {"en": "What I do now", "sv": "Vad jag gör nu"},
    "questions": {"en": "Questions for the team", "sv": "Frågor till gruppen"},
    "q1": {
        "en": "Has something like this happened to you? What did you do?",
        "sv": "Har du varit med om något liknande? Vad gjorde du?",
    },
    "q2": {"en": "What would you have done differently?", "sv": "Vad hade du gjort annorlunda?"},
    "q3": {
        "en": "What could we try as a team in the coming week?",
        "sv": "Vad kan vi prova som grupp den kommande veckan?",
    },
    "try": {
        "en": "Agree on one small thing to try before the next meeting, and who follows up.",
        "sv": "Kom överens om en liten sak att prova till nästa möte, och vem som följer upp.",
    },
    "minutes": {"en": "min", "sv": "min"},
}

# The months, for a date a person reads in either language (core.report.format_day).
MONTHS: dict[str, list[str]] = {
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    "sv": [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ],
}  # fmt: skip


TABLES: dict[str, dict[str, dict[str, str]]] = {"report": REPORT, "share": SHARE_PAGE}
