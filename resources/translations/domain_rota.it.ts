<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>pinned by the leader</source>
            <translation>fissato dal conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but joins the group only on {day}, so the pin is not used.</source>
            <translation>{name} è fissato/a qui ma entra nel gruppo solo il {day}, quindi non se ne tiene conto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has left the group, so the pin is not used.</source>
            <translation>{name} è fissato/a qui ma ha lasciato il gruppo, quindi non se ne tiene conto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but is a leader, and this group's leaders do not present, so the pin is not used.</source>
            <translation>{name} è fissato/a qui ma è conduttore, e i conduttori di questo gruppo non presentano, quindi non se ne tiene conto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but may present only from {day}, so the pin is not used.</source>
            <translation>{name} è fissato/a qui ma può presentare solo dal {day}, quindi non se ne tiene conto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has sent apologies, so the pin is not used.</source>
            <translation>{name} è fissato/a qui ma si è giustificato/a, quindi non se ne tiene conto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>has not presented yet, joined {joined:month}</source>
            <translation>non ha ancora presentato, nel gruppo da {joined:month}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>planned to present {day}</source>
            <translation>previsto/a per presentare il {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, the most recent meeting</source>
            <translation>ultima presentazione il {day}, all'incontro più recente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, %n meeting(s) since then</source>
            <translation>
                <numerusform>ultima presentazione il {day}, da allora %n incontro</numerusform>
                <numerusform>ultima presentazione il {day}, da allora %n incontri</numerusform>
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
            <translation>Una persona fissata non fa parte di questo gruppo, quindi non se ne tiene conto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here too, but the meeting has %n presenter(s), so that pin is not used.</source>
            <translation>
                <numerusform>Anche {name} è fissato/a qui, ma all'incontro presenta solo %n persona, quindi non se ne tiene conto.</numerusform>
                <numerusform>Anche {name} è fissato/a qui, ma all'incontro presentano solo %n persone, quindi non se ne tiene conto.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Nessuno può presentare.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present.</source>
            <translation>
                <numerusform>Solo %n membro può presentare.</numerusform>
                <numerusform>Solo %n membri possono presentare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present, so there is no reserve.</source>
            <translation>
                <numerusform>Solo %n membro può presentare, quindi non c'è una riserva.</numerusform>
                <numerusform>Solo %n membri possono presentare, quindi non c'è una riserva.</numerusform>
            </translation>
        </message>
    </context>
</TS>
