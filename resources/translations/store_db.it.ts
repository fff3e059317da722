<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Non è stato possibile scrivere il backup in {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} cannot be opened: {reason}</source>
            <translation>{name} non può essere aperto: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a BalintDesk backup ({reason}).</source>
            <translation>{name} non è un backup di BalintDesk ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a backup this version of BalintDesk can restore.</source>
            <translation>{name} non è un backup che questa versione di BalintDesk può ripristinare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is damaged (SQLite says: {finding}); choose another.</source>
            <translation>{name} è danneggiato (SQLite segnala: {finding}); sceglierne un altro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>Restoring {name} failed; nothing was changed: {reason}</source>
            <translation>Il ripristino di {name} non è riuscito; non è stato modificato nulla: {reason}</translation>
        </message>
    </context>
</TS>
