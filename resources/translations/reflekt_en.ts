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
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="387"/>
        <source>Include %n private entries: I understand they will leave this computer.</source>
        <translation>
            <numerusform>Include %n private entry: I understand it will leave this computer.</numerusform>
            <numerusform>Include %n private entries: I understand they will leave this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="492"/>
        <source>%n entries will leave this computer, exactly as shown below.</source>
        <translation>
            <numerusform>%n entry will leave this computer, exactly as shown below.</numerusform>
            <numerusform>%n entries will leave this computer, exactly as shown below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="539"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/share_dialog.py" line="541"/>
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
        <location filename="../../src/reflekt/gui/mainwindow.py" line="447"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n entry for good? This cannot be undone.</numerusform>
            <numerusform>Remove %n entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="515"/>
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
        <location filename="../../src/reflekt/gui/sidebar.py" line="182"/>
        <location filename="../../src/reflekt/gui/sidebar.py" line="277"/>
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
        <location filename="../../src/reflekt/gui/team_view.py" line="243"/>
        <source>%n file(s) skipped, listed below.</source>
        <translation>
            <numerusform>%n file skipped, listed below.</numerusform>
            <numerusform>%n files skipped, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="313"/>
        <source>Forget %1? Their %n lesson(s) and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</source>
        <translation>
            <numerusform>Forget %1? Their %n lesson and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</numerusform>
            <numerusform>Forget %1? Their %n lessons and the key their bundles are signed with are removed from your team library. The next check reads their files again and trusts the key it finds then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/team_view.py" line="329"/>
        <source>Forgot the colleague and %n lesson(s).</source>
        <translation>
            <numerusform>Forgot the colleague and %n lesson.</numerusform>
            <numerusform>Forgot the colleague and %n lessons.</numerusform>
        </translation>
    </message>
</context>
</TS>
