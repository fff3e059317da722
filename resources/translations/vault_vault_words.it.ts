<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>The private notes could not do that.</source>
            <translation>Le note private non hanno potuto eseguire l'operazione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>That passphrase does not open this vault.</source>
            <translation>Questa passphrase non apre questo archivio.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>Choose a stronger passphrase.</source>
            <translation>Scegliere una passphrase più robusta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>This note is damaged and cannot be opened.</source>
            <translation>Questa nota è danneggiata e non può essere aperta.</translation>
        </message>
    </context>
</TS>
