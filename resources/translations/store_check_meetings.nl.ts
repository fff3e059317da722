<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has an unreadable date.</source>
            <translation>{label} heeft een onleesbare datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable start “{starts}” or zone “{zone}”.</source>
            <translation>{label} heeft het onleesbare begin ‘{starts}’ of de onleesbare zone ‘{zone}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} starts at {starts} UTC, which is {day} in {zone}, not its date.</source>
            <translation>{label} begint om {starts} UTC, dat is {day} in {zone}, niet de eigen datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} meets in the unknown mode “{mode}”.</source>
            <translation>Groep #{gid} komt samen in de onbekende vorm ‘{mode}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the unreadable first meeting date “{first}”.</source>
            <translation>Groep #{gid} heeft de onleesbare datum van de eerste bijeenkomst ‘{first}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has {presenters} presenters a meeting, not 1 or 2.</source>
            <translation>Groep #{gid} heeft {presenters} inbrengers per bijeenkomst, niet 1 of 2.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Group #{gid} has the leaders flag “{leaders}” instead of 0 or 1.</source>
            <translation>Groep #{gid} heeft de begeleidersmarkering ‘{leaders}’ in plaats van 0 of 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Meeting #{mid} (group #{gid}, {local})</source>
            <translation>Bijeenkomst #{mid} (groep #{gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown status “{status}”.</source>
            <translation>{label} heeft de onbekende status ‘{status}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown mode “{mode}”.</source>
            <translation>{label} heeft de onbekende vorm ‘{mode}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is linked to break #{by_break} but is not cancelled.</source>
            <translation>{label} is gekoppeld aan pauze #{by_break} maar is niet afgezegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the theme “{theme}”, which is not in the group's list.</source>
            <translation>{label} heeft het thema ‘{theme}’, dat niet in de lijst van de groep staat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Withdrawn meeting #{wid} (was meeting #{mid}, group #{gid}, {local})</source>
            <translation>Ingetrokken bijeenkomst #{wid} (was bijeenkomst #{mid}, groep #{gid}, {local})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unreadable withdrawal time “{withdrawn}”.</source>
            <translation>{label} heeft het onleesbare intrekkingstijdstip ‘{withdrawn}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: meeting #{mid} exists again, so the calendar cannot cancel the withdrawn one.</source>
            <translation>{label}: bijeenkomst #{mid} bestaat weer, dus de agenda kan de ingetrokken bijeenkomst niet annuleren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the unknown place “{place}”.</source>
            <translation>{label} heeft de onbekende plaats ‘{place}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} records where the member was, but the meeting is not hybrid.</source>
            <translation>{label} legt vast waar de deelnemer was, maar de bijeenkomst is niet hybride.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Attendance #{aid} (member #{pid} at meeting #{mid})</source>
            <translation>Aanwezigheid #{aid} (deelnemer #{pid} bij bijeenkomst #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} has the presented flag “{presented}” instead of 0 or 1.</source>
            <translation>{label} heeft de markering ‘ingebracht’ ‘{presented}’ in plaats van 0 of 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented but was “{status}”.</source>
            <translation>{label} zegt dat de deelnemer inbracht, maar die was ‘{status}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} says the member presented at a meeting not held.</source>
            <translation>{label} zegt dat de deelnemer inbracht bij een bijeenkomst die niet is gehouden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label}: the member is not in the meeting's group.</source>
            <translation>{label}: de deelnemer zit niet in de groep van de bijeenkomst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Pin #{rid} (member #{pid} at meeting #{mid})</source>
            <translation>Vastzetting #{rid} (deelnemer #{pid} bij bijeenkomst #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} is on a {meeting_status} meeting.</source>
            <translation>{label} staat op een bijeenkomst met status {meeting_status}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>Break #{bid} (group #{gid})</source>
            <translation>Pauze #{bid} (groep #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_meetings.py" />
            <source>{label} ends ({last}) before it starts ({first}).</source>
            <translation>{label} eindigt ({last}) voordat die begint ({first}).</translation>
        </message>
    </context>
</TS>
