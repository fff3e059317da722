<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel the meeting</source>
            <translation>Annuler la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>{when} will be marked as cancelled; the rota moves on to the next one.</source>
            <translation>{when} sera marquée comme annulée ; le tour de rôle passe à la suivante.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Cancel meeting</source>
            <translation>Annuler la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Optional, e.g. Bank holiday</source>
            <translation>Facultatif, p. ex. jour férié</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{role} · leader</source>
            <translation>{role} · leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Apologies</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: {status}</source>
            <translation>{name} : {status}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>In the room</source>
            <translation>Dans la salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>{name}: in the room or online</source>
            <translation>{name} : dans la salle ou en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Where this member took part</source>
            <translation>Où ce membre a participé</translation>
        </message>
    </context>
    <context>
        <name>LeaderPicker</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Led by</source>
            <translation>Animé par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Co-led by</source>
            <translation>Co-animé par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>&amp;Led by</source>
            <translation>&amp;Animé par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>C&amp;o-led by</source>
            <translation>C&amp;o-animé par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/check_in.py" />
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Held and recorded</source>
            <translation>Tenue et enregistrée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{day:long}, {start:time}–{end:time}</source>
            <translation>{day:long}, {start:time}–{end:time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>{first} and {second}</source>
            <translation>{first} et {second}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No meetings are planned.</source>
            <translation>Aucune séance n'est prévue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Set when the group meets under Settings.</source>
            <translation>Indiquez dans les Paramètres quand le groupe se réunit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Restore meeting</source>
            <translation>Rétablir la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancel meeting…</source>
            <translation>Annuler la séance…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled: {reason}</source>
            <translation>Annulée : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>Dans %n jour</numerusform>
                <numerusform>Dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Tomorrow</source>
            <translation>Demain</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Not yet recorded</source>
            <translation>Pas encore enregistrée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting is cancelled.</source>
            <translation>Cette séance est annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Ahead of the day, only apologies can be given. Click again to undo.</source>
            <translation>Avant le jour, seules les excuses sont possibles. Cliquez à nouveau pour annuler.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person; for each one present, choose in the room or online. Everything saves at once.</source>
            <translation>Un clic par personne ; pour chaque présent, choisissez dans la salle ou en ligne. Tout est enregistré aussitôt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>One click per person. Everything saves at once.</source>
            <translation>Un clic par personne. Tout est enregistré aussitôt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>No one: the meeting is cancelled.</source>
            <translation>Personne : la séance est annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: {names} presented.</source>
            <translation>Enregistré : {names} a présenté.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded, without a presentation.</source>
            <translation>Enregistrée, sans présentation de cas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Choose below who presented, then save the record.</source>
            <translation>Choisissez ci-dessous qui a présenté, puis enregistrez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Reserve: {name}</source>
            <translation>Remplaçant : {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Nobody is eligible to present.</source>
            <translation>Personne ne peut présenter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Present {present} · Apologies {apologies} · Absent {absent}</source>
            <translation>Présents {present} · Excusés {apologies} · Absents {absent}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>This meeting: {mode}.</source>
            <translation>Cette séance : {mode}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>The same person is chosen twice; choose again.</source>
            <translation>La même personne est choisie deux fois ; choisissez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>Recorded: no case was presented.</source>
            <translation>Enregistré : aucun cas n'a été présenté.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>— nobody —</source>
            <translation>— personne —</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>(no theme)</source>
            <translation>(pas de thème)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/record_form.py" />
            <source>Recorded.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanels</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Meeting</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>◀ Earlier</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Later ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Move…</source>
            <translation>Déplacer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Cancel meeting…</source>
            <translation>Annuler la séance…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Run the meeting ▶</source>
            <translation>Animer la séance ▶</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The phase timer and the room display</source>
            <translation>Le minuteur des phases et l'affichage de salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>How this meeting is held. A change here is for this meeting only, and corrects the record of one already held.</source>
            <translation>Comment se tient cette séance. Un changement ici ne vaut que pour elle et corrige le compte rendu d’une séance déjà tenue.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who is due to present</source>
            <translation>Qui doit présenter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Ask “Who has a case?” first: a volunteer always goes ahead. The rota is the fallback, so nobody is forgotten.</source>
            <translation>Demandez d'abord « Qui a un cas ? » : un volontaire passe toujours en premier. Le tour de rôle sert de repli, pour que personne ne soit oublié.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Who came</source>
            <translation>Qui est venu</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>After the meeting</source>
            <translation>Après la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Edit themes…</source>
            <translation>Modifier les thèmes…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Save the record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented</source>
            <translation>A présenté</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Presented the second case</source>
            <translation>A présenté le second cas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/panels.py" />
            <source>The theme is optional and chosen from the group's list. Never record a patient's name, age or details here: BalintDesk keeps who came and who presented, not the case.</source>
            <translation>Le thème est facultatif et choisi dans la liste du groupe. N'inscrivez jamais ici le nom, l'âge ou des détails d'un patient : BalintDesk garde qui est venu et qui a présenté, pas le cas.</translation>
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move the meeting</source>
            <translation>Déplacer la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Choose the new day and time. Apologies already given stay with it.</source>
            <translation>Choisissez le nouveau jour et l'heure. Les excuses déjà données sont conservées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Move meeting</source>
            <translation>Déplacer la séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>New date</source>
            <translation>Nouvelle date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Starting at</source>
            <translation>Début à</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/offline.py" />
            <source>Recorded on this computer; it is sent when the shared database is back.</source>
            <translation>Enregistré sur cet ordinateur ; ce sera envoyé dès que la base partagée sera de nouveau accessible.</translation>
        </message>
    </context>
    <context>
        <name>ThemesDialog</name>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>One theme per line. A theme is a neutral phrase about the kind of encounter, like “the angry patient” — never a patient's name, age or details.</source>
            <translation>Un thème par ligne. Un thème est une expression neutre sur le type de rencontre, comme « le patient en colère » — jamais le nom, l'âge ou des détails d'un patient.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Save themes</source>
            <translation>Enregistrer les thèmes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/meeting/dialogs.py" />
            <source>Themes, one per line</source>
            <translation>Thèmes, un par ligne</translation>
        </message>
    </context>
</TS>
