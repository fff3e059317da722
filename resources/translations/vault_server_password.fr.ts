<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ServerPassword</name>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>This computer has no secure keyring, so BalintDesk cannot remember the server's password: it will ask for it each time.</source>
            <translation>Cet ordinateur n’a pas de trousseau sûr : BalintDesk ne peut donc pas retenir le mot de passe du serveur et le demandera à chaque fois.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring is locked, so the server's password cannot be used from it just now; unlock it (or sign in again), or type the password.</source>
            <translation>Le trousseau du système est verrouillé : le mot de passe du serveur ne peut pas y être lu pour l’instant ; déverrouillez-le (ou reconnectez-vous), ou saisissez le mot de passe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The system keyring did not answer, so the server's password could not be kept or read there just now; type the password.</source>
            <translation>Le trousseau du système n’a pas répondu : le mot de passe du serveur n’a pas pu y être conservé ou lu pour l’instant ; saisissez le mot de passe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>The password is kept in this computer's {backend}, never in a file.</source>
            <translation>Le mot de passe est conservé dans le {backend} de cet ordinateur, jamais dans un fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/server_password.py" />
            <source>keyring</source>
            <translation>trousseau</translation>
        </message>
    </context>
</TS>
