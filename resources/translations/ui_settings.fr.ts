<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk speaks</source>
            <translation>BalintDesk parle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>For this data folder: the window, its files and the command line.</source>
            <translation>Pour ce dossier de données : la fenêtre, ses fichiers et la ligne de commande.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk could not keep this choice: its data folder cannot be written.</source>
            <translation>BalintDesk n’a pas pu garder ce choix : son dossier de données n’est pas accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk will speak {language} from its next start.</source>
            <translation>Langue choisie : {language}. Elle s'appliquera au prochain démarrage de BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add a group</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add group</source>
            <translation>Ajouter le groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Each group has its own roster and its own meeting pattern.</source>
            <translation>Chaque groupe a sa propre liste des membres et son propre rythme de séances.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>daily backup</source>
            <translation>sauvegarde quotidienne</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made by hand</source>
            <translation>faite manuellement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>safety copy made before a restore</source>
            <translation>copie de sécurité faite avant une restauration</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made before an upgrade</source>
            <translation>faite avant une mise à jour</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>{moment} — {kind} — {size} KB</source>
            <translation>{moment} — {kind} — {size} Ko</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This group</source>
            <translation>Ce groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>One case a meeting</source>
            <translation>Un cas par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Two cases a meeting</source>
            <translation>Deux cas par séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Leaders take turns to present too</source>
            <translation>Les leaders présentent aussi à tour de rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Rota:</source>
            <translation>Tour de rôle :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Save group</source>
            <translation>Enregistrer le groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add another group…</source>
            <translation>Ajouter un autre groupe…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This is the shared meeting-room PC</source>
            <translation>Ceci est le PC partagé de la salle de réunion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>On a shared PC everyone uses the same account, so private notes are never unlocked automatically here.</source>
            <translation>Sur un PC partagé, tout le monde utilise le même compte : les notes privées n'y sont donc jamais déverrouillées automatiquement.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Lock private notes after</source>
            <translation>Verrouiller les notes privées après</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Your data is kept in {folder}</source>
            <translation>Vos données sont conservées dans {folder}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore selected backup…</source>
            <translation>Restaurer la sauvegarde choisie…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Open backups folder</source>
            <translation>Ouvrir le dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk makes a backup each day it is opened and keeps the last week's. Restoring keeps a safety copy of today's data first, so it can be undone.</source>
            <translation>BalintDesk fait une sauvegarde chaque jour où il est ouvert et conserve celles de la dernière semaine. Une restauration garde d'abord une copie de sécurité des données du jour, pour pouvoir être annulée.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The group database is on the practice's server now: IT backs it up there. The backups listed are of this computer's own file.</source>
            <translation>La base de données des groupes est maintenant sur le serveur du cabinet : le service informatique la sauvegarde là-bas. Les sauvegardes listées sont celles du fichier propre à cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Not saved: please correct the fields marked above.</source>
            <translation>Non enregistré : veuillez corriger les champs signalés ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Saved. {pattern}</source>
            <translation>Enregistré. {pattern}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>No backups yet.</source>
            <translation>Aucune sauvegarde pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backed up to {file}.</source>
            <translation>Sauvegardé dans {file}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk will go back to the data in “{backup}”. Everything entered since then is kept in a safety copy, listed here, so you can change your mind.</source>
            <translation>BalintDesk va revenir aux données de « {backup} ». Tout ce qui a été saisi depuis est conservé dans une copie de sécurité, listée ici, pour que vous puissiez changer d'avis.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restored. A safety copy of the data from before the restore is listed above.</source>
            <translation>Restauré. Une copie de sécurité des données d'avant la restauration figure dans la liste ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The private notes are not part of this backup, so they were kept as they are.</source>
            <translation>Les notes privées ne font pas partie de cette sauvegarde ; elles ont été conservées telles quelles.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minute d'inactivité</numerusform>
                <numerusform>%n minutes d'inactivité</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database</source>
            <translation>Base de données partagée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database…</source>
            <translation>Base de données partagée…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Private notes always stay on this computer, whichever it is.</source>
            <translation>Les notes privées restent toujours sur cet ordinateur, quel que soit le choix.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is this computer's own file.</source>
            <translation>La base de données des groupes est le fichier propre à cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is on the practice's server {server}, as {login}.</source>
            <translation>La base de données des groupes est sur le serveur du cabinet {server}, en tant que {login}.</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Shared database</source>
            <translation>Base de données partagée</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>This computer only</source>
            <translation>Cet ordinateur seulement</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The practice's server</source>
            <translation>Le serveur du cabinet</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Login:</source>
            <translation>Identifiant :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>CA certificate:</source>
            <translation>Certificat CA :</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate file, from IT: BalintDesk checks with it that it really talks to your server. Not needed for a server on this computer.</source>
            <translation>Le fichier de certificat CA du programme, fourni par le service informatique : BalintDesk vérifie ainsi qu’il parle bien à votre serveur. Inutile pour un serveur sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The group database can stay on this computer, or be the practice's server, shared by several computers. Private notes always stay on this computer.</source>
            <translation>La base de données des groupes peut rester sur cet ordinateur, ou être sur le serveur du cabinet, partagé par plusieurs ordinateurs. Les notes privées restent toujours sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>kept in the keyring</source>
            <translation>conservé dans le trousseau</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate</source>
            <translation>Le certificat CA du programme</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter the server's name, as IT gave it.</source>
            <translation>Saisissez le nom du serveur, tel que le service informatique l’a donné.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter your login on the server.</source>
            <translation>Saisissez votre identifiant sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose the programme's CA certificate file (ask IT for it).</source>
            <translation>Choisissez le fichier de certificat CA du programme (demandez-le au service informatique).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The CA certificate file chosen is not there any more.</source>
            <translation>Le fichier de certificat CA choisi n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
    </context>
</TS>
