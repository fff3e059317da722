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
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" is not a role BalintDesk knows; use one of: {choices}.</source>
            <translation>„{text}“ ist keine Rolle, die BalintDesk kennt; verwenden Sie eine von: {choices}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" should be yes or no (or true/false, 1/0).</source>
            <translation>„{text}“ sollte ja oder nein sein (oder wahr/falsch, 1/0).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Please enter the member's name.</source>
            <translation>Bitte geben Sie den Namen des Mitglieds ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Ein Name darf höchstens {limit} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The name contains a control character; please retype it.</source>
            <translation>Der Name enthält ein Steuerzeichen; bitte tippen Sie ihn neu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Someone in this group is already called "{there}". Add an initial or title to tell them apart.</source>
            <translation>In dieser Gruppe heißt bereits jemand „{there}“. Fügen Sie eine Initiale oder einen Titel hinzu, um beide zu unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{name}" looks the same as "{there}", who is already in this group (the names differ only in look-alike or invisible characters). Add an initial or title to tell them apart.</source>
            <translation>„{name}“ sieht aus wie „{there}“, das bereits in dieser Gruppe ist (die Namen unterscheiden sich nur in ähnlich aussehenden oder unsichtbaren Zeichen). Fügen Sie eine Initiale oder einen Titel hinzu, um beide zu unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{email}" does not look like an email address (name@example.org).</source>
            <translation>„{email}“ sieht nicht wie eine E-Mail-Adresse aus (name@example.org).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is more than a year ahead; please check the year.</source>
            <translation>Das Beitrittsdatum liegt mehr als ein Jahr in der Zukunft; bitte prüfen Sie das Jahr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is before 1950; please check the year.</source>
            <translation>Das Beitrittsdatum liegt vor 1950; bitte prüfen Sie das Jahr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>“May present from” is before the date they joined; leave it empty if they may present straight away.</source>
            <translation>„Vorstellen ab“ liegt vor dem Beitrittsdatum; lassen Sie es leer, wenn sofort vorgestellt werden darf.</translation>
        </message>
    </context>
</TS>
