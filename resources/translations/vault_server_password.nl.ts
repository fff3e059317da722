<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ServerPassword</name>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>This computer has no secure keyring, so BalintDesk cannot remember the server's password: it will ask for it each time.</source>
            <translation>Deze computer heeft geen veilige sleutelhanger, dus BalintDesk kan het wachtwoord van de server niet onthouden: het vraagt er elke keer om.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring is locked, so the server's password cannot be used from it just now; unlock it (or sign in again), or type the password.</source>
            <translation>De sleutelhanger van het systeem is vergrendeld, dus het wachtwoord van de server kan er nu niet uit gelezen worden; ontgrendel hem (of meld u opnieuw aan), of typ het wachtwoord.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring did not answer, so the server's password could not be kept or read there just now; type the password.</source>
            <translation>De sleutelhanger van het systeem antwoordde niet, dus het wachtwoord van de server kon er nu niet bewaard of gelezen worden; typ het wachtwoord.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The password is kept in this computer's {backend}, never in a file.</source>
            <translation>Het wachtwoord wordt bewaard in de {backend} van deze computer, nooit in een bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>keyring</source>
            <translation>sleutelhanger</translation>
        </message>
    </context>
</TS>
