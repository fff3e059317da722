<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault is not on this computer.</source>
            <translation>Dieser Tresor ist nicht auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file {path} is damaged, so the notes cannot be opened. Nothing was changed in it; its backups are in the “backups” folder.</source>
            <translation>Die Datei der privaten Notizen {path} ist beschädigt, daher können die Notizen nicht geöffnet werden. Darin wurde nichts geändert; ihre Sicherungen liegen im Ordner „backups“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Die Datei der privaten Notizen kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Give the notes a name, such as your own.</source>
            <translation>Geben Sie den Notizen einen Namen, etwa Ihren eigenen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Keep the name under {n} characters.</source>
            <translation>Der Name muss kürzer als {n} Zeichen sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That member is no longer in the roster; choose again.</source>
            <translation>Dieses Mitglied ist nicht mehr in der Teilnehmerliste; bitte erneut wählen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no passphrase; open it with its recovery key.</source>
            <translation>Dieser Tresor hat keine Passphrase; öffnen Sie ihn mit dem Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That is not a recovery key: it has 52 letters and digits, in groups of four.</source>
            <translation>Das ist kein Wiederherstellungsschlüssel: Er hat 52 Buchstaben und Ziffern in Vierergruppen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no recovery key; open it with its passphrase.</source>
            <translation>Dieser Tresor hat keinen Wiederherstellungsschlüssel; öffnen Sie ihn mit der Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That recovery key does not open this vault.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Tresor nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>To delete these notes, type their name exactly as shown: {name}</source>
            <translation>Um diese Notizen zu löschen, geben Sie ihren Namen genau wie angezeigt ein: {name}</translation>
        </message>
    </context>
</TS>
