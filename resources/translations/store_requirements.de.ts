<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Requirements</name>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; the rules are {rules}.</source>
            <translation>Es gibt keine Regel „{rule}“; die Regeln sind {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; there are no rules yet.</source>
            <translation>Es gibt keine Regel „{rule}“; es gibt noch keine Regeln.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no setting “{key}”; its settings are {keys}.</source>
            <translation>Die Regel „{rule}“ hat keine Einstellung „{key}“; ihre Einstellungen sind {keys}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no settings to change.</source>
            <translation>Die Regel „{rule}“ hat keine Einstellungen, die sich ändern lassen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>“{key}” must be a whole number from {low} to {high}, not “{value}”.</source>
            <translation>„{key}“ muss eine ganze Zahl von {low} bis {high} sein, nicht „{value}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>{name} works toward no rule yet; choose one.</source>
            <translation>{name} arbeitet noch auf keine Regel hin; wählen Sie eine.</translation>
        </message>
    </context>
</TS>
