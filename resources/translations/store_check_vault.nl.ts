<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>VaultCheck</name>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has an unreadable Argon2id record, so it cannot be opened.</source>
            <translation>{key} heeft een onleesbaar Argon2id-gegeven en kan dus niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has Argon2id parameters that are not numbers, so it cannot be opened.</source>
            <translation>{key} heeft Argon2id-parameters die geen getallen zijn en kan dus niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} uses Argon2id parameters below RFC 9106's recommendation (t=3, p=4, 64 MiB); changing the passphrase or unlocking with it raises them.</source>
            <translation>{key} gebruikt Argon2id-parameters onder de aanbeveling van RFC 9106 (t=3, p=4, 64 MiB); de wachtwoordzin wijzigen of ermee ontgrendelen verhoogt ze.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} (“{label}”)</source>
            <translation>Kluis met privénotities {id} (‘{label}’)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has an id that is not 32 hexadecimal digits.</source>
            <translation>{vault} heeft een id die niet uit 32 hexadecimale cijfers bestaat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} has no name.</source>
            <translation>Kluis met privénotities {id} heeft geen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unknown format {format}.</source>
            <translation>{vault} heeft de onbekende indeling {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unreadable creation time “{time}”.</source>
            <translation>{vault} heeft het onleesbare aanmaaktijdstip ‘{time}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no passphrase key, so it cannot be opened that way.</source>
            <translation>{vault} heeft geen wachtwoordzinsleutel en kan dus niet zo worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no recovery key, so it cannot be opened that way.</source>
            <translation>{vault} heeft geen herstelsleutel en kan dus niet zo worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} ({kind}) of vault {vault}</source>
            <translation>Sleutel #{key} ({kind}) van kluis {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} of vault {vault} is of the unknown kind “{kind}”.</source>
            <translation>Sleutel #{key} van kluis {vault} is van het onbekende soort ‘{kind}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} is not a wrapped 256-bit key, so it cannot be opened.</source>
            <translation>{key} is geen ingepakte 256-bitssleutel en kan dus niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has a nonce that is not 12 bytes.</source>
            <translation>{key} heeft een nonce die geen 12 bytes is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} carries an Argon2id record it should not have.</source>
            <translation>{key} bevat een Argon2id-gegeven dat er niet hoort.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Note {note} of vault {vault}</source>
            <translation>Notitie {note} van kluis {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has an id that is not 32 hexadecimal digits.</source>
            <translation>{note} heeft een id die niet uit 32 hexadecimale cijfers bestaat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has the unknown format {format}.</source>
            <translation>{note} heeft de onbekende indeling {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has a nonce that is not 12 bytes, so it cannot be opened.</source>
            <translation>{note} heeft een nonce die geen 12 bytes is en kan dus niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} is too short to be a ciphertext, so it cannot be opened.</source>
            <translation>{note} is te kort voor een versleutelde tekst en kan dus niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file {path} is damaged (SQLite's check says: {finding}).</source>
            <translation>Het bestand met privénotities {path} is beschadigd (de controle van SQLite meldt: {finding}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Het bestand met privénotities kan niet worden geopend: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>SQLite's integrity check of the private notes file reports: {verdict}.</source>
            <translation>De integriteitscontrole van SQLite meldt voor het bestand met privénotities: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Row {rowid} of table {table} in the private notes file refers to a {parent} row that does not exist.</source>
            <translation>Rij {rowid} van tabel {table} in het bestand met privénotities verwijst naar een {parent}-rij die niet bestaat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file's schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Het schema van het bestand met privénotities is versie {version}; deze BalintDesk verwacht versie {expected}.</translation>
        </message>
    </context>
</TS>
