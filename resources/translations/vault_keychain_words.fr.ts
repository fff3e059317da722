<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows Credential Manager</source>
            <translation>Le Gestionnaire d'identification Windows</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>macOS Keychain</source>
            <translation>Le trousseau macOS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring</source>
            <translation>Le trousseau Secret Service</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring (libsecret)</source>
            <translation>Le trousseau Secret Service (libsecret)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>KDE Wallet</source>
            <translation>Le portefeuille KDE</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer; your notes will ask for their passphrase.</source>
            <translation>Aucun trousseau sécurisé n'a été trouvé sur cet ordinateur ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer (only a plain-file store, which BalintDesk does not use); your notes will ask for their passphrase.</source>
            <translation>Aucun trousseau sécurisé n'a été trouvé sur cet ordinateur (seulement un stockage en fichier clair, que BalintDesk n'utilise pas) ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows would copy the keyring entry to other computers with your profile, so BalintDesk does not use it; your notes will ask for their passphrase.</source>
            <translation>Windows copierait l'entrée du trousseau sur d'autres ordinateurs avec votre profil, donc BalintDesk ne l'utilise pas ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring is turned off on this computer; your notes will ask for their passphrase.</source>
            <translation>Le trousseau est désactivé sur cet ordinateur ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring settings on this computer could not be read; your notes will ask for their passphrase.</source>
            <translation>Les réglages du trousseau de cet ordinateur n'ont pas pu être lus ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>This computer's keyring is not one BalintDesk trusts to keep a key safe; your notes will ask for their passphrase.</source>
            <translation>BalintDesk ne fait pas confiance au trousseau de cet ordinateur pour garder une clé en sécurité ; vos notes demanderont leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring is locked, so BalintDesk cannot use it just now; unlock it (or sign in again) or open your notes with their passphrase.</source>
            <translation>Le trousseau du système est verrouillé, BalintDesk ne peut donc pas l'utiliser pour l'instant ; déverrouillez-le (ou reconnectez-vous) ou ouvrez vos notes avec leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring stopped answering (it may have been closed or your session ended); open your notes with their passphrase.</source>
            <translation>Le trousseau du système ne répond plus (il a peut-être été fermé ou votre session a pris fin) ; ouvrez vos notes avec leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring refused the request; open your notes with their passphrase.</source>
            <translation>Le trousseau du système a refusé la demande ; ouvrez vos notes avec leur phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The key this computer's keyring holds for these notes is damaged; open them with their passphrase and let the computer remember them again.</source>
            <translation>La clé que le trousseau de cet ordinateur garde pour ces notes est endommagée ; ouvrez-les avec leur phrase secrète et laissez l'ordinateur les mémoriser à nouveau.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring did not keep the key (reading it back gave something else); your notes will ask for their passphrase.</source>
            <translation>Le trousseau du système n'a pas conservé la clé (la relecture a donné autre chose) ; vos notes demanderont leur phrase secrète.</translation>
        </message>
    </context>
</TS>
