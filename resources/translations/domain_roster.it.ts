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
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" is not a role BalintDesk knows; use one of: {choices}.</source>
            <translation>«{text}» non è un ruolo noto a BalintDesk; usarne uno tra: {choices}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{text}" should be yes or no (or true/false, 1/0).</source>
            <translation>«{text}» deve essere sì o no (oppure true/false, 1/0).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Please enter the member's name.</source>
            <translation>Inserire il nome del membro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Un nome può avere al massimo {limit} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The name contains a control character; please retype it.</source>
            <translation>Il nome contiene un carattere di controllo; riscriverlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>Someone in this group is already called "{there}". Add an initial or title to tell them apart.</source>
            <translation>Nel gruppo c'è già qualcuno che si chiama «{there}». Aggiungere un'iniziale o un titolo per distinguerli.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{name}" looks the same as "{there}", who is already in this group (the names differ only in look-alike or invisible characters). Add an initial or title to tell them apart.</source>
            <translation>«{name}» sembra uguale a «{there}», già nel gruppo (i nomi differiscono solo per caratteri simili o invisibili). Aggiungere un'iniziale o un titolo per distinguerli.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>"{email}" does not look like an email address (name@example.org).</source>
            <translation>«{email}» non sembra un indirizzo e-mail (nome@example.org).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is more than a year ahead; please check the year.</source>
            <translation>La data di ingresso è oltre un anno nel futuro; controllare l'anno.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>The date joined is before 1950; please check the year.</source>
            <translation>La data di ingresso è precedente al 1950; controllare l'anno.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster.py" />
            <source>“May present from” is before the date they joined; leave it empty if they may present straight away.</source>
            <translation>«Presenta dal» è prima della data di ingresso; lasciarlo vuoto se può presentare subito.</translation>
        </message>
    </context>
</TS>
