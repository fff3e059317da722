<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/schedule.py" />
            <source>The first meeting should be after 1950 and within two years.</source>
            <translation>Il primo incontro deve essere dopo il 1950 ed entro due anni.</translation>
        </message>
    </context>
</TS>
