<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Role</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP</source>
            <translation>Allgemeinmedizin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP trainee</source>
            <translation>Arzt in Weiterbildung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Nurse</source>
            <translation>Pflegefachkraft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Pharmacist</source>
            <translation>Apotheker/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other clinician</source>
            <translation>Andere Gesundheitsfachkraft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Student</source>
            <translation>Studierende/r</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
    </context>
</TS>
