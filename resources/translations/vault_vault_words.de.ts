<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>The private notes could not do that.</source>
            <translation>Die privaten Notizen konnten das nicht ausführen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>That passphrase does not open this vault.</source>
            <translation>Diese Passphrase öffnet diesen Tresor nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>Choose a stronger passphrase.</source>
            <translation>Wählen Sie eine stärkere Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>This note is damaged and cannot be opened.</source>
            <translation>Diese Notiz ist beschädigt und kann nicht geöffnet werden.</translation>
        </message>
    </context>
</TS>
