<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Please give the group a name, for example “Thursday Balint group”.</source>
            <translation>Bitte geben Sie der Gruppe einen Namen, zum Beispiel „Balintgruppe Donnerstag“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A group name can be at most {most} characters long.</source>
            <translation>Ein Gruppenname darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>There is already a group called “{name}”; choose another name.</source>
            <translation>Es gibt schon eine Gruppe namens „{name}“; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose the day of the week the group meets.</source>
            <translation>Wählen Sie den Wochentag, an dem die Gruppe sich trifft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose which week of the month the group meets.</source>
            <translation>Wählen Sie, in welcher Woche des Monats die Gruppe sich trifft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A meeting should last between 15 minutes and 4 hours.</source>
            <translation>Eine Sitzung dauert zwischen 15 Minuten und 4 Stunden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>The room can be at most 80 characters long.</source>
            <translation>Der Raum darf höchstens 80 Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>“{zone}” is not a time zone this computer knows.</source>
            <translation>„{zone}“ ist keine Zeitzone, die dieser Computer kennt.</translation>
        </message>
    </context>
    <context>
        <name>Meeting pattern</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monthly on the {week} {day}</source>
            <translation>Monatlich am {week} {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every {day}</source>
            <translation>Jeden {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every other {day}</source>
            <translation>Jeden zweiten {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>{when}, {start}–{end}, {room}</source>
            <translation>{when}, {start}–{end} Uhr, {room}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>{when}, {start}–{end}</source>
            <translation>{when}, {start}–{end} Uhr</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>first</source>
            <translation>ersten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>second</source>
            <translation>zweiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>third</source>
            <translation>dritten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>fourth</source>
            <translation>vierten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>last</source>
            <translation>letzten</translation>
        </message>
    </context>
</TS>
