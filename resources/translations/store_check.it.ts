<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>SQLite's integrity check reports: {verdict}.</source>
            <translation>Il controllo di integrità di SQLite segnala: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Row {rowid} of table {table} refers to a {parent} row that does not exist.</source>
            <translation>La riga {rowid} della tabella {table} rimanda a una riga di {parent} che non esiste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} (“{name}”)</source>
            <translation>Gruppo n. {gid} («{name}»)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} meets with the unknown frequency “{frequency}”.</source>
            <translation>{label} si riunisce con la frequenza sconosciuta «{frequency}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable start time “{start}”.</source>
            <translation>{label} ha l’ora di inizio illeggibile «{start}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a weekday, week or length that is not a number.</source>
            <translation>{label} ha un giorno, una settimana o una durata che non è un numero.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable creation time “{created}”.</source>
            <translation>{label} ha l’ora di creazione illeggibile «{created}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Member #{mid} (“{name}”, group #{gid})</source>
            <translation>Membro n. {mid} («{name}», gruppo n. {gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has no name.</source>
            <translation>{label} non ha un nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a name stored with untidy spacing or Unicode form.</source>
            <translation>{label} ha un nome salvato con spazi o forma Unicode non normalizzati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the name key “{key}” where “{expected}” was expected.</source>
            <translation>{label} ha la chiave del nome «{key}» invece di «{expected}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unknown role “{role}”.</source>
            <translation>{label} ha il ruolo sconosciuto «{role}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the leader flag “{leader}” instead of 0 or 1.</source>
            <translation>{label} ha l’indicatore di conduttore «{leader}» invece di 0 o 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable date joined “{joined}”.</source>
            <translation>{label} ha la data di ingresso illeggibile «{joined}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable “may present from” “{may_present}”.</source>
            <translation>{label} ha la data «può presentare dal» illeggibile «{may_present}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} may present from {may_present}, before joining on {joined}.</source>
            <translation>{label} può presentare dal {may_present}, prima dell’ingresso il {joined}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable {column} “{value}”.</source>
            <translation>{label} ha il valore {column} illeggibile «{value}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} has {count} members whose names count as the same (“{key}”): {listed}.</source>
            <translation>Il gruppo n. {gid} ha {count} membri i cui nomi valgono come uguali («{key}»): {listed}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Lo schema del database è alla versione {version}; questo BalintDesk si aspetta la versione {expected}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database could not be checked: {exc}.</source>
            <translation>Non è stato possibile controllare il database: {exc}.</translation>
        </message>
    </context>
</TS>
