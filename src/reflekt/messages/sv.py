"""Swedish for the messages core/ and share/ give (see reflekt.messages).

Keyed by the English template exactly as written in the source; each Swedish template
has the same ``{placeholders}``. A message missing here is shown in English.
"""

from __future__ import annotations

SV: dict[str, str] = {
    # -- the editor and the journal's checks (core/journal.py) --------------------------
    "The {what} is too long ({count:,} characters; the most is {most:,}). "
    "Split it into several entries.": (
        "För lång text ({what}): {count} tecken, men högst {most} får plats. "
        "Dela upp den på flera anteckningar."
    ),
    "Mood must be a whole number from 1 to 5, not {value}.": (
        "Humöret måste vara ett heltal från 1 till 5, inte {value}."
    ),
    "The {what} {name}… is too long (at most {most} characters).": (
        "Namnet {name}… ({what}) är för långt. Det får vara högst {most} tecken."
    ),
    "The {what} {name} contains control characters. Remove them.": (
        "Namnet {name} ({what}) innehåller styrtecken. Ta bort dem."
    ),
    "Removed control characters (invisible, but they act on a terminal) from the titles "
    "of imported entries: {count}. The entries' text is kept as it was.": (
        "Tog bort styrtecken (osynliga, men de påverkar en terminal) ur rubrikerna på "
        "importerade anteckningar: {count}. Anteckningarnas text är kvar som den var."
    ),
    "The {what} {title} contains a control character ({char}), which cannot be seen but "
    "acts on a terminal. Remove it and save again.": (
        "Fältet {what} ({title}) innehåller ett styrtecken ({char}) som inte syns men "
        "påverkar en terminal. Ta bort det och spara igen."
    ),
    "There is no template called {key}. Choose one of: {choices}.": (
        "Det finns ingen mall som heter {key}. Välj en av: {choices}."
    ),
    "The template {template} has no section {section}. Its sections are: {sections}.": (
        "Mallen {template} har inget avsnitt {section}. Dess avsnitt är: {sections}."
    ),
    "{value} is not a valid {what}. Choose one of: {choices}.": (
        "{value} går inte att använda som {what}. Välj en av: {choices}."
    ),
    "The {what} contains characters that are not valid text (broken Unicode). "
    "Copy it from its source again or retype the damaged part.": (
        "Texten ({what}) innehåller tecken som inte är giltig text (trasig Unicode). "
        "Kopiera den från källan igen, eller skriv om den skadade delen."
    ),
    "{value} is not a valid {what}. Write it as YYYY-MM-DD, for example 2026-03-14.": (
        "{value} går inte att läsa som {what}. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-14."
    ),
    "The template {template} has no sections; write in the body text instead of {section}.": (
        "Mallen {template} har inga avsnitt. Skriv i brödtexten i stället för i {section}."
    ),
    "Type a word to search for.": "Skriv ett ord att söka efter.",
    "No one called {name} is named in this journal.": (
        "Ingen som heter {name} nämns i den här dagboken."
    ),
    "A person needs a name.": "En person måste ha ett namn.",
    "A goal needs a title, for example 'Get better at giving feedback'.": (
        "Ett mål måste ha en rubrik, till exempel ”Bli bättre på att ge återkoppling”."
    ),
    "The entry {entry} is in the trash. Restore it before editing it.": (
        "Anteckningen {entry} ligger i papperskorgen. Återställ den innan du ändrar den."
    ),
    "The entry {entry} is not in the trash. Delete it first; "
    "only entries in the trash can be removed for good.": (
        "Anteckningen {entry} ligger inte i papperskorgen. Ta bort den först. "
        "Bara anteckningar i papperskorgen kan raderas för gott."
    ),
    "A goal needs a title.": "Ett mål måste ha en rubrik.",
    "An entry with id {entry} is already in this journal.": (
        "En anteckning med id {entry} finns redan i den här dagboken."
    ),
    "Entry {number}: {problem}": "Anteckning {number}: {problem}",
    # -- opening and saving the journal (core/storage) -----------------------------------
    "reflekt cannot use {path}: {problem}.": "reflekt kan inte använda {path}: {problem}.",
    "The disk that holds {path} is full, so nothing was saved. Free some space and try again.": (
        "Disken där {path} ligger är full, så inget sparades. Frigör lite utrymme och försök igen."
    ),
    "reflekt may not write to {path} (permission denied or a read-only disk). "
    "Check the permissions, or choose another place.": (
        "reflekt får inte skriva till {path} (behörighet saknas eller disken är skrivskyddad). "
        "Kontrollera behörigheterna eller välj en annan plats."
    ),
    "{path} is a folder, not a journal file. Name a file instead.": (
        "{path} är en mapp, inte en dagboksfil. Ange en fil i stället."
    ),
    "{path} is not a reflekt journal (or it is damaged). Check that you chose the right file.": (
        "{path} är ingen reflekt-dagbok (eller så är den skadad). "
        "Kontrollera att du valde rätt fil."
    ),
    "The disk that holds {path} is full (or the journal reached its size limit), "
    "so the last change was not saved; everything saved before it is safe. "
    "Free some space and try again.": (
        "Disken där {path} ligger är full (eller så har dagboken nått sin största storlek), "
        "så den senaste ändringen sparades inte. Allt som sparades före den finns kvar. "
        "Frigör lite utrymme och försök igen."
    ),
    "The journal {path} is busy in another program. Close the other program and try again.": (
        "Dagboken {path} används av ett annat program. Stäng det programmet och försök igen."
    ),
    "The journal {path} cannot be written (it or its folder is read-only). "
    "Check the permissions, or choose another journal. Nothing was changed.": (
        "Det går inte att skriva till dagboken {path} (den eller dess mapp är skrivskyddad). "
        "Kontrollera behörigheterna eller välj en annan dagbok. Inget ändrades."
    ),
    "reflekt cannot open {path}. Check that the folder exists and that you may write to it.": (
        "reflekt kan inte öppna {path}. Kontrollera att mappen finns och att du får skriva i den."
    ),
    "The disk reported an error while reading or writing {path}. The last change "
    "may not be saved. Check the disk (or the network drive) and try again.": (
        "Disken rapporterade ett fel när {path} lästes eller skrevs. Den senaste ändringen "
        "kanske inte sparades. Kontrollera disken (eller nätverksenheten) och försök igen."
    ),
    "The journal {path} was written by a newer version of reflekt "
    "(it has schema step {step}). Update reflekt to open it; "
    "this version leaves the file untouched.": (
        "Dagboken {path} skrevs av en nyare version av reflekt (den har schemasteget {step}). "
        "Uppdatera reflekt för att öppna den. Den här versionen lämnar filen orörd."
    ),
    "{path} is an SQLite database but not a reflekt journal. Choose a reflekt "
    "journal file, or a new file name to start a new journal.": (
        "{path} är en SQLite-databas men ingen reflekt-dagbok. Välj en reflekt-dagbok, "
        "eller ett nytt filnamn för att börja en ny dagbok."
    ),
    "reflekt needs the passphrase to back up this encrypted journal.": (
        "reflekt behöver lösenfrasen för att säkerhetskopiera den här krypterade dagboken."
    ),
    "reflekt cannot create a journal at {path}: permission denied. "
    "Choose a folder you can write to.": (
        "reflekt kan inte skapa en dagbok på {path}: behörighet saknas. "
        "Välj en mapp som du får skriva i."
    ),
    "There is no good backup of {path} to recover from. The damaged journal "
    "is left as it was; keep it, and ask for help before trying anything else.": (
        "Det finns ingen hel säkerhetskopia av {path} att återställa från. Den skadade "
        "dagboken har lämnats som den var. Spara den och be om hjälp innan du provar "
        "något annat."
    ),
    "The backup interval cannot be negative. Use 0 to turn it off.": (
        "Tiden mellan säkerhetskopior kan inte vara negativ. Ange 0 för att stänga av dem."
    ),
    "The backup {path} was made by a newer version of reflekt. Update reflekt to restore it.": (
        "Säkerhetskopian {path} gjordes av en nyare version av reflekt. "
        "Uppdatera reflekt för att återställa den."
    ),
    "That file is the journal itself. Choose a backup to restore.": (
        "Den filen är själva dagboken. Välj en säkerhetskopia att återställa."
    ),
    "A backup cannot be written over the journal itself. Name a new file.": (
        "En säkerhetskopia kan inte skrivas över själva dagboken. Ange en ny fil."
    ),
    "{target} is a folder. Name a file for the backup.": (
        "{target} är en mapp. Ange en fil för säkerhetskopian."
    ),
    "The folder {folder} does not exist. Create it first.": (
        "Mappen {folder} finns inte. Skapa den först."
    ),
    "reflekt could not write the backup {target}: {problem}. "
    "Check that there is space and that you may write there.": (
        "reflekt kunde inte skriva säkerhetskopian {target}: {problem}. "
        "Kontrollera att det finns utrymme och att du får skriva där."
    ),
    "The journal as it was before is kept at {kept}.": (
        "Dagboken som den var innan finns kvar i {kept}."
    ),
    "reflekt could not write {path}: {problem}.": "reflekt kunde inte skriva {path}: {problem}.",
    "The journal {path} is open in another program (perhaps the reflekt app). "
    "Close it there, then restore.": (
        "Dagboken {path} är öppen i ett annat program (kanske reflekt-appen). "
        "Stäng den där och återställ sedan."
    ),
    "There is no journal at {path}. Check the path.": (
        "Det finns ingen dagbok på {path}. Kontrollera sökvägen."
    ),
    "That passphrase does not open {path}. Check it (capital letters count) and try "
    "again. If this is not an encrypted reflekt journal, choose the right file. "
    "A lost passphrase cannot be recovered.": (
        "Lösenfrasen öppnar inte {path}. Kontrollera den (stora och små bokstäver räknas) "
        "och försök igen. Om det här inte är en krypterad reflekt-dagbok, välj rätt fil. "
        "En glömd lösenfras går inte att få tillbaka."
    ),
    "The passphrase is empty. Type a passphrase.": "Lösenfrasen är tom. Skriv en lösenfras.",
    "The passphrase contains a NUL character. Choose another.": (
        "Lösenfrasen innehåller ett NUL-tecken. Välj en annan."
    ),
    "The re-written copy of {original} failed its check ({result}); "
    "the journal was left as it was.": (
        "Den omskrivna kopian av {original} klarade inte kontrollen ({result}). "
        "Dagboken lämnades som den var."
    ),
    "That passphrase does not open {path}. Check it and try again.": (
        "Lösenfrasen öppnar inte {path}. Kontrollera den och försök igen."
    ),
    "The journal {path} is open in another program (perhaps the reflekt app). "
    "Close it there and try again.": (
        "Dagboken {path} är öppen i ett annat program (kanske reflekt-appen). "
        "Stäng den där och försök igen."
    ),
    # -- colleagues' bundles, the team folder and export (share/) -----------------------
    "{name} is not a reflekt share bundle. Choose a file ending in {suffix} that reflekt wrote.": (
        "{name} är inget delningspaket från reflekt. Välj en fil som slutar på {suffix} "
        "och som reflekt har skrivit."
    ),
    "{name} has no valid format version. It was not written by reflekt.": (
        "{name} har ingen giltig formatversion. Den skrevs inte av reflekt."
    ),
    "{name} was written by a newer reflekt (bundle format version {version}; this "
    "reflekt reads version {readable}). Update reflekt to read it.": (
        "{name} skrevs av en nyare reflekt (paketformat version {version}; den här "
        "versionen av reflekt läser formatversion {readable}). Uppdatera reflekt för att "
        "läsa den."
    ),
    "{name} is not a valid share bundle: {problem}.": (
        "{name} är inget giltigt delningspaket: {problem}."
    ),
    "{name} is not a valid share bundle: the entry {entry} appears more than once.": (
        "{name} är inget giltigt delningspaket: anteckningen {entry} finns med mer än en gång."
    ),
    "Give the name your colleagues know you by.": "Ange namnet som dina kollegor känner dig under.",
    "{target} is a folder. Name a file to write.": "{target} är en mapp. Ange en fil att skriva.",
    "The 15-minute brief is for md, html or pdf, not for a bundle.": (
        "15-minutersgenomgången finns som md, html eller pdf, inte som delningspaket."
    ),
    "The entry {entry} is in the trash. Restore it before exporting it.": (
        "Anteckningen {entry} ligger i papperskorgen. Återställ den innan du exporterar den."
    ),
    "{folder} is not a folder. Choose the team folder your sync tool keeps "
    "(for example in OneDrive or Nextcloud).": (
        "{folder} är ingen mapp. Välj teammappen som ditt synkprogram synkar "
        "(till exempel i OneDrive eller Nextcloud)."
    ),
    "not a regular file": "är ingen vanlig fil",
    "the file is empty (perhaps still being synced)": (
        "filen är tom (den kanske fortfarande synkas)"
    ),
    # -- importing (share/importers, share/safety.py) ------------------------------------
    "{name} is too big to import ({size}; the most reflekt reads is {cap}). "
    "Check that it is the right file.": (
        "{name} är för stor för att importeras ({size}; reflekt läser högst {cap}). "
        "Kontrollera att det är rätt fil."
    ),
    "There is no file or folder {path}. Check the name.": (
        "Det finns ingen fil eller mapp {path}. Kontrollera namnet."
    ),
    "{path} is a folder; this format needs a file.": (
        "{path} är en mapp. Det här formatet behöver en fil."
    ),
    "{name}: {problem} Nothing was imported.": "{name}: {problem} Inget importerades.",
    "{name} is not a reflekt backup.": "{name} är ingen säkerhetskopia från reflekt.",
    "{name} was written by a newer reflekt (backup format version {version}). "
    "Update reflekt to restore it.": (
        "{name} skrevs av en nyare reflekt (säkerhetskopia i format version {version}). "
        "Uppdatera reflekt för att återställa den."
    ),
    "{name} is not a valid reflekt backup: {problem}.": (
        "{name} är ingen giltig säkerhetskopia från reflekt: {problem}."
    ),
    "{name} is not a Day One export reflekt can read: entry {number} {what}. "
    "Nothing was imported.": (
        "{name} är ingen Day One-export som reflekt kan läsa: anteckning {number} {what}. "
        "Inget importerades."
    ),
    "{name} is not a jrnl export reflekt can read: entry {number} {what}. Nothing was imported.": (
        "{name} är ingen jrnl-export som reflekt kan läsa: anteckning {number} {what}. "
        "Inget importerades."
    ),
    "has no creation date": "saknar datum för när den skapades",
    "has no date": "saknar datum",
    "has a date reflekt cannot read ({value})": "har ett datum som reflekt inte kan läsa ({value})",
    "is not an object": "är inget objekt",
    "has no id (uuid)": "saknar id (uuid)",
    "has text that is not text": "har en text som inte är text",
    "has a title or text that is not text": "har en rubrik eller text som inte är text",
    "has tags that are not a list of words": "har taggar som inte är en lista med ord",
    "{name} is not a Day One JSON export (it has no list of entries).": (
        "{name} är ingen Day One-export i JSON (den har ingen lista med anteckningar)."
    ),
    "{name} holds no Day One journal (no .json file inside). "
    "Export from Day One as JSON and try again.": (
        "{name} innehåller ingen Day One-dagbok (ingen .json-fil). "
        "Exportera från Day One som JSON och försök igen."
    ),
    "{name} is not a jrnl JSON export (it has no list of entries).": (
        "{name} är ingen jrnl-export i JSON (den har ingen lista med anteckningar)."
    ),
    "There are no Markdown notes (.md) in {path}. Choose another folder.": (
        "Det finns inga Markdown-anteckningar (.md) i {path}. Välj en annan mapp."
    ),
    "{path} holds {count:,} notes; reflekt imports {most:,} at most.": (
        "{path} innehåller {count} anteckningar. reflekt importerar högst {most}."
    ),
    "The notes in {name} add up to more than {size}. Import a smaller folder at a time.": (
        "Anteckningarna i {name} är tillsammans större än {size}. Importera en mindre mapp i taget."
    ),
    "{name} is nested more than {levels} levels deep, which no journal export is. "
    "reflekt does not read it.": (
        "{name} är kapslad i mer än {levels} nivåer, vilket ingen dagboksexport är. "
        "reflekt läser den inte."
    ),
    "{archive}: the file {member} inside it unpacks to far more than a journal "
    "export holds (a damaged or malicious archive). reflekt does not read it.": (
        "{archive}: filen {member} i arkivet packas upp till mycket mer än en dagboksexport "
        "innehåller (ett skadat eller skadligt arkiv). reflekt läser det inte."
    ),
    "{path} is not a file reflekt can import. Choose a file.": (
        "{path} är ingen fil som reflekt kan importera. Välj en fil."
    ),
    "The folder {folder} does not exist. Choose another place to save.": (
        "Mappen {folder} finns inte. Välj en annan plats att spara på."
    ),
    "There is no file {path}. Check the name and folder.": (
        "Det finns ingen fil {path}. Kontrollera namnet och mappen."
    ),
    "reflekt cannot read {path}: {reason}.": "reflekt kan inte läsa {path}: {reason}.",
    "{name} is not UTF-8 text (unreadable bytes at position {position:,}). "
    "Export it again as UTF-8, or check that it is the right file.": (
        "{name} är inte UTF-8-text (oläsliga byte vid position {position}). "
        "Exportera den igen som UTF-8, eller kontrollera att det är rätt fil."
    ),
    "{name} is not valid JSON (line {line}, column {column}: {problem}). "
    "Check that it is the right file, or export it again.": (
        "{name} är inte giltig JSON (rad {line}, kolumn {column}: {problem}). "
        "Kontrollera att det är rätt fil, eller exportera den igen."
    ),
    "{name} is not acceptable JSON: {problem}.": "{name} är inte godtagbar JSON: {problem}.",
    "{name} is not a readable zip archive (it may be damaged or incomplete). Export it again.": (
        "{name} är inget läsbart zip-arkiv (det kan vara skadat eller ofullständigt). "
        "Exportera det igen."
    ),
    "reflekt cannot write in {folder}: {reason}. Choose a folder you can write to.": (
        "reflekt kan inte skriva i {folder}: {reason}. Välj en mapp som du får skriva i."
    ),
    "reflekt could not save {path}: {reason}.": "reflekt kunde inte spara {path}: {reason}.",
    "{name} ends in the middle of its data: it is incomplete (perhaps still "
    "being copied or synced). Wait until it is complete, or export it again.": (
        "{name} tar slut mitt i sitt innehåll: filen är ofullständig (den kanske "
        "fortfarande kopieras eller synkas). Vänta tills den är klar, eller exportera den igen."
    ),
    "{name} holds {count:,} files, more than any journal export. reflekt does not read it.": (
        "{name} innehåller {count} filer, fler än någon dagboksexport. reflekt läser den inte."
    ),
    "{name} contains a file named {member} that points outside the "
    "archive. reflekt does not read such archives; export again.": (
        "{name} innehåller en fil som heter {member} och som pekar utanför arkivet. "
        "reflekt läser inte sådana arkiv. Exportera igen."
    ),
    # -- revisions: a change made from an older copy of an entry (core/journal.py) -----
    "The revision must be a whole number of at least 1, not {value}.": (
        "Revisionen måste vara ett heltal som är minst 1, inte {value}."
    ),
    "The entry {entry} was deleted for good elsewhere; nothing was written.": (
        "Anteckningen {entry} har raderats för gott någon annanstans. Inget sparades."
    ),
    "The entry {entry} was moved to the trash elsewhere (it is at revision "
    "{revision} now, not {expected}); nothing was written.": (
        "Anteckningen {entry} har flyttats till papperskorgen någon annanstans (den har "
        "revision {revision} nu, inte {expected}). Inget sparades."
    ),
    "The entry {entry} was changed elsewhere (it is at revision {revision} now, "
    "not {expected}); nothing was written. Look at the new version and edit "
    "again from it.": (
        "Anteckningen {entry} har ändrats någon annanstans (den har revision {revision} "
        "nu, inte {expected}). Inget sparades. Titta på den nya versionen och ändra "
        "utifrån den."
    ),
    # The journal lock, busy versus damaged, and the journal as one real file.
    "REFLEKT_PASSPHRASE is set, so the new journal {path} would have to be encrypted, but "
    "this reflekt cannot encrypt (SQLCipher is not installed). Nothing was created. Install "
    "it with: pip install 'reflekt[encryption]', or unset REFLEKT_PASSPHRASE to make an "
    "unencrypted journal.": "REFLEKT_PASSPHRASE är satt, så den nya dagboken {path} skulle "
    "behöva krypteras, men den här reflekt kan inte kryptera (SQLCipher är inte installerat). "
    "Inget skapades. Installera det med: pip install 'reflekt[encryption]', eller ta bort "
    "REFLEKT_PASSPHRASE för att skapa en okrypterad dagbok.",
    "The disk that holds {path} cannot lock files, so reflekt cannot be sure that nobody "
    "else has the journal open, and will not replace it. Close reflekt everywhere, copy the "
    "journal to a folder on this computer, and run the command on that copy. Nothing was "
    "changed.": "Disken som rymmer {path} kan inte låsa filer, så reflekt kan inte vara säker "
    "på att ingen annan har dagboken öppen, och ersätter den inte. Stäng reflekt överallt, "
    "kopiera dagboken till en mapp på den här datorn och kör kommandot på kopian. Inget "
    "ändrades.",
    "The folder {folder} of the journal is not there (the drive may be unplugged, or the "
    "folder moved). Connect it and try again; reflekt changed nothing.": "Dagbokens mapp "
    "{folder} finns inte (enheten kan vara urkopplad, eller mappen flyttad). Anslut den och "
    "försök igen; reflekt ändrade ingenting.",
    "The journal {path} is being replaced or re-encrypted by reflekt elsewhere. Wait until "
    "that has finished, then try again.": "Dagboken {path} håller på att ersättas eller "
    "krypteras om av reflekt på annat håll. Vänta tills det är klart och försök sedan igen.",
    "The journal {path} points to {target}, which is not there (the drive may be unplugged, "
    "or the folder moved). Connect it and try again; reflekt changed nothing.": "Dagboken "
    "{path} pekar på {target}, som inte finns (enheten kan vara urkopplad, eller mappen "
    "flyttad). Anslut den och försök igen; reflekt ändrade ingenting.",
    "The journal {path} stayed busy: another program kept it locked for longer than reflekt "
    "waits, so it could not be checked now. This is not damage. Try again in a moment.": (
        "Dagboken {path} förblev upptagen: ett annat program höll den låst längre än reflekt "
        "väntar, så den kunde inte kontrolleras nu. Det är ingen skada. Försök igen om en "
        "stund."
    ),
    "another reflekt (process {pid})": "en annan reflekt (process {pid})",
    "reflekt has the journal {path} open elsewhere ({who}). Close it there (or let the "
    "command finish) and try again. Nothing was changed.": "reflekt har dagboken {path} "
    "öppen på annat håll ({who}). Stäng den där (eller låt kommandot bli klart) och försök "
    "igen. Inget ändrades.",
    "the command `reflekt {name}` (process {pid})": "kommandot `reflekt {name}` (process {pid})",
    "the reflekt app (process {pid})": "reflekt-appen (process {pid})",
    "the reflekt app or a reflekt command": "reflekt-appen eller ett reflekt-kommando",
    "this reflekt window or one of its tasks": "det här reflekt-fönstret eller en av dess "
    "uppgifter",
    # -- signed bundles, pinned keys, team-folder limits (issue #14: 2, 3, 5) -----------
    "Read {files} bundle(s) from {authors} colleague(s) in {folder}: {added} new, "
    "{updated} updated, {withdrawn} withdrawn lesson(s).": (
        "Läste {files} paket från {authors} kollega/kollegor i {folder}. Lärdomar, nya: "
        "{added}, uppdaterade: {updated}, tillbakadragna: {withdrawn}."
    ),
    "Skipped {name}: {reason}": "Hoppade över {name}: {reason}",
    "cannot be read ({reason})": "kan inte läsas ({reason})",
    "claims to be from {name} but is signed with another key ({other}, not "
    "{fingerprint}). It was not read. If {name} really has a new key, forget "
    "{name} in the team library and sync again.": (
        "säger sig komma från {name} men är signerad med en annan nyckel ({other}, inte "
        "{fingerprint}). Den lästes inte. Om {name} verkligen har fått en ny nyckel: glöm "
        "{name} i teambiblioteket och synka igen."
    ),
    "is not signed, but {name}'s bundles are signed with the key {fingerprint}. "
    "It was not read: it may not come from {name}.": (
        "är inte signerad, men paket från {name} signeras med nyckeln {fingerprint}. "
        "Den lästes inte: den kommer kanske inte från {name}."
    ),
    "it changed while it was being read; it is read on the next sync": (
        "den ändrades medan den lästes; den läses vid nästa synkning"
    ),
    "several files claim the same colleague with different keys ({files}). None of them "
    "was read; ask the colleague which file is theirs and remove the others.": (
        "flera filer säger sig komma från samma kollega men har olika nycklar ({files}). "
        "Ingen av dem lästes; fråga kollegan vilken fil som är deras och ta bort de andra."
    ),
    "the files that claim this colleague pass the limit for one colleague ({limit} in "
    "one sync). Ask them to share fewer or shorter lessons.": (
        "filerna från den här kollegan är större än gränsen för en kollega ({limit} per "
        "synkning). Be kollegan dela färre eller kortare lärdomar."
    ),
    "this sync has read as much as one sync may ({limit}); the file is read on the next sync.": (
        "synkningen har läst så mycket som en synkning får ({limit}); filen läses vid nästa "
        "synkning."
    ),
    "this sync ran as long as one sync may ({seconds} seconds); the file is read on the "
    "next sync.": (
        "synkningen har pågått så länge som en synkning får ({seconds} sekunder); filen "
        "läses vid nästa synkning."
    ),
    "{count} file(s) unchanged since the last sync were not read again.": (
        "{count} fil(er) som inte ändrats sedan förra synkningen lästes inte igen."
    ),
    "{name} does not match its signature: it was changed after its author signed it, "
    "or it is forged. It was not read.": (
        "{name} stämmer inte med sin signatur: den har ändrats efter att författaren "
        "signerade den, eller så är den förfalskad. Den lästes inte."
    ),
    "{name} gives its author a {what} with invisible or direction-changing characters "
    "({value}), which can make one colleague look like another. It was not read.": (
        "{name} ger sin författare ett {what} med osynliga eller riktningsändrande tecken "
        "({value}), som kan få en kollega att se ut som en annan. Den lästes inte."
    ),
    "{name} has an export time that is not a real date and time ({value}). It was not read.": (
        "{name} har en exporttid som inte är ett verkligt datum och klockslag ({value}). "
        "Den lästes inte."
    ),
    "{name} is not a valid share bundle: entries/{index}/day ({value}) is not a real date.": (
        "{name} är inget giltigt delningspaket: entries/{index}/day ({value}) är inget "
        "verkligt datum."
    ),
    "{name} is only half signed (it has a key or a signature, not both). It was not "
    "read: it may have been changed by someone other than its author.": (
        "{name} är bara delvis signerad (den har en nyckel eller en signatur, inte båda). "
        "Den lästes inte: någon annan än författaren kan ha ändrat den."
    ),
    "{name} says it was exported on {value}, more than a day from now. It was not read; "
    "if the author's clock is wrong, ask them to correct it and share again.": (
        "{name} säger att den exporterades {value}, mer än ett dygn framåt i tiden. Den "
        "lästes inte; om författarens klocka går fel, be dem ställa den och dela igen."
    ),
    "{name}'s file is gone from the team folder; their lessons were removed.": (
        "Filen från {name} finns inte längre i teammappen; deras lärdomar togs bort."
    ),
    "{value} holds invisible or direction-changing characters, which colleagues' reflekt "
    "refuses in a name. Type it again without them.": (
        "{value} innehåller osynliga eller riktningsändrande tecken, som kollegornas reflekt "
        "inte godtar i ett namn. Skriv det igen utan dem."
    ),
    "{who} could mean more than one colleague. Give their id instead: {ids}.": (
        "{who} kan betyda mer än en kollega. Ange deras id i stället: {ids}."
    ),
    "No colleagues in the team library yet. Read the team folder with: reflekt team sync": (
        "Inga kollegor i teambiblioteket än. Läs teammappen med: reflekt team sync"
    ),
    "unverified (unsigned bundles)": "overifierad (osignerade paket)",
    "There is no colleague {who} in the team library. See who is there with: "
    "reflekt team authors": (
        "Det finns ingen kollega {who} i teambiblioteket. Se vilka som finns med: "
        "reflekt team authors"
    ),
    "Forgot {name}: {count} lesson(s) and their key are gone from the library. The "
    "next sync reads their files again and trusts the key it finds then.": (
        "Glömde {name}: {count} lärdom(ar) och deras nyckel är borta ur biblioteket. Nästa "
        "synkning läser deras filer igen och litar på nyckeln den hittar då."
    ),
    "Your key: {fingerprint} (colleagues see it next to your name)": (
        "Din nyckel: {fingerprint} (kollegorna ser den bredvid ditt namn)"
    ),
    "No one called {name} is in your people list, so there is no name to keep. "
    "Add them first with: reflekt person NAME": (
        "Ingen som heter {name} finns i din personlista, så det finns inget namn att behålla. "
        "Lägg till personen först med: reflekt person NAMN"
    ),
    "Give a word to leave out, for example a nickname.": (
        "Ange ett ord att utelämna, till exempel ett smeknamn."
    ),
    # -- private output and where the journal lives (private_files.py, paths.py) -------
    "{path} is your journal. Writing there would destroy it, so reflekt "
    "refuses (even with --force). Name another file.": (
        "{path} är din dagbok. Att skriva där skulle förstöra den, så reflekt vägrar "
        "(även med --force). Ange en annan fil."
    ),
    "{path} is one of the working files of your journal {journal}. Writing "
    "there would damage the journal, so reflekt refuses (even with --force). "
    "Name another file.": (
        "{path} är en av arbetsfilerna till din dagbok {journal}. Att skriva där skulle "
        "skada dagboken, så reflekt vägrar (även med --force). Ange en annan fil."
    ),
    "{path} is in reflekt's backup folder {folder}, where your backups are "
    "kept. Name a file somewhere else.": (
        "{path} ligger i reflekts mapp för säkerhetskopior, {folder}, där dina "
        "säkerhetskopior finns. Ange en fil någon annanstans."
    ),
    "{path} is not an ordinary file (it is a device, a pipe or a socket), so "
    "reflekt will not write there (even with --force). Name an ordinary file.": (
        "{path} är ingen vanlig fil (den är en enhet, en rörledning eller en socket), så "
        "reflekt skriver inte dit (även med --force). Ange en vanlig fil."
    ),
    "reflekt cannot create the folder {folder}: {reason}. Check that you may "
    "write to {parent} (it may be read-only), or choose another place.": (
        "reflekt kan inte skapa mappen {folder}: {reason}. Kontrollera att du får skriva "
        "i {parent} (den kan vara skrivskyddad), eller välj en annan plats."
    ),
    "{path} is not an ordinary file (it is a device, a pipe or a socket), so it "
    "cannot be a journal. Name a journal file.": (
        "{path} är ingen vanlig fil (den är en enhet, en rörledning eller en socket), så "
        "den kan inte vara en dagbok. Ange en dagboksfil."
    ),
    "The folder {folder} that holds your journal belongs to another user, so "
    "reflekt will not use it (they could read or replace your journal). Keep "
    "your journal in a folder of your own, for example with "
    "`mkdir -m 700 ~/reflekt` and --journal ~/reflekt/journal.reflekt.": (
        "Mappen {folder} där din dagbok ligger tillhör en annan användare, så reflekt "
        "använder den inte (den användaren kan läsa eller byta ut din dagbok). Ha dagboken "
        "i en egen mapp, till exempel med `mkdir -m 700 ~/reflekt` och "
        "--journal ~/reflekt/journal.reflekt."
    ),
    "The folder {folder} that holds your journal can be changed by other "
    "users, so reflekt will not use it (they could replace your journal or "
    "read what you write next). Make it private with `chmod 700 {folder}` "
    "and try again.": (
        "Mappen {folder} där din dagbok ligger kan ändras av andra användare, så reflekt "
        "använder den inte (de kan byta ut dagboken eller läsa det du skriver härnäst). "
        "Gör den privat med `chmod 700 {folder}` och försök igen."
    ),
    "The journal {path} belongs to another user, so reflekt will not use it "
    "(they could read whatever you write in it). Use a journal of your own, "
    "or have it handed over to you with `chown`.": (
        "Dagboken {path} tillhör en annan användare, så reflekt använder den inte "
        "(den användaren kan läsa allt du skriver i den). Använd en egen dagbok, eller "
        "låt den lämnas över till dig med `chown`."
    ),
    "The journal {path} can be changed by other users, so reflekt will not "
    "use it. Make it private with `chmod 600 {path}` and try again.": (
        "Dagboken {path} kan ändras av andra användare, så reflekt använder den inte. "
        "Gör den privat med `chmod 600 {path}` och försök igen."
    ),
    # -- a backup import is an import (share/importers/backup.py) ------------------------
    "{name}: team lesson {number} in it is not valid ({problem}). Nothing was imported.": (
        "{name}: teamlärdom {number} i filen är inte giltig ({problem}). Inget importerades."
    ),
    "{name}: the team lessons from {author} in it are not valid ({problem}). "
    "Nothing was imported.": (
        "{name}: teamlärdomarna från {author} i filen är inte giltiga ({problem}). "
        "Inget importerades."
    ),
    "{count} settings in the backup were not taken over: who you are, the team "
    "folder and import limits are never set from a file.": (
        "{count} inställningar i säkerhetskopian togs inte över: vem du är, teammappen "
        "och importgränser sätts aldrig från en fil."
    ),
    # -- what an import did (share/importers/base.py, bundle.py, dayone.py) ---------------
    "{source} ({what}) is older than the lessons from {author} already "
    "in your team library; nothing changed.": (
        "{source} ({what}) är äldre än lärdomarna från {author} som redan finns i ditt "
        "teambibliotek. Inget ändrades."
    ),
    "Team library: {added} new, {updated} updated, {withdrawn} withdrawn "
    "lessons from {author} ({source}).": (
        "Teambiblioteket, lärdomar från {author} ({source}). Nya: {added}, uppdaterade: "
        "{updated}, tillbakadragna: {withdrawn}."
    ),
    "Imported 1 entry from {source} ({what}).": (
        "Importerade 1 anteckning från {source} ({what})."
    ),
    "Imported {count} entries from {source} ({what}).": (
        "Importerade {count} anteckningar från {source} ({what})."
    ),
    "Skipped {count} already in your journal (imported before).": (
        "Hoppade över {count} som redan finns i din dagbok (importerade tidigare)."
    ),
    "Note: {warning}": "Obs! {warning}",
    "This bundle is your own export; your entries are already in your journal.": (
        "Det här delningspaketet är din egen export. Dina anteckningar finns redan i din dagbok."
    ),
    "{count} attachment file(s) in the archive (videos, audio, photos no "
    "entry shows, ...) were not imported: reflekt keeps text and photos.": (
        "{count} bifogade filer i arkivet (filmer, ljud, foton som ingen anteckning visar, "
        "...) importerades inte: reflekt sparar text och foton."
    ),
    "reflekt may not open the folder {folder} that holds the journal (permission "
    "denied). Check the folder's permissions, or choose another place; reflekt "
    "changed nothing.": (
        "reflekt får inte öppna mappen {folder} där dagboken ligger (åtkomst nekad). "
        "Kontrollera mappens behörigheter, eller välj en annan plats. reflekt ändrade "
        "ingenting."
    ),
    "The team library is empty. Set a team folder (reflekt team folder PATH) "
    "and run: reflekt team sync": (
        "Teambiblioteket är tomt. Välj en teammapp (reflekt team folder SÖKVÄG) "
        "och kör: reflekt team sync"
    ),
    "The team library is empty: no colleague's lessons have been read from {folder} "
    "yet. Run: reflekt team sync (it names every file it skips, and why)": (
        "Teambiblioteket är tomt: inga kollegers lärdomar har lästs från {folder} än. "
        "Kör: reflekt team sync (den nämner varje fil den hoppar över, och varför)"
    ),
    "the file alone passes the limit for one colleague ({limit} in one sync), "
    "whoever wrote it. Ask its author to share fewer or shorter lessons.": (
        "filen ensam går över gränsen för en kollega ({limit} per synkning), vem som än "
        "skrev den. Be den som skrev den att dela färre eller kortare lärdomar."
    ),
    "{name} gives its author a {what} that mixes alphabets or uses an "
    "unusual space ({value}), which can make one colleague look like another. "
    "It was not read.": (
        "{name} ger sin författare ett {what} som blandar alfabet eller har ett ovanligt "
        "mellanslag ({value}), vilket kan få en kollega att se ut som en annan. Filen lästes "
        "inte."
    ),
    "{value} mixes alphabets in one word (say a Cyrillic letter among Latin "
    "ones), which colleagues' reflekt refuses in a name. Type it again.": (
        "{value} blandar alfabet i ett ord (till exempel en kyrillisk bokstav bland "
        "latinska), vilket kollegornas reflekt inte godtar i ett namn. Skriv det igen."
    ),
    # -- the team folder as sync tools leave it (issue #16) -------------------------------
    "Conflict copy {name}: {outcome}": "Konfliktkopia {name}: {outcome}",
    "No colleague called {who} in the team library ({count} lesson(s) from others). "
    "See who is there with: reflekt team authors": (
        "Ingen kollega som heter {who} finns i teambiblioteket ({count} lärdomar från "
        "andra). Se vilka som finns med: reflekt team authors"
    ),
    "None of the {count} lesson(s) in the team library match that.": (
        "Ingen av de {count} lärdomarna i teambiblioteket matchar det."
    ),
    "a copy of {newest}, which is read instead.": ("en kopia av {newest}, som läses i stället."),
    "an older bundle of {name} than the one already in the library; not read.": (
        "ett äldre paket från {name} än det som redan finns i biblioteket; lästes inte."
    ),
    "an older bundle of {name}; their lessons come from {newest}.": (
        "ett äldre paket från {name}; deras lärdomar kommer från {newest}."
    ),
    "being copied by the sync tool; it is read once it is complete.": (
        "håller på att kopieras av synkprogrammet; den läses när den är klar."
    ),
    "it is a share bundle, but its name does not end in {suffix}, so it was not read. "
    "Rename it to {name} (or ask its author to share it again).": (
        "det är ett delningspaket, men namnet slutar inte på {suffix}, så det lästes inte. "
        "Byt namn på det till {name} (eller be den som skrev det att dela igen)."
    ),
    "not a share bundle (only files ending in {suffix} are read).": (
        "inget delningspaket (bara filer som slutar på {suffix} läses)."
    ),
    "not used: its author has a newer bundle in the folder or the library.": (
        "används inte: författaren har ett nyare paket i mappen eller biblioteket."
    ),
    "read: it is the newest bundle of its author, so its lessons are shown.": (
        "lästes: det är författarens nyaste paket, så dess lärdomar visas."
    ),
    "your own bundle: your lessons are in your journal already.": (
        "ditt eget paket: dina lärdomar finns redan i din dagbok."
    ),
    "The folder holds no share bundles yet. Colleagues' bundles (files ending in {suffix}) "
    "appear there when they share; is it the folder your team uses?": (
        "Mappen innehåller inga delningspaket än. Kollegornas paket (filer som slutar på "
        "{suffix}) hamnar där när de delar; är det mappen ditt team använder?"
    ),
    "{count} file(s) of the system or the sync tool (hidden files, old versions) were "
    "left alone.": (
        "{count} fil(er) som tillhör systemet eller synkprogrammet (dolda filer, äldre "
        "versioner) lämnades orörda."
    ),
    # -- the command line's parser and what it writes (cli/) ----------------------------
    "{message} (see `{prog} --help`)": "{message} (se `{prog} --help`)",
    "there is no {value}; did you mean {close}?": "det finns inget {value}; menade du {close}?",
    "mood must be a whole number from 1 to 5, not {value}": (
        "humöret ska vara ett heltal från 1 till 5, inte {value}"
    ),
    "{path} already exists. Choose another name, or allow replacing it (--force).": (
        "{path} finns redan. Välj ett annat namn, eller tillåt att den ersätts (--force)."
    ),
    "Nothing to write: standard input was empty or only blank lines. "
    'Give the text, e.g. reflekt add "What I learned today". Nothing was saved.': (
        "Inget att skriva: standard in var tom eller bara tomma rader. Ge texten, till "
        'exempel reflekt add "Vad jag lärde mig i dag". Inget sparades.'
    ),
    'Nothing to write: give the text, e.g. reflekt add "What I learned today", '
    "or - to read it from standard input. Nothing was saved.": (
        'Inget att skriva: ge texten, till exempel reflekt add "Vad jag lärde mig i dag", '
        "eller - för att läsa den från standard in. Inget sparades."
    ),
    "Standard input was empty, so the entry's text stays as it was. Nothing was changed.": (
        "Standard in var tom, så anteckningens text är kvar som den var. Inget ändrades."
    ),
    "The entry has no {what} called {name}, so there is none to remove "
    "(it has: {names}). Nothing was changed.": (
        "Anteckningen har ingen {what} som heter {name}, så det finns inget att ta bort "
        "(den har: {names}). Inget ändrades."
    ),
}

