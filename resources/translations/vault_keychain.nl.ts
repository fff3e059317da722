<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Keychain</name>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>This computer's {backend} can remember your notes' key.</source>
            <translation>{backend} van deze computer kan de sleutel van uw notities onthouden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/vault/keychain.py" />
            <source>The {backend} is not running on this computer; your notes will ask for their passphrase.</source>
            <translation>{backend} draait niet op deze computer; uw notities vragen om hun wachtwoordzin.</translation>
        </message>
    </context>
</TS>
