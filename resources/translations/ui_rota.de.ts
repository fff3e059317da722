<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>BreakDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add a break</source>
            <translation>Pause eintragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>No meetings between these dates, for example over the summer. Meetings in the break are cancelled and the rota flows around them.</source>
            <translation>Keine Sitzungen zwischen diesen Daten, etwa über den Sommer. Sitzungen in der Pause fallen aus; der Plan richtet sich danach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add break</source>
            <translation>Pause eintragen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>e.g. Summer break</source>
            <translation>z. B. Sommerpause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Name</source>
            <translation>Bezeichnung</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file</source>
            <translation>Kalenderdatei</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>The group's meetings for the next twelve months as a calendar file (.ics), with the time, the room and who presents. Cancelled meetings are marked cancelled.</source>
            <translation>Die Sitzungen der Gruppe für die nächsten zwölf Monate als Kalenderdatei (.ics), mit Uhrzeit, Raum und wer vorstellt. Ausgefallene Sitzungen sind als abgesagt markiert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save calendar file…</source>
            <translation>Kalenderdatei speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>To add it to a calendar</source>
            <translation>So nehmen Sie sie in einen Kalender auf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Open the file, or File › Open &amp;amp; Export › Import/Export.</source>
            <translation>Datei öffnen oder Datei › Öffnen und exportieren › Importieren/Exportieren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Google Calendar</source>
            <translation>Google Kalender</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Settings › Import &amp;amp; export › Import, then the file.</source>
            <translation>Einstellungen › Importieren &amp;amp; exportieren › Importieren, dann die Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Apple Calendar</source>
            <translation>Apple Kalender</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>File › Import…, then the file.</source>
            <translation>Ablage › Importieren…, dann die Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>When the rota changes, save and import the file again: the same meetings are updated, not added twice.</source>
            <translation>Ändert sich der Plan, speichern und importieren Sie die Datei erneut: Dieselben Sitzungen werden aktualisiert, nicht doppelt angelegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file (*.ics)</source>
            <translation>Kalenderdatei (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.</source>
            <translation>
                <numerusform>%n Sitzung als „{file}“ in {folder} gespeichert. Importieren Sie sie in Ihren Kalender.</numerusform>
                <numerusform>%n Sitzungen als „{file}“ in {folder} gespeichert. Importieren Sie sie in Ihren Kalender.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoosePresenterDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Choose who presents</source>
            <translation>Referent/in wählen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>{when}: this person is pinned to the date; everyone else flows around.</source>
            <translation>{when}: Diese Person wird fest eingeplant; alle anderen richten sich danach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Pin</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Presenter</source>
            <translation>Referent/in</translation>
        </message>
    </context>
    <context>
        <name>FairnessTable</name>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Attended</source>
            <translation>Teilgenommen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Presented</source>
            <translation>Vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Last presented</source>
            <translation>Zuletzt vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Meetings since</source>
            <translation>Sitzungen seitdem</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Can present</source>
            <translation>Kann vorstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Click a column heading to sort by it.</source>
            <translation>Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>one case a meeting</source>
            <translation>ein Fall pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>two cases a meeting</source>
            <translation>zwei Fälle pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders may present</source>
            <translation>Leitung darf vorstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders do not present</source>
            <translation>Leitung stellt nicht vor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>No meeting</source>
            <translation>Keine Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>nobody eligible</source>
            <translation>niemand verfügbar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{name} (pinned)</source>
            <translation>{name} (festgelegt)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpin</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pin</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpinned: the rota chooses for this date again.</source>
            <translation>Gelöst: Der Plan wählt für dieses Datum wieder selbst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} pinned to this date.</source>
            <translation>{names} für dieses Datum festgelegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Only two planned meetings can be swapped.</source>
            <translation>Nur zwei geplante Sitzungen lassen sich tauschen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Swapped {first} and {second}; both are pinned to their new dates.</source>
            <translation>{first} und {second} getauscht; beide sind für ihre neuen Daten festgelegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pinned.</source>
            <translation>Festgelegt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break added; the meetings in it are cancelled.</source>
            <translation>Pause eingetragen; die Sitzungen darin fallen aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break removed; its meetings are back in the plan.</source>
            <translation>Pause entfernt; ihre Sitzungen sind wieder im Plan.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Import past meetings</source>
            <translation>Frühere Sitzungen importieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>RotaPanels</name>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Rota</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The plan for the next meetings</source>
            <translation>Der Plan der nächsten Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Presenting</source>
            <translation>Stellt vor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Reserve</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Pin</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fix the planned presenter to this date (Ctrl+P)</source>
            <translation>Eingeplante Person für dieses Datum festlegen (Strg+P)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Choose presenter…</source>
            <translation>Referent/in wählen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with earlier</source>
            <translation>Mit früherer tauschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Up</source>
            <translation>Strg+Nach-oben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with later</source>
            <translation>Mit späterer tauschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Down</source>
            <translation>Strg+Nach-unten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Print rota…</source>
            <translation>Plan drucken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>An A4 page of the next meetings for the noticeboard</source>
            <translation>Eine A4-Seite der nächsten Sitzungen für den Aushang</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Calendar file…</source>
            <translation>Kalenderdatei…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The meetings as a file for Outlook, Google or Apple Calendar</source>
            <translation>Die Sitzungen als Datei für Outlook, Google oder Apple Kalender</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Add a break…</source>
            <translation>Pause eintragen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Remove break</source>
            <translation>Pause entfernen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Import past meetings…</source>
            <translation>Frühere Sitzungen importieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>For a group that met before BalintDesk: who came and who presented</source>
            <translation>Für eine Gruppe, die sich schon vor BalintDesk traf: wer kam und wer vorstellte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The next meetings</source>
            <translation>Die nächsten Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Drag a presenter onto another date to swap them, or use the buttons. Pinned people stay where they are; everyone else flows around.</source>
            <translation>Ziehen Sie eine Person auf ein anderes Datum, um zu tauschen, oder nutzen Sie die Schaltflächen. Festgelegte bleiben, wo sie sind; alle anderen richten sich danach.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Breaks:</source>
            <translation>Pausen:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fairness: who has waited longest</source>
            <translation>Fairness: wer am längsten wartet</translation>
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Print the rota</source>
            <translation>Plan drucken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>An A4 page for the noticeboard: each meeting's date, who presents and the reserve, in large type, with cancelled meetings marked. Save it as a PDF, then print it.</source>
            <translation>Eine A4-Seite für den Aushang: Datum jeder Sitzung, wer vorstellt und die Reserve, in großer Schrift, abgesagte Sitzungen markiert. Als PDF speichern, dann drucken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>How many meetings to print</source>
            <translation>Wie viele Sitzungen gedruckt werden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Meetings to print</source>
            <translation>Zu druckende Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>No meetings are planned.</source>
            <translation>Es sind keine Sitzungen geplant.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}, with %n cancelled meeting(s) marked</source>
            <translation>
                <numerusform>{first:short} bis {last:short}, %n abgesagte Sitzung markiert</numerusform>
                <numerusform>{first:short} bis {last:short}, %n abgesagte Sitzungen markiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}</source>
            <translation>{first:short} bis {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved the rota ({meetings}, {pages}) as “{file}” in {folder}.</source>
            <translation>Plan ({meetings}, {pages}) als „{file}“ in {folder} gespeichert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
    </context>
</TS>
