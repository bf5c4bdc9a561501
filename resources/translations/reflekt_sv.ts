<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="58"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="115"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="120"/>
        <source>reflekt ran into a problem it did not expect. This is a bug, not something you did. Your journal is safe: every saved change is kept.

The details were written to %1. Copying them helps fix the bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="128"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="129"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="140"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="241"/>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="219"/>
        <source>This entry is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="220"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="231"/>
        <source>Choose an entry, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="248"/>
        <location filename="../../src/reflekt/gui/editor.py" line="249"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="259"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="260"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="270"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="273"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="278"/>
        <location filename="../../src/reflekt/gui/editor.py" line="279"/>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="281"/>
        <source>When checked, this entry may be exported for colleagues. Private by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="283"/>
        <source>Private by default. Check to allow exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="302"/>
        <location filename="../../src/reflekt/gui/editor.py" line="318"/>
        <location filename="../../src/reflekt/gui/editor.py" line="449"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="305"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="307"/>
        <source>Show the text as it will look (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="316"/>
        <source>Write freely. Markdown works: **bold**, - lists, # headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="329"/>
        <source>e.g. feedback, meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="330"/>
        <location filename="../../src/reflekt/gui/editor.py" line="361"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="332"/>
        <source>e.g. Facilitation, SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="333"/>
        <location filename="../../src/reflekt/gui/editor.py" line="362"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="342"/>
        <source>Learning source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="343"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="347"/>
        <location filename="../../src/reflekt/gui/editor.py" line="365"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="348"/>
        <source>Optional. Mood is never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="349"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="351"/>
        <source>1 – Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="352"/>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="353"/>
        <source>3 – Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="354"/>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="355"/>
        <source>5 – Great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="359"/>
        <source>Goals this entry is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="363"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="364"/>
        <source>Learned through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="366"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="449"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="471"/>
        <location filename="../../src/reflekt/gui/editor.py" line="638"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="486"/>
        <source>  🔒 stays private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="536"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="551"/>
        <source>Shareable: this entry can be exported for colleagues. Mood and private sections never leave your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="559"/>
        <source>Private: only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="636"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="149"/>
        <location filename="../../src/reflekt/gui/entry_list.py" line="158"/>
        <source>(empty entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="161"/>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="162"/>
        <source>shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="162"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="164"/>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <location filename="../../src/reflekt/gui/entry_list.py" line="334"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="153"/>
        <source>reflekt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="44"/>
        <source>Development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="52"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="54"/>
        <source>Show achieved and dropped goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="56"/>
        <location filename="../../src/reflekt/gui/goals.py" line="159"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="65"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="67"/>
        <source>Why this goal matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="72"/>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="80"/>
        <source>Entries that are evidence for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="85"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="87"/>
        <source>Mark achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="89"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="95"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="96"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="97"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/goals.py" line="99"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/goals.py" line="155"/>
        <source>Evidence (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="137"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="139"/>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="177"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="179"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="250"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="251"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="253"/>
        <source>New entry from a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="257"/>
        <source>&amp;Open journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="258"/>
        <source>Create a new &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="259"/>
        <source>Open the &amp;demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="261"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="264"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="266"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="269"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="273"/>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="278"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="279"/>
        <source>S&amp;tar or unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="281"/>
        <source>&amp;Preview text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="283"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="288"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="291"/>
        <source>&amp;All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="292"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="293"/>
        <source>On this &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="294"/>
        <source>&amp;Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="295"/>
        <source>S&amp;hareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="296"/>
        <source>T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="302"/>
        <source>&amp;Next entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="303"/>
        <source>&amp;Previous entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="305"/>
        <source>G&amp;oals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="306"/>
        <source>Development &amp;goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="309"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="310"/>
        <source>&amp;Restore entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="311"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="314"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="316"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="319"/>
        <source>&amp;About reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="398"/>
        <source>Nothing matches “%1”. Press Esc to see all entries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="402"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="405"/>
        <source>Your journal is empty. Press Ctrl+N to write your first reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="408"/>
        <source>No entries here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="418"/>
        <source>Today&apos;s prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="418"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="471"/>
        <source>Moved “%1” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="497"/>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="508"/>
        <source>The trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="512"/>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="513"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="571"/>
        <source>About reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="573"/>
        <source>reflekt %1

A private journal for reflection and learning at work. Your journal stays on this computer.

Journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="581"/>
        <source>Time to reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="585"/>
        <source>Time to reflect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="586"/>
        <source>Write now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="618"/>
        <source>reflekt journals (*.reflekt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="621"/>
        <source>Create a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="626"/>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="658"/>
        <source>Demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="712"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="714"/>
        <source>The entry you are writing could not be saved: %1

Close anyway? The unsaved text will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="147"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="108"/>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="113"/>
        <source>How this person was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/editor.py" line="122"/>
        <location filename="../../src/reflekt/gui/editor.py" line="123"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeMarkdownView</name>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="31"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="44"/>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/markdown_view.py" line="45"/>
        <source>Open this link in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="40"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="43"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="51"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="60"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="46"/>
        <source>A new language shows after reflekt restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="52"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="53"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="64"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="66"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="67"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="70"/>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="72"/>
        <source>Remind me to reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="81"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="82"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="83"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="84"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="85"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="86"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="87"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="98"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="99"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="102"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="104"/>
        <source>This journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="108"/>
        <source>Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="110"/>
        <source>Create a new journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="145"/>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="147"/>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="158"/>
        <source>reflekt journals (*.reflekt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/settings_dialog.py" line="156"/>
        <source>Create a new journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="82"/>
        <location filename="../../src/reflekt/gui/dialogs.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="93"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="93"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="60"/>
        <source>Journal views and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="66"/>
        <source>Calendar: days with entries are bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="70"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="71"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="115"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="117"/>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="118"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="119"/>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="120"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="121"/>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="122"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="128"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="134"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="138"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="139"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/sidebar.py" line="140"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/sidebar.py" line="202"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="34"/>
        <source>New entry from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="39"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="53"/>
        <source>Start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/dialogs.py" line="69"/>
        <source>Sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="78"/>
        <source>Welcome to reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="86"/>
        <source>A private journal for what you learn at work: short reflections, lessons from mistakes and successes, what colleagues taught you and what you shared.

Everything stays on this computer. Nothing is shared unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="94"/>
        <source>Start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="96"/>
        <source>Open a demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/reflekt/gui/mainwindow.py" line="98"/>
        <source>A year of sample entries in a separate file, to look around safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
