<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>backups</name>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>De back-up kon niet naar {path} worden geschreven: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} cannot be opened: {reason}</source>
            <translation>{name} kan niet worden geopend: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a BalintDesk backup ({reason}).</source>
            <translation>{name} is geen back-up van BalintDesk ({reason}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is not a backup this version of BalintDesk can restore.</source>
            <translation>{name} is geen back-up die deze versie van BalintDesk kan terugzetten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>{name} is damaged (SQLite says: {finding}); choose another.</source>
            <translation>{name} is beschadigd (SQLite meldt: {finding}); kies een andere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/db.py" />
            <source>Restoring {name} failed; nothing was changed: {reason}</source>
            <translation>Het terugzetten van {name} is mislukt; er is niets gewijzigd: {reason}</translation>
        </message>
    </context>
</TS>
