<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/migrations.py" />
            <source>This data was saved by a newer BalintDesk (schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Questi dati sono stati salvati da un BalintDesk più recente (schema {found}, questo conosce fino a {known}). Installare la versione più recente.</translation>
        </message>
    </context>
</TS>
