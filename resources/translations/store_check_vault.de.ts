<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>VaultCheck</name>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has an unreadable Argon2id record, so it cannot be opened.</source>
            <translation>{key} hat einen unlesbaren Argon2id-Eintrag und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has Argon2id parameters that are not numbers, so it cannot be opened.</source>
            <translation>{key} hat Argon2id-Parameter, die keine Zahlen sind, und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} uses Argon2id parameters below RFC 9106's recommendation (t=3, p=4, 64 MiB); changing the passphrase or unlocking with it raises them.</source>
            <translation>{key} verwendet Argon2id-Parameter unter der Empfehlung von RFC 9106 (t=3, p=4, 64 MiB); eine Änderung der Passphrase oder das Entsperren damit hebt sie an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} (“{label}”)</source>
            <translation>Tresor für private Notizen {id} („{label}“)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has an id that is not 32 hexadecimal digits.</source>
            <translation>{vault} hat eine Kennung, die nicht aus 32 Hexadezimalziffern besteht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Private notes vault {id} has no name.</source>
            <translation>Der Tresor für private Notizen {id} hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unknown format {format}.</source>
            <translation>{vault} hat das unbekannte Format {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has the unreadable creation time “{time}”.</source>
            <translation>{vault} hat die unlesbare Erstellungszeit „{time}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no passphrase key, so it cannot be opened that way.</source>
            <translation>{vault} hat keinen Passphrase-Schlüssel und kann daher so nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{vault} has no recovery key, so it cannot be opened that way.</source>
            <translation>{vault} hat keinen Wiederherstellungsschlüssel und kann daher so nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} ({kind}) of vault {vault}</source>
            <translation>Schlüssel Nr. {key} ({kind}) des Tresors {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Key #{key} of vault {vault} is of the unknown kind “{kind}”.</source>
            <translation>Schlüssel Nr. {key} des Tresors {vault} ist von der unbekannten Art „{kind}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} is not a wrapped 256-bit key, so it cannot be opened.</source>
            <translation>{key} ist kein umhüllter 256-Bit-Schlüssel und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} has a nonce that is not 12 bytes.</source>
            <translation>{key} hat eine Nonce, die nicht 12 Byte lang ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{key} carries an Argon2id record it should not have.</source>
            <translation>{key} enthält einen Argon2id-Eintrag, den er nicht haben sollte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Note {note} of vault {vault}</source>
            <translation>Notiz {note} des Tresors {vault}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has an id that is not 32 hexadecimal digits.</source>
            <translation>{note} hat eine Kennung, die nicht aus 32 Hexadezimalziffern besteht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has the unknown format {format}.</source>
            <translation>{note} hat das unbekannte Format {format}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} has a nonce that is not 12 bytes, so it cannot be opened.</source>
            <translation>{note} hat eine Nonce, die nicht 12 Byte lang ist, und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>{note} is too short to be a ciphertext, so it cannot be opened.</source>
            <translation>{note} ist zu kurz für einen Geheimtext und kann daher nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file {path} is damaged (SQLite's check says: {finding}).</source>
            <translation>Die Datei der privaten Notizen {path} ist beschädigt (die Prüfung von SQLite meldet: {finding}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file cannot be opened: {reason}</source>
            <translation>Die Datei der privaten Notizen kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>SQLite's integrity check of the private notes file reports: {verdict}.</source>
            <translation>Die Integritätsprüfung von SQLite meldet für die Datei der privaten Notizen: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>Row {rowid} of table {table} in the private notes file refers to a {parent} row that does not exist.</source>
            <translation>Zeile {rowid} der Tabelle {table} in der Datei der privaten Notizen verweist auf eine nicht vorhandene Zeile in {parent}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_vault.py" />
            <source>The private notes file's schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Das Schema der Datei der privaten Notizen hat Version {version}; dieses BalintDesk erwartet Version {expected}.</translation>
        </message>
    </context>
</TS>
