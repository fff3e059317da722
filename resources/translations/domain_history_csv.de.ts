<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not where a member was; write in-person or online.</source>
            <translation>„{text}“ ist keine Teilnahmeform; schreiben Sie Präsenz oder online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not a status; write present, apologies or absent.</source>
            <translation>„{text}“ ist kein Status; schreiben Sie anwesend, entschuldigt oder abwesend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no name.</source>
            <translation>Diese Zeile hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no date.</source>
            <translation>Diese Zeile hat kein Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>{day:numeric} is before {year}; check the year.</source>
            <translation>{day:numeric} liegt vor {year}; prüfen Sie das Jahr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no status; write present, apologies or absent.</source>
            <translation>Diese Zeile hat keinen Status; schreiben Sie anwesend, entschuldigt oder abwesend.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Presented: {reason}</source>
            <translation>Vorgestellt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Mode: {reason}</source>
            <translation>Teilnahmeform: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>The row says {name} presented but gives the status “{status}”; only someone present can have presented.</source>
            <translation>Laut Zeile hat {name} vorgestellt, aber der Status ist „{status}“; nur wer anwesend war, kann vorgestellt haben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{name}” is already on line {line} for {day:numeric}; each person may appear once per meeting.</source>
            <translation>„{name}“ steht für den {day:numeric} schon in Zeile {line}; jede Person darf pro Sitzung nur einmal vorkommen.</translation>
        </message>
    </context>
</TS>
