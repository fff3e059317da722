<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>The vault is locked.</source>
            <translation>De kluis is vergrendeld.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's passphrase record is damaged; try its recovery key.</source>
            <translation>Het wachtwoordzingegeven van deze kluis is beschadigd; probeer de herstelsleutel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's recovery record is damaged; try its passphrase.</source>
            <translation>Het herstelgegeven van deze kluis is beschadigd; probeer de wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note no longer exists.</source>
            <translation>Deze notitie bestaat niet meer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note was deleted meanwhile; copy its text to a new one.</source>
            <translation>Deze notitie is intussen verwijderd; kopieer de tekst naar een nieuwe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault has no passphrase to change.</source>
            <translation>Deze kluis heeft geen wachtwoordzin om te wijzigen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's keys do not agree; open it with its recovery key.</source>
            <translation>De sleutels van deze kluis komen niet overeen; open hem met de herstelsleutel.</translation>
        </message>
    </context>
</TS>
