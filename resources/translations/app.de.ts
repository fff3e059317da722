<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation>BalintDesk darf nicht in {folder} schreiben (der Ordner oder sein Laufwerk ist schreibgeschützt) und kann dort daher nicht öffnen. Machen Sie den Ordner beschreibbar, oder kopieren Sie ihn an einen Ort, an dem Sie schreiben dürfen, und starten Sie BalintDesk mit --data-dir und der Kopie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk has found that part of its data file is damaged, as happens when a disk starts to fail. Quit BalintDesk and open it again: it will check the file and offer to go back to the newest backup that is whole.</source>
            <translation>BalintDesk hat festgestellt, dass ein Teil seiner Datendatei beschädigt ist, wie es vorkommt, wenn ein Laufwerk zu versagen beginnt. Beenden Sie BalintDesk und öffnen Sie es erneut: Es prüft die Datei und bietet an, zur neuesten unbeschädigten Sicherung zurückzukehren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The practice's shared database cannot be reached just now, so your last change was not saved. Check-ins and the timer keep working on this computer and are sent when it is back; make other changes again then.</source>
            <translation>Die gemeinsame Datenbank der Praxis ist gerade nicht erreichbar, daher wurde Ihre letzte Änderung nicht gespeichert. Anwesenheit und Zeitgeber arbeiten auf diesem Computer weiter und werden gesendet, sobald sie wieder erreichbar ist; andere Änderungen nehmen Sie bitte dann erneut vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The disk holding BalintDesk's data is full, so your last change was not saved. Free some space, then make the change again.</source>
            <translation>Das Laufwerk mit den Daten von BalintDesk ist voll, daher wurde Ihre letzte Änderung nicht gespeichert. Schaffen Sie etwas Platz und nehmen Sie die Änderung dann erneut vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to its data folder any more (the folder or its disk became read-only), so your last change was not saved.</source>
            <translation>BalintDesk darf nicht mehr in seinen Datenordner schreiben (der Ordner oder sein Laufwerk ist schreibgeschützt geworden), daher wurde Ihre letzte Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Another BalintDesk kept the data busy for too long, so your last change was not saved. Make it again in a moment.</source>
            <translation>Ein anderes BalintDesk hat die Daten zu lange belegt, daher wurde Ihre letzte Änderung nicht gespeichert. Nehmen Sie sie gleich noch einmal vor.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Something went wrong inside BalintDesk. Your saved data is safe; the details are in the log file in the data folder's 'logs' folder.</source>
            <translation>In BalintDesk ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind sicher; die Einzelheiten stehen in der Protokolldatei im Ordner „logs“ des Datenordners.</translation>
        </message>
    </context>
</TS>
