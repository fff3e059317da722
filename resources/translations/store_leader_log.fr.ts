<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>LeaderLog</name>
        <message>
            <location filename="../../balintdesk/store/leader_log.py" />
            <source>Only leaders keep a leader log, and {name} is not marked as a leader; tick “Leads the group” on the Roster page first.</source>
            <translation>Seuls les leaders tiennent un journal du leader, et {name} n’est pas indiqué comme leader ; cochez d’abord « Anime le groupe » sur la page Liste des membres.</translation>
        </message>
    </context>
</TS>
