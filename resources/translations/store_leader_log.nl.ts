<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/store/leader_log.py" />
            <source>Only leaders keep a leader log, and {name} is not marked as a leader; tick “Leads the group” on the Roster page first.</source>
            <translation>Alleen begeleiders houden een begeleiderslogboek bij, en {name} is niet als begeleider gemarkeerd; vink eerst ‘Begeleidt de groep’ aan op de pagina Ledenlijst.</translation>
        </message>
    </context>
</TS>
