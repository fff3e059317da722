<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give the date it took place.</source>
            <translation>Indiquez la date à laquelle cela a eu lieu.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>That date is still to come; add the entry once it has taken place.</source>
            <translation>Cette date est à venir ; ajoutez l’entrée une fois l’activité passée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give a date from {year} on.</source>
            <translation>Indiquez une date à partir de {year}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Choose what it was: supervision, training, society event or other.</source>
            <translation>Choisissez le type : supervision, formation, événement de la société ou autre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give how long it took: at least a minute.</source>
            <translation>Indiquez la durée : au moins une minute.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>One entry can be at most 24 hours; add each day on its own.</source>
            <translation>Une entrée dure au plus 24 heures ; ajoutez chaque jour séparément.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Keep the note to {most} characters; it has {length}.</source>
            <translation>La note doit tenir en {most} caractères ; elle en a {length}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>NHS number</source>
            <translation>numéro NHS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>possible date of birth</source>
            <translation>date de naissance possible</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>postcode</source>
            <translation>code postal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>phone number</source>
            <translation>numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>email address</source>
            <translation>adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>age</source>
            <translation>âge</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>name with a title</source>
            <translation>nom avec civilité</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was. A supervisor or speaker can be named without a title (Dr, Mrs…).</source>
            <translation>Cela ressemble à des données de patient ({what}), que la base partagée ne doit jamais contenir ; dites seulement ce qu’était la séance. Un superviseur ou un intervenant peut être nommé sans civilité (Dr, Mme…).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was.</source>
            <translation>Cela ressemble à des données de patient ({what}), que la base partagée ne doit jamais contenir ; dites seulement ce qu’était la séance.</translation>
        </message>
    </context>
</TS>
