<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Requirements</name>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; the rules are {rules}.</source>
            <translation>Il n'y a pas de règle « {rule} » ; les règles sont {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>There is no rule “{rule}”; there are no rules yet.</source>
            <translation>Il n'y a pas de règle « {rule} » ; il n'y a encore aucune règle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no setting “{key}”; its settings are {keys}.</source>
            <translation>La règle « {rule} » n'a pas de réglage « {key} » ; ses réglages sont {keys}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>The rule “{rule}” has no settings to change.</source>
            <translation>La règle « {rule} » n'a aucun réglage à modifier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>“{key}” must be a whole number from {low} to {high}, not “{value}”.</source>
            <translation>« {key} » doit être un nombre entier de {low} à {high}, et non « {value} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/requirements.py" />
            <source>{name} works toward no rule yet; choose one.</source>
            <translation>{name} ne vise encore aucune règle ; choisissez-en une.</translation>
        </message>
    </context>
</TS>
