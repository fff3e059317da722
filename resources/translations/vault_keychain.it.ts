<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>This computer's {backend} can remember your notes' key.</source>
            <translation>{backend} di questo computer può ricordare la chiave delle note.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>The {backend} is not running on this computer; your notes will ask for their passphrase.</source>
            <translation>{backend} non è in funzione su questo computer; le note chiederanno la passphrase.</translation>
        </message>
    </context>
</TS>
