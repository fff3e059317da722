<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This file is not a BalintDesk notes export, or it is damaged.</source>
            <translation>Questo file non è un'esportazione di note di BalintDesk, oppure è danneggiato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This vault is already on this computer.</source>
            <translation>Questo archivio è già su questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>The notes could not be exported to {path}: {reason}.</source>
            <translation>Impossibile esportare le note in {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>That passphrase or recovery key does not open these notes.</source>
            <translation>Questa passphrase o chiave di ripristino non apre queste note.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This export is damaged: not every note in it opens, so nothing was imported.</source>
            <translation>Questa esportazione è danneggiata: non tutte le note si aprono, quindi non è stato importato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>{name} could not be read: {reason}.</source>
            <translation>Impossibile leggere {name}: {reason}.</translation>
        </message>
    </context>
</TS>
