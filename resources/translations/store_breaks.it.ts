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
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The break ends before it starts; check the two dates.</source>
            <translation>La pausa finisce prima di iniziare; controllare le due date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The name can be at most {most} characters long.</source>
            <translation>Il nome può avere al massimo {most} caratteri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps “{name}” ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Si sovrappone a «{name}» (dal {first:numeric} al {last:numeric}); modificare invece quella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps another break ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Si sovrappone a un'altra pausa (dal {first:numeric} al {last:numeric}); modificare invece quella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>A meeting was held in that time ({dates}); a break cannot cover it.</source>
            <translation>In quel periodo si è tenuto un incontro ({dates}); una pausa non può comprenderlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>{day:numeric}</source>
            <translation>{day:numeric}</translation>
        </message>
    </context>
</TS>
