<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RosterPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} · %n active member(s), {leaders} leading</source>
            <translation>
                <numerusform>{group} · %n active member, {leaders} leading</numerusform>
                <numerusform>{group} · %n active members, {leaders} leading</numerusform>
            </translation>
        </message>
    </context>
</TS>
