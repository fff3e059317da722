<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This file is not a BalintDesk notes export, or it is damaged.</source>
            <translation>Ce fichier n'est pas un export de notes BalintDesk, ou il est endommagé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This vault is already on this computer.</source>
            <translation>Ce coffre est déjà sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>The notes could not be exported to {path}: {reason}.</source>
            <translation>Les notes n'ont pas pu être exportées vers {path} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>That passphrase or recovery key does not open these notes.</source>
            <translation>Cette phrase secrète ou clé de récupération n'ouvre pas ces notes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This export is damaged: not every note in it opens, so nothing was imported.</source>
            <translation>Cet export est endommagé : toutes ses notes ne s'ouvrent pas, rien n'a donc été importé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} n'a pas pu être lu : {reason}.</translation>
        </message>
    </context>
</TS>
