<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Requirements</name>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; the rules are {rules}.</source>
            <translation>Non esiste la regola «{rule}»; le regole sono {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; there are no rules yet.</source>
            <translation>Non esiste la regola «{rule}»; non ci sono ancora regole.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no setting “{key}”; its settings are {keys}.</source>
            <translation>La regola «{rule}» non ha l'impostazione «{key}»; le sue impostazioni sono {keys}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no settings to change.</source>
            <translation>La regola «{rule}» non ha impostazioni da modificare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>“{key}” must be a whole number from {low} to {high}, not “{value}”.</source>
            <translation>«{key}» deve essere un numero intero da {low} a {high}, non «{value}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>{name} works toward no rule yet; choose one.</source>
            <translation>{name} non mira ancora a nessuna regola; sceglierne una.</translation>
        </message>
    </context>
</TS>
