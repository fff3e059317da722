<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: the database cannot be read ({reason}).</source>
            <translation>Es wurde keine Sicherung geschrieben: Die Datenbank kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: {damage}</source>
            <translation>Es wurde keine Sicherung geschrieben: {damage}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>Die Sicherung konnte nicht nach {path} geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The private notes' backup {name} cannot be restored ({reason}); nothing was changed.</source>
            <translation>Die Sicherung der privaten Notizen {name} kann nicht wiederhergestellt werden ({reason}); es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>Restoring the private notes from {name} failed: {reason}</source>
            <translation>Die privaten Notizen konnten nicht aus {name} wiederhergestellt werden: {reason}</translation>
        </message>
    </context>
</TS>
