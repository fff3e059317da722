<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>soundness</name>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>{damage}; nothing was changed in it.</source>
            <translation>{damage}; darin wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>The database {path} is damaged (SQLite's check says: {finding})</source>
            <translation>Die Datenbank {path} ist beschädigt (die Prüfung von SQLite meldet: {finding})</translation>
        </message>
    </context>
</TS>
