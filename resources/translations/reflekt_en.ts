<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GoalsDialog</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/goals.py" line="155"/>
        <source>Evidence (%n entries)</source>
        <translation>
            <numerusform>Evidence (%n entry)</numerusform>
            <numerusform>Evidence (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/charts.py" line="90"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/mainwindow.py" line="539"/>
        <source>Remove %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n entry for good? This cannot be undone.</numerusform>
            <numerusform>Remove %n entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../src/reflekt/gui/sidebar.py" line="209"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
