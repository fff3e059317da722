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
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" is not a role BalintDesk knows; use one of: {choices}.</source>
            <translation>« {text} » n'est pas un rôle connu de BalintDesk ; utilisez l'un de : {choices}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" should be yes or no (or true/false, 1/0).</source>
            <translation>« {text} » doit être oui ou non (ou vrai/faux, 1/0).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Please enter the member's name.</source>
            <translation>Veuillez saisir le nom du membre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Un nom peut compter au plus {limit} caractères.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The name contains a control character; please retype it.</source>
            <translation>Le nom contient un caractère de contrôle ; veuillez le ressaisir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Someone in this group is already called "{there}". Add an initial or title to tell them apart.</source>
            <translation>Quelqu'un dans ce groupe s'appelle déjà « {there} ». Ajoutez une initiale ou un titre pour les distinguer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{name}" looks the same as "{there}", who is already in this group (the names differ only in look-alike or invisible characters). Add an initial or title to tell them apart.</source>
            <translation>« {name} » ressemble à « {there} », déjà dans ce groupe (les noms ne diffèrent que par des caractères semblables ou invisibles). Ajoutez une initiale ou un titre pour les distinguer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{email}" does not look like an email address (name@example.org).</source>
            <translation>« {email} » ne ressemble pas à une adresse e-mail (nom@example.org).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is more than a year ahead; please check the year.</source>
            <translation>La date d'arrivée est à plus d'un an dans le futur ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is before 1950; please check the year.</source>
            <translation>La date d'arrivée est antérieure à 1950 ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>“May present from” is before the date they joined; leave it empty if they may present straight away.</source>
            <translation>« Présente à partir du » précède la date d'arrivée ; laissez-le vide si la personne peut présenter tout de suite.</translation>
        </message>
    </context>
</TS>
