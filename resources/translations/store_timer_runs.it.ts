<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/timer_runs.py" />
            <source>This meeting is cancelled; restore it before running its timer.</source>
            <translation>Questo incontro è annullato; ripristinarlo prima di avviare il timer.</translation>
        </message>
    </context>
</TS>
