<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows Credential Manager</source>
            <translation>Gestione credenziali di Windows</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>macOS Keychain</source>
            <translation>Il portachiavi di macOS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring</source>
            <translation>Il portachiavi Secret Service</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring (libsecret)</source>
            <translation>Il portachiavi Secret Service (libsecret)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>KDE Wallet</source>
            <translation>Il portafoglio KDE</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer; your notes will ask for their passphrase.</source>
            <translation>Nessun portachiavi sicuro trovato su questo computer; le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer (only a plain-file store, which BalintDesk does not use); your notes will ask for their passphrase.</source>
            <translation>Nessun portachiavi sicuro trovato su questo computer (solo un archivio in file di testo semplice, che BalintDesk non usa); le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows would copy the keyring entry to other computers with your profile, so BalintDesk does not use it; your notes will ask for their passphrase.</source>
            <translation>Windows copierebbe la voce del portachiavi su altri computer insieme al profilo, quindi BalintDesk non la usa; le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring is turned off on this computer; your notes will ask for their passphrase.</source>
            <translation>Il portachiavi è disattivato su questo computer; le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring settings on this computer could not be read; your notes will ask for their passphrase.</source>
            <translation>Impossibile leggere le impostazioni del portachiavi di questo computer; le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>This computer's keyring is not one BalintDesk trusts to keep a key safe; your notes will ask for their passphrase.</source>
            <translation>BalintDesk non considera il portachiavi di questo computer sicuro per custodire una chiave; le note chiederanno la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring is locked, so BalintDesk cannot use it just now; unlock it (or sign in again) or open your notes with their passphrase.</source>
            <translation>Il portachiavi del sistema è bloccato, quindi BalintDesk non può usarlo ora; sbloccarlo (o accedere di nuovo) oppure aprire le note con la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring stopped answering (it may have been closed or your session ended); open your notes with their passphrase.</source>
            <translation>Il portachiavi del sistema non risponde più (forse è stato chiuso o la sessione è terminata); aprire le note con la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring refused the request; open your notes with their passphrase.</source>
            <translation>Il portachiavi del sistema ha rifiutato la richiesta; aprire le note con la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The key this computer's keyring holds for these notes is damaged; open them with their passphrase and let the computer remember them again.</source>
            <translation>La chiave che il portachiavi di questo computer conserva per queste note è danneggiata; aprirle con la passphrase e farle ricordare di nuovo al computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring did not keep the key (reading it back gave something else); your notes will ask for their passphrase.</source>
            <translation>Il portachiavi del sistema non ha conservato la chiave (rileggendola si è ottenuto altro); le note chiederanno la passphrase.</translation>
        </message>
    </context>
</TS>
