<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Words</name>
        <message>
            <location filename="../../balintdesk/domain/words.py" />
            <source>{item}</source>
            <translation>{item}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/words.py" />
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
    </context>
</TS>
