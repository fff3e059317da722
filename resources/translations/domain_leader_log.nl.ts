<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give the date it took place.</source>
            <translation>Geef de datum waarop het plaatsvond.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>That date is still to come; add the entry once it has taken place.</source>
            <translation>Die datum ligt nog in de toekomst; voeg het item toe zodra het heeft plaatsgevonden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give a date from {year} on.</source>
            <translation>Geef een datum vanaf {year}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Choose what it was: supervision, training, society event or other.</source>
            <translation>Kies wat het was: supervisie, training, activiteit van de vereniging of overig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give how long it took: at least a minute.</source>
            <translation>Geef de duur: minstens een minuut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>One entry can be at most 24 hours; add each day on its own.</source>
            <translation>Eén item duurt hoogstens 24 uur; voeg elke dag apart toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Keep the note to {most} characters; it has {length}.</source>
            <translation>Houd de notitie op maximaal {most} tekens; ze heeft er {length}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>NHS number</source>
            <translation>NHS-nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>possible date of birth</source>
            <translation>mogelijke geboortedatum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>postcode</source>
            <translation>postcode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>phone number</source>
            <translation>telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>email address</source>
            <translation>e-mailadres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>age</source>
            <translation>leeftijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>name with a title</source>
            <translation>naam met aanhef</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was. A supervisor or speaker can be named without a title (Dr, Mrs…).</source>
            <translation>Dit lijken patiëntgegevens ({what}), die nooit in de gedeelde database mogen staan; vermeld alleen wat de bijeenkomst was. Een supervisor of spreker kan zonder aanhef (dr., mevr.…) worden genoemd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was.</source>
            <translation>Dit lijken patiëntgegevens ({what}), die nooit in de gedeelde database mogen staan; vermeld alleen wat de bijeenkomst was.</translation>
        </message>
    </context>
</TS>
