<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>This computer's {backend} can remember your notes' key.</source>
            <translation>{backend} dieses Computers kann sich den Schlüssel Ihrer Notizen merken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>The {backend} is not running on this computer; your notes will ask for their passphrase.</source>
            <translation>{backend} läuft auf diesem Computer nicht; Ihre Notizen fragen nach ihrer Passphrase.</translation>
        </message>
    </context>
</TS>
