<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Role</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP</source>
            <translation>Medico di famiglia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP trainee</source>
            <translation>Medico in formazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Nurse</source>
            <translation>Infermiere/a</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Pharmacist</source>
            <translation>Farmacista</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other clinician</source>
            <translation>Altro operatore sanitario</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Student</source>
            <translation>Studente/ssa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
    </context>
</TS>
