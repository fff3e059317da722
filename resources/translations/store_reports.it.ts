<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Records</name>
        <message>
            <location filename="../../balintdesk/store/reports.py" />
            <source>The period starts on {start:numeric}, after it ends on {end:numeric}; choose an end on or after the start.</source>
            <translation>Il periodo inizia il {start:numeric}, dopo la fine il {end:numeric}; scegliere una fine uguale o successiva all’inizio.</translation>
        </message>
    </context>
</TS>
