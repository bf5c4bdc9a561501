<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="224"/>
        <source>Activity over the year</source>
        <translation>Aktivitet under året</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="269"/>
        <source>No entries</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="278"/>
        <source>%1–%2 entries</source>
        <translation>%1–%2 anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="309"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="309"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="336"/>
        <source>No entries between {start} and {end}.</source>
        <translation>Inga anteckningar mellan {start} och {end}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="343"/>
        <source>You wrote on {days} of the {total} days from {start} to {end}; the busiest week began {week} with {entries}.</source>
        <translation>Du skrev {days} av de {total} dagarna från {start} till {end}; den mest aktiva veckan började {week} med {entries}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="184"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="185"/>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/reading.py" line="120"/>
        <source>%1 (as a table)</source>
        <translation>%1 (som tabell)</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/charts/labels.py" line="38"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePanel</name>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="193"/>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="194"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="195"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="196"/>
        <source>The last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="197"/>
        <source>Between two days…</source>
        <translation>Mellan två dagar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="206"/>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="211"/>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="215"/>
        <source>Any skill</source>
        <translation>Alla färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="221"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="227"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="228"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="229"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="230"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="231"/>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="238"/>
        <source>From day</source>
        <translation>Från dag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="239"/>
        <source>To day</source>
        <translation>Till dag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="244"/>
        <source>Choose all</source>
        <translation>Välj alla</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="245"/>
        <source>Tick every matching entry, private ones too</source>
        <translation>Bocka för alla anteckningar som passar, även privata</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="246"/>
        <source>Choose none</source>
        <translation>Välj ingen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="255"/>
        <source>(empty entry)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="256"/>
        <source>(private)</source>
        <translation>(privat)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_choose.py" line="260"/>
        <source>Entries to share</source>
        <translation>Anteckningar att dela</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="350"/>
        <source>%n entries match. Reading them…</source>
        <translation>
            <numerusform>%n anteckning passar. Läser in den…</numerusform>
            <numerusform>%n anteckningar passar. Läser in dem…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="384"/>
        <source>%n entries match</source>
        <translation>
            <numerusform>%n anteckning passar</numerusform>
            <numerusform>%n anteckningar passar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="385"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="387"/>
        <source>(%n private)</source>
        <translation>
            <numerusform>(%n privat)</numerusform>
            <numerusform>(%n privata)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="193"/>
        <source>Two versions of this entry</source>
        <translation>Två versioner av anteckningen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="197"/>
        <source>Left: the version saved elsewhere at %1. Right: your version on screen. Fields that differ are in bold.</source>
        <translation>Till vänster: versionen som sparades någon annanstans kl. %1. Till höger: din version på skärmen. Fält som skiljer sig är i fetstil.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="205"/>
        <source>The two versions, field by field</source>
        <translation>De två versionerna, fält för fält</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="206"/>
        <source>Saved elsewhere</source>
        <translation>Sparad någon annanstans</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="206"/>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="217"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="247"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="247"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="251"/>
        <source>Shareable</source>
        <translation>Delbar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="251"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="254"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="255"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="256"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="264"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="265"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="266"/>
        <source>Skills</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="267"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="269"/>
        <source>Learned through</source>
        <translation>Lärde mig genom</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="273"/>
        <source>Mood</source>
        <translation>Humör</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="274"/>
        <source>Starred</source>
        <translation>Stjärnmärkt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="276"/>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="113"/>
        <source>Show both</source>
        <translation>Visa båda</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="114"/>
        <source>Show both versions</source>
        <translation>Visa båda versionerna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="115"/>
        <source>Show the other version and yours side by side, field by field</source>
        <translation>Visa den andra versionen och din sida vid sida, fält för fält</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="119"/>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="120"/>
        <source>Keep my version</source>
        <translation>Behåll min version</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="121"/>
        <source>Save what is on screen over the other change</source>
        <translation>Spara det som står på skärmen över den andra ändringen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="125"/>
        <source>Take theirs</source>
        <translation>Ta den andra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="126"/>
        <source>Take the other version</source>
        <translation>Ta den andra versionen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="127"/>
        <source>Show the other version and drop what you typed</source>
        <translation>Visa den andra versionen och släpp det du skrev</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="131"/>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="132"/>
        <source>Keep both versions</source>
        <translation>Behåll båda versionerna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="133"/>
        <source>Save what is on screen as a new entry; the other version stays</source>
        <translation>Spara det som står på skärmen som en ny anteckning; den andra versionen finns kvar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="137"/>
        <source>Restore and save</source>
        <translation>Återställ och spara</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="138"/>
        <source>Restore the entry and save my text</source>
        <translation>Återställ anteckningen och spara min text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="139"/>
        <source>Bring the entry back and save what is on screen in it</source>
        <translation>Ta tillbaka anteckningen och spara det som står på skärmen i den</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="143"/>
        <source>Save as a new entry</source>
        <translation>Spara som ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="144"/>
        <source>Save my text as a new entry</source>
        <translation>Spara min text som en ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="145"/>
        <source>Save what is on screen as a new entry</source>
        <translation>Spara det som står på skärmen som en ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="165"/>
        <source>This entry was changed elsewhere at %1.</source>
        <translation>Anteckningen ändrades någon annanstans kl. %1.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="173"/>
        <source>This entry was deleted for good elsewhere.</source>
        <translation>Anteckningen raderades för gott någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="175"/>
        <source>This entry was moved to the trash elsewhere at %1.</source>
        <translation>Anteckningen flyttades till papperskorgen någon annanstans kl. %1.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="178"/>
        <source>Your text is kept here.</source>
        <translation>Din text finns kvar här.</translation>
    </message>
</context>
<context>
    <name>ConflictMixin</name>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="358"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Inte sparat: ändrades någon annanstans</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="363"/>
        <source>This entry was changed elsewhere. Choose in the bar above it what to keep.</source>
        <translation>Anteckningen ändrades någon annanstans. Välj i fältet ovanför den vad du vill behålla.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="454"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/conflict.py" line="510"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="114"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="119"/>
        <source>reflekt ran into a problem it did not expect. This is a bug, not something you did. Your journal is safe: every saved change is kept.

The details were written to %1. Copying them helps fix the bug.</source>
        <translation>reflekt stötte på ett oväntat problem. Det är ett fel i programmet, inte något du har gjort. Din dagbok är i säkerhet: alla sparade ändringar finns kvar.

