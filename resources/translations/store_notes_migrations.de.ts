<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/notes_migrations.py" />
            <source>The private notes were saved by a newer BalintDesk (notes schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Die privaten Notizen wurden von einem neueren BalintDesk gespeichert (Notizen-Schema {found}, dieses kennt bis {known}). Bitte installieren Sie die neuere Version.</translation>
        </message>
    </context>
</TS>
