<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{group} attendance {start} to {end}.csv</source>
            <translation>{group} Teilnahme {start} bis {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Attendance of {group}</source>
            <translation>Teilnahme – {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Every meeting held in the period, one row per member: present, apologies, absent or not recorded, who presented and who led. Opens in any spreadsheet.</source>
            <translation>Jede im Zeitraum abgehaltene Sitzung, eine Zeile pro Mitglied: anwesend, entschuldigt, abwesend oder nicht erfasst, wer vorgestellt und wer geleitet hat. Öffnet sich in jeder Tabellenkalkulation.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Save CSV…</source>
            <translation>CSV speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>No meetings held in this period</source>
            <translation>Keine Sitzungen in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Only meetings recorded as held are listed; the file would be empty.</source>
            <translation>Nur als abgehalten erfasste Sitzungen werden aufgeführt; die Datei wäre leer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>From {first} to {last}.</source>
            <translation>Vom {first} bis {last}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation>
                <numerusform>%n Zeile sagt „nicht erfasst“: Niemand hat das Mitglied an dem Tag eingetragen.</numerusform>
                <numerusform>%n Zeilen sagen „nicht erfasst“: Niemand hat das Mitglied an dem Tag eingetragen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>„{file}“ ({what}) gespeichert in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>✓ Met</source>
            <translation>✓ Erfüllt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>○ Not yet</source>
            <translation>○ Noch nicht</translation>
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>UK CPD record</source>
            <translation>Britischer CPD-Nachweis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German Teilnahmebescheinigung</source>
            <translation>Deutsche Teilnahmebescheinigung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch accreditation certificate</source>
            <translation>Niederländische Akkreditierungsbescheinigung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside the credits: what you took from the group.</source>
            <translation>Das RCGP rechnet eine Stunde Lernen als einen Fortbildungspunkt. Prüfer erwarten dazu eine kurze Reflexion: was Sie aus der Gruppe mitgenommen haben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German certificate for {name}</source>
            <translation>Deutsche Bescheinigung für {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A Teilnahmebescheinigung in German, whatever the window’s language: each session’s double sessions (90 minutes) and mode, the totals and the rule it counts toward, with a line for the leader’s signature.</source>
            <translation>Eine Teilnahmebescheinigung auf Deutsch, gleich in welcher Sprache das Fenster ist: Doppelstunden (90 Minuten) und Form jeder Sitzung, die Summen und die Regel, auf die sie anrechenbar ist, mit einer Zeile für die Unterschrift der Gruppenleitung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch certificate for {name}</source>
            <translation>Niederländische Bescheinigung für {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A certificate in Dutch: each session’s hours and the accreditation points at one point per hour, as Balint Nederland states, with the BIG number when recorded.</source>
            <translation>Eine Bescheinigung auf Niederländisch: die Stunden jeder Sitzung und die Akkreditierungspunkte zu einem Punkt pro Stunde, wie Balint Nederland angibt, mit der BIG-Nummer, falls erfasst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>CPD record for {name}</source>
            <translation>Fortbildungsnachweis für {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The Balint meetings {name} attended in the period, with each meeting’s length and their part, for appraisal and revalidation. No case is mentioned.</source>
            <translation>Die Balint-Sitzungen, an denen {name} im Zeitraum teilgenommen hat, mit Dauer und Rolle, für Fortbildungsnachweis und Rezertifizierung. Kein Fall wird erwähnt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No meetings attended in this period</source>
            <translation>Keine Teilnahme in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Only meetings recorded as held, with {name} marked present, count.</source>
            <translation>Es zählen nur abgehaltene Sitzungen, bei denen {name} als anwesend erfasst ist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{meetings} · {hours} · {credits} CPD credits</source>
            <translation>{meetings} · {hours} · {credits} Fortbildungspunkte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>every length as the phase timer recorded it</source>
            <translation>jede Dauer vom Phasen-Timer gemessen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>planned lengths (the timer was not run)</source>
            <translation>geplante Dauer (der Timer lief nicht)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{timed} timed, {planned} at their planned length</source>
            <translation>{timed} gemessen, {planned} mit geplanter Dauer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No sessions attended in this period</source>
            <translation>In diesem Zeitraum keine Sitzung besucht</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {double} double sessions · {in_person} in person</source>
            <translation>{sessions} · {double} Doppelstunden · {in_person} in Präsenz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {hours} · {points} accreditation points</source>
            <translation>{sessions} · {hours} · {points} Akkreditierungspunkte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>With the member’s own number {number}.</source>
            <translation>Mit der eigenen Nummer des Mitglieds: {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No professional number recorded; the certificate goes without.</source>
            <translation>Keine Berufsnummer erfasst; die Bescheinigung kommt ohne aus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>„{file}“ ({what}) gespeichert in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>What</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events</source>
            <translation>Supervision, Fortbildung und Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Add entry…</source>
            <translation>Eintrag &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events ({count})</source>
            <translation>Supervision, Fortbildung und Veranstaltungen ({count})</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Leader log — {name}</source>
            <translation>Leitungsnachweis — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{group}. For accreditation: the sessions come from the group's meeting records; add supervision, training weekends and society events yourself.</source>
            <translation>{group}. Für die Anerkennung: Die Sitzungen stammen aus den Sitzungsdaten der Gruppe; Supervision, Fortbildungswochenenden und Veranstaltungen der Gesellschaft tragen Sie selbst ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{name} is not marked as a leader. Tick “Leads the group” in their roster entry to add to the log.</source>
            <translation>{name} ist nicht als Leitung markiert. Setzen Sie in der Teilnehmerliste „Leitet die Gruppe“, um Einträge hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;CSV…</source>
            <translation>Als &amp;CSV speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Anforderungen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>What this leader has met of a leader accreditation rule</source>
            <translation>Was diese Leitung von einer Regel zur Anerkennung als Gruppenleiter/in erfüllt hat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>The period starts after it ends; choose a “from” date on or before the “to” date.</source>
            <translation>Der Zeitraum beginnt nach seinem Ende; wählen Sie ein „Von“-Datum am oder vor dem „Bis“-Datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Entry deleted.</source>
            <translation>Eintrag gelöscht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry?</source>
            <translation>Eintrag löschen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry “{kind}” of {day}? This cannot be undone.</source>
            <translation>Den Eintrag „{kind}“ vom {day} löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save the leader log</source>
            <translation>Leitungsnachweis speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-Datei (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>„{file}“ ({what}) gespeichert in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogEntryDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Edit the entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Add to the leader log</source>
            <translation>Zum Leitungsnachweis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source> hours</source>
            <translation> Std.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Optional, e.g. Leaders' weekend, Oxford</source>
            <translation>Optional, z. B. Leitungswochenende, Ulm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;What</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>A few words on what it was. Never a patient's name, age or details: the log is kept in the group's shared database.</source>
            <translation>Ein paar Worte dazu, was es war. Nie Name, Alter oder Angaben zu Patienten: Der Nachweis liegt in der gemeinsamen Datenbank der Gruppe.</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>The period starts after it ends; choose a “to” date on or after {day}.</source>
            <translation>Der Zeitraum beginnt nach seinem Ende; wählen Sie ein „Bis“-Datum ab dem {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Nothing to show for this period.</source>
            <translation>Für diesen Zeitraum gibt es nichts anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Every group, and every member with the sessions and hours they attended in the period, checked against the programme’s attendance rule.</source>
            <translation>Jede Gruppe und jeder Teilnehmer mit den Sitzungen und Stunden im Zeitraum, geprüft an der Teilnahmeregel des Programms.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Leaders</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Next meeting</source>
            <translation>Nächste Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Groups, their leaders and next meetings</source>
            <translation>Gruppen, ihre Leitung und nächsten Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Member</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Role</source>
            <translation>Beruf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Still missing</source>
            <translation>Es fehlt noch</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members, their sessions and hours, and the rule</source>
            <translation>Teilnehmer, ihre Sitzungen und Stunden und die Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Export CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Regel wählen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n Teilnehmer</numerusform>
                <numerusform>%n Teilnehmer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{groups} · {members}</source>
            <translation>{groups} · {members}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{groups} · {members} · {met} meet the rule</source>
            <translation>{groups} · {members} · {met} erfüllen die Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none planned</source>
            <translation>keine geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{name} (archived)</source>
            <translation>{name} (archiviert)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>no rule</source>
            <translation>keine Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme {start} to {end}.csv</source>
            <translation>Programm {start} bis {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>„{file}“ ({what}) in {folder} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Requirements — {name}</source>
            <translation>Anforderungen — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>What {name} has attended or led, as the group’s meeting records and the leader log show it, checked against the rule they work toward.</source>
            <translation>Was {name} besucht oder geleitet hat, laut den Sitzungsaufzeichnungen der Gruppe und dem Leitungsnachweis, geprüft an der Regel, auf die hingearbeitet wird.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Until</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Regel wählen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Sources: {sources}</source>
            <translation>Quellen: {sources}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose the rule {name} works toward.</source>
            <translation>Wählen Sie die Regel, auf die {name} hinarbeitet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>There are no rules yet.</source>
            <translation>Es gibt noch keine Regeln.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>All %n condition(s) met</source>
            <translation>
                <numerusform>Die Bedingung ist erfüllt</numerusform>
                <numerusform>Alle %n Bedingungen erfüllt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>{met} of %n condition(s) met</source>
            <translation>
                <numerusform>{met} von %n Bedingung erfüllt</numerusform>
                <numerusform>{met} von %n Bedingungen erfüllt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Die Regeldatei {path} kann nicht gelesen werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SessionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Co-leader</source>
            <translation>Co-Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions</source>
            <translation>Gruppensitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions ({count})</source>
            <translation>Gruppensitzungen ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>%n not timed: counted at their planned length.</source>
            <translation>
                <numerusform>%n ohne Zeitmessung: mit geplanter Dauer gezählt.</numerusform>
                <numerusform>%n ohne Zeitmessung: mit geplanter Dauer gezählt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>How the time went</source>
            <translation>Wie die Zeit verlief</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Difference</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Stopped for</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Each phase, planned and actual</source>
            <translation>Jede Phase, geplant und tatsächlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Save as CSV…</source>
            <translation>Als CSV speichern…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Meeting:</source>
            <translation>Sitzung:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>No meeting of this group has been timed yet.</source>
            <translation>Noch keine Sitzung dieser Gruppe wurde mit dem Timer gemessen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Run a meeting with the Timer page: how long each phase took is kept with the meeting, and shown here.</source>
            <translation>Führen Sie eine Sitzung mit der Seite „Timer“: Die Dauer jeder Phase wird mit der Sitzung gespeichert und hier gezeigt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>{minutes:1} min</source>
            <translation>{minutes:1} Min.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>on time</source>
            <translation>pünktlich</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>+{minutes:1} min over</source>
            <translation>+{minutes:1} Min. länger</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>−{minutes:1} min under</source>
            <translation>−{minutes:1} Min. kürzer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>cannot tell</source>
            <translation>unklar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>In all: planned {planned}, took {actual} ({difference}).</source>
            <translation>Insgesamt: geplant {planned}, gedauert {actual} ({difference}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} and stood still for {stopped}.</source>
            <translation>Der Timer lief von {start} bis {end} und stand {stopped} still.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} without stopping.</source>
            <translation>Der Timer lief ohne Halt von {start} bis {end}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n Phase übersprungen.</numerusform>
                <numerusform>%n Phasen übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>This meeting’s timer did not run to its end; the figures are what was saved.</source>
            <translation>Der Timer dieser Sitzung lief nicht bis zum Ende; die Zahlen sind der zuletzt gespeicherte Stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>“Stopped for” is the time between a phase’s start and its end that the timer did not count: a pause, or a phase restarted. A phase the group went back to includes the phases between, so its pauses cannot be told apart.</source>
            <translation>„Angehalten“ ist die Zeit zwischen Beginn und Ende einer Phase, die der Timer nicht gezählt hat: eine Pause oder ein Neustart der Phase. Bei einer erneut aufgerufenen Phase liegen die Phasen dazwischen mit darin; ihre Pausen lassen sich nicht trennen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Saved “{file}” in {folder}.</source>
            <translation>„{file}“ in {folder} gespeichert.</translation>
        </message>
    </context>
</TS>
