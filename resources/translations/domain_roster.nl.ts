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
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" is not a role BalintDesk knows; use one of: {choices}.</source>
            <translation>‘{text}’ is geen rol die BalintDesk kent; gebruik een van: {choices}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" should be yes or no (or true/false, 1/0).</source>
            <translation>‘{text}’ moet ja of nee zijn (of true/false, 1/0).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Please enter the member's name.</source>
            <translation>Vul de naam van de deelnemer in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Een naam mag hoogstens {limit} tekens lang zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The name contains a control character; please retype it.</source>
            <translation>De naam bevat een stuurteken; typ hem opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Someone in this group is already called "{there}". Add an initial or title to tell them apart.</source>
            <translation>Iemand in deze groep heet al ‘{there}’. Voeg een initiaal of titel toe om ze uit elkaar te houden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{name}" looks the same as "{there}", who is already in this group (the names differ only in look-alike or invisible characters). Add an initial or title to tell them apart.</source>
            <translation>‘{name}’ lijkt op ‘{there}’, die al in deze groep zit (de namen verschillen alleen in gelijkende of onzichtbare tekens). Voeg een initiaal of titel toe om ze uit elkaar te houden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{email}" does not look like an email address (name@example.org).</source>
            <translation>‘{email}’ lijkt geen e-mailadres (naam@example.org).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is more than a year ahead; please check the year.</source>
            <translation>De datum van toetreden ligt meer dan een jaar vooruit; controleer het jaar.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is before 1950; please check the year.</source>
            <translation>De datum van toetreden ligt vóór 1950; controleer het jaar.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>“May present from” is before the date they joined; leave it empty if they may present straight away.</source>
            <translation>‘Inbrengen vanaf’ ligt vóór de datum van toetreden; laat het leeg als direct inbrengen mag.</translation>
        </message>
    </context>
</TS>
