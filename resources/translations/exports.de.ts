<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>{group} Balint group.ics</source>
            <translation>{group} Balintgruppe.ics</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>Cancelled: {summary}</source>
            <translation>Abgesagt: {summary}</translation>
        </message>
    </context>
    <context>
        <name>CertificateNl</name>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Participant</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>BIG number</source>
            <translation>BIG-Nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint group</source>
            <translation>Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Group leaders</source>
            <translation>Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Certificate of attendance — accreditation</source>
            <translation>Teilnahmebescheinigung – Akkreditierung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions attended</source>
            <translation>Besuchte Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Mode</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No sessions attended in this period.</source>
            <translation>In diesem Zeitraum keine Sitzung besucht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Points per hour</source>
            <translation>Punkte pro Stunde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Accreditation points</source>
            <translation>Akkreditierungspunkte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint Nederland states that its Balint groups are accredited for one point per hour (KNMG); the group's leader registers attendance in GAIA. Lengths are those the meeting's timer measured, else the planned length.</source>
            <translation>Laut Balint Nederland sind ihre Balintgruppen mit einem Punkt pro Stunde akkreditiert (KNMG); die Gruppenleitung erfasst die Teilnahme in GAIA. Die Dauer ist die vom Timer gemessene, sonst die geplante.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Total</source>
            <translation>Gesamt</translation>
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
            <translation>Präsenz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>hybrid, not recorded</source>
            <translation>hybrid, nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name}, recognised by {recognition}</source>
            <translation>{name}, anerkannt durch {recognition}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name} (recognition not recorded)</source>
            <translation>{name} (Anerkennung nicht erfasst)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Place, date</source>
            <translation>Ort, Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Signature of the group leader</source>
            <translation>Unterschrift der Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Name of the group leader</source>
            <translation>Name der Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>(planned)</source>
            <translation>(geplant)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No rule was chosen for this participant.</source>
            <translation>Für diese Teilnehmerin / diesen Teilnehmer wurde keine Regel gewählt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{rule} (not assessed)</source>
            <translation>{rule} (nicht geprüft)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Met on {day}.</source>
            <translation>Erfüllt am {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Not yet met on {day}. Still missing:</source>
            <translation>Am {day} noch nicht erfüllt. Es fehlen noch:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance {name} {date}.pdf</source>
            <translation>Teilnahmebescheinigung {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance</source>
            <translation>Teilnahmebescheinigung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Participant</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>EFN</source>
            <translation>EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group</source>
            <translation>Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Group leaders</source>
            <translation>Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Event number (VNR)</source>
            <translation>Veranstaltungsnummer (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group work</source>
            <translation>Balintgruppenarbeit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions attended</source>
            <translation>Besuchte Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions</source>
            <translation>Doppelstunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Mode</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No sessions attended in this period.</source>
            <translation>In diesem Zeitraum keine Sitzung besucht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions (90 minutes each)</source>
            <translation>Doppelstunden (je 90 Minuten)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>of which in person</source>
            <translation>davon in Präsenz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{count} double sessions</source>
            <translation>{count} Doppelstunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>One double session is 90 minutes. Lengths are those the meeting’s timer measured; “planned” marks a session that was not timed, counted at its planned length.</source>
            <translation>Eine Doppelstunde umfasst 90 Minuten. Die Dauer ist die vom Timer der Sitzung gemessene; „geplant“ kennzeichnet eine Sitzung ohne Zeitmessung, gezählt mit ihrer geplanten Dauer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Counts toward</source>
            <translation>Anrechenbar auf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{title} · {name}, continued</source>
            <translation>{title} · {name}, Fortsetzung</translation>
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
            <translation>Teilnahme an der Balintgruppe — Fortbildungsnachweis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>A Balint group is a small group of clinicians who meet regularly with trained leaders to reflect on the doctor–patient relationship through cases presented by members. Discussions are confidential; no patient details are recorded.</source>
            <translation>Eine Balintgruppe ist eine kleine Gruppe von Ärztinnen, Ärzten und anderen Behandelnden, die sich regelmäßig mit ausgebildeten Gruppenleitern trifft, um anhand von Fällen der Teilnehmenden über die Arzt-Patient-Beziehung zu reflektieren. Die Gespräche sind vertraulich; es werden keine Patientendaten festgehalten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside these credits: what you took from the group and how it affects your work with patients.</source>
            <translation>Das RCGP rechnet eine Stunde Lernen als einen Fortbildungspunkt. Prüfer erwarten zu diesen Punkten eine kurze Reflexion: was Sie aus der Gruppe mitgenommen haben und wie es Ihre Arbeit mit Patienten verändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length is the time the meeting’s phase timer recorded; “planned” marks a meeting that was not timed, shown with its planned length.</source>
            <translation>Die Dauer ist die vom Phasen-Timer gemessene Zeit; „geplant“ kennzeichnet eine Sitzung ohne Zeitmessung, angegeben mit ihrer geplanten Dauer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leader’s signature</source>
            <translation>Unterschrift der Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD record {name} {date}.pdf</source>
            <translation>Fortbildungsnachweis {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>(planned)</source>
            <translation>(geplant)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{part}, online</source>
            <translation>{part}, online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Member</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leaders</source>
            <translation>Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Meetings attended</source>
            <translation>Besuchte Sitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Part</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>No meetings attended in this period.</source>
            <translation>Keine Teilnahme in diesem Zeitraum.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Total time</source>
            <translation>Gesamtdauer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD credits</source>
            <translation>Fortbildungspunkte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Totals</source>
            <translation>Summen</translation>
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
            <translation>Balint-Leitungsnachweis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>A record of the Balint groups this leader attended and led, and of their supervision, training and Balint society events, kept for accreditation. Sessions come from the group's meeting records; the other entries were added by the leader. No patient details are recorded.</source>
            <translation>Ein Nachweis der Balintgruppen, an denen diese Gruppenleitung teilgenommen und die sie geleitet hat, sowie von Supervision, Fortbildung und Veranstaltungen der Balint-Gesellschaft, geführt für die Anerkennung. Die Sitzungen stammen aus den Sitzungsdaten der Gruppe; die übrigen Einträge hat die Gruppenleitung selbst ergänzt. Es werden keine Patientendaten festgehalten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours are the time the meeting's phase timer recorded; “planned” marks a meeting that was not timed, counted at its planned length.</source>
            <translation>Die Stunden sind die vom Phasen-Timer gemessene Zeit; „geplant“ kennzeichnet eine Sitzung ohne Zeitmessung, gezählt mit ihrer geplanten Dauer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Signed</source>
            <translation>Unterschrift</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Name and role</source>
            <translation>Name und Funktion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader log {name} {date}</source>
            <translation>Leitungsnachweis {name} {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Sitzung</numerusform>
                <numerusform>%n Sitzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>(planned)</source>
            <translation>(geplant)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>{start} to {end}</source>
            <translation>{start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader</source>
            <translation>Gruppenleitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group sessions</source>
            <translation>Gruppensitzungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Co-leader</source>
            <translation>Co-Leitung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>No group sessions in this period.</source>
            <translation>Keine Gruppensitzungen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Supervision, training and events</source>
            <translation>Supervision, Fortbildung und Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>None added for this period.</source>
            <translation>Für diesen Zeitraum nichts eingetragen.</translation>
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
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created} · last changed {updated}</source>
            <translation>Geschrieben am {created} · zuletzt geändert am {updated}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created}</source>
            <translation>Geschrieben am {created}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Meeting of {day:long}</source>
            <translation>Sitzung vom {day:long}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Tags: {tags}</source>
            <translation>Schlagwörter: {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Exported {day:long} for appraisal · {count}</source>
            <translation>Exportiert am {day:long} für die Beurteilung · {count}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Reflective notes — {author}</source>
            <translation>Reflexionsnotizen – {author}</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf.py" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Printed {day} from BalintDesk.</source>
            <translation>Gedruckt am {day} aus BalintDesk.</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} hours</source>
            <translation>{hours} Stunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>led</source>
            <translation>geleitet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>co-led</source>
            <translation>co-geleitet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>presented</source>
            <translation>Fall vorgestellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>took part</source>
            <translation>teilgenommen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Member</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Led</source>
            <translation>Geleitet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Co-led</source>
            <translation>Co-geleitet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Training</source>
            <translation>Fortbildung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society event</source>
            <translation>Veranstaltung der Gesellschaft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Attended as a member</source>
            <translation>Als Teilnehmer/in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society events</source>
            <translation>Veranstaltungen der Gesellschaft</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
    </context>
    <context>
        <name>RotaPdf</name>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Presenting</source>
            <translation>Stellt vor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Reserve</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group</source>
            <translation>Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Rota {group} {date}.pdf</source>
            <translation>Plan {group} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled — {reason}</source>
            <translation>Abgesagt — {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>To be agreed</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota</source>
            <translation>Plan der Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Printed {day}</source>
            <translation>Gedruckt am {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>No meetings are planned.</source>
            <translation>Es sind keine Sitzungen geplant.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>{group} · Balint group rota, continued</source>
            <translation>{group} · Plan der Balintgruppe, Fortsetzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota — {group}</source>
            <translation>Plan der Balintgruppe — {group}</translation>
        </message>
    </context>
</TS>
