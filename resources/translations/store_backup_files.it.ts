<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: the database cannot be read ({reason}).</source>
            <translation>Non è stato scritto alcun backup: il database non può essere letto ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: {damage}</source>
            <translation>Non è stato scritto alcun backup: {damage}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Non è stato possibile scrivere il backup in {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The private notes' backup {name} cannot be restored ({reason}); nothing was changed.</source>
            <translation>Non è possibile ripristinare il backup delle note private {name} ({reason}); non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>Restoring the private notes from {name} failed: {reason}</source>
            <translation>Il ripristino delle note private da {name} non è riuscito: {reason}</translation>
        </message>
    </context>
</TS>