Detaljerna har sparats i %1. Om du kopierar dem blir det lättare att rätta felet.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="127"/>
        <source>Error details</source>
        <translation>Felinformation</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="128"/>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="139"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>EditorPictures</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="346"/>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="374"/>
        <source>Insert picture</source>
        <translation>Infoga bild</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="347"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="373"/>
        <source>Insert picture…</source>
        <translation>Infoga bild…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="376"/>
        <source>Add a picture where the cursor is (or paste one with Ctrl+V, or drop it)</source>
        <translation>Lägg till en bild där markören står (eller klistra in en med Ctrl+V, eller dra hit den)</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <location filename="../../src/reflekt/gui/spell_editor.py" line="62"/>
        <location filename="../../src/reflekt/gui/spell_editor.py" line="68"/>
        <source>Spelling language</source>
        <translation>Stavningsspråk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_editor.py" line="167"/>
        <source>Spelling cannot be checked in %1: %2</source>
        <translation>Stavningen kan inte kontrolleras på %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_editor.py" line="172"/>
        <source>The language this entry&apos;s spelling is checked in</source>
        <translation>Språket som stavningen i den här anteckningen kontrolleras på</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="374"/>
        <source>Shareable</source>
        <translation>Delbar</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="119"/>
        <source>Choose an entry, or press Ctrl+N to write a new one.</source>
        <translation>Välj en anteckning eller tryck Ctrl+N för att skriva en ny.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="139"/>
        <location filename="../../src/reflekt/gui/editor.py" line="140"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="150"/>
        <source>Star</source>
        <translation>Stjärnmärk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="151"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation>Stjärnmärk anteckningen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="167"/>
        <location filename="../../src/reflekt/gui/editor.py" line="185"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="173"/>
        <location filename="../../src/reflekt/gui/editor.py" line="174"/>
        <source>Shareable</source>
        <translation>Delbar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="180"/>
        <source>Private by default. Check to allow exporting it.</source>
        <translation>Privat från början. Markera om den får exporteras.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="200"/>
        <location filename="../../src/reflekt/gui/editor.py" line="215"/>
        <location filename="../../src/reflekt/gui/editor.py" line="367"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="203"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="205"/>
        <source>Show the text as it will look (Ctrl+Shift+P)</source>
        <translation>Visa hur texten kommer att se ut (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="213"/>
        <source>Write freely. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Skriv fritt. Du kan använda Markdown: **fetstil**, - listor, # rubriker.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="230"/>
        <source>e.g. feedback, meetings</source>
        <translation>t.ex. feedback, möten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="231"/>
        <location filename="../../src/reflekt/gui/editor.py" line="262"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="233"/>
        <source>e.g. Facilitation, SQL</source>
        <translation>t.ex. Mötesledning, SQL</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="234"/>
        <location filename="../../src/reflekt/gui/editor.py" line="263"/>
        <source>Skills</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="244"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="248"/>
        <location filename="../../src/reflekt/gui/editor.py" line="268"/>
        <source>Mood</source>
        <translation>Humör</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="249"/>
        <source>Optional. Mood is never shared.</source>
        <translation>Frivilligt. Humöret delas aldrig.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="250"/>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="252"/>
        <source>1 – Low</source>
        <translation>1 – Dåligt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="253"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="254"/>
        <source>3 – Okay</source>
        <translation>3 – Okej</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="255"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="256"/>
        <source>5 – Great</source>
        <translation>5 – Toppen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="260"/>
        <source>Goals this entry is evidence for</source>
        <translation>Mål som anteckningen är belägg för</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="266"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="367"/>
        <source>Other notes</source>
        <translation>Övriga noteringar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="243"/>
        <location filename="../../src/reflekt/gui/editor.py" line="267"/>
        <source>Learned through</source>
        <translation>Lärde mig genom</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="161"/>
        <location filename="../../src/reflekt/gui/editor.py" line="184"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="177"/>
        <source>When checked, this entry can be shared with colleagues by exporting it. Private by default.</source>
        <translation>När rutan är ikryssad kan anteckningen exporteras och delas med kollegor. Privat som standard.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="269"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="390"/>
        <location filename="../../src/reflekt/gui/editor.py" line="570"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="464"/>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="567"/>
        <location filename="../../src/reflekt/gui/editor.py" line="568"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="234"/>
        <location filename="../../src/reflekt/gui/entry_list.py" line="243"/>
        <source>(empty entry)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="246"/>
        <source>starred</source>
        <translation>stjärnmärkt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="247"/>
        <source>shareable</source>
        <translation>delbar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="247"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="249"/>
        <source>tags: %1</source>
        <translation>taggar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/entry_list.py" line="251"/>
        <source>%n pictures</source>
        <translation>
            <numerusform>%n bild</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="470"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="150"/>
        <source>reflekt</source>
        <translation>reflekt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="546"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="596"/>
        <source>Publishing to the team folder</source>
        <translation>Publicerar i teammappen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="103"/>
        <source>Share entries</source>
        <translation>Dela anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="112"/>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="129"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="114"/>
        <source>Markdown (chat, forums, wikis)</source>
        <translation>Markdown (chatt, forum, wikier)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="115"/>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="116"/>
        <source>PDF document (A4)</source>
        <translation>PDF-dokument (A4)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="117"/>
        <source>Share bundle for the team library</source>
        <translation>Delningspaket för teambiblioteket</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="120"/>
        <source>As a 15-minute learning share (1–3 lessons)</source>
        <translation>Som lärandedelning på 15 minuter (1–3 lärdomar)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="122"/>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="131"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="124"/>
        <source>Leave people out</source>
        <translation>Ta inte med personer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="125"/>
        <source>Roles only (“a colleague in Support”)</source>
        <translation>Bara roller (”en kollega på Support”)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="126"/>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="134"/>
        <source>Your name, as colleagues know you</source>
        <translation>Namnet som kollegorna känner dig under</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="135"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="137"/>
        <source>Team (optional)</source>
        <translation>Team (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="138"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="144"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="150"/>
        <source>Allow private entries to leave</source>
        <translation>Tillåt att privata anteckningar lämnar datorn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="154"/>
        <source>What leaves: title, text, shareable sections, kind, day, tags, skills and learning source. Never: mood, private sections, other entries.</source>
        <translation>Det här lämnar datorn: rubrik, text, delbara avsnitt, typ, datum, taggar, färdigheter och lärandekälla. Aldrig: humör, privata avsnitt eller andra anteckningar.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="170"/>
        <source>Exactly what will be exported</source>
        <translation>Exakt det som kommer att exporteras</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="173"/>
        <source>The PDF pages</source>
        <translation>PDF-sidorna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="194"/>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="195"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="196"/>
        <source>Copy as Markdown and as formatted text</source>
        <translation>Kopiera som Markdown och som formaterad text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="197"/>
        <source>Publish to team folder</source>
        <translation>Publicera i teammappen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="199"/>
        <source>Write your share bundle (all your shareable entries) into the team folder</source>
        <translation>Lägg ditt delningspaket (alla dina delbara anteckningar) i teammappen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="280"/>
        <source>Include %n private entries: I understand they will leave this computer.</source>
        <translation>
            <numerusform>Ta med %n privat anteckning: jag förstår att den lämnar den här datorn.</numerusform>
            <numerusform>Ta med %n privata anteckningar: jag förstår att de lämnar den här datorn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="295"/>
        <source>Finding the entries…</source>
        <translation>Letar fram anteckningarna…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="301"/>
        <source>Choose at least one entry to share.</source>
        <translation>Välj minst en anteckning att dela.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="327"/>
        <source>Each picture is written into the file whole, as its bytes; the text shows a short note in their place and the picture itself below.</source>
        <translation>Varje bild skrivs in hel i filen, som sina byte; texten visar en kort anteckning i deras ställe och själva bilden nedanför.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="339"/>
        <source>Preparing the preview…</source>
        <translation>Förbereder förhandsvisningen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="432"/>
        <source>%n entries will leave this computer, exactly as shown below.</source>
        <translation>
            <numerusform>%n anteckning lämnar den här datorn, precis som du ser den nedan.</numerusform>
            <numerusform>%n anteckningar lämnar den här datorn, precis som du ser dem nedan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="438"/>
        <source>Publishing to the team folder writes all your shareable entries, not only the ones ticked here.</source>
        <translation>Publicering i teammappen skriver alla dina delbara anteckningar, inte bara de som är ikryssade här.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="479"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="481"/>
        <source>%n of the chosen entries are private: %1. Nothing leaves until you tick the box that lets them, or untick them.</source>
        <translation>
            <numerusform>%n av de valda anteckningarna är privat: %1. Inget lämnar datorn förrän du kryssar i rutan som tillåter det, eller tar bort kryssen för dem.</numerusform>
            <numerusform>%n av de valda anteckningarna är privata: %1. Inget lämnar datorn förrän du kryssar i rutan som tillåter det, eller tar bort kryssen för dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="499"/>
        <source>A share bundle shows your name: fill in “From”.</source>
        <translation>Ett delningspaket visar ditt namn: fyll i ”Från”.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="517"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="518"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="519"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="520"/>
        <source>Share bundle (*.reflekt.json)</source>
        <translation>Delningspaket (*.reflekt.json)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="527"/>
        <source>Save the export</source>
        <translation>Spara exporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="550"/>
        <source>Saved to %1.</source>
        <translation>Sparat i %1.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="568"/>
        <source>Copying</source>
        <translation>Kopierar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="578"/>
        <source>Copied. Paste it into a chat, a forum post or a wiki page.</source>
        <translation>Kopierat. Klistra in i en chatt, ett foruminlägg eller en wikisida.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="581"/>
        <source>The pictures go along where formatted text is pasted; plain text names them.</source>
        <translation>Bilderna följer med där formaterad text klistras in; i ren text nämns de vid namn.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="601"/>
        <source>Published to %1.</source>
        <translation>Publicerat i %1.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="369"/>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="371"/>
        <source>Preparing the pages…</source>
        <translation>Förbereder sidorna…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_dialog.py" line="412"/>
        <source>The preview could not be made.</source>
        <translation>Förhandsvisningen kunde inte göras.</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="216"/>
        <source>Learned from others and shared with others</source>
        <translation>Lärt av andra och delat med andra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="245"/>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="267"/>
        <source>Learned from a colleague</source>
        <translation>Lärt av en kollega</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="246"/>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="268"/>
        <source>Knowledge I shared</source>
        <translation>Kunskap jag delat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="266"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="284"/>
        <source>{month}: learned from others {learned}, shared {shared}</source>
        <translation>{month}: lärt av andra {learned}, delat {shared}</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="294"/>
        <source>No entries about learning from or sharing with colleagues yet.</source>
        <translation>Inga anteckningar om att lära av eller dela med kollegor ännu.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="296"/>
        <source>You wrote {learned} about learning from a colleague and {shared} about knowledge you shared.</source>
        <translation>Du skrev {learned} om att lära av en kollega och {shared} om kunskap du delat.</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="43"/>
        <source>Development goals</source>
        <translation>Utvecklingsmål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="51"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="53"/>
        <source>Show achieved and dropped goals</source>
        <translation>Visa uppnådda och avslutade mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="55"/>
        <location filename="../../src/reflekt/gui/goals.py" line="162"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="65"/>
        <source>Goal title</source>
        <translation>Målets rubrik</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="67"/>
        <source>Why this goal matters</source>
        <translation>Varför målet är viktigt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="73"/>
        <source>Has a target date</source>
        <translation>Har ett måldatum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="77"/>
        <location filename="../../src/reflekt/gui/goals.py" line="78"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="83"/>
        <source>Entries that are evidence for this goal</source>
        <translation>Anteckningar som är belägg för målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="88"/>
        <source>Save goal</source>
        <translation>Spara målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="90"/>
        <source>Mark achieved</source>
        <translation>Markera som uppnått</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="92"/>
        <source>Delete goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="98"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="99"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="100"/>
        <source>Target</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="102"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/goals.py" line="158"/>
        <source>Evidence (%n entries)</source>
        <translation>
            <numerusform>Belägg (%n anteckning)</numerusform>
            <numerusform>Belägg (%n anteckningar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/labels.py" line="64"/>
        <source>week of {date}</source>
        <translation>veckan som började {date}</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/base.py" line="428"/>
        <source>Arrow keys: read the chart point by point. Enter: list those entries. T: show as table.</source>
        <translation>Piltangenterna: läs diagrammet punkt för punkt. Enter: visa de anteckningarna. T: visa som tabell.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/base.py" line="469"/>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="177"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="180"/>
        <location filename="../../src/reflekt/gui/growth_view.py" line="211"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="180"/>
        <location filename="../../src/reflekt/gui/growth_view.py" line="212"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="185"/>
        <source>Prepare for my development talk…</source>
        <translation>Förbered mitt utvecklingssamtal…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="187"/>
        <source>My growth</source>
        <translation>Min utveckling</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="203"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="288"/>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="289"/>
        <source>Last 6 months</source>
        <translation>Senaste 6 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="290"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="292"/>
        <source>Since my last development talk ({date})</source>
        <translation>Sedan mitt senaste utvecklingssamtal ({date})</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="296"/>
        <source>Since my last development talk (none recorded yet)</source>
        <translation>Sedan mitt senaste utvecklingssamtal (inget sparat ännu)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="298"/>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="491"/>
        <source>entries</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="492"/>
        <source>{change} compared with the {days} days before</source>
        <translation>{change} jämfört med de {days} dagarna innan</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="498"/>
        <source>weeks in a row</source>
        <translation>veckor i rad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="499"/>
        <source>longest: {longest}</source>
        <translation>längst: {longest}</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="501"/>
        <source>lessons from mistakes</source>
        <translation>lärdomar av misstag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="502"/>
        <source>times I shared knowledge</source>
        <translation>gånger jag delat kunskap</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="503"/>
        <source>things learned from others</source>
        <translation>saker jag lärt av andra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="193"/>
        <location filename="../../src/reflekt/gui/growth_view.py" line="194"/>
        <source>Preparing the figures…</source>
        <translation>Förbereder siffrorna…</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="81"/>
        <source>The user guide is missing from this installation of reflekt. Installing reflekt again brings it back.</source>
        <translation>Användarguiden saknas i den här installationen av reflekt. Installera reflekt igen så kommer den tillbaka.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="115"/>
        <source>User guide — reflekt</source>
        <translation>Användarguide — reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="120"/>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="124"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="125"/>
        <source>Back to where you were in the guide</source>
        <translation>Tillbaka dit du var i guiden</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="126"/>
        <source>Back (Alt+Left)</source>
        <translation>Tillbaka (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="129"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/guide.py" line="130"/>
        <source>Close the user guide</source>
        <translation>Stäng användarguiden</translation>
    </message>
</context>
<context>
    <name>KindsChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="361"/>
        <source>Kinds of entry over time</source>
        <translation>Typer av anteckningar över tid</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="404"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="404"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="435"/>
        <source>No entries in this period.</source>
        <translation>Inga anteckningar under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="440"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest week was the {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); den mest aktiva veckan var {span}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="443"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest month was {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); den mest aktiva månaden var {span}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="446"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest quarter was {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); det mest aktiva kvartalet var {span}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="449"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest year was {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); det mest aktiva året var {span}.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/legend.py" line="67"/>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="172"/>
        <source>Working on the journal</source>
        <translation>Arbetar med dagboken</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="103"/>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="105"/>
        <source>Search entries</source>
        <translation>Sök bland anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="157"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="272"/>
        <source>“%1” was deleted for good elsewhere.</source>
        <translation>”%1” raderades för gott någon annanstans.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="43"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="83"/>
        <source>&amp;New entry</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="84"/>
        <source>New entry from a &amp;template…</source>
        <translation>Ny anteckning från &amp;mall…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="85"/>
        <source>&amp;Open journal…</source>
        <translation>&amp;Öppna dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="86"/>
        <source>Create a new &amp;journal…</source>
        <translation>Skapa en ny &amp;dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="87"/>
        <source>Open the &amp;demo journal</source>
        <translation>Öppna d&amp;emodagboken</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="44"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="90"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="91"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Ta bort anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="92"/>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="93"/>
        <source>S&amp;tar or unstar</source>
        <translation>Stjärn&amp;märk eller ta bort stjärna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="94"/>
        <source>&amp;Preview text</source>
        <translation>&amp;Förhandsgranska text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="97"/>
        <source>&amp;Find</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="45"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="69"/>
        <source>&amp;All entries</source>
        <translation>&amp;Alla anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="70"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="71"/>
        <source>On this &amp;day</source>
        <translation>Den här &amp;dagen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="72"/>
        <source>&amp;Starred</source>
        <translation>&amp;Stjärnmärkta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="73"/>
        <source>S&amp;hareable</source>
        <translation>Del&amp;bara</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="74"/>
        <source>T&amp;rash</source>
        <translation>&amp;Papperskorgen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="95"/>
        <source>&amp;Insert picture…</source>
        <translation>&amp;Infoga bild…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="96"/>
        <source>Next &amp;misspelt word</source>
        <translation>&amp;Nästa felstavade ord</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="99"/>
        <source>&amp;Next entry</source>
        <translation>&amp;Nästa anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="100"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Föregående anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="122"/>
        <source>Open the &amp;menu bar</source>
        <translation>Öppna &amp;menyraden</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="417"/>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="106"/>
        <source>Clear the search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="46"/>
        <source>&amp;Share</source>
        <translation>&amp;Dela</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="101"/>
        <source>&amp;Share entries…</source>
        <translation>&amp;Dela anteckningar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="102"/>
        <source>&amp;Team library</source>
        <translation>&amp;Teambibliotek</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="103"/>
        <source>&amp;Import from another journal…</source>
        <translation>&amp;Importera från en annan dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="104"/>
        <source>What I have s&amp;hared</source>
        <translation>Det jag &amp;har delat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="47"/>
        <source>G&amp;rowth</source>
        <translation>&amp;Utveckling</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="105"/>
        <source>Development &amp;goals…</source>
        <translation>&amp;Utvecklingsmål…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="106"/>
        <source>Growth &amp;review</source>
        <translation>Utvecklings&amp;översikt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="107"/>
        <source>Prepare for my &amp;development talk…</source>
        <translation>&amp;Förbered mitt utvecklingssamtal…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="48"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papperskorg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="108"/>
        <source>&amp;Restore entry</source>
        <translation>&amp;Återställ anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="109"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="49"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="110"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="112"/>
        <source>&amp;About reflekt</source>
        <translation>&amp;Om reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="341"/>
        <source>The entry you are writing could not be saved, so it stays open: %1</source>
        <translation>Anteckningen du skriver kunde inte sparas och är därför fortfarande öppen: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="33"/>
        <location filename="../../src/reflekt/gui/notices.py" line="46"/>
        <source>Back to my journal</source>
        <translation>Tillbaka till min dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="41"/>
        <source>This is the demo journal: sample entries to look around in. Your own journal is not touched.</source>
        <translation>Det här är demodagboken: exempelanteckningar att titta runt i. Din egen dagbok påverkas inte.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="59"/>
        <source>Nothing matches “%1”. Press Esc to see all entries again.</source>
        <translation>Inga träffar för ”%1”. Tryck Esc för att se alla anteckningar igen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="63"/>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="65"/>
        <source>Your journal is empty. Press Ctrl+N to write your first reflection.</source>
        <translation>Din dagbok är tom. Tryck Ctrl+N för att skriva din första reflektion.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="92"/>
        <source>No entries on %1. Press Ctrl+N to write one for that day.</source>
        <translation>Inga anteckningar för %1. Tryck Ctrl+N för att skriva en för den dagen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="96"/>
        <source>Nothing written today yet. Press Ctrl+N to write.</source>
        <translation>Inget skrivet idag än. Tryck Ctrl+N för att skriva.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="97"/>
        <source>No starred entries. Press Ctrl+D to star the open entry.</source>
        <translation>Inga stjärnmärkta anteckningar. Tryck Ctrl+D för att stjärnmärka den öppna anteckningen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="100"/>
        <source>No shareable entries. Tick Shareable in an entry to allow exporting it.</source>
        <translation>Inga delbara anteckningar. Kryssa i Delbar i en anteckning för att kunna exportera den.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="103"/>
        <source>Nothing was written on this day in earlier years.</source>
        <translation>Inget skrevs på den här dagen tidigare år.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="107"/>
        <source>No entries here yet.</source>
        <translation>Inga anteckningar här än.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="362"/>
        <source>Today&apos;s prompt: %1</source>
        <translation>Dagens fråga: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="363"/>
        <source>Write about it</source>
        <translation>Skriv om det</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="228"/>
        <source>Moved “%1” to the trash.</source>
        <translation>”%1” flyttades till papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="447"/>
        <source>Restored “%1”.</source>
        <translation>”%1” har återställts.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="249"/>
        <source>The trash is already empty.</source>
        <translation>Papperskorgen är redan tom.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="253"/>
        <source>Empty the trash?</source>
        <translation>Vill du tömma papperskorgen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="452"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort %n anteckning för gott? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort %n anteckningar för gott? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="499"/>
        <source>← Back to the journal</source>
        <translation>← Tillbaka till dagboken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="520"/>
        <source>Showing the %n entries you picked in the chart.</source>
        <translation>
            <numerusform>Visar den %n anteckning som du valde i diagrammet.</numerusform>
            <numerusform>Visar de %n anteckningar som du valde i diagrammet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="522"/>
        <source>Show all entries</source>
        <translation>Visa alla anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="433"/>
        <source>Import entries</source>
        <translation>Importera anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="434"/>
        <source>Journal exports (*.json *.zip *.md);;jrnl or Day One JSON (*.json);;Day One export (*.zip);;All files (*)</source>
        <translation>Dagboksexporter (*.json *.zip *.md);;jrnl eller Day One JSON (*.json);;Day One-export (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="447"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="453"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="460"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="262"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="273"/>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="296"/>
        <source>Checking the team folder</source>
        <translation>Kontrollerar teammappen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="336"/>
        <source>About reflekt</source>
        <translation>Om reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/actions.py" line="337"/>
        <source>reflekt %1

A private journal for reflection and learning at work. Your journal stays on this computer.

Journal: %2</source>
        <translation>reflekt %1

En privat dagbok för reflektion och lärande på jobbet. Din dagbok stannar på den här datorn.

Dagbok: %2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="376"/>
        <source>Time to reflect</source>
        <translation>Dags att reflektera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="378"/>
        <source>Time to reflect: %1</source>
        <translation>Dags att reflektera: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="379"/>
        <source>Write now</source>
        <translation>Skriv nu</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="89"/>
        <source>reflekt journals (*.reflekt);;All files (*)</source>
        <translation>reflekt-dagböcker (*.reflekt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="96"/>
        <source>Create a new journal</source>
        <translation>Skapa en ny dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/session.py" line="107"/>
        <source>Open a journal</source>
        <translation>Öppna en dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/notices.py" line="32"/>
        <location filename="../../src/reflekt/gui/shell.py" line="87"/>
        <source>Demo journal</source>
        <translation>Demodagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="478"/>
        <source>Your unsaved text from %1 is back.</source>
        <translation>Din osparade text från kl. %1 är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="572"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="574"/>
        <source>The entry you are writing could not be saved: %1

Close anyway? The unsaved text will be lost.</source>
        <translation>Anteckningen du skriver kunde inte sparas: %1

Vill du stänga ändå? Den osparade texten går förlorad.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="310"/>
        <source>Mood, week by week</source>
        <translation>Humör, vecka för vecka</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="311"/>
        <source>Mood, month by month</source>
        <translation>Humör, månad för månad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="312"/>
        <source>Mood, quarter by quarter</source>
        <translation>Humör, kvartal för kvartal</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="313"/>
        <source>Mood, year by year</source>
        <translation>Humör, år för år</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="360"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="360"/>
        <source>Average mood (1–5)</source>
        <translation>Genomsnittligt humör (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="360"/>
        <source>Moods recorded</source>
        <translation>Noterat humör (antal)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="378"/>
        <source>Week of {date}: no mood recorded</source>
        <translation>Veckan som började {date}: inget humör angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="380"/>
        <source>Week of {date}: average mood {average:.1f} ({entries})</source>
        <translation>Veckan som började {date}: humör i snitt {average:.1f} ({entries})</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="386"/>
        <source>{span}: no mood recorded</source>
        <translation>{span}: inget humör angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="388"/>
        <source>{span}: average mood {average:.1f} ({entries})</source>
        <translation>{span}: humör i snitt {average:.1f} ({entries})</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="397"/>
        <source>No mood was recorded in this period.</source>
        <translation>Inget humör angivet under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="402"/>
        <source>Average mood {average:.1f} of 5 over {weeks} weeks with a mood; the lowest was the week of {week}.</source>
        <translation>Humör i snitt {average:.1f} av 5 under {weeks} veckor med humör angivet; lägst var veckan som började {week}.</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="53"/>
        <source>Names replaced (highlighted above)</source>
        <translation>Ersatta namn (markerade ovan)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="55"/>
        <source>Names replaced</source>
        <translation>Ersatta namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="59"/>
        <location filename="../../src/reflekt/gui/share_names.py" line="114"/>
        <source>Keep this name</source>
        <translation>Behåll det här namnet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="60"/>
        <source>Show the chosen name as written in this entry</source>
        <translation>Visa det valda namnet som det är skrivet i den här anteckningen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="64"/>
        <source>Another word to leave out: a nickname, a customer…</source>
        <translation>Ytterligare ett ord att utelämna: ett smeknamn, en kund …</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="66"/>
        <source>Another word to leave out</source>
        <translation>Ytterligare ett ord att utelämna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="67"/>
        <source>Leave out</source>
        <translation>Utelämna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="94"/>
        <source>%1 (kept)</source>
        <translation>%1 (behålls)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="110"/>
        <source>Put this word back</source>
        <translation>Ta tillbaka ordet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="112"/>
        <source>Replace this name again</source>
        <translation>Ersätt namnet igen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_names.py" line="156"/>
        <source>Leaving the word out</source>
        <translation>Utelämnar ordet</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/reflekt/gui/operations.py" line="138"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="150"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="100"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="101"/>
        <source>Person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="107"/>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="123"/>
        <source>How this person was involved</source>
        <translation>Hur personen var delaktig</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="116"/>
        <location filename="../../src/reflekt/gui/editor_fields.py" line="117"/>
        <source>Remove this person</source>
        <translation>Ta bort personen</translation>
    </message>
</context>
<context>
    <name>PictureAdder</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="245"/>
        <source>Adding the picture…</source>
        <translation>Lägger till bilden…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_pictures.py" line="283"/>
        <source>The picture was kept in the journal, but the entry it was for was closed before it was ready. Open that entry and add it again.</source>
        <translation>Bilden sparades i dagboken, men anteckningen den var till stängdes innan den var klar. Öppna den anteckningen och lägg till bilden igen.</translation>
    </message>
</context>
<context>
    <name>PictureSettings</name>
    <message>
        <location filename="../../src/reflekt/gui/picture_settings.py" line="27"/>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_settings.py" line="34"/>
        <location filename="../../src/reflekt/gui/picture_settings.py" line="36"/>
        <source>Largest side of a picture</source>
        <translation>Längsta sidan på en bild</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_settings.py" line="41"/>
        <source>Larger photos are made smaller when they are added (default %1 px). Pictures already in the journal stay as they are.</source>
        <translation>Större foton görs mindre när de läggs till (standard %1 px). Bilder som redan finns i dagboken förblir som de är.</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="107"/>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="112"/>
        <source>Pictures in this entry</source>
        <translation>Bilder i den här anteckningen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="115"/>
        <source>Press Enter to see a picture large. Its caption is its text for screen readers.</source>
        <translation>Tryck på Enter för att se en bild i stort format. Bildtexten är det som skärmläsare läser upp.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="135"/>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="138"/>
        <source>Caption</source>
        <translation>Bildtext</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="140"/>
        <source>What the picture shows, in words: read out by screen readers</source>
        <translation>Vad bilden visar, med ord: läses upp av skärmläsare</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="142"/>
        <source>Describe the picture</source>
        <translation>Beskriv bilden</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="145"/>
        <source>Move picture earlier</source>
        <translation>Flytta bilden tidigare</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="146"/>
        <source>Move picture later</source>
        <translation>Flytta bilden senare</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="147"/>
        <source>Remove picture</source>
        <translation>Ta bort bilden</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="149"/>
        <source>Removes the picture from this entry. Undo with Ctrl+Z in the text.</source>
        <translation>Tar bort bilden från den här anteckningen. Ångra med Ctrl+Z i texten.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="212"/>
        <source>%1 (missing from the journal)</source>
        <translation>%1 (saknas i dagboken)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="226"/>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_strip.py" line="233"/>
        <source>Missing picture</source>
        <translation>Bilden saknas</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../src/reflekt/gui/picture_viewer.py" line="69"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_viewer.py" line="92"/>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/picture_viewer.py" line="100"/>
        <source>Missing picture</source>
        <translation>Bilden saknas</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="404"/>
        <source>Saving the report</source>
        <translation>Sparar rapporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="118"/>
        <source>Prepare for my development talk</source>
        <translation>Förbered mitt utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="143"/>
        <source>Just me (everything)</source>
        <translation>Bara för mig (allt)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="144"/>
        <source>To show my manager (only shareable entries)</source>
        <translation>För att visa min chef (bara delbara anteckningar)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="146"/>
        <source>Show people&apos;s names (otherwise their role)</source>
        <translation>Visa personers namn (annars deras roll)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="152"/>
        <source>What I want to talk about</source>
        <translation>Det här vill jag prata om</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="154"/>
        <source>Support I would like</source>
        <translation>Stöd jag skulle vilja ha</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="158"/>
        <source>Remember today as the day of my development talk</source>
        <translation>Kom ihåg idag som dagen för mitt utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="162"/>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="164"/>
        <source>Include pictures</source>
        <translation>Ta med bilder</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="166"/>
        <source>Untick to leave the entries&apos; pictures out of the saved report</source>
        <translation>Avmarkera för att lämna inläggens bilder utanför den sparade rapporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="176"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="176"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="180"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="181"/>
        <source>For:</source>
        <translation>För:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="184"/>
        <source>What I want to talk about:</source>
        <translation>Det här vill jag prata om:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="185"/>
        <source>Support I would like:</source>
        <translation>Stöd jag skulle vilja ha:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="196"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="202"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="203"/>
        <source>Save as web page…</source>
        <translation>Spara som webbsida…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="204"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="373"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="373"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="380"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="191"/>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="192"/>
        <source>Preparing the report…</source>
        <translation>Förbereder rapporten…</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownView</name>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="102"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="118"/>
        <source>Picture not shown</source>
        <translation>Bilden visas inte</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="123"/>
        <source>Missing picture</source>
        <translation>Bilden saknas</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="131"/>
        <source>Open link?</source>
        <translation>Öppna länken?</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="132"/>
        <source>Open this link in your browser?

%1</source>
        <translation>Vill du öppna länken i webbläsaren?

%1</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="37"/>
        <source>The journal %1 is encrypted. Enter its passphrase:</source>
        <translation>Dagboken %1 är krypterad. Skriv dess lösenfras:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="42"/>
        <source>That passphrase did not open it. Try again:</source>
        <translation>Lösenfrasen stämde inte. Försök igen:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="48"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="89"/>
        <source>The journal is damaged</source>
        <translation>Dagboken är skadad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="90"/>
        <source>%1

reflekt has not changed the damaged file. It can put the newest good backup in its place and keep the damaged file beside it, with .damaged at the end of its name.

Restore the newest backup?</source>
        <translation>%1

reflekt har inte ändrat den skadade filen. reflekt kan ersätta den med den senaste fungerande säkerhetskopian och spara den skadade filen bredvid, med .damaged i slutet av namnet.

Vill du återställa den senaste säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="106"/>
        <source>Journal restored</source>
        <translation>Dagboken har återställts</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="107"/>
        <source>Restored the backup %1.
The damaged journal is kept as %2.</source>
        <translation>Säkerhetskopian %1 har återställts.
Den skadade dagboken har sparats som %2.</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="243"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="138"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="142"/>
        <source>reflekt backs the journal up when it starts and closes, at most once a day, and keeps 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>reflekt säkerhetskopierar dagboken när programmet startar och stängs, högst en gång per dag, och sparar 7 dagliga, 4 veckovisa och 12 månatliga kopior.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="148"/>
        <source>Backups, newest first</source>
        <translation>Säkerhetskopior, nyast först</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="151"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="153"/>
        <source>Restore selected backup…</source>
        <translation>Återställ vald säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="163"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="168"/>
        <source>Encrypt this journal…</source>
        <translation>Kryptera dagboken…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="170"/>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="172"/>
        <source>Remove encryption…</source>
        <translation>Ta bort krypteringen…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="191"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="192"/>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="193"/>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="200"/>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="212"/>
        <source>This journal is encrypted. Without its passphrase nobody can read it, you included: keep the passphrase somewhere safe.</source>
        <translation>Dagboken är krypterad. Utan lösenfrasen kan ingen läsa den, inte ens du: förvara lösenfrasen på ett säkert ställe.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="219"/>
        <source>This journal is not encrypted. Anyone who can read your files can read it.</source>
        <translation>Dagboken är inte krypterad. Alla som kommer åt dina filer kan läsa den.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="224"/>
        <source>Encryption needs the SQLCipher library, which is not installed.</source>
        <translation>Kryptering kräver biblioteket SQLCipher, som inte är installerat.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="248"/>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopian sparades i %1.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="256"/>
        <source>Restore this backup?</source>
        <translation>Vill du återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="258"/>
        <source>The journal goes back to how it was in this backup. The journal as it is now is kept as a backup of its own first, so nothing is lost.</source>
        <translation>Dagboken återgår till hur den såg ut i den här säkerhetskopian. Först sparas dagboken som den är nu som en egen säkerhetskopia, så inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="275"/>
        <location filename="../../src/reflekt/gui/safety.py" line="285"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="277"/>
        <source>Choose a passphrase. If you forget it, the journal cannot be opened by anyone, and reflekt cannot recover it.</source>
        <translation>Välj en lösenfras. Om du glömmer den kan ingen öppna dagboken, och reflekt kan inte återskapa lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="285"/>
        <source>Type it again:</source>
        <translation>Skriv den en gång till:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="290"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Lösenfraserna stämmer inte överens. Inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="316"/>
        <source>Remove encryption?</source>
        <translation>Vill du ta bort krypteringen?</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/safety.py" line="317"/>
        <source>The journal will be stored unencrypted, readable by anyone with your files.</source>
        <translation>Dagboken kommer att sparas okrypterad och kan läsas av alla som kommer åt dina filer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="58"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="61"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="71"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="80"/>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="65"/>
        <source>A new language shows after reflekt restarts.</source>
        <translation>Det nya språket visas när du har startat om reflekt.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="84"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="86"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="87"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="90"/>
        <source>Daily reminder</source>
        <translation>Daglig påminnelse</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="92"/>
        <source>Remind me to reflect</source>
        <translation>Påminn mig om att reflektera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="101"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="102"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="103"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="104"/>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="105"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="106"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="107"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="118"/>
        <source>Time</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="119"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="122"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="124"/>
        <source>This journal: %1</source>
        <translation>Den här dagboken: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="128"/>
        <source>Open another journal…</source>
        <translation>Öppna en annan dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="130"/>
        <source>Create a new journal…</source>
        <translation>Skapa en ny dagbok…</translation>
    </message>
</context>
<context>
    <name>SharePictures</name>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="40"/>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="42"/>
        <source>Include pictures</source>
        <translation>Ta med bilder</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="44"/>
        <source>Untick to share the entries without their pictures.</source>
        <translation>Bocka ur för att dela anteckningarna utan deras bilder.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="48"/>
        <source>Pictures that will leave</source>
        <translation>Bilder som lämnar datorn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="82"/>
        <source>… (picture %1 of those shown below: the file holds all its %2 KB here)</source>
        <translation>… (bild %1 av dem som visas nedanför: filen innehåller alla dess %2 kB här)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="90"/>
        <source>[Picture]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="91"/>
        <source>[Picture: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="115"/>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_pictures.py" line="128"/>
        <source>Left out: %1 (%2)</source>
        <translation>Utelämnad: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="26"/>
        <source>What I have shared</source>
        <translation>Det jag har delat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="31"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="31"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="31"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="31"/>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="36"/>
        <source>Share log</source>
        <translation>Delningslogg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="38"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="39"/>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="40"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="41"/>
        <source>Share bundle</source>
        <translation>Delningspaket</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="42"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="44"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="44"/>
        <source>Command line</source>
        <translation>Kommandoraden</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="56"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/share_log_dialog.py" line="63"/>
        <source>Nothing has been shared from this journal yet.</source>
        <translation>Inget har delats från den här dagboken än.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="80"/>
        <location filename="../../src/reflekt/gui/dialogs.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="91"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="91"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="77"/>
        <source>Journal views and filters</source>
        <translation>Vyer och filter i dagboken</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="83"/>
        <source>Calendar: days with entries are bold</source>
        <translation>Kalender: dagar med anteckningar visas i fetstil</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="88"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="89"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="97"/>
        <source>Days of the month: days with entries are bold</source>
        <translation>Månadens dagar: dagar med anteckningar visas i fetstil</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="187"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="189"/>
        <source>All entries</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="190"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="191"/>
        <source>On this day</source>
        <translation>Den här dagen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="192"/>
        <source>Starred</source>
        <translation>Stjärnmärkta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="193"/>
        <source>Shareable</source>
        <translation>Delbara</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="194"/>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="197"/>
        <source>Entries from this date in earlier years</source>
        <translation>Anteckningar från samma datum tidigare år</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="205"/>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="211"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="215"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="216"/>
        <source>Skills</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="217"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/sidebar.py" line="184"/>
        <location filename="../../src/reflekt/gui/sidebar.py" line="279"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="115"/>
        <source>Skills over time</source>
        <translation>Färdigheter över tid</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="178"/>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="200"/>
        <source>No skills were named in this period.</source>
        <translation>Inga färdigheter angivna under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/plotted.py" line="202"/>
        <source>The skill practised most was {skill} ({entries}); {count} skills appear in all.</source>
        <translation>Den färdighet du övade mest var {skill} ({entries}); {count} färdigheter förekommer totalt.</translation>
    </message>
</context>
<context>
    <name>SourcesChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="464"/>
        <source>Where learning came from, next to 70-20-10</source>
        <translation>Var lärandet kom ifrån, jämfört med 70-20-10</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="480"/>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="504"/>
        <source>70-20-10 reference</source>
        <translation>Referens 70-20-10</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="501"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="502"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="503"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="553"/>
        <source>{source}: {entries} ({share:.0f} %; reference {reference:.0f} %)</source>
        <translation>{source}: {entries} ({share:.0f} %; referens {reference:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="566"/>
        <source>No entry in this period says where the learning came from yet.</source>
        <translation>Ingen anteckning under perioden säger ännu var lärandet kom ifrån.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="569"/>
        <source>{experience} % of the learning came from experience, {people} % from other people and {course} % from courses and reading (the 70-20-10 reference).</source>
        <translation>{experience} % av lärandet kom från erfarenhet, {people} % från andra människor och {course} % från kurser och läsning (referensen 70-20-10).</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts/painted.py" line="573"/>
        <source>{entries} name no source.</source>
        <translation>{entries} anger ingen källa.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../src/reflekt/gui/spell_menu.py" line="45"/>
        <source>Looking for suggestions…</source>
        <translation>Söker förslag…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_menu.py" line="48"/>
        <source>&amp;Add to my dictionary</source>
        <translation>&amp;Lägg till i min ordlista</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_menu.py" line="51"/>
        <source>&amp;Ignore</source>
        <translation>Ig&amp;norera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_menu.py" line="54"/>
        <source>Not underlined again until reflekt restarts</source>
        <translation>Stryks inte under igen förrän reflekt startar om</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_menu.py" line="68"/>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
</context>
<context>
    <name>SpellNext</name>
    <message>
        <location filename="../../src/reflekt/gui/spell_next.py" line="71"/>
        <source>Misspelt: %1</source>
        <translation>Felstavat: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_next.py" line="73"/>
        <source>No misspelt words found</source>
        <translation>Inga felstavade ord hittades</translation>
    </message>
</context>
<context>
    <name>SpellingSettings</name>
    <message>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="23"/>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="69"/>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="80"/>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="26"/>
        <source>&amp;Check spelling as I write</source>
        <translation>&amp;Kontrollera stavningen medan jag skriver</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="31"/>
        <source>Languages to choose from:</source>
        <translation>Språk att välja mellan:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="37"/>
        <source>Check spelling in %1</source>
        <translation>Kontrollera stavningen på %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/spell_settings.py" line="45"/>
        <source>Each entry is checked in one of these; the editor shows which.</source>
        <translation>Varje anteckning kontrolleras på ett av dem; redigeringsrutan visar vilket.</translation>
    </message>
</context>
<context>
    <name>TeamLibrary</name>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="60"/>
        <source>Team library</source>
        <translation>Teambibliotek</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="77"/>
        <source>Choose team folder…</source>
        <translation>Välj teammapp…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="79"/>
        <source>Check for new lessons</source>
        <translation>Sök efter nya lärdomar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="89"/>
        <location filename="../../src/reflekt/gui/team_view.py" line="91"/>
        <source>Search the team library</source>
        <translation>Sök i teambiblioteket</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="93"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="95"/>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="97"/>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="102"/>
        <source>Forget colleague…</source>
        <translation>Glöm kollega…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="105"/>
        <source>Remove the chosen colleague&apos;s lessons and the key their bundles are signed with; the next check reads their files afresh</source>
        <translation>Ta bort den valda kollegans lärdomar och nyckeln som deras paket signeras med; nästa kontroll läser deras filer på nytt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="119"/>
        <source>Files skipped by the last check</source>
        <translation>Filer som den senaste kontrollen hoppade över</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="124"/>
        <source>Team lessons</source>
        <translation>Teamlärdomar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="132"/>
        <location filename="../../src/reflekt/gui/team_view.py" line="133"/>
        <source>Show more lessons</source>
        <translation>Visa fler lärdomar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="146"/>
        <source>I learned from this</source>
        <translation>Jag lärde mig av det här</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="148"/>
        <source>Write an entry of your own about this lesson, crediting its author</source>
        <translation>Skriv en egen anteckning om lärdomen och nämn vem den kommer från</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="200"/>
        <source>No team folder yet. Choose the shared folder where your team puts share bundles (for example one that OneDrive or Nextcloud keeps in sync).</source>
        <translation>Ingen teammapp vald än. Välj den delade mapp där ditt team lägger sina delningspaket (till exempel en mapp som OneDrive eller Nextcloud synkroniserar).</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="205"/>
        <source>Team folder: %1</source>
        <translation>Teammapp: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="215"/>
        <source>Choose the team folder</source>
        <translation>Välj teammappen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="234"/>
        <location filename="../../src/reflekt/gui/team_view.py" line="516"/>
        <source>Checking the team folder…</source>
        <translation>Kontrollerar teammappen…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="241"/>
        <source>Checking the team folder</source>
        <translation>Kontrollerar teammappen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="261"/>
        <source>Checked at %1: %2 new, %3 updated, %4 withdrawn.</source>
        <translation>Kontrollerat %1. Nya: %2, uppdaterade: %3, tillbakadragna: %4.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="268"/>
        <source>Checked at %1: nothing changed since the last check.</source>
        <translation>Kontrollerat %1: inget har ändrats sedan förra kontrollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="273"/>
        <source>%n file(s) not read, listed below.</source>
        <translation>
            <numerusform>%n fil lästes inte, se listan nedan.</numerusform>
            <numerusform>%n filer lästes inte, se listan nedan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="416"/>
        <source>The lesson you were reading was withdrawn by its author.</source>
        <translation>Lärdomen du läste har dragits tillbaka av den som skrev den.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="437"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="445"/>
        <source>New lesson: %1</source>
        <translation>Ny lärdom: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="463"/>
        <source>%n matching lesson(s) shown</source>
        <translation>
            <numerusform>%n matchande lärdom visas</numerusform>
            <numerusform>%n matchande lärdomar visas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="465"/>
        <source>(there are more)</source>
        <translation>(det finns fler)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="467"/>
        <source>Showing %1 of %2 lessons</source>
        <translation>Visar %1 av %2 lärdomar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="470"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lärdom</numerusform>
            <numerusform>%n lärdomar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="472"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="503"/>
        <source>No lessons match the search or the filters. Clear them to see all %n lesson(s) in the library.</source>
        <translation>
            <numerusform>Inga lärdomar matchar sökningen eller filtren. Rensa dem för att se den %n lärdomen i biblioteket.</numerusform>
            <numerusform>Inga lärdomar matchar sökningen eller filtren. Rensa dem för att se alla %n lärdomar i biblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="510"/>
        <source>No team folder is chosen yet. Choose the shared folder where your team puts share bundles with “Choose team folder…”.</source>
        <translation>Ingen teammapp är vald än. Välj den delade mappen där ditt team lägger delningspaket med ”Välj teammapp…”.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="518"/>
        <source>No colleague&apos;s lessons have been read yet. Click “Check for new lessons”.</source>
        <translation>Inga lärdomar från kollegor har lästs än. Klicka på ”Sök efter nya lärdomar”.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="520"/>
        <source>No colleague&apos;s lessons have arrived in the team folder yet.</source>
        <translation>Inga lärdomar från kollegor har kommit till teammappen än.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="524"/>
        <source>Your own bundle is there: colleagues read it, and your lessons are in your journal.</source>
        <translation>Ditt eget paket finns där: kollegorna läser det, och dina lärdomar finns i din dagbok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="531"/>
        <source>%n file(s) there were not read; the list above says why.</source>
        <translation>
            <numerusform>%n fil där lästes inte; listan ovanför säger varför.</numerusform>
            <numerusform>%n filer där lästes inte; listan ovanför säger varför.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="301"/>
        <source>All colleagues</source>
        <translation>Alla kollegor</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="304"/>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="305"/>
        <source>All skills</source>
        <translation>Alla färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="326"/>
        <source>Your key: %1 (colleagues see it next to your name)</source>
        <translation>Din nyckel: %1 (kollegorna ser den bredvid ditt namn)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="333"/>
        <source>unverified</source>
        <translation>overifierad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="345"/>
        <source>Forget colleague</source>
        <translation>Glöm kollega</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="347"/>
        <source>Forget %1? Their %n lesson(s) and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</source>
        <translation>
            <numerusform>Glömma %1? Deras %n lärdom och nyckeln som deras paket signeras med tas bort ur ditt teambibliotek. Nästa kontroll läser deras filer igen och litar på nyckeln den hittar då.</numerusform>
            <numerusform>Glömma %1? Deras %n lärdomar och nyckeln som deras paket signeras med tas bort ur ditt teambibliotek. Nästa kontroll läser deras filer igen och litar på nyckeln den hittar då.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="363"/>
        <source>Forgot the colleague and %n lesson(s).</source>
        <translation>
            <numerusform>Kollegan och %n lärdom glömdes.</numerusform>
            <numerusform>Kollegan och %n lärdomar glömdes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="562"/>
        <source>a lesson from %1</source>
        <translation>en lärdom från %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="566"/>
        <source>Learned from %1: %2</source>
        <translation>Lärt av %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="571"/>
        <source>Their lesson “%1” in the team library.</source>
        <translation>Hens lärdom ”%1” i teambiblioteket.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/team_view.py" line="583"/>
        <source>Added an entry crediting %1. Write how you will use it.</source>
        <translation>En anteckning med %1 som källa har lagts till. Skriv hur du ska använda det du lärt dig.</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="32"/>
        <source>New entry from a template</source>
        <translation>Ny anteckning från mall</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="37"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="51"/>
        <source>Start writing</source>
        <translation>Börja skriva</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="67"/>
        <source>Sections: %1</source>
        <translation>Avsnitt: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSections</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_sections.py" line="85"/>
        <source>%1 &lt;i&gt;(stays private, even in shareable entries)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(förblir privat, även i delbara anteckningar)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_bars.py" line="70"/>
        <source>This entry is in the trash.</source>
        <translation>Den här anteckningen ligger i papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_bars.py" line="71"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>VisibilityBanner</name>
    <message>
        <location filename="../../src/reflekt/gui/editor_bars.py" line="28"/>
        <source>Private: only on this computer.</source>
        <translation>Privat: finns bara på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor_bars.py" line="33"/>
        <source>Shareable: this entry can be exported for colleagues. Mood and private sections never leave your computer.</source>
        <translation>Delbar: anteckningen kan exporteras och delas med kollegor. Humör och privata avsnitt lämnar aldrig din dator.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="224"/>
        <source>Welcome to reflekt</source>
        <translation>Välkommen till reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="232"/>
        <source>A private journal for what you learn at work: short reflections, lessons from mistakes and successes, what colleagues taught you and what you shared.

Everything stays on this computer. Nothing is shared unless you export it.</source>
        <translation>En privat dagbok för det du lär dig på jobbet: korta reflektioner, lärdomar av misstag och framgångar, det kollegor har lärt dig och det du själv har delat med dig av.

Allt stannar på den här datorn. Inget delas om du inte själv exporterar det.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="240"/>
        <source>Start writing</source>
        <translation>Börja skriva</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="242"/>
        <source>Open a demo journal</source>
        <translation>Öppna en demodagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/shell.py" line="244"/>
        <source>A year of sample entries in a separate file, to look around safely.</source>
        <translation>Ett år med exempelanteckningar i en separat fil, så att du kan titta runt i lugn och ro.</translation>
    </message>
</context>
<context>
    <name>_ChartCard</name>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="106"/>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="126"/>
        <source>Show “%1” as a table</source>
        <translation>Visa ”%1” som tabell</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <location filename="../../src/reflekt/gui/folders.py" line="98"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
</context>
</TS>
