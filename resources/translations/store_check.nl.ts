<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>SQLite's integrity check reports: {verdict}.</source>
            <translation>De integriteitscontrole van SQLite meldt: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Row {rowid} of table {table} refers to a {parent} row that does not exist.</source>
            <translation>Rij {rowid} van tabel {table} verwijst naar een {parent}-rij die niet bestaat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} (“{name}”)</source>
            <translation>Groep #{gid} (‘{name}’)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} meets with the unknown frequency “{frequency}”.</source>
            <translation>{label} komt samen met de onbekende frequentie ‘{frequency}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable start time “{start}”.</source>
            <translation>{label} heeft de onleesbare begintijd ‘{start}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a weekday, week or length that is not a number.</source>
            <translation>{label} heeft een weekdag, week of duur die geen getal is.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable creation time “{created}”.</source>
            <translation>{label} heeft het onleesbare aanmaaktijdstip ‘{created}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Member #{mid} (“{name}”, group #{gid})</source>
            <translation>Deelnemer #{mid} (‘{name}’, groep #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has no name.</source>
            <translation>{label} heeft geen naam.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has a name stored with untidy spacing or Unicode form.</source>
            <translation>{label} heeft een naam met rommelige spaties of Unicode-vorm.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the name key “{key}” where “{expected}” was expected.</source>
            <translation>{label} heeft de naamsleutel ‘{key}’ waar ‘{expected}’ werd verwacht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unknown role “{role}”.</source>
            <translation>{label} heeft de onbekende rol ‘{role}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the leader flag “{leader}” instead of 0 or 1.</source>
            <translation>{label} heeft de begeleidersmarkering ‘{leader}’ in plaats van 0 of 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable date joined “{joined}”.</source>
            <translation>{label} heeft de onleesbare datum van toetreding ‘{joined}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable “may present from” “{may_present}”.</source>
            <translation>{label} heeft de onleesbare ‘mag inbrengen vanaf’ ‘{may_present}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} may present from {may_present}, before joining on {joined}.</source>
            <translation>{label} mag inbrengen vanaf {may_present}, vóór de toetreding op {joined}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>{label} has the unreadable {column} “{value}”.</source>
            <translation>{label} heeft de onleesbare {column} ‘{value}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>Group #{gid} has {count} members whose names count as the same (“{key}”): {listed}.</source>
            <translation>Groep #{gid} heeft {count} deelnemers van wie de namen als gelijk gelden (‘{key}’): {listed}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database schema is version {version}; this BalintDesk expects version {expected}.</source>
            <translation>Het databaseschema is versie {version}; deze BalintDesk verwacht versie {expected}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check.py" />
            <source>The database could not be checked: {exc}.</source>
            <translation>De database kon niet worden gecontroleerd: {exc}.</translation>
        </message>
    </context>
</TS>
