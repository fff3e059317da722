<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Group</name>
        <message>
            <location filename="../../balintdesk/store/schedule.py" />
            <source>The first meeting should be after 1950 and within two years.</source>
            <translation>Die erste Sitzung sollte nach 1950 und innerhalb der nächsten zwei Jahre liegen.</translation>
        </message>
    </context>
</TS>
