<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AttendanceCsvDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>{group} attendance {start} to {end}.csv</source>
            <translation>{group} présences {start} au {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Attendance of {group}</source>
            <translation>Présences – {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Every meeting held in the period, one row per member: present, apologies, absent or not recorded, who presented and who led. Opens in any spreadsheet.</source>
            <translation>Chaque séance tenue sur la période, une ligne par membre : présent, excusé, absent ou non renseigné, qui a présenté et qui a animé. S’ouvre dans tout tableur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Save CSV…</source>
            <translation>Enregistrer le CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>No meetings held in this period</source>
            <translation>Aucune séance tenue sur cette période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Only meetings recorded as held are listed; the file would be empty.</source>
            <translation>Seules les séances enregistrées comme tenues figurent ; le fichier serait vide.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>From {first} to {last}.</source>
            <translation>Du {first} au {last}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>%n of the rows say “not recorded”: nobody marked that member that day.</source>
            <translation>
                <numerusform>%n ligne indique « non renseigné » : personne n’a pointé ce membre ce jour-là.</numerusform>
                <numerusform>%n lignes indiquent « non renseigné » : personne n’a pointé ce membre ce jour-là.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/attendance_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>« {file} » ({what}) enregistré dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ConditionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>✓ Met</source>
            <translation>✓ Remplie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_panels.py" />
            <source>○ Not yet</source>
            <translation>○ Pas encore</translation>
        </message>
    </context>
    <context>
        <name>CpdDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>UK CPD record</source>
            <translation>Relevé CPD britannique</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German Teilnahmebescheinigung</source>
            <translation>Attestation allemande (Teilnahmebescheinigung)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch accreditation certificate</source>
            <translation>Attestation d’accréditation néerlandaise</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short reflective note beside the credits: what you took from the group.</source>
            <translation>Le RCGP compte une heure de formation pour un crédit DPC. Les évaluateurs attendent une courte note réflexive à côté des crédits : ce que vous avez retiré du groupe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>German certificate for {name}</source>
            <translation>Attestation allemande pour {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A Teilnahmebescheinigung in German, whatever the window’s language: each session’s double sessions (90 minutes) and mode, the totals and the rule it counts toward, with a line for the leader’s signature.</source>
            <translation>Une Teilnahmebescheinigung en allemand, quelle que soit la langue de la fenêtre : les séances doubles (90 minutes) et la modalité de chaque séance, les totaux et la règle pour laquelle elle compte, avec une ligne pour la signature du leader.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Dutch certificate for {name}</source>
            <translation>Attestation néerlandaise pour {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>A certificate in Dutch: each session’s hours and the accreditation points at one point per hour, as Balint Nederland states, with the BIG number when recorded.</source>
            <translation>Une attestation en néerlandais : les heures de chaque séance et les points d’accréditation à un point par heure, comme l’indique Balint Nederland, avec le numéro BIG s’il est renseigné.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>CPD record for {name}</source>
            <translation>Attestation DPC pour {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>The Balint meetings {name} attended in the period, with each meeting’s length and their part, for appraisal and revalidation. No case is mentioned.</source>
            <translation>Les séances Balint auxquelles {name} a participé sur la période, avec la durée et le rôle, pour l’évaluation et la revalidation. Aucun cas n’est mentionné.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No meetings attended in this period</source>
            <translation>Aucune séance suivie sur cette période</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Only meetings recorded as held, with {name} marked present, count.</source>
            <translation>Seules comptent les séances tenues où {name} est noté présent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{meetings} · {hours} · {credits} CPD credits</source>
            <translation>{meetings} · {hours} · {credits} crédits DPC</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>every length as the phase timer recorded it</source>
            <translation>chaque durée mesurée par le minuteur des phases</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>planned lengths (the timer was not run)</source>
            <translation>durées prévues (le minuteur n’a pas tourné)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{timed} timed, {planned} at their planned length</source>
            <translation>{timed} chronométrées, {planned} à leur durée prévue</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No sessions attended in this period</source>
            <translation>Aucune séance suivie pendant cette période</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {double} double sessions · {in_person} in person</source>
            <translation>{sessions} · {double} séances doubles · {in_person} en présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>{sessions} · {hours} · {points} accreditation points</source>
            <translation>{sessions} · {hours} · {points} points d’accréditation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>With the member’s own number {number}.</source>
            <translation>Avec le numéro du membre : {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>No professional number recorded; the certificate goes without.</source>
            <translation>Aucun numéro professionnel renseigné ; l’attestation s’en passe.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>« {file} » ({what}) enregistré dans {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/cpd_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntriesPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>What</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events</source>
            <translation>Supervision, formation et événements</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Add entry…</source>
            <translation>&amp;Ajouter une entrée…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>De&amp;lete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Supervision, training and events ({count})</source>
            <translation>Supervision, formation et événements ({count})</translation>
        </message>
    </context>
    <context>
        <name>HoursPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Leader log — {name}</source>
            <translation>Journal du leader — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{group}. For accreditation: the sessions come from the group's meeting records; add supervision, training weekends and society events yourself.</source>
            <translation>{group}. Pour l’accréditation : les séances proviennent des comptes rendus du groupe ; ajoutez vous-même supervisions, week-ends de formation et événements de la société.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>{name} is not marked as a leader. Tick “Leads the group” in their roster entry to add to the log.</source>
            <translation>{name} n’est pas indiqué comme leader. Cochez « Anime le groupe » dans sa fiche de la liste des membres pour compléter le journal.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save as &amp;CSV…</source>
            <translation>Enregistrer en &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Exigences…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>What this leader has met of a leader accreditation rule</source>
            <translation>Ce que ce leader a rempli d'une règle d'accréditation des leaders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>The period starts after it ends; choose a “from” date on or before the “to” date.</source>
            <translation>La période commence après sa fin ; choisissez une date « du » antérieure ou égale à la date « au ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Entry deleted.</source>
            <translation>Entrée supprimée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry?</source>
            <translation>Supprimer l’entrée ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete the entry “{kind}” of {day}? This cannot be undone.</source>
            <translation>Supprimer l’entrée « {kind} » du {day} ? Cette action est irréversible.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Keep it</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>Save the leader log</source>
            <translation>Enregistrer le journal du leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
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
            <translation>« {file} » ({what}) enregistré dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>LeaderLogEntryDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Edit the entry</source>
            <translation>Modifier l’entrée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Add to the leader log</source>
            <translation>Ajouter au journal du leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source> hours</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Optional, e.g. Leaders' weekend, Oxford</source>
            <translation>Facultatif, p. ex. week-end des leaders, Lyon</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;What</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>A few words on what it was. Never a patient's name, age or details: the log is kept in the group's shared database.</source>
            <translation>Quelques mots sur ce que c’était. Jamais le nom, l’âge ni les détails d’un patient : le journal est conservé dans la base de données partagée du groupe.</translation>
        </message>
    </context>
    <context>
        <name>PeriodDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>The period starts after it ends; choose a “to” date on or after {day}.</source>
            <translation>La période commence après sa fin ; choisissez une date « au » à partir du {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Nothing to show for this period.</source>
            <translation>Rien à afficher pour cette période.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/period_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Every group, and every member with the sessions and hours they attended in the period, checked against the programme’s attendance rule.</source>
            <translation>Chaque groupe, et chaque membre avec les séances et heures suivies sur la période, au regard de la règle de présence du programme.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Leaders</source>
            <translation>Leaders</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Next meeting</source>
            <translation>Prochaine séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Groups, their leaders and next meetings</source>
            <translation>Groupes, leurs leaders et prochaines séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Role</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Still missing</source>
            <translation>Manque encore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Members, their sessions and hours, and the rule</source>
            <translation>Membres, leurs séances et heures, et la règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Choisir une règle…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
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
            <translation>{groups} · {members} · {met} remplissent la règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>none planned</source>
            <translation>aucune prévue</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>{name} (archived)</source>
            <translation>{name} (archivé)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>no rule</source>
            <translation>aucune règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>met</source>
            <translation>rempli</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Programme {start} to {end}.csv</source>
            <translation>Programme {start} au {end}.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/programme_dialog.py" />
            <source>Saved “{file}” ({what}) in {folder}.</source>
            <translation>« {file} » ({what}) enregistré dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Requirements — {name}</source>
            <translation>Exigences — {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>What {name} has attended or led, as the group’s meeting records and the leader log show it, checked against the rule they work toward.</source>
            <translation>Ce à quoi {name} a assisté ou ce qu'il ou elle a animé, d'après les séances enregistrées du groupe et le journal du leader, comparé à la règle visée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Rule</source>
            <translation>&amp;Règle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>&amp;Until</source>
            <translation>&amp;Jusqu'au</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose a rule…</source>
            <translation>Choisir une règle…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Sources: {sources}</source>
            <translation>Sources : {sources}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>Choose the rule {name} works toward.</source>
            <translation>Choisissez la règle que vise {name}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>There are no rules yet.</source>
            <translation>Il n'y a encore aucune règle.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>All %n condition(s) met</source>
            <translation>
                <numerusform>La condition est remplie</numerusform>
                <numerusform>Les %n conditions sont remplies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>{met} of %n condition(s) met</source>
            <translation>
                <numerusform>Condition remplie : {met} sur %n</numerusform>
                <numerusform>Conditions remplies : {met} sur %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/requirements_dialog.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Le fichier de règle {path} ne peut pas être lu : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SessionsPanel</name>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Co-leader</source>
            <translation>Co-leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions</source>
            <translation>Séances de groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>Group sessions ({count})</source>
            <translation>Séances de groupe ({count})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/leader_log_panels.py" />
            <source>%n not timed: counted at their planned length.</source>
            <translation>
                <numerusform>%n non chronométrée : comptée à sa durée prévue.</numerusform>
                <numerusform>%n non chronométrées : comptées à leur durée prévue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>How the time went</source>
            <translation>Déroulement du temps</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Stopped for</source>
            <translation>À l’arrêt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Each phase, planned and actual</source>
            <translation>Chaque phase, prévue et réelle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Save as CSV…</source>
            <translation>Enregistrer en CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Meeting:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>No meeting of this group has been timed yet.</source>
            <translation>Aucune séance de ce groupe n’a encore été chronométrée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Run a meeting with the Timer page: how long each phase took is kept with the meeting, and shown here.</source>
            <translation>Menez une séance avec la page Minuteur : la durée de chaque phase est conservée avec la séance et affichée ici.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>{minutes:1} min</source>
            <translation>{minutes:1} min</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>skipped</source>
            <translation>sautée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>on time</source>
            <translation>à l’heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>+{minutes:1} min over</source>
            <translation>+{minutes:1} min de plus</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>−{minutes:1} min under</source>
            <translation>−{minutes:1} min de moins</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>cannot tell</source>
            <translation>indéterminé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>In all: planned {planned}, took {actual} ({difference}).</source>
            <translation>Au total : prévu {planned}, réel {actual} ({difference}).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} and stood still for {stopped}.</source>
            <translation>Le minuteur a tourné de {start} à {end} et a été à l’arrêt {stopped}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>The timer ran from {start} to {end} without stopping.</source>
            <translation>Le minuteur a tourné sans arrêt de {start} à {end}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>%n phase(s) skipped.</source>
            <translation>
                <numerusform>%n phase sautée.</numerusform>
                <numerusform>%n phases sautées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>This meeting’s timer did not run to its end; the figures are what was saved.</source>
            <translation>Le minuteur de cette séance n’est pas allé jusqu’au bout ; les chiffres sont ceux enregistrés.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>“Stopped for” is the time between a phase’s start and its end that the timer did not count: a pause, or a phase restarted. A phase the group went back to includes the phases between, so its pauses cannot be told apart.</source>
            <translation>« À l’arrêt » est le temps, entre le début et la fin d’une phase, que le minuteur n’a pas compté : une pause ou une phase recommencée. Une phase reprise inclut les phases intermédiaires ; ses pauses ne peuvent donc pas être distinguées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/records/timing_dialog.py" />
            <source>Saved “{file}” in {folder}.</source>
            <translation>« {file} » enregistré dans {folder}.</translation>
        </message>
    </context>
</TS>
