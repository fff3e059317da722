<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>DateReading</name>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date BalintDesk can read; write it as 2025-03-14, 14/03/2025, 14.03.2025 or 14 March 2025 (day first).</source>
            <translation>„{text}“ ist kein Datum, das BalintDesk lesen kann; schreiben Sie es als 2025-03-14, 14.03.2025 oder 14. März 2025 (Tag zuerst).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has a two-digit year, which could mean either century; write the year in full, day first, e.g. 14.03.2025.</source>
            <translation>„{text}“ hat eine zweistellige Jahreszahl, die zu zwei Jahrhunderten passen könnte; schreiben Sie das Jahr vollständig, Tag zuerst, z. B. 14.03.2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date in the calendar; check the day and the month (day first).</source>
            <translation>„{text}“ ist kein Kalenderdatum; prüfen Sie Tag und Monat (Tag zuerst).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has no year; write it in full, e.g. 14 March 2025.</source>
            <translation>„{text}“ hat keine Jahreszahl; schreiben Sie das Datum vollständig, z. B. 14. März 2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a number; write it as 1.5 or 1,5.</source>
            <translation>„{text}“ ist keine Zahl; schreiben Sie sie als 1,5 oder 1.5.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” could be read two ways; write it without a thousands separator (1234) or with one decimal (1.5).</source>
            <translation>„{text}“ ist mehrdeutig; schreiben Sie die Zahl ohne Tausendertrennzeichen (1234) oder mit einer Nachkommastelle (1,5).</translation>
        </message>
    </context>
</TS>
