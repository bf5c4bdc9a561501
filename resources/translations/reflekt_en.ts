<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/charts/labels.py" line="38"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePanel</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="350"/>
        <source>%n entries match. Reading them…</source>
        <translation>
            <numerusform>%n entry matches. Reading it…</numerusform>
            <numerusform>%n entries match. Reading them…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="384"/>
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="385"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_choose.py" line="387"/>
        <source>(%n private)</source>
        <translation>
            <numerusform>(%n private)</numerusform>
            <numerusform>(%n private)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/entry_list.py" line="251"/>
        <source>%n pictures</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="280"/>
        <source>Include %n private entries: I understand they will leave this computer.</source>
        <translation>
            <numerusform>Include %n private entry: I understand it will leave this computer.</numerusform>
            <numerusform>Include %n private entries: I understand they will leave this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="432"/>
        <source>%n entries will leave this computer, exactly as shown below.</source>
        <translation>
            <numerusform>%n entry will leave this computer, exactly as shown below.</numerusform>
            <numerusform>%n entries will leave this computer, exactly as shown below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="479"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="481"/>
        <source>%n of the chosen entries are private: %1. Nothing leaves until you tick the box that lets them, or untick them.</source>
        <translation>
            <numerusform>The chosen entry is private: %1. Nothing leaves until you tick the box that lets it, or untick it.</numerusform>
            <numerusform>%n of the chosen entries are private: %1. Nothing leaves until you tick the box that lets them, or untick them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/goals.py" line="158"/>
        <source>Evidence (%n entries)</source>
        <translation>
            <numerusform>Evidence (%n entry)</numerusform>
            <numerusform>Evidence (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="452"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n entry for good? This cannot be undone.</numerusform>
            <numerusform>Remove %n entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="520"/>
        <source>Showing the %n entries you picked in the chart.</source>
        <translation>
            <numerusform>Showing the %n entry you picked in the chart.</numerusform>
            <numerusform>Showing the %n entries you picked in the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/sidebar.py" line="184"/>
        <location filename="../../src/reflekt/gui/sidebar.py" line="279"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLibrary</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="273"/>
        <source>%n file(s) not read, listed below.</source>
        <translation>
            <numerusform>%n file not read, listed below.</numerusform>
            <numerusform>%n files not read, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="347"/>
        <source>Forget %1? Their %n lesson(s) and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</source>
        <translation>
            <numerusform>Forget %1? Their %n lesson and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</numerusform>
            <numerusform>Forget %1? Their %n lessons and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="363"/>
        <source>Forgot the colleague and %n lesson(s).</source>
        <translation>
            <numerusform>Forgot the colleague and %n lesson.</numerusform>
            <numerusform>Forgot the colleague and %n lessons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="463"/>
        <source>%n matching lesson(s) shown</source>
        <translation>
            <numerusform>%n matching lesson shown</numerusform>
            <numerusform>%n matching lessons shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="470"/>
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="472"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="503"/>
        <source>No lessons match the search or the filters. Clear them to see all %n lesson(s) in the library.</source>
        <translation>
            <numerusform>No lessons match the search or the filters. Clear them to see the %n lesson in the library.</numerusform>
            <numerusform>No lessons match the search or the filters. Clear them to see all %n lessons in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="531"/>
        <source>%n file(s) there were not read; the list above says why.</source>
        <translation>
            <numerusform>%n file there was not read; the list above says why.</numerusform>
            <numerusform>%n files there were not read; the list above says why.</numerusform>
        </translation>
    </message>
</context>
</TS>
