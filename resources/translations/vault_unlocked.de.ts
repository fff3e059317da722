<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>The vault is locked.</source>
            <translation>Der Tresor ist gesperrt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's passphrase record is damaged; try its recovery key.</source>
            <translation>Der Passphrase-Eintrag dieses Tresors ist beschädigt; versuchen Sie den Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's recovery record is damaged; try its passphrase.</source>
            <translation>Der Wiederherstellungseintrag dieses Tresors ist beschädigt; versuchen Sie die Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note no longer exists.</source>
            <translation>Diese Notiz existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note was deleted meanwhile; copy its text to a new one.</source>
            <translation>Diese Notiz wurde inzwischen gelöscht; kopieren Sie ihren Text in eine neue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault has no passphrase to change.</source>
            <translation>Dieser Tresor hat keine Passphrase, die geändert werden könnte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's keys do not agree; open it with its recovery key.</source>
            <translation>Die Schlüssel dieses Tresors stimmen nicht überein; öffnen Sie ihn mit dem Wiederherstellungsschlüssel.</translation>
        </message>
    </context>
</TS>
