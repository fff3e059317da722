<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Role</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP</source>
            <translation>Huisarts</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP trainee</source>
            <translation>Huisarts in opleiding</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Nurse</source>
            <translation>Verpleegkundige</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Pharmacist</source>
            <translation>Apotheker</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other clinician</source>
            <translation>Andere zorgverlener</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
</TS>
