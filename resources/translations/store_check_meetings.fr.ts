<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has an unreadable date.</source>
            <translation>{label} a une date illisible.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable start “{starts}” or zone “{zone}”.</source>
            <translation>{label} a le début « {starts} » ou le fuseau « {zone} » illisible.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} starts at {starts} UTC, which is {day} in {zone}, not its date.</source>
            <translation>{label} commence à {starts} UTC, soit le {day} dans {zone}, et non à sa date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} meets in the unknown mode “{mode}”.</source>
            <translation>Le groupe n° {gid} se réunit selon le mode inconnu « {mode} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the unreadable first meeting date “{first}”.</source>
            <translation>Le groupe n° {gid} a la date de première séance illisible « {first} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has {presenters} presenters a meeting, not 1 or 2.</source>
            <translation>Le groupe n° {gid} a {presenters} rapporteurs par séance, et non 1 ou 2.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.</source>
            <translation>Le groupe n° {gid} a l’indicateur des leaders « {leaders} » au lieu de 0 ou 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Meeting #{mid} (group #{gid}, {local})</source>
            <translation>Séance n° {mid} (groupe n° {gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown status “{status}”.</source>
            <translation>{label} a le statut inconnu « {status} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown mode “{mode}”.</source>
            <translation>{label} a le mode inconnu « {mode} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is linked to break #{by_break} but is not cancelled.</source>
            <translation>{label} est liée à la pause n° {by_break} mais n’est pas annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the theme “{theme}”, which is not in the group's list.</source>
            <translation>{label} a le thème « {theme} », absent de la liste du groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})</source>
            <translation>Séance retirée n° {wid} (ancienne séance n° {mid}, groupe n° {gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable withdrawal time “{withdrawn}”.</source>
            <translation>{label} a l’heure de retrait illisible « {withdrawn} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: meeting #{mid} exists again, so the calendar cannot cancel the withdrawn one.</source>
            <translation>{label} : la séance n° {mid} existe de nouveau, le calendrier ne peut donc pas annuler celle qui a été retirée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown place “{place}”.</source>
            <translation>{label} a le lieu inconnu « {place} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} records where the member was, but the meeting is not hybrid.</source>
            <translation>{label} note où se trouvait le membre, mais la séance n’est pas hybride.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Attendance #{aid} (member #{pid} at meeting #{mid})</source>
            <translation>Présence n° {aid} (membre n° {pid} à la séance n° {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the presented flag “{presented}” instead of 0 or 1.</source>
            <translation>{label} a l’indicateur « a présenté » « {presented} » au lieu de 0 ou 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented but was “{status}”.</source>
            <translation>{label} indique que le membre a présenté, mais il était « {status} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented at a meeting not held.</source>
            <translation>{label} indique que le membre a présenté lors d’une séance qui n’a pas eu lieu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: the member is not in the meeting's group.</source>
            <translation>{label} : le membre n’appartient pas au groupe de la séance.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Pin #{rid} (member #{pid} at meeting #{mid})</source>
            <translation>Épinglage n° {rid} (membre n° {pid} à la séance n° {mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is on a {meeting_status} meeting.</source>
            <translation>{label} porte sur une séance au statut {meeting_status}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Break #{bid} (group #{gid})</source>
            <translation>Pause n° {bid} (groupe n° {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} ends ({last}) before it starts ({first}).</source>
            <translation>{label} se termine ({last}) avant de commencer ({first}).</translation>
        </message>
    </context>
</TS>
