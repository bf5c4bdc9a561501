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
from typing import Any

T = tuple[str, str]  # (English, Swedish)
Link = tuple[str, str]  # (person's name, relation value)

# -- people, tags, skills, goals ----------------------------------------------

# Names stay the same in both languages: the office is in Sweden either way.
PEOPLE: dict[str, tuple[T, T]] = {
    "Anna Lindqvist": (("Head of Customer Service", "Kundservicechef"), ("Support", "Kundsupport")),
    "Sara Ek": (("Support agent", "Supportmedarbetare"), ("Support", "Kundsupport")),
    "Jonas Holm": (
        ("Senior support agent", "Senior supportmedarbetare"),
        ("Support", "Kundsupport"),
    ),
    "Johan Berg": (("Backend developer", "Backendutvecklare"), ("Product", "Produkt")),
    "Karin Dahl": (("Product owner", "Produktägare"), ("Product", "Produkt")),
    "Fatima Hassan": (("HR business partner", "HR-partner"), ("HR", "HR")),
    "Mikael Nyström": (("Key account manager", "Kundansvarig säljare"), ("Sales", "Sälj")),
    "Erik Johansson": (("IT operations engineer", "Drifttekniker"), ("IT", "IT")),
    "Li Wei": (("Data analyst", "Dataanalytiker"), ("Finance", "Ekonomi")),
    "Maria Karlsson": (("Logistics coordinator", "Logistiksamordnare"), ("Logistics", "Logistik")),
    "Lena Sjöberg": (
        ("Course leader, facilitation", "Kursledare i facilitering"),
        ("External", "Extern"),
    ),
}

TAGS: dict[str, T] = {
    "incident": ("incident", "incident"),
    "deploy": ("deploy", "driftsättning"),
    "feedback": ("feedback", "återkoppling"),
    "learning-meeting": ("learning meeting", "lärträff"),
    "shadowing": ("shadowing", "jobbskuggning"),
    "mentoring": ("mentoring", "mentorskap"),
    "onboarding": ("onboarding", "introduktion"),
    "facilitation": ("facilitation", "facilitering"),
    "sql": ("sql", "sql"),
    "presentation": ("presentation", "presentation"),
    "escalation": ("escalation", "eskalering"),
    "workshop": ("workshop", "workshop"),
    "customers": ("customers", "kunder"),
    "team": ("team", "teamet"),
}

SKILLS: dict[str, T] = {
    "feedback": ("Giving feedback", "Att ge återkoppling"),
    "facilitation": ("Facilitation", "Facilitering"),
    "sql": ("SQL", "SQL"),
    "analysis": ("Data analysis", "Dataanalys"),
    "presenting": ("Presenting", "Presentationsteknik"),
    "coaching": ("Coaching", "Coachning"),
    "incidents": ("Incident handling", "Incidenthantering"),
    "customers": ("Customer communication", "Kundkommunikation"),
    "priorities": ("Prioritising", "Prioritering"),
    "listening": ("Active listening", "Aktivt lyssnande"),
    "collaboration": ("Cross-team collaboration", "Samarbete över avdelningsgränser"),
}


@dataclass(frozen=True)
class GoalText:
    key: str
    title: T
    description: T
    achieved: bool = False
    # Days from today to the target date, or for an achieved goal from the day it was reached.
    target_days: int = 90


