<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: the database cannot be read ({reason}).</source>
            <translation>Er is geen back-up geschreven: de database kan niet worden gelezen ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: {damage}</source>
            <translation>Er is geen back-up geschreven: {damage}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>De back-up kon niet naar {path} worden geschreven: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The private notes' backup {name} cannot be restored ({reason}); nothing was changed.</source>
            <translation>De back-up van de privénotities {name} kan niet worden teruggezet ({reason}); er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>Restoring the private notes from {name} failed: {reason}</source>
            <translation>Het terugzetten van de privénotities uit {name} is mislukt: {reason}</translation>
        </message>
    </context>
</TS>
