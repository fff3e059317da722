<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Breaks</name>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>Break</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The break ends before it starts; check the two dates.</source>
            <translation>De pauze eindigt voordat ze begint; controleer de twee datums.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The name can be at most {most} characters long.</source>
            <translation>De naam mag hoogstens {most} tekens lang zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps “{name}” ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Dit overlapt met ‘{name}’ ({first:numeric} tot {last:numeric}); wijzig liever die pauze.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps another break ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Dit overlapt met een andere pauze ({first:numeric} tot {last:numeric}); wijzig liever die.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>A meeting was held in that time ({dates}); a break cannot cover it.</source>
            <translation>In die periode is een bijeenkomst gehouden ({dates}); een pauze kan die niet omvatten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>{day:numeric}</source>
            <translation>{day:numeric}</translation>
        </message>
    </context>
</TS>
