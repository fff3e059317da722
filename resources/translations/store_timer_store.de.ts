<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Was hier gesagt wird, bleibt hier · Keine Ratschläge, keine Urteile · Der Referent lehnt sich zurück und hört zu</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Die Gruppe hat schon Phasen namens „{name}“; wählen Sie einen anderen Namen.</translation>
        </message>
    </context>
</TS>
