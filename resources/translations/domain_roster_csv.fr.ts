<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names} and {more} more; the columns it reads are {columns}.</source>
            <translation>BalintDesk ne connaît pas les colonnes {names} et {more} autres ; les colonnes lues sont {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk ne connaît pas les colonnes {names} ; les colonnes lues sont {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the column {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk ne connaît pas la colonne {names} ; les colonnes lues sont {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The columns {names} appear twice.</source>
            <translation>Les colonnes {names} figurent deux fois.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The column {names} appears twice.</source>
            <translation>La colonne {names} figure deux fois.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} columns; the first line must name the columns, for example: {columns}</source>
            <translation>Il manque les colonnes {names} ; la première ligne doit nommer les colonnes, par exemple : {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} column; the first line must name the columns, for example: {columns}</source>
            <translation>Il manque la colonne {names} ; la première ligne doit nommer les colonnes, par exemple : {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a semicolon must be in double quotes.</source>
            <translation>Cette ligne a une valeur dans la colonne {column}, qui n'a pas d'en-tête ; une valeur contenant un point-virgule doit être entre guillemets droits.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a tab must be in double quotes.</source>
            <translation>Cette ligne a une valeur dans la colonne {column}, qui n'a pas d'en-tête ; une valeur contenant une tabulation doit être entre guillemets droits.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a comma must be in double quotes.</source>
            <translation>Cette ligne a une valeur dans la colonne {column}, qui n'a pas d'en-tête ; une valeur contenant une virgule doit être entre guillemets droits.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Leader: {reason}</source>
            <translation>Leader : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Joined: {reason}</source>
            <translation>Arrivée : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has no name.</source>
            <translation>Cette ligne n'a pas de nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}” is already on line {line}; each member may appear only once (names that look the same are the same).</source>
            <translation>« {name} » figure déjà à la ligne {line} ; chaque membre ne peut figurer qu'une fois (des noms qui se ressemblent sont identiques).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file is empty; its first line should name the columns: {columns}.</source>
            <translation>Le fichier est vide ; sa première ligne doit nommer les colonnes : {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no members below it.</source>
            <translation>Le fichier a une ligne d'en-tête mais aucun membre en dessous.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no attendance below it.</source>
            <translation>Le fichier a une ligne d'en-tête mais aucune présence en dessous.</translation>
        </message>
    </context>
</TS>
