<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>There is no sound backup in {folder} to restore.</source>
            <translation>Er is in {folder} geen intacte back-up om terug te zetten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>The backup {name} could not be put in place of the damaged database: {reason}</source>
            <translation>De back-up {name} kon niet in de plaats van de beschadigde database worden gezet: {reason}</translation>
        </message>
    </context>
</TS>
