<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give the date it took place.</source>
            <translation>Geben Sie das Datum an, an dem es stattfand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>That date is still to come; add the entry once it has taken place.</source>
            <translation>Dieses Datum liegt in der Zukunft; tragen Sie es ein, sobald es stattgefunden hat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give a date from {year} on.</source>
            <translation>Geben Sie ein Datum ab {year} an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Choose what it was: supervision, training, society event or other.</source>
            <translation>Wählen Sie die Art: Supervision, Fortbildung, Veranstaltung der Gesellschaft oder Sonstiges.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give how long it took: at least a minute.</source>
            <translation>Geben Sie die Dauer an: mindestens eine Minute.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>One entry can be at most 24 hours; add each day on its own.</source>
            <translation>Ein Eintrag umfasst höchstens 24 Stunden; tragen Sie jeden Tag einzeln ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Keep the note to {most} characters; it has {length}.</source>
            <translation>Die Notiz darf höchstens {most} Zeichen haben; sie hat {length}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>NHS number</source>
            <translation>NHS-Nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>possible date of birth</source>
            <translation>mögliches Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>name with a title</source>
            <translation>Name mit Anrede</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was. A supervisor or speaker can be named without a title (Dr, Mrs…).</source>
            <translation>Das sieht nach Patientendaten aus ({what}), die in der gemeinsamen Datenbank nie stehen dürfen; nennen Sie nur, was die Sitzung war. Supervisor/innen oder Referent/innen können ohne Anrede (Dr., Frau…) genannt werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was.</source>
            <translation>Das sieht nach Patientendaten aus ({what}), die in der gemeinsamen Datenbank nie stehen dürfen; nennen Sie nur, was die Sitzung war.</translation>
        </message>
    </context>
</TS>
