<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This file is not a BalintDesk notes export, or it is damaged.</source>
            <translation>Dit bestand is geen BalintDesk-notitie-export, of het is beschadigd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This vault is already on this computer.</source>
            <translation>Deze kluis staat al op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>The notes could not be exported to {path}: {reason}.</source>
            <translation>De notities konden niet naar {path} worden geëxporteerd: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>That passphrase or recovery key does not open these notes.</source>
            <translation>Deze wachtwoordzin of herstelsleutel opent deze notities niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>This export is damaged: not every note in it opens, so nothing was imported.</source>
            <translation>Deze export is beschadigd: niet elke notitie erin gaat open, dus er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/export.py" />
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} kon niet worden gelezen: {reason}.</translation>
        </message>
    </context>
</TS>
