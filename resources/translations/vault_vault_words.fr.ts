<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>The private notes could not do that.</source>
            <translation>Les notes privées n'ont pas pu faire cela.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>That passphrase does not open this vault.</source>
            <translation>Cette phrase secrète n'ouvre pas ce coffre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>Choose a stronger passphrase.</source>
            <translation>Choisissez une phrase secrète plus forte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>This note is damaged and cannot be opened.</source>
            <translation>Cette note est endommagée et ne peut pas être ouverte.</translation>
        </message>
    </context>
</TS>
