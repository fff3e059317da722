<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Breaks</name>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
    </context>
</TS>
