<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the angry patient</source>
            <translation>de boze patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the demanding patient</source>
            <translation>de veeleisende patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient who is also a colleague</source>
            <translation>de patiënt die ook collega is</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the dying patient</source>
            <translation>de stervende patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the frequent attender</source>
            <translation>de patiënt die steeds terugkomt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the patient I could not help</source>
            <translation>de patiënt die ik niet kon helpen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>the family behind the patient</source>
            <translation>de familie achter de patiënt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>boundaries</source>
            <translation>grenzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/themes.py" />
            <source>when the doctor is unwell</source>
            <translation>als de arts zelf ziek is</translation>
        </message>
    </context>
</TS>
