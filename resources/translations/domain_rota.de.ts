<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>pinned by the leader</source>
            <translation>von der Leitung festgelegt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but joins the group only on {day}, so the pin is not used.</source>
            <translation>{name} ist hier festgelegt, tritt der Gruppe aber erst am {day} bei; die Festlegung gilt daher nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has left the group, so the pin is not used.</source>
            <translation>{name} ist hier festgelegt, hat die Gruppe aber verlassen; die Festlegung gilt daher nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but is a leader, and this group's leaders do not present, so the pin is not used.</source>
            <translation>{name} ist hier festgelegt, gehört aber zur Leitung, und die Leitung dieser Gruppe stellt nicht vor; die Festlegung gilt daher nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but may present only from {day}, so the pin is not used.</source>
            <translation>{name} ist hier festgelegt, darf aber erst ab dem {day} vorstellen; die Festlegung gilt daher nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has sent apologies, so the pin is not used.</source>
            <translation>{name} ist hier festgelegt, hat sich aber entschuldigt; die Festlegung gilt daher nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>has not presented yet, joined {joined:month}</source>
            <translation>hat noch nicht vorgestellt, dabei seit {joined:month}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>planned to present {day}</source>
            <translation>vorgesehen für den {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, the most recent meeting</source>
            <translation>zuletzt vorgestellt am {day}, in der letzten Sitzung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, %n meeting(s) since then</source>
            <translation>
                <numerusform>zuletzt vorgestellt am {day}, seitdem %n Sitzung</numerusform>
                <numerusform>zuletzt vorgestellt am {day}, seitdem %n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{first} {then}</source>
            <translation>{first} {then}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>A pinned member is not in this group, so that pin is not used.</source>
            <translation>Eine festgelegte Person gehört nicht zu dieser Gruppe; diese Festlegung gilt daher nicht.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here too, but the meeting has %n presenter(s), so that pin is not used.</source>
            <translation>
                <numerusform>{name} ist hier auch festgelegt, die Sitzung hat aber %n Referent/in; diese Festlegung gilt daher nicht.</numerusform>
                <numerusform>{name} ist hier auch festgelegt, die Sitzung hat aber %n Referent/innen; diese Festlegung gilt daher nicht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Niemand kann vorstellen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present.</source>
            <translation>
                <numerusform>Nur %n Mitglied kann vorstellen.</numerusform>
                <numerusform>Nur %n Mitglieder können vorstellen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present, so there is no reserve.</source>
            <translation>
                <numerusform>Nur %n Mitglied kann vorstellen, daher gibt es keine Reserve.</numerusform>
                <numerusform>Nur %n Mitglieder können vorstellen, daher gibt es keine Reserve.</numerusform>
            </translation>
        </message>
    </context>
</TS>
