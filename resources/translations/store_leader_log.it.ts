<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/store/leader_log.py" />
            <source>Only leaders keep a leader log, and {name} is not marked as a leader; tick “Leads the group” on the Roster page first.</source>
            <translation>Solo i conduttori tengono un registro del conduttore, e {name} non è indicato come conduttore; selezionare prima «Conduce il gruppo» nella pagina Elenco dei membri.</translation>
        </message>
    </context>
</TS>
