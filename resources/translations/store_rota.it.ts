<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only a meeting still to come, and not cancelled, can have a pin.</source>
            <translation>Si può fissare qualcuno solo a un incontro futuro non annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>That person is not a member of this group.</source>
            <translation>Questa persona non è membro di questo gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has left the group.</source>
            <translation>{name} ha lasciato il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} joins the group only on {joined}, after {day}.</source>
            <translation>{name} entra nel gruppo solo il {joined}, dopo il {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has sent apologies for {day}.</source>
            <translation>{name} si è giustificato/a per il {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} may present only from {from_day}.</source>
            <translation>{name} può presentare solo dal {from_day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} is a leader, and this group's leaders do not present.</source>
            <translation>{name} è conduttore, e i conduttori di questo gruppo non presentano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>This meeting's presenters are already pinned; unpin one before pinning someone else.</source>
            <translation>Chi presenta a questo incontro è già fissato; sbloccarne uno prima di fissarne un altro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Choose two different meetings to swap.</source>
            <translation>Scegliere due incontri diversi da scambiare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Both meetings must be of the same group.</source>
            <translation>Entrambi gli incontri devono essere dello stesso gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only meetings still to come, and not cancelled, can be swapped.</source>
            <translation>Si possono scambiare solo incontri futuri non annullati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Nobody is planned to present on {day}.</source>
            <translation>Nessuno è previsto per presentare il {day}.</translation>
        </message>
    </context>
</TS>
