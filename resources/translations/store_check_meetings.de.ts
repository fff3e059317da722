<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has an unreadable date.</source>
            <translation>{label} hat ein unlesbares Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable start “{starts}” or zone “{zone}”.</source>
            <translation>{label} hat den unlesbaren Beginn „{starts}“ oder die unlesbare Zeitzone „{zone}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} starts at {starts} UTC, which is {day} in {zone}, not its date.</source>
            <translation>{label} beginnt um {starts} UTC, in {zone} also am {day}, nicht an seinem Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} meets in the unknown mode “{mode}”.</source>
            <translation>Gruppe #{gid} trifft sich in der unbekannten Form „{mode}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the unreadable first meeting date “{first}”.</source>
            <translation>Gruppe #{gid} hat das unlesbare Datum der ersten Sitzung „{first}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has {presenters} presenters a meeting, not 1 or 2.</source>
            <translation>Gruppe #{gid} hat {presenters} Referent/innen pro Sitzung, nicht 1 oder 2.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.</source>
            <translation>Gruppe #{gid} hat die Leitungsmarkierung „{leaders}“ statt 0 oder 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Meeting #{mid} (group #{gid}, {local})</source>
            <translation>Sitzung #{mid} (Gruppe #{gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown status “{status}”.</source>
            <translation>{label} hat den unbekannten Status „{status}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown mode “{mode}”.</source>
            <translation>{label} hat die unbekannte Form „{mode}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is linked to break #{by_break} but is not cancelled.</source>
            <translation>{label} ist mit Pause #{by_break} verknüpft, aber nicht abgesagt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the theme “{theme}”, which is not in the group's list.</source>
            <translation>{label} hat das Thema „{theme}“, das nicht in der Liste der Gruppe steht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})</source>
            <translation>Zurückgezogene Sitzung #{wid} (war Sitzung #{mid}, Gruppe #{gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable withdrawal time “{withdrawn}”.</source>
            <translation>{label} hat den unlesbaren Rückzugszeitpunkt „{withdrawn}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: meeting #{mid} exists again, so the calendar cannot cancel the withdrawn one.</source>
            <translation>{label}: Sitzung #{mid} existiert wieder, daher kann der Kalender die zurückgezogene nicht absagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown place “{place}”.</source>
            <translation>{label} hat die unbekannte Teilnahmeform „{place}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} records where the member was, but the meeting is not hybrid.</source>
            <translation>{label} hält fest, wo das Mitglied war, aber die Sitzung ist nicht hybrid.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Attendance #{aid} (member #{pid} at meeting #{mid})</source>
            <translation>Teilnahme #{aid} (Mitglied #{pid} in Sitzung #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the presented flag “{presented}” instead of 0 or 1.</source>
            <translation>{label} hat die Markierung „vorgestellt“ „{presented}“ statt 0 oder 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented but was “{status}”.</source>
            <translation>{label} sagt, das Mitglied habe vorgestellt, war aber „{status}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented at a meeting not held.</source>
            <translation>{label} sagt, das Mitglied habe in einer nicht abgehaltenen Sitzung vorgestellt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: the member is not in the meeting's group.</source>
            <translation>{label}: Das Mitglied gehört nicht zur Gruppe der Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Pin #{rid} (member #{pid} at meeting #{mid})</source>
            <translation>Festlegung #{rid} (Mitglied #{pid} in Sitzung #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is on a {meeting_status} meeting.</source>
            <translation>{label} liegt auf einer Sitzung mit Status {meeting_status}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Break #{bid} (group #{gid})</source>
            <translation>Pause #{bid} (Gruppe #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} ends ({last}) before it starts ({first}).</source>
            <translation>{label} endet ({last}), bevor sie beginnt ({first}).</translation>
        </message>
    </context>
</TS>
