<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{group} attendance {start} to {end}.csv</source>
            <translation>{group} aanwezigheid {start} tot {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Attendance of {group}</source>
            <translation>Aanwezigheid – {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Every meeting held in the period, one row per member: present, apologies, absent or not recorded, who presented and who led. Opens in any spreadsheet.</source>
            <translation>Elke gehouden bijeenkomst in de periode, één rij per deelnemer: aanwezig, afgemeld, afwezig of niet geregistreerd, wie inbracht en wie begeleidde. Opent in elk spreadsheetprogramma.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Save CSV…</source>
            <translation>CSV opslaan…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>No meetings held in this period</source>
            <translation>Geen bijeenkomsten gehouden in deze periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Only meetings recorded as held are listed; the file would be empty.</source>
            <translation>Alleen bijeenkomsten die als gehouden zijn geregistreerd, worden vermeld; het bestand zou leeg zijn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rij</numerusform>
                <numerusform>%n rijen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>From {first} to {last}.</source>
            <translation>Van {first} tot {last}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation>
                <numerusform>%n rij zegt ‘niet geregistreerd’: niemand heeft die deelnemer die dag geregistreerd.</numerusform>
                <numerusform>%n rijen zeggen ‘niet geregistreerd’: niemand heeft die deelnemer die dag geregistreerd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>‘{file}’ ({what}) opgeslagen in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>✓ Met</source>
            <translation>✓ Voldaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>○ Not yet</source>
            <translation>○ Nog niet</translation>
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>UK CPD record</source>
            <translation>Brits CPD-overzicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German Teilnahmebescheinigung</source>
            <translation>Duitse Teilnahmebescheinigung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch accreditation certificate</source>
            <translation>Nederlands accreditatiebewijs</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside the credits: what you took from the group.</source>
            <translation>Het RCGP telt één uur leren als één accreditatiepunt. Beoordelaars verwachten bij de punten een korte reflectie: wat u uit de groep hebt meegenomen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German certificate for {name}</source>
            <translation>Duits bewijs voor {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A Teilnahmebescheinigung in German, whatever the window’s language: each session’s double sessions (90 minutes) and mode, the totals and the rule it counts toward, with a line for the leader’s signature.</source>
            <translation>Een Teilnahmebescheinigung in het Duits, in welke taal het venster ook staat: per bijeenkomst de dubbele sessies (90 minuten) en de vorm, de totalen en de regel waarvoor ze meetelt, met een regel voor de handtekening van de begeleider.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch certificate for {name}</source>
            <translation>Nederlands bewijs voor {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A certificate in Dutch: each session’s hours and the accreditation points at one point per hour, as Balint Nederland states, with the BIG number when recorded.</source>
            <translation>Een bewijs in het Nederlands: de uren per bijeenkomst en de accreditatiepunten à 1 punt per uur, zoals Balint Nederland aangeeft, met het BIG-nummer als dat is vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>CPD record for {name}</source>
            <translation>Nascholingsoverzicht voor {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The Balint meetings {name} attended in the period, with each meeting’s length and their part, for appraisal and revalidation. No case is mentioned.</source>
            <translation>De Balintbijeenkomsten die {name} in de periode bijwoonde, met duur en rol, voor beoordeling en herregistratie. Er wordt geen casus genoemd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Save PDF…</source>
            <translation>PDF opslaan…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No meetings attended in this period</source>
            <translation>Geen bijeenkomsten bijgewoond in deze periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Only meetings recorded as held, with {name} marked present, count.</source>
            <translation>Alleen gehouden bijeenkomsten waarbij {name} als aanwezig is geregistreerd, tellen mee.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{meetings} · {hours} · {credits} CPD credits</source>
            <translation>{meetings} · {hours} · {credits} accreditatiepunten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>every length as the phase timer recorded it</source>
            <translation>elke duur zoals de fasetimer die mat</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>planned lengths (the timer was not run)</source>
            <translation>geplande duur (de timer liep niet)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{timed} timed, {planned} at their planned length</source>
            <translation>{timed} gemeten, {planned} met geplande duur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No sessions attended in this period</source>
            <translation>Geen bijeenkomsten bijgewoond in deze periode</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {double} double sessions · {in_person} in person</source>
            <translation>{sessions} · {double} dubbele sessies · {in_person} fysiek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {hours} · {points} accreditation points</source>
            <translation>{sessions} · {hours} · {points} accreditatiepunten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>With the member’s own number {number}.</source>
            <translation>Met het eigen nummer van de deelnemer: {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No professional number recorded; the certificate goes without.</source>
            <translation>Geen beroepsnummer vastgelegd; het bewijs gaat zonder.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>‘{file}’ ({what}) opgeslagen in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
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
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events</source>
            <translation>Supervisie, training en activiteiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Add entry…</source>
            <translation>Item &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bewerken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>De&amp;lete</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events ({count})</source>
            <translation>Supervisie, training en activiteiten ({count})</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Leader log — {name}</source>
            <translation>Begeleiderslogboek — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{group}. For accreditation: the sessions come from the group's meeting records; add supervision, training weekends and society events yourself.</source>
            <translation>{group}. Voor accreditatie: de bijeenkomsten komen uit de gegevens van de groep; supervisie, trainingsweekenden en verenigingsbijeenkomsten voegt u zelf toe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{name} is not marked as a leader. Tick “Leads the group” in their roster entry to add to the log.</source>
            <translation>{name} is niet als begeleider gemarkeerd. Vink ‘Begeleidt de groep’ aan in de ledenlijst om items toe te voegen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Opslaan als &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;CSV…</source>
            <translation>Opslaan als &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Re&amp;quirements…</source>
            <translation>Ve&amp;reisten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>What this leader has met of a leader accreditation rule</source>
            <translation>Wat deze begeleider heeft voldaan van een accreditatieregel voor begeleiders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>The period starts after it ends; choose a “from” date on or before the “to” date.</source>
            <translation>De periode begint na het einde; kies een ‘van’-datum op of vóór de ‘tot’-datum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Entry deleted.</source>
            <translation>Item verwijderd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry?</source>
            <translation>Item verwijderen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry “{kind}” of {day}? This cannot be undone.</source>
            <translation>Het item ‘{kind}’ van {day} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Keep it</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save the leader log</source>
            <translation>Begeleiderslogboek opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-bestand (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-document (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
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
            <translation>‘{file}’ ({what}) opgeslagen in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogEntryDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Edit the entry</source>
            <translation>Item bewerken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Add to the leader log</source>
            <translation>Toevoegen aan het begeleiderslogboek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source> hours</source>
            <translation> uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Optional, e.g. Leaders' weekend, Oxford</source>
            <translation>Optioneel, bijv. begeleidersweekend, Utrecht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;What</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>A few words on what it was. Never a patient's name, age or details: the log is kept in the group's shared database.</source>
            <translation>Een paar woorden over wat het was. Nooit naam, leeftijd of gegevens van een patiënt: het logboek staat in de gedeelde database van de groep.</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>The period starts after it ends; choose a “to” date on or after {day}.</source>
            <translation>De periode begint na het einde; kies een ‘tot’-datum op of na {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Nothing to show for this period.</source>
            <translation>Niets te tonen voor deze periode.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Every group, and every member with the sessions and hours they attended in the period, checked against the programme’s attendance rule.</source>
            <translation>Elke groep, en elke deelnemer met de bijeenkomsten en uren in de periode, getoetst aan de aanwezigheidsregel van het programma.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Leaders</source>
            <translation>Begeleiders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Next meeting</source>
            <translation>Volgende bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Groups, their leaders and next meetings</source>
            <translation>Groepen, hun begeleiders en volgende bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Role</source>
            <translation>Beroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Sessions</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Still missing</source>
            <translation>Ontbreekt nog</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members, their sessions and hours, and the rule</source>
            <translation>Deelnemers, hun bijeenkomsten en uren, en de regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Export CSV…</source>
            <translation>Exporteren als CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Kies een regel…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groep</numerusform>
                <numerusform>%n groepen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
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
            <translation>{groups} · {members} · {met} voldoen aan de regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none planned</source>
            <translation>geen gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{name} (archived)</source>
            <translation>{name} (gearchiveerd)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>no rule</source>
            <translation>geen regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>met</source>
            <translation>voldaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme {start} to {end}.csv</source>
            <translation>Programma {start} tot {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>‘{file}’ ({what}) opgeslagen in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Requirements — {name}</source>
            <translation>Vereisten — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>What {name} has attended or led, as the group’s meeting records and the leader log show it, checked against the rule they work toward.</source>
            <translation>Wat {name} heeft bijgewoond of begeleid, volgens de bijeenkomsten van de groep en het begeleiderslogboek, getoetst aan de regel waar naartoe wordt gewerkt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Until</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Kies een regel…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Sources: {sources}</source>
            <translation>Bronnen: {sources}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose the rule {name} works toward.</source>
            <translation>Kies de regel waar {name} naartoe werkt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>There are no rules yet.</source>
            <translation>Er zijn nog geen regels.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>All %n condition(s) met</source>
            <translation>
                <numerusform>Aan de voorwaarde is voldaan</numerusform>
                <numerusform>Aan alle %n voorwaarden is voldaan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>{met} of %n condition(s) met</source>
            <translation>
                <numerusform>Aan {met} van %n voorwaarde voldaan</numerusform>
                <numerusform>Aan {met} van %n voorwaarden voldaan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Het regelbestand {path} kan niet worden gelezen: {reason}</translation>
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
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Co-leader</source>
            <translation>Cobegeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions</source>
            <translation>Groepsbijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions ({count})</source>
            <translation>Groepsbijeenkomsten ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>%n not timed: counted at their planned length.</source>
            <translation>
                <numerusform>%n niet getimed: geteld met de geplande duur.</numerusform>
                <numerusform>%n niet getimed: geteld met de geplande duur.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>How the time went</source>
            <translation>Hoe de tijd verliep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Actual</source>
            <translation>Werkelijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Difference</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Stopped for</source>
            <translation>Stilgestaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Each phase, planned and actual</source>
            <translation>Elke fase, gepland en werkelijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Save as CSV…</source>
            <translation>Opslaan als CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Meeting:</source>
            <translation>Bijeenkomst:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>No meeting of this group has been timed yet.</source>
            <translation>Nog geen bijeenkomst van deze groep is getimed.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Run a meeting with the Timer page: how long each phase took is kept with the meeting, and shown here.</source>
            <translation>Leid een bijeenkomst met de pagina Timer: hoe lang elke fase duurde, wordt bij de bijeenkomst bewaard en hier getoond.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>{minutes:1} min</source>
            <translation>{minutes:1} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>skipped</source>
            <translation>overgeslagen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>on time</source>
            <translation>op tijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>+{minutes:1} min over</source>
            <translation>+{minutes:1} min langer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>−{minutes:1} min under</source>
            <translation>−{minutes:1} min korter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>cannot tell</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>In all: planned {planned}, took {actual} ({difference}).</source>
            <translation>In totaal: gepland {planned}, geduurd {actual} ({difference}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} and stood still for {stopped}.</source>
            <translation>De timer liep van {start} tot {end} en stond {stopped} stil.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} without stopping.</source>
            <translation>De timer liep zonder stoppen van {start} tot {end}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n fase overgeslagen.</numerusform>
                <numerusform>%n fasen overgeslagen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>This meeting’s timer did not run to its end; the figures are what was saved.</source>
            <translation>De timer van deze bijeenkomst liep niet tot het einde; de cijfers zijn wat is opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>“Stopped for” is the time between a phase’s start and its end that the timer did not count: a pause, or a phase restarted. A phase the group went back to includes the phases between, so its pauses cannot be told apart.</source>
            <translation>‘Stilgestaan’ is de tijd tussen begin en einde van een fase die de timer niet telde: een pauze of een opnieuw gestarte fase. Een fase waarnaar de groep terugging, omvat de fasen ertussen; de pauzes ervan zijn dus niet te onderscheiden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Saved “{file}” in {folder}.</source>
            <translation>‘{file}’ opgeslagen in {folder}.</translation>
        </message>
    </context>
</TS>
