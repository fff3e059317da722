<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names} and {more} more; the columns it reads are {columns}.</source>
            <translation>BalintDesk kennt die Spalten {names} und {more} weitere nicht; gelesen werden die Spalten {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk kennt die Spalten {names} nicht; gelesen werden die Spalten {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the column {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk kennt die Spalte {names} nicht; gelesen werden die Spalten {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The columns {names} appear twice.</source>
            <translation>Die Spalten {names} kommen doppelt vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The column {names} appears twice.</source>
            <translation>Die Spalte {names} kommt doppelt vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} columns; the first line must name the columns, for example: {columns}</source>
            <translation>Es fehlen die Spalten {names}; die erste Zeile muss die Spalten benennen, zum Beispiel: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} column; the first line must name the columns, for example: {columns}</source>
            <translation>Es fehlt die Spalte {names}; die erste Zeile muss die Spalten benennen, zum Beispiel: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a semicolon must be in double quotes.</source>
            <translation>Diese Zeile hat einen Wert in Spalte {column}, die keine Überschrift hat; ein Wert mit ein Semikolon muss in doppelten Anführungszeichen stehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a tab must be in double quotes.</source>
            <translation>Diese Zeile hat einen Wert in Spalte {column}, die keine Überschrift hat; ein Wert mit einen Tabulator muss in doppelten Anführungszeichen stehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a comma must be in double quotes.</source>
            <translation>Diese Zeile hat einen Wert in Spalte {column}, die keine Überschrift hat; ein Wert mit ein Komma muss in doppelten Anführungszeichen stehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Leader: {reason}</source>
            <translation>Leitung: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Joined: {reason}</source>
            <translation>Beitritt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has no name.</source>
            <translation>Diese Zeile hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}” is already on line {line}; each member may appear only once (names that look the same are the same).</source>
            <translation>„{name}“ steht schon in Zeile {line}; jedes Mitglied darf nur einmal vorkommen (gleich aussehende Namen gelten als gleich).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file is empty; its first line should name the columns: {columns}.</source>
            <translation>Die Datei ist leer; ihre erste Zeile sollte die Spalten benennen: {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no members below it.</source>
            <translation>Die Datei hat eine Überschriftenzeile, aber keine Mitglieder darunter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no attendance below it.</source>
            <translation>Die Datei hat eine Überschriftenzeile, aber keine Teilnahme darunter.</translation>
        </message>
    </context>
</TS>
