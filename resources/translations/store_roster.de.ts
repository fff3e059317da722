<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../balintdesk/store/roster.py" />
            <source>{name}'s details were changed on another computer while you had them open, so yours were not saved. The current details are shown now.</source>
            <translation>Die Angaben zu {name} wurden auf einem anderen Computer geändert, während Sie sie geöffnet hatten; Ihre wurden daher nicht gespeichert. Jetzt werden die aktuellen Angaben angezeigt.</translation>
        </message>
    </context>
</TS>
