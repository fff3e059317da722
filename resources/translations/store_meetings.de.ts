<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Meetings</name>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was changed on another computer in the meantime, so your change was not saved. The page now shows what is recorded.</source>
            <translation>Diese Sitzung wurde inzwischen auf einem anderen Computer geändert; Ihre Änderung wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>A meeting can have one or two presenters.</source>
            <translation>Eine Sitzung kann eine/n oder zwei Referent/innen haben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be moved.</source>
            <translation>Diese Sitzung hat stattgefunden und ist erfasst; sie kann nicht verschoben werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting is cancelled; restore it before it is moved.</source>
            <translation>Diese Sitzung ist abgesagt; stellen Sie sie wieder her, bevor Sie sie verschieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The group already has a meeting on {day:numeric}; choose another date.</source>
            <translation>Die Gruppe hat am {day:numeric} schon eine Sitzung; wählen Sie ein anderes Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in the break “{label}” ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Der {day:numeric} liegt in der Pause „{label}“ ({first:numeric} bis {last:numeric}); ändern Sie zuerst die Pause oder wählen Sie ein anderes Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>{day:numeric} falls in a break ({first:numeric} to {last:numeric}); change the break first or choose another date.</source>
            <translation>Der {day:numeric} liegt in einer Pause ({first:numeric} bis {last:numeric}); ändern Sie zuerst die Pause oder wählen Sie ein anderes Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>This meeting was held and recorded, so it cannot be cancelled.</source>
            <translation>Diese Sitzung hat stattgefunden und ist erfasst; sie kann nicht abgesagt werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>The reason can be at most {most} characters long.</source>
            <translation>Der Grund darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/meetings.py" />
            <source>Another meeting now takes that date; move one of them first.</source>
            <translation>An diesem Datum liegt jetzt eine andere Sitzung; verschieben Sie zuerst eine davon.</translation>
        </message>
    </context>
</TS>
