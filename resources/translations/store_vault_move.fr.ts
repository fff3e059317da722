<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>migrations</name>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>{n} private notes rows are not yet in notes.sqlite3; they were not removed.</source>
            <translation>{n} lignes de notes privées ne sont pas encore dans notes.sqlite3 ; elles n’ont pas été retirées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/vault_move.py" />
            <source>The private notes could not be moved into {path}; nothing was removed from the group database ({absent} rows missing, {differing} different).</source>
            <translation>Les notes privées n’ont pas pu être déplacées dans {path} ; rien n’a été retiré de la base de données du groupe ({absent} lignes manquantes, {differing} différentes).</translation>
        </message>
    </context>
</TS>
