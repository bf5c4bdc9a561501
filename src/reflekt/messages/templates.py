"""The reflection templates' words and the daily prompts, in English and Swedish.

Keyed by the template's key and its sections' keys, which entries store and which
never change (see :mod:`reflekt.core.templates`, which holds the templates' shape: their
kind, their sections' order and which sections stay private). Labels and hints may
change freely here.
"""

from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, dict[str, Any]] = {
    "free": {
        "name": {"en": "Free reflection", "sv": "Fri reflektion"},
        "description": {
            "en": "A blank page for whatever is on your mind. Use it when no structure fits, or when you just want to write.",
            "sv": "En tom sida för det du har i tankarna. Använd den när ingen struktur passar eller när du bara vill skriva av dig.",
        },
        "sections": {},
    },
    "gibbs": {
        "name": {"en": "Gibbs reflective cycle", "sv": "Gibbs reflektionscykel"},
        "description": {
            "en": "Six steps from what happened to what you will do next time. Good for a situation that stayed with you, for better or worse.",
            "sv": "Sex steg från vad som hände till vad du gör nästa gång. Passar för en situation som har stannat kvar hos dig, på gott och ont.",
        },
        "sections": {
            "description": {
                "label": {"en": "Description", "sv": "Beskrivning"},
                "hint": {
                    "en": "What happened? Stick to the facts.",
                    "sv": "Vad hände? Håll dig till fakta.",
                },
            },
            "feelings": {
                "label": {"en": "Feelings", "sv": "Känslor"},
                "hint": {
                    "en": "What were you thinking and feeling at the time?",
                    "sv": "Vad tänkte och kände du i stunden?",
                },
            },
            "evaluation": {
                "label": {"en": "Evaluation", "sv": "Värdering"},
                "hint": {
                    "en": "What went well, and what didn't?",
                    "sv": "Vad gick bra och vad gick mindre bra?",
                },
            },
            "analysis": {
                "label": {"en": "Analysis", "sv": "Analys"},
                "hint": {
                    "en": "Why did it turn out the way it did?",
                    "sv": "Varför blev det som det blev?",
                },
            },
            "conclusion": {
                "label": {"en": "Conclusion", "sv": "Slutsats"},
                "hint": {
                    "en": "What else could you have done, and what did you learn?",
                    "sv": "Vad hade du kunnat göra annorlunda, och vad lärde du dig?",
                },
            },
            "action_plan": {
                "label": {"en": "Action plan", "sv": "Handlingsplan"},
                "hint": {
                    "en": "If it happened again, what would you do?",
                    "sv": "Om det händer igen, vad gör du då?",
                },
            },
        },
    },
    "what-so-what": {
        "name": {"en": "What? So what? Now what?", "sv": "Vad? Så vad? Vad nu?"},
        "description": {
            "en": "Three quick questions: what happened, why it matters and what you will do about it. A light structure for everyday moments.",
            "sv": "Tre snabba frågor: vad hände, varför spelar det roll och vad gör du nu. En lätt struktur för vardagens händelser.",
        },
        "sections": {
            "what": {
                "label": {"en": "What?", "sv": "Vad?"},
                "hint": {
                    "en": "What happened, in a few sentences?",
                    "sv": "Vad hände, med några få meningar?",
                },
            },
            "so_what": {
                "label": {"en": "So what?", "sv": "Så vad?"},
                "hint": {
                    "en": "Why does it matter to you or your team?",
                    "sv": "Varför spelar det roll för dig eller teamet?",
                },
            },
            "now_what": {
                "label": {"en": "Now what?", "sv": "Vad nu?"},
                "hint": {"en": "What will you do next?", "sv": "Vad gör du härnäst?"},
            },
        },
    },
    "aar": {
        "name": {"en": "After-action review", "sv": "Efteranalys (After Action Review)"},
        "description": {
            "en": "Compare what was planned with what actually happened, right after a project, meeting or incident. It is about learning, not grading.",
            "sv": "Jämför det som var planerat med det som faktiskt hände, direkt efter ett projekt, ett möte eller en incident. Det handlar om lärande, inte om betyg.",
        },
        "sections": {
            "planned": {
                "label": {"en": "What was supposed to happen?", "sv": "Vad var tänkt att hända?"},
                "hint": {
                    "en": "What was the goal or the plan?",
                    "sv": "Vad var målet eller planen?",
                },
            },
            "actual": {
                "label": {"en": "What actually happened?", "sv": "Vad hände egentligen?"},
                "hint": {
                    "en": "How did it go, step by step?",
                    "sv": "Hur gick det till, steg för steg?",
                },
            },
            "differences": {
                "label": {"en": "Why were there differences?", "sv": "Varför blev det skillnad?"},
                "hint": {
                    "en": "What made the outcome differ from the plan?",
                    "sv": "Vad gjorde att utfallet skilde sig från planen?",
                },
            },
            "next_time": {
                "label": {"en": "What will I do next time?", "sv": "Vad gör jag nästa gång?"},
                "hint": {
                    "en": "What will you keep, and what will you change?",
                    "sv": "Vad behåller du och vad gör du annorlunda?",
                },
            },
        },
    },
    "mistake": {
        "name": {
            "en": "Lesson from a mistake (blameless)",
            "sv": "Lärdom av ett misstag (utan skuld)",
        },
        "description": {
            "en": "A blameless look at something that went wrong: about systems and decisions, not about who is to blame. Writing it down is how a mistake becomes a lesson.",
            "sv": "En genomgång utan skuld av något som gick fel: om system och beslut, inte om vems felet var. Ett misstag blir en lärdom när du skriver ner det.",
        },
        "sections": {
            "what_happened": {
                "label": {"en": "What happened?", "sv": "Vad hände?"},
                "hint": {
                    "en": "What happened, and which decisions made sense at the time?",
                    "sv": "Vad hände, och vilka beslut verkade rimliga just då?",
                },
            },
            "impact": {
                "label": {"en": "Impact", "sv": "Konsekvenser"},
                "hint": {
                    "en": "Who or what was affected, and how much?",
                    "sv": "Vem eller vad påverkades, och hur mycket?",
                },
            },
            "learned": {
                "label": {"en": "What I learned", "sv": "Vad jag lärde mig"},
                "hint": {
                    "en": "What do you understand now that you didn't before?",
                    "sv": "Vad förstår du nu som du inte förstod innan?",
                },
            },
            "differently": {
                "label": {"en": "What I will do differently", "sv": "Vad jag gör annorlunda"},
                "hint": {
                    "en": "What will you change, in your own work or in the way things are set up?",
                    "sv": "Vad ändrar du, i ditt eget arbete eller i hur saker är upplagda?",
                },
            },
            "lucky": {
                "label": {"en": "Where I got lucky", "sv": "Där jag hade tur"},
                "hint": {
                    "en": "What could have gone worse, and why didn't it?",
                    "sv": "Vad hade kunnat gå värre, och varför gjorde det inte det?",
                },
            },
        },
    },
    "learned-from": {
        "name": {"en": "Learned from a colleague", "sv": "Lärt av en kollega"},
        "description": {
            "en": "Something a colleague showed or told you that you want to keep. Noting who it was makes it easy to thank them later.",
            "sv": "Något en kollega visade eller berättade som du vill komma ihåg. Skriv vem det var, så är det lätt att tacka efteråt.",
        },
        "sections": {
            "who": {
                "label": {"en": "Who", "sv": "Vem"},
                "hint": {
                    "en": "Who did you learn from, and what is their role?",
                    "sv": "Vem lärde du dig av, och vilken roll har hen?",
                },
            },
            "what": {
                "label": {"en": "What", "sv": "Vad"},
                "hint": {
                    "en": "What did they show or tell you?",
                    "sv": "Vad visade eller berättade hen?",
                },
            },
            "use": {
                "label": {"en": "How I will use it", "sv": "Hur jag ska använda det"},
                "hint": {
                    "en": "Where will you put it to use first?",
                    "sv": "Var kommer du att använda det först?",
                },
            },
        },
    },
    "shared": {
        "name": {"en": "Knowledge I shared", "sv": "Kunskap jag delat"},
        "description": {
            "en": "Something you taught, explained or showed someone. Noticing what you pass on helps you see what you know.",
            "sv": "Något du lärde ut, förklarade eller visade för någon. När du ser vad du delar med dig av ser du också vad du kan.",
        },
        "sections": {
            "what": {
                "label": {"en": "What", "sv": "Vad"},
                "hint": {"en": "What did you share?", "sv": "Vad delade du med dig av?"},
            },
            "with_whom": {
                "label": {"en": "With whom", "sv": "Med vem"},
                "hint": {
                    "en": "Who was it for: a group, a meeting, a channel? Name colleagues under People.",
                    "sv": "Vem var det för: en grupp, ett möte, en kanal? Skriv kollegor under Personer.",
                },
            },
            "reception": {
                "label": {"en": "How it was received", "sv": "Hur det togs emot"},
                "hint": {
                    "en": "How did it land, and what would you explain differently next time?",
                    "sv": "Hur togs det emot, och vad skulle du förklara annorlunda nästa gång?",
                },
            },
        },
    },
    "til": {
        "name": {"en": "Today I learned", "sv": "Idag lärde jag mig"},
        "description": {
            "en": "For a one- or two-line note about something you picked up today.",
            "sv": "För en kort anteckning på en eller två rader om något du lärt dig idag.",
        },
        "sections": {
            "learned": {
                "label": {"en": "What I learned", "sv": "Vad jag lärde mig"},
                "hint": {
                    "en": "What did you learn today, in a line or two?",
                    "sv": "Vad lärde du dig idag, på en rad eller två?",
                },
            },
        },
    },
    "weekly": {
        "name": {"en": "Weekly review", "sv": "Veckoreflektion"},
        "description": {
            "en": "Look back on the week: what went well, what was hard, what you learned and what comes next. Ten minutes on a Friday is enough.",
            "sv": "Blicka tillbaka på veckan: vad gick bra, vad var tungt, vad lärde du dig och vad väntar härnäst. Tio minuter på fredagen räcker.",
        },
        "sections": {
            "highs": {
                "label": {"en": "Highs", "sv": "Höjdpunkter"},
                "hint": {"en": "What went well this week?", "sv": "Vad gick bra den här veckan?"},
            },
            "lows": {
                "label": {"en": "Lows", "sv": "Motgångar"},
                "hint": {
                    "en": "What was hard or draining?",
                    "sv": "Vad var svårt eller tog energi?",
                },
            },
            "learned": {
                "label": {"en": "Learned", "sv": "Lärdomar"},
                "hint": {
                    "en": "What did you learn, and from whom?",
                    "sv": "Vad lärde du dig, och av vem?",
                },
            },
            "next_week": {
                "label": {"en": "Next week", "sv": "Nästa vecka"},
                "hint": {
                    "en": "What do you want to focus on next week?",
                    "sv": "Vad vill du fokusera på nästa vecka?",
                },
            },
        },
    },
}

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
