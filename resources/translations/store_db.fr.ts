<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>La sauvegarde n’a pas pu être écrite dans {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} cannot be opened: {reason}</source>
            <translation>{name} ne peut pas être ouvert : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a BalintDesk backup ({reason}).</source>
            <translation>{name} n’est pas une sauvegarde de BalintDesk ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a backup this version of BalintDesk can restore.</source>
            <translation>{name} n’est pas une sauvegarde que cette version de BalintDesk peut restaurer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is damaged (SQLite says: {finding}); choose another.</source>
            <translation>{name} est endommagée (SQLite indique : {finding}) ; choisissez-en une autre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>Restoring {name} failed; nothing was changed: {reason}</source>
            <translation>La restauration de {name} a échoué ; rien n’a été modifié : {reason}</translation>
        </message>
    </context>
</TS>
