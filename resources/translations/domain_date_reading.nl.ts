<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>DateReading</name>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date BalintDesk can read; write it as 2025-03-14, 14/03/2025, 14.03.2025 or 14 March 2025 (day first).</source>
            <translation>‘{text}’ is geen datum die BalintDesk kan lezen; schrijf hem als 2025-03-14, 14-03-2025 of 14 maart 2025 (dag eerst).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has a two-digit year, which could mean either century; write the year in full, day first, e.g. 14.03.2025.</source>
            <translation>‘{text}’ heeft een jaartal van twee cijfers, dat op twee eeuwen kan slaan; schrijf het jaar voluit, dag eerst, bijv. 14-03-2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date in the calendar; check the day and the month (day first).</source>
            <translation>‘{text}’ is geen datum in de kalender; controleer dag en maand (dag eerst).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has no year; write it in full, e.g. 14 March 2025.</source>
            <translation>‘{text}’ heeft geen jaartal; schrijf de datum voluit, bijv. 14 maart 2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a number; write it as 1.5 or 1,5.</source>
            <translation>‘{text}’ is geen getal; schrijf het als 1,5 of 1.5.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” could be read two ways; write it without a thousands separator (1234) or with one decimal (1.5).</source>
            <translation>‘{text}’ kan op twee manieren worden gelezen; schrijf het zonder scheidingsteken voor duizendtallen (1234) of met één decimaal (1,5).</translation>
        </message>
    </context>
</TS>
