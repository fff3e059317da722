<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>The private notes could not do that.</source>
            <translation>De privénotities konden dat niet doen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>That passphrase does not open this vault.</source>
            <translation>Deze wachtwoordzin opent deze kluis niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>Choose a stronger passphrase.</source>
            <translation>Kies een sterkere wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault_words.py" />
            <source>This note is damaged and cannot be opened.</source>
            <translation>Deze notitie is beschadigd en kan niet worden geopend.</translation>
        </message>
    </context>
</TS>
