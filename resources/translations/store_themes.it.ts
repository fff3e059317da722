<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>il paziente arrabbiato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>il paziente esigente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>il paziente che è anche un collega</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>il paziente morente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>il paziente che torna sempre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>il paziente che non ho potuto aiutare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>la famiglia dietro il paziente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>i confini</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>quando il medico sta male</translation>
        </message>
    </context>
</TS>
