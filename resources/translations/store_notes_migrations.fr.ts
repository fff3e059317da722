<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/notes_migrations.py" />
            <source>The private notes were saved by a newer BalintDesk (notes schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Les notes privées ont été enregistrées par un BalintDesk plus récent (schéma des notes {found}, celui-ci connaît jusqu’à {known}). Veuillez installer la version plus récente.</translation>
        </message>
    </context>
</TS>
