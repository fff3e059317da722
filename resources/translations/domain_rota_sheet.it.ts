<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
            <translation>{names} e {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{group} — Balint group</source>
            <translation>{group} — gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled: {reason}</source>
            <translation>Annullato: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenters: {names}</source>
            <translation>Presentano: {names}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: {name}</source>
            <translation>Presenta: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: not planned yet</source>
            <translation>Presentazione: non ancora prevista</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Reserve: {name}</source>
            <translation>Riserva: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>From the rota in BalintDesk; the plan may change.</source>
            <translation>Dai turni di BalintDesk; i turni possono cambiare.</translation>
        </message>
    </context>
</TS>
