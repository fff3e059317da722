<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/migrations.py" />
            <source>This data was saved by a newer BalintDesk (schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Diese Daten wurden von einem neueren BalintDesk gespeichert (Schema {found}, dieses kennt bis {known}). Bitte installieren Sie die neuere Version.</translation>
        </message>
    </context>
</TS>
