<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>soundness</name>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>{damage}; nothing was changed in it.</source>
            <translation>{damage}; non vi è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>The database {path} is damaged (SQLite's check says: {finding})</source>
            <translation>Il database {path} è danneggiato (il controllo di SQLite segnala: {finding})</translation>
        </message>
    </context>
</TS>
