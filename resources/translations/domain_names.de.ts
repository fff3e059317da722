<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Names</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>{text}… ({length} characters)</source>
            <translation>{text}… ({length} Zeichen)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/domain/names.py" />
            <source>“{name}” looks garbled, as happens when a spreadsheet opens a file in the wrong encoding (UTF-8 read as {encoding}). It is probably “{right}”; please correct it.</source>
            <translation>„{name}“ sieht verstümmelt aus, wie wenn eine Tabelle eine Datei in der falschen Kodierung öffnet (UTF-8 als {encoding} gelesen). Wahrscheinlich ist „{right}“ gemeint; bitte korrigieren Sie es.</translation>
        </message>
    </context>
</TS>
