<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Die Sicherung konnte nicht nach {path} geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} cannot be opened: {reason}</source>
            <translation>{name} kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a BalintDesk backup ({reason}).</source>
            <translation>{name} ist keine Sicherung von BalintDesk ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a backup this version of BalintDesk can restore.</source>
            <translation>{name} ist keine Sicherung, die diese Version von BalintDesk wiederherstellen kann.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is damaged (SQLite says: {finding}); choose another.</source>
            <translation>{name} ist beschädigt (SQLite meldet: {finding}); wählen Sie eine andere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>Restoring {name} failed; nothing was changed: {reason}</source>
            <translation>Die Wiederherstellung von {name} ist fehlgeschlagen; es wurde nichts geändert: {reason}</translation>
        </message>
    </context>
</TS>
