<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>SQLite's integrity check reports: {verdict}.</source>
            <translation>Die Integritätsprüfung von SQLite meldet: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Row {rowid} of table {table} refers to a {parent} row that does not exist.</source>
            <translation>Zeile {rowid} der Tabelle {table} verweist auf eine nicht vorhandene Zeile in {parent}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} (“{name}”)</source>
            <translation>Gruppe #{gid} („{name}“)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} meets with the unknown frequency “{frequency}”.</source>
            <translation>{label} trifft sich im unbekannten Rhythmus „{frequency}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable start time “{start}”.</source>
            <translation>{label} hat die unlesbare Anfangszeit „{start}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a weekday, week or length that is not a number.</source>
            <translation>{label} hat einen Wochentag, eine Woche oder eine Dauer, die keine Zahl ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable creation time “{created}”.</source>
            <translation>{label} hat den unlesbaren Erstellungszeitpunkt „{created}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Member #{mid} (“{name}”, group #{gid})</source>
            <translation>Mitglied #{mid} („{name}“, Gruppe #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has no name.</source>
            <translation>{label} hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a name stored with untidy spacing or Unicode form.</source>
            <translation>{label} hat einen Namen mit unsauberen Abständen oder Unicode-Form.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the name key “{key}” where “{expected}” was expected.</source>
            <translation>{label} hat den Namensschlüssel „{key}“ statt des erwarteten „{expected}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unknown role “{role}”.</source>
            <translation>{label} hat die unbekannte Rolle „{role}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the leader flag “{leader}” instead of 0 or 1.</source>
            <translation>{label} hat die Leitungsmarkierung „{leader}“ statt 0 oder 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable date joined “{joined}”.</source>
            <translation>{label} hat das unlesbare Eintrittsdatum „{joined}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable “may present from” “{may_present}”.</source>
            <translation>{label} hat das unlesbare „darf vorstellen ab“ „{may_present}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} may present from {may_present}, before joining on {joined}.</source>
            <translation>{label} darf ab {may_present} vorstellen, also vor dem Eintritt am {joined}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable {column} “{value}”.</source>
            <translation>{label} hat den unlesbaren Wert {column} „{value}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} has {count} members whose names count as the same (“{key}”): {listed}.</source>
            <translation>Gruppe #{gid} hat {count} Mitglieder, deren Namen als gleich gelten („{key}“): {listed}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Das Datenbankschema hat Version {version}; dieses BalintDesk erwartet Version {expected}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database could not be checked: {exc}.</source>
            <translation>Die Datenbank konnte nicht geprüft werden: {exc}.</translation>
        </message>
    </context>
</TS>
