<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>Verwendung: </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer anzeigen und beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: Warnung: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>the following arguments are required: %s</source>
            <translation>die folgenden Argumente fehlen: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist erforderlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at most one argument</source>
            <translation>höchstens ein Argument erwartet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s argument</source>
            <translation>%s Argument erwartet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s arguments</source>
            <translation>%s Argumente erwartet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>nicht erlaubt zusammen mit Argument %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ignored explicit argument %r</source>
            <translation>ausdrückliches Argument %r ignoriert</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>option '%(option)s' is deprecated</source>
            <translation>Option „%(option)s“ ist veraltet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>command '%(parser_name)s' is deprecated</source>
            <translation>Befehl „%(parser_name)s“ ist veraltet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument '%(argument_name)s' is deprecated</source>
            <translation>Argument „%(argument_name)s“ ist veraltet</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} is full, so nothing was changed; free some space and try again.</source>
            <translation>Der Datenträger mit {folder} ist voll, daher wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so nothing was changed; make it writable, or copy the folder somewhere you may write and name the copy with --data-dir.</source>
            <translation>BalintDesk darf nicht in {folder} schreiben (der Ordner oder sein Datenträger ist schreibgeschützt), daher wurde nichts geändert; machen Sie ihn beschreibbar oder kopieren Sie den Ordner an einen beschreibbaren Ort und geben Sie die Kopie mit --data-dir an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Another BalintDesk kept the data in {folder} busy for too long, so nothing was changed; try again when it has finished.</source>
            <translation>Ein anderes BalintDesk hat die Daten in {folder} zu lange belegt, daher wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} failed to read or write the database, so the command stopped; check the disk, then run “balintdesk check”.</source>
            <translation>Der Datenträger mit {folder} konnte die Datenbank nicht lesen oder schreiben, daher wurde der Befehl abgebrochen; prüfen Sie den Datenträger und führen Sie dann „balintdesk check“ aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is BalintDesk's database: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} ist die Datenbank von BalintDesk: Dort zu schreiben könnte Ihre Daten zerstören, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen oder Ordner, etwa Ihren Dokumente-Ordner.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's backups folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} liegt im Sicherungsordner von BalintDesk: Dort zu schreiben könnte Ihre Daten zerstören, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen oder Ordner, etwa Ihren Dokumente-Ordner.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's logs folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} liegt im Protokollordner von BalintDesk: Dort zu schreiben könnte Ihre Daten zerstören, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen oder Ordner, etwa Ihren Dokumente-Ordner.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is one of BalintDesk's own files: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} ist eine von BalintDesks eigenen Dateien: Dort zu schreiben könnte Ihre Daten zerstören, daher wurde nichts geschrieben. Wählen Sie einen anderen Namen oder Ordner, etwa Ihren Dokumente-Ordner.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name the CSV file inside it.</source>
            <translation>{path} ist ein Ordner; geben Sie die CSV-Datei darin an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is larger than 5 MB, too big to import; check the file.</source>
            <translation>{path} ist größer als 5 MB und zu groß zum Importieren; prüfen Sie die Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no file at {path}.</source>
            <translation>Unter {path} gibt es keine Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk is not allowed to read {path}; check its permissions.</source>
            <translation>BalintDesk darf {path} nicht lesen; prüfen Sie die Zugriffsrechte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>the file's encoding when it is not UTF-8 (found from the file if left out): utf-8, windows-1252, mac-roman, utf-16, or another Python knows</source>
            <translation>die Kodierung der Datei, wenn sie nicht UTF-8 ist (ohne Angabe aus der Datei ermittelt): utf-8, windows-1252, mac-roman, utf-16 oder eine andere, die Python kennt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>--encoding “{name}” is not an encoding BalintDesk knows; try {known}.</source>
            <translation>--encoding „{name}“ ist keine Kodierung, die BalintDesk kennt; versuchen Sie {known}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Read {file} as {how}.</source>
            <translation>{file} gelesen als {how}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>“{name}”</source>
            <translation>„{name}“</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; the groups are {groups}.</source>
            <translation>Es gibt keine Gruppe namens „{name}“; die Gruppen sind {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; there are no groups yet.</source>
            <translation>Es gibt keine Gruppe namens „{name}“; es gibt noch keine Gruppen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name a file to write, such as roster.csv.</source>
            <translation>{path} ist ein Ordner; geben Sie eine Datei zum Schreiben an, etwa roster.csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hour</source>
            <translation>{hours} Stunde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hours</source>
            <translation>{hours} Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Nothing was imported; correct the lines above and try again.</source>
            <translation>Es wurde nichts importiert; korrigieren Sie die Zeilen oben und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>copy the database</source>
            <translation>die Datenbank sichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>a file to create or an existing folder (default: the data folder's backups)</source>
            <translation>eine neue Datei oder ein vorhandener Ordner (Standard: die Sicherungen im Datenordner)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>check the database for problems</source>
            <translation>die Datenbank auf Probleme prüfen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>balintdesk backup copies this computer's own file; the group database is on the practice's server, whose backups IT makes there (pg_dump).</source>
            <translation>balintdesk backup kopiert die eigene Datei dieses Computers; die Gruppendatenbank liegt auf dem Server der Praxis, den die IT dort sichert (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{path} already exists; name a new file or a folder.</source>
            <translation>{path} existiert bereits; geben Sie eine neue Datei oder einen Ordner an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so no backup was made; name a folder you may write to: balintdesk backup DEST.</source>
            <translation>BalintDesk darf nicht in {folder} schreiben (der Ordner oder sein Datenträger ist schreibgeschützt), daher wurde keine Sicherung erstellt; geben Sie einen beschreibbaren Ordner an: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>The disk holding {folder} is full, so no backup was made; free some space, or name a folder on another disk: balintdesk backup DEST.</source>
            <translation>Der Datenträger mit {folder} ist voll, daher wurde keine Sicherung erstellt; schaffen Sie Platz oder geben Sie einen Ordner auf einem anderen Datenträger an: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>On the practice's server only the data is checked: the file checks are for this computer's own file.</source>
            <translation>Auf dem Server der Praxis werden nur die Daten geprüft: Die Dateiprüfungen gelten der eigenen Datei dieses Computers.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n Problem gefunden.</numerusform>
                <numerusform>%n Probleme gefunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n Mitglied</numerusform>
                <numerusform>%n Mitglieder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>OK: {groups}, {members}, schema version {version}; no problems found.</source>
            <translation>OK: {groups}, {members}, Schemaversion {version}; keine Probleme gefunden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage}, and there is no sound backup in {folder} to go back to.</source>
            <translation>{damage}, und in {folder} gibt es keine intakte Sicherung, zu der zurückgekehrt werden kann.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage} and was left as it was: open BalintDesk's window to restore the newest sound backup (from {day:short}, {time}), which keeps the damaged file aside.</source>
            <translation>{damage} und wurde unverändert gelassen: Öffnen Sie das Fenster von BalintDesk, um die neueste intakte Sicherung (vom {day:short}, {time}) wiederherzustellen; die beschädigte Datei wird dabei beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>write a certificate or CPD record, leader log, printable rota, calendar, or attendance or timing CSV</source>
            <translation>eine Bescheinigung oder einen Fortbildungsnachweis, einen Leitungsnachweis, den Plan zum Ausdrucken, einen Kalender oder Teilnahme oder Zeiten als CSV schreiben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's certificate of attendance: German, UK CPD or Dutch (PDF)</source>
            <translation>Teilnahmebescheinigung eines Mitglieds: deutsch, britischer CPD-Nachweis oder niederländisch (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>--kind de: the German Teilnahmebescheinigung (in German), with the rule it counts toward; --kind uk: the UK CPD record, as export cpd writes it; --kind nl: the Dutch certificate with accreditation points (in Dutch).</source>
            <translation>--kind de: die deutsche Teilnahmebescheinigung (auf Deutsch) mit der Regel, auf die sie anrechenbar ist; --kind uk: der britische CPD-Nachweis, wie export cpd ihn schreibt; --kind nl: die niederländische Bescheinigung mit Akkreditierungspunkten (auf Niederländisch).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the rule it counts toward (default: the member's own)</source>
            <translation>die Regel, auf die sie anrechenbar ist (Standard: die des Mitglieds)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's CPD attendance record for appraisal (PDF)</source>
            <translation>der Fortbildungsnachweis einer Teilnehmerin/eines Teilnehmers (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>The meetings the member attended in the period, with their length and the member's part, total hours and a line for the leader's signature.</source>
            <translation>Die Sitzungen, an denen das Mitglied im Zeitraum teilgenommen hat, mit Dauer und Rolle des Mitglieds, Gesamtstunden und einer Zeile für die Unterschrift der Leitung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the printable rota for a noticeboard (PDF, A4)</source>
            <translation>der Plan zum Aushängen (PDF, A4)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how many meetings (12)</source>
            <translation>wie viele Sitzungen (12)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the group's upcoming meetings as a calendar file (.ics)</source>
            <translation>die kommenden Sitzungen der Gruppe als Kalenderdatei (.ics)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Importing the file again updates the same events rather than adding copies; cancelled meetings are marked cancelled.</source>
            <translation>Ein erneuter Import der Datei aktualisiert dieselben Termine, statt Kopien anzulegen; abgesagte Sitzungen werden als abgesagt markiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>attendance in a period as CSV, one row per member per meeting</source>
            <translation>die Teilnahme in einem Zeitraum als CSV, eine Zeile pro Mitglied und Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how the time went in the timed meetings, as CSV, one row per phase</source>
            <translation>wie die Zeit in den gemessenen Sitzungen verlief, als CSV, eine Zeile je Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Each phase's planned and actual minutes, the difference, and how long the timer stood still, for every meeting of the period whose timer ran.</source>
            <translation>Für jede Sitzung des Zeitraums, in der der Timer lief: geplante und tatsächliche Minuten je Phase, die Abweichung und wie lange der Timer stillstand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a leader's log for accreditation (PDF or CSV, by the file's ending)</source>
            <translation>der Leitungsnachweis für die Anerkennung (PDF oder CSV, je nach Dateiendung)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Sessions attended as a member, led and co-led, and the entries the leader added by hand (supervision, training, society events).</source>
            <translation>Sitzungen als Teilnehmer/in, geleitete und co-geleitete Sitzungen sowie die von Hand ergänzten Einträge der Leitung (Supervision, Fortbildung, Veranstaltungen der Gesellschaft).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>needed only when two groups have a member of that name</source>
            <translation>nur nötig, wenn zwei Gruppen ein Mitglied dieses Namens haben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the file to write (default: stdout)</source>
            <translation>die zu schreibende Datei (Standard: stdout)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--from {start} is after --to {end}.</source>
            <translation>--from {start} liegt nach --to {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--next must be a whole number from 1 to {high}, not “{value}”.</source>
            <translation>--next muss eine ganze Zahl von 1 bis {high} sein, nicht „{value}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}”.</source>
            <translation>Es gibt kein Mitglied namens „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}” in {group}.</source>
            <translation>In {group} gibt es kein Mitglied namens „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>More than one group has a member called “{name}”; add --group NAME.</source>
            <translation>Mehrere Gruppen haben ein Mitglied namens „{name}“; ergänzen Sie --group NAME.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--out must name a {endings} file, not “{name}”.</source>
            <translation>--out muss eine {endings}-Datei angeben, nicht „{name}“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{one} or {other}</source>
            <translation>{one} oder {other}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{path} is a folder; name a file to write.</source>
            <translation>{path} ist ein Ordner; geben Sie eine Datei zum Schreiben an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>--rule {rule}: {problem}</source>
            <translation>--rule {rule}: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the German certificate of {name} ({parts}) to {path}.</source>
            <translation>Deutsche Teilnahmebescheinigung von {name} ({parts}) nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the Dutch certificate of {name} ({parts}) to {path}.</source>
            <translation>Niederländische Bescheinigung von {name} ({parts}) nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>{name} is not a leader, so has no leader log; mark them as a leader on the Roster page, or ask for their CPD record (export cpd).</source>
            <translation>{name} ist keine Leitung und hat daher keinen Leitungsnachweis; markieren Sie die Person auf der Seite Teilnehmerliste als Leitung oder fordern Sie ihren Fortbildungsnachweis an (export cpd).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>%n entry/entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>Wrote the leader log of {name} ({parts}) to {path}.</source>
            <translation>Leitungsnachweis von {name} ({parts}) nach {path} geschrieben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote the CPD record of {name} ({parts}) to {path}.</source>
            <translation>Fortbildungsnachweis von {name} ({parts}) nach {path} geschrieben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n Zeile ({meetings} von {group}, {start} bis {end}) nach {path} geschrieben.</numerusform>
                <numerusform>%n Zeilen ({meetings} von {group}, {start} bis {end}) nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>{first:short} to {last:short}</source>
            <translation>{first:short} bis {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote the rota of {group} ({meetings}; {pages}) to {path}.</source>
            <translation>Plan von {group} ({meetings}; {pages}) nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} ({cancelled} cancelled) to {path}.</source>
            <translation>{meetings} von {group} ({cancelled} abgesagt) nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} to {path}.</source>
            <translation>{meetings} von {group} nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>No meeting of {group} from {start} to {end} was timed: the timer's phase log is what this export reads. Nothing was written.</source>
            <translation>Keine Sitzung von {group} vom {start} bis {end} wurde mit dem Timer gemessen; dieser Export liest das Phasenprotokoll des Timers. Es wurde nichts geschrieben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>%n timed meeting(s)</source>
            <translation>
                <numerusform>%n gemessene Sitzung</numerusform>
                <numerusform>%n gemessene Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>BalintDesk: roster, rota, phase timer and private notes for a Balint group. Run without a command to open the window.</source>
            <translation>BalintDesk: Teilnehmerliste, Plan, Phasen-Timer und private Notizen für eine Balintgruppe. Ohne Befehl aufgerufen, öffnet sich das Fenster.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the data folder (default: {variable}, else the user's data folder); created if missing</source>
            <translation>der Datenordner (Standard: {variable}, sonst der Datenordner des Benutzers); wird bei Bedarf angelegt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the language for the window and the command line: en, de, fr, nl or it (default: $BALINTDESK_LANGUAGE, else the one chosen in Settings, else the computer's)</source>
            <translation>die Sprache für Fenster und Kommandozeile: en, de, fr, nl oder it (Standard: $BALINTDESK_LANGUAGE, sonst die in den Einstellungen gewählte, sonst die des Computers)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>check this installation in a temporary folder and exit (--out FILE: also write the report there)</source>
            <translation>diese Installation in einem temporären Ordner prüfen und beenden (--out FILE: den Bericht auch dorthin schreiben)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>No command was given; run “balintdesk --help” to see them.</source>
            <translation>Es wurde kein Befehl angegeben; „balintdesk --help“ zeigt alle Befehle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The data folder cannot be used: {reason}.</source>
            <translation>Der Datenordner kann nicht verwendet werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The database {path} cannot be opened: {reason}.</source>
            <translation>Die Datenbank {path} kann nicht geöffnet werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set when and how a group meets</source>
            <translation>festlegen, wann und wie eine Gruppe sich trifft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set a group's meeting pattern, creating the group if needed</source>
            <translation>den Sitzungsrhythmus einer Gruppe festlegen, die Gruppe bei Bedarf anlegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; for an existing group, what is left out stays as it is.</source>
            <translation>Eine neue Gruppe braucht --every, --weekday, --time und --length; bei einer bestehenden Gruppe bleibt alles Ausgelassene, wie es ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>start time, on the local clock</source>
            <translation>Beginn, nach der Ortszeit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>first meeting</source>
            <translation>erste Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>cases presented at a meeting</source>
            <translation>vorgestellte Fälle pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>monthly: which week, 1-4 or last</source>
            <translation>monatlich: welche Woche, 1–4 oder last</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>how the group usually meets; planned meetings follow</source>
            <translation>wie sich die Gruppe üblicherweise trifft; geplante Sitzungen folgen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>the CME event number (German VNR, 19 digits); "" clears it</source>
            <translation>die Veranstaltungsnummer (VNR, 19 Ziffern); "" löscht sie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>who is due to present next</source>
            <translation>wer als Nächstes einen Fall vorstellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>import past attendance</source>
            <translation>frühere Teilnahme importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>record past meetings and planned apologies from a CSV file</source>
            <translation>frühere Sitzungen und angekündigte Entschuldigungen aus einer CSV-Datei erfassen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, status (present, apologies or absent), presented (yes or no), mode (in-person or online; optional), separated by commas, semicolons or tabs. Names must be members of the group (any case, spacing, invisible or look-alike characters). If any row is wrong, nothing is imported.</source>
            <translation>Spalten: date (2024-09-03 oder Tag zuerst: 03.09.2024, 03/09/2024), name, status (present, apologies oder absent), presented (yes oder no), mode (in-person oder online; optional), getrennt durch Kommas, Semikolons oder Tabulatoren. Die Namen müssen Mitglieder der Gruppe sein (beliebige Groß-/Kleinschreibung, Abstände, unsichtbare oder ähnlich aussehende Zeichen). Ist eine Zeile fehlerhaft, wird nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--every “{value}” should be weekly, fortnightly or monthly.</source>
            <translation>--every „{value}“ sollte weekly, fortnightly oder monthly sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--weekday “{value}” should be a day of the week: mon, tue, … sun.</source>
            <translation>--weekday „{value}“ sollte ein Wochentag sein: mon, tue, … sun.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--time “{value}” should be a time of day such as 12:30.</source>
            <translation>--time „{value}“ sollte eine Uhrzeit sein, etwa 12:30.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{option} “{value}” should be a whole number from {low} to {high}.</source>
            <translation>{option} „{value}“ sollte eine ganze Zahl von {low} bis {high} sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; one case a meeting.</source>
            <translation>{group}: {pattern}; ein Fall pro Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; two cases a meeting.</source>
            <translation>{group}: {pattern}; zwei Fälle pro Sitzung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Next meeting: {day:short}.</source>
            <translation>Nächste Sitzung: {day:short}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Event number (VNR): {number}.</source>
            <translation>Veranstaltungsnummer (VNR): {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets online.</source>
            <translation>Trifft sich online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets hybrid: some in the room, some online.</source>
            <translation>Trifft sich hybrid: teils im Raum, teils online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets in person.</source>
            <translation>Trifft sich in Präsenz.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; missing: {missing}.</source>
            <translation>Eine neue Gruppe braucht --every, --weekday, --time und --length; es fehlt: {missing}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--week is only for a group that meets monthly (--every monthly).</source>
            <translation>--week gilt nur für eine Gruppe, die sich monatlich trifft (--every monthly).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenters: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Referent/innen: {who}  Reserve: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenter: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Referent/in: {who}  Reserve: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>nobody eligible</source>
            <translation>niemand kommt infrage</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>  Note: {note}</source>
            <translation>  Hinweis: {note}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--format “{value}” should be text or csv.</source>
            <translation>--format „{value}“ sollte text oder csv sein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group} has no meetings planned.</source>
            <translation>Für {group} sind keine Sitzungen geplant.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>
                <numerusform>%n Sitzung von {group} erfasst ({new} neu); Teilnahme: {added} neu, {updated} geändert, {unchanged} unverändert.</numerusform>
                <numerusform>%n Sitzungen von {group} erfasst ({new} neu); Teilnahme: {added} neu, {updated} geändert, {unchanged} unverändert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a member's professional numbers and recognition</source>
            <translation>berufliche Kennnummern und Anerkennung eines Mitglieds</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>record a member's professional numbers or recognition</source>
            <translation>berufliche Kennnummern oder Anerkennung eines Mitglieds erfassen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Every number is optional; "" removes one. A number with a check digit (EFN, RPPS) is checked, and if any is wrong nothing is changed. Numbers are printed only on the member's own certificate.</source>
            <translation>Jede Nummer ist freiwillig; "" entfernt eine. Nummern mit Prüfziffer (EFN, RPPS) werden geprüft; ist eine falsch, wird nichts geändert. Nummern erscheinen nur auf der eigenen Bescheinigung des Mitglieds.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>German uniform CME number, 15 digits</source>
            <translation>Einheitliche Fortbildungsnummer (EFN), 15 Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>UK GMC reference number, 7 digits</source>
            <translation>britische GMC-Referenznummer, 7 Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Dutch BIG registration number, 11 digits</source>
            <translation>niederländische BIG-Registrierungsnummer, 11 Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>French RPPS number, 11 digits</source>
            <translation>französische RPPS-Nummer, 11 Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a leader's recognition as a Balint leader, e.g. “Ärztekammer Nordrhein”</source>
            <translation>die Anerkennung als Balint-Gruppenleitung, z. B. „Ärztekammer Nordrhein“</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>print one member's own details, numbers included</source>
            <translation>die eigenen Angaben eines Mitglieds ausgeben, mit Nummern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing to set: give --efn, --gmc, --big, --rpps or --recognition.</source>
            <translation>Nichts zu speichern: Geben Sie --efn, --gmc, --big, --rpps oder --recognition an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name} is not a leader of {group}: only a leader's recognition is kept.</source>
            <translation>{name} leitet {group} nicht: Nur die Anerkennung einer Gruppenleitung wird gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing was changed; correct the lines above and try again.</source>
            <translation>Es wurde nichts geändert; korrigieren Sie die Zeilen oben und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Saved for {name}.</source>
            <translation>Für {name} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name}, {group}</source>
            <translation>{name}, {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Role: {role}</source>
            <translation>Rolle: {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Leads the group.</source>
            <translation>Leitet die Gruppe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Email: {email}</source>
            <translation>E-Mail: {email}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Joined: {day}</source>
            <translation>Beigetreten: {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Archived: no longer on the roster.</source>
            <translation>Archiviert: nicht mehr in der Teilnehmerliste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{label}: {number}</source>
            <translation>{label}: {number}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>No professional numbers recorded.</source>
            <translation>Keine beruflichen Kennnummern erfasst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Recognised as a Balint leader by: {body}</source>
            <translation>Als Balint-Gruppenleitung anerkannt von: {body}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>every group and member of the programme against its attendance rule</source>
            <translation>alle Gruppen und Teilnehmer des Programms, gemessen an seiner Teilnahmeregel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>For a programme administrator: every group with its leaders and next meeting, then every member with the sessions and hours they attended in the period and whether they meet the programme's attendance rule, or what is still missing.</source>
            <translation>Für die Programmverwaltung: jede Gruppe mit ihrer Leitung und nächsten Sitzung, dann jeder Teilnehmer mit den Sitzungen und Stunden im Zeitraum und ob er die Teilnahmeregel des Programms erfüllt oder was noch fehlt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's first day (default: a year before --until)</source>
            <translation>erster Tag des Zeitraums (Standard: ein Jahr vor --until)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's last day (default: today)</source>
            <translation>letzter Tag des Zeitraums (Standard: heute)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the rule's id (default: the one most members work toward, else one of the groups' country); see “rules list”</source>
            <translation>die Kennung der Regel (Standard: die, auf die die meisten Teilnehmer hinarbeiten, sonst eine des Landes der Gruppen); siehe „rules list“</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>write the members as CSV to this file instead of printing</source>
            <translation>die Teilnehmer als CSV in diese Datei schreiben statt sie auszugeben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>--from {start} is after --until {end}.</source>
            <translation>--from {start} liegt nach --until {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no leader</source>
            <translation>keine Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; no meeting planned</source>
            <translation>{group} ({country}): {leaders}; {members}; keine Sitzung geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; next {day:short}, {time}</source>
            <translation>{group} ({country}): {leaders}; {members}; nächste {day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no rule</source>
            <translation>keine Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet: {missing}</source>
            <translation>noch nicht: {missing}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}, archived): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}, archiviert): {sessions}, {hours:1} Std. · {verdict}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}): {sessions}, {hours:1} Std. · {verdict}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Wrote %n member(s) ({start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n Teilnehmer ({start} bis {end}) in {path} geschrieben.</numerusform>
                <numerusform>%n Teilnehmer ({start} bis {end}) in {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}; no rule: choose one with --rule: {rules}.</source>
            <translation>Programm, {start} bis {end}; keine Regel: wählen Sie eine mit --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}, against {rule}</source>
            <translation>Programm, {start} bis {end}, gemessen an {rule}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n group(s):</source>
            <translation>
                <numerusform>%n Gruppe:</numerusform>
                <numerusform>%n Gruppen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n member(s):</source>
            <translation>
                <numerusform>%n Teilnehmer:</numerusform>
                <numerusform>%n Teilnehmer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{met} of %n member(s) meet the rule.</source>
            <translation>
                <numerusform>{met} von %n Teilnehmer erfüllt die Regel.</numerusform>
                <numerusform>{met} von %n Teilnehmern erfüllen die Regel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>check what a member has met of an attendance rule</source>
            <translation>prüfen, was ein Mitglied von einer Teilnahmeregel erfüllt hat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>Each condition of the rule on a line: what counts toward it, whether it is met and what is still missing. Exits 0 when every condition is met, 3 when some are not yet.</source>
            <translation>Jede Bedingung der Regel auf einer Zeile: was dafür zählt, ob sie erfüllt ist und was noch fehlt. Endet mit 0, wenn alle Bedingungen erfüllt sind, mit 3, wenn manche noch nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rule's id (default: the one the member works toward); see “rules list”</source>
            <translation>die Kennung der Regel (Standard: die, auf die das Mitglied hinarbeitet); siehe „rules list“</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>count only what happened up to this day (default: today)</source>
            <translation>nur zählen, was bis zu diesem Tag stattfand (Standard: heute)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>list the attendance rules, or set one</source>
            <translation>die Teilnahmeregeln auflisten oder eine einstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rules there are, and any rule file that cannot be read</source>
            <translation>die vorhandenen Regeln und jede Regeldatei, die nicht gelesen werden kann</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>keep a figure the rule leaves to the region or programme</source>
            <translation>eine Zahl festlegen, die die Regel der Region oder dem Programm überlässt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>there are no rules yet</source>
            <translation>es gibt noch keine Regeln</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id} ({title})</source>
            <translation>{id} ({title})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Die Regeldatei {path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There is no rule “{rule}”; the rules are: {rules}.</source>
            <translation>Es gibt keine Regel „{rule}“; die Regeln sind: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[met] {line}</source>
            <translation>[erfüllt] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line}</source>
            <translation>[noch nicht] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line} — {missing}</source>
            <translation>[noch nicht] {line} — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>All %n condition(s) met.</source>
            <translation>
                <numerusform>Die Bedingung ist erfüllt.</numerusform>
                <numerusform>Alle %n Bedingungen erfüllt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{met} of %n condition(s) met.</source>
            <translation>
                <numerusform>{met} von %n Bedingung erfüllt.</numerusform>
                <numerusform>{met} von %n Bedingungen erfüllt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} works toward no rule yet; name one with --rule: {rules}.</source>
            <translation>{name} arbeitet noch auf keine Regel hin; nennen Sie eine mit --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} — {rule}, up to {day}</source>
            <translation>{name} — {rule}, bis {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>shipped with BalintDesk</source>
            <translation>mit BalintDesk geliefert</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>from {path}</source>
            <translation>aus {path}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There are no rules yet.</source>
            <translation>Es gibt noch keine Regeln.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id}: {title} ({where})</source>
            <translation>{id}: {title} ({where})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{key} = {value} ({label}; from {low} to {high})</source>
            <translation>{key} = {value} ({label}; von {low} bis {high})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{rule}: {key} is now {value}.</source>
            <translation>{rule}: {key} ist jetzt {value}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>import or export members</source>
            <translation>Mitglieder importieren oder exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>add or update a group's members from a CSV file</source>
            <translation>Mitglieder einer Gruppe aus einer CSV-Datei hinzufügen oder aktualisieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Columns: name (required), role, leader, email, joined, separated by commas, semicolons or tabs. A member already in the group (same name, any case, spacing, invisible or look-alike characters) is updated. If any row is wrong, nothing is imported.</source>
            <translation>Spalten: name (Pflicht), role, leader, email, joined, getrennt durch Kommas, Semikolons oder Tabulatoren. Ein Mitglied, das schon in der Gruppe ist (gleicher Name, beliebige Groß-/Kleinschreibung, Abstände, unsichtbare oder ähnlich aussehende Zeichen), wird aktualisiert. Ist eine Zeile fehlerhaft, wird nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>the group; created if it does not exist</source>
            <translation>die Gruppe; wird angelegt, falls es sie nicht gibt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>write a group's members as CSV</source>
            <translation>die Mitglieder einer Gruppe als CSV schreiben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>also export archived members</source>
            <translation>auch archivierte Mitglieder exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Added {added}, updated {updated}, unchanged {unchanged} members of {group}.</source>
            <translation>Mitglieder von {group}: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Wrote %n member(s) of {group} to {path}.</source>
            <translation>
                <numerusform>%n Mitglied von {group} nach {path} geschrieben.</numerusform>
                <numerusform>%n Mitglieder von {group} nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the server's database: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=CA-FILE</source>
            <translation>die Datenbank auf dem Server: postgresql://LOGIN@SERVER/DATENBANK?sslmode=verify-full&amp;sslrootcert=CA-DATEI</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>read the password from the first line of standard input (else PGPASSWORD or ~/.pgpass)</source>
            <translation>das Passwort aus der ersten Zeile der Standardeingabe lesen (sonst PGPASSWORD oder ~/.pgpass)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group database on a server</source>
            <translation>die Gruppendatenbank auf einem Server</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>set up the schema, the roles and row-level security</source>
            <translation>Schema, Rollen und Zeilensicherheit einrichten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>give a login access</source>
            <translation>einem Login Zugriff geben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a login IT has made on the server</source>
            <translation>ein Login, das die IT auf dem Server angelegt hat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>admin: every group; leader: the groups named with --group</source>
            <translation>admin: jede Gruppe; leader: die mit --group genannten Gruppen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a group the leader leads (repeat for more)</source>
            <translation>eine Gruppe, die diese Person leitet (für mehrere wiederholen)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>take a login's access away</source>
            <translation>einem Login den Zugriff entziehen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>only this group (repeat for more); without it, all access</source>
            <translation>nur diese Gruppe (für mehrere wiederholen); ohne: jeden Zugriff</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>who has what access</source>
            <translation>wer welchen Zugriff hat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>move this PC's groups, with their history, to the server</source>
            <translation>die Gruppen dieses PCs mit ihrer Geschichte auf den Server verschieben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>from this PC's data folder, which stays as it is</source>
            <translation>aus dem Datenordner dieses PCs, der unverändert bleibt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>write one group of the server to a new local database file</source>
            <translation>eine Gruppe des Servers in eine neue lokale Datenbankdatei schreiben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group's name</source>
            <translation>der Name der Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a new file to write</source>
            <translation>eine neue Datei, die geschrieben wird</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>That is not a PostgreSQL URL; write it as postgresql://LOGIN@SERVER/DATABASE.</source>
            <translation>Das ist keine PostgreSQL-URL; schreiben Sie sie als postgresql://LOGIN@SERVER/DATENBANK.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database is ready: schema version {version}, the roles balintdesk_administrator and balintdesk_leader, and row-level security on every table. Give people access with “balintdesk db grant”.</source>
            <translation>Die Datenbank ist bereit: Schemaversion {version}, die Rollen balintdesk_administrator und balintdesk_leader und Zeilensicherheit auf jeder Tabelle. Geben Sie Zugriff mit „balintdesk db grant“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>A leader needs at least one group: add --group NAME.</source>
            <translation>Eine Gruppenleitung braucht mindestens eine Gruppe: Ergänzen Sie --group NAME.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>An administrator sees every group; leave out --group.</source>
            <translation>Eine Administration sieht jede Gruppe; lassen Sie --group weg.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} is now a programme administrator: every group.</source>
            <translation>{login} ist jetzt Programmadministrator: alle Gruppen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} now leads {groups}.</source>
            <translation>{login} leitet jetzt {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has access to {groups}.</source>
            <translation>{login} hat keinen Zugriff mehr auf {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has any access.</source>
            <translation>{login} hat keinerlei Zugriff mehr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Nobody has been given access yet.</source>
            <translation>Bisher hat niemand Zugriff erhalten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>administrator</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>leader</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>every group</source>
            <translation>alle Gruppen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no BalintDesk database in {folder}; nothing was moved.</source>
            <translation>In {folder} gibt es keine BalintDesk-Datenbank; nichts wurde verschoben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Row {row} of the table {table} on this PC names a {column} that is not there, so nothing was moved; run “balintdesk check”, then try again.</source>
            <translation>Zeile {row} der Tabelle {table} auf diesem PC verweist auf ein {column}, das es nicht gibt, daher wurde nichts verschoben; führen Sie „balintdesk check“ aus und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Only a programme administrator may move groups to the server; connect as one.</source>
            <translation>Nur eine Programmadministration darf Gruppen auf den Server verschieben; melden Sie sich als solche an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already has a group called {names}, so nothing was moved; rename the group on this PC or on the server first.</source>
            <translation>Auf dem Server gibt es bereits eine Gruppe namens {names}, daher wurde nichts verschoben; benennen Sie die Gruppe zuerst auf diesem PC oder auf dem Server um.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC is at schema version {version}; open it once with this BalintDesk (it updates the file), then move it.</source>
            <translation>Die Datenbank auf diesem PC hat Schemaversion {version}; öffnen Sie sie einmal mit diesem BalintDesk (es aktualisiert die Datei) und verschieben Sie sie dann.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server's database is at schema version {version}; run “balintdesk db init” with this BalintDesk first.</source>
            <translation>Die Datenbank auf dem Server hat Schemaversion {version}; führen Sie zuerst „balintdesk db init“ mit diesem BalintDesk aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>This PC has no groups, so nothing was moved.</source>
            <translation>Dieser PC hat keine Gruppen, daher wurde nichts verschoben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/server.py" />
            <source>%n group(s) moved to the server with all their history: {names}.</source>
            <translation>
                <numerusform>%n Gruppe mit ihrer ganzen Geschichte auf den Server verschoben: {names}.</numerusform>
                <numerusform>%n Gruppen mit ihrer ganzen Geschichte auf den Server verschoben: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already used some of their numbers, so they were numbered anew; export their calendar files again.</source>
            <translation>Einige ihrer Nummern waren auf dem Server schon vergeben, daher wurden sie neu nummeriert; exportieren Sie ihre Kalenderdateien erneut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC, {path}, is kept unchanged as a backup. The window still uses it until you choose the shared database in Settings → Shared database.</source>
            <translation>Die Datenbank auf diesem PC, {path}, bleibt unverändert als Sicherung erhalten. Das Fenster verwendet sie weiter, bis Sie unter Einstellungen → Gemeinsame Datenbank die gemeinsame Datenbank wählen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{path} already exists; name a new file.</source>
            <translation>{path} existiert bereits; nennen Sie eine neue Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{group} was written to {path}.</source>
            <translation>{group} wurde nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>BalintDesk is not set up on this database yet; run “balintdesk db init” first.</source>
            <translation>BalintDesk ist in dieser Datenbank noch nicht eingerichtet; führen Sie zuerst „balintdesk db init“ aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no login {login} on the server. IT makes logins with the server's own tools (docs/server.md says how); then run this again.</source>
            <translation>Auf dem Server gibt es kein Login {login}. Die IT legt Logins mit den Werkzeugen des Servers an (siehe docs/server.md); führen Sie dies danach erneut aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>No group on the server is called {names}.</source>
            <translation>Auf dem Server heißt keine Gruppe {names}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server refused: {reason}</source>
            <translation>Der Server hat abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>the group database on the practice's PostgreSQL server, as a postgresql:// URL (default: $BALINTDESK_DATABASE, else the server chosen in Settings, else this computer's own file)</source>
            <translation>die Gruppendatenbank auf dem PostgreSQL-Server der Praxis, als postgresql://-URL (Standard: $BALINTDESK_DATABASE, sonst der in den Einstellungen gewählte Server, sonst die eigene Datei dieses Computers)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>--database takes a postgresql:// URL, such as {example}.</source>
            <translation>--database erwartet eine postgresql://-URL, etwa {example}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>The connection to the server was lost during the command: try again when the server can be reached.</source>
            <translation>Die Verbindung zum Server brach während des Befehls ab: Versuchen Sie es erneut, wenn der Server erreichbar ist.</translation>
        </message>
    </context>
</TS>