GOALS: tuple[GoalText, ...] = (
    GoalText(
        "facilitation",
        ("Run meetings people want to come to", "Leda möten som folk vill gå på"),
        (
            "Take the facilitation course, then run a 15-minute learning meeting for the team every other week.",
            "Gå facilitatorskursen och håll sedan en kvartslång lärträff för teamet varannan vecka.",
        ),
        achieved=True,
        target_days=14,
    ),
    GoalText(
        "sql",
        ("Answer my own data questions with SQL", "Kunna besvara mina egna datafrågor med SQL"),
        (
            "Stop waiting for reports: write the queries for ticket volumes and response times myself, with Li as a sparring partner.",
            "Sluta vänta på rapporter: skriva frågorna om ärendevolymer och svarstider själv, med Li som bollplank.",
        ),
        target_days=45,
    ),
    GoalText(
        "feedback",
        ("Give clearer feedback, more often", "Ge tydligare återkoppling, oftare"),
        (
            "Small, specific feedback every week instead of saving it all for the appraisals.",
            "Liten och konkret återkoppling varje vecka i stället för att spara allt till medarbetarsamtalen.",
        ),
        target_days=60,
    ),
    GoalText(
        "shadowing",
        ("Understand how the rest of the company works", "Förstå hur resten av företaget fungerar"),
        (
            "Shadow five other departments for half a day each and bring one improvement back to Support from every visit.",
            "Skugga fem andra avdelningar en halvdag vardera och ta med mig en förbättring tillbaka till supporten från varje besök.",
        ),
        target_days=120,
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


FEEDBACK = Theme(
    "feedback",
    ("giving feedback", "att ge återkoppling"),
    (0.02, 1.0),
    tags=("feedback", "team"),
    skills=("feedback", "listening"),
    people=(("Jonas Holm", "helped"),),
    goal="feedback",
    situations=(
        Situation(
            (
                "Telling Jonas his replies sound curt",
                "Att säga till Jonas att hans svar låter korta",
            ),
            (
                "Two customers in one week called Jonas's replies rude. I brought it up in our one-to-one, with both tickets open in front of us.",
                "Två kunder på en vecka tyckte att Jonas svar var otrevliga. Jag tog upp det på vårt enskilda samtal, med båda ärendena öppna framför oss.",
            ),
            (
                "I had put it off for three days and felt my stomach tighten as I started.",
                "Jag hade skjutit upp det i tre dagar och kände hur det knöt sig i magen när jag började.",
            ),
            (
                "Looking at the actual words made it about the text, not about him. He rewrote one reply on the spot and heard the difference himself.",
                "När vi tittade på de faktiska orden handlade det om texten och inte om honom. Han skrev om ett svar direkt och hörde själv skillnaden.",
            ),
            template="gibbs",
            starred=True,
        ),
        Situation(
            (
                "Asking the team what I should stop doing",
                "Att fråga teamet vad jag borde sluta med",
            ),
            (
                "At the retro I asked the team what I should stop doing as their lead. Silence. The anonymous form afterwards got three honest answers: stop rewriting their replies, stop answering for them in meetings, stop checking the queue at night.",
                "På retron frågade jag teamet vad jag borde sluta med som deras chef. Tystnad. Det anonyma formuläret efteråt gav tre ärliga svar: sluta skriva om deras svar, sluta svara åt dem på möten, sluta kolla kön på kvällarna.",
            ),
            (
                "A bit stung, mostly relieved that someone said it.",
                "Lite stucken, mest lättad över att någon sa det.",
            ),
            (
                "Nobody criticises their manager in front of everyone on the first try. The form gave them time and cover.",
                "Ingen kritiserar sin chef inför alla första gången. Formuläret gav dem tid och skydd.",
            ),
        ),
        Situation(
            ("Praise that was too vague to use", "Beröm som var för vagt för att gå att använda"),
            (
                "After a long call with an angry customer I told Sara “great job”. She asked what exactly had been great, and I could not really say.",
                "Efter ett långt samtal med en arg kund sa jag ”bra jobbat” till Sara. Hon frågade vad som hade varit bra, och jag kunde inte riktigt säga det.",
            ),
            (
                "Embarrassed. She deserved better than a pat on the back.",
                "Generad. Hon förtjänade bättre än en klapp på axeln.",
            ),
            (
                "What she actually did well was summarising the customer's problem before offering anything. Naming that is what lets her do it again on purpose.",
                "Det hon faktiskt gjorde bra var att sammanfatta kundens problem innan hon erbjöd något. Att sätta ord på det är det som gör att hon kan göra om det medvetet.",
            ),
            people=(("Sara Ek", "helped"),),
            at=0.68,
        ),
        Situation(
            (
                "Role-playing a defensive employee with Fatima",
                "Rollspel med Fatima om en medarbetare som går i försvar",
            ),
            (
                "Fatima from HR played a defensive employee while I practised a difficult conversation about missed shifts. She interrupted, changed the subject and brought up my own mistakes.",
                "Fatima från HR spelade en medarbetare som gick i försvar medan jag övade på ett svårt samtal om missade pass. Hon avbröt, bytte ämne och drog upp mina egna misstag.",
            ),
            (
                "Even as a role play my pulse went up. Good to feel that in a safe room first.",
                "Till och med i ett rollspel gick pulsen upp. Skönt att känna det i ett tryggt rum först.",
            ),
            (
                "Each time I defended myself, the real topic slipped away. Going back to the one fact, the three missed shifts, is what kept the talk on track.",
                "Varje gång jag försvarade mig gled det egentliga ämnet undan. Att gå tillbaka till det enda faktumet, de tre missade passen, var det som höll samtalet på rätt spår.",
            ),
            template="free",
            people=(("Fatima Hassan", "learned-from"),),
        ),
        Situation(
            (
                "Jonas's development talk ran out of time",
                "Utvecklingssamtalet med Jonas räckte inte till",
            ),
            (
                "We spent 40 of 60 minutes on the ticket-tool migration and rushed through his development plan at the end.",
                "Vi lade 40 av 60 minuter på bytet av ärendesystem och stressade igenom hans utvecklingsplan på slutet.",
            ),
            (
                "Frustrated with myself: this was his hour, not the migration's.",
                "Irriterad på mig själv: det här var hans timme, inte migreringens.",
            ),
            (
                "I let the most urgent topic take the agenda because it was the easiest one to talk about. There were no time boxes.",
                "Jag lät den mest akuta frågan ta över dagordningen eftersom den var lättast att prata om. Det fanns inga tidsramar.",
            ),
            template="aar",
            plan=(
                "Go through his goals, name two strengths and one area to grow, and agree on one next step.",
                "Gå igenom hans mål, lyfta två styrkor och ett utvecklingsområde och komma överens om ett nästa steg.",
            ),
        ),
    ),
    lessons=(
        (
            "Feedback lands when it is about one concrete example and comes soon.",
            "Återkoppling tas emot bäst när den gäller ett konkret exempel och kommer snart.",
        ),
        (
            "Asking for feedback first makes it easier to give it.",
            "Att först be om återkoppling gör det lättare att ge den.",
        ),
        (
            "Specific praise teaches as much as criticism does.",
            "Konkret beröm lär ut lika mycket som kritik gör.",
        ),
        (
            "Keep what I saw apart from what I think it means.",
            "Håll isär det jag såg och det jag tror att det betyder.",
        ),
    ),
    actions=(
        (
            "Give one piece of specific feedback before Friday, within a day of seeing it.",
            "Ge en konkret återkoppling före fredag, inom ett dygn från att jag såg det.",
        ),
        (
            "Start every one-to-one by asking what I could do differently.",
            "Börja varje enskilt samtal med att fråga vad jag kunde göra annorlunda.",
        ),
        (
            "Write the exact example down before the conversation, not after.",
            "Skriva ner det exakta exemplet före samtalet, inte efter.",
        ),
        (
            "Time-box the urgent topics to ten minutes so development gets the rest.",
            "Begränsa de akuta frågorna till tio minuter så att utvecklingen får resten.",
        ),
    ),
    good=(
        ("Jonas thanked me for being direct.", "Jonas tackade för att jag var rak."),
        (
            "Jonas used the feedback model on me, unprompted, and it worked.",
            "Jonas använde återkopplingsmodellen på mig helt självmant, och det fungerade.",
        ),
        (
            "Three people answered the anonymous question honestly.",
            "Tre personer svarade ärligt på den anonyma frågan.",
        ),
    ),
    hard=(
        (
            "I still wait too long before I say the difficult thing.",
            "Jag väntar fortfarande för länge innan jag säger det svåra.",
        ),
        (
            "A feedback talk turned into me defending an old decision.",
            "Ett återkopplingssamtal blev till att jag försvarade ett gammalt beslut.",
        ),
        (
            "I softened the message so much that it disappeared.",
            "Jag mjukade upp budskapet så mycket att det försvann.",
        ),
    ),
)

EVERYDAY = Theme(
    "everyday",
    ("the support queue", "supportkön"),
    (0.0, 1.0),
    tags=("team", "customers"),
    skills=("priorities",),
    people=(("Anna Lindqvist", "with"),),
    situations=(
        Situation(
            ("The Monday after the broken discount code", "Måndagen efter den trasiga rabattkoden"),
            (
                "By lunch we were down to 180 open tickets, not zero. A newsletter with a broken discount code went out at 09:00 and kept new tickets coming all day.",
                "Vid lunch var vi nere på 180 öppna ärenden, inte noll. Ett nyhetsbrev med en trasig rabattkod gick ut klockan nio och drog in nya ärenden hela dagen.",
            ),
            (
                "Deflated. The team worked hard and still watched the number go up.",
                "Nedslagen. Teamet slet och fick ändå se siffran gå uppåt.",
            ),
            (
                "Nobody in Support knew the newsletter was going out. We planned for the weekend's volume, not for what Monday would bring.",
                "Ingen på supporten visste att nyhetsbrevet skulle gå ut. Vi planerade för helgens volym, inte för det som måndagen skulle föra med sig.",
            ),
            template="aar",
            plan=(
                "Clear the weekend backlog of 300 tickets by lunch, with four people on email and one on chat.",
                "Beta av helgens 300 ärenden till lunch, med fyra personer på mejl och en på chatten.",
            ),
        ),
        Situation(
            ("Saying no to a fourth project", "Att säga nej till ett fjärde projekt"),
            (
                "Anna asked me to join the pricing project. I said no, and showed her what I would have to drop to say yes.",
                "Anna bad mig gå med i prisprojektet. Jag sa nej och visade vad jag skulle behöva släppa för att kunna säga ja.",
            ),
            (
                "Nervous before, light afterwards.",
                "Nervös innan, lätt efteråt.",
            ),
            (
                "Every earlier yes had been paid for with the team's one-to-ones. Making the cost visible turned it into a shared decision instead of a refusal.",
                "Varje tidigare ja hade betalats med teamets enskilda samtal. När kostnaden blev synlig blev det ett gemensamt beslut i stället för en vägran.",
            ),
        ),
        Situation(
            ("Rebuilding the rota after two sick days", "Att lägga om schemat efter två sjukdagar"),
            (
                "Two people were off sick on the same day and the chat had nobody from 13 to 15. I rebuilt the rota at 07:30 and covered the gap myself.",
                "Två personer var sjuka samma dag och chatten stod obemannad mellan 13 och 15. Jag lade om schemat halv åtta på morgonen och täckte luckan själv.",
            ),
            (
                "Stressed, and a bit proud that it held together.",
                "Stressad, och lite stolt över att det höll ihop.",
            ),
            (
                "The rota only works when everyone is there. It has no slack, and I am the slack, which is not a plan.",
                "Schemat fungerar bara när alla är på plats. Det finns ingen marginal, och marginalen är jag, vilket inte är en plan.",
            ),
            template="free",
        ),
        Situation(
            (
                "Chat wait times crept up unnoticed",
                "Väntetiden i chatten smög uppåt utan att vi märkte det",
            ),
            (
                "Over three weeks the average chat wait went from two to six minutes. We noticed only when a customer complained about it on social media.",
                "Under tre veckor gick den genomsnittliga väntetiden i chatten från två till sex minuter. Vi märkte det först när en kund klagade i sociala medier.",
            ),
            (
                "Embarrassed that a customer saw it before I did.",
                "Generad över att en kund såg det före mig.",
            ),
            (
                "We only look at the weekly report, and each week looked a little worse than the last, never alarming.",
                "Vi tittar bara på veckorapporten, och varje vecka såg lite sämre ut än den förra, aldrig alarmerande.",
            ),
            template="gibbs",
        ),
        Situation(
            ("Moving our stand-up to 09:15", "Att flytta vår morgonavstämning till kvart över nio"),
            (
                "Half the team starts at nine on flexitime, so the 08:30 stand-up was really a meeting for three people. We moved it to 09:15.",
                "Halva teamet börjar vid nio med flextid, så avstämningen halv nio var egentligen ett möte för tre personer. Vi flyttade den till kvart över nio.",
            ),
            ("Glad I finally asked.", "Glad att jag äntligen frågade."),
            (
                "I kept the old time because it suited me. Nobody complained, they just stopped coming.",
                "Jag behöll den gamla tiden för att den passade mig. Ingen klagade, de slutade bara komma.",
            ),
        ),
    ),
    lessons=(
        (
            "The queue tells the truth a week late; the team knows it now.",
            "Kön berättar sanningen en vecka för sent, teamet vet den redan nu.",
        ),
        (
            "A clear no with a reason is kinder than a slow yes.",
            "Ett tydligt nej med ett skäl är vänligare än ett långsamt ja.",
        ),
        (
            "Our plans need the other departments' calendars, not only ours.",
            "Våra planer behöver de andra avdelningarnas kalendrar, inte bara vår egen.",
        ),
        (
            "Numbers that drift slowly are easier to fix than numbers that jump, but only if someone looks.",
            "Siffror som glider sakta är lättare att rätta till än siffror som hoppar, men bara om någon tittar.",
        ),
    ),
    actions=(
        (
            "Ask Marketing for their send-out calendar every Monday.",
            "Be marknadsavdelningen om deras utskickskalender varje måndag.",
        ),
        (
            "Put the chat wait time on the stand-up board every morning.",
            "Sätta upp väntetiden i chatten på tavlan vid varje morgonavstämning.",
        ),
        (
            "When I say yes to something, say out loud what I am dropping.",
            "När jag säger ja till något, säga högt vad jag släpper.",
        ),
        (
            "Plan the rota with the team on Thursdays instead of alone on Sunday evenings.",
            "Lägga schemat tillsammans med teamet på torsdagar i stället för ensam på söndagskvällar.",
        ),
    ),
    good=(
        (
            "We closed the week with fewer open tickets than we started with.",
            "Vi stängde veckan med färre öppna ärenden än vi började med.",
        ),
        (
            "With the new stand-up time everyone is actually there.",
            "Med den nya tiden för morgonavstämningen är alla faktiskt där.",
        ),
        (
            "Anna backed my no without a long discussion.",
            "Anna ställde sig bakom mitt nej utan någon lång diskussion.",
        ),
    ),
    hard=(
        (
            "Two sick days and the whole rota fell over.",
            "Två sjukdagar och hela schemat föll ihop.",
        ),
        (
            "I answered tickets myself instead of leading.",
            "Jag besvarade ärenden själv i stället för att leda.",
        ),
        (
            "Meetings ate every afternoon this week.",
            "Mötena åt upp varje eftermiddag den här veckan.",
        ),
    ),
)


ESCALATION = Theme(
    "escalation",
    ("customer escalations", "kundeskaleringar"),
    (0.0, 1.0),
    tags=("escalation", "customers"),
    skills=("customers", "listening"),
    people=(("Mikael Nyström", "with"),),
    situations=(
        Situation(
            ("The wholesaler who threatened to leave", "Grossisten som hotade att lämna oss"),
            (
                "A wholesale customer had three wrong deliveries in one month, and their purchasing manager demanded a call with someone in charge. Mikael and I took it together.",
                "En grossistkund hade fått tre felaktiga leveranser på en månad, och deras inköpschef krävde ett samtal med någon som bestämmer. Mikael och jag tog det tillsammans.",
            ),
            (
                "Defensive at first. I had all the facts ready and wanted to use them.",
                "I försvarsposition till en början. Jag hade alla fakta redo och ville använda dem.",
            ),
            (
                "She needed to be heard before any facts could land. Mikael let her talk for ten minutes before he said anything, and after that she listened to us too.",
                "Hon behövde bli lyssnad på innan några fakta kunde gå fram. Mikael lät henne prata i tio minuter innan han sa något, och efter det lyssnade hon på oss också.",
            ),
            template="gibbs",
            starred=True,
        ),
        Situation(
            (
                "The invoice dispute that bounced between three teams",
                "Fakturatvisten som studsade mellan tre team",
            ),
            (
                "It took nine days. The case moved between Support, Finance and Sales four times, and the customer got three different answers.",
                "Det tog nio dagar. Ärendet gick mellan supporten, ekonomi och sälj fyra gånger, och kunden fick tre olika svar.",
            ),
            (
                "Ashamed on the company's behalf when the customer listed our replies back to us.",
                "Skämdes å företagets vägnar när kunden räknade upp våra svar för oss.",
            ),
            (
                "Nobody owned the whole case. Each team answered its own part correctly and passed the rest on.",
                "Ingen ägde hela ärendet. Varje team svarade rätt på sin egen del och skickade vidare resten.",
            ),
            template="aar",
            plan=(
                "Settle the invoice question within two working days, with Finance owning the answer.",
                "Reda ut fakturafrågan inom två arbetsdagar, med ekonomi som ägare av svaret.",
            ),
        ),
        Situation(
            (
                "Calling the customer who wrote in capitals",
                "Att ringa kunden som skrev med versaler",
            ),
            (
                "A customer had sent three emails in capitals about a missing order. Instead of a fourth written reply I picked up the phone.",
                "En kund hade skickat tre mejl med versaler om en order som inte kommit. I stället för ett fjärde skriftligt svar lyfte jag luren.",
            ),
            (
                "I dreaded the call. It was calm within five minutes.",
                "Jag bävade inför samtalet. Efter fem minuter var det lugnt.",
            ),
            (
                "In writing, every reply sounded like a form letter to him. On the phone he could hear that a person was actually looking for his parcel.",
                "I skrift lät varje svar som ett standardbrev för honom. I telefon kunde han höra att en människa faktiskt letade efter hans paket.",
            ),
        ),
        Situation(
            (
                "Escalating a bug to Product without steps",
                "Att eskalera en bugg till produkt utan steg",
            ),
            (
                "I pushed Johan to look at a checkout bug that an important customer had reported, but all I had was “it doesn't work”. He spent two hours trying to reproduce it.",
                "Jag tjatade på Johan att titta på en bugg i kassan som en viktig kund hade rapporterat, men allt jag hade var ”det fungerar inte”. Han lade två timmar på att försöka återskapa felet.",
            ),
            (
                "Sheepish when he asked which browser the customer used.",
                "Lite skamsen när han frågade vilken webbläsare kunden använde.",
            ),
            (
                "Urgency without information just moves the stress to someone else. Two questions to the customer would have saved him the afternoon.",
                "Brådska utan information flyttar bara stressen till någon annan. Två frågor till kunden hade sparat hans eftermiddag.",
            ),
            people=(("Johan Berg", "with"),),
        ),
        Situation(
            ("A refund outside the policy", "En återbetalning utanför policyn"),
            (
                "I approved a refund two weeks past the return window for a customer who had been with us for eleven years. Afterwards I told Anna why.",
                "Jag godkände en återbetalning två veckor efter returfristen för en kund som varit hos oss i elva år. Efteråt berättade jag för Anna varför.",
            ),
            (
                "Sure it was right, unsure whether I was allowed to.",
                "Säker på att det var rätt, osäker på om jag fick.",
            ),
            (
                "The policy had no room for judgement, so every exception felt like breaking a rule. Anna agreed, and team leads can now make exceptions up to a set amount.",
                "Policyn lämnade inget utrymme för omdöme, så varje undantag kändes som att bryta mot en regel. Anna höll med, och nu får teamledare göra undantag upp till ett visst belopp.",
            ),
            template="free",
            people=(("Anna Lindqvist", "with"),),
        ),
    ),
    lessons=(
        (
            "Let the customer finish before offering a fix; the first minutes are for listening.",
            "Låt kunden prata färdigt innan du erbjuder en lösning, de första minuterna är till för att lyssna.",
        ),
        (
            "An escalation needs one owner from start to finish, even when three teams do the work.",
            "En eskalering behöver en ägare från början till slut, även när tre team gör jobbet.",
        ),
        (
            "A phone call can do in five minutes what five emails cannot.",
            "Ett samtal kan åstadkomma på fem minuter det som fem mejl inte klarar.",
        ),
        (
            "A good escalation to Product comes with steps, not adjectives.",
            "En bra eskalering till produkt kommer med steg, inte med adjektiv.",
        ),
    ),
    actions=(
        (
            "Open every escalation call by repeating the customer's problem in their own words.",
            "Inleda varje eskaleringssamtal med att upprepa kundens problem med kundens egna ord.",
        ),
        (
            "Name one owner on every cross-team case in the very first reply.",
            "Utse en ägare för varje ärende som rör flera team redan i första svaret.",
        ),
        (
            "Call instead of writing once a customer has written three times.",
            "Ringa i stället för att skriva när en kund har hört av sig tre gånger.",
        ),
        (
            "Use the bug template: steps, expected result, actual result and a screenshot.",
            "Använda buggmallen: steg, förväntat resultat, faktiskt resultat och en skärmbild.",
        ),
    ),
    good=(
        (
            "The wholesaler renewed their contract.",
            "Grossisten förnyade sitt avtal.",
        ),
        (
            "A customer wrote in to thank Jonas by name.",
            "En kund skrev in och tackade Jonas med namn.",
        ),
        (
            "Not a single escalation reached Anna this week.",
            "Inte en enda eskalering nådde Anna den här veckan.",
        ),
    ),
    hard=(
        (
            "Two escalations in one afternoon, both urgent, both angry.",
            "Två eskaleringar på samma eftermiddag, båda brådskande, båda arga.",
        ),
        (
            "I promised a customer a date I did not control.",
            "Jag lovade en kund ett datum som jag inte rådde över.",
        ),
        (
            "A case bounced between teams again.",
            "Ett ärende studsade mellan team igen.",
        ),
    ),
)


SQL = Theme(
    "sql",
    ("learning SQL", "SQL-studierna"),
    (0.04, 0.5),
    tags=("sql",),
    skills=("sql", "analysis"),
    people=(("Li Wei", "learned-from"),),
    goal="sql",
    source="people",
    situations=(
        Situation(
            ("My first query against the ticket database", "Min första fråga mot ärendedatabasen"),
            (
                "Li set up read-only access for me and we wrote a query counting last month's tickets per category. My number was twelve per cent lower than the dashboard's.",
                "Li ordnade läsbehörighet åt mig och vi skrev en fråga som räknade förra månadens ärenden per kategori. Min siffra var tolv procent lägre än den i instrumentpanelen.",
            ),
            (
                "Excited to see real rows, then confused by the difference.",
                "Förtjust över att se riktiga rader, sedan förvirrad över skillnaden.",
            ),
            (
                "The dashboard leaves out merged tickets; my query counted them as closed. Knowing what a number means matters more than knowing the syntax.",
                "Instrumentpanelen räknar inte med sammanslagna ärenden, min fråga räknade dem som stängda. Att veta vad en siffra betyder är viktigare än att kunna syntaxen.",
            ),
        ),
        Situation(
            ("The JOIN that doubled our tickets", "JOIN:en som dubblade våra ärenden"),
            (
                "I joined tickets to customer contacts and showed the stand-up that our volume had doubled since spring. Li looked at it later and found the problem in a minute.",
                "Jag kopplade ihop ärenden med kundkontakter och visade på morgonavstämningen att vår volym hade fördubblats sedan i våras. Li tittade på det senare och hittade felet på en minut.",
            ),
            (
                "Proud when I presented it, embarrassed an hour later.",
                "Stolt när jag visade det, generad en timme senare.",
            ),
            (
                "Most customers have more than one contact, so every ticket appeared once per contact. I trusted a surprising result instead of questioning it.",
                "De flesta kunder har fler än en kontaktperson, så varje ärende dök upp en gång per kontakt. Jag litade på ett överraskande resultat i stället för att ifrågasätta det.",
            ),
            template="gibbs",
        ),
        Situation(
            ("Answering Anna's question myself", "Att besvara Annas fråga själv"),
            (
                "Anna asked how many escalations come from our twenty biggest customers. I wrote the query in twenty minutes instead of waiting a week for a report: 34 per cent.",
                "Anna frågade hur många eskaleringar som kommer från våra tjugo största kunder. Jag skrev frågan på tjugo minuter i stället för att vänta en vecka på en rapport: 34 procent.",
            ),
            (
                "Quietly triumphant. This is why I started.",
                "Tyst triumferande. Det är därför jag började.",
            ),
            (
                "Three months of hour-long sessions with Li added up. The query was not clever, it was just mine, and I knew what every line did.",
                "Tre månader av timslånga pass med Li gav resultat. Frågan var inte avancerad, den var bara min, och jag visste vad varje rad gjorde.",
            ),
            template="free",
            mood=5,
            starred=True,
        ),
        Situation(
            (
                "Pairing with Li on response-time percentiles",
                "Parprogrammering med Li på percentiler för svarstider",
            ),
            (
                "We got the median done in twenty minutes. The 90th percentile took the rest of the hour and half of a second session.",
                "Medianen var klar på tjugo minuter. Den 90:e percentilen tog resten av timmen och halva nästa pass.",
            ),
            (
                "Stuck and slow, but Li kept asking questions instead of taking the keyboard.",
                "Jag satt fast och gick långsamt fram, men Li fortsatte ställa frågor i stället för att ta över tangentbordet.",
            ),
            (
                "The reporting database has no percentile function, so we had to rank the rows ourselves with a window function, which was new to me.",
                "Rapportdatabasen saknar funktion för percentiler, så vi fick rangordna raderna själva med en fönsterfunktion, vilket var nytt för mig.",
            ),
            template="aar",
            plan=(
                "In one hour, build a query for the median and the 90th percentile of first-response time per channel.",
                "På en timme bygga en fråga för median och 90:e percentil av första svarstid per kanal.",
            ),
        ),
    ),
    lessons=(
        (
            "Know what a number means before querying it; definitions beat syntax.",
            "Ta reda på vad en siffra betyder innan du frågar efter den, definitioner går före syntax.",
        ),
        (
            "Always check the row count after a join.",
            "Kontrollera alltid antalet rader efter en join.",
        ),
        (
            "Asking the data directly is faster than asking for a report, once you know how.",
            "Att fråga datan direkt går fortare än att beställa en rapport, när man väl kan det.",
        ),
        (
            "Learning with someone beats learning alone: Li's questions taught me more than the tutorial did.",
            "Att lära sig tillsammans med någon slår att lära sig ensam: Lis frågor lärde mig mer än kursmaterialet.",
        ),
    ),
    actions=(
        (
            "Write the definition of every metric I query into the team wiki.",
            "Skriva in definitionen av varje mått jag hämtar i teamets wiki.",
        ),
        (
            "Run a COUNT(*) before and after every join.",
            "Köra en COUNT(*) före och efter varje join.",
        ),
        (
            "Book an hour with Li every other Thursday.",
            "Boka en timme med Li varannan torsdag.",
        ),
        (
            "Save every useful query with a comment saying which question it answers.",
            "Spara varje användbar fråga med en kommentar om vilken fråga den besvarar.",
        ),
    ),
    good=(
        (
            "Wrote a GROUP BY query without looking anything up.",
            "Skrev en fråga med GROUP BY utan att slå upp något.",
        ),
        (
            "Li said my query was easier to read than hers.",
            "Li sa att min fråga var lättare att läsa än hennes.",
        ),
        (
            "Answered one of Anna's questions with data on the same day.",
            "Besvarade en av Annas frågor med data samma dag.",
        ),
    ),
    hard=(
        (
            "Spent an evening on a query that returned nothing because of a date format.",
            "Lade en kväll på en fråga som inte gav något svar på grund av ett datumformat.",
        ),
        (
            "No time to practise this week; the queue won.",
            "Ingen tid att öva den här veckan, kön vann.",
        ),
        (
            "Felt slow next to the analysts in the data channel.",
            "Kände mig långsam bredvid analytikerna i datakanalen.",
        ),
    ),
)


COURSE = Theme(
    "course",
    ("the facilitation course", "facilitatorskursen"),
    (0.14, 0.28),
    tags=("facilitation",),
    skills=("facilitation",),
    people=(("Lena Sjöberg", "learned-from"),),
    goal="facilitation",
    source="course",
    situations=(
        Situation(
            ("Course day one: the check-in round", "Kursdag ett: incheckningsrundan"),
            (
                "Lena opened the course with one question to each of the fourteen of us: what are you leaving behind to be here today? Everyone had spoken within the first ten minutes.",
                "Lena öppnade kursen med en fråga till var och en av oss fjorton: vad lämnar du bakom dig för att vara här i dag? Alla hade sagt något inom de första tio minuterna.",
            ),
            (
                "Sceptical of the touchy-feely start, then surprised how much it changed the room.",
                "Skeptisk till den mjuka starten, sedan förvånad över hur mycket den förändrade stämningen i rummet.",
            ),
            (
                "Once someone has spoken, it is easier to speak again. In my meetings the same three people talk because nobody else has had a reason to start.",
                "När man väl har sagt något är det lättare att säga något igen. På mina möten pratar samma tre personer eftersom ingen annan har fått en anledning att börja.",
            ),
        ),
        Situation(
            ("Practising 1-2-4-All with strangers", "Att öva 1-2-4-alla med främlingar"),
            (
                "I facilitated a round of 1-2-4-All for twelve course participants: one minute alone, two in pairs, four in foursomes, then the whole group. I overran and had to cut the last step short.",
                "Jag ledde en runda 1-2-4-alla för tolv kursdeltagare: en minut enskilt, två i par, fyra i fyrgrupper och sedan hela gruppen. Jag drog över tiden och fick korta ner sista steget.",
            ),
            (
                "Nervous, and then so absorbed by the ideas that I forgot the clock.",
                "Nervös, och sedan så uppslukad av idéerna att jag glömde klockan.",
            ),
            (
                "I was listening as a participant, not as a facilitator. The ideas were the group's job; the time was mine.",
                "Jag lyssnade som deltagare, inte som facilitator. Idéerna var gruppens ansvar, tiden var mitt.",
            ),
            template="gibbs",
        ),
        Situation(
            ("Learning to hold the silence", "Att lära sig stå ut med tystnaden"),
            (
                "Lena's exercise: ask the group a question, then count to ten in your head before saying anything. At seven, the quietest person in my group answered.",
                "Lenas övning: ställ en fråga till gruppen och räkna sedan till tio i huvudet innan du säger något. Vid sju svarade den tystaste personen i min grupp.",
            ),
            (
                "Those seven seconds felt like a minute.",
                "De sju sekunderna kändes som en minut.",
            ),
            (
                "I usually rescue the room after two seconds by rephrasing the question, which tells everyone I will do the thinking for them.",
                "Jag brukar rädda rummet efter två sekunder genom att formulera om frågan, och det säger till alla att jag tänker åt dem.",
            ),
            template="free",
        ),
        Situation(
            (
                "Course final: facilitating a real decision",
                "Kursens final: att leda ett riktigt beslut",
            ),
            (
                "We reached a decision in 35 minutes, but the group only agreed on how to decide halfway through, after two people had already argued for their options.",
                "Vi kom fram till ett beslut på 35 minuter, men gruppen kom överens om hur beslutet skulle fattas först halvvägs, efter att två personer redan hade argumenterat för sina förslag.",
            ),
            (
                "Relieved it worked, annoyed about the messy middle.",
                "Lättad över att det fungerade, irriterad över den röriga mitten.",
            ),
            (
                "I was so focused on the agenda that I skipped agreeing on the decision rule. Lena’s comment: “decide how to decide first”.",
                "Jag var så fokuserad på dagordningen att jag hoppade över att komma överens om beslutsregeln. Lenas kommentar: ”bestäm först hur ni ska bestämma”.",
            ),
            template="aar",
            plan=(
                "Facilitate a 30-minute decision meeting for a group from another company, with a clear question and a decision rule agreed up front.",
                "Leda ett beslutsmöte på 30 minuter för en grupp från ett annat företag, med en tydlig fråga och en beslutsregel som alla godkänt från början.",
            ),
            starred=True,
        ),
    ),
    lessons=(
        (
            "People who speak in the first five minutes keep speaking; open with a round.",
            "De som pratar under de första fem minuterna fortsätter att prata, så börja med en runda.",
        ),
        (
            "A facilitator owns the process, not the answers.",
            "En facilitator äger processen, inte svaren.",
        ),
        (
            "Silence is thinking time, not a problem to fix.",
            "Tystnad är betänketid, inte ett problem som ska lösas.",
        ),
        (
            "Decide how to decide before discussing what to decide.",
            "Bestäm hur ni ska besluta innan ni diskuterar vad ni ska besluta.",
        ),
    ),
    actions=(
        (
            "Open my next team meeting with a one-question check-in round.",
            "Inleda nästa teammöte med en incheckningsrunda med en enda fråga.",
        ),
        (
            "Write the timing of every step on the whiteboard where I can see it.",
            "Skriva upp tiden för varje steg på tavlan där jag ser den.",
        ),
        (
            "Count to ten in my head after asking a question.",
            "Räkna till tio i huvudet efter att jag ställt en fråga.",
        ),
        (
            "Put the decision rule in the meeting invitation.",
            "Skriva in beslutsregeln i mötesinbjudan.",
        ),
    ),
    good=(
        (
            "Lena said my framing of the question was the clearest in the group.",
            "Lena sa att min formulering av frågan var den tydligaste i gruppen.",
        ),
        (
            "Tried a check-in round at the team meeting and everyone spoke.",
            "Provade en incheckningsrunda på teammötet och alla sa något.",
        ),
        (
            "The course group keeps swapping exercises in a chat.",
            "Kursgruppen fortsätter att tipsa varandra om övningar i en chatt.",
        ),
    ),
    hard=(
        (
            "Standing in front of strangers with sticky notes felt silly at first.",
            "Att stå framför främlingar med post-it-lappar kändes fånigt i början.",
        ),
        (
            "Two course days away and the queue piled up at home.",
            "Två kursdagar borta och kön växte hemma.",
        ),
        (
            "I still rush to fill every silence.",
            "Jag skyndar mig fortfarande att fylla varje tystnad.",
        ),
    ),
)


MEETING = Theme(
    "learning-meeting",
    ("our 15-minute learning meetings", "våra kvartslånga lärträffar"),
    (0.26, 1.0),
    tags=("learning-meeting", "team"),
    skills=("facilitation",),
    people=(("Jonas Holm", "with"),),
    goal="facilitation",
    situations=(
        Situation(
            ("Our first 15-minute learning meeting", "Vår första lärträff på en kvart"),
            (
                "Jonas shared how he handles refund questions. The questions ran on to 22 minutes, and two people left early to cover the chat.",
                "Jonas berättade hur han hanterar frågor om återbetalningar. Frågorna drog ut till 22 minuter, och två personer gick tidigare för att bemanna chatten.",
            ),
            (
                "Happy about the energy, uneasy about the two empty chairs.",
                "Glad över energin, illa till mods över de två tomma stolarna.",
            ),
            (
                "I did not stop the questions at the agreed time because the discussion was good. Good for the people in the room, not for the ones who had to leave.",
                "Jag avbröt inte frågorna på utsatt tid eftersom diskussionen var bra. Bra för dem i rummet, men inte för dem som var tvungna att gå.",
            ),
            template="aar",
            plan=(
                "One person shares one thing they learned this week in five minutes, ten minutes of questions, and we finish at 15:15 sharp.",
                "En person delar en sak hen lärt sig den här veckan på fem minuter, sedan tio minuter frågor, och vi slutar prick kvart över tre.",
            ),
            at=0.27,
            starred=True,
        ),
        Situation(
            ("Nobody volunteered to present", "Ingen anmälde sig frivilligt att dra något"),
            (
                "At the third learning meeting nobody had volunteered. The next day I asked Elin privately if she would show her macro for delivery questions, and she said yes at once.",
                "Till den tredje lärträffen hade ingen anmält sig. Dagen efter frågade jag Elin på tu man hand om hon ville visa sitt makro för leveransfrågor, och hon sa ja direkt.",
            ),
            (
                "Worried the format was already dying.",
                "Orolig för att formatet redan höll på att dö.",
            ),
            (
                "Asking the room puts everyone on the spot at once. A personal question with a concrete suggestion tells someone that what they know is worth sharing.",
                "En fråga till hela rummet sätter alla på pottkanten samtidigt. En personlig fråga med ett konkret förslag säger att det hen kan är värt att dela.",
            ),
        ),
        Situation(
            ("Jonas presented his own mistake", "Jonas berättade om sitt eget misstag"),
            (
                "Jonas used his learning meeting to walk us through a mass email he had sent to the wrong customer segment, and what he changed afterwards. The whole team stayed for the questions.",
                "Jonas använde sin lärträff till att gå igenom ett massutskick han hade skickat till fel kundsegment, och vad han ändrade efteråt. Hela teamet stannade kvar för frågorna.",
            ),
            (
                "Moved, honestly. A year ago nobody would have done that.",
                "Rörd, ärligt talat. För ett år sedan hade ingen gjort så.",
            ),
            (
                "After the deploy incident I had presented my own part in it. That made it safe for the next person to do the same.",
                "Efter incidenten med driftsättningen hade jag själv berättat om min del i den. Det gjorde det tryggt för nästa person att göra likadant.",
            ),
            template="gibbs",
            at=0.56,
        ),
        Situation(
            ("Taking the learning meeting fully online", "Att flytta lärträffen helt till nätet"),
            (
                "Two people work from home on Fridays. The hybrid set-up with one laptop in the meeting room meant they heard half of every question, so we moved it online: everyone on their own laptop.",
                "Två personer jobbar hemifrån på fredagar. Med en enda dator i mötesrummet hörde de halva varje fråga, så vi flyttade träffen till nätet: alla vid sin egen dator.",
            ),
            (
                "Annoyed I had not noticed earlier.",
                "Irriterad över att jag inte märkt det tidigare.",
            ),
            (
                "The people in the room did not notice the problem, and the people at home did not want to complain about it.",
                "De som satt i rummet märkte inte problemet, och de som satt hemma ville inte klaga.",
            ),
        ),
        Situation(
            ("Twenty learning meetings later", "Tjugo lärträffar senare"),
            (
                "Today was learning meeting number twenty. Fourteen different people have presented, including two from Sales and one from Logistics.",
                "I dag var det lärträff nummer tjugo. Fjorton olika personer har hållit i dem, varav två från sälj och en från logistik.",
            ),
            (
                "Proud, in a quiet way. It has become the team's meeting, not mine.",
                "Stolt, på ett stillsamt sätt. Det har blivit teamets möte, inte mitt.",
            ),
            (
                "It survived because it is small: fifteen minutes is easy to say yes to, and easy to keep when the queue is long.",
                "Det har överlevt för att det är litet: en kvart är lätt att tacka ja till och lätt att behålla när kön är lång.",
            ),
            template="free",
            at=0.86,
        ),
    ),
    lessons=(
        (
            "A fixed time box is a promise; keeping it is what makes people come back.",
            "En fast tidsram är ett löfte, och det är när man håller det som folk kommer tillbaka.",
        ),
        (
            "People share mistakes more readily when the lead has shared one first.",
            "Folk delar hellre med sig av misstag när chefen har delat ett först.",
        ),
        (
            "Asking one person directly works better than asking the room for volunteers.",
            "Att fråga en person direkt fungerar bättre än att be rummet om frivilliga.",
        ),
        (
            "Small and regular beats big and rare.",
            "Litet och regelbundet slår stort och sällan.",
        ),
    ),
    actions=(
        (
            "Set a visible timer and stop at fifteen minutes, mid-discussion if need be; the rest goes to the chat.",
            "Ställa en synlig timer och sluta efter en kvart, mitt i diskussionen om det behövs, resten tar vi i chatten.",
        ),
        (
            "Keep a list of topics people mention in passing and ask them a week ahead.",
            "Föra en lista över ämnen som folk nämner i förbigående och fråga dem en vecka i förväg.",
        ),
        (
            "Run the meeting fully online whenever anyone is working from home.",
            "Hålla mötet helt digitalt så fort någon jobbar hemifrån.",
        ),
        (
            "Ask each presenter for one sentence to post in the channel afterwards.",
            "Be varje person som håller i träffen om en mening att lägga i kanalen efteråt.",
        ),
    ),
    good=(
        (
            "Fifteen minutes, on time, and three follow-up questions in the chat afterwards.",
            "En kvart, på utsatt tid, och tre följdfrågor i chatten efteråt.",
        ),
        (
            "Elin signed up to present next week without being asked.",
            "Elin anmälde sig till att hålla i nästa veckas träff utan att någon frågat.",
        ),
        (
            "Someone from Sales asked if they could join our learning meetings.",
            "Någon från sälj frågade om de fick vara med på våra lärträffar.",
        ),
    ),
    hard=(
        (
            "I cancelled the learning meeting because of the queue, and nobody asked about it.",
            "Jag ställde in lärträffen på grund av kön, och ingen frågade efter den.",
        ),
        (
            "The meeting ran over again and I let it.",
            "Mötet drog över tiden igen och jag lät det ske.",
        ),
        (
            "Bad sound made the people at home give up halfway.",
            "Dåligt ljud fick dem som satt hemma att ge upp halvvägs.",
        ),
    ),
)


INCIDENT = Theme(
    "incident",
    ("the failed deploy", "den misslyckade driftsättningen"),
    (0.42, 0.47),
    tags=("incident", "deploy"),
    skills=("incidents", "customers"),
    people=(("Johan Berg", "with"), ("Erik Johansson", "with")),
    situations=(
        Situation(
            (
                "The deploy that sent every chat to the wrong queue",
                "Driftsättningen som skickade alla chattar till fel kö",
            ),
            (
                "At 14:05 the new ticket router went live. Within ten minutes every incoming chat landed in the Finance queue, where nobody was looking. For 50 minutes customers waited, and many gave up.",
                "Klockan 14.05 gick den nya ärenderoutern i drift. Inom tio minuter hamnade varje inkommande chatt i ekonomis kö, där ingen tittade. I 50 minuter väntade kunderna, och många gav upp.",
            ),
            (
                "Panic first, then the strange calm of working through a checklist we did not actually have.",
                "Först panik, sedan det märkliga lugnet av att beta av en checklista som vi egentligen inte hade.",
            ),
            (
                "We found out from a customer on the phone, not from any alert. Nothing was watching the one number that mattered: chats answered.",
                "Vi fick veta det av en kund i telefon, inte av något larm. Ingenting bevakade den enda siffra som betydde något: besvarade chattar.",
            ),
            template="free",
            at=0.43,
            mood=1,
            starred=True,
        ),
        Situation(
            (
                "Status updates in the middle of the incident",
                "Lägesrapporter mitt under incidenten",
            ),
            (
                "I posted a status update to the whole company every twenty minutes while Johan and Erik rolled back. Sales kept calling me anyway.",
                "Jag skickade en lägesrapport till hela företaget var tjugonde minut medan Johan och Erik backade ändringen. Sälj fortsatte ändå att ringa mig.",
            ),
            (
                "Stretched thin, answering the phone with one hand and typing with the other.",
                "Utspridd, med telefonen i ena handen och tangentbordet under den andra.",
            ),
            (
                "My updates told people what we were doing, not what they should tell their customers. So they called to ask.",
                "Mina rapporter berättade vad vi gjorde, inte vad de skulle säga till sina kunder. Så de ringde och frågade.",
            ),
            at=0.431,
            mood=2,
        ),
        Situation(
            (
                "Blameless review of the router deploy",
                "Genomgång utan skuld av routerns driftsättning",
            ),
            (
                "The test chats came from an internal account, which the old rule still routed correctly; real customer chats failed. The rollback took 40 minutes because the previous configuration had to be rebuilt by hand.",
                "Testchattarna kom från ett internt konto, som den gamla regeln fortfarande skickade rätt, medan riktiga kunders chattar gick fel. Återställningen tog 40 minuter eftersom den tidigare konfigurationen fick byggas upp för hand.",
            ),
            (
                "Tense at the start; Johan looked as if he expected a trial.",
                "Spänd stämning i början, Johan såg ut som om han väntade sig en rättegång.",
            ),
            (
                "The test covered the path we expected, not the one customers take, and nobody had ever practised a rollback. We talked about the set-up, not about who pressed the button. Afterwards Johan said it was the first review where he did not feel on trial.",
                "Testet täckte den väg vi förväntade oss, inte den som kunderna tar, och ingen hade någonsin övat på en återställning. Vi pratade om upplägget, inte om vem som tryckte på knappen. Efteråt sa Johan att det var den första genomgången där han inte kände sig anklagad.",
            ),
            template="aar",
            plan=(
                "Deploy the new routing rules on Tuesday afternoon, check them with test chats, and roll back within five minutes if anything looks wrong.",
                "Driftsätta de nya routningsreglerna på tisdagseftermiddagen, kontrollera dem med testchattar och backa inom fem minuter om något såg konstigt ut.",
            ),
            at=0.437,
            starred=True,
        ),
        Situation(
            (
                "Telling the team what happened, including my part",
                "Att berätta för teamet vad som hände, även min del",
            ),
            (
                "At Thursday’s stand-up I walked the team through the timeline, including that I had pushed for a Tuesday deploy so that it would be done before the big campaign.",
                "På torsdagens morgonavstämning gick jag igenom tidslinjen med teamet, även att det var jag som hade drivit på för att driftsätta på tisdagen så att det skulle vara klart före den stora kampanjen.",
            ),
            (
                "Exposed. My voice shook a little at the part about my own decision.",
                "Utlämnad. Rösten darrade lite när jag kom till mitt eget beslut.",
            ),
            (
                "Saying my part first let the others talk about theirs. By the end Jonas told us he had seen odd chats at 14:10 but assumed someone already knew.",
                "När jag berättade om min del först kunde de andra prata om sina. Till slut berättade Jonas att han sett konstiga chattar redan tio över två men trott att någon annan redan visste.",
            ),
            template="gibbs",
            at=0.442,
            mood=2,
        ),
        Situation(
            (
                "Two weeks after the incident: what actually changed",
                "Två veckor efter incidenten: vad som faktiskt ändrades",
            ),
            (
                "We now test with a real customer account, the rollback is a single command, and every deploy that touches routing has someone from Support on the call.",
                "Nu testar vi med ett riktigt kundkonto, återställningen är ett enda kommando och varje driftsättning som rör routningen har någon från supporten med i samtalet.",
            ),
            (
                "Calmer. Sleeping properly again.",
                "Lugnare. Sover ordentligt igen.",
            ),
            (
                "Three small changes, all of them to the system. None of them is “be more careful”, which is why they might actually hold.",
                "Tre små ändringar, alla i systemet. Ingen av dem är ”var mer försiktig”, och det är därför de faktiskt kan hålla.",
            ),
            at=0.46,
            mood=3,
        ),
    ),
    lessons=(
        (
            "Incidents are about the system; blame only teaches people to hide things.",
            "Incidenter handlar om systemet, skuld lär bara folk att gömma saker.",
        ),
        (
            "Test the path the customers take, not the one we expect.",
            "Testa den väg kunderna tar, inte den vi förväntar oss.",
        ),
        (
            "In an incident, tell people what to do, not only what is happening.",
            "Under en incident ska folk få veta vad de ska göra, inte bara vad som händer.",
        ),
        (
            "A rollback that has never been practised is a hope, not a plan.",
            "En återställning som aldrig har övats är en förhoppning, inte en plan.",
        ),
    ),
    actions=(
        (
            "Keep a ready-made status template with a line for what Sales should tell customers.",
            "Ha en färdig mall för lägesrapporter med en rad om vad sälj ska säga till kunderna.",
        ),
        (
            "Have someone from Support on the call for every deploy that touches routing.",
            "Ha med någon från supporten i samtalet vid varje driftsättning som rör routningen.",
        ),
        (
            "Practise a rollback with IT once a quarter.",
            "Öva en återställning tillsammans med IT en gång per kvartal.",
        ),
        (
            "Open every incident review by reading the blameless principle aloud.",
            "Inleda varje incidentgenomgång med att läsa principen om att ingen ska skuldbeläggas högt.",
        ),
    ),
    good=(
        (
            "Johan said it was the first review where he did not feel on trial.",
            "Johan sa att det var första genomgången där han inte kände sig anklagad.",
        ),
        (
            "The rollback now takes a single command.",
            "Återställningen tar numera ett enda kommando.",
        ),
        (
            "Erik and I wrote the status template together in an hour.",
            "Erik och jag skrev mallen för lägesrapporter tillsammans på en timme.",
        ),
    ),
    hard=(
        (
            "Fifty minutes of lost chats, and the customers who gave up waiting.",
            "Femtio minuter av förlorade chattar, och kunderna som gav upp.",
        ),
        (
            "I slept badly the whole week.",
            "Jag sov dåligt hela veckan.",
        ),
        (
            "Sales forwarded every angry call to me.",
            "Sälj kopplade vidare varje arg kund till mig.",
        ),
    ),
)


SHADOWING = Theme(
    "shadowing",
    ("shadowing other departments", "jobbskuggningen"),
    (0.3, 0.9),
    tags=("shadowing",),
    skills=("collaboration",),
    goal="shadowing",
    situations=(
        Situation(
            (
                "Half a day with Sales: the promises we inherit",
                "En halvdag med sälj: löftena vi ärver",
            ),
            (
                "I sat next to Mikael for a morning of customer calls. Twice he promised a delivery date that Support will later have to explain.",
                "Jag satt bredvid Mikael en förmiddag med kundsamtal. Två gånger lovade han ett leveransdatum som supporten senare får förklara.",
            ),
            (
                "Irritated at first, then sympathetic: the customer was about to walk.",
                "Irriterad först, sedan förstående: kunden var på väg att gå.",
            ),
            (
                "Sales promises under pressure because they cannot check stock during the call. Many of the tickets we get later start right there.",
                "Sälj lovar under press eftersom de inte kan kontrollera lagret under samtalet. Många av de ärenden vi får senare börjar just där.",
            ),
            people=(("Mikael Nyström", "learned-from"),),
        ),
        Situation(
            ("Month-end close with Finance", "Månadsbokslut med ekonomi"),
            (
                "I spent a day with Finance during the month-end close. Every credit note we issue in Support turns into a manual reconciliation on their side.",
                "Jag tillbringade en dag med ekonomi under månadsbokslutet. Varje kreditnota vi skickar från supporten blir en manuell avstämning hos dem.",
            ),
            (
                "Guilty. We create work for them without knowing it.",
                "Skuldmedveten. Vi skapar arbete åt dem utan att veta om det.",
            ),
            (
                "Our credit notes give the reason in free text, so Finance cannot match them automatically. Li showed me the spreadsheet she keeps just for our notes.",
                "Våra kreditnotor anger orsaken i fritext, så ekonomi kan inte matcha dem automatiskt. Li visade kalkylarket hon för enbart för våra kreditnotor.",
            ),
            template="gibbs",
            people=(("Li Wei", "learned-from"),),
        ),
        Situation(
            ("A morning at the IT service desk", "En förmiddag på IT:s servicedesk"),
            (
                "Erik’s team triages on a two-by-two grid of impact and urgency, so one person’s broken printer waits behind a slow tool that fifty people use.",
                "Eriks team prioriterar med ett rutnät för påverkan och brådska, så en persons trasiga skrivare får vänta bakom ett segt verktyg som femtio personer använder.",
            ),
            (
                "Impressed by how calm it was.",
                "Imponerad av hur lugnt det var.",
            ),
            (
                "They decide priority with a rule, not by who shouts loudest. In Support, the loudest customer often wins.",
                "De bestämmer prioritet med en regel, inte efter vem som skriker högst. Hos oss på supporten vinner ofta den kund som låter mest.",
            ),
            template="free",
            people=(("Erik Johansson", "learned-from"),),
        ),
        Situation(
            ("Following one order through the warehouse", "Att följa en order genom lagret"),
            (
                "Orders placed after 14:00 miss the day’s truck, but the website promises next-day delivery on orders placed until 16:00. Those two hours cause a third of our delivery tickets.",
                "Beställningar som läggs efter klockan 14 missar dagens lastbil, men webbplatsen lovar leverans nästa dag för beställningar fram till klockan 16. De två timmarna står för en tredjedel av våra leveransärenden.",
            ),
            (
                "Stunned that the answer was so simple.",
                "Häpen över att svaret var så enkelt.",
            ),
            (
                "Nobody in Logistics knew what the website said, and nobody in Support knew that the truck leaves at three.",
                "Ingen på logistik visste vad som stod på webbplatsen, och ingen på supporten visste att lastbilen går klockan tre.",
            ),
            template="aar",
            plan=(
                "Follow one order from picking to the truck with Maria and find out where the “where is my order?” tickets come from.",
                "Följa en order från plock till lastbil tillsammans med Maria och ta reda på var ärendena om ”var är min beställning?” kommer ifrån.",
            ),
            people=(("Maria Karlsson", "learned-from"),),
            starred=True,
        ),
        Situation(
            (
                "Sitting in on Product’s sprint planning",
                "Att sitta med på produkts sprintplanering",
            ),
            (
                "I joined Karin’s sprint planning. Our biggest customer complaint was on the board, ranked eighth, described as “customers confused by invoices”, with no numbers.",
                "Jag var med på Karins sprintplanering. Vårt största kundklagomål fanns på tavlan, på åttonde plats, beskrivet som ”kunder förvirrade av fakturor”, utan några siffror.",
            ),
            (
                "Frustrated, then a little ashamed: we wrote that description.",
                "Frustrerad, sedan lite skamsen: det var vi som skrivit beskrivningen.",
            ),
            (
                "Product ranks by impact and evidence. A feeling from Support cannot compete with a number from Sales.",
                "Produkt prioriterar efter påverkan och belägg. En känsla från supporten kan inte konkurrera med en siffra från sälj.",
            ),
            people=(("Karin Dahl", "learned-from"),),
        ),
        Situation(
            (
                "A day with HR: onboarding seen from the other side",
                "En dag med HR: introduktionen från andra hållet",
            ),
            (
                "Fatima showed me the onboarding checklist HR sends to new managers. Half of it I had never seen, including the buddy programme.",
                "Fatima visade mig checklistan för introduktion som HR skickar till nya chefer. Hälften av den hade jag aldrig sett, bland annat fadderprogrammet.",
            ),
            (
                "Slightly embarrassed, mostly glad I saw it before Sara starts.",
                "Lite generad, men mest glad att jag såg den innan Sara börjar.",
            ),
            (
                "The checklist lives in HR’s system, which team leads only open twice a year. Good material is useless in the wrong place.",
                "Checklistan ligger i HR:s system, som teamledare bara öppnar två gånger om året. Bra material gör ingen nytta på fel ställe.",
            ),
            people=(("Fatima Hassan", "learned-from"),),
            at=0.52,
        ),
        Situation(
            ("Mikael shadowed our queue", "Mikael skuggade vår kö"),
            (
                "Mikael spent a morning next to Jonas in our queue. He heard three customers quote delivery dates that Sales had promised.",
                "Mikael satt en förmiddag bredvid Jonas i vår kö. Han hörde tre kunder hänvisa till leveransdatum som sälj hade lovat.",
            ),
            (
                "Satisfied, and a little nervous about how he would take it.",
                "Nöjd, och lite nervös för hur han skulle ta det.",
            ),
            (
                "Hearing it from customers did more than any report from me could have done. He asked for a stock check in the sales tool the same afternoon.",
                "Att höra det från kunderna gjorde mer än någon rapport från mig hade kunnat göra. Han bad om lagerkoll i säljverktyget samma eftermiddag.",
            ),
            people=(("Mikael Nyström", "with"), ("Jonas Holm", "with")),
            at=0.8,
        ),
    ),
    lessons=(
        (
            "Most of our tickets start in another department’s process.",
            "De flesta av våra ärenden börjar i en annan avdelnings process.",
        ),
        (
            "Half a day beside someone teaches more than a year of emails.",
            "En halvdag bredvid någon lär mer än ett år av mejl.",
        ),
        (
            "Every department has a good reason for what looks odd from the outside.",
            "Varje avdelning har goda skäl för det som ser konstigt ut utifrån.",
        ),
        (
            "Bring numbers when asking another team to change something.",
            "Ta med siffror när du ber ett annat team att ändra något.",
        ),
    ),
    actions=(
        (
            "Bring one concrete improvement back from every visit and post it in the shared channel.",
            "Ta med en konkret förbättring hem från varje besök och lägga upp den i den gemensamma kanalen.",
        ),
        (
            "Invite the person I shadowed to sit with us for a morning.",
            "Bjuda in personen jag skuggade att sitta med oss en förmiddag.",
        ),
        (
            "Count how many tickets a problem causes before raising it with the team that owns it.",
            "Räkna hur många ärenden ett problem orsakar innan jag tar upp det med teamet som äger det.",
        ),
        (
            "Ask Logistics to check the website’s delivery promise every quarter.",
            "Be logistik att stämma av leveranslöftet på webbplatsen varje kvartal.",
        ),
    ),
    good=(
        (
            "Maria had the cut-off time on the website changed within a week.",
            "Maria fick sista beställningstid på webbplatsen ändrad inom en vecka.",
        ),
        (
            "Li now gets our credit notes with a reason code.",
            "Li får nu våra kreditnotor med en orsakskod.",
        ),
        (
            "Mikael asked if he could come and sit with us.",
            "Mikael frågade om han fick komma och sitta hos oss.",
        ),
    ),
    hard=(
        (
            "Hard to get half a day away from the queue.",
            "Svårt att komma ifrån kön en halvdag.",
        ),
        (
            "Came back with five ideas and time for one.",
            "Kom tillbaka med fem idéer och tid för en.",
        ),
        (
            "Felt like an outsider in Product’s planning.",
            "Kände mig som en utomstående på produkts planering.",
        ),
    ),
)


MENTORING = Theme(
    "mentoring",
    ("mentoring Sara", "mentorskapet med Sara"),
    (0.56, 1.0),
    tags=("mentoring", "onboarding"),
    skills=("coaching", "listening"),
    people=(("Sara Ek", "helped"),),
    situations=(
        Situation(
            ("Sara’s first day", "Saras första dag"),
            (
                "The laptop was ready, but her account in the ticket tool only worked from 14:00. She spent the morning reading a wiki that is two years out of date.",
                "Datorn var klar, men hennes konto i ärendesystemet fungerade först från klockan två. Hon tillbringade förmiddagen med att läsa en wiki som är två år gammal.",
            ),
            (
                "Embarrassed on the team’s behalf, and determined to fix it for the next person.",
                "Generad å teamets vägnar, och fast besluten att fixa det till nästa person.",
            ),
            (
                "I ordered the account on the Friday before, and IT needs three working days. The outdated wiki was the only thing that did not have to be ordered.",
                "Jag beställde kontot fredagen innan, och IT behöver tre arbetsdagar. Den inaktuella wikin var det enda som inte behövde beställas.",
            ),
            template="aar",
            plan=(
                "Laptop ready, accounts working, a buddy assigned, and Sara answering her first easy ticket together with me by the afternoon.",
                "Datorn klar, kontona fungerar, en fadder utsedd, och på eftermiddagen besvarar Sara sitt första enkla ärende tillsammans med mig.",
            ),
            people=(("Sara Ek", "helped"), ("Erik Johansson", "with")),
            at=0.565,
        ),
        Situation(
            ("Letting Sara find the answer herself", "Att låta Sara hitta svaret själv"),
            (
                "Sara asked how to handle a partial refund. Instead of answering I asked where she would look. She found it in four minutes; I would have answered in thirty seconds.",
                "Sara frågade hur man hanterar en delåterbetalning. I stället för att svara frågade jag var hon skulle leta. Hon hittade det på fyra minuter, jag hade svarat på trettio sekunder.",
            ),
            (
                "Impatient. Four minutes is a long time to sit on your hands.",
                "Otålig. Fyra minuter är lång tid att sitta på händerna.",
            ),
            (
                "Every answer I give makes the next question come to me. Every search she does makes the next one faster, and next time I will not be there.",
                "Varje svar jag ger gör att nästa fråga också kommer till mig. Varje sökning hon gör gör nästa snabbare, och nästa gång är jag inte där.",
            ),
            template="gibbs",
            starred=True,
        ),
        Situation(
            ("Sara brought her own agenda", "Sara kom med en egen dagordning"),
            (
                "For our mentoring hour Sara came with three written questions. The first: which customers am I allowed to say no to?",
                "Till vår mentorstimme kom Sara med tre nedskrivna frågor. Den första: vilka kunder får jag säga nej till?",
            ),
            (
                "Delighted. This is the hour working as it should.",
                "Förtjust. Så här ska timmen fungera.",
            ),
            (
                "She had been carrying that question for weeks without asking, because there never seemed to be a right moment for it.",
                "Hon hade burit på frågan i flera veckor utan att ställa den, eftersom det aldrig verkade finnas ett bra tillfälle.",
            ),
        ),
        Situation(
            ("Sara handled her first escalation", "Sara tog sin första eskalering"),
            (
                "Sara took an escalation call on her own while I listened in. She opened by repeating the customer’s problem in his own words, and he calmed down within a minute.",
                "Sara tog ett eskaleringssamtal på egen hand medan jag lyssnade. Hon började med att upprepa kundens problem med hans egna ord, och han lugnade sig inom en minut.",
            ),
            (
                "Proud, and careful not to take the credit.",
                "Stolt, och noga med att inte ta åt mig äran.",
            ),
            (
                "She had listened to Mikael and me on three calls and picked up the one thing that matters most. Modelling worked better than any instruction.",
                "Hon hade lyssnat på Mikael och mig under tre samtal och plockat upp det som betyder mest. Att visa fungerade bättre än att instruera.",
            ),
            template="free",
            at=0.86,
            mood=5,
        ),
        Situation(
            ("Sara’s onboarding, three months on", "Saras introduktion, tre månader senare"),
            (
                "Sara and I looked back at her first three months. She offered to rewrite the wiki’s start page for the next new hire, the one she read on her first morning.",
                "Sara och jag blickade tillbaka på hennes första tre månader. Hon erbjöd sig att skriva om wikins startsida till nästa nyanställda, den hon läste sin första förmiddag.",
            ),
            (
                "Grateful, and a little amused by how things come full circle.",
                "Tacksam, och lite road av hur saker går varvet runt.",
            ),
            (
                "The person who remembers what was confusing is the best one to fix it. In a year she would have stopped seeing it too.",
                "Den som minns vad som var förvirrande är bäst lämpad att rätta till det. Om ett år hade hon också slutat se det.",
            ),
            at=0.94,
        ),
    ),
    lessons=(
        (
            "The best onboarding answer is often a question: where would you look?",
            "Det bästa svaret under en introduktion är ofta en fråga: var skulle du leta?",
        ),
        (
            "A new hire needs one thing done well each day, not everything at once.",
            "En nyanställd behöver en sak som blir riktigt bra varje dag, inte allt på en gång.",
        ),
        (
            "Mentoring is mostly listening for the question behind the question.",
            "Mentorskap handlar mest om att lyssna efter frågan bakom frågan.",
        ),
        (
            "What a new person finds confusing shows what the rest of us have stopped seeing.",
            "Det som är förvirrande för en ny person visar vad vi andra har slutat se.",
        ),
    ),
    actions=(
        (
            "Order accounts two weeks before anyone starts, not on the Friday before.",
            "Beställa konton två veckor innan någon börjar, inte fredagen före.",
        ),
        (
            "End every mentoring hour by asking Sara what she wants to try on her own.",
            "Avsluta varje mentorstimme med att fråga Sara vad hon vill prova på egen hand.",
        ),
        (
            "Let Sara keep a list of odd things and go through it together on Fridays.",
            "Låta Sara föra en lista över konstigheter och gå igenom den tillsammans på fredagar.",
        ),
        (
            "Give Sara one new ticket category a week, not five.",
            "Ge Sara en ny ärendekategori i veckan, inte fem.",
        ),
    ),
    good=(
        (
            "Sara closed twenty tickets on her own today.",
            "Sara stängde tjugo ärenden på egen hand i dag.",
        ),
        (
            "Sara spotted a broken link in our macros that the rest of us had stopped seeing.",
            "Sara hittade en trasig länk i våra makron som vi andra hade slutat se.",
        ),
        (
            "Our mentoring hour started with her agenda, not mine.",
            "Vår mentorstimme började med hennes dagordning, inte min.",
        ),
    ),
    hard=(
        (
            "I answered Sara’s question instead of letting her look, again.",
            "Jag svarade på Saras fråga i stället för att låta henne leta, igen.",
        ),
        (
            "No time for the mentoring hour this week.",
            "Ingen tid för mentorstimmen den här veckan.",
        ),
        (
            "Sara was left alone with an angry customer while I sat in a meeting.",
            "Sara blev lämnad ensam med en arg kund medan jag satt i ett möte.",
        ),
    ),
)


PRESENTATION = Theme(
    "presentation",
    ("the management presentation", "presentationen för ledningsgruppen"),
    (0.71, 0.8),
    tags=("presentation",),
    skills=("presenting", "analysis"),
    people=(("Anna Lindqvist", "with"),),
    situations=(
        Situation(
            (
                "Preparing the case for more people in Support",
                "Att förbereda underlaget för fler i supporten",
            ),
            (
                "Anna asked me to present the case for two more agents to the management team, in ten minutes. My first draft had 24 slides.",
                "Anna bad mig presentera underlaget för två nya supportmedarbetare för ledningsgruppen, på tio minuter. Mitt första utkast hade 24 bilder.",
            ),
            (
                "Overwhelmed, then oddly relieved when Anna said “three slides”.",
                "Överväldigad, och sedan märkligt lättad när Anna sa ”tre bilder”.",
            ),
            (
                "I wanted to show everything we do. The management team needs one decision and the reasons for it, not a tour of Support.",
                "Jag ville visa allt vi gör. Ledningsgruppen behöver ett beslut och skälen för det, inte en rundvandring i supporten.",
            ),
            at=0.72,
        ),
        Situation(
            ("Rehearsing with Anna as the sceptic", "Att repetera med Anna som skeptiker"),
            (
                "Anna played the CFO and asked what would happen if they said no. I had no answer.",
                "Anna spelade ekonomichef och frågade vad som skulle hända om de sa nej. Jag hade inget svar.",
            ),
            (
                "Flustered, and glad it happened in Anna’s office and not in the boardroom.",
                "Ställd, och glad att det hände på Annas rum och inte i styrelserummet.",
            ),
            (
                "I had prepared for agreement, not for a no. The most important slide, the cost of doing nothing, was missing.",
                "Jag hade förberett mig på medhåll, inte på ett nej. Den viktigaste bilden, vad det kostar att inte göra något, saknades.",
            ),
            template="gibbs",
            at=0.75,
        ),
        Situation(
            ("Ten minutes in front of the management team", "Tio minuter inför ledningsgruppen"),
            (
                "I kept to ten minutes. The CFO challenged the ticket forecast, and I could answer with my own query. They approved one new agent now and a review in six months.",
                "Jag höll mig till tio minuter. Ekonomichefen ifrågasatte prognosen för ärendevolymen, och jag kunde svara med min egen fråga mot databasen. De godkände en ny medarbetare nu och en uppföljning om sex månader.",
            ),
            (
                "Shaky hands for the first minute, steady after that.",
                "Darriga händer den första minuten, stadigt efter det.",
            ),
            (
                "Half of what I asked for, but a year ago the forecast question would have sunk me. The SQL paid off in a room where I had not expected it to.",
                "Hälften av det jag bad om, men för ett år sedan hade frågan om prognosen sänkt mig. SQL-kunskaperna lönade sig i ett rum där jag inte hade väntat mig det.",
            ),
            template="aar",
            plan=(
                "Three slides: the problem in one number, two options with their costs, and my recommendation. Ten minutes of talking, ten of questions.",
                "Tre bilder: problemet i en siffra, två alternativ med kostnader och min rekommendation. Tio minuter dragning och tio minuter frågor.",
            ),
            at=0.77,
            mood=4,
            starred=True,
        ),
        Situation(
            (
                "Why half a yes still felt like a win",
                "Varför ett halvt ja ändå kändes som en seger",
            ),
            (
                "The day after the presentation. One agent instead of two, and a review in six months.",
                "Dagen efter presentationen. En medarbetare i stället för två, och en uppföljning om sex månader.",
            ),
            (
                "Disappointed for about an hour, then mostly proud.",
                "Besviken i ungefär en timme, sedan mest stolt.",
            ),
            (
                "The review is the real win: it means they will look at our numbers again, and this time we will have collected them properly.",
                "Uppföljningen är den egentliga segern: det betyder att de kommer att titta på våra siffror igen, och den här gången har vi samlat in dem ordentligt.",
            ),
            template="free",
            at=0.78,
        ),
    ),
    lessons=(
        (
            "Management needs a decision and the cost of not making it, not a tour of our work.",
            "Ledningen behöver ett beslut och kostnaden för att inte fatta det, inte en rundtur i vårt arbete.",
        ),
        (
            "Prepare for the no, not only for the yes.",
            "Förbered dig på ett nej, inte bara på ett ja.",
        ),
        (
            "Numbers you produced yourself are numbers you can defend.",
            "Siffror du har tagit fram själv är siffror du kan försvara.",
        ),
        (
            "Three slides force me to know what I actually think.",
            "Tre bilder tvingar mig att veta vad jag faktiskt tycker.",
        ),
    ),
    actions=(
        (
            "Start every presentation from the decision I want and work backwards.",
            "Börja varje presentation i det beslut jag vill ha och arbeta baklänges.",
        ),
        (
            "Rehearse once with someone who plays the sceptic.",
            "Repetera en gång med någon som spelar skeptiker.",
        ),
        (
            "Bring the query behind every number, in case someone asks.",
            "Ha med frågan bakom varje siffra, ifall någon undrar.",
        ),
        (
            "Send a one-page summary the day before instead of a long deck afterwards.",
            "Skicka en sammanfattning på en sida dagen innan i stället för ett långt bildspel efteråt.",
        ),
    ),
    good=(
        (
            "Anna’s rehearsal questions were harder than the real ones.",
            "Annas frågor på repetitionen var svårare än de riktiga.",
        ),
        (
            "Cut the deck from 24 slides to three.",
            "Kortade bildspelet från 24 bilder till tre.",
        ),
        (
            "The management team approved a new agent.",
            "Ledningsgruppen godkände en ny medarbetare.",
        ),
    ),
    hard=(
        (
            "Woke at four the night before the presentation.",
            "Vaknade klockan fyra natten före presentationen.",
        ),
        (
            "Got half of what I asked for.",
            "Fick hälften av det jag bad om.",
        ),
        (
            "The CFO’s first question threw me for a few seconds.",
            "Ekonomichefens första fråga fick mig ur balans i några sekunder.",
        ),
    ),
)


WORKSHOP = Theme(
    "workshop",
    ("the cross-department workshop", "workshoppen över avdelningsgränserna"),
    (0.82, 0.96),
    tags=("workshop", "facilitation"),
    skills=("facilitation", "collaboration"),
    people=(("Maria Karlsson", "with"), ("Karin Dahl", "with"), ("Mikael Nyström", "with")),
    situations=(
        Situation(
            (
                "Calling a workshop on delivery tickets",
                "Att kalla till en workshop om leveransärenden",
            ),
            (
                "Support, Sales, Logistics and Product each see one piece of the delivery problem. I offered to run a two-hour workshop with two people from each department.",
                "Supporten, sälj, logistik och produkt ser var sin bit av leveransproblemet. Jag erbjöd mig att leda en workshop på två timmar med två personer från varje avdelning.",
            ),
            (
                "A little presumptuous, inviting other departments to my meeting.",
                "Lite förmäten, att bjuda in andra avdelningar till mitt möte.",
            ),
            (
                "Everyone agreed at once. They had all been waiting for someone else to call it.",
                "Alla tackade ja direkt. De hade alla väntat på att någon annan skulle kalla till det.",
            ),
            at=0.83,
        ),
        Situation(
            ("The cross-department workshop", "Workshoppen över avdelningsgränserna"),
            (
                "Mapping the order journey took an hour instead of thirty minutes, because everyone corrected everyone else’s part. We agreed on two fixes with owners; a third is parked with Product.",
                "Att kartlägga orderns väg tog en timme i stället för trettio minuter, eftersom alla rättade varandras delar. Vi kom överens om två åtgärder med ägare, en tredje ligger hos produkt.",
            ),
            (
                "Nervous at the start, buzzing at the end.",
                "Nervös i början, uppspelt på slutet.",
            ),
            (
                "The map was the real work: nobody had ever seen the whole journey before. I had planned it as a warm-up.",
                "Kartan var det egentliga arbetet: ingen hade någonsin sett hela flödet förut. Jag hade planerat den som uppvärmning.",
            ),
            template="aar",
            plan=(
                "Map one order’s journey on the wall, mark where tickets arise using our data, and agree on three fixes with owners. Two hours, eight people.",
                "Kartlägga en orders väg på väggen, markera var ärendena uppstår med hjälp av vår data och enas om tre åtgärder med ägare. Två timmar, åtta personer.",
            ),
            at=0.87,
            mood=4,
            starred=True,
        ),
        Situation(
            ("1-2-4-All with four departments", "1-2-4-alla med fyra avdelningar"),
            (
                "To choose fixes I used 1-2-4-All from the course. The quietest person in the room, a warehouse planner, had the idea we picked first.",
                "För att välja åtgärder använde jag 1-2-4-alla från kursen. Den tystaste personen i rummet, en planerare från lagret, hade idén som vi valde först.",
            ),
            (
                "Quietly satisfied: the course paying off, months later.",
                "Stillsamt nöjd: kursen som betalar sig, flera månader senare.",
            ),
            (
                "Starting alone gave the people who never speak in big meetings a minute to think before the loud voices began.",
                "Att börja enskilt gav dem som aldrig pratar på stora möten en minut att tänka innan de högljudda rösterna tog över.",
            ),
            template="gibbs",
            at=0.875,
        ),
        Situation(
            (
                "Workshop follow-up: two fixes live",
                "Uppföljning av workshoppen: två åtgärder på plats",
            ),
            (
                "Four weeks on, both fixes are live: the cut-off time on the website and a stock check in the sales tool. Delivery tickets are down by a fifth.",
                "Fyra veckor senare är båda åtgärderna på plats: sista beställningstid på webbplatsen och lagerkoll i säljverktyget. Leveransärendena har minskat med en femtedel.",
            ),
            (
                "Satisfied, and curious about the third fix.",
                "Nöjd, och nyfiken på den tredje åtgärden.",
            ),
            (
                "Each fix had a named owner and a date, written on the wall before anyone left the room.",
                "Varje åtgärd hade en namngiven ägare och ett datum, uppskrivet på väggen innan någon lämnade rummet.",
            ),
            at=0.92,
        ),
    ),
    lessons=(
        (
            "A problem shared by four departments belongs to none until someone calls the meeting.",
            "Ett problem som delas av fyra avdelningar tillhör ingen förrän någon kallar till möte.",
        ),
        (
            "Drawing the whole process together is the work, not the warm-up.",
            "Att rita hela processen tillsammans är själva arbetet, inte uppvärmningen.",
        ),
        (
            "Structured formats give the quiet people a way in.",
            "Strukturerade format ger de tysta en väg in.",
        ),
        (
            "A fix without a named owner and a date is a wish.",
            "En åtgärd utan namngiven ägare och datum är en önskan.",
        ),
    ),
    actions=(
        (
            "Double the time for mapping in the next workshop.",
            "Dubbla tiden för kartläggningen i nästa workshop.",
        ),
        (
            "Send the photo of the wall and the list of owners within an hour.",
            "Skicka fotot av väggen och listan över ägare inom en timme.",
        ),
        (
            "Check progress on each fix after four weeks, with the same group.",
            "Följa upp varje åtgärd efter fyra veckor, med samma grupp.",
        ),
        (
            "Invite the warehouse planner to one of our learning meetings.",
            "Bjuda in planeraren från lagret till en av våra lärträffar.",
        ),
    ),
    good=(
        (
            "Eight people from four departments, and everyone spoke.",
            "Åtta personer från fyra avdelningar, och alla kom till tals.",
        ),
        (
            "Delivery tickets are down by a fifth.",
            "Leveransärendena har minskat med en femtedel.",
        ),
        (
            "Karin took the third fix into Product’s backlog with our numbers attached.",
            "Karin lade in den tredje åtgärden i produkts backlogg, med våra siffror bifogade.",
        ),
    ),
    hard=(
        (
            "The mapping ran an hour over plan.",
            "Kartläggningen drog över planen med en timme.",
        ),
        (
            "Finding a two-hour slot for eight people took three weeks.",
            "Att hitta två timmar för åtta personer tog tre veckor.",
        ),
        (
            "One fix was parked, and I wanted all three.",
            "En åtgärd parkerades, och jag ville ha alla tre.",
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


# Small constructors: they name each template's section keys once, so the tables
# below read as content rather than as dictionaries.
def mistake(
    theme: str, title: T, what: T, impact: T, learned: T, differently: T, lucky: T, **extra: Any
) -> Piece:
    sections = {
        "what_happened": what,
        "impact": impact,
        "learned": learned,
        "differently": differently,
        "lucky": lucky,
    }
    return Piece(theme, "mistake", title, sections, **extra)


def learned_from(theme: str, person: str, title: T, who: T, what: T, use: T, **extra: Any) -> Piece:
    # The colleague is named once, among the people (the editor asks who there); where
    # and when it happened goes with the other notes.
    extra.setdefault("people", ((person, "learned-from"),))
    return Piece(theme, "learned-from", title, {"what": what, "use": use}, body=who, **extra)


def shared(theme: str, title: T, what: T, with_whom: T, reception: T, **extra: Any) -> Piece:
    sections = {"what": what, "with_whom": with_whom, "reception": reception}
    return Piece(theme, "shared", title, sections, **extra)


def til(theme: str, title: T, learned: T, **extra: Any) -> Piece:
    if title == NO_TITLE:  # a quick note: no title, just a line of body text
        return Piece(theme, "til", title, body=learned, **extra)
    return Piece(theme, "til", title, {"learned": learned}, **extra)


def note(theme: str, title: T, body: T, **extra: Any) -> Piece:
    """A free-form entry: a goal note when ``kind`` says so, else a reflection."""
    return Piece(theme, "free", title, body=body, **extra)


PIECES: tuple[Piece, ...] = (
    til(
        "feedback",
        ("SBI: situation, behaviour, impact", "SBI: situation, beteende, påverkan"),
        (
            "Feedback framed as situation, behaviour and impact leaves out guesses about intent.",
            "Återkoppling som beskriver situation, beteende och påverkan lämnar gissningar om avsikter utanför.",
        ),
        people=(("Fatima Hassan", "learned-from"),),
        source="people",
    ),
    # -- mistakes, written blamelessly --
    mistake(
        "incident",
        ("I pushed for the Tuesday deploy", "Jag drev på för driftsättningen på tisdagen"),
        (
            "I asked Johan to deploy the new router on Tuesday so it would be live before the big campaign, although the test plan was not finished. It seemed reasonable: the change looked small and the campaign was big.",
            "Jag bad Johan driftsätta den nya routern på tisdagen så att den skulle vara igång före den stora kampanjen, trots att testplanen inte var klar. Det verkade rimligt: ändringen såg liten ut och kampanjen var stor.",
        ),
        (
            "Fifty minutes of misrouted chats, about 140 customers who waited or gave up, and a long evening for Johan and Erik.",
            "Femtio minuter av felskickade chattar, ungefär 140 kunder som väntade eller gav upp, och en lång kväll för Johan och Erik.",
        ),
        (
            "A date I set for others carries more weight than I think. Nobody mentioned the unfinished test plan because I sounded so sure.",
            "Ett datum som jag sätter åt andra väger tyngre än jag tror. Ingen nämnde den ofärdiga testplanen eftersom jag lät så säker.",
        ),
        (
            "Ask “what would make you comfortable shipping this?” before I name a date, and make “not ready yet” an easy answer to give.",
            "Fråga ”vad skulle få dig att känna dig trygg med att släppa det här?” innan jag nämner ett datum, och göra ”inte klart än” till ett lätt svar att ge.",
        ),
        (
            "It happened on a quiet Tuesday, not during the campaign, and a customer called us within the hour.",
            "Det hände en lugn tisdag och inte mitt i kampanjen, och en kund ringde oss inom en timme.",
        ),
        people=(("Johan Berg", "with"), ("Erik Johansson", "with")),
        at=0.436,
        starred=True,
    ),
    mistake(
        "escalation",
        (
            "Promising a refund date Finance could not meet",
            "Att lova ett datum för återbetalningen som ekonomi inte kunde hålla",
        ),
        (
            "To calm an upset customer I promised the refund would be in her account by Friday. Refunds take five to seven working days, and Finance runs them on Wednesdays.",
            "För att lugna en upprörd kund lovade jag att återbetalningen skulle finnas på hennes konto till fredag. Återbetalningar tar fem till sju arbetsdagar, och ekonomi kör dem på onsdagar.",
        ),
        (
            "A second, angrier complaint the week after, and Li had to make a manual payment to keep my promise.",
            "Ett andra och argare klagomål veckan efter, och Li fick göra en manuell utbetalning för att mitt löfte skulle hållas.",
        ),
        (
            "A promise to a customer is a promise on behalf of someone else’s process.",
            "Ett löfte till en kund är ett löfte för någon annans process.",
        ),
        (
            "Check the process owner’s timeline before giving any date, and say “I will confirm by tomorrow” instead.",
            "Kontrollera processägarens tidplan innan jag ger ett datum, och säga ”jag återkommer senast i morgon” i stället.",
        ),
        (
            "Li had time that week and was kind about it.",
            "Li hade tid den veckan och var schysst om det.",
        ),
        people=(("Li Wei", "with"),),
    ),
    mistake(
        "feedback",
        ("Correcting Jonas in the team channel", "Att rätta Jonas i teamkanalen"),
        (
            "I pointed out a wrong macro in the team channel and tagged Jonas, because it was the quickest way.",
            "Jag påpekade ett felaktigt makro i teamkanalen och taggade Jonas, eftersom det gick snabbast.",
        ),
        (
            "Jonas felt exposed in front of everyone and hardly said a word for the rest of the day.",
            "Jonas kände sig utpekad inför alla och sa knappt ett ord resten av dagen.",
        ),
        (
            "A correction in public feels like a punishment, however neutral the words are.",
            "En tillrättavisning inför andra känns som ett straff, hur neutralt orden än är formulerade.",
        ),
        (
            "Praise in public, correct in private, even when private takes longer.",
            "Berömma inför andra, rätta i enrum, även när det tar längre tid.",
        ),
        (
            "He told me the very next morning, so we could clear it up.",
            "Han sa det till mig redan nästa morgon, så vi kunde reda ut det.",
        ),
        people=(("Jonas Holm", "with"),),
    ),
    mistake(
        "mentoring",
        ("Too much in Sara’s first week", "För mycket under Saras första vecka"),
        (
            "I gave Sara five ticket categories, the phone queue and the macro library in her first week, because she seemed quick.",
            "Jag gav Sara fem ärendekategorier, telefonkön och makrobiblioteket under hennes första vecka, eftersom hon verkade snabb.",
        ),
        (
            "On Friday she told me she had gone home every day feeling stupid.",
            "På fredagen berättade hon att hon hade gått hem varje dag och känt sig dum.",
        ),
        (
            "Quick is not the same as ready. A new hire’s confidence is built from small, complete wins.",
            "Snabb är inte detsamma som redo. En nyanställds självförtroende byggs av små, hela framgångar.",
        ),
        (
            "One category at a time, and at the end of each day I ask what felt hard.",
            "En kategori i taget, och i slutet av varje dag frågar jag vad som kändes svårt.",
        ),
        (
            "She trusted me enough to say it in week one, not in month three.",
            "Hon litade tillräckligt på mig för att säga det vecka ett, inte månad tre.",
        ),
        at=0.58,
    ),
    mistake(
        "presentation",
        ("A wrong number on slide two", "En felaktig siffra på bild två"),
        (
            "In the rehearsal I showed a first-response time that included weekends. Anna noticed that it did not match the dashboard.",
            "På repetitionen visade jag en första svarstid som räknade med helgerna. Anna märkte att den inte stämde med instrumentpanelen.",
        ),
        (
            "No harm outside the rehearsal, but two slides to rebuild the night before.",
            "Ingen skada utanför repetitionen, men två bilder att göra om kvällen innan.",
        ),
        (
            "Every number needs its definition next to it, even on a slide.",
            "Varje siffra behöver sin definition bredvid sig, även på en bild.",
        ),
        (
            "Put the definition and the date range in small print under every figure.",
            "Skriva definitionen och tidsperioden med liten stil under varje siffra.",
        ),
        (
            "Anna found it in the rehearsal, not the CFO in the meeting.",
            "Anna hittade felet på repetitionen, inte ekonomichefen på mötet.",
        ),
        at=0.76,
    ),
    mistake(
        "everyday",
        ("Off sick without a handover", "Sjuk utan överlämning"),
        (
            "I was off sick for two days and had not written down who was handling the open escalations.",
            "Jag var sjuk i två dagar och hade inte skrivit ner vem som hanterade de öppna eskaleringarna.",
        ),
        (
            "Two customers waited four extra days, and Jonas spent a morning piecing my notes together.",
            "Två kunder fick vänta fyra dagar extra, och Jonas lade en förmiddag på att pussla ihop mina anteckningar.",
        ),
        (
            "If the knowledge lives only in my head, the team has a single point of failure, and it is me.",
            "Om kunskapen bara finns i mitt huvud har teamet en enda svag punkt, och det är jag.",
        ),
        (
            "Keep open escalations in a shared list with the next step and an owner, updated every Friday.",
            "Föra de öppna eskaleringarna i en delad lista med nästa steg och en ägare, uppdaterad varje fredag.",
        ),
        (
            "Neither of the two was a key account.",
            "Ingen av de två var en nyckelkund.",
        ),
        people=(("Jonas Holm", "with"),),
    ),
    mistake(
        "sql",
        ("A heavy query at nine in the morning", "En tung fråga klockan nio på morgonen"),
        (
            "I ran a query joining a whole year of tickets to every message, on the reporting database, at nine in the morning.",
            "Jag körde en fråga som kopplade ett helt års ärenden till varenda meddelande, mot rapportdatabasen, klockan nio på morgonen.",
        ),
        (
            "The dashboards went slow for the whole company for twenty minutes, until Erik traced it to me.",
            "Instrumentpanelerna blev sega för hela företaget i tjugo minuter, tills Erik spårade det till mig.",
        ),
        (
            "The reporting database is shared, and mornings are when everyone uses it.",
            "Rapportdatabasen är gemensam, och det är på morgonen som alla använder den.",
        ),
        (
            "Try big queries with a LIMIT and a short date range first, and run the full ones after four.",
            "Prova stora frågor med LIMIT och en kort tidsperiod först, och köra de fullständiga efter klockan fyra.",
        ),
        (
            "It was the reporting copy, not the live system, and Erik found it quickly.",
            "Det var rapportkopian och inte produktionssystemet, och Erik hittade felet snabbt.",
        ),
        people=(("Erik Johansson", "with"),),
        source="experience",
    ),
    mistake(
        "learning-meeting",
        (
            "Cancelling the learning meeting three weeks running",
            "Att ställa in lärträffen tre veckor i rad",
        ),
        (
            "The queue was long, so I cancelled the learning meeting three Fridays running. Each time it felt like the responsible choice.",
            "Kön var lång, så jag ställde in lärträffen tre fredagar i rad. Varje gång kändes det som det ansvarsfulla valet.",
        ),
        (
            "Attendance halved when we restarted, and Elin said she thought we had dropped it.",
            "Närvaron halverades när vi startade igen, och Elin sa att hon trodde att vi hade lagt ner det.",
        ),
        (
            "Small habits die quietly: cancelling once is a decision, three times is the end.",
            "Små vanor dör i tysthet: att ställa in en gång är ett beslut, tre gånger är slutet.",
        ),
        (
            "Keep the fifteen minutes even when the queue is long. Shrink it to five if I must, but never skip it.",
            "Behålla kvarten även när kön är lång. Krympa den till fem minuter om det behövs, men aldrig hoppa över den.",
        ),
        (
            "Elin said it out loud, so I could bring it back.",
            "Elin sa det högt, så jag kunde ta tillbaka det.",
        ),
        at=0.63,
    ),
    # -- learned from a colleague --
    learned_from(
        "sql",
        "Li Wei",
        (
            "Li Wei: a plain GROUP BY before anything fancy",
            "Li Wei: ett enkelt GROUP BY innan något avancerat",
        ),
        (
            "Li Wei, data analyst in Finance. Our first hour together, at her desk after the month-end rush.",
            "Li Wei, dataanalytiker på ekonomi. Vår första timme tillsammans, vid hennes skrivbord efter bokslutsrushen.",
        ),
        (
            "Start every question with a plain count grouped by one thing. Most questions are answered before you need anything cleverer.",
            "Börja varje fråga med en enkel räkning grupperad på en sak. De flesta frågor är besvarade innan man behöver något mer avancerat.",
        ),
        (
            "The weekly ticket report: one GROUP BY per category instead of the spreadsheet I rebuild by hand every Monday.",
            "Veckorapporten över ärenden: ett GROUP BY per kategori i stället för kalkylarket som jag bygger om för hand varje måndag.",
        ),
        at=0.06,
    ),
    learned_from(
        "sql",
        "Li Wei",
        (
            "Li Wei: window functions for the first reply",
            "Li Wei: fönsterfunktioner för första svaret",
        ),
        (
            "Li Wei from Finance, during our fortnightly SQL hour.",
            "Li Wei från ekonomi, under vår SQL-timme varannan vecka.",
        ),
        (
            "A window function can number the rows inside each group without collapsing them, which is how you find the first reply on every ticket.",
            "En fönsterfunktion kan numrera raderna inom varje grupp utan att slå ihop dem, och det är så man hittar första svaret på varje ärende.",
        ),
        (
            "First-response time per agent, without the double counting I kept getting.",
            "Första svarstid per medarbetare, utan den dubbelräkning som jag hela tiden fick.",
        ),
    ),
    learned_from(
        "sql",
        "Li Wei",
        ("Li Wei: write the definition before the query", "Li Wei: skriv definitionen före frågan"),
        (
            "Li Wei, who has answered the same question three different ways for three managers.",
            "Li Wei, som har besvarat samma fråga på tre olika sätt åt tre olika chefer.",
        ),
        (
            "Before writing any SQL, write one sentence saying what the number means, and ask whoever asked if that is what they meant.",
            "Innan du skriver någon SQL, skriv en mening om vad siffran betyder och fråga den som undrade om det var det hen menade.",
        ),
        (
            "Every metric on our team board gets a one-line definition.",
            "Varje mått på vår teamtavla får en definition på en rad.",
        ),
    ),
    learned_from(
        "feedback",
        "Fatima Hassan",
        ("Fatima Hassan: ask before you advise", "Fatima Hassan: fråga innan du ger råd"),
        (
            "Fatima Hassan, HR business partner, over coffee after a managers’ workshop.",
            "Fatima Hassan, HR-partner, över en kopp kaffe efter en chefsworkshop.",
        ),
        (
            "When someone brings you a problem, ask what they have tried and what they want from you before giving advice. Half the time they want a listener, not a fixer.",
            "När någon kommer med ett problem, fråga vad hen redan har provat och vad hen vill ha av dig innan du ger råd. Hälften av gångerna vill de ha någon som lyssnar, inte någon som fixar.",
        ),
        (
            "My next one-to-one with Jonas, who usually arrives with problems he has already half solved.",
            "Mitt nästa enskilda samtal med Jonas, som brukar komma med problem som han redan har löst till hälften.",
        ),
    ),
    learned_from(
        "feedback",
        "Fatima Hassan",
        (
            "Fatima Hassan: the feedback sandwich has gone stale",
            "Fatima Hassan: återkopplingsmackan har blivit gammal",
        ),
        (
            "Fatima again, at HR’s course for new managers.",
            "Fatima igen, på HR:s kurs för nya chefer.",
        ),
        (
            "Wrapping criticism in praise teaches people to distrust praise. Give the two separately, and give praise often.",
            "Att slå in kritik i beröm lär folk att misstro beröm. Ge dem var för sig, och ge beröm ofta.",
        ),
        (
            "My next round of one-to-ones: praise in one conversation, one thing to improve in another.",
            "Min nästa runda enskilda samtal: beröm i ett samtal, en sak att förbättra i ett annat.",
        ),
        at=0.3,
    ),
    learned_from(
        "everyday",
        "Anna Lindqvist",
        ("Anna: the one-page decision memo", "Anna: beslutsunderlaget på en sida"),
        (
            "Anna Lindqvist, my manager and Head of Customer Service.",
            "Anna Lindqvist, min chef och kundservicechef.",
        ),
        (
            "When I want a decision from her, I should write one page: the problem, two options, my recommendation and what happens if we do nothing. She decides in a day instead of a month.",
            "När jag vill ha ett beslut av henne ska jag skriva en sida: problemet, två alternativ, min rekommendation och vad som händer om vi inte gör något. Då beslutar hon på en dag i stället för en månad.",
        ),
        (
            "The request for more chat licences, this week.",
            "Begäran om fler chattlicenser, den här veckan.",
        ),
    ),
    learned_from(
        "everyday",
        "Anna Lindqvist",
        ("Anna: protect the team’s focus time", "Anna: skydda teamets fokustid"),
        (
            "Anna Lindqvist, in our monthly one-to-one.",
            "Anna Lindqvist, på vårt enskilda samtal varje månad.",
        ),
        (
            "She keeps 09–11 free of meetings for her team and defends it against everyone, including her own manager.",
            "Hon håller 9–11 fritt från möten för sitt team och försvarar det mot alla, även mot sin egen chef.",
        ),
        (
            "From next week our queue gets the first two hours of the day without meetings.",
            "Från nästa vecka får vår kö dagens första två timmar utan möten.",
        ),
    ),
    learned_from(
        "everyday",
        "Jonas Holm",
        ("Jonas: the two-sentence opening", "Jonas: inledningen på två meningar"),
        (
            "Jonas Holm, our most experienced agent, who never seems to get follow-up questions.",
            "Jonas Holm, vår mest erfarna medarbetare, som aldrig verkar få följdfrågor.",
        ),
        (
            "He opens every reply with two sentences: what he understood, and what happens next. Customers rarely need to write back.",
            "Han inleder varje svar med två meningar: vad han har förstått och vad som händer härnäst. Kunderna behöver sällan skriva igen.",
        ),
        (
            "Make it part of the onboarding material for the next person who starts.",
            "Göra det till en del av introduktionsmaterialet för nästa person som börjar.",
        ),
    ),
    learned_from(
        "incident",
        "Johan Berg",
        ("Johan: how to read the deploy log", "Johan: hur man läser driftsättningsloggen"),
        (
            "Johan Berg, backend developer, the week after the incident.",
            "Johan Berg, backendutvecklare, veckan efter incidenten.",
        ),
        (
            "Which lines are noise, where the configuration version is, and how to see what changed between two releases.",
            "Vilka rader som är brus, var konfigurationsversionen står och hur man ser vad som ändrats mellan två releaser.",
        ),
        (
            "Next time chats behave oddly, I check the log for a release in the last hour before I call anyone.",
            "Nästa gång chattarna beter sig konstigt kollar jag loggen efter en release den senaste timmen innan jag ringer någon.",
        ),
        at=0.45,
    ),
    learned_from(
        "incident",
        "Erik Johansson",
        ("Erik: a status update in three lines", "Erik: en lägesrapport på tre rader"),
        (
            "Erik Johansson from IT operations, who has written hundreds of them.",
            "Erik Johansson från IT-drift, som har skrivit hundratals sådana.",
        ),
        (
            "Three lines: what is affected, what to tell customers, and when the next update comes. Nothing about causes until it is over.",
            "Tre rader: vad som påverkas, vad man ska säga till kunderna och när nästa uppdatering kommer. Ingenting om orsaker förrän det är över.",
        ),
        (
            "Our status template. It replaces the one I improvised during the incident.",
            "Vår mall för lägesrapporter. Den ersätter den som jag improviserade under incidenten.",
        ),
        at=0.448,
    ),
    learned_from(
        "escalation",
        "Mikael Nyström",
        (
            "Mikael: say the problem back before anything else",
            "Mikael: upprepa problemet innan något annat",
        ),
        (
            "Mikael Nyström, key account manager, right after the call with the wholesaler.",
            "Mikael Nyström, kundansvarig säljare, direkt efter samtalet med grossisten.",
        ),
        (
            "Open an escalation call by saying the customer’s problem back in their own words and asking “did I get that right?”. People stop fighting once they feel understood.",
            "Inled ett eskaleringssamtal med att säga kundens problem med kundens egna ord och fråga ”har jag förstått rätt?”. Folk slutar bråka när de känner sig förstådda.",
        ),
        (
            "The first line of the team’s escalation checklist.",
            "Första raden i teamets checklista för eskaleringar.",
        ),
    ),
    learned_from(
        "shadowing",
        "Maria Karlsson",
        ("Maria: why the truck leaves at three", "Maria: varför lastbilen går klockan tre"),
        (
            "Maria Karlsson, logistics coordinator, during my half day in the warehouse.",
            "Maria Karlsson, logistiksamordnare, under min halvdag på lagret.",
        ),
        (
            "The carrier collects at 15:00 and the last hour is for packing, so picking stops at 14:00. Every next-day promise depends on that one hour.",
            "Transportören hämtar klockan 15 och den sista timmen går åt till packning, så plocket slutar klockan 14. Varje löfte om leverans nästa dag hänger på den timmen.",
        ),
        (
            "A macro for delivery questions that explains the cut-off honestly.",
            "Ett makro för leveransfrågor som förklarar sista beställningstid ärligt.",
        ),
    ),
    learned_from(
        "shadowing",
        "Karin Dahl",
        ("Karin: bring the problem, not the solution", "Karin: kom med problemet, inte lösningen"),
        (
            "Karin Dahl, product owner, after her sprint planning.",
            "Karin Dahl, produktägare, efter hennes sprintplanering.",
        ),
        (
            "Bring Product a problem statement saying who is affected, how often and what it costs, rather than a feature request. Then they can find a better solution than the one I had in mind.",
            "Kom till produkt med en problembeskrivning om vem som påverkas, hur ofta och vad det kostar, i stället för en funktionsbeställning. Då kan de hitta en bättre lösning än den jag hade tänkt mig.",
        ),
        (
            "The invoice complaint goes back to Product with 140 tickets a month and a proper problem statement.",
            "Fakturaklagomålet går tillbaka till produkt med 140 ärenden i månaden och en ordentlig problembeskrivning.",
        ),
    ),
    learned_from(
        "course",
        "Lena Sjöberg",
        ("Lena: a parking lot for good tangents", "Lena: en parkeringsplats för bra sidospår"),
        (
            "Lena Sjöberg, who led the facilitation course, on day two.",
            "Lena Sjöberg, som ledde facilitatorskursen, dag två.",
        ),
        (
            "Keep a visible parking lot for good topics that do not belong in this meeting. People let go of a topic once they can see it written down.",
            "Ha en synlig parkeringsplats för bra ämnen som inte hör hemma på just det här mötet. Folk släpper ett ämne när de ser att det är nedskrivet.",
        ),
        (
            "Our learning meetings, where the questions always run over.",
            "Våra lärträffar, där frågorna alltid drar över tiden.",
        ),
    ),
    learned_from(
        "mentoring",
        "Sara Ek",
        ("Sara: the shortcuts I never knew about", "Sara: kortkommandona jag aldrig kände till"),
        (
            "Sara Ek, our newest agent, in her second month.",
            "Sara Ek, vår nyaste medarbetare, under hennes andra månad.",
        ),
        (
            "The ticket tool has keyboard shortcuts for macros and for merging tickets. She found them in a week; I had clicked through menus for four years.",
            "Ärendesystemet har kortkommandon för makron och för att slå ihop ärenden. Hon hittade dem på en vecka, jag hade klickat mig igenom menyer i fyra år.",
        ),
        (
            "Sara will show them at the next learning meeting.",
            "Sara visar dem på nästa lärträff.",
        ),
        at=0.7,
    ),
    # -- knowledge I shared --
    shared(
        "mentoring",
        ("Showing Sara our macro library", "Att visa Sara vårt makrobibliotek"),
        (
            "How the macro library is organised, which five macros cover half of all tickets, and why you always rewrite the first line.",
            "Hur makrobiblioteket är uppbyggt, vilka fem makron som täcker hälften av alla ärenden och varför man alltid skriver om första raden.",
        ),
        ("Sara, in her second week.", "Sara, under hennes andra vecka."),
        (
            "She took notes and had improved three macros by Friday. Next time I will start with the five macros, not the whole library.",
            "Hon antecknade och hade förbättrat tre makron till fredagen. Nästa gång börjar jag med de fem makrona, inte med hela biblioteket.",
        ),
        people=(("Sara Ek", "helped"),),
        at=0.59,
    ),
    shared(
        "sql",
        (
            "Sharing my ticket-volume query with the team",
            "Att dela min fråga om ärendevolymer med teamet",
        ),
        (
            "The query that counts tickets per category and week, saved with comments, plus a short note on changing the date range.",
            "Frågan som räknar ärenden per kategori och vecka, sparad med kommentarer, plus en kort anvisning om hur man ändrar tidsperioden.",
        ),
        ("The whole team, in our channel.", "Hela teamet, i vår kanal."),
        (
            "Jonas ran it the same day and found that warranty tickets had doubled. I should have explained what the columns mean, not only how to run it.",
            "Jonas körde den samma dag och upptäckte att garantiärendena hade fördubblats. Jag borde ha förklarat vad kolumnerna betyder, inte bara hur man kör den.",
        ),
        people=(("Jonas Holm", "helped"),),
        at=0.35,
    ),
    shared(
        "incident",
        ("Explaining our blameless review to IT", "Att förklara vår genomgång utan skuld för IT"),
        (
            "The questions we used after the incident: what was supposed to happen, what happened, why the difference, what we change. And the rule that we discuss decisions, not people.",
            "Frågorna vi använde efter incidenten: vad var tänkt att hända, vad hände, varför blev det skillnad och vad ändrar vi. Och regeln att vi diskuterar beslut, inte personer.",
        ),
        ("Erik and his IT operations team.", "Erik och hans team på IT-drift."),
        (
            "Erik wants to use it for their next outage. They asked for an example, so next time I will bring our anonymised review.",
            "Erik vill använda det vid deras nästa driftstörning. De bad om ett exempel, så nästa gång tar jag med vår avidentifierade genomgång.",
        ),
        people=(("Erik Johansson", "helped"),),
        at=0.455,
    ),
    shared(
        "incident",
        ("A wiki page on writing status updates", "En wikisida om hur man skriver lägesrapporter"),
        (
            "How we write status updates during an incident, built on Erik’s three lines, with two real examples.",
            "Hur vi skriver lägesrapporter under en incident, byggd på Eriks tre rader, med två verkliga exempel.",
        ),
        (
            "Everyone in Support and Sales, through the wiki.",
            "Alla på supporten och sälj, via wikin.",
        ),
        (
            "Sales linked to it from their own handbook. A short page gets read: I cut it from two pages to half a page before publishing.",
            "Sälj länkade till den från sin egen handbok. En kort sida blir läst: jag kortade den från två sidor till en halv innan jag publicerade.",
        ),
        at=0.465,
    ),
    shared(
        "escalation",
        ("The escalation checklist, for Sales", "Checklistan för eskaleringar, till sälj"),
        (
            "Our one-page escalation checklist: say the problem back, name one owner, give a time for the next update, and never promise a date you do not control.",
            "Vår checklista för eskaleringar på en sida: upprepa problemet, utse en ägare, ge en tid för nästa uppdatering och lova aldrig ett datum som du inte rår över.",
        ),
        ("Mikael and the key account team.", "Mikael och teamet för nyckelkunder."),
        (
            "They added a line about contract terms. Sales had a version in someone’s head; now there is one on paper.",
            "De lade till en rad om avtalsvillkor. Sälj hade en version i någons huvud, nu finns den på papper.",
        ),
        people=(("Mikael Nyström", "helped"),),
    ),
    shared(
        "course",
        ("1-2-4-All for Anna’s leadership group", "1-2-4-alla för Annas ledningsgrupp"),
        (
            "The 1-2-4-All format from the facilitation course, as a way to run their quarterly discussion of priorities.",
            "Formatet 1-2-4-alla från facilitatorskursen, som ett sätt att leda deras kvartalsvisa diskussion om prioriteringar.",
        ),
        (
            "Anna and the other team leads in Customer Service.",
            "Anna och de andra teamledarna på kundservice.",
        ),
        (
            "They tried it the week after. Anna said the quietest team lead spoke first for once. I should have brought a printed card with the timings.",
            "De provade det veckan efter. Anna sa att den tystaste teamledaren pratade först för en gångs skull. Jag borde ha tagit med ett utskrivet kort med tiderna.",
        ),
        people=(("Anna Lindqvist", "helped"),),
        at=0.29,
    ),
    shared(
        "feedback",
        ("Teaching the team the SBI model", "Att lära teamet SBI-modellen"),
        (
            "Situation, behaviour, impact, with two examples from our own tickets: one praise, one correction.",
            "Situation, beteende, påverkan, med två exempel från våra egna ärenden: ett beröm och en tillrättavisning.",
        ),
        ("The team, as one of our learning meetings.", "Teamet, som en av våra lärträffar."),
        (
            "Good questions, especially about using it upwards, on me. Next time I will let them write their own example during the meeting.",
            "Bra frågor, särskilt om hur man använder den uppåt, på mig. Nästa gång låter jag dem skriva ett eget exempel under mötet.",
        ),
        people=(("Jonas Holm", "helped"),),
        at=0.38,
    ),
    shared(
        "shadowing",
        (
            "Explaining our support numbers to Finance",
            "Att förklara våra supportsiffror för ekonomi",
        ),
        (
            "What first-response time, resolution time and backlog mean, and why a quick first response can hide a slow resolution.",
            "Vad första svarstid, lösningstid och ärendebalans betyder, och varför ett snabbt första svar kan dölja en långsam lösning.",
        ),
        (
            "Li and two colleagues in Finance, as thanks for the month-end day.",
            "Li och två kollegor på ekonomi, som tack för bokslutsdagen.",
        ),
        (
            "They had been reading our backlog chart upside down for a year. A one-minute explanation would have saved a lot of worried emails.",
            "De hade läst vårt diagram över ärendebalansen upp och ner i ett år. En förklaring på en minut hade sparat många oroliga mejl.",
        ),
        people=(("Li Wei", "helped"),),
    ),
    shared(
        "shadowing",
        (
            "Showing Logistics when the delivery tickets arrive",
            "Att visa logistik när leveransärendena kommer in",
        ),
        (
            "A chart of delivery tickets by the hour the order was placed, with the spike for orders placed after two o’clock.",
            "Ett diagram över leveransärenden per timme då beställningen lades, med toppen för beställningar efter klockan två.",
        ),
        ("Maria and the warehouse shift leads.", "Maria och skiftledarna på lagret."),
        (
            "It convinced them faster than any explanation. A picture of the data travels well between departments.",
            "Det övertygade dem snabbare än någon förklaring. En bild av datan reser bra mellan avdelningar.",
        ),
        people=(("Maria Karlsson", "helped"),),
    ),
    shared(
        "mentoring",
        ("Five whys with Sara", "Fem varför med Sara"),
        (
            "Asking “why?” five times about a recurring ticket to get from the symptom to the cause, using the password-reset tickets as the example.",
            "Att fråga ”varför?” fem gånger om ett återkommande ärende för att komma från symtom till orsak, med ärendena om lösenordsbyte som exempel.",
        ),
        ("Sara, during our Friday session.", "Sara, under vårt fredagspass."),
        (
            "She got to the real cause, an unclear email in the sign-up flow, at the fourth why. She now does it on her own.",
            "Hon kom fram till den verkliga orsaken, ett otydligt mejl i registreringsflödet, vid fjärde varför. Nu gör hon det på egen hand.",
        ),
        people=(("Sara Ek", "helped"),),
    ),
    shared(
        "workshop",
        (
            "Passing the workshop format on to Product",
            "Att lämna över workshopformatet till produkt",
        ),
        (
            "How we ran the cross-department workshop: the map of the order journey, 1-2-4-All to choose fixes, and owners written on the wall.",
            "Hur vi genomförde workshoppen över avdelningsgränserna: kartan över orderns väg, 1-2-4-alla för att välja åtgärder och ägare uppskrivna på väggen.",
        ),
        ("Karin and the product team.", "Karin och produktteamet."),
        (
            "Karin wants to use it for their next discovery session. They asked for the timings, which existed only in my head, so I wrote them up afterwards.",
            "Karin vill använda det till sin nästa utforskande session. De bad om tiderna, som bara fanns i mitt huvud, så jag skrev ner dem efteråt.",
        ),
        people=(("Karin Dahl", "helped"),),
        at=0.9,
    ),
    shared(
        "presentation",
        (
            "My three-slide structure, passed on to Jonas",
            "Min struktur med tre bilder, vidare till Jonas",
        ),
        (
            "The structure from the management presentation: the problem in one number, two options with costs, a recommendation, and the cost of doing nothing.",
            "Strukturen från presentationen för ledningsgruppen: problemet i en siffra, två alternativ med kostnader, en rekommendation och vad det kostar att inte göra något.",
        ),
        (
            "Jonas, who is presenting the macro clean-up to Anna.",
            "Jonas, som ska presentera städningen av makrona för Anna.",
        ),
        (
            "His presentation took six minutes and got a yes. He said the cost-of-nothing slide did the work.",
            "Hans presentation tog sex minuter och fick ett ja. Han sa att bilden om kostnaden för att inte göra något gjorde jobbet.",
        ),
        people=(("Jonas Holm", "helped"),),
        at=0.82,
    ),
    shared(
        "learning-meeting",
        (
            "Helping Sales start their own learning meetings",
            "Att hjälpa sälj att starta egna lärträffar",
        ),
        (
            "Our fifteen-minute format, the timer, and the list of topics we have covered so far.",
            "Vårt format på en kvart, timern och listan över ämnen vi har tagit upp hittills.",
        ),
        ("Mikael and the sales team.", "Mikael och säljteamet."),
        (
            "They have held three so far and moved it to Mondays, which suits them better. A good sign that it is theirs now.",
            "De har hållit tre hittills och flyttat dem till måndagar, vilket passar dem bättre. Ett gott tecken på att det är deras nu.",
        ),
        people=(("Mikael Nyström", "helped"),),
        at=0.91,
    ),
    # -- goal notes --
    note(
        "sql",
        ("Starting my SQL goal", "Jag börjar på mitt SQL-mål"),
        (
            "I wait a week for every report I ask for. Li has offered me an hour every other Thursday. Goal: answer my own questions about ticket volumes and response times within six months.",
            "Jag väntar en vecka på varje rapport jag beställer. Li har erbjudit mig en timme varannan torsdag. Målet: att kunna besvara mina egna frågor om ärendevolymer och svarstider inom ett halvår.",
        ),
        kind="goal-note",
        at=0.03,
    ),
    note(
        "feedback",
        ("Setting a feedback goal", "Ett mål för återkoppling"),
        (
            "In my appraisal Anna said my team does not know where they stand with me. Goal: one specific piece of feedback to someone every week, noted here so I can see whether it actually happens.",
            "På mitt medarbetarsamtal sa Anna att mitt team inte vet var de har mig. Målet: en konkret återkoppling till någon varje vecka, antecknad här så att jag ser om det faktiskt blir av.",
        ),
        kind="goal-note",
        at=0.05,
    ),
    note(
        "course",
        (
            "Why I signed up for the facilitation course",
            "Varför jag anmälde mig till facilitatorskursen",
        ),
        (
            "Our team meetings are me talking for 45 minutes. I want meetings where the team does the thinking. Goal: finish the course in the spring, then run a short learning meeting every other week. I will know it works when someone else suggests the topic.",
            "Våra teammöten består av att jag pratar i 45 minuter. Jag vill ha möten där teamet gör tänkandet. Målet: gå klart kursen under våren och sedan hålla en kort lärträff varannan vecka. Jag vet att det fungerar när någon annan föreslår ämnet.",
        ),
        kind="goal-note",
        at=0.13,
    ),
    note(
        "sql",
        ("SQL goal: the first real answers", "SQL-målet: de första riktiga svaren"),
        (
            "I can count, group and filter on my own now. Joins still trip me up, as the doubled tickets showed. Next: window functions with Li.",
            "Nu kan jag räkna, gruppera och filtrera på egen hand. Joins sätter fortfarande krokben för mig, som de dubblerade ärendena visade. Nästa steg: fönsterfunktioner med Li.",
        ),
        kind="goal-note",
        at=0.3,
    ),
    note(
        "shadowing",
        ("Goal: shadow five departments", "Mål: skugga fem avdelningar"),
        (
            "Most of our tickets seem to start somewhere else. Goal: half a day each with Sales, Finance, IT, Logistics and Product, and one improvement brought back from every visit.",
            "De flesta av våra ärenden verkar börja någon annanstans. Målet: en halvdag vardera med sälj, ekonomi, IT, logistik och produkt, och en förbättring med hem från varje besök.",
        ),
        kind="goal-note",
        at=0.305,
    ),
    note(
        "sql",
        ("SQL goal: not done, but useful", "SQL-målet: inte klart, men till nytta"),
        (
            "Six-month deadline missed, honestly. But I answer most of my own questions now and only go to Li with the hard ones. New target: by the end of the year, and teach one person on the team.",
            "Halvårsdeadlinen missad, ärligt talat. Men jag besvarar de flesta av mina egna frågor nu och går bara till Li med de svåra. Nytt mål: till årets slut, och lära upp en person i teamet.",
        ),
        kind="goal-note",
        at=0.49,
    ),
    note(
        "learning-meeting",
        ("Facilitation goal: halfway", "Faciliteringsmålet: halvvägs"),
        (
            "Six learning meetings held, four different presenters. The timer works; the check-in round does not fit into fifteen minutes, so I dropped it. Still to do: someone from outside Support presenting.",
            "Sex lärträffar genomförda, fyra olika personer har hållit i dem. Timern fungerar, incheckningsrundan får inte plats på en kvart, så den strök jag. Kvar att göra: att någon utanför supporten håller i en träff.",
        ),
        kind="goal-note",
        at=0.5,
    ),
    note(
        "feedback",
        ("Feedback goal: counting the weeks", "Återkopplingsmålet: jag räknar veckorna"),
        (
            "Went back through this journal: specific feedback in 19 of the last 26 weeks. The misses cluster around the busy periods, which is exactly when it matters most.",
            "Gick tillbaka i den här dagboken: konkret återkoppling 19 av de senaste 26 veckorna. Missarna hopar sig kring de stressiga perioderna, alltså precis när det spelar störst roll.",
        ),
        kind="goal-note",
        at=0.66,
    ),
    note(
        "learning-meeting",
        ("Facilitation goal reached", "Faciliteringsmålet är nått"),
        (
            "Twelve learning meetings, nine presenters, one of them from Sales. Last week Elin suggested a topic before I had asked anyone. That was the sign I was waiting for, so I am marking this goal as achieved. Next: keep it going without me as the engine.",
            "Tolv lärträffar, nio olika som hållit i dem, varav en från sälj. Förra veckan föreslog Elin ett ämne innan jag hade hunnit fråga någon. Det var tecknet jag väntade på, så jag markerar det här målet som uppnått. Nästa steg: att hålla det igång utan att jag är motorn.",
        ),
        kind="goal-note",
        at=0.69,
        starred=True,
    ),
    note(
        "shadowing",
        ("Shadowing goal: four out of five", "Skuggningsmålet: fyra av fem"),
        (
            "Sales, Finance, IT and Logistics done, and Product half done through the sprint planning. The cut-off fix alone paid for all of it. Last one: a full day with Product before the end of the year.",
            "Sälj, ekonomi, IT och logistik avklarade, och produkt till hälften genom sprintplaneringen. Ändringen av sista beställningstid betalade ensam för alltihop. Kvar: en hel dag med produkt före årets slut.",
        ),
        kind="goal-note",
        at=0.845,
    ),
    # -- free reflections in Markdown --
    note(
        "everyday",
        ("Why I am starting a journal", "Varför jag börjar skriva dagbok"),
        (
            "## Why now\n\n"
            "Six months as a team lead, and I notice that I repeat my mistakes because I forget them. So: a few lines, most working days.\n\n"
            "**Rules for myself**\n\n"
            "- write it the same day\n"
            "- one lesson per entry, not a diary of everything\n"
            "- be honest: the private entries are for me",
            "## Varför nu\n\n"
            "Ett halvår som teamledare, och jag märker att jag upprepar mina misstag för att jag glömmer dem. Alltså: några rader, de flesta arbetsdagar.\n\n"
            "**Regler för mig själv**\n\n"
            "- skriv samma dag\n"
            "- en lärdom per anteckning, inte en dagbok över allt\n"
            "- var ärlig: de privata anteckningarna är till för mig",
        ),
        at=0.0,
    ),
    note(
        "incident",
        ("What I want to remember from the incident", "Det här vill jag minnas från incidenten"),
        (
            "# What I want to remember\n\n"
            "- **Johan** stayed until nine and never once said it had been my call.\n"
            "- **Erik** had the rollback steps written down before we had even asked.\n"
            "- A customer who phoned to tell us was the best alarm we had.\n\n"
            "The hardest part was not the fifty minutes. It was the week after, and deciding to tell the team about my part.",
            "# Det här vill jag minnas\n\n"
            "- **Johan** stannade till nio och sa inte en enda gång att det hade varit mitt beslut.\n"
            "- **Erik** hade skrivit ner stegen för återställningen innan vi ens hunnit be om dem.\n"
            "- En kund som ringde och berättade var det bästa larm vi hade.\n\n"
            "Det svåraste var inte de femtio minuterna. Det var veckan efter, och beslutet att berätta för teamet om min del.",
        ),
        at=0.466,
        people=(("Johan Berg", "with"), ("Erik Johansson", "with")),
    ),
    note(
        "everyday",
        ("Halfway through the year", "Halvvägs genom året"),
        (
            "## Halfway\n\n"
            "**Going well**\n\n"
            "- the learning meetings have stuck\n"
            "- I can answer most of my own data questions\n"
            "- since the incident, the team talks about mistakes more openly\n\n"
            "**Not going well**\n\n"
            "- feedback still slips when the queue is long\n"
            "- I have not been away from the queue for half a day in months\n\n"
            "Soon Sara starts, and I want her first week to be better than mine was.",
            "## Halvvägs\n\n"
            "**Det som går bra**\n\n"
            "- lärträffarna har satt sig\n"
            "- jag kan besvara de flesta av mina egna datafrågor\n"
            "- sedan incidenten pratar teamet öppnare om misstag\n\n"
            "**Det som går mindre bra**\n\n"
            "- återkopplingen halkar efter när kön är lång\n"
            "- jag har inte varit borta från kön en halvdag på flera månader\n\n"
            "Snart börjar Sara, och jag vill att hennes första vecka ska bli bättre än min var.",
        ),
        at=0.53,
    ),
    note(
        "everyday",
        ("An energy audit of an ordinary week", "En energikoll av en vanlig vecka"),
        (
            "### What gave me energy\n\n"
            "- the learning meeting on Friday\n"
            "- Sara closing twenty tickets on her own in one day\n"
            "- **an hour without meetings** on Wednesday\n\n"
            "### What drained me\n\n"
            "- four meetings about the same migration\n"
            "- rebuilding the rota on Sunday evening\n\n"
            "Conclusion: protect Wednesdays, and plan the rota together with the team.",
            "### Det som gav energi\n\n"
            "- lärträffen i fredags\n"
            "- att Sara stängde tjugo ärenden på egen hand på en dag\n"
            "- **en timme utan möten** i onsdags\n\n"
            "### Det som tog energi\n\n"
            "- fyra möten om samma migrering\n"
            "- att lägga om schemat på söndagskvällen\n\n"
            "Slutsats: skydda onsdagarna, och lägg schemat tillsammans med teamet.",
        ),
        at=0.74,
    ),
    note(
        "feedback",
        ("Preparing for my appraisal", "Inför mitt medarbetarsamtal"),
        (
            "## Evidence from this journal\n\n"
            "- **Feedback:** specific feedback most weeks, misses in the busy periods\n"
            "- **Facilitation:** goal reached, and the learning meetings run without me\n"
            "- **SQL:** answered the CFO’s question with my own query\n"
            "- **Shadowing:** four departments, two fixes live\n\n"
            "What I want to ask Anna: what should I stop doing next year?",
            "## Belägg från den här dagboken\n\n"
            "- **Återkoppling:** konkret återkoppling de flesta veckor, missar under de stressiga perioderna\n"
            "- **Facilitering:** målet nått, och lärträffarna rullar utan mig\n"
            "- **SQL:** besvarade ekonomichefens fråga med min egen databasfråga\n"
            "- **Jobbskuggning:** fyra avdelningar, två åtgärder på plats\n\n"
            "Det jag vill fråga Anna: vad borde jag sluta med nästa år?",
        ),
        at=0.97,
        goal="",
    ),
    note(
        "everyday",
        ("Looking back at the year", "En tillbakablick på året"),
        (
            "# A year in notes\n\n"
            "Today I read the whole journal from the beginning. What stands out:\n\n"
            "- **The mistakes taught me the most**, once I wrote them down without blaming anyone.\n"
            "- Almost everything I learned, I learned from someone: Li, Fatima, Mikael, Maria, even Sara.\n"
            "- Small and regular won every time: fifteen minutes on Fridays, an hour every other Thursday.\n\n"
            "Next year: fewer goals, and one of them is to keep writing here.",
            "# Ett år i anteckningar\n\n"
            "I dag läste jag hela dagboken från början. Det här sticker ut:\n\n"
            "- **Misstagen lärde mig mest**, när jag väl skrev ner dem utan att skuldbelägga någon.\n"
            "- Nästan allt jag lärt mig har jag lärt mig av någon: Li, Fatima, Mikael, Maria, till och med Sara.\n"
            "- Litet och regelbundet vann varje gång: en kvart på fredagar, en timme varannan torsdag.\n\n"
            "Nästa år: färre mål, och ett av dem är att fortsätta skriva här.",
        ),
        at=1.0,
        starred=True,
    ),
    # -- today I learned: from the course and from reading --
    til(
        "course",
        ("1-2-4-All has a whole family", "1-2-4-alla har en hel släkt"),
        (
            "1-2-4-All is one of a collection of formats called Liberating Structures, all free to use, each with a one-page description.",
            "1-2-4-alla är ett av många format i en samling som heter Liberating Structures, fria att använda och beskrivna på en sida vardera.",
        ),
    ),
    til(
        "course",
        ("The groan zone", "Våndazonen"),
        (
            "Lena called the messy middle of a discussion the groan zone. It feels like failure, but it is where the group does its real work.",
            "Lena kallade den röriga mitten av en diskussion för våndazonen. Det känns som ett misslyckande, men det är där gruppen gör sitt verkliga arbete.",
        ),
    ),
    til(
        "course",
        ("Dot voting, all at once", "Prickröstning, alla samtidigt"),
        (
            "Dot voting works better when everyone places their dots at the same time. Otherwise people follow the first dots on the wall.",
            "Prickröstning fungerar bättre när alla sätter sina prickar samtidigt. Annars följer folk de första prickarna på väggen.",
        ),
    ),
    til(
        "feedback",
        ("“Any feedback?” gets a no", "”Har du någon återkoppling?” ger ett nej"),
        (
            "From a podcast on feedback: “Do you have any feedback for me?” almost always gets a no. “What is one thing I could do differently?” gets an answer.",
            "Från en podd om återkoppling: ”Har du någon återkoppling till mig?” ger nästan alltid ett nej. ”Vad är en sak jag kunde göra annorlunda?” ger ett svar.",
        ),
        source="course",
    ),
    til(
        "incident",
        ("What made the mistake easy to make?", "Vad gjorde misstaget lätt att begå?"),
        (
            "Read about blameless postmortems: the useful question is not who made the mistake but what made it easy to make.",
            "Läste om incidentgenomgångar utan skuld: den användbara frågan är inte vem som gjorde misstaget, utan vad som gjorde det lätt att göra.",
        ),
        source="course",
        at=0.44,
    ),
    til(
        "mentoring",
        ("New hires decide early", "Nyanställda bestämmer sig tidigt"),
        (
            "Read that new hires form their picture of a workplace in the first few weeks, long before the probation period ends.",
            "Läste att nyanställda bildar sig en uppfattning om en arbetsplats under de första veckorna, långt innan provanställningen är slut.",
        ),
        source="course",
        at=0.55,
    ),
    til(
        "presentation",
        ("Conclusion on the first slide", "Slutsatsen på första bilden"),
        (
            "From a short video course on presenting: put the conclusion on the first slide, not the last. Busy people may never reach the last one.",
            "Från en kort videokurs i presentationsteknik: lägg slutsatsen på första bilden, inte på den sista. Upptagna människor kommer kanske aldrig till den sista.",
        ),
        source="course",
    ),
    til(
        "sql",
        ("HAVING versus WHERE", "HAVING jämfört med WHERE"),
        (
            "From an online tutorial: WHERE filters rows before grouping, HAVING filters the groups afterwards.",
            "Från en webbkurs: WHERE filtrerar rader före grupperingen, HAVING filtrerar grupperna efteråt.",
        ),
        source="course",
    ),
    til(
        "escalation",
        ("A lower voice slows the call down", "En lägre röst saktar ner samtalet"),
        (
            "Webinar on de-escalation: speaking more slowly and lowering your own voice makes the other person slow down too.",
            "Webbinarium om deeskalering: när man själv pratar långsammare och sänker rösten saktar den andra också ner.",
        ),
        source="course",
    ),
    til(
        "learning-meeting",
        ("Lean coffee", "Lean coffee som mötesform"),
        (
            "Read about lean coffee: the group writes and votes on the topics at the start, then talks through them in order of votes. Worth trying at a learning meeting.",
            "Läste om lean coffee: gruppen skriver ner och röstar på ämnen i början och tar dem sedan i tur och ordning efter röster. Värt att prova på en lärträff.",
        ),
        source="course",
    ),
    # -- today I learned: SQL with Li --
    til(
        "sql",
        ("COALESCE for the empty days", "COALESCE för de tomma dagarna"),
        (
            "COALESCE turns missing values into zero, so days without tickets show up in the chart instead of vanishing.",
            "COALESCE gör om saknade värden till noll, så att dagar utan ärenden syns i diagrammet i stället för att försvinna.",
        ),
    ),
    til(
        "sql",
        ("The ticket database runs on UTC", "Ärendedatabasen går på UTC"),
        (
            "Timestamps in the ticket database are in UTC, so tickets created just after midnight our time count as the previous day unless you convert them.",
            "Tidsstämplarna i ärendedatabasen är i UTC, så ärenden som skapas strax efter midnatt vår tid räknas till föregående dag om man inte räknar om dem.",
        ),
    ),
    til(
        "sql",
        NO_TITLE,
        (
            "LEFT JOIN keeps the customers who have no tickets at all. That was the whole bug.",
            "LEFT JOIN behåller kunderna som inte har några ärenden alls. Det var hela buggen.",
        ),
    ),
    til(
        "sql",
        ("EXPLAIN before running", "EXPLAIN innan man kör"),
        (
            "EXPLAIN shows whether a query will use an index before you run it. Li checks it for anything that touches the messages table.",
            "EXPLAIN visar om en fråga kommer att använda ett index innan man kör den. Li kollar det för allt som rör tabellen med meddelanden.",
        ),
    ),
    til(
        "sql",
        ("WITH makes a query readable", "WITH gör en fråga läsbar"),
        (
            "A WITH clause lets you name each step of a query, so it reads from top to bottom like a recipe.",
            "Med en WITH-sats kan man namnge varje steg i en fråga, så att den går att läsa uppifrån och ner som ett recept.",
        ),
    ),
    # -- today I learned: on the job --
    til(
        "everyday",
        ("Snoozing tickets", "Att snooza ärenden"),
        (
            "The ticket tool can snooze a ticket until a given date, which beats my wall of sticky notes.",
            "Ärendesystemet kan snooza ett ärende till ett visst datum, vilket slår min vägg av post-it-lappar.",
        ),
    ),
    til(
        "everyday",
        NO_TITLE,
        (
            "Half of Monday’s tickets are written on Sunday evening. Staff the first hour accordingly.",
            "Hälften av måndagens ärenden skrivs på söndagskvällen. Bemanna första timmen därefter.",
        ),
    ),
    til(
        "everyday",
        ("One question per email", "En fråga per mejl"),
        (
            "Customers reply faster, and more completely, to emails that ask a single question.",
            "Kunder svarar snabbare, och mer fullständigt, på mejl som bara ställer en fråga.",
        ),
    ),
    til(
        "everyday",
        ("Jonas’s phrase file", "Jonas fil med formuleringar"),
        (
            "Jonas keeps a file of customer phrases that work, sorted by situation. I asked if I could borrow it for the onboarding.",
            "Jonas har en fil med formuleringar som fungerar i kundkontakt, sorterade efter situation. Jag frågade om jag fick låna den till introduktionen.",
        ),
    ),
    til(
        "everyday",
        ("Holidays belong in the rota template", "Helgdagar hör hemma i schemamallen"),
        (
            "Public holidays belong in the rota template, not in my head. A bank holiday caught us out again.",
            "Röda dagar hör hemma i schemamallen, inte i mitt huvud. En klämdag överraskade oss igen.",
        ),
    ),
    til(
        "escalation",
        ("Check for second follow-ups first", "Kolla andra påminnelser först"),
        (
            "An escalation almost always starts with a second unanswered follow-up. Checking the queue for those first thing in the morning catches most of them.",
            "En eskalering börjar nästan alltid med en andra obesvarad påminnelse. Om man letar efter sådana i kön först på morgonen fångar man de flesta.",
        ),
    ),
    til(
        "escalation",
        NO_TITLE,
        (
            "“I don’t know yet, I will find out by two o’clock” calms people more than a guess does.",
            "”Jag vet inte än, jag tar reda på det till klockan två” lugnar mer än en gissning gör.",
        ),
    ),
    til(
        "escalation",
        ("Key accounts have a named contact", "Nyckelkunder har en namngiven kontakt"),
        (
            "Every key account has a named contact in Sales, listed in the CRM. Check it before escalating, so they do not hear about it from the customer first.",
            "Varje nyckelkund har en namngiven kontaktperson på sälj i CRM-systemet. Kolla den innan du eskalerar, så att de inte får höra det från kunden först.",
        ),
    ),
    til(
        "feedback",
        ("Ask before giving feedback", "Fråga innan du ger återkoppling"),
        (
            "Asking “can I give you some feedback on that call?” gives the other person a moment to get ready to hear it.",
            "Att fråga ”får jag ge dig lite återkoppling på samtalet?” ger den andra en stund att förbereda sig på att höra det.",
        ),
    ),
    til(
        "feedback",
        NO_TITLE,
        (
            "Praise at stand-up lands better when it names what was done, not who is great.",
            "Beröm på morgonavstämningen går fram bättre när det säger vad som gjordes, inte vem som är duktig.",
        ),
    ),
    til(
        "mentoring",
        ("Listening beats reading", "Att lyssna slår att läsa"),
        (
            "Sara learns faster from listening in on calls than from reading the wiki.",
            "Sara lär sig snabbare av att lyssna på samtal än av att läsa wikin.",
        ),
    ),
    til(
        "mentoring",
        NO_TITLE,
        (
            "New hires don’t ask about things they don’t know exist. Show them the map first.",
            "Nyanställda frågar inte om saker de inte vet finns. Visa kartan först.",
        ),
    ),
    til(
        "mentoring",
        ("A day with Jonas", "En dag med Jonas"),
        (
            "A day paired with Jonas taught Sara more than a week with me. He knows the tricky customers by name.",
            "En dag tillsammans med Jonas lärde Sara mer än en vecka med mig. Han känner de knepiga kunderna vid namn.",
        ),
    ),
    til(
        "shadowing",
        ("Finance closes on the third working day", "Ekonomi stänger på tredje arbetsdagen"),
        (
            "Finance closes the month on the third working day. Credit notes issued on the last day of the month make their close harder.",
            "Ekonomi stänger månaden på tredje arbetsdagen. Kreditnotor som skickas den sista dagen i månaden gör deras bokslut svårare.",
        ),
    ),
    til(
        "shadowing",
        ("IT’s known-issues page", "IT:s sida med kända fel"),
        (
            "The IT service desk keeps a page of known issues. We should link to it from our macros instead of writing our own version.",
            "IT:s servicedesk har en sida med kända fel. Vi borde länka till den från våra makron i stället för att skriva en egen version.",
        ),
    ),
    til(
        "shadowing",
        ("Sales plans on Monday mornings", "Sälj planerar på måndagsmorgnar"),
        (
            "Sales has its pipeline meeting every Monday at nine. That is the place to warn them about delivery problems, not a mail on Friday afternoon.",
            "Sälj har sitt möte om affärsflödet varje måndag klockan nio. Det är där man ska varna för leveransproblem, inte i ett mejl på fredagseftermiddagen.",
        ),
    ),
    til(
        "workshop",
        ("Brown paper makes people stand up", "Omslagspapper får folk att resa sig"),
        (
            "A roll of brown paper on the wall makes people stand up, and people who stand talk more.",
            "En rulle omslagspapper på väggen får folk att resa sig, och folk som står pratar mer.",
        ),
    ),
    til(
        "workshop",
        NO_TITLE,
        (
            "Photograph the wall before anyone takes a sticky note down.",
            "Fotografera väggen innan någon tar ner en enda lapp.",
        ),
    ),
    til(
        "incident",
        ("The fallback queue was switched off", "Reservkön var avstängd"),
        (
            "Our chat tool has a fallback queue that catches every chat the rules cannot place. It had been switched off since the last upgrade.",
            "Vårt chattverktyg har en reservkö som fångar varje chatt som reglerna inte kan placera. Den hade varit avstängd sedan den senaste uppgraderingen.",
        ),
        at=0.438,
    ),
    til(
        "presentation",
        ("The management team reads on the train", "Ledningsgruppen läser på tåget"),
        (
            "Most of the management team read the pre-read on the train in the morning: one page, large font, no attachments.",
            "De flesta i ledningsgruppen läser underlaget på tåget på morgonen: en sida, stor text, inga bilagor.",
        ),
    ),
    til(
        "learning-meeting",
        ("A five-minute warning", "En varning fem minuter innan"),
        (
            "A fifteen-minute meeting needs a warning at ten minutes, or it becomes twenty.",
            "Ett möte på en kvart behöver en påminnelse efter tio minuter, annars blir det tjugo.",
        ),
    ),
)

THEMES: tuple[Theme, ...] = (
    FEEDBACK,
    EVERYDAY,
    ESCALATION,
    SQL,
    COURSE,
    MEETING,
    INCIDENT,
    SHADOWING,
    MENTORING,
    PRESENTATION,
    WORKSHOP,
)
