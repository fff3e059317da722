<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{names} and {last}</source>
            <translation>{names} et {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{group} — Balint group</source>
            <translation>{group} — groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled: {reason}</source>
            <translation>Annulée : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled.</source>
            <translation>Annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenters: {names}</source>
            <translation>Rapporteurs : {names}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: {name}</source>
            <translation>Rapporteur : {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: not planned yet</source>
            <translation>Rapporteur : pas encore prévu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Reserve: {name}</source>
            <translation>Remplaçant : {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>From the rota in BalintDesk; the plan may change.</source>
            <translation>Issu du tour de rôle de BalintDesk ; il peut changer.</translation>
        </message>
    </context>
</TS>
