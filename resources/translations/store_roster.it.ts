<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/store/roster.py" />
            <source>{name}'s details were changed on another computer while you had them open, so yours were not saved. The current details are shown now.</source>
            <translation>I dati di {name} sono stati modificati su un altro computer mentre erano aperti qui, quindi le modifiche non sono state salvate. Ora sono mostrati i dati attuali.</translation>
        </message>
    </context>
</TS>
