<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
            <translation>La pause se termine avant de commencer ; vérifiez les deux dates.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>The name can be at most {most} characters long.</source>
            <translation>Le nom peut compter au plus {most} caractères.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps “{name}” ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Chevauche « {name} » (du {first:numeric} au {last:numeric}) ; modifiez plutôt celle-ci.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>This overlaps another break ({first:numeric} to {last:numeric}); change that one instead.</source>
            <translation>Chevauche une autre pause (du {first:numeric} au {last:numeric}) ; modifiez plutôt celle-ci.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>A meeting was held in that time ({dates}); a break cannot cover it.</source>
            <translation>Une séance a eu lieu pendant cette période ({dates}) ; une pause ne peut pas la couvrir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/breaks.py" />
            <source>{day:numeric}</source>
            <translation>{day:numeric}</translation>
        </message>
    </context>
</TS>
