<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk ({why}); restore it first or remove the rows for that date.</source>
            <translation>La séance du {day:numeric} est annulée dans BalintDesk ({why}) ; rétablissez-la d'abord ou supprimez les lignes de cette date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk; restore it first or remove the rows for that date.</source>
            <translation>La séance du {day:numeric} est annulée dans BalintDesk ; rétablissez-la d'abord ou supprimez les lignes de cette date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in the break “{name}”; remove the rows for it or change the break first.</source>
            <translation>Le {day:numeric} tombe pendant la pause « {name} » ; supprimez ses lignes ou modifiez d'abord la pause.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in a break; remove the rows for it or change the break first.</source>
            <translation>Le {day:numeric} tombe pendant une pause ; supprimez ses lignes ou modifiez d'abord la pause.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting of {day:numeric} was moved to {moved:numeric}; give that date instead.</source>
            <translation>La séance du {day:numeric} a été déplacée au {moved:numeric} ; indiquez plutôt cette date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group has no meeting on {day:numeric} ({pattern}); check the date.</source>
            <translation>Le groupe n'a pas de séance le {day:numeric} ({pattern}) ; vérifiez la date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>“{name}” is not a member of {group}; add them to the roster first (names match whatever their capitals or spacing).</source>
            <translation>« {name} » n'est pas membre de {group} ; ajoutez d'abord la personne à la liste des membres (les noms correspondent quelles que soient majuscules et espaces).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is still to come, so only apologies can be recorded for it, not “{status}”.</source>
            <translation>Le {day:numeric} est encore à venir : seules des excuses peuvent être enregistrées, pas « {status} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is over two years ahead; check the year.</source>
            <translation>Le {day:numeric} est à plus de deux ans ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{count} people would have presented on {day:numeric}; at most {most} can.</source>
            <translation>{count} personnes auraient présenté le {day:numeric} ; {most} au plus le peuvent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group's meetings changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>Les séances du groupe ont changé depuis la vérification du fichier ; rien n'a été importé. Veuillez vérifier le fichier de nouveau.</translation>
        </message>
    </context>
</TS>
