<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>{group} Balint group.ics</source>
            <translation>{group} Balintgroep.ics</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>Cancelled: {summary}</source>
            <translation>Afgezegd: {summary}</translation>
        </message>
    </context>
    <context>
        <name>CertificateNl</name>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>BIG number</source>
            <translation>BIG-nummer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>{start} to {end}</source>
            <translation>{start} tot en met {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint group</source>
            <translation>Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Group leaders</source>
            <translation>Begeleiders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Certificate of attendance — accreditation</source>
            <translation>Bewijs van deelname — accreditatie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions attended</source>
            <translation>Bijgewoonde bijeenkomsten</translation>
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
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Mode</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No sessions attended in this period.</source>
            <translation>Geen bijeenkomsten bijgewoond in deze periode.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Points per hour</source>
            <translation>Punten per uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Accreditation points</source>
            <translation>Accreditatiepunten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint Nederland states that its Balint groups are accredited for one point per hour (KNMG); the group's leader registers attendance in GAIA. Lengths are those the meeting's timer measured, else the planned length.</source>
            <translation>Volgens Balint Nederland zijn haar Balintgroepen geaccrediteerd voor 1 punt per uur (KNMG); de begeleider van de groep registreert de aanwezigheid in GAIA. De duur is wat de timer heeft gemeten, anders de geplande duur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Total</source>
            <translation>Totaal</translation>
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
            <translation>fysiek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>hybrid, not recorded</source>
            <translation>hybride, niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name}, recognised by {recognition}</source>
            <translation>{name}, erkend door {recognition}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name} (recognition not recorded)</source>
            <translation>{name} (erkenning niet vastgelegd)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>not recorded</source>
            <translation>niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Place, date</source>
            <translation>Plaats, datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Signature of the group leader</source>
            <translation>Handtekening begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Name of the group leader</source>
            <translation>Naam begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{start} to {end}</source>
            <translation>{start} tot en met {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>(planned)</source>
            <translation>(gepland)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No rule was chosen for this participant.</source>
            <translation>Voor deze deelnemer is geen regel gekozen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{rule} (not assessed)</source>
            <translation>{rule} (niet beoordeeld)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Met on {day}.</source>
            <translation>Voldaan op {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Not yet met on {day}. Still missing:</source>
            <translation>Op {day} nog niet voldaan. Nog nodig:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance {name} {date}.pdf</source>
            <translation>Bewijs van deelname {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance</source>
            <translation>Bewijs van deelname</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>EFN</source>
            <translation>EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group</source>
            <translation>Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Group leaders</source>
            <translation>Begeleiders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Event number (VNR)</source>
            <translation>Evenementnummer (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group work</source>
            <translation>Balintgroepswerk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions attended</source>
            <translation>Bijgewoonde bijeenkomsten</translation>
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
            <translation>Dubbele sessies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Mode</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No sessions attended in this period.</source>
            <translation>Geen bijeenkomsten bijgewoond in deze periode.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions (90 minutes each)</source>
            <translation>Dubbele sessies (elk 90 minuten)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>of which in person</source>
            <translation>waarvan fysiek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{count} double sessions</source>
            <translation>{count} dubbele sessies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>One double session is 90 minutes. Lengths are those the meeting’s timer measured; “planned” marks a session that was not timed, counted at its planned length.</source>
            <translation>Een dubbele sessie is 90 minuten. De duur is wat de timer van de bijeenkomst heeft gemeten; ‘gepland’ staat bij een bijeenkomst zonder meting, geteld met de geplande duur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Counts toward</source>
            <translation>Telt mee voor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{title} · {name}, continued</source>
            <translation>{title} · {name}, vervolg</translation>
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
            <translation>Aanwezigheid in de Balintgroep — nascholingsoverzicht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>A Balint group is a small group of clinicians who meet regularly with trained leaders to reflect on the doctor–patient relationship through cases presented by members. Discussions are confidential; no patient details are recorded.</source>
            <translation>Een Balintgroep is een kleine groep zorgverleners die regelmatig met opgeleide begeleiders samenkomt om aan de hand van casussen van deelnemers te reflecteren op de arts–patiëntrelatie. De gesprekken zijn vertrouwelijk; er worden geen patiëntgegevens vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside these credits: what you took from the group and how it affects your work with patients.</source>
            <translation>Het RCGP telt één uur leren als één accreditatiepunt. Beoordelaars verwachten bij deze punten een korte reflectie: wat u uit de groep hebt meegenomen en hoe het uw werk met patiënten beïnvloedt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length is the time the meeting’s phase timer recorded; “planned” marks a meeting that was not timed, shown with its planned length.</source>
            <translation>De duur is de tijd die de fasetimer mat; ‘gepland’ markeert een bijeenkomst die niet is getimed, vermeld met de geplande duur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leader’s signature</source>
            <translation>Handtekening begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD record {name} {date}.pdf</source>
            <translation>Nascholingsoverzicht {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>(planned)</source>
            <translation>(gepland)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{part}, online</source>
            <translation>{part}, online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>not recorded</source>
            <translation>niet geregistreerd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{start} to {end}</source>
            <translation>{start} tot {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leaders</source>
            <translation>Begeleiders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Meetings attended</source>
            <translation>Bijgewoonde bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Part</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>No meetings attended in this period.</source>
            <translation>Geen bijeenkomsten bijgewoond in deze periode.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Total time</source>
            <translation>Totale tijd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD credits</source>
            <translation>Accreditatiepunten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Totals</source>
            <translation>Totalen</translation>
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
            <translation>Balint-begeleiderslogboek</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>A record of the Balint groups this leader attended and led, and of their supervision, training and Balint society events, kept for accreditation. Sessions come from the group's meeting records; the other entries were added by the leader. No patient details are recorded.</source>
            <translation>Een overzicht van de Balintgroepen die deze begeleider bijwoonde en begeleidde, en van supervisie, training en activiteiten van de Balintvereniging, bijgehouden voor accreditatie. De bijeenkomsten komen uit de gegevens van de groep; de overige items heeft de begeleider zelf toegevoegd. Er worden geen patiëntgegevens vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours are the time the meeting's phase timer recorded; “planned” marks a meeting that was not timed, counted at its planned length.</source>
            <translation>De uren zijn de tijd die de fasetimer mat; ‘gepland’ markeert een bijeenkomst die niet is getimed, geteld met de geplande duur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Signed</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Name and role</source>
            <translation>Naam en functie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader log {name} {date}</source>
            <translation>Begeleiderslogboek {name} {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n bijeenkomst</numerusform>
                <numerusform>%n bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>(planned)</source>
            <translation>(gepland)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>{start} to {end}</source>
            <translation>{start} tot {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group sessions</source>
            <translation>Groepsbijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Co-leader</source>
            <translation>Cobegeleider</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>No group sessions in this period.</source>
            <translation>Geen groepsbijeenkomsten in deze periode.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Supervision, training and events</source>
            <translation>Supervisie, training en activiteiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>None added for this period.</source>
            <translation>Niets toegevoegd voor deze periode.</translation>
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
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created} · last changed {updated}</source>
            <translation>Geschreven op {created} · laatst gewijzigd op {updated}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created}</source>
            <translation>Geschreven op {created}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Meeting of {day:long}</source>
            <translation>Bijeenkomst van {day:long}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Tags: {tags}</source>
            <translation>Labels: {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notitie</numerusform>
                <numerusform>%n notities</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Exported {day:long} for appraisal · {count}</source>
            <translation>Geëxporteerd op {day:long} voor de beoordeling · {count}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Reflective notes — {author}</source>
            <translation>Reflectieve notities — {author}</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf.py" />
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
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
            <translation>Afgedrukt op {day} vanuit BalintDesk.</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>1 hour</source>
            <translation>1 uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} hours</source>
            <translation>{hours} uur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h</source>
            <translation>{hours} u</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>led</source>
            <translation>begeleid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>co-led</source>
            <translation>cobegeleid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>presented</source>
            <translation>casus ingebracht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>took part</source>
            <translation>deelgenomen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Led</source>
            <translation>Begeleid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Co-led</source>
            <translation>Cobegeleid</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Supervision</source>
            <translation>Supervisie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society event</source>
            <translation>Activiteit van de vereniging</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Attended as a member</source>
            <translation>Als deelnemer bijgewoond</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society events</source>
            <translation>Activiteiten van de vereniging</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Total</source>
            <translation>Totaal</translation>
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
            <translation>Brengt in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Reserve</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group</source>
            <translation>Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Rota {group} {date}.pdf</source>
            <translation>Rooster {group} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled — {reason}</source>
            <translation>Afgezegd — {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled</source>
            <translation>Afgezegd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>To be agreed</source>
            <translation>Nog af te spreken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota</source>
            <translation>Rooster van de Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Printed {day}</source>
            <translation>Afgedrukt op {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>No meetings are planned.</source>
            <translation>Er zijn geen bijeenkomsten gepland.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>{group} · Balint group rota, continued</source>
            <translation>{group} · Rooster van de Balintgroep, vervolg</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota — {group}</source>
            <translation>Rooster van de Balintgroep — {group}</translation>
        </message>
    </context>
</TS>
