<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Start my private notes</source>
            <translation>Commencer mes notes privées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your name, or any label</source>
            <translation>Votre nom, ou un libellé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer (unlock without typing)</source>
            <translation>Mémoriser sur cet ordinateur (déverrouiller sans saisie)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Off on the shared meeting-room PC: everyone who uses this computer's account could open your notes without the passphrase.</source>
            <translation>Désactivé sur le PC partagé de la salle : toute personne utilisant ce compte pourrait ouvrir vos notes sans la phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your notes open when you unlock your computer account; the passphrase still works anywhere.</source>
            <translation>Vos notes s'ouvrent quand vous déverrouillez votre session ; la phrase secrète fonctionne toujours partout.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Whose notes</source>
            <translation>Notes de</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type it again</source>
            <translation>Saisissez-la à nouveau</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>At least 12 characters, or four or more words. A short sentence you will remember works well.</source>
            <translation>Au moins 12 caractères, ou quatre mots ou plus. Une courte phrase dont vous vous souviendrez convient bien.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your reflections are encrypted on this computer and readable by you alone. Nobody else — not the practice, not BalintDesk — can open them without your passphrase or recovery key.</source>
            <translation>Vos réflexions sont chiffrées sur cet ordinateur et lisibles par vous seul. Personne d'autre — ni le cabinet, ni BalintDesk — ne peut les ouvrir sans votre phrase secrète ou votre clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Choose your name from the list or type a label.</source>
            <translation>Choisissez votre nom dans la liste ou saisissez un libellé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The two passphrases differ; please type it again.</source>
            <translation>Les deux phrases secrètes diffèrent ; veuillez la saisir à nouveau.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Creating…</source>
            <translation>Création…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Open my notes</source>
            <translation>Ouvrir mes notes</translation>
        </message>
    </context>
    <context>
        <name>ManageVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Manage my notes</source>
            <translation>Gérer mes notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export encrypted copy…</source>
            <translation>Exporter une copie chiffrée…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type “{name}” to delete</source>
            <translation>Saisissez « {name} » pour supprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete all my notes</source>
            <translation>Supprimer toutes mes notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Move to another computer</source>
            <translation>Vers un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Forget this computer</source>
            <translation>Oublier cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer</source>
            <translation>Mémoriser sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase changed. Your notes were not touched.</source>
            <translation>Phrase secrète changée. Vos notes n'ont pas été modifiées.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer no longer opens your notes by itself.</source>
            <translation>Cet ordinateur n'ouvre plus vos notes de lui-même.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer now opens your notes when you unlock it.</source>
            <translation>Cet ordinateur ouvre désormais vos notes quand vous le déverrouillez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export an encrypted copy</source>
            <translation>Exporter une copie chiffrée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>Coffre BalintDesk (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The copy could not be written: {reason}</source>
            <translation>La copie n'a pas pu être écrite : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Saved {name}. It opens with your passphrase or recovery key.</source>
            <translation>{name} enregistré. Il s'ouvre avec votre phrase secrète ou votre clé de récupération.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>A title for you (kept encrypted)</source>
            <translation>Un titre pour vous (reste chiffré)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Themes or your own words, separated by commas</source>
            <translation>Thèmes ou vos mots, séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>After the meeting of</source>
            <translation>Après la séance du</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Write freely; only you can read this.</source>
            <translation>Écrivez librement ; vous seul pouvez lire ceci.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Tags</source>
            <translation>Mots-clés</translation>
        </message>
    </context>
    <context>
        <name>NotesExportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>You have no notes to export yet.</source>
            <translation>Vous n'avez encore aucune note à exporter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n damaged note(s) cannot be opened, so they are not listed.</source>
            <translation>
                <numerusform>%n note endommagée ne peut pas être ouverte ; elle n'est donc pas listée.</numerusform>
                <numerusform>%n notes endommagées ne peuvent pas être ouvertes ; elles ne sont donc pas listées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{chosen} of {total} chosen</source>
            <translation>{chosen} sur {total} choisies</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Tick at least one note to export.</source>
            <translation>Cochez au moins une note à exporter.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>‘{title}’: {kinds}</source>
            <translation>« {title} » : {kinds}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Save the notes as a PDF</source>
            <translation>Enregistrer les notes en PDF</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Saved “{name}” ({length}) in {folder}. Keep it private.</source>
            <translation>« {name} » ({length}) enregistré dans {folder}. Gardez-le en lieu privé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>NotesExportPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes to PDF</source>
            <translation>Exporter des notes en PDF</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes for appraisal</source>
            <translation>Exporter des notes pour l'évaluation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Tick the reflections to include. The PDF is not encrypted: keep it somewhere private, and delete it when your appraisal is done.</source>
            <translation>Cochez les réflexions à inclure. Le PDF n'est pas chiffré : conservez-le en lieu privé et supprimez-le une fois l'évaluation terminée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes to export</source>
            <translation>Notes à exporter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>The privacy guard noticed likely patient identifiers</source>
            <translation>Le contrôle de confidentialité a repéré de probables identifiants de patients</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes with likely identifiers</source>
            <translation>Notes avec de probables identifiants</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Choose other notes</source>
            <translation>Choisir d'autres notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Go back and edit</source>
            <translation>Revenir et modifier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export anyway</source>
            <translation>Exporter quand même</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select a note and edit it, or export the notes as they are.</source>
            <translation>Sélectionnez une note et modifiez-la, ou exportez les notes telles quelles.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export PDF…</source>
            <translation>Exporter le PDF…</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The notes could not be opened: {reason}</source>
            <translation>Les notes n'ont pas pu être ouvertes : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>That name and passphrase do not open any notes on this computer.</source>
            <translation>Ce nom et cette phrase secrète n'ouvrent aucune note sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>Vous pourrez réessayer dans %n seconde.</numerusform>
                <numerusform>Vous pourrez réessayer dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{name} — unlocked</source>
            <translation>{name} — déverrouillé</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Locked after a while without use.</source>
            <translation>Verrouillé après un moment d'inactivité.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>%n note(s) are damaged and cannot be opened.</source>
            <translation>
                <numerusform>%n note est endommagée et ne peut pas être ouverte.</numerusform>
                <numerusform>%n notes sont endommagées et ne peuvent pas être ouvertes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved, encrypted.</source>
            <translation>Enregistré, chiffré.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Note deleted.</source>
            <translation>Note supprimée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Bring notes from another computer</source>
            <translation>Importer des notes d'un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>Coffre BalintDesk (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Passphrase of the exported notes</source>
            <translation>Phrase secrète des notes exportées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The passphrase or recovery key those notes were kept with:</source>
            <translation>La phrase secrète ou la clé de récupération de ces notes :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Imported. Unlock it with its passphrase.</source>
            <translation>Importé. Déverrouillez-le avec sa phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>{title}
{day:short}</source>
            <translation>{title}
{day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My private notes</source>
            <translation>Mes notes privées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start my private notes</source>
            <translation>Commencer mes notes privées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Bring notes from another computer…</source>
            <translation>Importer des notes d'un autre ordinateur…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Keep reflections after a meeting, encrypted on this computer and readable by you alone. They never leave this computer unless you export them.</source>
            <translation>Consignez vos réflexions après une séance, chiffrées sur cet ordinateur et lisibles par vous seul. Elles ne quittent jamais cet ordinateur, sauf si vous les exportez.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Your name, as when you started your notes</source>
            <translation>Votre nom, tel que saisi au début de vos notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>This is the shared meeting-room PC, so the names of those who keep notes here are not shown. Type yours and your passphrase.</source>
            <translation>Ceci est le PC partagé de la salle : les noms des personnes qui y gardent des notes ne sont pas affichés. Saisissez le vôtre et votre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Use my recovery key instead</source>
            <translation>Utiliser plutôt ma clé de récupération</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start another person's notes</source>
            <translation>Commencer les notes d'une autre personne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Whose notes</source>
            <translation>Notes de</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase or recovery key</source>
            <translation>Phrase secrète ou clé de récupération</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Lock  (Ctrl+L)</source>
            <translation>Verrouiller  (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Manage…</source>
            <translation>Gérer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Export to PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Chosen notes as a PDF for your appraisal</source>
            <translation>Les notes choisies en PDF pour votre évaluation</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Search my notes</source>
            <translation>Rechercher dans mes notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Template for a new note</source>
            <translation>Modèle pour une nouvelle note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My notes</source>
            <translation>Mes notes</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Privacy guard</source>
            <translation>Contrôle de confidentialité</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Nothing that looks like a patient identifier.</source>
            <translation>Rien qui ressemble à une donnée identifiant un patient.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Underlined in your note — please check:</source>
            <translation>Souligné dans votre note — à vérifier :</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>I have written down or printed my recovery key</source>
            <translation>J'ai noté ou imprimé ma clé de récupération</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This recovery key opens your notes if you forget the passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer.</source>
            <translation>Cette clé de récupération ouvre vos notes si vous oubliez la phrase secrète. Elle n'est affichée que maintenant. Conservez-la en lieu sûr et privé, loin de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copied. Paste it where you keep it safe; BalintDesk clears the clipboard in a minute.</source>
            <translation>Copiée. Collez-la là où vous la conservez en sécurité ; BalintDesk vide le presse-papiers dans une minute.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print the recovery key</source>
            <translation>Imprimer la clé de récupération</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Sent to the printer. Keep the page somewhere safe and private.</source>
            <translation>Envoyée à l'imprimante. Conservez la page en lieu sûr et privé.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>The printer could not be used; write the key down instead.</source>
            <translation>L'imprimante n'a pas pu être utilisée ; notez plutôt la clé.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPrint</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>BalintDesk recovery key</source>
            <translation>Clé de récupération BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>For the private notes of {owner}, made on {day}.</source>
            <translation>Pour les notes privées de {owner}, créée le {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This key opens your private notes if you forget your passphrase. Keep this page somewhere safe and private, away from the computer: anyone who has it and your notes file can read your notes. BalintDesk cannot show the key again.</source>
            <translation>Cette clé ouvre vos notes privées si vous oubliez votre phrase secrète. Conservez cette page en lieu sûr et privé, loin de l'ordinateur : quiconque l'a en main avec votre fichier de notes peut lire vos notes. BalintDesk ne peut plus afficher la clé.</translation>
        </message>
    </context>
</TS>
