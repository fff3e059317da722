<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/store/roster.py" />
            <source>{name}'s details were changed on another computer while you had them open, so yours were not saved. The current details are shown now.</source>
            <translation>Les coordonnées de {name} ont été modifiées sur un autre ordinateur pendant que vous les aviez ouvertes ; les vôtres n'ont donc pas été enregistrées. Les coordonnées actuelles sont maintenant affichées.</translation>
        </message>
    </context>
</TS>
