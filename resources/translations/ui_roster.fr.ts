<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit member</source>
            <translation>Modifier le membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>As the group knows them, e.g. Dr Siobhán O'Neill</source>
            <translation>Tel que le groupe le connaît, p. ex. Dr Siobhán O'Neill</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leads the group (facilitator)</source>
            <translation>Anime le groupe (leader)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Not before</source>
            <translation>Pas avant le</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>&amp;Joined the group</source>
            <translation>&amp;Arrivée dans le groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May &amp;present a case</source>
            <translation>Peut &amp;présenter un cas</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>May present a case not before a date</source>
            <translation>Peut présenter un cas à partir d'une date</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Date they may present from</source>
            <translation>Date à partir de laquelle présenter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Leave “Not before” unticked if they may present straight away. New members often listen for a few meetings first.</source>
            <translation>Laissez « Pas avant le » décoché si la personne peut présenter tout de suite. Les nouveaux membres écoutent souvent quelques séances d'abord.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/member_dialog.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>NumbersPanel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Professional numbers</source>
            <translation>Numéros professionnels</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional. Printed only on this member's own certificate.</source>
            <translation>Facultatif. Imprimé uniquement sur l'attestation de ce membre.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Optional, e.g. Ärztekammer Nordrhein</source>
            <translation>Facultatif, p. ex. Ärztekammer Nordrhein</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Recognised as a Balint &amp;leader by</source>
            <translation>Reconnu comme &amp;leader Balint par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Other numbers…</source>
            <translation>Autres numéros…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/numbers_panel.py" />
            <source>Show the numbers of other countries</source>
            <translation>Afficher les numéros d'autres pays</translation>
        </message>
    </context>
    <context>
        <name>RecordsButton</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Records</source>
            <translation>&amp;Relevés</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>CPD record, leader log and requirements for the selected member; the group's attendance</source>
            <translation>Attestation DPC, journal du leader et exigences du membre choisi ; les présences du groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record…</source>
            <translation>Attestation &amp;DPC…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log…</source>
            <translation>&amp;Journal du leader…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements…</source>
            <translation>&amp;Exigences…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Attendance CSV…</source>
            <translation>&amp;Présences en CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>How the &amp;time went…</source>
            <translation>Déroulement du &amp;temps…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Programme…</source>
            <translation>&amp;Programme…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;CPD record for {name}…</source>
            <translation>Attestation &amp;DPC de {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Re&amp;quirements for {name}…</source>
            <translation>&amp;Exigences pour {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log of {name}…</source>
            <translation>&amp;Journal du leader de {name}…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>&amp;Leader log… (for a leader)</source>
            <translation>&amp;Journal du leader… (pour un leader)</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add a member (Ctrl+N)</source>
            <translation>Ajouter un membre (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Edit the selected member (Enter)</source>
            <translation>Modifier le membre choisi (Entrée)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Take the selected member off the active roster; their history stays (Delete)</source>
            <translation>Retirer le membre choisi de la liste active ; son historique est conservé (Suppr)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Add or update members from a CSV file</source>
            <translation>Ajouter ou mettre à jour des membres depuis un fichier CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Save the roster as a CSV file</source>
            <translation>Enregistrer la liste des membres en fichier CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>May present from</source>
            <translation>Présente à partir du</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/model.py" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Choose or create a group under Settings.</source>
            <translation>Choisissez ou créez un groupe dans Paramètres.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} · %n active member(s), {leaders} leading</source>
            <translation>
                <numerusform>{group} · %n membre actif, {leaders} à l'animation</numerusform>
                <numerusform>{group} · %n membres actifs, {leaders} à l'animation</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody is on the roster yet.

Click “Add member” (Ctrl+N) to add the first person, or “Import CSV…” to bring in a list from a spreadsheet.</source>
            <translation>Personne n'est encore sur la liste.

Cliquez sur « Ajouter un membre » (Ctrl+N) pour la première personne, ou sur « Importer un CSV… » pour reprendre une liste d'un tableur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Nobody matches “{search}”.</source>
            <translation>Personne ne correspond à « {search} ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Saved changes to {name}.</source>
            <translation>Modifications de {name} enregistrées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Added {name}.</source>
            <translation>{name} ajouté(e).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{name} is back on the active roster.</source>
            <translation>{name} est de nouveau sur la liste active.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Archived {name}. Their attendance and history are kept; tick “Show archived” to restore them.</source>
            <translation>{name} archivé(e). Ses présences et son historique sont conservés ; cochez « Afficher les archivés » pour le/la restaurer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Import a roster</source>
            <translation>Importer une liste des membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>{group} roster.csv</source>
            <translation>{group} liste des membres.csv</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Export the roster</source>
            <translation>Exporter la liste des membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>The roster could not be saved to {path}: {why}</source>
            <translation>La liste n'a pas pu être enregistrée dans {path} : {why}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/page.py" />
            <source>Roster exported to {path}.</source>
            <translation>Liste des membres exportée vers {path}.</translation>
        </message>
    </context>
    <context>
        <name>RosterPanels</name>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Roster</source>
            <translation>Liste des membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search name, role or email   (Ctrl+F)</source>
            <translation>Rechercher un nom, un rôle ou un e-mail   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Search the roster</source>
            <translation>Rechercher dans la liste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Show archived</source>
            <translation>Afficher les archivés</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>S&amp;ort by</source>
            <translation>&amp;Trier par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/panels.py" />
            <source>Double-click a member or press Enter to edit.</source>
            <translation>Double-cliquez sur un membre ou appuyez sur Entrée pour le modifier.</translation>
        </message>
    </context>
    <context>
        <name>SortCombo</name>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Sort the roster by</source>
            <translation>Trier la liste par</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, A to Z</source>
            <translation>Nom, de A à Z</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Name, Z to A</source>
            <translation>Nom, de Z à A</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Leaders first</source>
            <translation>Leaders d'abord</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, longest first</source>
            <translation>Arrivée, les plus anciens d'abord</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/roster/widgets.py" />
            <source>Joined, newest first</source>
            <translation>Arrivée, les plus récents d'abord</translation>
        </message>
    </context>
</TS>
