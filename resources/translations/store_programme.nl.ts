<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Programme</name>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>Only a programme administrator can see the programme view: it shows every group. Your login is for your own groups.</source>
            <translation>Alleen een programmabeheerder ziet het programmaoverzicht: het toont elke groep. Uw login geldt voor uw eigen groepen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/programme.py" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>De periode eindigt op {end}, vóór het begin op {start}.</translation>
        </message>
    </context>
</TS>
