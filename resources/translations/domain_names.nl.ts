<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Names</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>{text}… ({length} characters)</source>
            <translation>{text}… ({length} tekens)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>“{name}” looks garbled, as happens when a spreadsheet opens a file in the wrong encoding (UTF-8 read as {encoding}). It is probably “{right}”; please correct it.</source>
            <translation>‘{name}’ lijkt verminkt, zoals wanneer een spreadsheet een bestand in de verkeerde codering opent (UTF-8 gelezen als {encoding}). Waarschijnlijk is het ‘{right}’; verbeter het.</translation>
        </message>
    </context>
</TS>
