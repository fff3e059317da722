<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows Credential Manager</source>
            <translation>Windows Referentiebeheer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>macOS Keychain</source>
            <translation>De macOS-sleutelhanger</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring</source>
            <translation>De Secret Service-sleutelhanger</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Secret Service keyring (libsecret)</source>
            <translation>De Secret Service-sleutelhanger (libsecret)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>KDE Wallet</source>
            <translation>De KDE-portefeuille</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer; your notes will ask for their passphrase.</source>
            <translation>Er is geen veilige sleutelhanger op deze computer gevonden; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>No secure keyring was found on this computer (only a plain-file store, which BalintDesk does not use); your notes will ask for their passphrase.</source>
            <translation>Er is geen veilige sleutelhanger op deze computer gevonden (alleen opslag in een gewoon bestand, die BalintDesk niet gebruikt); uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>Windows would copy the keyring entry to other computers with your profile, so BalintDesk does not use it; your notes will ask for their passphrase.</source>
            <translation>Windows zou het sleutelhangeritem met uw profiel naar andere computers kopiëren, dus BalintDesk gebruikt het niet; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring is turned off on this computer; your notes will ask for their passphrase.</source>
            <translation>De sleutelhanger staat uit op deze computer; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The keyring settings on this computer could not be read; your notes will ask for their passphrase.</source>
            <translation>De instellingen van de sleutelhanger op deze computer konden niet worden gelezen; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>This computer's keyring is not one BalintDesk trusts to keep a key safe; your notes will ask for their passphrase.</source>
            <translation>BalintDesk vertrouwt de sleutelhanger van deze computer niet om een sleutel veilig te bewaren; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring is locked, so BalintDesk cannot use it just now; unlock it (or sign in again) or open your notes with their passphrase.</source>
            <translation>De sleutelhanger van het systeem is vergrendeld, dus BalintDesk kan hem nu niet gebruiken; ontgrendel hem (of meld u opnieuw aan) of open uw notities met hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring stopped answering (it may have been closed or your session ended); open your notes with their passphrase.</source>
            <translation>De sleutelhanger van het systeem reageert niet meer (misschien is hij gesloten of is uw sessie beëindigd); open uw notities met hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring refused the request; open your notes with their passphrase.</source>
            <translation>De sleutelhanger van het systeem weigerde het verzoek; open uw notities met hun wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The key this computer's keyring holds for these notes is damaged; open them with their passphrase and let the computer remember them again.</source>
            <translation>De sleutel die de sleutelhanger van deze computer voor deze notities bewaart, is beschadigd; open ze met hun wachtwoordzin en laat de computer ze opnieuw onthouden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain_words.py" />
            <source>The system keyring did not keep the key (reading it back gave something else); your notes will ask for their passphrase.</source>
            <translation>De sleutelhanger van het systeem heeft de sleutel niet bewaard (teruglezen gaf iets anders); uw notities vragen om hun wachtwoordzin.</translation>
        </message>
    </context>
</TS>
