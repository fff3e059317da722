<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>The vault is locked.</source>
            <translation>Le coffre est verrouillé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's passphrase record is damaged; try its recovery key.</source>
            <translation>L'enregistrement de la phrase secrète de ce coffre est endommagé ; essayez sa clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's recovery record is damaged; try its passphrase.</source>
            <translation>L'enregistrement de récupération de ce coffre est endommagé ; essayez sa phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note no longer exists.</source>
            <translation>Cette note n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This note was deleted meanwhile; copy its text to a new one.</source>
            <translation>Cette note a été supprimée entre-temps ; copiez son texte dans une nouvelle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault has no passphrase to change.</source>
            <translation>Ce coffre n'a pas de phrase secrète à changer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/unlocked.py" />
            <source>This vault's keys do not agree; open it with its recovery key.</source>
            <translation>Les clés de ce coffre ne concordent pas ; ouvrez-le avec sa clé de récupération.</translation>
        </message>
    </context>
</TS>
