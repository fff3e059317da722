<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Was hier gesagt wird, bleibt hier · Keine Ratschläge, keine Urteile · Der/die Referent/in lehnt sich zurück und hört zu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can be at most {most} characters long so it can be read from the back of the room; it has {characters}.</source>
            <translation>Der Gruppenrahmen darf höchstens {most} Zeichen haben, damit man ihn hinten im Raum lesen kann; er hat {characters}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can have at most {most} lines; it has {lines}.</source>
            <translation>Der Gruppenrahmen darf höchstens {most} Zeilen haben; er hat {lines}.</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>Die Gruppe hat schon Phasen namens „{name}“; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>A built-in template cannot be deleted; reset it to undo your changes.</source>
            <translation>Mitgelieferte Phasen können nicht gelöscht werden; setzen Sie sie zurück, um Ihre Änderungen aufzuheben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>That template no longer exists; choose another.</source>
            <translation>Diese Phasenfolge gibt es nicht mehr; wählen Sie eine andere.</translation>
        </message>
    </context>
    <context>
        <name>Timer settings</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The warning can come at most 10 minutes (600 seconds) before a phase ends; 0 means no warning.</source>
            <translation>Die Vorwarnung kommt höchstens 10 Minuten (600 Sekunden) vor dem Ende einer Phase; 0 heißt keine Vorwarnung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The room display shows the digits, the arc, or both.</source>
            <translation>Die Raumanzeige zeigt die Ziffern, den Kreis oder beides.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The chime volume goes from 0 (silent) to 100.</source>
            <translation>Die Lautstärke des Gongs reicht von 0 (stumm) bis 100.</translation>
        </message>
    </context>
</TS>
