<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not where a member was; write in-person or online.</source>
            <translation>«{text}» non è una modalità di partecipazione; scrivere in presenza oppure online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{text}” is not a status; write present, apologies or absent.</source>
            <translation>«{text}» non è uno stato; scrivere presente, giustificato o assente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no name.</source>
            <translation>Questa riga non ha un nome.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no date.</source>
            <translation>Questa riga non ha una data.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>{day:numeric} is before {year}; check the year.</source>
            <translation>Il {day:numeric} è precedente al {year}; controllare l'anno.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>This row has no status; write present, apologies or absent.</source>
            <translation>Questa riga non ha uno stato; scrivere presente, giustificato o assente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Presented: {reason}</source>
            <translation>Presentato: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>Mode: {reason}</source>
            <translation>Modalità: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>The row says {name} presented but gives the status “{status}”; only someone present can have presented.</source>
            <translation>La riga dice che {name} ha presentato ma indica lo stato «{status}»; solo chi era presente può aver presentato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/history_csv.py" />
            <source>“{name}” is already on line {line} for {day:numeric}; each person may appear once per meeting.</source>
            <translation>«{name}» è già alla riga {line} per il {day:numeric}; ogni persona può comparire una volta per incontro.</translation>
        </message>
    </context>
</TS>
