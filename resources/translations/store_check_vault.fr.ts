<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>VaultCheck</name>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has an unreadable Argon2id record, so it cannot be opened.</source>
            <translation>{key} a un enregistrement Argon2id illisible, elle ne peut donc pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has Argon2id parameters that are not numbers, so it cannot be opened.</source>
            <translation>{key} a des paramètres Argon2id qui ne sont pas des nombres, elle ne peut donc pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} uses Argon2id parameters below RFC 9106's recommendation (t=3, p=4, 64 MiB); changing the passphrase or unlocking with it raises them.</source>
            <translation>{key} utilise des paramètres Argon2id inférieurs à la recommandation de la RFC 9106 (t=3, p=4, 64 Mio) ; changer la phrase secrète ou déverrouiller avec elle les relève.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} (“{label}”)</source>
            <translation>Coffre de notes privées {id} (« {label} »)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has an id that is not 32 hexadecimal digits.</source>
            <translation>{vault} a un identifiant qui n'est pas composé de 32 chiffres hexadécimaux.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} has no name.</source>
            <translation>Le coffre de notes privées {id} n'a pas de nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unknown format {format}.</source>
            <translation>{vault} a le format inconnu {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unreadable creation time “{time}”.</source>
            <translation>{vault} a l'heure de création illisible « {time} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no passphrase key, so it cannot be opened that way.</source>
            <translation>{vault} n'a pas de clé de phrase secrète, il ne peut donc pas être ouvert ainsi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no recovery key, so it cannot be opened that way.</source>
            <translation>{vault} n'a pas de clé de récupération, il ne peut donc pas être ouvert ainsi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} ({kind}) of vault {vault}</source>
            <translation>La clé nº {key} ({kind}) du coffre {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} of vault {vault} is of the unknown kind “{kind}”.</source>
            <translation>La clé nº {key} du coffre {vault} est du type inconnu « {kind} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} is not a wrapped 256-bit key, so it cannot be opened.</source>
            <translation>{key} n'est pas une clé de 256 bits enveloppée, elle ne peut donc pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has a nonce that is not 12 bytes.</source>
            <translation>{key} a un nonce qui ne fait pas 12 octets.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} carries an Argon2id record it should not have.</source>
            <translation>{key} porte un enregistrement Argon2id qu'elle ne devrait pas avoir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Note {note} of vault {vault}</source>
            <translation>La note {note} du coffre {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has an id that is not 32 hexadecimal digits.</source>
            <translation>{note} a un identifiant qui n'est pas composé de 32 chiffres hexadécimaux.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has the unknown format {format}.</source>
            <translation>{note} a le format inconnu {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has a nonce that is not 12 bytes, so it cannot be opened.</source>
            <translation>{note} a un nonce qui ne fait pas 12 octets, elle ne peut donc pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} is too short to be a ciphertext, so it cannot be opened.</source>
            <translation>{note} est trop courte pour être un texte chiffré, elle ne peut donc pas être ouverte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file {path} is damaged (SQLite's check says: {finding}).</source>
            <translation>Le fichier des notes privées {path} est endommagé (la vérification de SQLite indique : {finding}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Le fichier des notes privées ne peut pas être ouvert : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>SQLite's integrity check of the private notes file reports: {verdict}.</source>
            <translation>La vérification d’intégrité de SQLite du fichier des notes privées signale : {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Row {rowid} of table {table} in the private notes file refers to a {parent} row that does not exist.</source>
            <translation>La ligne {rowid} de la table {table} du fichier des notes privées renvoie à une ligne {parent} qui n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file's schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Le schéma du fichier des notes privées est en version {version} ; ce BalintDesk attend la version {expected}.</translation>
        </message>
    </context>
</TS>
