<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Please give the group a name, for example “Thursday Balint group”.</source>
            <translation>Geef de groep een naam, bijvoorbeeld ‘Balintgroep donderdag’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A group name can be at most {most} characters long.</source>
            <translation>Een groepsnaam mag hoogstens {most} tekens lang zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>There is already a group called “{name}”; choose another name.</source>
            <translation>Er is al een groep met de naam ‘{name}’; kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose the day of the week the group meets.</source>
            <translation>Kies de dag van de week waarop de groep samenkomt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose which week of the month the group meets.</source>
            <translation>Kies in welke week van de maand de groep samenkomt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A meeting should last between 15 minutes and 4 hours.</source>
            <translation>Een bijeenkomst duurt tussen 15 minuten en 4 uur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>The room can be at most 80 characters long.</source>
            <translation>De zaal mag hoogstens 80 tekens lang zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>“{zone}” is not a time zone this computer knows.</source>
            <translation>‘{zone}’ is geen tijdzone die deze computer kent.</translation>
        </message>
    </context>
    <context>
        <name>Meeting pattern</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monthly on the {week} {day}</source>
            <translation>De {week} {day} van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every {day}</source>
            <translation>Elke {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every other {day}</source>
            <translation>Om de week op {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>{when}, {start}–{end}, {room}</source>
            <translation>{when}, {start}–{end}, {room}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>{when}, {start}–{end}</source>
            <translation>{when}, {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monday</source>
            <translation>maandag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Tuesday</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Wednesday</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Thursday</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Friday</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Saturday</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Sunday</source>
            <translation>zondag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>first</source>
            <translation>eerste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>second</source>
            <translation>tweede</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>third</source>
            <translation>derde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>fourth</source>
            <translation>vierde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>last</source>
            <translation>laatste</translation>
        </message>
    </context>
</TS>
