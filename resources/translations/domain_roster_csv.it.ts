<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names} and {more} more; the columns it reads are {columns}.</source>
            <translation>BalintDesk non conosce le colonne {names} e altre {more}; le colonne lette sono {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk non conosce le colonne {names}; le colonne lette sono {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the column {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk non conosce la colonna {names}; le colonne lette sono {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The columns {names} appear twice.</source>
            <translation>Le colonne {names} compaiono due volte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The column {names} appears twice.</source>
            <translation>La colonna {names} compare due volte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} columns; the first line must name the columns, for example: {columns}</source>
            <translation>Mancano le colonne {names}; la prima riga deve indicare le colonne, ad esempio: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} column; the first line must name the columns, for example: {columns}</source>
            <translation>Manca la colonna {names}; la prima riga deve indicare le colonne, ad esempio: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a semicolon must be in double quotes.</source>
            <translation>Questa riga ha un valore nella colonna {column}, che non ha intestazione; un valore con un punto e virgola va tra virgolette doppie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a tab must be in double quotes.</source>
            <translation>Questa riga ha un valore nella colonna {column}, che non ha intestazione; un valore con una tabulazione va tra virgolette doppie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a comma must be in double quotes.</source>
            <translation>Questa riga ha un valore nella colonna {column}, che non ha intestazione; un valore con una virgola va tra virgolette doppie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Leader: {reason}</source>
            <translation>Conduttore: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Joined: {reason}</source>
            <translation>Ingresso: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has no name.</source>
            <translation>Questa riga non ha un nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}” is already on line {line}; each member may appear only once (names that look the same are the same).</source>
            <translation>«{name}» è già alla riga {line}; ogni membro può comparire una sola volta (nomi che sembrano uguali sono uguali).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file is empty; its first line should name the columns: {columns}.</source>
            <translation>Il file è vuoto; la prima riga deve indicare le colonne: {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no members below it.</source>
            <translation>Il file ha una riga di intestazione ma nessun membro sotto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no attendance below it.</source>
            <translation>Il file ha una riga di intestazione ma nessuna presenza sotto.</translation>
        </message>
    </context>
</TS>
