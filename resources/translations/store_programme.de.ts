<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>Only a programme administrator can see the programme view: it shows every group. Your login is for your own groups.</source>
            <translation>Nur die Programmverwaltung sieht die Programmübersicht: Sie zeigt jede Gruppe. Ihre Anmeldung gilt für Ihre eigenen Gruppen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>Der Zeitraum endet am {end}, bevor er am {start} beginnt.</translation>
        </message>
    </context>
</TS>
