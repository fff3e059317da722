<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
            <translation>{names} en {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>{group} — Balint group</source>
            <translation>{group} — Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled: {reason}</source>
            <translation>Afgezegd: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Cancelled.</source>
            <translation>Afgezegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenters: {names}</source>
            <translation>Inbrengers: {names}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: {name}</source>
            <translation>Inbrenger: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Presenter: not planned yet</source>
            <translation>Inbrenger: nog niet gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>Reserve: {name}</source>
            <translation>Reserve: {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rota_sheet.py" />
            <source>From the rota in BalintDesk; the plan may change.</source>
            <translation>Uit het rooster in BalintDesk; het rooster kan veranderen.</translation>
        </message>
    </context>
</TS>
