<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give the date it took place.</source>
            <translation>Indicare la data in cui si è svolto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>That date is still to come; add the entry once it has taken place.</source>
            <translation>La data è ancora futura; aggiungere la voce dopo che si è svolto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give a date from {year} on.</source>
            <translation>Indicare una data dal {year} in poi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Choose what it was: supervision, training, society event or other.</source>
            <translation>Scegliere il tipo: supervisione, formazione, evento della società o altro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Give how long it took: at least a minute.</source>
            <translation>Indicare la durata: almeno un minuto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>One entry can be at most 24 hours; add each day on its own.</source>
            <translation>Una voce può durare al massimo 24 ore; aggiungere ogni giorno a parte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>Keep the note to {most} characters; it has {length}.</source>
            <translation>La nota può avere al massimo {most} caratteri; ne ha {length}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>NHS number</source>
            <translation>numero NHS</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>possible date of birth</source>
            <translation>possibile data di nascita</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>postcode</source>
            <translation>codice postale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>phone number</source>
            <translation>numero di telefono</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>email address</source>
            <translation>indirizzo e-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>age</source>
            <translation>età</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>name with a title</source>
            <translation>nome con titolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was. A supervisor or speaker can be named without a title (Dr, Mrs…).</source>
            <translation>Sembrano dati di un paziente ({what}), che il database condiviso non deve mai contenere; indicare solo di che incontro si trattava. Un supervisore o relatore può essere nominato senza titolo (Dott., Sig.ra…).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/leader_log.py" />
            <source>This looks like a patient's details ({what}), which the shared database must never hold; say only what the session was.</source>
            <translation>Sembrano dati di un paziente ({what}), che il database condiviso non deve mai contenere; indicare solo di che incontro si trattava.</translation>
        </message>
    </context>
</TS>
