<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>soundness</name>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>{damage}; nothing was changed in it.</source>
            <translation>{damage} ; rien n’y a été modifié.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/soundness.py" />
            <source>The database {path} is damaged (SQLite's check says: {finding})</source>
            <translation>La base de données {path} est endommagée (le contrôle de SQLite indique : {finding})</translation>
        </message>
    </context>
</TS>
