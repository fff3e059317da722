<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/store/leader_log.py" />
            <source>Only leaders keep a leader log, and {name} is not marked as a leader; tick “Leads the group” on the Roster page first.</source>
            <translation>Nur Gruppenleitungen führen einen Leitungsnachweis, und {name} ist nicht als Leitung markiert; setzen Sie zuerst auf der Seite Teilnehmerliste „Leitet die Gruppe“.</translation>
        </message>
    </context>
</TS>
