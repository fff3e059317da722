<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>soundness</name>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>{damage}; nothing was changed in it.</source>
            <translation>{damage}; er is niets in gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>The database {path} is damaged (SQLite's check says: {finding})</source>
            <translation>De database {path} is beschadigd (de controle van SQLite meldt: {finding})</translation>
        </message>
    </context>
</TS>
