<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{group} — Balint group</source>
            <translation>{group} — Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled: {reason}</source>
            <translation>Abgesagt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled.</source>
            <translation>Abgesagt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenters: {names}</source>
            <translation>Referent/innen: {names}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: {name}</source>
            <translation>Referent/in: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: not planned yet</source>
            <translation>Referent/in: noch nicht geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Reserve: {name}</source>
            <translation>Reserve: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>From the rota in BalintDesk; the plan may change.</source>
            <translation>Aus dem Plan in BalintDesk; der Plan kann sich ändern.</translation>
        </message>
    </context>
</TS>
