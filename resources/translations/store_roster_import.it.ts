<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>(none)</source>
            <translation>(nessuna)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role: {old} → {new}</source>
            <translation>ruolo: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>leader: {old} → {new}</source>
            <translation>conduttore: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>email: {old} → {new}</source>
            <translation>e-mail: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined: {old:iso} → {new:iso}</source>
            <translation>ingresso: {old:iso} → {new:iso}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>{name} may present from {from_day:numeric}, before the date joined in the file ({joined:numeric}); correct one of the two dates.</source>
            <translation>{name} può presentare dal {from_day:numeric}, prima della data di ingresso nel file ({joined:numeric}); correggere una delle due date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>“{file}” read as {name}: the names look the same</source>
            <translation>«{file}» letto come {name}: i nomi sembrano uguali</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role "{text}" read as {role}</source>
            <translation>ruolo «{text}» letto come {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined {day:short}</source>
            <translation>ingresso il {day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>The group's members changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>I membri del gruppo sono cambiati dal controllo del file; non è stato importato nulla. Controllare di nuovo il file.</translation>
        </message>
    </context>
</TS>
