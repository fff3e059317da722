<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>{n} private notes rows are not yet in notes.sqlite3; they were not removed.</source>
            <translation>{n} rijen privénotities staan nog niet in notes.sqlite3; ze zijn niet verwijderd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>The private notes could not be moved into {path}; nothing was removed from the group database ({absent} rows missing, {differing} different).</source>
            <translation>De privénotities konden niet naar {path} worden verplaatst; er is niets uit de groepsdatabase verwijderd ({absent} rijen ontbreken, {differing} wijken af).</translation>
        </message>
    </context>
</TS>
