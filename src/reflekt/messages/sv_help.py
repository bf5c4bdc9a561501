"""The command line's ``--help`` in Swedish, keyed by the English text in cli/.

Each command's and option's help is written in English where the parser is built (cli/);
under ``--lang sv`` (or ``REFLEKT_LANG=sv``) ``cli/parser_sv.SwedishHelp`` looks each one
up here while the help is being shown, and only then: building the parser, as every
command line does, loads none of this. ``tests/unit/test_cli_read_in_swedish.py`` checks
that every help text has its Swedish and that nothing here is left over.
"""

from __future__ import annotations

_REVISION = (
    "only while it is still at revision N (the `revision` of `reflekt show ID --json`); "
    "if it was changed, trashed or removed since, change nothing and exit 5"
)
_REVISION_SV = (
    "bara om den fortfarande har revision N (`revision` i `reflekt show ID --json`); "
    "har den ändrats, lagts i papperskorgen eller tagits bort sedan dess ändras inget "
    "och slutkoden blir 5"
)

HELP: dict[str, str] = {
    # -- reflekt itself and the options every command takes ------------------------------
    "A private journal for reflection and learning at work. With no command, opens the "
    "desktop app.": (
        "En privat dagbok för reflektion och lärande på jobbet. Utan kommando öppnas "
        "skrivbordsappen."
    ),
    "the journal file (default: $REFLEKT_JOURNAL or your data folder)": (
        "dagboksfilen (standard: $REFLEKT_JOURNAL eller din datamapp)"
    ),
    "language for labels, prompts and messages": "språk för etiketter, frågor och meddelanden",
    # argparse's own, which it does not mark for translation (Python 3.11)
    "show program's version number and exit": "visa programmets version och avsluta",
    # -- the commands --------------------------------------------------------------------
    "write a new entry; prints its id": "skriv en ny anteckning; skriver ut dess id",
    "change an entry (only the options given)": "ändra en anteckning (bara de flaggor som ges)",
    "list entries, newest first": "lista anteckningar, nyaste först",
    "full-text search, best matches first": "fritextsökning, bästa träffarna först",
    "show one entry": "visa en anteckning",
    "move an entry to the trash": "flytta en anteckning till papperskorgen",
    "remove an entry in the trash for good": "ta bort en anteckning i papperskorgen för gott",
    "the trash: list it (with no ACTION), or empty it for good": (
        "papperskorgen: lista den (utan ACTION) eller töm den för gott"
    ),
    "tags in use, with counts": "taggar som används, med antal",
    "skills in use, with counts": "färdigheter som används, med antal",
    "people named in entries, with counts": "personer som nämns i anteckningar, med antal",
    "set a person's role and department": "ange en persons roll och avdelning",
    "the reflection templates and their sections": "reflektionsmallarna och deras avsnitt",
    "the kinds of entry": "typerna av anteckningar",
    "today's reflection prompt": "dagens reflektionsfråga",
    "fill an empty journal with a year of sample entries": (
        "fyll en tom dagbok med ett års exempelanteckningar"
    ),
    "development goals": "utvecklingsmål",
    "add, change, show or link a development goal (no ACTION: list them)": (
        "lägg till, ändra, visa eller länka ett utvecklingsmål (utan ACTION: lista dem)"
    ),
    "export entries to share (md, html, pdf, bundle) or back up the whole journal": (
        "exportera anteckningar för att dela (md, html, pdf, bundle) eller säkerhetskopiera "
        "hela dagboken"
    ),
    "import jrnl, Day One, Markdown notes, a backup or a bundle": (
        "importera jrnl, Day One, Markdown-anteckningar, en säkerhetskopia eller ett delningspaket"
    ),
    "the team library: colleagues' shared lessons (no ACTION: list them)": (
        "teambiblioteket: kollegornas delade lärdomar (utan ACTION: lista dem)"
    ),
    "what has left this computer, and when": "vad som har lämnat den här datorn, och när",
    "for one entry: keep a person's name as written, or leave out one more word": (
        "för en anteckning: behåll en persons namn som det är skrivet, eller utelämna "
        "ytterligare ett ord"
    ),
    "create the journal file if it does not exist": "skapa dagboksfilen om den inte finns",
    "bring an entry back from the trash, or restore the journal from a backup file": (
        "ta tillbaka en anteckning från papperskorgen, eller återställ dagboken från en "
        "säkerhetskopia"
    ),
    "back the journal up now": "säkerhetskopiera dagboken nu",
    "list this journal's backups, newest first": (
        "lista den här dagbokens säkerhetskopior, nyaste först"
    ),
    "check the journal for damage (exit 3 when damaged, 4 when it stayed busy in another "
    "program: not damage, try again); changes nothing": (
        "kontrollera om dagboken är skadad (slutkod 3 om den är skadad, 4 om den var upptagen "
        "i ett annat program: ingen skada, försök igen); ändrar ingenting"
    ),
    "replace a damaged journal with its newest good backup (the damaged file is kept)": (
        "ersätt en skadad dagbok med dess senaste hela säkerhetskopia (den skadade filen sparas)"
    ),
    "encrypt the journal with a passphrase": "kryptera dagboken med en lösenfras",
    "remove the journal's encryption": "ta bort dagbokens kryptering",
    "change the journal's passphrase": "byt dagbokens lösenfras",
    "growth statistics for a period (default: since your last development talk, or the "
    "last 12 months)": (
        "statistik över din utveckling för en period (standard: sedan ditt senaste "
        "utvecklingssamtal, eller de senaste 12 månaderna)"
    ),
    "draw one growth chart as PNG or SVG": "rita ett utvecklingsdiagram som PNG eller SVG",
    "write a development-talk report as PDF or HTML": (
        "skriv en rapport inför utvecklingssamtalet som PDF eller HTML"
    ),
    "add reflekt to your Linux applications menu (for you only)": (
        "lägg till reflekt i programmenyn i Linux (bara för dig)"
    ),
    "remove what desktop-install added": "ta bort det som desktop-install lade till",
    # -- add and edit ----------------------------------------------------------------------
    "the text (Markdown); - reads it from standard input": (
        "texten (Markdown); - läser den från standard in"
    ),
    "a template key or name (see `reflekt templates`)": (
        "en malls nyckel eller namn (se `reflekt templates`)"
    ),
    "fill a template section (repeat for several)": (
        "fyll i ett avsnitt i mallen (upprepa för flera)"
    ),
    "a tag (repeat, or a,b,c)": "en tagg (upprepa, eller a,b,c)",
    "a skill (repeat, or a,b,c)": "en färdighet (upprepa, eller a,b,c)",
    "someone involved; RELATION: learned-from, helped or with (default)": (
        "någon som var med; RELATION: learned-from (lärde mig av), helped (hjälpte) eller "
        "with (tillsammans med, standard)"
    ),
    "evidence for a goal": "belägg för ett mål",
    "where the learning came from": "var lärandet kom ifrån",
    "1 (low) to 5 (high)": "1 (lågt) till 5 (högt)",
    "mark as shareable (default: private)": "markera som delbar (standard: privat)",
    "star it": "stjärnmärk den",
    "the day it is about: YYYY-MM-DD, yesterday, '3 days ago'": (
        "dagen den handlar om: ÅÅÅÅ-MM-DD, igår, '3 dagar sedan'"
    ),
    "the entry's id or its first characters": "anteckningens id eller dess första tecken",
    "the text (Markdown); - reads it from standard input; replaces the old text": (
        "texten (Markdown); - läser den från standard in; ersätter den gamla texten"
    ),
    "a tag (repeat, or a,b,c); replaces all the entry's tags, --add-tag keeps them": (
        "en tagg (upprepa, eller a,b,c); ersätter alla anteckningens taggar, --add-tag behåller dem"
    ),
    "a skill (repeat, or a,b,c); replaces all the entry's skills, --add-skill keeps them": (
        "en färdighet (upprepa, eller a,b,c); ersätter alla anteckningens färdigheter, "
        "--add-skill behåller dem"
    ),
    "someone involved; RELATION: learned-from, helped or with (default); replaces all the "
    "entry's people, --add-person keeps them": (
        "någon som var med; RELATION: learned-from, helped eller with (standard); ersätter "
        "alla anteckningens personer, --add-person behåller dem"
    ),
    "add a tag, keeping the entry's other tags (repeat, or a,b,c)": (
        "lägg till en tagg och behåll anteckningens andra taggar (upprepa, eller a,b,c)"
    ),
    "remove a tag, keeping the others (repeat, or a,b,c)": (
        "ta bort en tagg och behåll de andra (upprepa, eller a,b,c)"
    ),
    "add a skill, keeping the entry's other skills (repeat, or a,b,c)": (
        "lägg till en färdighet och behåll anteckningens andra färdigheter (upprepa, eller a,b,c)"
    ),
    "remove a skill, keeping the others (repeat, or a,b,c)": (
        "ta bort en färdighet och behåll de andra (upprepa, eller a,b,c)"
    ),
    "add someone, keeping the entry's other people (repeat)": (
        "lägg till någon och behåll anteckningens andra personer (upprepa)"
    ),
    "remove someone, keeping the others (repeat)": "ta bort någon och behåll de andra (upprepa)",
    "make it private again": "gör den privat igen",
    "remove the star": "ta bort stjärnan",
    "change it " + _REVISION: "ändra den " + _REVISION_SV,
    "move it " + _REVISION: "flytta den " + _REVISION_SV,
    "remove it " + _REVISION: "ta bort den " + _REVISION_SV,
    # -- list and search -------------------------------------------------------------------
    "only this kind": "bara den här typen",
    "only entries with this tag": "bara anteckningar med den här taggen",
    "only entries with this skill": "bara anteckningar med den här färdigheten",
    "only entries naming this person": "bara anteckningar som nämner den här personen",
    "only evidence for this goal (id)": "bara belägg för det här målet (id)",
    "learning source": "lärandekälla",
    "from this day": "från den här dagen",
    "up to this day": "till och med den här dagen",
    "only shareable entries": "bara delbara anteckningar",
    "only private entries": "bara privata anteckningar",
    "only starred entries": "bara stjärnmärkta anteckningar",
    "look in the trash instead": "sök i papperskorgen i stället",
    "print JSON": "skriv ut JSON",
    "how many (0 = all; default 50)": "hur många (0 = alla; standard 50)",
    'words; "a phrase"; prefix*; -word leaves it out': (
        'ord; "en fras"; början*; -ord utelämnar det'
    ),
    "how many (0 = all; default 20)": "hur många (0 = alla; standard 20)",
    # -- trash, prompt, demo, goals --------------------------------------------------------
    "entries in the trash (the default)": "anteckningar i papperskorgen (standard)",
    "remove everything in the trash for good": "ta bort allt i papperskorgen för gott",
    "the prompt for another day": "frågan för en annan dag",
    "language of the sample (default: yours)": "exemplets språk (standard: ditt)",
    "the goals (as `reflekt goals`; the default)": "målen (som `reflekt goals`; standard)",
    "a new goal; prints its id": "ett nytt mål; skriver ut dess id",
    "change a goal": "ändra ett mål",
    "a goal and its evidence": "ett mål och dess belägg",
    "remove a goal (entries stay)": "ta bort ett mål (anteckningarna finns kvar)",
    "link an entry as evidence for a goal": "länka en anteckning som belägg för ett mål",
    "unlink an entry as evidence for a goal": (
        "ta bort länken till en anteckning som belägg för ett mål"
    ),
    "target date": "måldatum",
    "the goal": "målet",
    "the entry": "anteckningen",
    # -- export and import -----------------------------------------------------------------
    "where to write (a folder; - prints)": "var det skrivs (en mapp; - skriver ut)",
    "an entry to export (repeat)": "en anteckning att exportera (upprepa)",
    "entries with this tag": "anteckningar med den här taggen",
    "entries of this kind": "anteckningar av den här typen",
    "only entries marked shareable": "bara anteckningar som är markerade som delbara",
    "I agree that the chosen private entries may leave this computer": (
        "jag går med på att de valda privata anteckningarna lämnar den här datorn"
    ),
    "people: left out (none, default), as role and department (roles), or by name": (
        "personer: utelämnade (none, standard), som roll och avdelning (roles) eller med "
        "namn (names)"
    ),
    "a 15-minute learning share (1-3 lessons)": "en lärandedelning på 15 minuter (1–3 lärdomar)",
    "a title for the page": "en rubrik för sidan",
    "leave the entries' pictures out (they leave with their entries by default)": (
        "lämna anteckningarnas bilder utanför (annars följer de med sina anteckningar)"
    ),
    "write your bundle into the team folder": "skriv ditt delningspaket i teammappen",
    "replace FILE if it exists": "ersätt FILE om den finns",
    "the file, or a folder of Markdown notes": "filen, eller en mapp med Markdown-anteckningar",
    "print the report as JSON": "skriv ut rapporten som JSON",
    "accept a file up to this many megabytes, for this import only (default 50)": (
        "ta emot en fil på upp till så här många megabyte, bara för den här importen (standard 50)"
    ),
    # -- the team library ------------------------------------------------------------------
    "show or set the team folder": "visa eller välj teammappen",
    "the name (and team) colleagues see on your lessons": (
        "namnet (och teamet) som kollegor ser på dina lärdomar"
    ),
    "read the team folder now (exit 6 when a file that is or looks like a bundle could not "
    "be read; the report names each skipped file and why)": (
        "läs teammappen nu (slutkod 6 när en fil som är eller ser ut som ett delningspaket "
        "inte kunde läsas; rapporten nämner varje fil som hoppades över och varför)"
    ),
    "colleagues in the library and their key fingerprints": (
        "kollegor i biblioteket och deras nyckelfingeravtryck"
    ),
    "remove a colleague's lessons and pinned key (e.g. after a new key)": (
        "ta bort en kollegas lärdomar och sparade nyckel (t.ex. efter en ny nyckel)"
    ),
    "lessons in the team library (the default)": "lärdomar i teambiblioteket (standard)",
    "search them": "sök i dem",
    "your team or department": "ditt team eller din avdelning",
    "also write your own bundle there": "skriv också ditt eget delningspaket där",
    "their name as shown, or their id": "namnet som det visas, eller deras id",
    "only this colleague (name)": "bara den här kollegan (namn)",
    # -- privacy ---------------------------------------------------------------------------
    "keep this person's name (repeat)": "behåll den här personens namn (upprepa)",
    "replace a kept name again": "ersätt ett behållet namn igen",
    "also leave out this word (repeat)": "utelämna också det här ordet (upprepa)",
    "stop leaving out WORD": "sluta utelämna WORD",
    # -- keeping the journal safe ----------------------------------------------------------
    "encrypt it with a passphrase (asked for, or $REFLEKT_PASSPHRASE)": (
        "kryptera den med en lösenfras (som efterfrågas, eller $REFLEKT_PASSPHRASE)"
    ),
    "an entry's id; or a backup file (checked first; the current journal is kept)": (
        "en antecknings id; eller en säkerhetskopia (kontrolleras först; den nuvarande "
        "dagboken sparas)"
    ),
    "write it here (default: the backup folder)": "skriv den här (standard: mappen för säkerhetskopior)",
    "then replace the unencrypted backups with one encrypted backup": (
        "ersätt sedan de okrypterade säkerhetskopiorna med en krypterad säkerhetskopia"
    ),
    # -- growth ----------------------------------------------------------------------------
    "first day (YYYY-MM-DD)": "första dagen (ÅÅÅÅ-MM-DD)",
    "last day (default: today)": "sista dagen (standard: idag)",
    "which chart: activity, kinds, sources, skills, flow, mood": (
        "vilket diagram: activity (aktivitet), kinds (typer), sources (källor), skills "
        "(färdigheter), flow (flöde), mood (humör)"
    ),
    "FILE.png or FILE.svg": "FILE.png eller FILE.svg",
    "pixels (default 900)": "bildpunkter (standard 900)",
    "pixels (default 420)": "bildpunkter (standard 420)",
    "me: everything; manager: only shareable entries, no mood, no private sections": (
        "me (jag): allt; manager (chef): bara delbara anteckningar, inget humör, inga privata "
        "avsnitt"
    ),
    "show people's names in a manager's report (default: role and department)": (
        "visa personers namn i en rapport till chefen (standard: roll och avdelning)"
    ),
    "'What I want to talk about' (or @FILE)": "'Det här vill jag prata om' (eller @FILE)",
    "'Support I would like' (or @FILE)": "'Stöd jag skulle vilja ha' (eller @FILE)",
    "remember today as the day of your development talk": (
        "kom ihåg idag som dagen för ditt utvecklingssamtal"
    ),
    "FILE.pdf or FILE.html": "FILE.pdf eller FILE.html",
    "leave the entries' pictures out of the report": (
        "lämna anteckningarnas bilder utanför rapporten"
    ),
    # -- the desktop -----------------------------------------------------------------------
    "the program the menu starts (default: this reflekt)": (
        "programmet som menyn startar (standard: den här reflekt)"
    ),
}
