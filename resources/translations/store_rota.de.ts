<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only a meeting still to come, and not cancelled, can have a pin.</source>
            <translation>Festlegen lässt sich nur für eine kommende, nicht abgesagte Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>That person is not a member of this group.</source>
            <translation>Diese Person ist kein Mitglied dieser Gruppe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has left the group.</source>
            <translation>{name} hat die Gruppe verlassen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} joins the group only on {joined}, after {day}.</source>
            <translation>{name} tritt der Gruppe erst am {joined} bei, nach dem {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has sent apologies for {day}.</source>
            <translation>{name} hat sich für den {day} entschuldigt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} may present only from {from_day}.</source>
            <translation>{name} darf erst ab dem {from_day} vorstellen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} is a leader, and this group's leaders do not present.</source>
            <translation>{name} gehört zur Leitung, und die Leitung dieser Gruppe stellt nicht vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>This meeting's presenters are already pinned; unpin one before pinning someone else.</source>
            <translation>Für diese Sitzung ist schon festgelegt, wer vorstellt; lösen Sie zuerst eine Festlegung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Choose two different meetings to swap.</source>
            <translation>Wählen Sie zwei verschiedene Sitzungen zum Tauschen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Both meetings must be of the same group.</source>
            <translation>Beide Sitzungen müssen zur selben Gruppe gehören.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only meetings still to come, and not cancelled, can be swapped.</source>
            <translation>Tauschen lassen sich nur kommende, nicht abgesagte Sitzungen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Nobody is planned to present on {day}.</source>
            <translation>Für den {day} ist niemand zum Vorstellen eingeplant.</translation>
        </message>
    </context>
</TS>
