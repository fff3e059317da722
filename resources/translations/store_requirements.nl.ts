<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Requirements</name>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; the rules are {rules}.</source>
            <translation>Er is geen regel ‘{rule}’; de regels zijn {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; there are no rules yet.</source>
            <translation>Er is geen regel ‘{rule}’; er zijn nog geen regels.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no setting “{key}”; its settings are {keys}.</source>
            <translation>De regel ‘{rule}’ heeft geen instelling ‘{key}’; de instellingen zijn {keys}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no settings to change.</source>
            <translation>De regel ‘{rule}’ heeft geen instellingen om te wijzigen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>“{key}” must be a whole number from {low} to {high}, not “{value}”.</source>
            <translation>‘{key}’ moet een geheel getal van {low} tot {high} zijn, niet ‘{value}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>{name} works toward no rule yet; choose one.</source>
            <translation>{name} werkt nog naar geen regel toe; kies er een.</translation>
        </message>
    </context>
</TS>
