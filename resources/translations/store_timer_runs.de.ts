<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/timer_runs.py" />
            <source>This meeting is cancelled; restore it before running its timer.</source>
            <translation>Diese Sitzung ist abgesagt; stellen Sie sie wieder her, bevor der Timer läuft.</translation>
        </message>
    </context>
</TS>
