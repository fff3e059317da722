<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not where a member was; write in-person or online.</source>
            <translation>‘{text}’ is geen vorm van deelname; schrijf fysiek of online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not a status; write present, apologies or absent.</source>
            <translation>‘{text}’ is geen status; schrijf aanwezig, afgemeld of afwezig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no name.</source>
            <translation>Deze regel heeft geen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no date.</source>
            <translation>Deze regel heeft geen datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>{day:numeric} is before {year}; check the year.</source>
            <translation>{day:numeric} ligt vóór {year}; controleer het jaar.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no status; write present, apologies or absent.</source>
            <translation>Deze regel heeft geen status; schrijf aanwezig, afgemeld of afwezig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Presented: {reason}</source>
            <translation>Ingebracht: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Mode: {reason}</source>
            <translation>Deelnamevorm: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>The row says {name} presented but gives the status “{status}”; only someone present can have presented.</source>
            <translation>Volgens de regel heeft {name} ingebracht, maar de status is ‘{status}’; alleen wie aanwezig was kan hebben ingebracht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{name}” is already on line {line} for {day:numeric}; each person may appear once per meeting.</source>
            <translation>‘{name}’ staat al op regel {line} voor {day:numeric}; elke persoon mag één keer per bijeenkomst voorkomen.</translation>
        </message>
    </context>
</TS>
