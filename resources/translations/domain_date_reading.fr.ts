<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DateReading</name>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date BalintDesk can read; write it as 2025-03-14, 14/03/2025, 14.03.2025 or 14 March 2025 (day first).</source>
            <translation>« {text} » n'est pas une date que BalintDesk sait lire ; écrivez-la 2025-03-14, 14/03/2025 ou 14 mars 2025 (jour d'abord).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has a two-digit year, which could mean either century; write the year in full, day first, e.g. 14.03.2025.</source>
            <translation>« {text} » a une année à deux chiffres, qui peut désigner deux siècles ; écrivez l'année en entier, jour d'abord, p. ex. 14/03/2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a date in the calendar; check the day and the month (day first).</source>
            <translation>« {text} » n'est pas une date du calendrier ; vérifiez le jour et le mois (jour d'abord).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” has no year; write it in full, e.g. 14 March 2025.</source>
            <translation>« {text} » n'a pas d'année ; écrivez la date en entier, p. ex. 14 mars 2025.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” is not a number; write it as 1.5 or 1,5.</source>
            <translation>« {text} » n'est pas un nombre ; écrivez-le 1,5 ou 1.5.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/date_reading.py" />
            <source>“{text}” could be read two ways; write it without a thousands separator (1234) or with one decimal (1.5).</source>
            <translation>« {text} » peut se lire de deux façons ; écrivez-le sans séparateur de milliers (1234) ou avec une décimale (1,5).</translation>
        </message>
    </context>
</TS>
