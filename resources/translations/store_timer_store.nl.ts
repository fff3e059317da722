<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Group frame</name>
        <message>
            <location filename="../../balintdesk/store/timer_store.py" />
            <source>What is said here stays here · No advice, no judgement · The presenter will sit back and listen</source>
            <translation>Wat hier gezegd wordt, blijft hier · Geen adviezen, geen oordelen · De inbrenger trekt zich terug en luistert mee</translation>
        </message>
    </context>
</TS>
