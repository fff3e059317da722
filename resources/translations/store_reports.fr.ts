<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Records</name>
        <message>
            <location filename="../../balintdesk/store/reports.py" />
            <source>The period starts on {start:numeric}, after it ends on {end:numeric}; choose an end on or after the start.</source>
            <translation>La période commence le {start:numeric}, après sa fin le {end:numeric} ; choisissez une fin égale ou postérieure au début.</translation>
        </message>
    </context>
</TS>
