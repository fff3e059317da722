<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Apologies</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>No change</source>
            <translation>Keine Änderung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>commas</source>
            <translation>Kommas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>semicolons</source>
            <translation>Semikolons</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>tabs</source>
            <translation>Tabulatoren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Apologies</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported the roster: {added} added, {updated} updated.</source>
            <translation>Teilnehmerliste importiert: {added} hinzugefügt, {updated} aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported past attendance: {meetings}, {entries}.</source>
            <translation>Frühere Teilnahme importiert: {meetings}, {entries}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation>
                <numerusform>%n Sitzung erfasst</numerusform>
                <numerusform>%n Sitzungen erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation>
                <numerusform>%n Eintrag hinzugefügt</numerusform>
                <numerusform>%n Einträge hinzugefügt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import a roster</source>
            <translation>Teilnehmerliste importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Members already on the roster (a name that looks the same, whatever its capitals) are updated, never duplicated. Columns: name (required), role, leader, email, joined; dates day first (03.09.2024) or as 2024-09-03.</source>
            <translation>Mitglieder, die schon auf der Teilnehmerliste stehen (ein gleich aussehender Name, gleich in welcher Groß- und Kleinschreibung), werden aktualisiert, nie doppelt angelegt. Spalten: Name (Pflicht), Rolle, Leitung, E-Mail, Beitritt; Datum mit dem Tag zuerst (03.09.2024) oder als 2024-09-03.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>%n Mitglied importieren</numerusform>
                <numerusform>%n Mitglieder importieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>In the room</source>
            <translation>Im Raum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import past meetings</source>
            <translation>Frühere Sitzungen importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Came</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Presented</source>
            <translation>Fall vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, apologies or absent), presented (yes/no). Names must already be on the roster. Future dates may carry apologies only.</source>
            <translation>Spalten: Datum (Tag zuerst, 03.09.2024, oder 2024-09-03), Name, Status (anwesend, entschuldigt oder abwesend), vorgestellt (ja/nein). Die Namen müssen schon auf der Teilnehmerliste stehen. Künftige Termine dürfen nur Entschuldigungen enthalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation>
                <numerusform>%n Eintrag importieren</numerusform>
                <numerusform>%n Einträge importieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What the import will do, line by line</source>
            <translation>Was der Import bewirkt, Zeile für Zeile</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Found from the file</source>
            <translation>Aus der Datei erkannt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Encoding:</source>
            <translation>Zeichenkodierung:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Lines to correct</source>
            <translation>Zu korrigierende Zeilen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read: {reason}</source>
            <translation>Die Datei konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation>Die Datei konnte nicht als Text gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {encoding}, columns separated by {separator}.</source>
            <translation>Gelesen als {encoding}, Spalten getrennt durch {separator}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation>Es wurde nichts importiert. Bitte korrigieren Sie diese Zeilen in der Tabelle, speichern Sie sie erneut als CSV und importieren Sie sie noch einmal:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{new} new, {changed} to update, {same} already up to date. Nothing changes until you click Import.</source>
            <translation>{new} neu, {changed} zu aktualisieren, {same} schon aktuell. Nichts ändert sich, bevor Sie auf Importieren klicken.</translation>
        </message>
    </context>
    <context>
        <name>GroupForm</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Riverside Practice Balint group</source>
            <translation>z. B. Balintgruppe Praxis am Fluss</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation>Der erste im Monat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation>Der zweite im Monat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation>Der dritte im Monat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation>Der vierte im Monat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation>Der letzte im Monat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation> Minuten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation>Sitzungen werden ab diesem Datum geplant; zweiwöchentliche Gruppen zählen ab hier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation>z. B. Seminarraum, 1. Stock</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation>Die Datenschutzprüfung sucht nach Versichertennummern, Postleitzahlen und Telefonnummern dieses Landes; bei einem anderen Land nach denen aller Länder, die sie kennt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>How the group usually meets. Each meeting can be changed on its own on the Meeting page; in a hybrid meeting the check-in records who was online.</source>
            <translation>Wie sich die Gruppe üblicherweise trifft. Jede Sitzung lässt sich auf der Seite „Sitzung“ einzeln ändern; in einer hybriden Sitzung wird bei der Anwesenheit erfasst, wer online war.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Optional, 19 digits</source>
            <translation>Optional, 19 Ziffern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The number the medical chamber gave the group's sessions for CME points (Veranstaltungsnummer); it is printed on the participation certificates.</source>
            <translation>Die Nummer, die die Ärztekammer den Sitzungen der Gruppe für Fortbildungspunkte gegeben hat; sie steht auf den Teilnahmebescheinigungen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation>Gruppenname</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation>Trifft sich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person or online</source>
            <translation>In Präsenz oder online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation>Wochentag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation>Welche Woche</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation>Erste Sitzung am</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>VNR</source>
            <translation>VNR</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>CME event number (VNR)</source>
            <translation>Veranstaltungsnummer (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation>Vereinigtes Königreich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation>Irland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation>Deutschland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation>Österreich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation>Schweiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation>Frankreich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation>Belgien</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation>Luxemburg</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation>Niederlande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation>Italien</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation>Spanien</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation>Dänemark</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation>Schweden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation>Norwegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation>Finnland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation>Polen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation>Vereinigte Staaten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation>Kanada</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation>Australien</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation>Neuseeland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation>Anderes Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation>Wählen Sie den Ort, an dem sich die Gruppe trifft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation>UTC kennt keine Sommerzeit. Werden am Ort der Gruppe die Uhren umgestellt, wählen Sie diesen Ort (z. B. Europe/Berlin), sonst liegen Sitzungen im Sommer im Kalender eine Stunde daneben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation>Uhrzeit {standard}, in der Sommerzeit {summer}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation>Uhrzeit {standard}, das ganze Jahr.</translation>
        </message>
    </context>
    <context>
        <name>Keeper</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline.py" />
            <source>All check-ins were sent to the shared database.</source>
            <translation>Alle erfassten Anwesenheiten wurden an die gemeinsame Datenbank gesendet.</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person</source>
            <translation>In Präsenz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Hybrid (some online)</source>
            <translation>Hybrid (teils online)</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was changed on another computer to “{kept}” meanwhile; that one is kept.</source>
            <translation>Die Angabe zu {name} wurde inzwischen an einem anderen Computer auf „{kept}“ geändert; diese bleibt bestehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was taken back on another computer meanwhile; that is kept.</source>
            <translation>Die Angabe zu {name} wurde inzwischen an einem anderen Computer zurückgenommen; das bleibt so.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was recorded on another computer meanwhile; that record is kept.</source>
            <translation>Die Sitzung wurde inzwischen an einem anderen Computer erfasst; dieser Eintrag bleibt bestehen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was cancelled on another computer meanwhile; what was kept for it is dropped.</source>
            <translation>Die Sitzung wurde inzwischen an einem anderen Computer abgesagt; was hier dafür gespeichert war, entfällt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>What was kept could not be saved: {reason}</source>
            <translation>Das hier Gespeicherte konnte nicht übernommen werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try the shared database again</source>
            <translation>Gemeinsame Datenbank erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>The shared database cannot be reached. Check-ins are kept on this computer and sent when it is back.</source>
            <translation>Die gemeinsame Datenbank ist nicht erreichbar. Die Anwesenheiten werden auf diesem Computer gespeichert und gesendet, sobald sie wieder erreichbar ist.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>%n change(s) kept on this computer wait to be sent.</source>
            <translation>
                <numerusform>%n auf diesem Computer gespeicherte Änderung wartet auf das Senden.</numerusform>
                <numerusform>%n auf diesem Computer gespeicherte Änderungen warten auf das Senden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodFields</name>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;to</source>
            <translation>&amp;bis</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {folder}: {reason}. Choose another folder, such as your Documents folder.</source>
            <translation>Die Datei konnte nicht in {folder} gespeichert werden: {reason}. Wählen Sie einen anderen Ordner, etwa Ihren Ordner Dokumente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is BalintDesk's database.</source>
            <translation>{file} ist die Datenbank von BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's backups folder.</source>
            <translation>{file} liegt im Sicherungsordner von BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's logs folder.</source>
            <translation>{file} liegt im Protokollordner von BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is one of BalintDesk's own files.</source>
            <translation>{file} ist eine der eigenen Dateien von BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Saving there could destroy your data, so nothing was saved. Choose another name or folder, such as your Documents folder.</source>
            <translation>Dort zu speichern könnte Ihre Daten zerstören, daher wurde nichts gespeichert. Wählen Sie einen anderen Namen oder Ordner, etwa Ihren Ordner Dokumente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {file}; it is in {folder}.</source>
            <translation>Kein Programm auf diesem Computer öffnet {file}; die Datei liegt in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>when</name>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:long}, {start}–{end}</source>
            <translation>{day:long}, {start}–{end} Uhr</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
    </context>
</TS>
