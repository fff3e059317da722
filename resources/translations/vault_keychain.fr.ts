<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>This computer's {backend} can remember your notes' key.</source>
            <translation>{backend} de cet ordinateur peut mémoriser la clé de vos notes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>The {backend} is not running on this computer; your notes will ask for their passphrase.</source>
            <translation>{backend} ne fonctionne pas sur cet ordinateur ; vos notes demanderont leur phrase secrète.</translation>
        </message>
    </context>
</TS>
