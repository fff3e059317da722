<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>{n} private notes rows are not yet in notes.sqlite3; they were not removed.</source>
            <translation>{n} Zeilen privater Notizen sind noch nicht in notes.sqlite3; sie wurden nicht entfernt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>The private notes could not be moved into {path}; nothing was removed from the group database ({absent} rows missing, {differing} different).</source>
            <translation>Die privaten Notizen konnten nicht nach {path} verschoben werden; aus der Gruppendatenbank wurde nichts entfernt ({absent} Zeilen fehlen, {differing} weichen ab).</translation>
        </message>
    </context>
</TS>
