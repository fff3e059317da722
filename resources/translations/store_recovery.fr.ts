<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>There is no sound backup in {folder} to restore.</source>
            <translation>Il n’y a dans {folder} aucune sauvegarde intacte à restaurer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/recovery.py" />
            <source>The backup {name} could not be put in place of the damaged database: {reason}</source>
            <translation>La sauvegarde {name} n’a pas pu remplacer la base de données endommagée : {reason}</translation>
        </message>
    </context>
</TS>
