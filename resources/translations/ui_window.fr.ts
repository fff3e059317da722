<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DamagedDataBox</name>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk's data is damaged</source>
            <translation>Les données de BalintDesk sont endommagées</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk cannot use its data file: part of it has been damaged, as happens when a disk starts to fail or a copy is cut short. Nothing has been changed in it.</source>
            <translation>BalintDesk ne peut pas utiliser son fichier de données : une partie en est endommagée, comme cela arrive quand un disque commence à défaillir ou qu'une copie est interrompue. Rien n'y a été modifié.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>You can go back to the newest backup that is whole, from {moment}. Anything entered after that will be missing. The damaged file is kept, renamed, in {folder}.</source>
            <translation>Vous pouvez revenir à la sauvegarde intacte la plus récente, du {moment}. Tout ce qui a été saisi depuis manquera. Le fichier endommagé est conservé, renommé, dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Restore the newest sound backup (from {moment})</source>
            <translation>Restaurer la sauvegarde intacte la plus récente ({moment})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>There is no backup that is whole to go back to. BalintDesk leaves the file {file} as it is, for someone who can try to rescue it.</source>
            <translation>Il n'existe aucune sauvegarde intacte à laquelle revenir. BalintDesk laisse le fichier {file} tel quel, pour qu'une personne compétente puisse tenter de le récupérer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit during the meeting?</source>
            <translation>Quitter pendant la séance ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>The meeting's timer is still running.</source>
            <translation>Le minuteur de la séance tourne encore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>If you quit now, BalintDesk offers to carry on where the timer was the next time it starts.</source>
            <translation>Si vous quittez maintenant, BalintDesk proposera au prochain démarrage de reprendre là où en était le minuteur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Keep the meeting open</source>
            <translation>Garder la séance ouverte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Shared meeting-room PC</source>
            <translation>PC partagé de la salle de réunion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Personal computer</source>
            <translation>Ordinateur personnel</translation>
        </message>
    </context>
    <context>
        <name>ServerOpening</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Type your password for the login “{login}” on the server {host}.</source>
            <translation>Saisissez votre mot de passe pour l’identifiant « {login} » sur le serveur {host}.</translation>
        </message>
    </context>
    <context>
        <name>ServerStartBox</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>BalintDesk cannot open the group database on the server.</source>
            <translation>BalintDesk ne peut pas ouvrir la base de données des groupes sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Use this computer's own data</source>
            <translation>Utiliser les données de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>The server's password</source>
            <translation>Mot de passe du serveur</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>BalintDesk could not open its data in {folder}.

{reason}

Your backups are in the 'backups' folder there.</source>
            <translation>BalintDesk n'a pas pu ouvrir ses données dans {folder}.

{reason}

Vos sauvegardes se trouvent à cet endroit, dans le dossier « backups ».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume the meeting?</source>
            <translation>Reprendre la séance ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>The meeting of {day:long} ({template}) was still running when BalintDesk stopped. Carry on where the timer was?</source>
            <translation>La séance du {day:long} ({template}) était encore en cours quand BalintDesk s'est arrêté. Reprendre là où en était le minuteur ?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>&amp;Group</source>
            <translation>&amp;Groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Meeting</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Timer</source>
            <translation>Minuteur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Roster</source>
            <translation>Liste des membres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Rota</source>
            <translation>Tour de rôle</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Welcome to BalintDesk</source>
            <translation>Bienvenue dans BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Three quick questions and you are ready. You can change all of this later under Settings.</source>
            <translation>Trois questions rapides et tout sera prêt. Vous pourrez tout modifier plus tard dans Paramètres.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Your Balint group</source>
            <translation>Votre groupe Balint</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>The shared meeting-room PC</source>
            <translation>Le PC partagé de la salle de réunion</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>My own computer</source>
            <translation>Mon propre ordinateur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Several people use this account.</source>
            <translation>Plusieurs personnes utilisent ce compte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Only I use this account.</source>
            <translation>Je suis la seule personne à utiliser ce compte.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>On a shared PC, private notes are never unlocked automatically, because everyone who uses this account could open them.</source>
            <translation>Sur un PC partagé, les notes privées ne sont jamais déverrouillées automatiquement, car toute personne utilisant ce compte pourrait les ouvrir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Start using BalintDesk</source>
            <translation>Commencer à utiliser BalintDesk</translation>
        </message>
    </context>
</TS>
