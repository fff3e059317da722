<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/schedule.py" />
            <source>The first meeting should be after 1950 and within two years.</source>
            <translation>De eerste bijeenkomst moet na 1950 en binnen twee jaar liggen.</translation>
        </message>
    </context>
</TS>
