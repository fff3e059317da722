<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>{n} private notes rows are not yet in notes.sqlite3; they were not removed.</source>
            <translation>{n} righe di note private non sono ancora in notes.sqlite3; non sono state rimosse.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>The private notes could not be moved into {path}; nothing was removed from the group database ({absent} rows missing, {differing} different).</source>
            <translation>Non è stato possibile spostare le note private in {path}; nulla è stato rimosso dal database del gruppo ({absent} righe mancanti, {differing} diverse).</translation>
        </message>
    </context>
</TS>
