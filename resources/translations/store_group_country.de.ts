<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>GroupCountry</name>
        <message>
            <location filename="../../balintdesk/store/group_country.py" />
            <source>“{code}” is not a country code.</source>
            <translation>„{code}“ ist kein Ländercode.</translation>
        </message>
    </context>
</TS>
