<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>{name} may present from {from_day:numeric}, before the date joined in the file ({joined:numeric}); correct one of the two dates.</source>
            <translation>{name} mag inbrengen vanaf {from_day:numeric}, vóór de datum van toetreden in het bestand ({joined:numeric}); verbeter een van beide data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>The group's members changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>De deelnemers van de groep zijn veranderd sinds het bestand is gecontroleerd; er is niets geïmporteerd. Controleer het bestand opnieuw.</translation>
        </message>
    </context>
</TS>
