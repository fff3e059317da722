<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: the database cannot be read ({reason}).</source>
            <translation>Aucune sauvegarde n’a été écrite : la base de données ne peut pas être lue ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>No backup was written: {damage}</source>
            <translation>Aucune sauvegarde n’a été écrite : {damage}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>La sauvegarde n’a pas pu être écrite dans {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>The private notes' backup {name} cannot be restored ({reason}); nothing was changed.</source>
            <translation>La sauvegarde des notes privées {name} ne peut pas être restaurée ({reason}) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/backup_files.py" />
            <source>Restoring the private notes from {name} failed: {reason}</source>
            <translation>La restauration des notes privées depuis {name} a échoué : {reason}</translation>
        </message>
    </context>
</TS>
