<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BreakDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add a break</source>
            <translation>Ajouter une pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>No meetings between these dates, for example over the summer. Meetings in the break are cancelled and the rota flows around them.</source>
            <translation>Pas de séances entre ces dates, par exemple l'été. Les séances pendant la pause sont annulées et le tour de rôle s'adapte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add break</source>
            <translation>Ajouter la pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>e.g. Summer break</source>
            <translation>p. ex. Pause estivale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Until</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file</source>
            <translation>Fichier de calendrier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>The group's meetings for the next twelve months as a calendar file (.ics), with the time, the room and who presents. Cancelled meetings are marked cancelled.</source>
            <translation>Les séances du groupe pour les douze prochains mois en fichier de calendrier (.ics), avec l'heure, la salle et qui présente. Les séances annulées sont marquées comme telles.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save calendar file…</source>
            <translation>Enregistrer le fichier…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>To add it to a calendar</source>
            <translation>Pour l'ajouter à un calendrier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Outlook</source>
            <translation>Outlook</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Open the file, or File › Open &amp;amp; Export › Import/Export.</source>
            <translation>Ouvrez le fichier, ou Fichier › Ouvrir et exporter › Importer/Exporter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Google Calendar</source>
            <translation>Google Agenda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Settings › Import &amp;amp; export › Import, then the file.</source>
            <translation>Paramètres › Importer et exporter › Importer, puis le fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Apple Calendar</source>
            <translation>Calendrier d'Apple</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>File › Import…, then the file.</source>
            <translation>Fichier › Importer…, puis le fichier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>When the rota changes, save and import the file again: the same meetings are updated, not added twice.</source>
            <translation>Quand le tour de rôle change, enregistrez et importez de nouveau le fichier : les mêmes séances sont mises à jour, pas ajoutées deux fois.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file (*.ics)</source>
            <translation>Fichier de calendrier (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.</source>
            <translation>
                <numerusform>%n séance enregistrée sous « {file} » dans {folder}. Importez-la dans votre calendrier.</numerusform>
                <numerusform>%n séances enregistrées sous « {file} » dans {folder}. Importez-les dans votre calendrier.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoosePresenterDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Choose who presents</source>
            <translation>Choisir qui présente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>{when}: this person is pinned to the date; everyone else flows around.</source>
            <translation>{when} : cette personne est fixée à cette date ; les autres s'adaptent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Pin</source>
            <translation>Fixer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Presenter</source>
            <translation>Rapporteur</translation>
        </message>
    </context>
    <context>
        <name>FairnessTable</name>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Attended</source>
            <translation>Présences</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Presented</source>
            <translation>Cas présentés</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Last presented</source>
            <translation>Dernière présentation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Meetings since</source>
            <translation>Séances depuis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Can present</source>
            <translation>Peut présenter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Click a column heading to sort by it.</source>
            <translation>Cliquez sur un en-tête de colonne pour trier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>one case a meeting</source>
            <translation>un cas par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>two cases a meeting</source>
            <translation>deux cas par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders may present</source>
            <translation>les leaders peuvent présenter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders do not present</source>
            <translation>les leaders ne présentent pas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>No meeting</source>
            <translation>Pas de séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>nobody eligible</source>
            <translation>personne n'est disponible</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{name} (pinned)</source>
            <translation>{name} (fixé)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} and {last}</source>
            <translation>{names} et {last}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpin</source>
            <translation>Libérer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pin</source>
            <translation>Fixer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpinned: the rota chooses for this date again.</source>
            <translation>Libéré : le tour de rôle choisit de nouveau pour cette date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{names} pinned to this date.</source>
            <translation>{names} fixé(s) à cette date.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Only two planned meetings can be swapped.</source>
            <translation>Seules deux séances prévues peuvent être échangées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Swapped {first} and {second}; both are pinned to their new dates.</source>
            <translation>{first} et {second} échangés ; tous deux sont fixés à leurs nouvelles dates.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pinned.</source>
            <translation>Fixé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break added; the meetings in it are cancelled.</source>
            <translation>Pause ajoutée ; ses séances sont annulées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break removed; its meetings are back in the plan.</source>
            <translation>Pause supprimée ; ses séances reviennent dans le tour de rôle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Import past meetings</source>
            <translation>Importer des séances passées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>RotaPanels</name>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Rota</source>
            <translation>Tour de rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The plan for the next meetings</source>
            <translation>Le tour de rôle des prochaines séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Presenting</source>
            <translation>Présente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Reserve</source>
            <translation>Remplaçant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Pin</source>
            <translation>Fixer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fix the planned presenter to this date (Ctrl+P)</source>
            <translation>Fixer la personne prévue à cette date (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Choose presenter…</source>
            <translation>Choisir qui présente…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with earlier</source>
            <translation>Échanger avec la précédente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Up</source>
            <translation>Ctrl+Haut</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with later</source>
            <translation>Échanger avec la suivante</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Down</source>
            <translation>Ctrl+Bas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Print rota…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>An A4 page of the next meetings for the noticeboard</source>
            <translation>Une page A4 des prochaines séances pour le tableau d'affichage</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Calendar file…</source>
            <translation>Fichier de calendrier…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The meetings as a file for Outlook, Google or Apple Calendar</source>
            <translation>Les séances en fichier pour Outlook, Google ou le Calendrier d'Apple</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Add a break…</source>
            <translation>Ajouter une pause…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Remove break</source>
            <translation>Supprimer la pause</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Import past meetings…</source>
            <translation>Importer des séances passées…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>For a group that met before BalintDesk: who came and who presented</source>
            <translation>Pour un groupe qui se réunissait avant BalintDesk : qui est venu et qui a présenté</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The next meetings</source>
            <translation>Les prochaines séances</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Drag a presenter onto another date to swap them, or use the buttons. Pinned people stay where they are; everyone else flows around.</source>
            <translation>Faites glisser une personne sur une autre date pour échanger, ou utilisez les boutons. Les personnes fixées restent en place ; les autres s'adaptent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Breaks:</source>
            <translation>Pauses :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fairness: who has waited longest</source>
            <translation>Équité : qui attend depuis le plus longtemps</translation>
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Print the rota</source>
            <translation>Imprimer le tour de rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>An A4 page for the noticeboard: each meeting's date, who presents and the reserve, in large type, with cancelled meetings marked. Save it as a PDF, then print it.</source>
            <translation>Une page A4 pour le tableau d'affichage : la date de chaque séance, qui présente et le remplaçant, en gros caractères, séances annulées signalées. Enregistrez-la en PDF, puis imprimez-la.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>How many meetings to print</source>
            <translation>Nombre de séances à imprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Meetings to print</source>
            <translation>Séances à imprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>No meetings are planned.</source>
            <translation>Aucune séance n'est prévue.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}, with %n cancelled meeting(s) marked</source>
            <translation>
                <numerusform>Du {first:short} au {last:short}, %n séance annulée signalée</numerusform>
                <numerusform>Du {first:short} au {last:short}, %n séances annulées signalées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{first:short} to {last:short}</source>
            <translation>Du {first:short} au {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved the rota ({meetings}, {pages}) as “{file}” in {folder}.</source>
            <translation>Tour de rôle ({meetings}, {pages}) enregistré sous « {file} » dans {folder}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
</TS>
