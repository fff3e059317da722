<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>VaultError</name>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault is not on this computer.</source>
            <translation>Ce coffre n'est pas sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file {path} is damaged, so the notes cannot be opened. Nothing was changed in it; its backups are in the “backups” folder.</source>
            <translation>Le fichier des notes privées {path} est endommagé : les notes ne peuvent pas être ouvertes. Rien n’y a été modifié ; ses sauvegardes se trouvent dans le dossier « backups ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Le fichier des notes privées ne peut pas être ouvert : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Give the notes a name, such as your own.</source>
            <translation>Donnez un nom aux notes, par exemple le vôtre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>Keep the name under {n} characters.</source>
            <translation>Le nom doit faire moins de {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That member is no longer in the roster; choose again.</source>
            <translation>Ce membre ne figure plus dans la liste des membres ; choisissez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no passphrase; open it with its recovery key.</source>
            <translation>Ce coffre n'a pas de phrase secrète ; ouvrez-le avec sa clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That is not a recovery key: it has 52 letters and digits, in groups of four.</source>
            <translation>Ce n'est pas une clé de récupération : elle compte 52 lettres et chiffres, par groupes de quatre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>This vault has no recovery key; open it with its passphrase.</source>
            <translation>Ce coffre n'a pas de clé de récupération ; ouvrez-le avec sa phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>That recovery key does not open this vault.</source>
            <translation>Cette clé de récupération n'ouvre pas ce coffre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/vault.py" />
            <source>To delete these notes, type their name exactly as shown: {name}</source>
            <translation>Pour supprimer ces notes, saisissez leur nom exactement comme affiché : {name}</translation>
        </message>
    </context>
</TS>
