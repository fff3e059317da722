<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>VaultCheck</name>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has an unreadable Argon2id record, so it cannot be opened.</source>
            <translation>{key} ha un record Argon2id illeggibile, quindi non può essere aperta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has Argon2id parameters that are not numbers, so it cannot be opened.</source>
            <translation>{key} ha parametri Argon2id che non sono numeri, quindi non può essere aperta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} uses Argon2id parameters below RFC 9106's recommendation (t=3, p=4, 64 MiB); changing the passphrase or unlocking with it raises them.</source>
            <translation>{key} usa parametri Argon2id inferiori alla raccomandazione della RFC 9106 (t=3, p=4, 64 MiB); cambiare la passphrase o sbloccare con essa li aumenta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} (“{label}”)</source>
            <translation>Archivio di note private {id} («{label}»)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has an id that is not 32 hexadecimal digits.</source>
            <translation>{vault} ha un identificativo che non è di 32 cifre esadecimali.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} has no name.</source>
            <translation>L'archivio di note private {id} non ha un nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unknown format {format}.</source>
            <translation>{vault} ha il formato sconosciuto {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unreadable creation time “{time}”.</source>
            <translation>{vault} ha l'ora di creazione illeggibile «{time}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no passphrase key, so it cannot be opened that way.</source>
            <translation>{vault} non ha una chiave della passphrase, quindi non può essere aperto così.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no recovery key, so it cannot be opened that way.</source>
            <translation>{vault} non ha una chiave di ripristino, quindi non può essere aperto così.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} ({kind}) of vault {vault}</source>
            <translation>La chiave n. {key} ({kind}) dell'archivio {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} of vault {vault} is of the unknown kind “{kind}”.</source>
            <translation>La chiave n. {key} dell'archivio {vault} è del tipo sconosciuto «{kind}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} is not a wrapped 256-bit key, so it cannot be opened.</source>
            <translation>{key} non è una chiave a 256 bit cifrata, quindi non può essere aperta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has a nonce that is not 12 bytes.</source>
            <translation>{key} ha un nonce che non è di 12 byte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} carries an Argon2id record it should not have.</source>
            <translation>{key} contiene un record Argon2id che non dovrebbe avere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Note {note} of vault {vault}</source>
            <translation>La nota {note} dell'archivio {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has an id that is not 32 hexadecimal digits.</source>
            <translation>{note} ha un identificativo che non è di 32 cifre esadecimali.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has the unknown format {format}.</source>
            <translation>{note} ha il formato sconosciuto {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has a nonce that is not 12 bytes, so it cannot be opened.</source>
            <translation>{note} ha un nonce che non è di 12 byte, quindi non può essere aperta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} is too short to be a ciphertext, so it cannot be opened.</source>
            <translation>{note} è troppo corta per essere un testo cifrato, quindi non può essere aperta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file {path} is damaged (SQLite's check says: {finding}).</source>
            <translation>Il file delle note private {path} è danneggiato (il controllo di SQLite segnala: {finding}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Non è possibile aprire il file delle note private: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>SQLite's integrity check of the private notes file reports: {verdict}.</source>
            <translation>Il controllo di integrità di SQLite sul file delle note private segnala: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Row {rowid} of table {table} in the private notes file refers to a {parent} row that does not exist.</source>
            <translation>La riga {rowid} della tabella {table} nel file delle note private rimanda a una riga {parent} che non esiste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file's schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Lo schema del file delle note private è alla versione {version}; questo BalintDesk si aspetta la versione {expected}.</translation>
        </message>
    </context>
</TS>
