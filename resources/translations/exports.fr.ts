<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>{group} Balint group.ics</source>
            <translation>{group} groupe Balint.ics</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/ics.py" />
            <source>Cancelled: {summary}</source>
            <translation>Annulée : {summary}</translation>
        </message>
    </context>
    <context>
        <name>CertificateNl</name>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Participant</source>
            <translation>Participant·e</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>BIG number</source>
            <translation>Numéro BIG</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint group</source>
            <translation>Groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Group leaders</source>
            <translation>Leaders du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Certificate of attendance — accreditation</source>
            <translation>Attestation de participation — accréditation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions attended</source>
            <translation>Séances suivies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>No sessions attended in this period.</source>
            <translation>Aucune séance suivie pendant cette période.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Points per hour</source>
            <translation>Points par heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Accreditation points</source>
            <translation>Points d’accréditation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Balint Nederland states that its Balint groups are accredited for one point per hour (KNMG); the group's leader registers attendance in GAIA. Lengths are those the meeting's timer measured, else the planned length.</source>
            <translation>Selon Balint Nederland, ses groupes Balint sont accrédités à un point par heure (KNMG) ; le leader du groupe enregistre les présences dans GAIA. Les durées sont celles mesurées par le minuteur, sinon la durée prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_nl.py" />
            <source>Total</source>
            <translation>Total</translation>
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
            <translation>en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>hybrid, not recorded</source>
            <translation>hybride, non renseigné</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name}, recognised by {recognition}</source>
            <translation>{name}, reconnu·e par {recognition}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{name} (recognition not recorded)</source>
            <translation>{name} (reconnaissance non renseignée)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Place, date</source>
            <translation>Lieu, date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Signature of the group leader</source>
            <translation>Signature du leader du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Name of the group leader</source>
            <translation>Nom du leader du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>(planned)</source>
            <translation>(prévu)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No rule was chosen for this participant.</source>
            <translation>Aucune règle n’a été choisie pour ce participant.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{rule} (not assessed)</source>
            <translation>{rule} (non évaluée)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Met on {day}.</source>
            <translation>Remplie au {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Not yet met on {day}. Still missing:</source>
            <translation>Pas encore remplie au {day}. Il manque encore :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance {name} {date}.pdf</source>
            <translation>Attestation de participation {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Certificate of attendance</source>
            <translation>Attestation de participation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Participant</source>
            <translation>Participant·e</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>EFN</source>
            <translation>EFN</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group</source>
            <translation>Groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Group leaders</source>
            <translation>Leaders du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Event number (VNR)</source>
            <translation>Numéro d’événement (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Balint group work</source>
            <translation>Travail en groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions attended</source>
            <translation>Séances suivies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions</source>
            <translation>Séances doubles</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Mode</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>No sessions attended in this period.</source>
            <translation>Aucune séance suivie pendant cette période.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Double sessions (90 minutes each)</source>
            <translation>Séances doubles (90 minutes chacune)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>of which in person</source>
            <translation>dont en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{count} double sessions</source>
            <translation>{count} séances doubles</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>One double session is 90 minutes. Lengths are those the meeting’s timer measured; “planned” marks a session that was not timed, counted at its planned length.</source>
            <translation>Une séance double dure 90 minutes. Les durées sont celles mesurées par le minuteur de la séance ; « prévu » signale une séance non chronométrée, comptée pour sa durée prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Counts toward</source>
            <translation>Compte pour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/certificate_de.py" />
            <source>{title} · {name}, continued</source>
            <translation>{title} · {name}, suite</translation>
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
            <translation>Participation au groupe Balint — attestation DPC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>A Balint group is a small group of clinicians who meet regularly with trained leaders to reflect on the doctor–patient relationship through cases presented by members. Discussions are confidential; no patient details are recorded.</source>
            <translation>Un groupe Balint est un petit groupe de soignants qui se réunissent régulièrement avec des leaders formés pour réfléchir à la relation médecin–patient à partir de cas présentés par les participants. Les échanges sont confidentiels ; aucune donnée de patient n’est enregistrée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside these credits: what you took from the group and how it affects your work with patients.</source>
            <translation>Le RCGP compte une heure de formation pour un crédit DPC. Les évaluateurs attendent une courte note réflexive à côté de ces crédits : ce que vous avez retiré du groupe et en quoi cela change votre travail avec les patients.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length is the time the meeting’s phase timer recorded; “planned” marks a meeting that was not timed, shown with its planned length.</source>
            <translation>La durée est celle mesurée par le minuteur des phases ; « prévue » signale une séance non chronométrée, indiquée avec sa durée prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leader’s signature</source>
            <translation>Signature du leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD record {name} {date}.pdf</source>
            <translation>Attestation DPC {name} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>(planned)</source>
            <translation>(prévue)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{part}, online</source>
            <translation>{part}, en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>not recorded</source>
            <translation>non renseignés</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Leaders</source>
            <translation>Leaders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Meetings attended</source>
            <translation>Séances suivies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Part</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>No meetings attended in this period.</source>
            <translation>Aucune séance suivie sur cette période.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Total time</source>
            <translation>Durée totale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>CPD credits</source>
            <translation>Crédits DPC</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/cpd_pdf.py" />
            <source>Totals</source>
            <translation>Totaux</translation>
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
            <translation>Journal du leader Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>A record of the Balint groups this leader attended and led, and of their supervision, training and Balint society events, kept for accreditation. Sessions come from the group's meeting records; the other entries were added by the leader. No patient details are recorded.</source>
            <translation>Relevé des groupes Balint auxquels ce leader a participé et qu’il a animés, ainsi que de ses supervisions, formations et événements de la société Balint, tenu pour l’accréditation. Les séances proviennent des comptes rendus du groupe ; les autres entrées ont été ajoutées par le leader. Aucune donnée de patient n’est enregistrée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours are the time the meeting's phase timer recorded; “planned” marks a meeting that was not timed, counted at its planned length.</source>
            <translation>Les heures sont celles mesurées par le minuteur des phases ; « prévue » signale une séance non chronométrée, comptée à sa durée prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Signed</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Name and role</source>
            <translation>Nom et fonction</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader log {name} {date}</source>
            <translation>Journal du leader {name} {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>(planned)</source>
            <translation>(prévue)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Group sessions</source>
            <translation>Séances de groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Co-leader</source>
            <translation>Co-leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>No group sessions in this period.</source>
            <translation>Aucune séance de groupe sur cette période.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Supervision, training and events</source>
            <translation>Supervision, formation et événements</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/leader_log.py" />
            <source>None added for this period.</source>
            <translation>Rien d’ajouté pour cette période.</translation>
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
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created} · last changed {updated}</source>
            <translation>Rédigée le {created} · dernière modification le {updated}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Written {created}</source>
            <translation>Rédigée le {created}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Meeting of {day:long}</source>
            <translation>Séance du {day:long}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Tags: {tags}</source>
            <translation>Mots-clés : {tags}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Exported {day:long} for appraisal · {count}</source>
            <translation>Exporté le {day:long} pour l'évaluation · {count}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/notes_pdf.py" />
            <source>Reflective notes — {author}</source>
            <translation>Notes de réflexion — {author}</translation>
        </message>
    </context>
    <context>
        <name>Pdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf.py" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/pdf_parts.py" />
            <source>Printed {day} from BalintDesk.</source>
            <translation>Imprimé le {day} depuis BalintDesk.</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>{hours} hours</source>
            <translation>{hours} heures</translation>
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
            <translation>animé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>co-led</source>
            <translation>co-animé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>presented</source>
            <translation>cas présenté</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>took part</source>
            <translation>participé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Member</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Led</source>
            <translation>Animé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Co-led</source>
            <translation>Co-animé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society event</source>
            <translation>Événement de la société</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Attended as a member</source>
            <translation>Présent comme participant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Society events</source>
            <translation>Événements de la société</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/record_words.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>RotaPdf</name>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Presenting</source>
            <translation>Présente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Reserve</source>
            <translation>Remplaçant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group</source>
            <translation>Groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Rota {group} {date}.pdf</source>
            <translation>Tour de rôle {group} {date}.pdf</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled — {reason}</source>
            <translation>Annulée — {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>To be agreed</source>
            <translation>À convenir</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota</source>
            <translation>Tour de rôle du groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Printed {day}</source>
            <translation>Imprimé le {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>No meetings are planned.</source>
            <translation>Aucune séance n’est prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>{group} · Balint group rota, continued</source>
            <translation>{group} · Tour de rôle du groupe Balint, suite</translation>
        </message>
        <message>
            <location filename="../../balintdesk/exports/rota_pdf.py" />
            <source>Balint group rota — {group}</source>
            <translation>Tour de rôle du groupe Balint — {group}</translation>
        </message>
    </context>
</TS>
