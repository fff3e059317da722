<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{group} attendance {start} to {end}.csv</source>
            <translation>{group} presenze dal {start} al {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Attendance of {group}</source>
            <translation>Presenze – {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Every meeting held in the period, one row per member: present, apologies, absent or not recorded, who presented and who led. Opens in any spreadsheet.</source>
            <translation>Ogni incontro svolto nel periodo, una riga per membro: presente, giustificato, assente o non registrato, chi ha presentato e chi ha condotto. Si apre in qualsiasi foglio di calcolo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Save CSV…</source>
            <translation>Salva CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>No meetings held in this period</source>
            <translation>Nessun incontro svolto in questo periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Only meetings recorded as held are listed; the file would be empty.</source>
            <translation>Sono elencati solo gli incontri registrati come svolti; il file sarebbe vuoto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n riga</numerusform>
                <numerusform>%n righe</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>From {first} to {last}.</source>
            <translation>Dal {first} al {last}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation>
                <numerusform>%n riga indica «non registrato»: nessuno ha registrato quel membro quel giorno.</numerusform>
                <numerusform>%n righe indicano «non registrato»: nessuno ha registrato quel membro quel giorno.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>«{file}» ({what}) salvato in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>✓ Met</source>
            <translation>✓ Soddisfatta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>○ Not yet</source>
            <translation>○ Non ancora</translation>
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>UK CPD record</source>
            <translation>Registro CPD britannico</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German Teilnahmebescheinigung</source>
            <translation>Attestato tedesco (Teilnahmebescheinigung)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch accreditation certificate</source>
            <translation>Attestato di accreditamento olandese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside the credits: what you took from the group.</source>
            <translation>Il RCGP conta un’ora di formazione come un credito ECM. I valutatori si aspettano accanto ai crediti una breve nota di riflessione: cosa si è tratto dal gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German certificate for {name}</source>
            <translation>Attestato tedesco per {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A Teilnahmebescheinigung in German, whatever the window’s language: each session’s double sessions (90 minutes) and mode, the totals and the rule it counts toward, with a line for the leader’s signature.</source>
            <translation>Una Teilnahmebescheinigung in tedesco, qualunque sia la lingua della finestra: sessioni doppie (90 minuti) e modalità di ogni incontro, i totali e la regola per cui vale, con una riga per la firma del conduttore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch certificate for {name}</source>
            <translation>Attestato olandese per {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A certificate in Dutch: each session’s hours and the accreditation points at one point per hour, as Balint Nederland states, with the BIG number when recorded.</source>
            <translation>Un attestato in olandese: le ore di ogni incontro e i punti di accreditamento a un punto all’ora, come indica Balint Nederland, con il numero BIG se registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>CPD record for {name}</source>
            <translation>Attestato ECM per {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The Balint meetings {name} attended in the period, with each meeting’s length and their part, for appraisal and revalidation. No case is mentioned.</source>
            <translation>Gli incontri Balint a cui {name} ha partecipato nel periodo, con durata e ruolo, per la valutazione e la ricertificazione. Nessun caso viene citato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Save PDF…</source>
            <translation>Salva PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No meetings attended in this period</source>
            <translation>Nessun incontro frequentato in questo periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Only meetings recorded as held, with {name} marked present, count.</source>
            <translation>Contano solo gli incontri svolti in cui {name} risulta presente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{meetings} · {hours} · {credits} CPD credits</source>
            <translation>{meetings} · {hours} · {credits} crediti ECM</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>every length as the phase timer recorded it</source>
            <translation>ogni durata misurata dal timer delle fasi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>planned lengths (the timer was not run)</source>
            <translation>durate previste (il timer non è stato avviato)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{timed} timed, {planned} at their planned length</source>
            <translation>{timed} cronometrati, {planned} con la durata prevista</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No sessions attended in this period</source>
            <translation>Nessun incontro frequentato in questo periodo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {double} double sessions · {in_person} in person</source>
            <translation>{sessions} · {double} sessioni doppie · {in_person} in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {hours} · {points} accreditation points</source>
            <translation>{sessions} · {hours} · {points} punti di accreditamento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>With the member’s own number {number}.</source>
            <translation>Con il numero del membro: {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No professional number recorded; the certificate goes without.</source>
            <translation>Nessun numero professionale registrato; l’attestato ne è privo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>«{file}» ({what}) salvato in {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>What</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events</source>
            <translation>Supervisione, formazione ed eventi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Add entry…</source>
            <translation>&amp;Aggiungi voce…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>De&amp;lete</source>
            <translation>E&amp;limina</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events ({count})</source>
            <translation>Supervisione, formazione ed eventi ({count})</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Leader log — {name}</source>
            <translation>Registro del conduttore — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{group}. For accreditation: the sessions come from the group's meeting records; add supervision, training weekends and society events yourself.</source>
            <translation>{group}. Per l’accreditamento: gli incontri provengono dai registri del gruppo; supervisioni, weekend di formazione ed eventi della società vanno aggiunti a mano.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{name} is not marked as a leader. Tick “Leads the group” in their roster entry to add to the log.</source>
            <translation>{name} non è indicato come conduttore. Selezionare «Conduce il gruppo» nella sua scheda dell’elenco dei membri per aggiungere voci.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Salva come &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;CSV…</source>
            <translation>Salva come &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Requisiti…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>What this leader has met of a leader accreditation rule</source>
            <translation>Quanto questo conduttore ha soddisfatto di una regola di accreditamento dei conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>The period starts after it ends; choose a “from” date on or before the “to” date.</source>
            <translation>Il periodo inizia dopo la fine; scegliere una data «dal» uguale o precedente alla data «al».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Entry deleted.</source>
            <translation>Voce eliminata.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry?</source>
            <translation>Eliminare la voce?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry “{kind}” of {day}? This cannot be undone.</source>
            <translation>Eliminare la voce «{kind}» del {day}? L’operazione non si può annullare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Keep it</source>
            <translation>Mantieni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save the leader log</source>
            <translation>Salva il registro del conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV file (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
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
            <translation>«{file}» ({what}) salvato in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogEntryDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Edit the entry</source>
            <translation>Modifica la voce</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Add to the leader log</source>
            <translation>Aggiungi al registro del conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source> hours</source>
            <translation> ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Optional, e.g. Leaders' weekend, Oxford</source>
            <translation>Facoltativo, ad es. weekend dei conduttori, Bologna</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;What</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>A few words on what it was. Never a patient's name, age or details: the log is kept in the group's shared database.</source>
            <translation>Poche parole su cosa è stato. Mai nome, età o dettagli di un paziente: il registro è conservato nel database condiviso del gruppo.</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>The period starts after it ends; choose a “to” date on or after {day}.</source>
            <translation>Il periodo inizia dopo la fine; scegliere una data «al» dal {day} in poi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Nothing to show for this period.</source>
            <translation>Nulla da mostrare per questo periodo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
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
            <translation>Ogni gruppo, e ogni partecipante con gli incontri e le ore frequentati nel periodo, rispetto alla regola di presenza del programma.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Leaders</source>
            <translation>Conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Next meeting</source>
            <translation>Prossimo incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Groups, their leaders and next meetings</source>
            <translation>Gruppi, i loro conduttori e prossimi incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Member</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Role</source>
            <translation>Professione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Rule</source>
            <translation>Regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Still missing</source>
            <translation>Manca ancora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members, their sessions and hours, and the rule</source>
            <translation>Partecipanti, i loro incontri e ore, e la regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Export CSV…</source>
            <translation>Esporta CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Scegliere una regola…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n gruppo</numerusform>
                <numerusform>%n gruppi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n partecipante</numerusform>
                <numerusform>%n partecipanti</numerusform>
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
            <translation>{groups} · {members} · {met} soddisfano la regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none planned</source>
            <translation>nessuno previsto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{name} (archived)</source>
            <translation>{name} (archiviato)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>no rule</source>
            <translation>nessuna regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>met</source>
            <translation>soddisfatta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>not yet</source>
            <translation>non ancora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme {start} to {end}.csv</source>
            <translation>Programma {start} – {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>«{file}» ({what}) salvato in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Requirements — {name}</source>
            <translation>Requisiti — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>What {name} has attended or led, as the group’s meeting records and the leader log show it, checked against the rule they work toward.</source>
            <translation>Quanto {name} ha frequentato o condotto, secondo i registri degli incontri del gruppo e il registro del conduttore, verificato rispetto alla regola a cui mira.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Until</source>
            <translation>&amp;Fino al</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Scegliere una regola…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Sources: {sources}</source>
            <translation>Fonti: {sources}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose the rule {name} works toward.</source>
            <translation>Scegliere la regola a cui mira {name}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>There are no rules yet.</source>
            <translation>Non ci sono ancora regole.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>All %n condition(s) met</source>
            <translation>
                <numerusform>La condizione è soddisfatta</numerusform>
                <numerusform>Tutte le %n condizioni soddisfatte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>{met} of %n condition(s) met</source>
            <translation>
                <numerusform>Condizioni soddisfatte: {met} su %n</numerusform>
                <numerusform>Condizioni soddisfatte: {met} su %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Il file di regola {path} non può essere letto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SessionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Co-leader</source>
            <translation>Co-conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions</source>
            <translation>Incontri di gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions ({count})</source>
            <translation>Incontri di gruppo ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>%n not timed: counted at their planned length.</source>
            <translation>
                <numerusform>%n non cronometrato: conteggiato con la durata prevista.</numerusform>
                <numerusform>%n non cronometrati: conteggiati con la durata prevista.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>How the time went</source>
            <translation>Come è andato il tempo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Actual</source>
            <translation>Effettivo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Difference</source>
            <translation>Differenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Stopped for</source>
            <translation>Fermo per</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Each phase, planned and actual</source>
            <translation>Ogni fase, prevista ed effettiva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Save as CSV…</source>
            <translation>Salva come CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Meeting:</source>
            <translation>Incontro:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>No meeting of this group has been timed yet.</source>
            <translation>Nessun incontro di questo gruppo è ancora stato cronometrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Run a meeting with the Timer page: how long each phase took is kept with the meeting, and shown here.</source>
            <translation>Condurre un incontro con la pagina Timer: la durata di ogni fase viene conservata con l’incontro e mostrata qui.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>{minutes:1} min</source>
            <translation>{minutes:1} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>skipped</source>
            <translation>saltata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>on time</source>
            <translation>in orario</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>+{minutes:1} min over</source>
            <translation>+{minutes:1} min in più</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>−{minutes:1} min under</source>
            <translation>−{minutes:1} min in meno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>cannot tell</source>
            <translation>non noto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>In all: planned {planned}, took {actual} ({difference}).</source>
            <translation>In totale: previsto {planned}, effettivo {actual} ({difference}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} and stood still for {stopped}.</source>
            <translation>Il timer ha funzionato dalle {start} alle {end} ed è rimasto fermo per {stopped}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} without stopping.</source>
            <translation>Il timer ha funzionato senza fermarsi dalle {start} alle {end}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n fase saltata.</numerusform>
                <numerusform>%n fasi saltate.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>This meeting’s timer did not run to its end; the figures are what was saved.</source>
            <translation>Il timer di questo incontro non è arrivato alla fine; i dati sono quelli salvati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>“Stopped for” is the time between a phase’s start and its end that the timer did not count: a pause, or a phase restarted. A phase the group went back to includes the phases between, so its pauses cannot be told apart.</source>
            <translation>«Fermo per» è il tempo tra l’inizio e la fine di una fase che il timer non ha contato: una pausa o una fase ricominciata. Una fase ripresa dal gruppo include le fasi intermedie, quindi le sue pause non si possono distinguere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Saved “{file}” in {folder}.</source>
            <translation>«{file}» salvato in {folder}.</translation>
        </message>
    </context>
</TS>
