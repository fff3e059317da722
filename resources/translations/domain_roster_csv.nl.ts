<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}”</source>
            <translation>‘{name}’</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names} and {more} more; the columns it reads are {columns}.</source>
            <translation>BalintDesk kent de kolommen {names} en nog {more} niet; gelezen worden de kolommen {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the columns {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk kent de kolommen {names} niet; gelezen worden de kolommen {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>BalintDesk does not know the column {names}; the columns it reads are {columns}.</source>
            <translation>BalintDesk kent de kolom {names} niet; gelezen worden de kolommen {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The columns {names} appear twice.</source>
            <translation>De kolommen {names} komen twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The column {names} appears twice.</source>
            <translation>De kolom {names} komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} columns; the first line must name the columns, for example: {columns}</source>
            <translation>De kolommen {names} ontbreken; de eerste regel moet de kolommen noemen, bijvoorbeeld: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>There is no {names} column; the first line must name the columns, for example: {columns}</source>
            <translation>De kolom {names} ontbreekt; de eerste regel moet de kolommen noemen, bijvoorbeeld: {columns}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a semicolon must be in double quotes.</source>
            <translation>Deze regel heeft een waarde in kolom {column}, die geen kop heeft; een waarde met een puntkomma moet tussen dubbele aanhalingstekens staan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a tab must be in double quotes.</source>
            <translation>Deze regel heeft een waarde in kolom {column}, die geen kop heeft; een waarde met een tab moet tussen dubbele aanhalingstekens staan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has a value in column {column}, which has no heading; a value containing a comma must be in double quotes.</source>
            <translation>Deze regel heeft een waarde in kolom {column}, die geen kop heeft; een waarde met een komma moet tussen dubbele aanhalingstekens staan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Leader: {reason}</source>
            <translation>Begeleider: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>Joined: {reason}</source>
            <translation>Lid sinds: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>This row has no name.</source>
            <translation>Deze regel heeft geen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>“{name}” is already on line {line}; each member may appear only once (names that look the same are the same).</source>
            <translation>‘{name}’ staat al op regel {line}; elke deelnemer mag maar één keer voorkomen (namen die er hetzelfde uitzien zijn gelijk).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file is empty; its first line should name the columns: {columns}.</source>
            <translation>Het bestand is leeg; de eerste regel moet de kolommen noemen: {columns}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no members below it.</source>
            <translation>Het bestand heeft een kopregel maar geen deelnemers eronder.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/roster_csv.py" />
            <source>The file has a heading row but no attendance below it.</source>
            <translation>Het bestand heeft een kopregel maar geen aanwezigheid eronder.</translation>
        </message>
    </context>
</TS>
