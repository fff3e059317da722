<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../balintdesk/store/refusal.py" />
            <source>{first} {then}</source>
            <translation>{first} {then}</translation>
        </message>
    </context>
</TS>
