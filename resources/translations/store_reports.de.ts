<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Records</name>
        <message>
            <location filename="../../balintdesk/store/reports.py" />
            <source>The period starts on {start:numeric}, after it ends on {end:numeric}; choose an end on or after the start.</source>
            <translation>Der Zeitraum beginnt am {start:numeric}, nach seinem Ende am {end:numeric}; wählen Sie ein Ende am oder nach dem Beginn.</translation>
        </message>
    </context>
</TS>
