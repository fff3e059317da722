<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file could not be read as UTF-8 text.</source>
            <translation>Le fichier n'a pas pu être lu comme texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The file is not valid TOML: see line {line}.</source>
            <translation>Le fichier n'est pas un TOML valide : voir la ligne {line}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Unknown entry “{name}”.</source>
            <translation>Entrée inconnue « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no English title ([title] en = …).</source>
            <translation>La règle n'a pas de titre anglais ([title] en = …).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Every title must be a text.</source>
            <translation>Chaque titre doit être un texte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“country” must be a text, such as "DE".</source>
            <translation>« country » doit être un texte, par exemple "DE".</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>“sources” must be a list of texts.</source>
            <translation>« sources » doit être une liste de textes.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The rule has no conditions ([[conditions]]).</source>
            <translation>La règle n'a pas de conditions ([[conditions]]).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>[settings] must be a table of settings.</source>
            <translation>[settings] doit être une table de réglages.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” must be a table.</source>
            <translation>Le réglage « {key} » doit être une table.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” needs default, min and max as whole numbers.</source>
            <translation>Le réglage « {key} » doit avoir default, min et max en nombres entiers.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}”: its default must lie between min and max.</source>
            <translation>Le réglage « {key} » : default doit être compris entre min et max.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>The setting “{key}” has no English label.</source>
            <translation>Le réglage « {key} » n'a pas de libellé anglais.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} must be a table.</source>
            <translation>La condition {number} doit être une table.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} has an unknown kind “{kind}”.</source>
            <translation>La condition {number} a un type inconnu « {kind} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) has an unknown field “{name}”.</source>
            <translation>La condition {number} ({kind}) a un champ inconnu « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number} ({kind}) needs “{name}”.</source>
            <translation>La condition {number} ({kind}) requiert « {name} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” names a setting the rule does not have.</source>
            <translation>Condition {number} : « {name} » nomme un réglage que la règle n'a pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” has a value this version does not know.</source>
            <translation>Condition {number} : « {name} » a une valeur que cette version ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/rules/loading.py" />
            <source>Condition {number}: “{name}” must be a whole number, 0 or more.</source>
            <translation>Condition {number} : « {name} » doit être un nombre entier, 0 ou plus.</translation>
        </message>
    </context>
</TS>
