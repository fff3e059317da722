<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>{group} Balint group.ics</source>
            <translation>{group} gruppo Balint.ics</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>Cancelled: {summary}</source>
            <translation>Annullato: {summary}</translation>
        </message>
    </context>
    <context>
        <name>CertificateNl</name>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>BIG number</source>
            <translation>Numero BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint group</source>
            <translation>Gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Group leaders</source>
            <translation>Conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Certificate of attendance — accreditation</source>
            <translation>Attestato di partecipazione — accreditamento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions attended</source>
            <translation>Incontri frequentati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No sessions attended in this period.</source>
            <translation>Nessun incontro frequentato in questo periodo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Points per hour</source>
            <translation>Punti all’ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Accreditation points</source>
            <translation>Punti di accreditamento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint Nederland states that its Balint groups are accredited for one point per hour (KNMG); the group's leader registers attendance in GAIA. Lengths are those the meeting's timer measured, else the planned length.</source>
            <translation>Secondo Balint Nederland i suoi gruppi Balint sono accreditati per un punto all’ora (KNMG); il conduttore registra le presenze in GAIA. Le durate sono quelle misurate dal timer, altrimenti quelle previste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>{title} — {name}</source>
            <translation>{title} — {name}</translation>
        </message>
    </context>
    <context>
        <name>CertificatePdf</name>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>in person</source>
            <translation>in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>hybrid, not recorded</source>
            <translation>ibrido, non registrato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name}, recognised by {recognition}</source>
            <translation>{name}, riconosciuto da {recognition}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name} (recognition not recorded)</source>
            <translation>{name} (riconoscimento non registrato)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>not recorded</source>
            <translation>non registrato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Place, date</source>
            <translation>Luogo, data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Signature of the group leader</source>
            <translation>Firma del conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Name of the group leader</source>
            <translation>Nome del conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>(planned)</source>
            <translation>(prevista)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No rule was chosen for this participant.</source>
            <translation>Nessuna regola scelta per questo partecipante.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{rule} (not assessed)</source>
            <translation>{rule} (non valutata)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Met on {day}.</source>
            <translation>Soddisfatta al {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Not yet met on {day}. Still missing:</source>
            <translation>Non ancora soddisfatta al {day}. Mancano ancora:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance {name} {date}.pdf</source>
            <translation>Attestato di partecipazione {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance</source>
            <translation>Attestato di partecipazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>EFN</source>
            <translation>EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group</source>
            <translation>Gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Group leaders</source>
            <translation>Conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Event number (VNR)</source>
            <translation>Numero evento (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group work</source>
            <translation>Lavoro in gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions attended</source>
            <translation>Incontri frequentati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions</source>
            <translation>Sessioni doppie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No sessions attended in this period.</source>
            <translation>Nessun incontro frequentato in questo periodo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions (90 minutes each)</source>
            <translation>Sessioni doppie (90 minuti ciascuna)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>of which in person</source>
            <translation>di cui in presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{count} double sessions</source>
            <translation>{count} sessioni doppie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>One double session is 90 minutes. Lengths are those the meeting’s timer measured; “planned” marks a session that was not timed, counted at its planned length.</source>
            <translation>Una sessione doppia dura 90 minuti. Le durate sono quelle misurate dal timer dell’incontro; «prevista» indica un incontro non cronometrato, contato per la durata prevista.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Counts toward</source>
            <translation>Valido per</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{title} · {name}, continued</source>
            <translation>{title} · {name}, continua</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{title} — {name}</source>
            <translation>{title} — {name}</translation>
        </message>
    </context>
    <context>
        <name>CpdPdf</name>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Balint group attendance — CPD record</source>
            <translation>Partecipazione al gruppo Balint — attestato ECM</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>A Balint group is a small group of clinicians who meet regularly with trained leaders to reflect on the doctor–patient relationship through cases presented by members. Discussions are confidential; no patient details are recorded.</source>
            <translation>Un gruppo Balint è un piccolo gruppo di clinici che si incontra regolarmente con conduttori formati per riflettere sulla relazione medico–paziente a partire dai casi presentati dai partecipanti. Le discussioni sono riservate; nessun dato dei pazienti viene registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside these credits: what you took from the group and how it affects your work with patients.</source>
            <translation>Il RCGP conta un’ora di formazione come un credito ECM. I valutatori si aspettano accanto a questi crediti una breve nota di riflessione: cosa si è tratto dal gruppo e come incide sul lavoro con i pazienti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length is the time the meeting’s phase timer recorded; “planned” marks a meeting that was not timed, shown with its planned length.</source>
            <translation>La durata è il tempo misurato dal timer delle fasi; «prevista» indica un incontro non cronometrato, riportato con la durata prevista.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leader’s signature</source>
            <translation>Firma del conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD record {name} {date}.pdf</source>
            <translation>Attestato ECM {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>(planned)</source>
            <translation>(prevista)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{part}, online</source>
            <translation>{part}, online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>not recorded</source>
            <translation>non registrati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Member</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leaders</source>
            <translation>Conduttori</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Meetings attended</source>
            <translation>Incontri frequentati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Part</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>No meetings attended in this period.</source>
            <translation>Nessun incontro frequentato in questo periodo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Total time</source>
            <translation>Tempo totale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD credits</source>
            <translation>Crediti ECM</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Totals</source>
            <translation>Totali</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{title} — {name}</source>
            <translation>{title} — {name}</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogPdf</name>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Balint leader log</source>
            <translation>Registro del conduttore Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>A record of the Balint groups this leader attended and led, and of their supervision, training and Balint society events, kept for accreditation. Sessions come from the group's meeting records; the other entries were added by the leader. No patient details are recorded.</source>
            <translation>Un registro dei gruppi Balint frequentati e condotti da questo conduttore, e di supervisioni, formazione ed eventi della società Balint, tenuto per l’accreditamento. Gli incontri provengono dai registri del gruppo; le altre voci sono state aggiunte dal conduttore. Nessun dato dei pazienti viene registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours are the time the meeting's phase timer recorded; “planned” marks a meeting that was not timed, counted at its planned length.</source>
            <translation>Le ore sono il tempo misurato dal timer delle fasi; «prevista» indica un incontro non cronometrato, conteggiato con la durata prevista.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Signed</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Name and role</source>
            <translation>Nome e ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader log {name} {date}</source>
            <translation>Registro del conduttore {name} {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n voce</numerusform>
                <numerusform>%n voci</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Count</source>
            <translation>Numero</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours</source>
            <translation>Ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>(planned)</source>
            <translation>(prevista)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader</source>
            <translation>Conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group sessions</source>
            <translation>Incontri di gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Co-leader</source>
            <translation>Co-conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>No group sessions in this period.</source>
            <translation>Nessun incontro di gruppo in questo periodo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Supervision, training and events</source>
            <translation>Supervisione, formazione ed eventi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>None added for this period.</source>
            <translation>Nulla di aggiunto per questo periodo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>{title} — {name}</source>
            <translation>{title} — {name}</translation>
        </message>
    </context>
    <context>
        <name>NotesPdf</name>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created} · last changed {updated}</source>
            <translation>Scritta il {created} · ultima modifica il {updated}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created}</source>
            <translation>Scritta il {created}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Meeting of {day:long}</source>
            <translation>Incontro di {day:long}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Tags: {tags}</source>
            <translation>Etichette: {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n note</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Exported {day:long} for appraisal · {count}</source>
            <translation>Esportato {day:long} per la valutazione · {count}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Reflective notes — {author}</source>
            <translation>Note di riflessione — {author}</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf.py" />
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} di {pages}</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Printed {day} from BalintDesk.</source>
            <translation>Stampato il {day} da BalintDesk.</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>1 hour</source>
            <translation>1 ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} hours</source>
            <translation>{hours} ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>led</source>
            <translation>condotto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>co-led</source>
            <translation>co-condotto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>presented</source>
            <translation>caso presentato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>took part</source>
            <translation>partecipato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Member</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Led</source>
            <translation>Condotto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Co-led</source>
            <translation>Co-condotto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Supervision</source>
            <translation>Supervisione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Training</source>
            <translation>Formazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society event</source>
            <translation>Evento della società</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Attended as a member</source>
            <translation>Presente come partecipante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society events</source>
            <translation>Eventi della società</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
    </context>
    <context>
        <name>RotaPdf</name>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Presenting</source>
            <translation>Presenta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Reserve</source>
            <translation>Riserva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group</source>
            <translation>Gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Rota {group} {date}.pdf</source>
            <translation>Turni {group} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled — {reason}</source>
            <translation>Annullato — {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>To be agreed</source>
            <translation>Da concordare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota</source>
            <translation>Turni del gruppo Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Printed {day}</source>
            <translation>Stampato il {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>No meetings are planned.</source>
            <translation>Non ci sono incontri in programma.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>{group} · Balint group rota, continued</source>
            <translation>{group} · Turni del gruppo Balint, continua</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota — {group}</source>
            <translation>Turni del gruppo Balint — {group}</translation>
        </message>
    </context>
</TS>
