<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>der wütende Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>der fordernde Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>der Patient, der auch Kollege ist</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>der sterbende Patient</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>der Patient, der immer wiederkommt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>der Patient, dem ich nicht helfen konnte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>die Familie hinter dem Patienten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>wenn der Arzt krank ist</translation>
        </message>
    </context>
</TS>
