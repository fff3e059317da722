<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/store/roster.py" />
            <source>{name}'s details were changed on another computer while you had them open, so yours were not saved. The current details are shown now.</source>
            <translation>De gegevens van {name} zijn op een andere computer gewijzigd terwijl u ze open had, dus de uwe zijn niet opgeslagen. Nu worden de huidige gegevens getoond.</translation>
        </message>
    </context>
</TS>
