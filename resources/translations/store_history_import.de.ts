<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CsvImport</name>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk ({why}); restore it first or remove the rows for that date.</source>
            <translation>Die Sitzung am {day:numeric} ist in BalintDesk abgesagt ({why}); stellen Sie sie zuerst wieder her oder entfernen Sie die Zeilen für dieses Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting on {day:numeric} is cancelled in BalintDesk; restore it first or remove the rows for that date.</source>
            <translation>Die Sitzung am {day:numeric} ist in BalintDesk abgesagt; stellen Sie sie zuerst wieder her oder entfernen Sie die Zeilen für dieses Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in the break “{name}”; remove the rows for it or change the break first.</source>
            <translation>Der {day:numeric} fällt in die Pause „{name}“; entfernen Sie die Zeilen dafür oder ändern Sie zuerst die Pause.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} falls in a break; remove the rows for it or change the break first.</source>
            <translation>Der {day:numeric} fällt in eine Pause; entfernen Sie die Zeilen dafür oder ändern Sie zuerst die Pause.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The meeting of {day:numeric} was moved to {moved:numeric}; give that date instead.</source>
            <translation>Die Sitzung vom {day:numeric} wurde auf den {moved:numeric} verlegt; geben Sie stattdessen dieses Datum an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group has no meeting on {day:numeric} ({pattern}); check the date.</source>
            <translation>Die Gruppe hat am {day:numeric} keine Sitzung ({pattern}); prüfen Sie das Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>“{name}” is not a member of {group}; add them to the roster first (names match whatever their capitals or spacing).</source>
            <translation>„{name}“ ist kein Mitglied von {group}; nehmen Sie die Person zuerst in die Teilnehmerliste auf (Namen passen unabhängig von Groß-/Kleinschreibung und Leerzeichen).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is still to come, so only apologies can be recorded for it, not “{status}”.</source>
            <translation>Der {day:numeric} liegt noch in der Zukunft, daher lassen sich dafür nur Entschuldigungen erfassen, nicht „{status}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{day:numeric} is over two years ahead; check the year.</source>
            <translation>Der {day:numeric} liegt mehr als zwei Jahre in der Zukunft; prüfen Sie das Jahr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>{count} people would have presented on {day:numeric}; at most {most} can.</source>
            <translation>Am {day:numeric} hätten {count} Personen vorgestellt; höchstens {most} sind möglich.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/history_import.py" />
            <source>The group's meetings changed since the file was checked; nothing was imported. Please check the file again.</source>
            <translation>Die Sitzungen der Gruppe haben sich seit der Prüfung der Datei geändert; nichts wurde importiert. Bitte prüfen Sie die Datei erneut.</translation>
        </message>
    </context>
</TS>
