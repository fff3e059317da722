<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Breaks</name>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The break ends before it starts; check the two dates.</source>
            <translation>Die Pause endet, bevor sie beginnt; bitte prüfen Sie die beiden Daten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The name can be at most {most} characters long.</source>
            <translation>Der Name darf höchstens {most} Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps “{name}” ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Das überschneidet sich mit „{name}“ ({first:numeric} bis {last:numeric}); ändern Sie stattdessen diese Pause.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps another break ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Das überschneidet sich mit einer anderen Pause ({first:numeric} bis {last:numeric}); ändern Sie stattdessen diese.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>A meeting was held in that time ({dates}); a break cannot cover it.</source>
            <translation>In dieser Zeit fand eine Sitzung statt ({dates}); eine Pause kann sie nicht einschließen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>{day:numeric}</source>
            <translation>{day:numeric}</translation>
        </message>
    </context>
</TS>
