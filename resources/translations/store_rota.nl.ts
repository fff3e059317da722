<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only a meeting still to come, and not cancelled, can have a pin.</source>
            <translation>Alleen een komende, niet afgezegde bijeenkomst kan iemand vastgezet krijgen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>That person is not a member of this group.</source>
            <translation>Die persoon is geen deelnemer van deze groep.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has left the group.</source>
            <translation>{name} heeft de groep verlaten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} joins the group only on {joined}, after {day}.</source>
            <translation>{name} komt pas op {joined} bij de groep, na {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} has sent apologies for {day}.</source>
            <translation>{name} heeft zich afgemeld voor {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} may present only from {from_day}.</source>
            <translation>{name} mag pas vanaf {from_day} inbrengen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>{name} is a leader, and this group's leaders do not present.</source>
            <translation>{name} is begeleider, en de begeleiders van deze groep brengen niet in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>This meeting's presenters are already pinned; unpin one before pinning someone else.</source>
            <translation>De inbrengers van deze bijeenkomst staan al vast; maak er eerst een los.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Choose two different meetings to swap.</source>
            <translation>Kies twee verschillende bijeenkomsten om te ruilen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Both meetings must be of the same group.</source>
            <translation>Beide bijeenkomsten moeten van dezelfde groep zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Only meetings still to come, and not cancelled, can be swapped.</source>
            <translation>Alleen komende, niet afgezegde bijeenkomsten kunnen worden geruild.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/rota.py" />
            <source>Nobody is planned to present on {day}.</source>
            <translation>Niemand is gepland om in te brengen op {day}.</translation>
        </message>
    </context>
</TS>
