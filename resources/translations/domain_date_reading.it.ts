<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>DateReading</name>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date BalintDesk can read; write it as 2025-03-14, 14/03/2025, 14.03.2025 or 14 March 2025 (day first).</source>
            <translation>«{text}» non è una data che BalintDesk sa leggere; scriverla come 2025-03-14, 14/03/2025 o 14 marzo 2025 (prima il giorno).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has a two-digit year, which could mean either century; write the year in full, day first, e.g. 14.03.2025.</source>
            <translation>«{text}» ha l'anno a due cifre, che può indicare due secoli; scrivere l'anno per intero, prima il giorno, ad es. 14/03/2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date in the calendar; check the day and the month (day first).</source>
            <translation>«{text}» non è una data del calendario; controllare giorno e mese (prima il giorno).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has no year; write it in full, e.g. 14 March 2025.</source>
            <translation>«{text}» non ha l'anno; scrivere la data per intero, ad es. 14 marzo 2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a number; write it as 1.5 or 1,5.</source>
            <translation>«{text}» non è un numero; scriverlo come 1,5 o 1.5.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” could be read two ways; write it without a thousands separator (1234) or with one decimal (1.5).</source>
            <translation>«{text}» si può leggere in due modi; scriverlo senza separatore delle migliaia (1234) o con un decimale (1,5).</translation>
        </message>
    </context>
</TS>
