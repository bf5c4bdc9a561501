<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="396"/>
        <source>Activity over the year</source>
        <translation>Aktivitet under året</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="490"/>
        <source>No entries between {start} and {end}.</source>
        <translation>Inga anteckningar mellan {start} och {end}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="497"/>
        <source>You wrote on {days} of the {total} days from {start} to {end}; the busiest week began {week} with {entries}.</source>
        <translation>Du skrev {days} av de {total} dagarna från {start} till {end}; den mest aktiva veckan började {week} med {entries}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="58"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="115"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="120"/>
        <source>reflekt ran into a problem it did not expect. This is a bug, not something you did. Your journal is safe: every saved change is kept.

The details were written to %1. Copying them helps fix the bug.</source>
        <translation>reflekt stötte på ett oväntat problem. Det är ett fel i programmet, inte något du har gjort. Din dagbok är i säkerhet: alla sparade ändringar finns kvar.

Detaljerna har sparats i %1. Om du kopierar dem blir det lättare att rätta felet.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="128"/>
        <source>Error details</source>
        <translation>Felinformation</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="129"/>
        <source>Copy report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="140"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="241"/>
        <source>Shareable</source>
        <translation>Delbar</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="221"/>
        <source>This entry is in the trash.</source>
        <translation>Den här anteckningen ligger i papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="222"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="233"/>
        <source>Choose an entry, or press Ctrl+N to write a new one.</source>
        <translation>Välj en anteckning eller tryck Ctrl+N för att skriva en ny.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="250"/>
        <location filename="../../src/reflekt/gui/editor.py" line="251"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="261"/>
        <source>Star</source>
        <translation>Stjärnmärk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="262"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation>Stjärnmärk anteckningen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="275"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="280"/>
        <location filename="../../src/reflekt/gui/editor.py" line="281"/>
        <source>Shareable</source>
        <translation>Delbar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="287"/>
        <source>Private by default. Check to allow exporting it.</source>
        <translation>Privat från början. Markera om den får exporteras.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="306"/>
        <location filename="../../src/reflekt/gui/editor.py" line="322"/>
        <location filename="../../src/reflekt/gui/editor.py" line="460"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="309"/>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="311"/>
        <source>Show the text as it will look (Ctrl+Shift+P)</source>
        <translation>Visa hur texten kommer att se ut (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="320"/>
        <source>Write freely. Markdown works: **bold**, - lists, # headings.</source>
        <translation>Skriv fritt. Du kan använda Markdown: **fetstil**, - listor, # rubriker.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="333"/>
        <source>e.g. feedback, meetings</source>
        <translation>t.ex. feedback, möten</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="334"/>
        <location filename="../../src/reflekt/gui/editor.py" line="365"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="336"/>
        <source>e.g. Facilitation, SQL</source>
        <translation>t.ex. Mötesledning, SQL</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="337"/>
        <location filename="../../src/reflekt/gui/editor.py" line="366"/>
        <source>Skills</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="347"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="351"/>
        <location filename="../../src/reflekt/gui/editor.py" line="369"/>
        <source>Mood</source>
        <translation>Humör</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="352"/>
        <source>Optional. Mood is never shared.</source>
        <translation>Frivilligt. Humöret delas aldrig.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="353"/>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="355"/>
        <source>1 – Low</source>
        <translation>1 – Dåligt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="356"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="357"/>
        <source>3 – Okay</source>
        <translation>3 – Okej</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="358"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="359"/>
        <source>5 – Great</source>
        <translation>5 – Toppen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="363"/>
        <source>Goals this entry is evidence for</source>
        <translation>Mål som anteckningen är belägg för</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="367"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="460"/>
        <source>Other notes</source>
        <translation>Övriga noteringar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="346"/>
        <location filename="../../src/reflekt/gui/editor.py" line="368"/>
        <source>Learned through</source>
        <translation>Lärde mig genom</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="272"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="284"/>
        <source>When checked, this entry can be shared with colleagues by exporting it. Private by default.</source>
        <translation>När rutan är ikryssad kan anteckningen exporteras och delas med kollegor. Privat som standard.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="370"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="482"/>
        <location filename="../../src/reflekt/gui/editor.py" line="654"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="499"/>
        <source>%1 &lt;i&gt;(stays private, even in shareable entries)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(förblir privat, även i delbara anteckningar)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="551"/>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="566"/>
        <source>Shareable: this entry can be exported for colleagues. Mood and private sections never leave your computer.</source>
        <translation>Delbar: anteckningen kan exporteras och delas med kollegor. Humör och privata avsnitt lämnar aldrig din dator.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="574"/>
        <source>Private: only on this computer.</source>
        <translation>Privat: finns bara på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="652"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="149"/>
        <location filename="../../src/reflekt/gui/entry_list.py" line="158"/>
        <source>(empty entry)</source>
        <translation>(tom anteckning)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="161"/>
        <source>starred</source>
        <translation>stjärnmärkt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="162"/>
        <source>shareable</source>
        <translation>delbar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="162"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="164"/>
        <source>tags: %1</source>
        <translation>taggar: %1</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="334"/>
        <source>Entries</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="153"/>
        <source>reflekt</source>
        <translation>reflekt</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="757"/>
        <source>Learned from others and shared with others</source>
        <translation>Lärt av andra och delat med andra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="776"/>
        <source>Learned from a colleague</source>
        <translation>Lärt av en kollega</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="777"/>
        <source>Knowledge I shared</source>
        <translation>Kunskap jag delat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="800"/>
        <source>{month}: learned from others {learned}, shared {shared}</source>
        <translation>{month}: lärt av andra {learned}, delat {shared}</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="810"/>
        <source>No entries about learning from or sharing with colleagues yet.</source>
        <translation>Inga anteckningar om att lära av eller dela med kollegor ännu.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="812"/>
        <source>You wrote {learned} about learning from a colleague and {shared} about knowledge you shared.</source>
        <translation>Du skrev {learned} om att lära av en kollega och {shared} om kunskap du delat.</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="44"/>
        <source>Development goals</source>
        <translation>Utvecklingsmål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="52"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="54"/>
        <source>Show achieved and dropped goals</source>
        <translation>Visa uppnådda och avslutade mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="56"/>
        <location filename="../../src/reflekt/gui/goals.py" line="159"/>
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
        <location filename="../../src/reflekt/gui/goals.py" line="72"/>
        <source>Has a target date</source>
        <translation>Har ett måldatum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="80"/>
        <source>Entries that are evidence for this goal</source>
        <translation>Anteckningar som är belägg för målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="85"/>
        <source>Save goal</source>
        <translation>Spara målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="87"/>
        <source>Mark achieved</source>
        <translation>Markera som uppnått</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="89"/>
        <source>Delete goal</source>
        <translation>Ta bort målet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="95"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="96"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="97"/>
        <source>Target</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="99"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/goals.py" line="155"/>
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
        <location filename="../../src/reflekt/gui/charts.py" line="67"/>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="68"/>
        <source>Lesson learned</source>
        <translation>Lärdom</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="69"/>
        <source>Lesson from a mistake</source>
        <translation>Lärdom av ett misstag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="70"/>
        <source>Learned from a colleague</source>
        <translation>Lärt av en kollega</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="71"/>
        <source>Knowledge I shared</source>
        <translation>Kunskap jag delat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="72"/>
        <source>Goal note</source>
        <translation>Anteckning om mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="73"/>
        <source>Today I learned</source>
        <translation>Idag lärde jag mig</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="74"/>
        <source>Weekly review</source>
        <translation>Veckoreflektion</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="81"/>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="82"/>
        <source>Other people</source>
        <translation>Andra människor</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="83"/>
        <source>Courses and reading</source>
        <translation>Kurser och läsning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/charts.py" line="90"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="132"/>
        <source>week of {date}</source>
        <translation>veckan som började {date}</translation>
    </message>
</context>
<context>
    <name>GrowthView</name>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="135"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="138"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="138"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="143"/>
        <source>Prepare for my development talk…</source>
        <translation>Förbered mitt utvecklingssamtal…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="145"/>
        <source>My growth</source>
        <translation>Min utveckling</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="154"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="220"/>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="221"/>
        <source>Last 6 months</source>
        <translation>Senaste 6 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="222"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="224"/>
        <source>Since my last development talk ({date})</source>
        <translation>Sedan mitt senaste utvecklingssamtal ({date})</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="228"/>
        <source>Since my last development talk (none recorded yet)</source>
        <translation>Sedan mitt senaste utvecklingssamtal (inget sparat ännu)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="230"/>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="321"/>
        <source>entries</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="322"/>
        <source>{change} compared with the {days} days before</source>
        <translation>{change} jämfört med de {days} dagarna innan</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="328"/>
        <source>weeks in a row</source>
        <translation>veckor i rad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="329"/>
        <source>longest: {longest}</source>
        <translation>längst: {longest}</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="331"/>
        <source>lessons from mistakes</source>
        <translation>lärdomar av misstag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="332"/>
        <source>times I shared knowledge</source>
        <translation>gånger jag delat kunskap</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/growth_view.py" line="333"/>
        <source>things learned from others</source>
        <translation>saker jag lärt av andra</translation>
    </message>
</context>
<context>
    <name>KindsChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="515"/>
        <source>Kinds of entry over time</source>
        <translation>Typer av anteckningar över tid</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="575"/>
        <source>No entries in this period.</source>
        <translation>Inga anteckningar under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="580"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest week was the {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); den mest aktiva veckan var {span}.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="584"/>
        <source>Most entries were “{kind}” ({count} of {total}); the busiest month was {span}.</source>
        <translation>Flest anteckningar var ”{kind}” ({count} av {total}); den mest aktiva månaden var {span}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="137"/>
        <source>Search (Ctrl+F)</source>
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="139"/>
        <source>Search entries</source>
        <translation>Sök bland anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="177"/>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="179"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="251"/>
        <source>&amp;New entry</source>
        <translation>&amp;Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="253"/>
        <source>New entry from a &amp;template…</source>
        <translation>Ny anteckning från &amp;mall…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="257"/>
        <source>&amp;Open journal…</source>
        <translation>&amp;Öppna dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="259"/>
        <source>Create a new &amp;journal…</source>
        <translation>Skapa en ny &amp;dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="261"/>
        <source>Open the &amp;demo journal</source>
        <translation>Öppna d&amp;emodagboken</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="263"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="271"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="275"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Ta bort anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="280"/>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="281"/>
        <source>S&amp;tar or unstar</source>
        <translation>Stjärn&amp;märk eller ta bort stjärna</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="283"/>
        <source>&amp;Preview text</source>
        <translation>&amp;Förhandsgranska text</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="285"/>
        <source>&amp;Find</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="290"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="293"/>
        <source>&amp;All entries</source>
        <translation>&amp;Alla anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="294"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="295"/>
        <source>On this &amp;day</source>
        <translation>Den här &amp;dagen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="296"/>
        <source>&amp;Starred</source>
        <translation>&amp;Stjärnmärkta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="297"/>
        <source>S&amp;hareable</source>
        <translation>Del&amp;bara</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="298"/>
        <source>T&amp;rash</source>
        <translation>&amp;Papperskorgen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="304"/>
        <source>&amp;Next entry</source>
        <translation>&amp;Nästa anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="305"/>
        <source>&amp;Previous entry</source>
        <translation>&amp;Föregående anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="307"/>
        <source>G&amp;oals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="308"/>
        <source>Development &amp;goals…</source>
        <translation>&amp;Utvecklingsmål…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="311"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papperskorg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="312"/>
        <source>&amp;Restore entry</source>
        <translation>&amp;Återställ anteckning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="313"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="316"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="318"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="321"/>
        <source>&amp;About reflekt</source>
        <translation>&amp;Om reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="408"/>
        <source>The entry you are writing could not be saved, so it stays open: %1</source>
        <translation>Anteckningen du skriver kunde inte sparas och är därför fortfarande öppen: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="421"/>
        <source>Nothing matches “%1”. Press Esc to see all entries again.</source>
        <translation>Inga träffar för ”%1”. Tryck Esc för att se alla anteckningar igen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="425"/>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="428"/>
        <source>Your journal is empty. Press Ctrl+N to write your first reflection.</source>
        <translation>Din dagbok är tom. Tryck Ctrl+N för att skriva din första reflektion.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="431"/>
        <source>No entries here yet.</source>
        <translation>Inga anteckningar här än.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="441"/>
        <source>Today&apos;s prompt: %1</source>
        <translation>Dagens fråga: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="441"/>
        <source>Write about it</source>
        <translation>Skriv om det</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="497"/>
        <source>Moved “%1” to the trash.</source>
        <translation>”%1” flyttades till papperskorgen.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="523"/>
        <source>Restored “%1”.</source>
        <translation>”%1” har återställts.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="534"/>
        <source>The trash is already empty.</source>
        <translation>Papperskorgen är redan tom.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="538"/>
        <source>Empty the trash?</source>
        <translation>Vill du tömma papperskorgen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="539"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort %n anteckning för gott? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort %n anteckningar för gott? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="597"/>
        <source>About reflekt</source>
        <translation>Om reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="599"/>
        <source>reflekt %1

A private journal for reflection and learning at work. Your journal stays on this computer.

Journal: %2</source>
        <translation>reflekt %1

En privat dagbok för reflektion och lärande på jobbet. Din dagbok stannar på den här datorn.

Dagbok: %2</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="607"/>
        <source>Time to reflect</source>
        <translation>Dags att reflektera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="611"/>
        <source>Time to reflect: %1</source>
        <translation>Dags att reflektera: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="612"/>
        <source>Write now</source>
        <translation>Skriv nu</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="644"/>
        <source>reflekt journals (*.reflekt);;All files (*)</source>
        <translation>reflekt-dagböcker (*.reflekt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="647"/>
        <source>Create a new journal</source>
        <translation>Skapa en ny dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="652"/>
        <source>Open a journal</source>
        <translation>Öppna en dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="684"/>
        <source>Demo journal</source>
        <translation>Demodagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="738"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="740"/>
        <source>The entry you are writing could not be saved: %1

Close anyway? The unsaved text will be lost.</source>
        <translation>Anteckningen du skriver kunde inte sparas: %1

Vill du stänga ändå? Den osparade texten går förlorad.</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="823"/>
        <source>Mood, week by week</source>
        <translation>Humör, vecka för vecka</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="869"/>
        <source>Week of {date}: no mood recorded</source>
        <translation>Veckan som började {date}: inget humör angivet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="871"/>
        <source>Week of {date}: average mood {average:.1f} ({entries})</source>
        <translation>Veckan som började {date}: humör i snitt {average:.1f} ({entries})</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="880"/>
        <source>No mood was recorded in this period.</source>
        <translation>Inget humör angivet under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="885"/>
        <source>Average mood {average:.1f} of 5 over {weeks} weeks with a mood; the lowest was the week of {week}.</source>
        <translation>Humör i snitt {average:.1f} av 5 under {weeks} veckor med humör angivet; lägst var veckan som började {week}.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="148"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="108"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="109"/>
        <source>Person&apos;s name</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="114"/>
        <source>How this person was involved</source>
        <translation>Hur personen var delaktig</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="123"/>
        <location filename="../../src/reflekt/gui/editor.py" line="124"/>
        <source>Remove this person</source>
        <translation>Ta bort personen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="60"/>
        <source>Prepare for my development talk</source>
        <translation>Förbered mitt utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="72"/>
        <source>Just me (everything)</source>
        <translation>Bara för mig (allt)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="73"/>
        <source>To show my manager (only shareable entries)</source>
        <translation>För att visa min chef (bara delbara anteckningar)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="75"/>
        <source>Show people&apos;s names (otherwise their role)</source>
        <translation>Visa personers namn (annars deras roll)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="81"/>
        <source>What I want to talk about</source>
        <translation>Det här vill jag prata om</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="83"/>
        <source>Support I would like</source>
        <translation>Stöd jag skulle vilja ha</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="87"/>
        <source>Remember today as the day of my development talk</source>
        <translation>Kom ihåg idag som dagen för mitt utvecklingssamtal</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="93"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="94"/>
        <source>For:</source>
        <translation>För:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="97"/>
        <source>What I want to talk about:</source>
        <translation>Det här vill jag prata om:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="98"/>
        <source>Support I would like:</source>
        <translation>Stöd jag skulle vilja ha:</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="105"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="111"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="112"/>
        <source>Save as web page…</source>
        <translation>Spara som webbsida…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="113"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="174"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="174"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/report_dialog.py" line="176"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownView</name>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="31"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="44"/>
        <source>Open link?</source>
        <translation>Öppna länken?</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="45"/>
        <source>Open this link in your browser?

%1</source>
        <translation>Vill du öppna länken i webbläsaren?

%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="40"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="43"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="51"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="60"/>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="46"/>
        <source>A new language shows after reflekt restarts.</source>
        <translation>Det nya språket visas när du har startat om reflekt.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="52"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="53"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="64"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="66"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="67"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="70"/>
        <source>Daily reminder</source>
        <translation>Daglig påminnelse</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="72"/>
        <source>Remind me to reflect</source>
        <translation>Påminn mig om att reflektera</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="81"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="82"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="83"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="84"/>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="85"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="86"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="87"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="98"/>
        <source>Time</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="99"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="102"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="104"/>
        <source>This journal: %1</source>
        <translation>Den här dagboken: %1</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="108"/>
        <source>Open another journal…</source>
        <translation>Öppna en annan dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="110"/>
        <source>Create a new journal…</source>
        <translation>Skapa en ny dagbok…</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="145"/>
        <source>Open a journal</source>
        <translation>Öppna en dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="147"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="158"/>
        <source>reflekt journals (*.reflekt);;All files (*)</source>
        <translation>reflekt-dagböcker (*.reflekt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="156"/>
        <source>Create a new journal</source>
        <translation>Skapa en ny dagbok</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="82"/>
        <location filename="../../src/reflekt/gui/dialogs.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="93"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="93"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="60"/>
        <source>Journal views and filters</source>
        <translation>Vyer och filter i dagboken</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="66"/>
        <source>Calendar: days with entries are bold</source>
        <translation>Kalender: dagar med anteckningar visas i fetstil</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="70"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="71"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="117"/>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="119"/>
        <source>All entries</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="120"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="121"/>
        <source>On this day</source>
        <translation>Den här dagen</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="122"/>
        <source>Starred</source>
        <translation>Stjärnmärkta</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="123"/>
        <source>Shareable</source>
        <translation>Delbara</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="124"/>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="127"/>
        <source>Entries from this date in earlier years</source>
        <translation>Anteckningar från samma datum tidigare år</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="135"/>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="141"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="145"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="146"/>
        <source>Skills</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="147"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/sidebar.py" line="209"/>
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
        <location filename="../../src/reflekt/gui/charts.py" line="681"/>
        <source>Skills over time</source>
        <translation>Färdigheter över tid</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="741"/>
        <source>No skills were named in this period.</source>
        <translation>Inga färdigheter angivna under perioden.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="743"/>
        <source>The skill practised most was {skill} ({entries}); {count} skills appear in all.</source>
        <translation>Den färdighet du övade mest var {skill} ({entries}); {count} färdigheter förekommer totalt.</translation>
    </message>
</context>
<context>
    <name>SourcesChart</name>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="598"/>
        <source>Where learning came from, next to 70-20-10</source>
        <translation>Var lärandet kom ifrån, jämfört med 70-20-10</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="627"/>
        <source>70-20-10 reference</source>
        <translation>Referens 70-20-10</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="649"/>
        <source>{source}: {entries} ({share:.0f} %; reference {reference:.0f} %)</source>
        <translation>{source}: {entries} ({share:.0f} %; referens {reference:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="662"/>
        <source>No entry in this period says where the learning came from yet.</source>
        <translation>Ingen anteckning under perioden säger ännu var lärandet kom ifrån.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="665"/>
        <source>{experience} % of the learning came from experience, {people} % from other people and {course} % from courses and reading (the 70-20-10 reference).</source>
        <translation>{experience} % av lärandet kom från erfarenhet, {people} % från andra människor och {course} % från kurser och läsning (referensen 70-20-10).</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/charts.py" line="669"/>
        <source>{entries} name no source.</source>
        <translation>{entries} anger ingen källa.</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="34"/>
        <source>New entry from a template</source>
        <translation>Ny anteckning från mall</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="39"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="53"/>
        <source>Start writing</source>
        <translation>Börja skriva</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="69"/>
        <source>Sections: %1</source>
        <translation>Avsnitt: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="78"/>
        <source>Welcome to reflekt</source>
        <translation>Välkommen till reflekt</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="86"/>
        <source>A private journal for what you learn at work: short reflections, lessons from mistakes and successes, what colleagues taught you and what you shared.

Everything stays on this computer. Nothing is shared unless you export it.</source>
        <translation>En privat dagbok för det du lär dig på jobbet: korta reflektioner, lärdomar av misstag och framgångar, det kollegor har lärt dig och det du själv har delat med dig av.

Allt stannar på den här datorn. Inget delas om du inte själv exporterar det.</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="94"/>
        <source>Start writing</source>
        <translation>Börja skriva</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="96"/>
        <source>Open a demo journal</source>
        <translation>Öppna en demodagbok</translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="98"/>
        <source>A year of sample entries in a separate file, to look around safely.</source>
        <translation>Ett år med exempelanteckningar i en separat fil, så att du kan titta runt i lugn och ro.</translation>
    </message>
</context>
</TS>
