<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Role</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP</source>
            <translation>Médecin généraliste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>GP trainee</source>
            <translation>Interne en médecine générale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Nurse</source>
            <translation>Infirmier/ère</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Pharmacist</source>
            <translation>Pharmacien(ne)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other clinician</source>
            <translation>Autre soignant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Student</source>
            <translation>Étudiant(e)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
</TS>
