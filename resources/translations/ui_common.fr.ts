<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Apologies</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Add</source>
            <translation>Ajout</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Update</source>
            <translation>Mise à jour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>No change</source>
            <translation>Aucun changement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>commas</source>
            <translation>des virgules</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>semicolons</source>
            <translation>des points-virgules</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>tabs</source>
            <translation>des tabulations</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Apologies</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported the roster: {added} added, {updated} updated.</source>
            <translation>Liste des membres importée — ajoutés : {added}, mis à jour : {updated}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported past attendance: {meetings}, {entries}.</source>
            <translation>Présences passées importées : {meetings}, {entries}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation>
                <numerusform>%n séance enregistrée</numerusform>
                <numerusform>%n séances enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation>
                <numerusform>%n entrée ajoutée</numerusform>
                <numerusform>%n entrées ajoutées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import a roster</source>
            <translation>Importer une liste des membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What happens</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Members already on the roster (a name that looks the same, whatever its capitals) are updated, never duplicated. Columns: name (required), role, leader, email, joined; dates day first (03.09.2024) or as 2024-09-03.</source>
            <translation>Les membres déjà sur la liste (un nom qui semble identique, quelles que soient les majuscules) sont mis à jour, jamais dupliqués. Colonnes : nom (obligatoire), rôle, leader, e-mail, arrivée ; dates avec le jour en premier (03/09/2024) ou au format 2024-09-03.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Importer %n membre</numerusform>
                <numerusform>Importer %n membres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>In the room</source>
            <translation>Dans la salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import past meetings</source>
            <translation>Importer des séances passées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Came</source>
            <translation>Présence</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Presented</source>
            <translation>A présenté</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, apologies or absent), presented (yes/no). Names must already be on the roster. Future dates may carry apologies only.</source>
            <translation>Colonnes : date (jour en premier, 03/09/2024, ou 2024-09-03), nom, statut (présent, excusé ou absent), a présenté (oui/non). Les noms doivent déjà figurer sur la liste des membres. Les dates futures ne peuvent porter que des excuses.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation>
                <numerusform>Importer %n entrée</numerusform>
                <numerusform>Importer %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {file}</source>
            <translation>Importer {file}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What the import will do, line by line</source>
            <translation>Ce que fera l'importation, ligne par ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Found from the file</source>
            <translation>Détecté dans le fichier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Encoding:</source>
            <translation>Encodage :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Lines to correct</source>
            <translation>Lignes à corriger</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read: {reason}</source>
            <translation>Le fichier n'a pas pu être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation>Le fichier n'a pas pu être lu comme du texte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {encoding}, columns separated by {separator}.</source>
            <translation>Lu en {encoding}, colonnes séparées par {separator}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation>Rien n'a été importé. Veuillez corriger ces lignes dans le tableur, enregistrer de nouveau le fichier en CSV et l'importer une nouvelle fois :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{new} new, {changed} to update, {same} already up to date. Nothing changes until you click Import.</source>
            <translation>Nouveaux : {new}, à mettre à jour : {changed}, déjà à jour : {same}. Rien ne change tant que vous n'avez pas cliqué sur Importer.</translation>
        </message>
    </context>
    <context>
        <name>GroupForm</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Riverside Practice Balint group</source>
            <translation>p. ex. groupe Balint du cabinet des Rives</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation>Chaque semaine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation>Le premier du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation>Le deuxième du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation>Le troisième du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation>Le quatrième du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation>Le dernier du mois</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation>Les séances sont planifiées à partir de cette date ; les groupes toutes les deux semaines comptent à partir d'elle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation>p. ex. salle de séminaire, 1er étage</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation>Le contrôle de confidentialité recherche les numéros de patient, codes postaux et numéros de téléphone de ce pays ; pour un autre pays, ceux de tous les pays qu'il connaît.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>How the group usually meets. Each meeting can be changed on its own on the Meeting page; in a hybrid meeting the check-in records who was online.</source>
            <translation>Comment le groupe se réunit d’habitude. Chaque séance peut être modifiée à part sur la page Séance ; pour une séance hybride, le pointage note qui était en ligne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Optional, 19 digits</source>
            <translation>Facultatif, 19 chiffres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The number the medical chamber gave the group's sessions for CME points (Veranstaltungsnummer); it is printed on the participation certificates.</source>
            <translation>Le numéro que la chambre des médecins a donné aux séances du groupe pour les points de FMC (Veranstaltungsnummer) ; il figure sur les attestations de participation.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation>Se réunit</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person or online</source>
            <translation>En présentiel ou en ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation>Quelle semaine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation>Première séance le</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>VNR</source>
            <translation>VNR</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>CME event number (VNR)</source>
            <translation>N° d’événement FMC (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation>Allemagne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation>Autriche</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation>Italie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation>Espagne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation>Danemark</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation>Suède</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation>Norvège</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation>Finlande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation>Pologne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation>Nouvelle-Zélande</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation>Autre pays</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation>Choisissez le lieu où le groupe se réunit.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation>UTC n'a pas d'heure d'été. Si l'heure change là où le groupe se réunit, choisissez ce lieu (p. ex. Europe/Paris) ; sinon, les séances d'été seront décalées d'une heure dans le calendrier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation>Heure {standard}, et {summer} en heure d'été.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation>Heure {standard} toute l'année.</translation>
        </message>
    </context>
    <context>
        <name>Keeper</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline.py" />
            <source>All check-ins were sent to the shared database.</source>
            <translation>Toutes les présences pointées ont été envoyées à la base partagée.</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Hybrid (some online)</source>
            <translation>Hybride (certains en ligne)</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was changed on another computer to “{kept}” meanwhile; that one is kept.</source>
            <translation>Entre-temps, la présence de {name} a été changée en « {kept} » sur un autre ordinateur ; c’est celle-ci qui est conservée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was taken back on another computer meanwhile; that is kept.</source>
            <translation>Entre-temps, la présence de {name} a été retirée sur un autre ordinateur ; cela est conservé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was recorded on another computer meanwhile; that record is kept.</source>
            <translation>Entre-temps, la séance a été enregistrée sur un autre ordinateur ; cet enregistrement est conservé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was cancelled on another computer meanwhile; what was kept for it is dropped.</source>
            <translation>Entre-temps, la séance a été annulée sur un autre ordinateur ; ce qui avait été gardé pour elle est abandonné.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>What was kept could not be saved: {reason}</source>
            <translation>Ce qui avait été gardé n’a pas pu être enregistré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try the shared database again</source>
            <translation>Réessayer la base partagée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>The shared database cannot be reached. Check-ins are kept on this computer and sent when it is back.</source>
            <translation>La base partagée est injoignable. Les présences sont gardées sur cet ordinateur et envoyées dès qu’elle sera de nouveau accessible.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>%n change(s) kept on this computer wait to be sent.</source>
            <translation>
                <numerusform>%n modification gardée sur cet ordinateur attend d’être envoyée.</numerusform>
                <numerusform>%n modifications gardées sur cet ordinateur attendent d’être envoyées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodFields</name>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {folder}: {reason}. Choose another folder, such as your Documents folder.</source>
            <translation>Le fichier n'a pas pu être enregistré dans {folder} : {reason}. Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is BalintDesk's database.</source>
            <translation>{file} est la base de données de BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's backups folder.</source>
            <translation>{file} se trouve dans le dossier des sauvegardes de BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's logs folder.</source>
            <translation>{file} se trouve dans le dossier des journaux de BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is one of BalintDesk's own files.</source>
            <translation>{file} est l'un des fichiers propres à BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Saving there could destroy your data, so nothing was saved. Choose another name or folder, such as your Documents folder.</source>
            <translation>Enregistrer à cet endroit pourrait détruire vos données : rien n'a donc été enregistré. Choisissez un autre nom ou un autre dossier, par exemple votre dossier Documents.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {file}; it is in {folder}.</source>
            <translation>Aucun programme de cet ordinateur n'ouvre {file} ; le fichier se trouve dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>when</name>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:long}, {start}–{end}</source>
            <translation>{day:long}, {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
    </context>
</TS>
