<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Records</name>
        <message>
            <location filename="../../balintdesk/store/reports.py" />
            <source>The period starts on {start:numeric}, after it ends on {end:numeric}; choose an end on or after the start.</source>
            <translation>De periode begint op {start:numeric}, na het einde op {end:numeric}; kies een einde op of na het begin.</translation>
        </message>
    </context>
</TS>
