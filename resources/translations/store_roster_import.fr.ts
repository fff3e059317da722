<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role: {old} → {new}</source>
            <translation>rôle : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>leader: {old} → {new}</source>
            <translation>leader : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>email: {old} → {new}</source>
            <translation>e-mail : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined: {old:iso} → {new:iso}</source>
            <translation>arrivée : {old:iso} → {new:iso}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>{name} may present from {from_day:numeric}, before the date joined in the file ({joined:numeric}); correct one of the two dates.</source>
            <translation>{name} peut présenter à partir du {from_day:numeric}, avant la date d'arrivée du fichier ({joined:numeric}) ; corrigez l'une des deux dates.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>“{file}” read as {name}: the names look the same</source>
            <translation>« {file} » lu comme {name} : les noms se ressemblent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>role "{text}" read as {role}</source>
            <translation>rôle « {text} » lu comme {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>joined {day:short}</source>
            <translation>arrivée le {day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/roster_import.py" />
            <source>The group's members changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>Les membres du groupe ont changé depuis la vérification du fichier ; rien n'a été importé. Veuillez vérifier le fichier de nouveau.</translation>
        </message>
    </context>
</TS>