# Field names put into the messages above as {what}: bare Swedish nouns, since they
# stand after "som" or in parentheses there.
WORDS: dict[str, str] = {
    "tag": "tagg",
    "skill": "färdighet",
    "person": "person",
    "role": "roll",
    "department": "avdelning",
    "team": "team",
    "title": "rubrik",
    "body": "text",
    "text": "text",
    "date": "datum",
    "day": "datum",
    "target date": "måldatum",
    "kind": "typ",
    "visibility": "synlighet",
    "learning source": "lärandekälla",
    "relation": "relation",
    "goal title": "målets rubrik",
    "goal description": "målets beskrivning",
    "goal status": "målets status",
    "description": "beskrivning",
    "note": "anteckning",
    "name": "namn",
    "author": "författare",
    "audience": "mottagare",
    "format": "format",
    "label": "etikett",
    "lesson": "lärdom",
    "file name": "filnamn",
    "path": "sökväg",
    "relation to a person": "relation till en person",
    "people choice": "val av personer",
    "setting": "inställning",
    "key": "nyckel",
    # the times a backup or a bundle gives (core.validate._timestamp)
    "created": "skapad",
    "updated": "ändrad",
    "deleted": "borttagen",
    "export": "exporttid",
    "import": "importtid",
    "scan": "genomsökning",
    "share": "delning",
    "author name": "författarens namn",
    "author id": "författarens id",
    # the parts of a colleague's lesson (core.team_library)
    "section key": "avsnittets nyckel",
    "section label": "avsnittets rubrik",
    "section text": "avsnittets text",
    "person description": "beskrivning av en person",
}

# The errors, notes and command results of core/, share/ and the command line.
from reflekt.messages.sv_more import MORE  # noqa: E402

SV.update(MORE)

# Pictures in entries (core/pictures.py, journal.pictures).
from reflekt.messages.sv_pictures import PICTURES  # noqa: E402

SV.update(PICTURES)

# Pictures kept safe: backups, restore, check (core/restore_pictures.py, check.py).
from reflekt.messages.sv_keep import KEEP  # noqa: E402

SV.update(KEEP)
# Pictures leaving with shared entries, and colleagues' pictures arriving (issue #18).
from reflekt.messages.sv_share_pictures import SHARE_PICTURES  # noqa: E402

SV.update(SHARE_PICTURES)
# The spell checker's (issue #19).
from reflekt.messages.sv_spelling import SPELLING  # noqa: E402

SV.update(SPELLING)
# A backup's personal dictionary and spelling languages (core/restore_spelling.py).
from reflekt.messages.sv_keep_words import KEEP_WORDS  # noqa: E402

SV.update(KEEP_WORDS)
