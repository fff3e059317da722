<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk ({why}); restore it first or remove the rows for that date.</source>
            <translation>De bijeenkomst van {day:numeric} is afgezegd in BalintDesk ({why}); zet hem eerst terug of verwijder de regels voor die datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk; restore it first or remove the rows for that date.</source>
            <translation>De bijeenkomst van {day:numeric} is afgezegd in BalintDesk; zet hem eerst terug of verwijder de regels voor die datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in the break “{name}”; remove the rows for it or change the break first.</source>
            <translation>{day:numeric} valt in de pauze ‘{name}’; verwijder de regels ervoor of wijzig eerst de pauze.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in a break; remove the rows for it or change the break first.</source>
            <translation>{day:numeric} valt in een pauze; verwijder de regels ervoor of wijzig eerst de pauze.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting of {day:numeric} was moved to {moved:numeric}; give that date instead.</source>
            <translation>De bijeenkomst van {day:numeric} is verplaatst naar {moved:numeric}; geef die datum op.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group has no meeting on {day:numeric} ({pattern}); check the date.</source>
            <translation>De groep heeft geen bijeenkomst op {day:numeric} ({pattern}); controleer de datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>“{name}” is not a member of {group}; add them to the roster first (names match whatever their capitals or spacing).</source>
            <translation>‘{name}’ is geen deelnemer van {group}; zet de persoon eerst op de ledenlijst (namen komen overeen ongeacht hoofdletters of spaties).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is still to come, so only apologies can be recorded for it, not “{status}”.</source>
            <translation>{day:numeric} moet nog komen, dus alleen afmeldingen kunnen worden vastgelegd, niet ‘{status}’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is over two years ahead; check the year.</source>
            <translation>{day:numeric} ligt meer dan twee jaar vooruit; controleer het jaar.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{count} people would have presented on {day:numeric}; at most {most} can.</source>
            <translation>Op {day:numeric} zouden {count} mensen hebben ingebracht; hoogstens {most} kan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group's meetings changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>De bijeenkomsten van de groep zijn veranderd sinds het bestand is gecontroleerd; er is niets geïmporteerd. Controleer het bestand opnieuw.</translation>
        </message>
    </context>
</TS>
