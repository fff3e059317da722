<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/notes_migrations.py" />
            <source>The private notes were saved by a newer BalintDesk (notes schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Le note private sono state salvate da una versione più recente di BalintDesk (schema delle note {found}, questa conosce fino a {known}). Installare la versione più recente.</translation>
        </message>
    </context>
</TS>
