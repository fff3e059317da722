<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ServerPassword</name>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>This computer has no secure keyring, so BalintDesk cannot remember the server's password: it will ask for it each time.</source>
            <translation>Dieser Computer hat keinen sicheren Schlüsselbund, daher kann BalintDesk sich das Passwort des Servers nicht merken: Es fragt jedes Mal danach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring is locked, so the server's password cannot be used from it just now; unlock it (or sign in again), or type the password.</source>
            <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann das Passwort des Servers gerade nicht daraus gelesen werden; entsperren Sie ihn (oder melden Sie sich erneut an), oder geben Sie das Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring did not answer, so the server's password could not be kept or read there just now; type the password.</source>
            <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte das Passwort des Servers gerade nicht dort gespeichert oder gelesen werden; geben Sie das Passwort ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The password is kept in this computer's {backend}, never in a file.</source>
            <translation>Das Passwort wird im {backend} dieses Computers aufbewahrt, nie in einer Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>keyring</source>
            <translation>Schlüsselbund</translation>
        </message>
    </context>
</TS>
