<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows Credential Manager</source>
            <translation>Die Windows-Anmeldeinformationsverwaltung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>macOS Keychain</source>
            <translation>Der macOS-Schlüsselbund</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring</source>
            <translation>Der Secret-Service-Schlüsselbund</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring (libsecret)</source>
            <translation>Der Secret-Service-Schlüsselbund (libsecret)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>KDE Wallet</source>
            <translation>Die KDE-Brieftasche</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer; your notes will ask for their passphrase.</source>
            <translation>Auf diesem Computer wurde kein sicherer Schlüsselbund gefunden; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer (only a plain-file store, which BalintDesk does not use); your notes will ask for their passphrase.</source>
            <translation>Auf diesem Computer wurde kein sicherer Schlüsselbund gefunden (nur ein Klartext-Dateispeicher, den BalintDesk nicht verwendet); Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows would copy the keyring entry to other computers with your profile, so BalintDesk does not use it; your notes will ask for their passphrase.</source>
            <translation>Windows würde den Schlüsselbund-Eintrag mit Ihrem Profil auf andere Computer kopieren, daher verwendet BalintDesk ihn nicht; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring is turned off on this computer; your notes will ask for their passphrase.</source>
            <translation>Der Schlüsselbund ist auf diesem Computer ausgeschaltet; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring settings on this computer could not be read; your notes will ask for their passphrase.</source>
            <translation>Die Schlüsselbund-Einstellungen dieses Computers konnten nicht gelesen werden; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>This computer's keyring is not one BalintDesk trusts to keep a key safe; your notes will ask for their passphrase.</source>
            <translation>BalintDesk traut dem Schlüsselbund dieses Computers nicht zu, einen Schlüssel sicher zu verwahren; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring is locked, so BalintDesk cannot use it just now; unlock it (or sign in again) or open your notes with their passphrase.</source>
            <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann BalintDesk ihn gerade nicht verwenden; entsperren Sie ihn (oder melden Sie sich neu an) oder öffnen Sie Ihre Notizen mit ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring stopped answering (it may have been closed or your session ended); open your notes with their passphrase.</source>
            <translation>Der Schlüsselbund des Systems antwortet nicht mehr (er wurde vielleicht geschlossen oder Ihre Sitzung ist beendet); öffnen Sie Ihre Notizen mit ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring refused the request; open your notes with their passphrase.</source>
            <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt; öffnen Sie Ihre Notizen mit ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The key this computer's keyring holds for these notes is damaged; open them with their passphrase and let the computer remember them again.</source>
            <translation>Der Schlüssel, den der Schlüsselbund dieses Computers für diese Notizen hält, ist beschädigt; öffnen Sie sie mit ihrer Passphrase und lassen Sie den Computer sie erneut merken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring did not keep the key (reading it back gave something else); your notes will ask for their passphrase.</source>
            <translation>Der Schlüsselbund des Systems hat den Schlüssel nicht behalten (beim Zurücklesen kam etwas anderes heraus); Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
    </context>
</TS>
