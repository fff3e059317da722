<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>last presented {day}, %n meeting(s) since then</source>
            <translation>
                <numerusform>last presented {day}, %n meeting since then</numerusform>
                <numerusform>last presented {day}, %n meetings since then</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>{name} is pinned here too, but the meeting has %n presenter(s), so that pin is not used.</source>
            <translation>
                <numerusform>{name} is pinned here too, but the meeting has %n presenter, so that pin is not used.</numerusform>
                <numerusform>{name} is pinned here too, but the meeting has %n presenters, so that pin is not used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present.</source>
            <translation>
                <numerusform>Only %n member is eligible to present.</numerusform>
                <numerusform>Only %n members are eligible to present.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/rota.py" />
            <source>Only %n member(s) eligible to present, so there is no reserve.</source>
            <translation>
                <numerusform>Only %n member is eligible to present, so there is no reserve.</numerusform>
                <numerusform>Only %n members are eligible to present, so there is no reserve.</numerusform>
            </translation>
        </message>
    </context>
</TS>
