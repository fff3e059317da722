<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Please give the group a name, for example “Thursday Balint group”.</source>
            <translation>Dare un nome al gruppo, per esempio «Gruppo Balint del giovedì».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A group name can be at most {most} characters long.</source>
            <translation>Il nome di un gruppo può avere al massimo {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>There is already a group called “{name}”; choose another name.</source>
            <translation>Esiste già un gruppo chiamato «{name}»; scegliere un altro nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose the day of the week the group meets.</source>
            <translation>Scegliere il giorno della settimana in cui si riunisce il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Choose which week of the month the group meets.</source>
            <translation>Scegliere in quale settimana del mese si riunisce il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>A meeting should last between 15 minutes and 4 hours.</source>
            <translation>Un incontro dura tra 15 minuti e 4 ore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>The room can be at most 80 characters long.</source>
            <translation>La sala può avere al massimo 80 caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>“{zone}” is not a time zone this computer knows.</source>
            <translation>«{zone}» non è un fuso orario noto a questo computer.</translation>
        </message>
    </context>
    <context>
        <name>Meeting pattern</name>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Monthly on the {week} {day}</source>
            <translation>Ogni mese, di {day} della {week} settimana</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every {day}</source>
            <translation>Ogni {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Every other {day}</source>
            <translation>A settimane alterne, di {day}</translation>
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
            <translation>lunedì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Tuesday</source>
            <translation>martedì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Wednesday</source>
            <translation>mercoledì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Thursday</source>
            <translation>giovedì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Friday</source>
            <translation>venerdì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Saturday</source>
            <translation>sabato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>Sunday</source>
            <translation>domenica</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>first</source>
            <translation>prima</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>second</source>
            <translation>seconda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>third</source>
            <translation>terza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>fourth</source>
            <translation>quarta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/group.py" />
            <source>last</source>
            <translation>ultima</translation>
        </message>
    </context>
</TS>
