<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role: {old} → {new}</source>
            <translation>rol: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>leader: {old} → {new}</source>
            <translation>begeleider: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>email: {old} → {new}</source>
            <translation>e-mail: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined: {old:iso} → {new:iso}</source>
            <translation>lid sinds: {old:iso} → {new:iso}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>{name} may present from {from_day:numeric}, before the date joined in the file ({joined:numeric}); correct one of the two dates.</source>
            <translation>{name} mag inbrengen vanaf {from_day:numeric}, vóór de datum van toetreden in het bestand ({joined:numeric}); verbeter een van beide data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>“{file}” read as {name}: the names look the same</source>
            <translation>‘{file}’ gelezen als {name}: de namen zien er hetzelfde uit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role "{text}" read as {role}</source>
            <translation>rol ‘{text}’ gelezen als {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined {day:short}</source>
            <translation>lid sinds {day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>The group's members changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>De deelnemers van de groep zijn veranderd sinds het bestand is gecontroleerd; er is niets geïmporteerd. Controleer het bestand opnieuw.</translation>
        </message>
    </context>
</TS>
