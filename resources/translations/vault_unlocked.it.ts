<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>The vault is locked.</source>
            <translation>L'archivio è bloccato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's passphrase record is damaged; try its recovery key.</source>
            <translation>Il record della passphrase di questo archivio è danneggiato; provare la chiave di ripristino.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's recovery record is damaged; try its passphrase.</source>
            <translation>Il record di ripristino di questo archivio è danneggiato; provare la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note no longer exists.</source>
            <translation>Questa nota non esiste più.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note was deleted meanwhile; copy its text to a new one.</source>
            <translation>Questa nota è stata eliminata nel frattempo; copiarne il testo in una nuova.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault has no passphrase to change.</source>
            <translation>Questo archivio non ha una passphrase da cambiare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's keys do not agree; open it with its recovery key.</source>
            <translation>Le chiavi di questo archivio non coincidono; aprirlo con la chiave di ripristino.</translation>
        </message>
    </context>
</TS>
