<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has an unreadable date.</source>
            <translation>{label} ha una data illeggibile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable start “{starts}” or zone “{zone}”.</source>
            <translation>{label} ha l’inizio «{starts}» o il fuso «{zone}» illeggibile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} starts at {starts} UTC, which is {day} in {zone}, not its date.</source>
            <translation>{label} inizia alle {starts} UTC, cioè il {day} in {zone}, non alla sua data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} meets in the unknown mode “{mode}”.</source>
            <translation>Il gruppo n. {gid} si riunisce nella modalità sconosciuta «{mode}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the unreadable first meeting date “{first}”.</source>
            <translation>Il gruppo n. {gid} ha la data del primo incontro illeggibile «{first}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has {presenters} presenters a meeting, not 1 or 2.</source>
            <translation>Nel gruppo n. {gid} presentano {presenters} persone per incontro, non 1 o 2.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.</source>
            <translation>Il gruppo n. {gid} ha l’indicatore dei conduttori «{leaders}» invece di 0 o 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Meeting #{mid} (group #{gid}, {local})</source>
            <translation>Incontro n. {mid} (gruppo n. {gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown status “{status}”.</source>
            <translation>{label} ha lo stato sconosciuto «{status}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown mode “{mode}”.</source>
            <translation>{label} ha la modalità sconosciuta «{mode}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is linked to break #{by_break} but is not cancelled.</source>
            <translation>{label} è collegato alla pausa n. {by_break} ma non è annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the theme “{theme}”, which is not in the group's list.</source>
            <translation>{label} ha il tema «{theme}», che non è nell’elenco del gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})</source>
            <translation>Incontro ritirato n. {wid} (era l’incontro n. {mid}, gruppo n. {gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable withdrawal time “{withdrawn}”.</source>
            <translation>{label} ha l’ora di ritiro illeggibile «{withdrawn}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: meeting #{mid} exists again, so the calendar cannot cancel the withdrawn one.</source>
            <translation>{label}: l’incontro n. {mid} esiste di nuovo, quindi il calendario non può annullare quello ritirato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown place “{place}”.</source>
            <translation>{label} ha il luogo sconosciuto «{place}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} records where the member was, but the meeting is not hybrid.</source>
            <translation>{label} registra dove si trovava il membro, ma l’incontro non è ibrido.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Attendance #{aid} (member #{pid} at meeting #{mid})</source>
            <translation>Presenza n. {aid} (membro n. {pid} all’incontro n. {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the presented flag “{presented}” instead of 0 or 1.</source>
            <translation>{label} ha l’indicatore «ha presentato» «{presented}» invece di 0 o 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented but was “{status}”.</source>
            <translation>{label} indica che il membro ha presentato, ma era «{status}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented at a meeting not held.</source>
            <translation>{label} indica che il membro ha presentato in un incontro non tenuto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: the member is not in the meeting's group.</source>
            <translation>{label}: il membro non fa parte del gruppo dell’incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Pin #{rid} (member #{pid} at meeting #{mid})</source>
            <translation>Fissaggio n. {rid} (membro n. {pid} all’incontro n. {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is on a {meeting_status} meeting.</source>
            <translation>{label} riguarda un incontro con stato {meeting_status}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Break #{bid} (group #{gid})</source>
            <translation>Pausa n. {bid} (gruppo n. {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} ends ({last}) before it starts ({first}).</source>
            <translation>{label} finisce ({last}) prima di iniziare ({first}).</translation>
        </message>
    </context>
</TS>
