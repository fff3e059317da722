<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Leaders</name>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is cancelled; restore it before saving who led it.</source>
            <translation>Diese Sitzung ist abgesagt; stellen Sie sie wieder her, bevor Sie die Leitung speichern.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>This meeting is still to come; say who led it on the day or after.</source>
            <translation>Diese Sitzung steht noch bevor; tragen Sie die Leitung am Tag selbst oder danach ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Choose who led before choosing who co-led.</source>
            <translation>Wählen Sie zuerst die Leitung, dann die Co-Leitung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>The same person cannot lead and co-lead; choose someone else.</source>
            <translation>Dieselbe Person kann nicht Leitung und Co-Leitung sein; wählen Sie jemand anderen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>That person is not a member of this meeting's group.</source>
            <translation>Diese Person gehört nicht zur Gruppe dieser Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>{name} is archived; restore them on the Roster page first.</source>
            <translation>{name} ist archiviert; stellen Sie den Eintrag zuerst auf der Seite Teilnehmerliste wieder her.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/leaders.py" />
            <source>Who led this meeting was changed on another computer in the meantime, so your choice was not saved. The page now shows what is recorded.</source>
            <translation>Die Leitung dieser Sitzung wurde inzwischen auf einem anderen Computer geändert; Ihre Auswahl wurde daher nicht gespeichert. Die Seite zeigt jetzt den gespeicherten Stand.</translation>
        </message>
    </context>
</TS>
