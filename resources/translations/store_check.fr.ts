<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>SQLite's integrity check reports: {verdict}.</source>
            <translation>Le contrôle d’intégrité de SQLite signale : {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Row {rowid} of table {table} refers to a {parent} row that does not exist.</source>
            <translation>La ligne {rowid} de la table {table} renvoie à une ligne {parent} qui n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} (“{name}”)</source>
            <translation>Groupe n° {gid} (« {name} »)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} meets with the unknown frequency “{frequency}”.</source>
            <translation>{label} se réunit à la fréquence inconnue « {frequency} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable start time “{start}”.</source>
            <translation>{label} a l’heure de début illisible « {start} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a weekday, week or length that is not a number.</source>
            <translation>{label} a un jour, une semaine ou une durée qui n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label}: {message}</source>
            <translation>{label} : {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable creation time “{created}”.</source>
            <translation>{label} a l’heure de création illisible « {created} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Member #{mid} (“{name}”, group #{gid})</source>
            <translation>Membre n° {mid} (« {name} », groupe n° {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has no name.</source>
            <translation>{label} n’a pas de nom.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a name stored with untidy spacing or Unicode form.</source>
            <translation>{label} a un nom enregistré avec des espaces ou une forme Unicode non normalisés.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the name key “{key}” where “{expected}” was expected.</source>
            <translation>{label} a la clé de nom « {key} » au lieu de « {expected} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unknown role “{role}”.</source>
            <translation>{label} a le rôle inconnu « {role} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the leader flag “{leader}” instead of 0 or 1.</source>
            <translation>{label} a l’indicateur de leader « {leader} » au lieu de 0 ou 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable date joined “{joined}”.</source>
            <translation>{label} a la date d’arrivée illisible « {joined} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable “may present from” “{may_present}”.</source>
            <translation>{label} a la date « peut présenter à partir du » illisible « {may_present} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} may present from {may_present}, before joining on {joined}.</source>
            <translation>{label} peut présenter à partir du {may_present}, avant son arrivée le {joined}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable {column} “{value}”.</source>
            <translation>{label} a la valeur {column} illisible « {value} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} has {count} members whose names count as the same (“{key}”): {listed}.</source>
            <translation>Le groupe n° {gid} a {count} membres dont les noms comptent comme identiques (« {key} ») : {listed}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Le schéma de la base de données est en version {version} ; ce BalintDesk attend la version {expected}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database could not be checked: {exc}.</source>
            <translation>La base de données n’a pas pu être vérifiée : {exc}.</translation>
        </message>
    </context>
</TS>
