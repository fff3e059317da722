<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>There is no sound backup in {folder} to restore.</source>
            <translation>In {folder} non c’è alcun backup integro da ripristinare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>The backup {name} could not be put in place of the damaged database: {reason}</source>
            <translation>Non è stato possibile mettere il backup {name} al posto del database danneggiato: {reason}</translation>
        </message>
    </context>
</TS>
