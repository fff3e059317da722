<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/schedule.py" />
            <source>The first meeting should be after 1950 and within two years.</source>
            <translation>La première séance doit être postérieure à 1950 et dans les deux ans à venir.</translation>
        </message>
    </context>
</TS>
