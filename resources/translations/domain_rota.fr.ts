<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>pinned by the leader</source>
            <translation>fixé par le leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but joins the group only on {day}, so the pin is not used.</source>
            <translation>{name} est fixé(e) ici mais ne rejoint le groupe que le {day} ; la fixation n'est donc pas appliquée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has left the group, so the pin is not used.</source>
            <translation>{name} est fixé(e) ici mais a quitté le groupe ; la fixation n'est donc pas appliquée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but is a leader, and this group's leaders do not present, so the pin is not used.</source>
            <translation>{name} est fixé(e) ici mais est leader, et les leaders de ce groupe ne présentent pas ; la fixation n'est donc pas appliquée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but may present only from {day}, so the pin is not used.</source>
            <translation>{name} est fixé(e) ici mais ne peut présenter qu'à partir du {day} ; la fixation n'est donc pas appliquée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has sent apologies, so the pin is not used.</source>
            <translation>{name} est fixé(e) ici mais s'est excusé(e) ; la fixation n'est donc pas appliquée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>has not presented yet, joined {joined:month}</source>
            <translation>n'a pas encore présenté, arrivé(e) en {joined:month}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>planned to present {day}</source>
            <translation>prévu(e) pour présenter le {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, the most recent meeting</source>
            <translation>dernière présentation le {day}, à la dernière séance</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, %n meeting(s) since then</source>
            <translation>
                <numerusform>dernière présentation le {day}, %n séance depuis</numerusform>
                <numerusform>dernière présentation le {day}, %n séances depuis</numerusform>
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
            <translation>Une personne fixée n'est pas dans ce groupe ; cette fixation n'est donc pas appliquée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here too, but the meeting has %n presenter(s), so that pin is not used.</source>
            <translation>
                <numerusform>{name} est aussi fixé(e) ici, mais la séance n'a que %n rapporteur ; cette fixation n'est donc pas appliquée.</numerusform>
                <numerusform>{name} est aussi fixé(e) ici, mais la séance n'a que %n rapporteurs ; cette fixation n'est donc pas appliquée.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Personne ne peut présenter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present.</source>
            <translation>
                <numerusform>Seul %n membre peut présenter.</numerusform>
                <numerusform>Seuls %n membres peuvent présenter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present, so there is no reserve.</source>
            <translation>
                <numerusform>Seul %n membre peut présenter ; il n'y a donc pas de remplaçant.</numerusform>
                <numerusform>Seuls %n membres peuvent présenter ; il n'y a donc pas de remplaçant.</numerusform>
            </translation>
        </message>
    </context>
</TS>
