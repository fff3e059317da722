<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/notes_migrations.py" />
            <source>The private notes were saved by a newer BalintDesk (notes schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>De privénotities zijn opgeslagen door een nieuwere BalintDesk (notitieschema {found}, deze kent tot {known}). Installeer de nieuwere versie.</translation>
        </message>
    </context>
</TS>
