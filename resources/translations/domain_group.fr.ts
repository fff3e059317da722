<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Please give the group a name, for example “Thursday Balint group”.</source>
            <translation>Donnez un nom au groupe, par exemple « Groupe Balint du jeudi ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A group name can be at most {most} characters long.</source>
            <translation>Le nom d'un groupe peut compter {most} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>There is already a group called “{name}”; choose another name.</source>
            <translation>Il existe déjà un groupe nommé « {name} » ; choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose the day of the week the group meets.</source>
            <translation>Choisissez le jour de la semaine où le groupe se réunit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose which week of the month the group meets.</source>
            <translation>Choisissez la semaine du mois où le groupe se réunit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A meeting should last between 15 minutes and 4 hours.</source>
            <translation>Une séance dure entre 15 minutes et 4 heures.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>The room can be at most 80 characters long.</source>
            <translation>La salle peut compter 80 caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>“{zone}” is not a time zone this computer knows.</source>
            <translation>« {zone} » n'est pas un fuseau horaire connu de cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Meeting pattern</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monthly on the {week} {day}</source>
            <translation>Le {week} {day} du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every {day}</source>
            <translation>Chaque {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every other {day}</source>
            <translation>Un {day} sur deux</translation>
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
            <translation>lundi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>first</source>
            <translation>premier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>second</source>
            <translation>deuxième</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>third</source>
            <translation>troisième</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>fourth</source>
            <translation>quatrième</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>last</source>
            <translation>dernier</translation>
        </message>
    </context>
</TS>
