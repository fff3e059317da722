<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>pinned by the leader</source>
            <translation>vastgezet door de begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but joins the group only on {day}, so the pin is not used.</source>
            <translation>{name} staat hier vast, maar komt pas op {day} bij de groep; daarom geldt dat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has left the group, so the pin is not used.</source>
            <translation>{name} staat hier vast, maar heeft de groep verlaten; daarom geldt dat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but is a leader, and this group's leaders do not present, so the pin is not used.</source>
            <translation>{name} staat hier vast, maar is begeleider, en de begeleiders van deze groep brengen niet in; daarom geldt dat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but may present only from {day}, so the pin is not used.</source>
            <translation>{name} staat hier vast, maar mag pas vanaf {day} inbrengen; daarom geldt dat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here but has sent apologies, so the pin is not used.</source>
            <translation>{name} staat hier vast, maar heeft zich afgemeld; daarom geldt dat niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>has not presented yet, joined {joined:month}</source>
            <translation>heeft nog niet ingebracht, lid sinds {joined:month}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>planned to present {day}</source>
            <translation>gepland om in te brengen op {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, the most recent meeting</source>
            <translation>laatst ingebracht op {day}, de meest recente bijeenkomst</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, %n meeting(s) since then</source>
            <translation>
                <numerusform>laatst ingebracht op {day}, sindsdien %n bijeenkomst</numerusform>
                <numerusform>laatst ingebracht op {day}, sindsdien %n bijeenkomsten</numerusform>
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
            <translation>Een vastgezette persoon zit niet in deze groep; daarom geldt dat niet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here too, but the meeting has %n presenter(s), so that pin is not used.</source>
            <translation>
                <numerusform>{name} staat hier ook vast, maar de bijeenkomst heeft %n inbrenger; daarom geldt dat niet.</numerusform>
                <numerusform>{name} staat hier ook vast, maar de bijeenkomst heeft %n inbrengers; daarom geldt dat niet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Niemand kan inbrengen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present.</source>
            <translation>
                <numerusform>Slechts %n deelnemer kan inbrengen.</numerusform>
                <numerusform>Slechts %n deelnemers kunnen inbrengen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present, so there is no reserve.</source>
            <translation>
                <numerusform>Slechts %n deelnemer kan inbrengen, dus er is geen reserve.</numerusform>
                <numerusform>Slechts %n deelnemers kunnen inbrengen, dus er is geen reserve.</numerusform>
            </translation>
        </message>
    </context>
</TS>
