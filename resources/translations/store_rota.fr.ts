<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only a meeting still to come, and not cancelled, can have a pin.</source>
            <translation>Seule une séance à venir, non annulée, peut recevoir une fixation.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>That person is not a member of this group.</source>
            <translation>Cette personne n'est pas membre de ce groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has left the group.</source>
            <translation>{name} a quitté le groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} joins the group only on {joined}, after {day}.</source>
            <translation>{name} ne rejoint le groupe que le {joined}, après le {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has sent apologies for {day}.</source>
            <translation>{name} s'est excusé(e) pour le {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} may present only from {from_day}.</source>
            <translation>{name} ne peut présenter qu'à partir du {from_day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} is a leader, and this group's leaders do not present.</source>
            <translation>{name} est leader, et les leaders de ce groupe ne présentent pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>This meeting's presenters are already pinned; unpin one before pinning someone else.</source>
            <translation>Les rapporteurs de cette séance sont déjà fixés ; libérez-en un avant d'en fixer un autre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Choose two different meetings to swap.</source>
            <translation>Choisissez deux séances différentes à échanger.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Both meetings must be of the same group.</source>
            <translation>Les deux séances doivent appartenir au même groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only meetings still to come, and not cancelled, can be swapped.</source>
            <translation>Seules des séances à venir, non annulées, peuvent être échangées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Nobody is planned to present on {day}.</source>
            <translation>Personne n'est prévu pour présenter le {day}.</translation>
        </message>
    </context>
</TS>
