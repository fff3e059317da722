<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Wat hier gezegd wordt, blijft hier · Geen adviezen, geen oordelen · De inbrenger trekt zich terug en luistert mee</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can be at most {most} characters long so it can be read from the back of the room; it has {characters}.</source>
            <translation>Het groepskader mag hoogstens {most} tekens lang zijn, zodat het achter in de zaal leesbaar is; het heeft er {characters}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group frame can have at most {most} lines; it has {lines}.</source>
            <translation>Het groepskader mag hoogstens {most} regels hebben; het heeft er {lines}.</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The group already has a template called “{name}”; choose another name.</source>
            <translation>De groep heeft al fasen met de naam ‘{name}’; kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>A built-in template cannot be deleted; reset it to undo your changes.</source>
            <translation>Meegeleverde fasen kunnen niet verwijderd worden; zet ze terug om uw wijzigingen ongedaan te maken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>That template no longer exists; choose another.</source>
            <translation>Die reeks fasen bestaat niet meer; kies een andere.</translation>
        </message>
    </context>
    <context>
        <name>Timer settings</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The warning can come at most 10 minutes (600 seconds) before a phase ends; 0 means no warning.</source>
            <translation>De waarschuwing komt hoogstens 10 minuten (600 seconden) voor het einde van een fase; 0 betekent geen waarschuwing.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The room display shows the digits, the arc, or both.</source>
            <translation>Het zaalscherm toont de cijfers, de cirkel of beide.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>The chime volume goes from 0 (silent) to 100.</source>
            <translation>Het volume van de gong loopt van 0 (stil) tot 100.</translation>
        </message>
    </context>
</TS>
