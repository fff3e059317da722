<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RosterPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>%n active member(s)</source>
            <translation>
                <numerusform>%n active member</numerusform>
                <numerusform>%n active members</numerusform>
            </translation>
        </message>
    </context>
</TS>
