<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>check</name>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Group #{gid}</source>
            <translation>Gruppe #{gid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}'s timer starts with the template “{template}”, which the group does not have (the classic template is used instead).</source>
            <translation>Der Timer von {label} beginnt mit der Vorlage „{template}“, die die Gruppe nicht hat (stattdessen wird die klassische Vorlage verwendet).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the auto-advance flag “{auto}” instead of 0 or 1.</source>
            <translation>{label} hat die Markierung „automatisch weiter“ „{auto}“ statt 0 oder 1.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} warns {warning} seconds before a phase ends, not 0 to {most}.</source>
            <translation>{label} warnt {warning} Sekunden vor Ende einer Phase, nicht 0 bis {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unknown timer display “{display}”.</source>
            <translation>{label} hat die unbekannte Timer-Anzeige „{display}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the chime volume {volume}, not 0 to {most}.</source>
            <translation>{label} hat die Gonglautstärke {volume}, nicht 0 bis {most}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a group frame that is not text.</source>
            <translation>{label} hat einen Gruppenrahmen, der kein Text ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase template #{tid} (“{name}”, group #{gid})</source>
            <translation>Phasenvorlage #{tid} („{name}“, Gruppe #{gid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} stands in for the unknown built-in template “{key}”.</source>
            <translation>{label} ersetzt die unbekannte eingebaute Vorlage „{key}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has phases that cannot be read.</source>
            <translation>{label} hat Phasen, die nicht gelesen werden können.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} (“{name}”, meeting #{mid})</source>
            <translation>Phase #{pid} („{name}“, Sitzung #{mid})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Phase #{pid} of meeting #{mid} has no name.</source>
            <translation>Phase #{pid} der Sitzung #{mid} hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the planned length “{planned}” seconds.</source>
            <translation>{label} hat die geplante Dauer „{planned}“ Sekunden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the actual length “{actual}” seconds.</source>
            <translation>{label} hat die tatsächliche Dauer „{actual}“ Sekunden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has an unreadable start or end time.</source>
            <translation>{label} hat einen unlesbaren Beginn oder ein unlesbares Ende.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ended at {ended} but never started.</source>
            <translation>{label} endete um {ended}, hat aber nie begonnen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} ends ({ended}) before it starts ({started}).</source>
            <translation>{label} endet ({ended}), bevor sie beginnt ({started}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>Meeting #{mid}'s phase log has the positions {found} instead of 0 to {last}.</source>
            <translation>Das Phasenprotokoll der Sitzung #{mid} hat die Positionen {found} statt 0 bis {last}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>The running timer #{rid} of meeting #{mid}</source>
            <translation>Der laufende Timer #{rid} der Sitzung #{mid}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has a snapshot that cannot be read, so it cannot resume.</source>
            <translation>{label} hat einen unlesbaren Zwischenstand und kann daher nicht fortgesetzt werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has the unreadable save time “{updated}”.</source>
            <translation>{label} hat den unlesbaren Speicherzeitpunkt „{updated}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/store/check_timer.py" />
            <source>{label} has no phase log.</source>
            <translation>{label} hat kein Phasenprotokoll.</translation>
        </message>
    </context>
</TS>
