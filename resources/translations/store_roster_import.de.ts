<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <translation>nein</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role: {old} → {new}</source>
            <translation>Rolle: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>leader: {old} → {new}</source>
            <translation>Leitung: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>email: {old} → {new}</source>
            <translation>E-Mail: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined: {old:iso} → {new:iso}</source>
            <translation>Beitritt: {old:iso} → {new:iso}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>{name} may present from {from_day:numeric}, before the date joined in the file ({joined:numeric}); correct one of the two dates.</source>
            <translation>{name} darf ab dem {from_day:numeric} vorstellen, also vor dem Beitrittsdatum in der Datei ({joined:numeric}); korrigieren Sie eines der beiden Daten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>“{file}” read as {name}: the names look the same</source>
            <translation>„{file}“ gelesen als {name}: die Namen sehen gleich aus</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role "{text}" read as {role}</source>
            <translation>Rolle „{text}“ gelesen als {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined {day:short}</source>
            <translation>Beitritt {day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>The group's members changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>Die Mitglieder der Gruppe haben sich seit der Prüfung der Datei geändert; nichts wurde importiert. Bitte prüfen Sie die Datei erneut.</translation>
        </message>
    </context>
</TS>
