<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>There is no sound backup in {folder} to restore.</source>
            <translation>In {folder} gibt es keine intakte Sicherung zum Wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>The backup {name} could not be put in place of the damaged database: {reason}</source>
            <translation>Die Sicherung {name} konnte nicht an die Stelle der beschädigten Datenbank gesetzt werden: {reason}</translation>
        </message>
    </context>
</TS>
