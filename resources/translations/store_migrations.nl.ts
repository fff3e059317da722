<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/migrations.py" />
            <source>This data was saved by a newer BalintDesk (schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Deze gegevens zijn opgeslagen door een nieuwere BalintDesk (schema {found}, deze kent tot {known}). Installeer de nieuwere versie.</translation>
        </message>
    </context>
</TS>
