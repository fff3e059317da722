<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>{name} was marked on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>{name} wurde inzwischen auf einem anderen Computer eingetragen; Ihre Änderung wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Diese Person ist kein Mitglied der Gruppe dieser Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>“{status}” is not present, apologies or absent.</source>
            <translation>„{status}“ ist weder anwesend, entschuldigt noch abwesend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled, so nobody can be marked; restore it first.</source>
            <translation>Diese Sitzung ist abgesagt, daher kann niemand erfasst werden; stellen Sie sie zuerst wieder her.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; ahead of the day only apologies count.</source>
            <translation>Diese Sitzung liegt noch in der Zukunft; vor dem Tag zählen nur Entschuldigungen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is cancelled; restore it before recording it.</source>
            <translation>Diese Sitzung ist abgesagt; stellen Sie sie wieder her, bevor Sie sie erfassen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting is still to come; record it on the day or after.</source>
            <translation>Diese Sitzung liegt noch in der Zukunft; erfassen Sie sie am Tag selbst oder danach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>The same person is chosen twice as presenter; choose again.</source>
            <translation>Dieselbe Person ist zweimal als Referent/in gewählt; bitte neu wählen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>At most {most} people can present at one meeting.</source>
            <translation>In einer Sitzung können höchstens {most} Personen einen Fall vorstellen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/attendance.py" />
            <source>This meeting's record was changed on another computer in the meantime, so yours was not saved. The page now shows what is recorded.</source>
            <translation>Der Eintrag dieser Sitzung wurde inzwischen auf einem anderen Computer geändert; Ihrer wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
    </context>
</TS>
