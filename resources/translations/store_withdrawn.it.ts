<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Rota</name>
        <message>
            <location filename="../../balintdesk/store/withdrawn.py" />
            <source>The group's meeting dates changed</source>
            <translation>Le date degli incontri del gruppo sono cambiate</translation>
        </message>
    </context>
</TS>
