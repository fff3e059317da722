<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>ServerPassword</name>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>This computer has no secure keyring, so BalintDesk cannot remember the server's password: it will ask for it each time.</source>
            <translation>Questo computer non ha un portachiavi sicuro, quindi BalintDesk non può ricordare la password del server: la chiederà ogni volta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring is locked, so the server's password cannot be used from it just now; unlock it (or sign in again), or type the password.</source>
            <translation>Il portachiavi del sistema è bloccato, quindi la password del server non si può leggere ora; sbloccarlo (o accedere di nuovo), oppure digitare la password.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring did not answer, so the server's password could not be kept or read there just now; type the password.</source>
            <translation>Il portachiavi del sistema non ha risposto, quindi la password del server non si è potuta conservare o leggere ora; digitare la password.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The password is kept in this computer's {backend}, never in a file.</source>
            <translation>La password è conservata nel {backend} di questo computer, mai in un file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>keyring</source>
            <translation>portachiavi</translation>
        </message>
    </context>
</TS>
