<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>le patient en colère</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>le patient exigeant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>le patient qui est aussi un confrère</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>le patient en fin de vie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>le patient qui revient sans cesse</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>le patient que je n'ai pas pu aider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>la famille derrière le patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>les limites</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>quand le médecin va mal</translation>
        </message>
    </context>
</TS>
