<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/migrations.py" />
            <source>This data was saved by a newer BalintDesk (schema {found}, this one knows up to {known}). Please install the newer version.</source>
            <translation>Ces données ont été enregistrées par un BalintDesk plus récent (schéma {found}, celui-ci connaît jusqu’à {known}). Veuillez installer la version plus récente.</translation>
        </message>
    </context>
</TS>
