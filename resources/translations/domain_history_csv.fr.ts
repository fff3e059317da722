<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not where a member was; write in-person or online.</source>
            <translation>« {text} » n’est pas un mode de participation ; écrivez présentiel ou en ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not a status; write present, apologies or absent.</source>
            <translation>« {text} » n'est pas un statut ; écrivez présent, excusé ou absent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no name.</source>
            <translation>Cette ligne n'a pas de nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no date.</source>
            <translation>Cette ligne n'a pas de date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>{day:numeric} is before {year}; check the year.</source>
            <translation>Le {day:numeric} est antérieur à {year} ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no status; write present, apologies or absent.</source>
            <translation>Cette ligne n'a pas de statut ; écrivez présent, excusé ou absent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Presented: {reason}</source>
            <translation>A présenté : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Mode: {reason}</source>
            <translation>Participation : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>The row says {name} presented but gives the status “{status}”; only someone present can have presented.</source>
            <translation>La ligne indique que {name} a présenté mais donne le statut « {status} » ; seule une personne présente peut avoir présenté.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{name}” is already on line {line} for {day:numeric}; each person may appear once per meeting.</source>
            <translation>« {name} » figure déjà à la ligne {line} pour le {day:numeric} ; chaque personne ne figure qu'une fois par séance.</translation>
        </message>
    </context>
</TS>
