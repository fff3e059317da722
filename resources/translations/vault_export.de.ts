<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This file is not a BalintDesk notes export, or it is damaged.</source>
            <translation>Diese Datei ist kein BalintDesk-Notizexport oder sie ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This vault is already on this computer.</source>
            <translation>Dieser Tresor ist bereits auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>The notes could not be exported to {path}: {reason}.</source>
            <translation>Die Notizen konnten nicht nach {path} exportiert werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>That passphrase or recovery key does not open these notes.</source>
            <translation>Diese Passphrase bzw. dieser Wiederherstellungsschlüssel öffnet diese Notizen nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This export is damaged: not every note in it opens, so nothing was imported.</source>
            <translation>Dieser Export ist beschädigt: Nicht jede Notiz darin lässt sich öffnen, daher wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
        </message>
    </context>
</TS>
