<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/timer_runs.py" />
            <source>This meeting is cancelled; restore it before running its timer.</source>
            <translation>Deze bijeenkomst is afgezegd; herstel haar voordat de timer loopt.</translation>
        </message>
    </context>
</TS>
