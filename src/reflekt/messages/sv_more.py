"""Swedish for the errors, notes and command results core/, share/ and the command line
give (the rest of reflekt.messages.sv's catalogue, kept apart so that neither file
carries the whole list). Same rules: keyed by the English template exactly as written
in the source, with the same ``{placeholders}``."""

from __future__ import annotations

MORE: dict[str, str] = {
    # -- entries, goals, templates and ids (core/) -----------------------------------------
    "{text} is not a date reflekt understands. Use YYYY-MM-DD (2026-03-14), 'today', "
    "'yesterday' or '3 days ago'.": (
        "{text} är inget datum som reflekt förstår. Skriv ÅÅÅÅ-MM-DD (2026-03-14), "
        "”idag”, ”igår” eller ”3 dagar sedan”."
    ),
    "Unknown entry field {field}.": "Anteckningar har inget fält {field}.",
    "Revision must be a whole number of at least 1, not {value}.": (
        "Versionen måste vara ett heltal, minst 1, inte {value}."
    ),
    "A goal with id {goal} is already in this journal.": (
        "Ett mål med id {goal} finns redan i den här dagboken."
    ),
    "Goals have no field {field}.": "Mål har inget fält {field}.",
    "More than one goal has an id starting {goal}. Give more of it.": (
        "Fler än ett mål har ett id som börjar med {goal}. Ange mer av det."
    ),
    "There is no goal {goal}. See `reflekt goals` for the goals there are.": (
        "Det finns inget mål {goal}. Se `reflekt goals` för de mål som finns."
    ),
    "Entries have no field {field}. These can change: {fields}.": (
        "Anteckningar har inget fält {field}. Dessa kan ändras: {fields}."
    ),
    "The limit must be at least 1.": "Gränsen måste vara minst 1.",
    "There is no entry {entry}. Give its id (at least the first {count} characters) as "
    "shown by `reflekt list`.": (
        "Det finns ingen anteckning {entry}. Ange dess id (minst de första {count} tecknen) "
        "så som `reflekt list` visar det."
    ),
    "There is no entry with an id starting {entry}. Check `reflekt list`.": (
        "Det finns ingen anteckning med ett id som börjar med {entry}. Titta i `reflekt list`."
    ),
    "More than one entry has an id starting {entry}. Give more of the id.": (
        "Fler än en anteckning har ett id som börjar med {entry}. Ange mer av id:t."
    ),
    "{value} is not a valid entry id (a UUID).": (
        "{value} är inget giltigt id för en anteckning (ett UUID)."
    ),
    "A draft needs an entry's whole id, not {entry}.": (
        "Ett utkast behöver anteckningens hela id, inte {entry}."
    ),
    "The period ends ({end}) before it starts ({start}). Give the earlier date as 'from' "
    "and the later one as 'to'.": (
        "Perioden slutar ({end}) innan den börjar ({start}). Ange det tidigare datumet som "
        "”från” och det senare som ”till”."
    ),
    "{value} is not an audience for the report. Use 'me' (everything, just for you) or "
    "'manager' (only shareable entries, no mood, no private sections).": (
        "{value} är ingen mottagare för rapporten. Välj ”me” (allt, bara för dig) eller "
        "”manager” (bara delbara anteckningar, inget humör, inga privata avsnitt)."
    ),
    "The text for {what} is too long ({count:,} characters; at most {most:,}). Keep the "
    "points for the talk short.": (
        "Texten för {what} är för lång ({count} tecken, högst {most}). Håll punkterna för "
        "samtalet korta."
    ),
    "{cursor} is not a list position reflekt gave out.": (
        "{cursor} är ingen listposition som reflekt har gett ut."
    ),
    "A shared lesson needs an author with an id and a name.": (
        "En delad lärdom behöver en författare med id och namn."
    ),
    "The entry {entry} appears twice in {name}'s bundle.": (
        "Anteckningen {entry} finns två gånger i delningspaketet från {name}."
    ),
    "That team lesson is no longer in the library (its author withdrew it).": (
        "Den lärdomen finns inte längre i teambiblioteket (den som skrev den har dragit "
        "tillbaka den)."
    ),
    "Unknown template {key}. Valid templates are: {choices}.": (
        "Okänd mall {key}. Mallarna som finns är: {choices}."
    ),
    "No template called {name}. Run `reflekt templates` to see them.": (
        "Ingen mall heter {name}. Kör `reflekt templates` för att se dem."
    ),
    "The template {template} has no sections; write the text as the entry's body instead.": (
        "Mallen {template} har inga avsnitt. Skriv texten i anteckningens brödtext i stället."
    ),
    "The template {template} has no section called {name}. Its sections are: {choices}.": (
        "Mallen {template} har inget avsnitt {name}. Dess avsnitt är: {choices}."
    ),
    "The {what} must be text.": "Fältet {what} måste vara text.",
    "{value} is not a valid time ({what}). Use ISO 8601 with a UTC offset, for example "
    "2026-03-14T09:30:00+01:00.": (
        "{value} är ingen giltig tidpunkt ({what}). Använd ISO 8601 med UTC-förskjutning, "
        "till exempel 2026-03-14T09:30:00+01:00."
    ),
    "A name ({what}) must be text.": "Ett namn ({what}) måste vara text.",
    "A colleague in the team library needs a name.": (
        "En kollega i teambiblioteket måste ha ett namn."
    ),
    "A team lesson's author {key} is not in the team library.": (
        "Författaren {key} till en lärdom finns inte i teambiblioteket."
    ),
    "A team lesson's {column} is not a list.": "En lärdoms {column} är ingen lista.",
    "A team lesson's sections and people must be objects.": (
        "En lärdoms avsnitt och personer måste vara objekt."
    ),
    # -- the journal file, backups and checks (core/storage) -------------------------------
    "There is no journal at {path}. Check the path, or run `reflekt init` to create a new "
    "journal there.": (
        "Det finns ingen dagbok i {path}. Kontrollera sökvägen, eller kör `reflekt init` för "
        "att skapa en ny dagbok där."
    ),
    "The copy made for {name} failed its check ({result}). The journal itself may be "
    "damaged: run `reflekt check`.": (
        "Kopian som gjordes för {name} klarade inte kontrollen ({result}). Själva dagboken kan "
        "vara skadad: kör `reflekt check`."
    ),
    "If it is an encrypted journal, this reflekt cannot open it: install the "
    "sqlcipher3-wheels package.": (
        "Om det är en krypterad dagbok kan den här reflekt inte öppna den: installera paketet "
        "sqlcipher3-wheels."
    ),
    "There is no backup at {path}. Check the name (see `reflekt backups`).": (
        "Det finns ingen säkerhetskopia i {path}. Kontrollera namnet (se `reflekt backups`)."
    ),
    "The backup {path} is damaged or not a reflekt journal ({problem}). Choose another "
    "backup (see `reflekt backups`).": (
        "Säkerhetskopian {path} är skadad eller ingen reflekt-dagbok ({problem}). Välj en annan "
        "säkerhetskopia (se `reflekt backups`)."
    ),
    "The journal {path} is not damaged, so there is nothing to recover. To go back to a "
    "backup anyway, use `reflekt restore FILE`.": (
        "Dagboken {path} är inte skadad, så det finns inget att återskapa. Vill du ändå gå "
        "tillbaka till en säkerhetskopia: använd `reflekt restore FIL`."
    ),
    "The journal {path} is damaged: {detail}. reflekt has not changed it. Run `reflekt "
    "check` to see what is wrong, then `reflekt recover` to put the newest good backup in "
    "its place (the damaged file is kept as {name}.damaged).": (
        "Dagboken {path} är skadad: {detail}. reflekt har inte ändrat den. Kör `reflekt check` "
        "för att se vad som är fel, och sedan `reflekt recover` för att sätta den nyaste hela "
        "säkerhetskopian på dess plats (den skadade filen sparas som {name}.damaged)."
    ),
    "Encrypted journals need SQLCipher, which is not installed with this reflekt. Install "
    "it with: pip install 'reflekt[encryption]' (or pip install sqlcipher3-wheels).": (
        "Krypterade dagböcker kräver SQLCipher, som inte är installerat med den här reflekt. "
        "Installera det med: pip install 'reflekt[encryption]' (eller pip install "
        "sqlcipher3-wheels)."
    ),
    "The journal {path} is encrypted. Give its passphrase (reflekt asks for it, or set "
    "REFLEKT_PASSPHRASE).": (
        "Dagboken {path} är krypterad. Ange dess lösenfras (reflekt frågar efter den, eller "
        "sätt REFLEKT_PASSPHRASE)."
    ),
    "The journal {path} is damaged ({problem}); reflekt leaves it as it is. Run `reflekt "
    "check` and `reflekt recover`.": (
        "Dagboken {path} är skadad ({problem}). reflekt lämnar den som den är. Kör `reflekt "
        "check` och `reflekt recover`."
    ),
    "the file header is damaged": "filens huvud är skadat",
    "the file header is damaged or the file was cut short": (
        "filens huvud är skadat, eller filen är avkortad"
    ),
    "the file header is damaged (impossible page size)": (
        "filens huvud är skadat (omöjlig sidstorlek)"
    ),
    "the file was cut short (it ends in the middle of a page)": (
        "filen är avkortad (den slutar mitt i en sida)"
    ),
    "the file was cut short (pages are missing at the end)": (
        "filen är avkortad (sidor saknas i slutet)"
    ),
    "SQLite cannot read the file (it is badly damaged)": (
        "SQLite kan inte läsa filen (den är svårt skadad)"
    ),
    "it is not a reflekt journal": "det är ingen reflekt-dagbok",
    "SQLite could not read it: {problem}": "SQLite kunde inte läsa den: {problem}",
    # -- why the system refused a file (reflekt.messages.os_reason) -------------------------
    "you do not have permission": "du har inte behörighet",
    "it is not there": "den finns inte",
    "it is a folder": "det är en mapp",
    "a part of the path is not a folder": "en del av sökvägen är ingen mapp",
    "the disk is full": "disken är full",
    "the disk is read-only": "disken är skrivskyddad",
    "the disk reported an error": "disken rapporterade ett fel",
    "the name is too long": "namnet är för långt",
    "it links to itself": "den länkar till sig själv",
    "another program is using it": "ett annat program använder den",
    "too many files are open": "för många filer är öppna",
    "it already exists": "den finns redan",
    "the file is too big": "filen är för stor",
    "the system refused it (error {code})": "systemet vägrade (fel {code})",
    # -- exports and imports (share/) -------------------------------------------------------
    "Colleagues see shared lessons with their author's name, and reflekt does not know "
    'yours yet. Set it once with: reflekt team name "Your Name" --team "Your team"': (
        "Kolleger ser delade lärdomar med namnet på den som skrev dem, och reflekt vet inte "
        'ditt namn än. Ange det en gång med: reflekt team name "Ditt Namn" --team "Ditt team"'
    ),
    "Choose the entries either by id (--id) or by filters (--tag, --kind, --from, --to, "
    "--shared), not both.": (
        "Välj anteckningarna antingen med id (--id) eller med filter (--tag, --kind, --from, "
        "--to, --shared), inte båda."
    ),
    "{named} and {count} more": "{named} och {count} till",
    "The chosen entry is private: {named}.": "Den valda anteckningen är privat: {named}.",
    "1 of the {total} chosen entries is private: {named}.": (
        "1 av de {total} valda anteckningarna är privat: {named}."
    ),
    "{count} of the {total} chosen entries are private: {named}.": (
        "{count} av de {total} valda anteckningarna är privata: {named}."
    ),
    "Nothing was exported. Mark them as shareable first (reflekt edit ID --share), leave "
    "them out (--shared), or confirm that they may leave with --include-private.": (
        "Inget exporterades. Markera dem som delbara först (reflekt edit ID --share), lämna "
        "dem utanför (--shared), eller bekräfta att de får lämna datorn med --include-private."
    ),
    "{format} is not an export format. Choose one of: {choices}.": (
        "{format} är inget exportformat. Välj ett av: {choices}."
    ),
    "There is nothing to export: no entries match. Mark entries as shareable (reflekt edit "
    "ID --share) or choose them with --id.": (
        "Det finns inget att exportera: inga anteckningar matchar. Markera anteckningar som "
        "delbara (reflekt edit ID --share) eller välj dem med --id."
    ),
    "The 15-minute learning share takes 1 to 3 lessons; {count} were chosen. Pick the ones "
    "that matter most with --id.": (
        "Kvartens lärdomsdelning tar 1 till 3 lärdomar, men {count} valdes. Välj de viktigaste "
        "med --id."
    ),
    "A backup always holds the whole journal; leave out --id, filters and --brief.": (
        "En säkerhetskopia innehåller alltid hela dagboken. Utelämna --id, filter och --brief."
    ),
    "The PDF has not been rendered yet; this is a bug in reflekt.": (
        "PDF:en har inte ritats än. Det här är ett fel i reflekt."
    ),
    "A PDF cannot go to the terminal. Name a file with -o FILE.pdf.": (
        "En PDF kan inte skrivas till terminalen. Ange en fil med -o FIL.pdf."
    ),
    "reflekt cannot tell what kind of journal export {name} is. Name it with --format "
    "({choices}).": (
        "reflekt kan inte avgöra vilken sorts dagboksexport {name} är. Ange den med --format "
        "({choices})."
    ),
    "{format} is not an import format. Choose one of: {choices}.": (
        "{format} är inget importformat. Välj ett av: {choices}."
    ),
    "The entry of {day} ({entry}) has no text and was left out.": (
        "Anteckningen från {day} ({entry}) har ingen text och lämnades utanför."
    ),
    "{count} photo(s) or other attachment(s) were not imported: a .json export "
    "does not hold their files. Import Day One's .zip export (JSON in Zip) to "
    "bring the photos along.": (
        "{count} foton eller andra bilagor importerades inte: en .json-export innehåller "
        "inte deras filer. Importera Day Ones .zip-export (JSON in Zip) för att få med "
        "fotona."
    ),
    "{count} video(s), audio recording(s) or other attachment(s) were not "
    "imported: reflekt keeps text and photos.": (
        "{count} filmer, ljudinspelningar eller andra bilagor importerades inte: reflekt "
        "sparar text och foton."
    ),
    "Unknown time zone(s) {zones}: those days were taken in UTC.": (
        "Okända tidszoner {zones}: de dagarna räknades i UTC."
    ),
    "has a date or time reflekt cannot read ({date} {time})": (
        "har ett datum eller en tid som reflekt inte kan läsa ({date} {time})"
    ),
    "Entry {number} ({day}) has no text and was left out.": (
        "Anteckning {number} ({day}) har ingen text och lämnades utanför."
    ),
    "{name} has no date (in its name or a 'date:' line) and was left out.": (
        "{name} har inget datum (i namnet eller på en rad ”date:”) och lämnades utanför."
    ),
    "{name} is empty and was left out.": "{name} är tom och lämnades utanför.",
    "{name} is not a complete reflekt backup (the field {field} is missing). Nothing was "
    "imported.": (
        "{name} är ingen fullständig säkerhetskopia från reflekt (fältet {field} saknas). "
        "Inget importerades."
    ),
    "{name} is not a complete reflekt backup (a field holds the wrong kind of value). "
    "Nothing was imported.": (
        "{name} är ingen fullständig säkerhetskopia från reflekt (ett fält har fel sorts "
        "värde). Inget importerades."
    ),
    "No team folder is set yet. Choose it once with: reflekt team folder PATH": (
        "Ingen teammapp är vald än. Välj den en gång med: reflekt team folder SÖKVÄG"
    ),
    "The team folder {path} is not there. Is the drive connected and the sync tool "
    "running? Or choose another with: reflekt team folder PATH": (
        "Teammappen {path} finns inte. Är enheten ansluten och synkprogrammet igång? Eller "
        "välj en annan med: reflekt team folder SÖKVÄG"
    ),
    "cannot be read (its content is not what reflekt expects)": (
        "kan inte läsas (innehållet är inte vad reflekt väntar sig)"
    ),
    # -- JSON that breaks the rules (share/safety.py), said in place of Python's words ------
    "{value} is not a number JSON allows": "{value} är inget tal som JSON tillåter",
    "the key {key} appears twice in one object": "nyckeln {key} finns två gånger i ett objekt",
    "a value is missing": "ett värde saknas",
    "a comma is missing": "ett kommatecken saknas",
    "a colon is missing": "ett kolon saknas",
    "a name in double quotes is missing (perhaps a comma too many)": (
        "ett namn inom dubbla citattecken saknas (kanske ett kommatecken för mycket)"
    ),
    "there is more after the end of the data": "det finns mer efter slutet på datan",
    "a control character stands inside a text": "ett styrtecken står inuti en text",
    "a backslash starts an escape JSON does not know": (
        "ett bakstreck inleder en kod som JSON inte känner till"
    ),
    "a comma stands before a closing bracket": "ett kommatecken står före en slutparentes",
    "the text breaks the rules of JSON here": "texten bryter mot JSON:s regler här",
    "reflekt cannot read the archive {name}: it is encrypted or packed in a way reflekt "
    "does not know. Export it again without a password.": (
        "reflekt kan inte läsa arkivet {name}: det är krypterat eller packat på ett sätt som "
        "reflekt inte känner till. Exportera det igen utan lösenord."
    ),
    # -- the command line (cli/) ------------------------------------------------------------
    "There is no desktop here to open reflekt's window on. The command line works "
    "everywhere: see `reflekt --help`.": (
        "Det finns inget skrivbord här att öppna reflekts fönster på. Kommandoraden fungerar "
        "överallt: se `reflekt --help`."
    ),
    "something went wrong inside reflekt (this is a bug, not your doing).": (
        "något gick fel inne i reflekt (det är ett fel i programmet, inte något du gjorde)."
    ),
    "The details are in {where}.": "Detaljerna finns i {where}.",
    "The journal {path} already has {count} entries, and demo entries would mix with them. "
    "Fill a new journal instead: reflekt --journal demo.reflekt demo": (
        "Dagboken {path} har redan {count} anteckningar, och exempelanteckningar skulle "
        "blandas med dem. Fyll en ny dagbok i stället: reflekt --journal demo.reflekt demo"
    ),
    "Nothing to change: give --title, --description, --target or --status.": (
        "Inget att ändra: ange --title, --description, --target eller --status."
    ),
    "--from {start} is after --to {end}. Swap them to get the days between.": (
        "--from {start} ligger efter --to {end}. Byt plats på dem för att få dagarna emellan."
    ),
    "The text on standard input is not UTF-8. Save it as UTF-8 and try again.": (
        "Texten på standard in är inte UTF-8. Spara den som UTF-8 och försök igen."
    ),
    "This copy of reflekt has no desktop files to install. Use the packaged build or a "
    "source checkout, where they are included.": (
        "Den här kopian av reflekt har inga skrivbordsfiler att installera. Använd det "
        "paketerade programmet eller en utcheckning av källkoden, där de finns med."
    ),
    "Cannot find the `reflekt` program to put in the menu entry. Install reflekt (pip "
    "install .) or name it with --exec PATH.": (
        "Hittar inte programmet `reflekt` att lägga i menyn. Installera reflekt (pip install .) "
        "eller ange det med --exec SÖKVÄG."
    ),
    "desktop-install is for Linux. On Windows and macOS, the installer or the app bundle "
    "puts reflekt in the menu.": (
        "desktop-install är för Linux. På Windows och macOS lägger installationsprogrammet "
        "eller app-paketet reflekt i menyn."
    ),
    '{relation} is not a way to know someone here. Write --person "Name=RELATION" with '
    "RELATION one of: {choices}.": (
        '{relation} är inget sätt att känna någon här. Skriv --person "Namn=RELATION" med '
        "RELATION som en av: {choices}."
    ),
    "--section needs a template: add --template NAME (see `reflekt templates`).": (
        "--section behöver en mall: lägg till --template NAMN (se `reflekt templates`)."
    ),
    "Write --section as NAME=TEXT, not {item}.": "Skriv --section som NAMN=TEXT, inte {item}.",
    "Nothing to change: give new text or an option such as --title or --tag (see `reflekt "
    "edit --help`).": (
        "Inget att ändra: ange ny text eller ett val som --title eller --tag (se `reflekt "
        "edit --help`)."
    ),
    "Choose --shared or --private, not both.": "Välj --shared eller --private, inte båda.",
    "--limit must be 0 (everything) or more.": "--limit måste vara 0 (allt) eller mer.",
    "a size in pixels is a whole number, not {value}": (
        "en storlek i bildpunkter är ett heltal, inte {value}"
    ),
    "choose a size between 50 and 8000 pixels, not {number}": (
        "välj en storlek mellan 50 och 8000 bildpunkter, inte {number}"
    ),
    " or ": " eller ",
    "{name} does not end in {suffixes}. Name the output file like {example}.": (
        "{name} slutar inte på {suffixes}. Döp filen som till exempel {example}."
    ),
    "The folder {folder} does not exist. Create it or choose another.": (
        "Mappen {folder} finns inte. Skapa den eller välj en annan."
    ),
    "reflekt could not read {path} ({reason}). Check the file name.": (
        "reflekt kunde inte läsa {path} ({reason}). Kontrollera filnamnet."
    ),
    "{path} is not UTF-8 text. Save it as UTF-8 and try again.": (
        "{path} är inte UTF-8-text. Spara den som UTF-8 och försök igen."
    ),
    "That passphrase does not open it. Try again.": (
        "Den lösenfrasen öppnar den inte. Försök igen."
    ),
    "Passphrase for {name}: ": "Lösenfras för {name}: ",
    "reflekt needs a new passphrase: run this in a terminal to type it, or set {variable}.": (
        "reflekt behöver en ny lösenfras: kör det här i en terminal för att skriva den, eller "
        "sätt {variable}."
    ),
    "New passphrase: ": "Ny lösenfras: ",
    "Type it again: ": "Skriv den igen: ",
    "The two passphrases differ. Nothing was changed; try again.": (
        "De två lösenfraserna skiljer sig åt. Inget ändrades. Försök igen."
    ),
    "The passphrase is too short: use at least {count} characters (a few words you can "
    "remember work well).": (
        "Lösenfrasen är för kort: använd minst {count} tecken (några ord du kan komma ihåg "
        "fungerar bra)."
    ),
    "--team writes your bundle into the team folder: use it with --format bundle and without -o.": (
        "--team skriver ditt delningspaket i teammappen: använd det med --format bundle och "
        "utan -o."
    ),
    "Say where to write the export: -o FILE (or -o - to print it).": (
        "Säg var exporten ska skrivas: -o FIL (eller -o - för att skriva ut den)."
    ),
    "--max-size is in megabytes and must be at least 1.": (
        "--max-size anges i megabyte och måste vara minst 1."
    ),
    "To import bigger files: reflekt import FILE --max-size MB": (
        "För att importera större filer: reflekt import FIL --max-size MB"
    ),
    # -- keeping the journal safe (cli/trust.py) ---------------------------------------------
    "1 entry": "1 anteckning",
    "{count} entries": "{count} anteckningar",
    "There is no journal at {path}. Check the path (or --journal), or create one with "
    "`reflekt init`.": (
        "Det finns ingen dagbok i {path}. Kontrollera sökvägen (eller --journal), eller skapa "
        "en med `reflekt init`."
    ),
    "{path} already exists. To encrypt it, run `reflekt encrypt`; to start a new encrypted "
    "journal, name a new file with --journal.": (
        "{path} finns redan. Kör `reflekt encrypt` för att kryptera den. För att börja en ny "
        "krypterad dagbok, ange en ny fil med --journal."
    ),
    "The encrypted journal is ready at {path}. Keep the passphrase safe: without it the "
    "journal cannot be opened, by you or by anyone.": (
        "Den krypterade dagboken är klar i {path}. Förvara lösenfrasen säkert: utan den kan "
        "dagboken inte öppnas, varken av dig eller av någon annan."
    ),
    "Restored {path} from {backup} ({count}).": "Återställde {path} från {backup} ({count}).",
    "There is no backup file at {path}. Check the name.": (
        "Det finns ingen säkerhetskopia i {path}. Kontrollera namnet."
    ),
    "Backed up to {path} (encrypted, like the journal).": (
        "Säkerhetskopierade till {path} (krypterad, precis som dagboken)."
    ),
    "Backed up to {path}.": "Säkerhetskopierade till {path}.",
    "There are no backups of {path} yet. Make one with: reflekt backup": (
        "Det finns inga säkerhetskopior av {path} än. Gör en med: reflekt backup"
    ),
    "encrypted": "krypterad",
    "The encrypted journal {path} is sound: {count}; its structure and its search index "
    "passed every check.": (
        "Den krypterade dagboken {path} är hel: {count}. Dess struktur och sökindex klarade "
        "alla kontroller."
    ),
    "The journal {path} is sound: {count}; its structure and its search index passed "
    "every check.": (
        "Dagboken {path} är hel: {count}. Dess struktur och sökindex klarade alla kontroller."
    ),
    "The journal {path} is damaged. reflekt found:": "Dagboken {path} är skadad. reflekt hittade:",
    "reflekt has not changed it. To put the newest good backup in its place (keeping the "
    "damaged file as {name}.damaged), run: reflekt recover": (
        "reflekt har inte ändrat den. För att sätta den nyaste hela säkerhetskopian på dess "
        "plats (och spara den skadade filen som {name}.damaged), kör: reflekt recover"
    ),
    "reflekt has not changed it, and there is no backup of it. Keep the file and ask for "
    "help before trying anything else.": (
        "reflekt har inte ändrat den, och det finns ingen säkerhetskopia av den. Behåll filen "
        "och be om hjälp innan du försöker något annat."
    ),
    "Recovered {path} from the backup {backup}. The damaged journal is kept at {kept}.": (
        "Återskapade {path} från säkerhetskopian {backup}. Den skadade dagboken finns kvar i "
        "{kept}."
    ),
    "{path} is already encrypted. To change its passphrase, run `reflekt passphrase`.": (
        "{path} är redan krypterad. Kör `reflekt passphrase` för att byta lösenfras."
    ),
    "The journal {path} is encrypted. Keep the passphrase safe: without it the journal "
    "cannot be opened, by you or by anyone.": (
        "Dagboken {path} är krypterad. Förvara lösenfrasen säkert: utan den kan dagboken inte "
        "öppnas, varken av dig eller av någon annan."
    ),
    "Removed {count} unencrypted backups; a new encrypted one is at {path}.": (
        "Tog bort {count} okrypterade säkerhetskopior. En ny krypterad finns i {path}."
    ),
    "Note: {count} older backups in {folder} are NOT encrypted and anyone who can read "
    "them can read your entries. Delete them once you have made an encrypted backup with "
    "`reflekt backup`.": (
        "Obs! {count} äldre säkerhetskopior i {folder} är INTE krypterade, och den som kan "
        "läsa dem kan läsa dina anteckningar. Ta bort dem när du har gjort en krypterad "
        "säkerhetskopia med `reflekt backup`."
    ),
    "The journal {path} is no longer encrypted: anyone who can read the file can read it. "
    "Backups made while it was encrypted stay encrypted with the old passphrase.": (
        "Dagboken {path} är inte längre krypterad: den som kan läsa filen kan läsa den. "
        "Säkerhetskopior som gjordes medan den var krypterad förblir krypterade med den "
        "gamla lösenfrasen."
    ),
    "Changed the passphrase of {path}. Backups made before keep the old passphrase.": (
        "Bytte lösenfras för {path}. Säkerhetskopior som gjorts tidigare behåller den gamla."
    ),
    "{path} is not encrypted. Encrypt it with `reflekt encrypt`.": (
        "{path} är inte krypterad. Kryptera den med `reflekt encrypt`."
    ),
    "{path} is not encrypted; there is nothing to remove.": (
        "{path} är inte krypterad. Det finns ingen kryptering att ta bort."
    ),
    # -- a colleague's bundle or a backup that does not follow the format (share/bundle.py) --
    "the top level": "översta nivån",
    "{where} is longer than {most:,} characters": "{where} är längre än {most} tecken",
    "{where} is empty": "{where} är tom",
    "{where} has more than {most:,} items": "{where} har fler än {most} delar",
    "{where} has too few items": "{where} har för få delar",
    "{where} should be {kind}": "{where} borde vara {kind}",
    "{where} is not one of the allowed values": "{where} är inget av de tillåtna värdena",
    "{where} should be {value}": "{where} borde vara {value}",
    "{where} is not in the expected form": "{where} har inte den väntade formen",
    "{where} is below {value}": "{where} är under {value}",
    "{where} is above {value}": "{where} är över {value}",
    "{where}: the field {field} is missing": "{where}: fältet {field} saknas",
    "{where}: the field {field} does not belong there": "{where}: fältet {field} hör inte hemma där",
    "{where} does not follow the format": "{where} följer inte formatet",
    "some text": "en text",
    "a whole number": "ett heltal",
    "a number": "ett tal",
    "a list": "en lista",
    "an object": "ett objekt",
    "true or false": "sant eller falskt",
    "empty": "tomt",
    "the search index is damaged ({problem}); `reflekt recover` or a rebuild fixes it": (
        "sökindexet är skadat ({problem}). `reflekt recover` eller en ombyggnad lagar det"
    ),
    # -- charts and the report as files (gui/charts/exporting.py, gui/report_pdf.py) -------
    "A chart of {width} x {height} pixels is not possible. Choose a width and height "
    "between 50 and 8000.": (
        "Ett diagram på {width} x {height} bildpunkter går inte. Välj en bredd och höjd "
        "mellan 50 och 8000."
    ),
    "reflekt could not draw the chart as SVG. This is a bug in reflekt.": (
        "reflekt kunde inte rita diagrammet som SVG. Det här är ett fel i reflekt."
    ),
    "reflekt could not make the PDF. This is a bug in reflekt.": (
        "reflekt kunde inte göra PDF:en. Det här är ett fel i reflekt."
    ),
    "a file without one": "en fil utan filändelse",
    "reflekt can write the report as .pdf or .html, not {suffix}. Name the output file "
    "like talk.pdf or talk.html.": (
        "reflekt kan skriva rapporten som .pdf eller .html, inte {suffix}. Döp filen till "
        "exempelvis samtal.pdf eller samtal.html."
    ),
    "There is no chart called {name}. Choose one of: {choices}.": (
        "Det finns inget diagram som heter {name}. Välj ett av: {choices}."
    ),
    "reflekt can write charts as .png or .svg, not {suffix}. Name the output file like "
    "chart.png or chart.svg.": (
        "reflekt kan skriva diagram som .png eller .svg, inte {suffix}. Döp filen till "
        "exempelvis diagram.png eller diagram.svg."
    ),
    # -- what the command line reports when it is done (cli/) -------------------------------
    "Added {count} demo entries to {path}.": "Lade till {count} exempelanteckningar i {path}.",
    "Exported the whole journal to {path}.": "Exporterade hela dagboken till {path}.",
    "Moved {entry} to the trash. Bring it back with: reflekt restore {entry}": (
        "Flyttade {entry} till papperskorgen. Hämta tillbaka den med: reflekt restore {entry}"
    ),
    "No entries match.": "Inga anteckningar matchar.",
    'No entries yet. Write the first one: reflekt add "What I learned today"': (
        'Inga anteckningar än. Skriv den första: reflekt add "Det här lärde jag mig idag"'
    ),
    'No goals yet. Set one with: reflekt goal add "Get better at giving feedback"': (
        'Inga mål än. Sätt ett med: reflekt goal add "Bli bättre på att ge återkoppling"'
    ),
    'No people yet. Name someone with --person "Name".': (
        'Inga personer än. Nämn någon med --person "Namn".'
    ),
    "No skills yet. Add some with --skill.": "Inga färdigheter än. Lägg till några med --skill.",
    "No tags yet. Add some with --tag.": "Inga taggar än. Lägg till några med --tag.",
    "No team folder is set. Set one: reflekt team folder PATH": (
        "Ingen teammapp är vald. Välj en: reflekt team folder SÖKVÄG"
    ),
    "Nothing found for {query}.": "Inget hittades för {query}.",
    "Nothing has been shared from this journal yet.": (
        "Inget har delats från den här dagboken än."
    ),
    "Nothing in the team library for {query}.": "Inget i teambiblioteket för {query}.",
    "Remove it again with: reflekt desktop-uninstall": (
        "Ta bort den igen med: reflekt desktop-uninstall"
    ),
    "Removed 1 entry from the trash for good.": (
        "Raderade 1 anteckning ur papperskorgen för gott."
    ),
    "Removed {count} entries from the trash for good.": (
        "Raderade {count} anteckningar ur papperskorgen för gott."
    ),
    "Removed reflekt from your applications menu ({count} files).": (
        "Tog bort reflekt från programmenyn ({count} filer)."
    ),
    "Removed the goal {goal}; its entries are kept.": (
        "Tog bort målet {goal}. Dess anteckningar finns kvar."
    ),
    "Removed {entry} for good.": "Raderade {entry} för gott.",
    "Team folder: {folder}. Read it with: reflekt team sync": (
        "Teammapp: {folder}. Läs den med: reflekt team sync"
    ),
    "The journal is ready at {path}.": "Dagboken är klar i {path}.",
    "The trash is empty.": "Papperskorgen är tom.",
    "Wrote the development-talk report (for yourself) to {path}.": (
        "Skrev rapporten inför utvecklingssamtalet (för dig själv) till {path}."
    ),
    "Wrote the development-talk report (to show your manager) to {path}.": (
        "Skrev rapporten inför utvecklingssamtalet (att visa din chef) till {path}."
    ),
    "Wrote the {name} chart to {path}.": "Skrev diagrammet {name} till {path}.",
    "Wrote your shared lessons to {path}.": "Skrev dina delade lärdomar till {path}.",
    "none": "inga",
    "reflekt is in your applications menu now ({entry}, {count} icons).": (
        "reflekt finns nu i programmenyn ({entry}, {count} ikoner)."
    ),
    "reflekt was not in your applications menu; nothing to remove.": (
        "reflekt fanns inte i programmenyn. Inget att ta bort."
    ),
    "the database reports it is malformed": "databasen rapporterar att den är trasig",
    "{entry}  names kept as written: {kept}; words left out: {left_out}": (
        "{entry}  namn som behålls som de skrevs: {kept}. Ord som utelämnas: {left_out}"
    ),
    # -- the formats an import report names (share/importers/base.py) ----------------------
    "reflekt backup": "säkerhetskopia från reflekt",
    "Markdown notes": "Markdown-anteckningar",
    "reflekt share bundle": "delningspaket från reflekt",
    # -- reflekt stats (cli/growth.py) --------------------------------------------------------
    "{start} – {end} ({days} days)": "{start} – {end} ({days} dagar)",
    "Entries:": "Anteckningar:",
    "{count}  ({change} compared with {start} – {end})": (
        "{count}  ({change} jämfört med {start} – {end})"
    ),
    "Weeks in a row:": "Veckor i rad:",
    "{now} now, {longest} at most (weeks with at least {least} {unit})": (
        "{now} nu, som mest {longest} (veckor med minst {least} {unit})"
    ),
    "entry": "anteckning",
    "entries": "anteckningar",
    "Lessons from mistakes:": "Lärdomar av misstag:",
    "Knowledge shared:": "Kunskap som delats:",
    "Learned from others:": "Lärt av andra:",
    "Team lessons used:": "Teamlärdomar som använts:",
    "By kind:": "Per typ:",
    "Where the learning came from (70-20-10 for reference):": (
        "Var lärandet kom ifrån (70-20-10 som referens):"
    ),
    "(reference {reference} %)": "(referens {reference} %)",
    "Skills:": "Färdigheter:",
    "Learned from:": "Lärt av:",
    "Goals:": "Mål:",
    "{title}  ({status}; {count} {unit} as evidence)": (
        "{title}  ({status}; {count} {unit} som belägg)"
    ),
    # -- reflekt show (cli/entries.py) --------------------------------------------------------
    "in trash since {deleted}": "i papperskorgen sedan {deleted}",
    "(untitled)": "(utan rubrik)",
    "{name}.png or {name}.svg": "{name}.png eller {name}.svg",
    "talk.pdf or talk.html": "samtal.pdf eller samtal.html",
    "the bundle being written": "delningspaketet som skrivs",
    "a number in it is far too long": "ett tal i den är alldeles för långt",
    "unreadable fields": "fält som inte går att läsa",
    "an unknown author": "en okänd författare",
    # -- reflekt show: each field's name and value (cli/entries.py) ----------------------------
    "day:": "datum:",
    "kind:": "typ:",
    "template:": "mall:",
    "visibility:": "synlighet:",
    "source:": "lärandekälla:",
    "mood:": "humör:",
    "tags:": "taggar:",
    "skills:": "färdigheter:",
    "people:": "personer:",
    "goals:": "mål:",
    "created:": "skapad:",
    "updated: {updated}": "ändrad: {updated}",
    "shareable": "delbar",
    "private": "privat",
    "  ★ starred": "  ★ stjärnmärkt",
    "Restored {entry}: {title}": "Återställde {entry}: {title}",
    # -- export, shares and goals as the command line lists them (cli/) ------------------------
    "Exported 1 entry to {path}.": "Exporterade 1 anteckning till {path}.",
    "Exported {count} entries to {path}.": "Exporterade {count} anteckningar till {path}.",
    ", people: {people}": ", personer: {people}",
    "  by {date}": "  senast {date}",
    "target: {date}": "måldatum: {date}",
    "1 linked entry:": "1 länkad anteckning:",
    "{count} linked entries:": "{count} länkade anteckningar:",
    "{named} already exists, and --force replaces only the file named ({path}). To replace "
    "it, name it: -o {named} --force": (
        "{named} finns redan, och --force ersätter bara filen som angavs ({path}). Ange den "
        "för att ersätta den: -o {named} --force"
    ),
    "The preview was stopped.": "Förhandsvisningen avbröts.",
    "The preview took too long to make. Choose fewer entries and try again.": (
        "Förhandsvisningen tog för lång tid att göra. Välj färre anteckningar och försök igen."
    ),
    # -- pictures on the command line (cli/pictures.py) and Day One's photos ---------------
    "a picture's number is a whole number from 1 (see `reflekt images ID`), not {value}": (
        "en bilds nummer är ett heltal från 1 (se `reflekt images ID`), inte {value}"
    ),
    "--caption {caption} has no picture before it: write {option} FILE first, then "
    "--caption TEXT. Nothing was saved.": (
        "--caption {caption} har ingen bild före sig: skriv {option} FILE först och sedan "
        "--caption TEXT. Inget sparades."
    ),
    "The picture {name} has two captions; give one --caption after each {option} FILE. "
    "Nothing was saved.": (
        "Bilden {name} har två bildtexter; ge en --caption efter varje {option} FILE. "
        "Inget sparades."
    ),
    "The entry has no pictures, so there is no picture {n} to remove. Nothing was changed.": (
        "Anteckningen har inga bilder, så det finns ingen bild {n} att ta bort. Inget ändrades."
    ),
    "The entry has 1 picture, so there is no picture {n}. Nothing was changed.": (
        "Anteckningen har 1 bild, så det finns ingen bild {n}. Inget ändrades."
    ),
    "The entry has {count} pictures, so there is no picture {n} (see `reflekt images "
    "ID`). Nothing was changed.": (
        "Anteckningen har {count} bilder, så det finns ingen bild {n} (se `reflekt images "
        "ID`). Inget ändrades."
    ),
    "[1 picture]": "[1 bild]",
    "[{count} pictures]": "[{count} bilder]",
    "pictures:": "bilder:",
    "(see: reflekt images {entry})": "(se: reflekt images {entry})",
    "The entry {entry} has no pictures.": "Anteckningen {entry} har inga bilder.",
    "The entry {entry} has no pictures; nothing was written.": (
        "Anteckningen {entry} har inga bilder; inget skrevs."
    ),
    "{path} is a file, not a folder. Name a folder for the pictures.": (
        "{path} är en fil, inte en mapp. Ange en mapp för bilderna."
    ),
    "reflekt could not make the folder {folder}: {reason}.": (
        "reflekt kunde inte skapa mappen {folder}: {reason}."
    ),
    "The photo {photo} of the entry of {day} was not imported: {problem}": (
        "Fotot {photo} i anteckningen från {day} importerades inte: {problem}"
    ),
    "The photo {photo} of the entry of {day} is not in the archive, so it was not "
    "imported; the entry is kept.": (
        "Fotot {photo} i anteckningen från {day} finns inte i arkivet och importerades "
        "inte; anteckningen finns kvar."
    ),
    "{count} more photos were not imported (missing or refused).": (
        "{count} foton till importerades inte (saknades eller avvisades)."
    ),
    "it is {size} MB, and reflekt keeps pictures of up to {limit} MB.": (
        "den är {size} MB, och reflekt sparar bilder på högst {limit} MB."
    ),
    "missing: this journal holds no picture {sha}": (
        "saknas: den här dagboken har ingen bild {sha}"
    ),
}
