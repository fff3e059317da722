<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>MemberNumbers</name>
        <message>
            <location filename="../../balintdesk/store/identifiers.py" />
            <source>BalintDesk does not know the number “{kind}”.</source>
            <translation>BalintDesk kennt die Nummer „{kind}“ nicht.</translation>
        </message>
    </context>
</TS>
