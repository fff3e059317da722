<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/timer_runs.py" />
            <source>This meeting is cancelled; restore it before running its timer.</source>
            <translation>Cette séance est annulée ; rétablissez-la avant de lancer le minuteur.</translation>
        </message>
    </context>
</TS>
